"""Daftar hadir: the Palopo sheets, repeating header, zig-zag signatures, columns, groups, blank rows, page."""

from __future__ import annotations

import csv
import shutil
import zipfile
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from lxml import etree

from naskah.cli import main
from naskah.domain import daftar_hadir as dh
from naskah.domain.loader import load_event
from naskah.domain.yamlio import read_yaml
from naskah.jenis import daftar_hadir
from naskah.keluaran import OutputFolder
from tests.conftest import EXAMPLES, docx_text

PALOPO = EXAMPLES / "advokasi-palopo.yaml"
NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
W = "{" + NS["w"] + "}"


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def palopo(tmp_path_factory) -> Path:
    """The file written by `naskah daftar-hadir examples/advokasi-palopo.yaml`, made once for this module."""
    out = tmp_path_factory.mktemp("daftar-hadir")
    result = run("daftar-hadir", PALOPO, "-o", out)
    assert result.exit_code == 0, result.output
    assert (
        result.output == f"Selesai: daftar hadir 4 lembar, 51 baris (potret) ditulis ke {out / 'daftar-hadir.docx'}.\n"
    )
    return out / "daftar-hadir.docx"


def variant(tmp_path: Path, **sections) -> Path:
    """Return a copy of the Palopo event in `tmp_path` with `daftar_hadir` keys updated, other sections replaced."""
    shutil.copytree(EXAMPLES / "profil", tmp_path / "profil", dirs_exist_ok=True)
    data = dict(read_yaml(PALOPO).data)
    data["penerima"] = str(EXAMPLES / "penerima-palopo.xlsx")
    for key, value in sections.items():
        data[key] = {**data[key], **value} if key == "daftar_hadir" else value
    target = tmp_path / "acara.yaml"
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


def render(tmp_path: Path, *options: object, **sections) -> Path:
    out = tmp_path / "hasil"
    result = run("daftar-hadir", variant(tmp_path, **sections), "-o", out, *options)
    assert result.exit_code == 0, result.output
    return out / "daftar-hadir.docx"


def body(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("word/document.xml"))


def attendance_tables(path: Path) -> list[etree._Element]:
    """Return the attendance tables (the ones with a repeating header row), one per sheet."""
    return body(path).xpath("//w:tbl[w:tr/w:trPr/w:tblHeader]", namespaces=NS)


def cell_texts(row: etree._Element) -> list[str]:
    return ["".join(tc.itertext()) for tc in row.iterfind("w:tc", NS)]


def attendee_rows(table: etree._Element) -> list[etree._Element]:
    """Return the numbered rows of an attendance table: not the heading, not the signature row after them."""
    return [row for row in table.findall("w:tr", NS) if cell_texts(row)[0].isdigit()]


def headings(path: Path) -> list[str]:
    return [text for text in docx_text(path).splitlines() if text.startswith("DAFTAR HADIR")]


# --------------------------------------------------------------------------- the Palopo example


def test_palopo_sheets_golden(palopo, golden):
    text = docx_text(palopo)
    assert "{{" not in text and "{%" not in text and "}}" not in text
    golden("daftar-hadir-palopo", text)


def test_palopo_has_one_sheet_per_group_in_reception_order(palopo):
    assert headings(palopo) == [
        "DAFTAR HADIR UNDANGAN",
        "DAFTAR HADIR NARASUMBER",
        "DAFTAR HADIR PESERTA",
        "DAFTAR HADIR PANITIA",
    ]
    # each sheet starts on a new page: the sheets share one section, a page break before each after the first
    assert len(body(palopo).findall(f".//{W}sectPr")) == 1
    assert len(body(palopo).findall(f"{W}body/{W}p/{W}pPr/{W}pageBreakBefore")) == 3


def test_header_row_repeats_on_every_page_and_rows_do_not_split(palopo):
    for table in attendance_tables(palopo):
        header = table.find("w:tr", NS)
        assert header.find("w:trPr/w:tblHeader", NS) is not None
        assert cell_texts(header) == ["No.", "Nama", "Jabatan/Instansi", "L/P", "Nomor HP", "Tanda Tangan"]
        for row in attendee_rows(table):
            assert row.find("w:trPr/w:tblHeader", NS) is None
            assert row.find("w:trPr/w:cantSplit", NS) is not None
            height = row.find("w:trPr/w:trHeight", NS)
            assert height.get(f"{W}val") == "567"  # 1 cm of room to sign


