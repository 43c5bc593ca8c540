"""Surat undangan: per-recipient letters and the merged print file, the daftar letter, recipients, signers."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner

from naskah.cli import main
from naskah.domain.loader import load_event
from naskah.domain.yamlio import read_yaml
from naskah.errors import OutputError, UsageError
from naskah.jenis import undangan
from naskah.keluaran import MANIFEST, OutputFolder, write_manifest
from tests.conftest import EXAMPLES, docx_text

PALOPO = EXAMPLES / "advokasi-palopo.yaml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
KAPOLRES = {"jabatan": "Kepala Kepolisian Resor Palopo", "instansi": "Kepolisian Resor Palopo", "alamat": "Palopo"}
PT = {"jabatan": "Direktur Utama", "instansi": "PT Maju & Jaya <Tbk>"}


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def palopo(tmp_path_factory) -> Path:
    """The output folder of `naskah undangan examples/advokasi-palopo.yaml`, made once for this module."""
    out = tmp_path_factory.mktemp("palopo")
    result = run("undangan", PALOPO, "-o", out)
    assert result.exit_code == 0, result.output
    return out


def variant(tmp_path: Path, **sections) -> Path:
    """Return a copy of the Palopo event in `tmp_path`: `surat` and `acara` keys updated, other sections replaced.

    The office profile is copied too unless the test already put its own in `tmp_path/profil`.
    """
    if not (tmp_path / "profil").exists():
        shutil.copytree(EXAMPLES / "profil", tmp_path / "profil")
    data = dict(read_yaml(PALOPO).data)  # naskah's reader: every scalar as text, `no` stays 'no'
    for key, value in sections.items():
        data[key] = {**data[key], **value} if key in ("surat", "acara") else value
    target = tmp_path / "acara.yaml"
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


def profile_with(tmp_path: Path, **gaya: str) -> None:
    """Put the Palopo office profile in `tmp_path/profil` with some `gaya` keys set differently."""
    shutil.copytree(EXAMPLES / "profil", tmp_path / "profil")
    profile = tmp_path / "profil" / "pemkot-palopo-dp3a.yaml"
    text = profile.read_text(encoding="utf-8")
    for key, value in gaya.items():
        text, count = re.subn(rf"^(\s+{key}): .*$", rf"\1: {value}", text, flags=re.MULTILINE)
        assert count == 1, key
    profile.write_text(text, encoding="utf-8")


def first_letter(tmp_path: Path, *, penerima=(KAPOLRES,), **sections) -> Path:
    """Return the first letter rendered from a variant of the Palopo event."""
    out = tmp_path / "hasil"
    event = variant(tmp_path, penerima=list(penerima), **sections)
    result = run("undangan", event, "-o", out, "--hanya", "per-penerima")
    assert result.exit_code == 0, result.output
    return sorted(out.glob("*.docx"))[0]


def letter_text(tmp_path: Path, *, penerima=(KAPOLRES,), **sections) -> str:
    """Return the text of the first letter rendered from a variant of the Palopo event."""
    return docx_text(first_letter(tmp_path, penerima=penerima, **sections))


def xml_parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        names = [name for name in archive.namelist() if name.endswith((".xml", ".rels"))]
        return {name: archive.read(name).decode("utf-8") for name in names}


# --------------------------------------------------------------------------- the Palopo example


def test_palopo_writes_one_letter_per_recipient_the_merged_file_and_the_daftar_letter(palopo):
    names = sorted(p.name for p in palopo.iterdir() if p.name != MANIFEST)
    letters = [n for n in names if n[:2].isdigit()]
    assert len(letters) == len(load_event(PALOPO).berkas.penerima) == 41
    assert letters[1] == "02-kepala-kepolisian-resor-palopo.docx"
    assert set(names) - set(letters) == {"undangan-gabungan.docx", "undangan-daftar.docx"}


def test_every_output_reopens_and_has_no_template_tags_left(palopo):
    for path in palopo.glob("*.docx"):
        docx.Document(str(path))
        for name, xml in xml_parts(path).items():
            for tag in ("{{", "{%", "}}", "%}"):
                assert tag not in xml, f"{path.name}:{name} berisi {tag}"


def test_golden_palopo_letter(palopo, golden):
    golden("undangan-palopo", docx_text(palopo / "02-kepala-kepolisian-resor-palopo.docx"))


def test_golden_palopo_daftar_undangan(palopo, golden):
    golden("undangan-palopo-daftar", docx_text(palopo / "undangan-daftar.docx"))


def test_merged_file_holds_every_letter_each_on_its_own_page(palopo):
    letters = sorted(p for p in palopo.glob("*.docx") if p.name[:2].isdigit())
    merged = palopo / "undangan-gabungan.docx"
    # the letters share one section; an empty page-break paragraph stands before each after the first
    assert filled(docx_text(merged)) == filled("".join(docx_text(p) for p in letters))
    body = docx.Document(str(merged)).element.body
    breaks = body.findall(f"{W}p/{W}pPr/{W}pageBreakBefore")
    assert len(breaks) == len(letters) - 1
    assert len(body.findall(f".//{W}sectPr")) == 1
    assert docx_text(merged).count("PEMERINTAH KOTA PALOPO") == len(letters)


def test_summary_line_says_what_how_many_and_where(tmp_path):
    result = run("undangan", PALOPO, "-o", tmp_path)
    last = result.output.strip().splitlines()[-1]
    assert last.startswith("Selesai: 41 surat undangan per penerima, berkas cetak undangan-gabungan.docx")
    assert f"ditulis ke {tmp_path}" in last and last.endswith("detik).")
    assert "Menulis surat" not in result.output  # no progress bar when the output is not a terminal


# --------------------------------------------------------------------------- recipients from files


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fp:
        writer = csv.DictWriter(fp, fieldnames=["nama", "jabatan", "instansi", "telepon", "nip"])
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[dict[str, str]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    header = ["Nama", "Jabatan", "Instansi", "Telepon", "NIP"]
    sheet.append(header)
    for row in rows:
        sheet.append([row.get(h.lower(), "") for h in header])
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            cell.number_format = "@"  # text cells, as the issue asks clerks to keep phone numbers and NIP
    book.save(path)
    return path


ORANG = [
    {
        "nama": "Nurul Fadhilah, S.E.",
        "jabatan": "Analis Kebijakan Ahli Muda",
        "instansi": "Dinas Sosial Kota Palopo",
        "telepon": "081242001101",
        "nip": "198809172011012003",
    },
    {"nama": "", "jabatan": "Camat Wara", "instansi": "Kecamatan Wara", "telepon": "0471 21012", "nip": ""},
]


@pytest.mark.parametrize("writer", [write_csv, write_xlsx], ids=["csv", "xlsx"])
def test_recipients_from_a_file_keep_phone_zero_and_nip_digits(tmp_path, writer):
    listing = writer(tmp_path / f"daftar.{'csv' if writer is write_csv else 'xlsx'}", ORANG)
    loaded = load_event(PALOPO, penerima=listing)
    first, second = loaded.berkas.penerima
    assert (first.telepon, first.nip) == ("081242001101", "198809172011012003")
    assert (second.jabatan, second.telepon) == ("Camat Wara", "0471 21012")
    out = tmp_path / "hasil"
    result = run("undangan", PALOPO, "-o", out, "--penerima", listing)
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir() if p.name != MANIFEST)
    assert names == ["1-analis-kebijakan-ahli-muda.docx", "2-camat-wara.docx", "undangan-gabungan.docx"]
    text = docx_text(out / "1-analis-kebijakan-ahli-muda.docx")
    assert "Yth.\tNurul Fadhilah, S.E.\nAnalis Kebijakan Ahli Muda Dinas Sosial Kota Palopo\ndi -\nPALOPO\n" in text


def test_a_bad_recipient_row_is_reported_with_its_row_number(tmp_path):
    listing = tmp_path / "daftar.csv"
    listing.write_text("nama,jabatan,nip\nBudi,Camat Bara,123\n", encoding="utf-8")
    result = run("undangan", PALOPO, "-o", tmp_path / "hasil", "--penerima", listing)
    assert result.exit_code == 1
    assert f"{listing}: baris 2, kolom nip" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "hasil").exists()


def test_duplicate_recipient_is_warned_and_still_invited(tmp_path):
    listing = write_csv(tmp_path / "daftar.csv", [ORANG[1], ORANG[1]])
    result = run("undangan", PALOPO, "-o", tmp_path / "hasil", "--penerima", listing)
    assert result.exit_code == 0
    assert f"peringatan: {listing}: baris 3: penerima ganda" in result.stderr
    assert len(list((tmp_path / "hasil").glob("[0-9]*.docx"))) == 2


def test_markup_characters_in_a_recipient_come_out_intact(tmp_path):
    pt = letter_text(tmp_path / "pt", penerima=[PT])
    kapolres = letter_text(tmp_path / "kapolres", penerima=[KAPOLRES])
    assert "Yth.\tDirektur Utama PT Maju & Jaya <Tbk>\ndi -\n" in pt
    # Everything after the address is the same letter: nothing after the recipient was lost.
    assert pt.split("di -\n", 1)[1] == kapolres.split("di -\n", 1)[1]


# --------------------------------------------------------------------------- signers (Pasal 44) and kop


def test_pj_kepala_daerah_prints_the_bare_name_only_on_kop_jabatan(tmp_path):
    signer = {
        "jabatan": "Wali Kota Palopo",
        "nama": "Drs. Asrul Sani, M.Si.",
        "status": "Pj.",
        "pangkat": "Pembina Utama Muda",
        "golongan": "IV/c",
        "nip": "19700512 199803 1 004",
    }
    text = letter_text(tmp_path, penandatangan=signer)
    assert "Pj. WALI KOTA PALOPO,\n\n\n\n\nAsrul Sani\n" in text
    assert "NIP" not in text and "Pembina" not in text and "Drs." not in text and "M.Si." not in text
    assert text.startswith("\nWALI KOTA PALOPO\n") and "PEMERINTAH KOTA PALOPO" not in text
    assert "Jalan Andi Djemma" not in text  # the Dinas's address is not the head of region's


def test_kop_jabatan_prints_the_head_of_regions_address_when_the_profile_gives_it(tmp_path):
    shutil.copytree(EXAMPLES / "profil", tmp_path / "profil")
    profile = tmp_path / "profil" / "pemkot-palopo-dp3a.yaml"
    profile.write_text(
        profile.read_text(encoding="utf-8")
        + 'alamat_kop_jabatan: "Jalan Andi Pangerang Pettarani Nomor 1, Palopo 91911"\n',
        encoding="utf-8",
    )
    signer = {"jabatan": "Wali Kota Palopo", "nama": "Asrul Sani", "status": "Pj."}
    text = letter_text(tmp_path, penandatangan=signer)
    assert text.startswith("\nWALI KOTA PALOPO\nJalan Andi Pangerang Pettarani Nomor 1, Palopo 91911\n")


def test_delegated_signer_prints_an_and_the_delegating_office(tmp_path):
    signer = {
        "jabatan": "Sekretaris Daerah Kota Palopo",
        "nama": "Drs. Firmanza DP, S.H., M.Si.",
        "atas_nama": "Wali Kota Palopo",
        "golongan": "IV/d",
        "nip": "19700512 199803 1 004",
    }
    text = letter_text(tmp_path, penandatangan=signer)
    assert "a.n. WALI KOTA PALOPO\nSEKRETARIS DAERAH KOTA PALOPO,\n\n\n\n\nDrs. Firmanza DP, S.H., M.Si.\n" in text
    assert "NIP" not in text  # Sekda on korespondensi: gelar yes, NIP and pangkat no (Pasal 44)
    # a.n. the kepala daerah: the kop of the office that writes it (domain §3.1), not the kop jabatan
    assert text.startswith(" | PEMERINTAH KOTA PALOPO\nDINAS PEMBERDAYAAN PEREMPUAN\n")


def filled(text: str) -> list[str]:
    return [line for line in text.splitlines() if line]


def test_daftar_lampiran_is_headed_by_the_office_the_letter_belongs_to(tmp_path):
    signer = {"jabatan": "Wali Kota Palopo", "nama": "Asrul Sani", "status": "Pj."}
    out = tmp_path / "hasil"
    result = run("undangan", variant(tmp_path, penandatangan=signer, penerima=[KAPOLRES, PT]), "-o", out, "--daftar")
    assert result.exit_code == 0, result.output
    text = docx_text(out / "undangan-daftar.docx")
    assert "Lampiran\t:\t1 (satu) lembar\n" in text and "Yth.\tBapak/Ibu (daftar terlampir)\n" in text
    # The heading is broken where the lampiran prints it (its pages are counted in lines).
    assert (
        "LAMPIRAN SURAT PENJABAT WALI\nKOTA PALOPO\nNOMOR\t:\t400.14/215/DP3A/2024\nTANGGAL\t:\t18 Juni 2024\n" in text
    )
    assert "DAFTAR UNDANGAN\n1.\tKepala Kepolisian Resor Palopo;\n2.\tDirektur Utama PT Maju & Jaya <Tbk>.\n" in text
    assert text.count("Pj. WALI KOTA PALOPO,") == 2  # the signature block is repeated under the list


def test_ub_signer_prints_the_three_delegation_lines_and_nip(tmp_path):
    signer = {
        "jabatan": "Asisten Administrasi Umum",
        "nama": "Nuryadin, S.H., M.H.",
        "atas_nama": "Wali Kota Palopo",
        "untuk_beliau": "Sekretaris Daerah",
        "pangkat": "Pembina Utama Muda",
        "golongan": "IV/c",
        "nip": "19700512 199803 1 004",
    }
    text = letter_text(tmp_path, penandatangan=signer)
    lines = "a.n. WALI KOTA PALOPO\nSEKRETARIS DAERAH,\nu.b.\nASISTEN ADMINISTRASI UMUM,\n\n\n\n\n"
    assert f"{lines}Nuryadin, S.H., M.H.\nPembina Utama Muda (IV/c)\nNIP 19700512 199803 1 004\n" in text


def test_kop_can_be_forced(tmp_path):
    text = letter_text(tmp_path, surat={"kop": "jabatan"})
    assert text.startswith("\nWALI KOTA PALOPO\n")
    assert "KEPALA DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK," in text


# --------------------------------------------------------------------------- tembusan, wording, styles


def test_one_tembusan_is_not_numbered(tmp_path):
    text = letter_text(tmp_path, tembusan=["Penjabat Wali Kota Palopo"])
    assert text.endswith("Tembusan:\nPenjabat Wali Kota Palopo\n")


def test_several_tembusan_are_numbered_with_optional_sebagai_laporan(tmp_path):
    profile_with(tmp_path, tembusan_sebagai_laporan="ya")
    text = letter_text(tmp_path)
    expected = "Tembusan:\n1.\tPenjabat Wali Kota Palopo (sebagai laporan);\n2.\tSekretaris Daerah Kota Palopo.\n"
    assert text.endswith(expected)
    assert "Yth. Penjabat" not in text


def test_no_tembusan_no_heading(tmp_path):
    assert "Tembusan" not in letter_text(tmp_path, tembusan=[])


def test_anri_layout_capital_labels_own_wording_and_tte_footer(tmp_path):
    profile_with(tmp_path, alamat_surat="anri", label_rincian="kapital")
    wording = {
        "kalimat_pembuka": "Kami mengundang Bapak/Ibu ke {acara} pada:",
        "kalimat_penutup": "Terima kasih.\n\n{{ 7*7 }} tetap.",
        "tte": "ya",
    }
    letter = first_letter(tmp_path, surat=wording, acara={"agenda": ["Pembukaan"], "pakaian": None})
    text = docx_text(letter)
    assert "Hal\t:\tUndangan\n\nYth.\tKepala Kepolisian Resor Palopo\ndi\nPalopo\n" in text and "Kepada" not in text
    assert "Kami mengundang Bapak/Ibu ke Advokasi Kebijakan Pendampingan" in text
    assert "Hari/Tanggal\t:\tSenin, 24 Juni 2024\nWaktu\t:\t09.00 WITA s.d. selesai\n" in text
    assert "Acara\t:\tPembukaan\nNarahubung\t:" in text and "Pakaian" not in text
    assert "Terima kasih.\n{{ 7*7 }} tetap.\n" in text
    footer = " ".join(p.text for p in docx.Document(str(letter)).sections[0].footer.paragraphs)
    assert "ditandatangani secara elektronik" in footer and "BSrE" in footer


def test_footer_is_empty_without_tte(palopo):
    footer = docx.Document(str(palopo / "01-ketua-dewan-perwakilan-rakyat-daerah-kota-palopo.docx")).sections[0].footer
    assert "".join(p.text for p in footer.paragraphs) == ""


def test_a4_paper_when_the_profile_asks(tmp_path):
    profile_with(tmp_path, kertas="A4")
    section = docx.Document(str(first_letter(tmp_path))).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert round(section.left_margin.mm) == 30 and round(section.bottom_margin.mm) == 25


# --------------------------------------------------------------------------- outputs and options


def test_file_names_stay_inside_the_folder(tmp_path):
    hostile = [{"jabatan": "../../etc/x"}, {"jabatan": "CON"}, {"nama": "..\\..\\boot.ini"}]
    out = tmp_path / "a" / "hasil"
    assert run("undangan", variant(tmp_path, penerima=hostile), "-o", out).exit_code == 0
    names = sorted(p.name for p in out.iterdir() if p.name != MANIFEST)
    assert names == ["1-etc-x.docx", "2-con_.docx", "3-boot-ini.docx", "undangan-gabungan.docx"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != MANIFEST) == ["a", "acara.yaml", "profil"]


def test_reserved_device_name_is_never_used_alone():
    penerima = load_event(PALOPO).berkas.penerima[0].model_copy(update={"jabatan": "CON", "nama": None})
    assert undangan.nama_berkas([penerima]) == ["1-con_.docx"]
    assert undangan.nama_berkas([penerima] * 10)[0] == "01-con_.docx"


def test_paths_for_claims_a_batch_and_refuses_existing_files(tmp_path):
    (tmp_path / "2-b.docx").write_bytes(b"lama")
    write_manifest(tmp_path, {"undangan": ["2-b.docx"]})  # written by an earlier run
    folder = OutputFolder(tmp_path, overwrite=False)
    with pytest.raises(UsageError, match="2-b.docx sudah ada"):
        folder.paths_for(["1-a.docx", "2-b.docx"])
    assert folder.paths_for(["1-a.docx", "1-a.docx"]) == [tmp_path / "1-a.docx", tmp_path / "1-a-2.docx"]
    with pytest.raises(OutputError):
        folder.paths_for(["../x.docx"])
    replacing = OutputFolder(tmp_path, overwrite=True)
    assert replacing.paths_for(["2-b.docx", "3-c.docx"]) == [tmp_path / "2-b.docx", tmp_path / "3-c.docx"]
    for path in (tmp_path / "1-a.docx", tmp_path / "3-c.docx"):
        path.write_bytes(b"baru")
    folder.remove_created()
    replacing.remove_created()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != MANIFEST) == [
        "2-b.docx"
    ]  # only what existed before is left


@pytest.mark.parametrize(
    ("option", "expected"),
    [
        (["--hanya", "per-penerima"], {"letters"}),
        (["--hanya", "gabungan"], {"undangan-gabungan.docx"}),
        (["--tanpa-daftar"], {"letters", "undangan-gabungan.docx"}),
        (["--daftar"], {"undangan-daftar.docx"}),
    ],
)
def test_output_options(tmp_path, option, expected):
    result = run("undangan", PALOPO, "-o", tmp_path, *option)
    assert result.exit_code == 0, result.output
    found = {"letters" if p.name[0].isdigit() else p.name for p in tmp_path.iterdir() if p.name != MANIFEST}
    assert found == expected


def test_daftar_mode_follows_the_threshold():
    berkas = load_event(PALOPO).berkas
    assert undangan.rencana(berkas) == {"per-penerima", "gabungan", "daftar"}  # 41 > ambang 20
    few = berkas.model_copy(update={"penerima": berkas.penerima[:20]})
    assert undangan.rencana(few) == {"per-penerima", "gabungan"}
    always = few.model_copy(update={"surat": few.surat.model_copy(update={"daftar_undangan": "ya"})})
    assert undangan.rencana(always) == {"daftar"}
    assert undangan.rencana(always, daftar=False) == {"per-penerima", "gabungan"}
    with pytest.raises(UsageError):
        undangan.rencana(always, hanya="gabungan")


def test_existing_files_are_kept_unless_timpa(tmp_path):
    assert run("undangan", PALOPO, "-o", tmp_path, "--hanya", "gabungan").exit_code == 0
    before = (tmp_path / "undangan-gabungan.docx").stat().st_mtime_ns
    result = run("undangan", PALOPO, "-o", tmp_path)
    assert result.exit_code == 2 and "--timpa" in result.output and "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != MANIFEST) == ["undangan-gabungan.docx"]
    assert (tmp_path / "undangan-gabungan.docx").stat().st_mtime_ns == before
    assert run("undangan", PALOPO, "-o", tmp_path, "--timpa").exit_code == 0


def test_event_without_surat_is_a_one_line_error(tmp_path):
    data = dict(read_yaml(PALOPO).data)
    del data["surat"]
    shutil.copytree(EXAMPLES / "profil", tmp_path / "profil")
    event = tmp_path / "acara.yaml"
    event.write_text(yaml.safe_dump({**data, "penerima": [KAPOLRES]}, allow_unicode=True), encoding="utf-8")
    result = run("undangan", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 1
    assert "surat: bagian 'surat' belum diisi untuk undangan" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "hasil").exists()
    assert not undangan.punya_data(load_event(event))


def test_help_starts_without_the_document_libraries():
    heavy = "{'docx', 'docxtpl', 'openpyxl', 'lxml', 'jinja2', 'pydantic'}"
    code = f"import sys, naskah.cli; print(sorted({{m.split('.')[0] for m in sys.modules}} & {heavy}))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


# --------------------------------------------------------------------------- Hijri date line (domain §12)


def test_hijri_date_stands_over_the_gregorian_one(tmp_path):
    path = first_letter(tmp_path, surat={"hijriah": {"tampil": "ya", "koreksi": "-1"}})
    date_line = next(
        p.text
        for t in docx.Document(str(path)).tables
        for c in t._cells
        for p in c.paragraphs
        if p.text.startswith("Palopo, ")
    )
    # 18 Juni 2024 is 12 Zulhijah 1445 by Umm al-Qura; Indonesia counted a day later (koreksi -1).
    assert date_line == "Palopo, 11 Zulhijah 1445 H\n18 Juni 2024 M"


def test_without_hijri_the_date_line_is_one_line(tmp_path):
    assert "Palopo, 18 Juni 2024\n" in letter_text(tmp_path)