def test_signature_column_zig_zags_odd_left_even_right(palopo):
    rows = attendee_rows(attendance_tables(palopo)[0])
    assert len(rows) == 34 + 7  # 34 undangan, 20 % blank rows rounded up
    for number, row in enumerate(rows, start=1):
        cell = row.findall("w:tc", NS)[-1]
        paragraphs = cell.findall("w:p", NS)
        assert len(paragraphs) == 1
        align = paragraphs[0].find("w:pPr/w:jc", NS).get(f"{W}val")
        assert align == ("left" if number % 2 else "right"), number
        assert "".join(cell.itertext()).startswith(f"{number}. ...")


def test_names_and_jabatan_are_pre_filled_then_blank_numbered_rows(palopo):
    tables = attendance_tables(palopo)
    narasumber = [cell_texts(row) for row in attendee_rows(tables[1])]
    assert narasumber[0][:5] == [
        "1",
        "Dr. Hj. Nurhayati Lagu, S.H.I., M.H.",
        "Hakim Pengadilan Agama Palopo",
        "P",
        "081242001101",
    ]
    assert narasumber[2][:5] == ["3", "", "", "", ""]  # 2 names + 1 blank row (20 % of 2, rounded up)
    assert len(narasumber) == 3
    undangan = [cell_texts(row) for row in attendee_rows(tables[0])]
    assert undangan[19][:3] == ["20", "", "Camat Bara"]  # invited by jabatan: the attendee writes the name


def test_each_sheet_ends_with_place_date_and_the_signers_block(palopo):
    text = docx_text(palopo)
    assert text.count("Palopo, 24 Juni 2024") == 4
    block = "KEPALA DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK,"
    assert text.count(block) == 4
    assert "Hj. Andi Rahmawati, S.Sos., M.Si.\nPembina Utama Muda (IV/c)\nNIP 19700512 199803 2 004" in text


def keeps_with_next(row: etree._Element) -> bool:
    """True when every paragraph of `row` is keep-with-next: Word and LibreOffice keep it with the row below."""
    return all(p.find("w:pPr/w:keepNext", NS) is not None for p in row.iterfind(".//w:p", NS))


def test_the_signature_is_the_tables_last_row_and_holds_the_last_two_attendees(palopo):
    # LibreOffice keeps no row with a paragraph after the table, so the block is a row of the table (issue 11).
    for table in attendance_tables(palopo):
        *_, before, second_last, last, signature = table.findall("w:tr", NS)
        assert attendee_rows(table)[-2:] == [second_last, last]
        assert "".join(signature.itertext()).startswith("Palopo, 24 Juni 2024KEPALA DINAS")
        assert signature.find("w:trPr/w:cantSplit", NS) is not None
        assert [keeps_with_next(row) for row in (before, second_last, last)] == [False, True, True]
        # Borderless but for its top edge, which is the bottom line of the last attendee row.
        for cell in signature.iterfind("w:tc", NS):
            edges = {e.tag.removeprefix(W): e.get(f"{W}val") for e in cell.find("w:tcPr/w:tcBorders", NS)}
            assert edges == {"top": "single", "left": "nil", "bottom": "nil", "right": "nil"}
        spans = [int(tc.find("w:tcPr/w:gridSpan", NS).get(f"{W}val")) for tc in signature.iterfind("w:tc", NS)]
        assert spans == [25, 25]  # the block starts at the middle of the text width, as before


@pytest.mark.parametrize(
    ("rows", "ada_ttd", "split"),
    [(41, True, (39, 2)), (2, True, (0, 2)), (1, True, (0, 1)), (0, True, (0, 0)), (41, False, (41, 0))],
)
def test_only_a_signed_sheet_keeps_rows_with_its_signature(rows, ada_ttd, split):
    free, kept = dh.bagi_baris(list(range(rows)), ada_ttd)
    assert (len(free), len(kept)) == split and free + kept == list(range(rows))


def test_kop_and_event_details_head_each_sheet(palopo):
    text = docx_text(palopo)
    assert text.count("DINAS PEMBERDAYAAN PEREMPUAN\nDAN PERLINDUNGAN ANAK") == 4
    assert text.count("ADVOKASI KEBIJAKAN PENDAMPINGAN PENGEMBANGAN LEMBAGA PENYEDIA LAYANAN") == 4
    # the invitation's labels: Palopo keeps the default label_rincian "kecil"
    assert "hari, tanggal\t:\tSenin, 24 Juni 2024\npukul\t:\t09.00 WITA s.d. selesai\n" in text


def test_portrait_f4_for_six_columns(palopo):
    size = body(palopo).find(f".//{W}sectPr/{W}pgSz")
    assert (size.get(f"{W}w"), size.get(f"{W}h"), size.get(f"{W}orient")) == ("12189", "18709", None)


# --------------------------------------------------------------------------- choices


def test_columns_come_from_the_event_file_in_its_order(tmp_path):
    path = render(
        tmp_path,
        daftar_hadir={"kolom": ["no", "nama", "nip", "email", "tanda_tangan"]},
        penerima=[
            {
                "nama": "Nurul Fadhilah, S.E.",
                "jabatan": "Analis",
                "nip": "198809172011012003",
                "email": "nurul@palopokota.go.id",
            },
        ],
    )
    header, first, *_ = attendance_tables(path)[0].findall("w:tr", NS)
    assert cell_texts(header) == ["No.", "Nama", "NIP", "Pos-el", "Tanda Tangan"]
    *filled, signature = cell_texts(first)
    assert filled == ["1", "Nurul Fadhilah, S.E.", "19880917 201101 2 003", "nurul@palopokota.go.id"]
    assert signature.startswith("1. ") and set(signature[3:]) == {"."}
    spans = [int(tc.find("w:tcPr/w:gridSpan", NS).get(f"{W}val")) for tc in header.findall("w:tc", NS)]
    grid = attendance_tables(path)[0].findall("w:tblGrid/w:gridCol", NS)
    assert sum(spans) == len(grid)  # the spans fill the table's grid: Word and LibreOffice agree on widths


def test_more_than_six_columns_turn_the_page_to_landscape(tmp_path):
    every = ["no", "nama", "jabatan_instansi", "jenis_kelamin", "nip", "telepon", "email", "tanda_tangan"]
    size = body(render(tmp_path, daftar_hadir={"kolom": every})).find(f".//{W}sectPr/{W}pgSz")
    assert (size.get(f"{W}w"), size.get(f"{W}h"), size.get(f"{W}orient")) == ("18709", "12189", "landscape")


def test_orientation_can_be_forced_from_the_command_line(tmp_path):
    size = body(render(tmp_path, "--orientasi", "lanskap")).find(f".//{W}sectPr/{W}pgSz")
    assert size.get(f"{W}orient") == "landscape"


def test_a4_offices_get_a4(tmp_path):
    profile = read_yaml(EXAMPLES / "profil" / "pemkot-palopo-dp3a.yaml").data
    instansi = {
        **profile,
        "logo": str(EXAMPLES / "profil" / "logo-palopo.png"),
        "lambang_negara": str(EXAMPLES / "profil" / "garuda.png"),
        "gaya": {**profile["gaya"], "kertas": "A4"},
    }
    size = body(render(tmp_path, instansi=instansi)).find(f".//{W}sectPr/{W}pgSz")
    assert (size.get(f"{W}w"), size.get(f"{W}h")) == ("11906", "16838")


def test_one_sheet_when_grouping_is_off(tmp_path):
    path = render(tmp_path, daftar_hadir={"per_kelompok": "tidak"})
    assert headings(path) == ["DAFTAR HADIR"]
    assert len(attendee_rows(attendance_tables(path)[0])) == 41 + 9  # 41 names, 20 % of 41 → 9


@pytest.mark.parametrize(
    "option, expected", [("15", [34 + 15, 2 + 15, 2 + 15, 3 + 15]), ("0%", [34, 2, 2, 3]), ("50%", [51, 3, 3, 5])]
)
def test_blank_rows_per_sheet_from_the_command_line(tmp_path, option, expected):
    path = render(tmp_path, "--baris-kosong", option)
    assert [len(attendee_rows(t)) for t in attendance_tables(path)] == expected


def test_blank_rows_from_the_event_file(tmp_path):
    path = render(tmp_path, daftar_hadir={"baris_kosong": "10", "per_kelompok": "tidak"})
    assert len(attendee_rows(attendance_tables(path)[0])) == 41 + 10


def test_kosong_saja_keeps_the_sheets_and_numbers_but_no_names(tmp_path):
    path = render(tmp_path, "--kosong-saja")
    text = docx_text(path)
    assert "Camat Bara" not in text and "Nurhayati" not in text
    assert headings(path)[0] == "DAFTAR HADIR UNDANGAN"
    rows = attendee_rows(attendance_tables(path)[0])
    assert len(rows) == 41 and cell_texts(rows[40])[0] == "41"
    assert all(text == "" for row in rows for text in cell_texts(row)[1:-1])


def test_isi_dari_penerima_tidak_is_the_same_as_kosong_saja(tmp_path):
    path = render(tmp_path, daftar_hadir={"isi_dari_penerima": "tidak"}, penerima=[])
    assert headings(path) == ["DAFTAR HADIR"]
    assert len(attendee_rows(attendance_tables(path)[0])) == 25  # no list: a default number of rows


def test_another_recipient_list_from_the_command_line(tmp_path):
    extra = tmp_path / "hadir.csv"
    with extra.open("w", newline="", encoding="utf-8") as fp:
        csv.writer(fp).writerows([["nama", "jabatan", "kelompok"], ["Rina, S.Pd.", "Guru", "peserta"]])
    out = tmp_path / "hasil"
    result = run("daftar-hadir", PALOPO, "-o", out, "--penerima", extra)
    assert result.exit_code == 0, result.output
    text = docx_text(out / "daftar-hadir.docx")
    assert headings(out / "daftar-hadir.docx") == ["DAFTAR HADIR PESERTA"]
    assert "1 | Rina, S.Pd. | Guru" in text and "Camat Bara" not in text


def test_penanggung_jawab_signs_with_pasal_44_rules(tmp_path):
    path = render(
        tmp_path,
        daftar_hadir={
            "penanggung_jawab": {
                "jabatan": "Sekretaris Daerah Kota Palopo",
                "nama": "Drs. Firmanza DP, S.H., M.Si.",
                "nip": "197001011990031005",
                "golongan": "IV/d",
            }
        },
    )
    text = docx_text(path)
    assert "SEKRETARIS DAERAH KOTA PALOPO,\n" in text and "Drs. Firmanza DP, S.H., M.Si." in text
    assert "NIP 19700101" not in text and "Pembina Utama Madya" not in text  # Sekda: gelar yes, NIP and pangkat no
    assert "Andi Rahmawati" not in text


def test_without_any_signer_the_sheets_have_no_signature_block(tmp_path):
    path = render(tmp_path, penandatangan=None, surat=None)
    text = docx_text(path)
    assert "Palopo, 24 Juni 2024" not in text and "{{" not in text
    for table in attendance_tables(path):
        assert table.findall("w:tr", NS)[-1] is attendee_rows(table)[-1]  # no signature row
        assert not any(keeps_with_next(row) for row in attendee_rows(table))  # nothing to keep the rows with


# --------------------------------------------------------------------------- errors and the command module


def test_a_bad_blank_row_rule_in_the_event_file_is_one_line(tmp_path):
    result = run("daftar-hadir", variant(tmp_path, daftar_hadir={"baris_kosong": "banyak"}), "-o", tmp_path / "hasil")
    assert result.exit_code == 1
    assert "daftar_hadir.baris_kosong: baris kosong 'banyak' tidak dikenali" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "hasil").exists()


def test_a_bad_blank_row_option_is_a_usage_error(tmp_path):
    result = run("daftar-hadir", PALOPO, "-o", tmp_path / "hasil", "--baris-kosong", "10x")
    assert result.exit_code == 2
    assert result.output.startswith("Galat: --baris-kosong: baris kosong '10x' tidak dikenali")


def test_existing_file_is_kept_unless_timpa(tmp_path, palopo):
    out = tmp_path / "hasil"
    out.mkdir()
    (out / "daftar-hadir.docx").write_bytes(b"punya saya")
    result = run("daftar-hadir", PALOPO, "-o", out)
    assert result.exit_code != 0 and "--timpa" in result.output
    assert (out / "daftar-hadir.docx").read_bytes() == b"punya saya"
    result = run("daftar-hadir", PALOPO, "-o", out, "--timpa")  # not naskah's file: never replaced
    assert result.exit_code == 1 and "bukan hasil naskah" in result.output
    assert (out / "daftar-hadir.docx").read_bytes() == b"punya saya"
    (out / "daftar-hadir.docx").unlink()
    assert run("daftar-hadir", PALOPO, "-o", out).exit_code == 0
    assert run("daftar-hadir", PALOPO, "-o", out, "--timpa").exit_code == 0


def test_buat_and_punya_data_for_naskah_semua(tmp_path):
    loaded = load_event(PALOPO)
    assert daftar_hadir.punya_data(loaded)
    with OutputFolder(tmp_path, overwrite=False) as folder:
        assert daftar_hadir.buat(loaded, folder, orientasi="lanskap") == [tmp_path / "daftar-hadir.docx"]
    empty = loaded.berkas.model_copy(update={"penerima": []})
    assert not daftar_hadir.punya_data(type(loaded)(empty, loaded.path, ()))
