"""Nota kesepahaman: the Palopo MoU, logos, signature table, page fields, paraf, titles, articles, parties."""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from lxml import etree

from naskah.cli import main
from naskah.domain.loader import load_event
from naskah.domain.yamlio import read_yaml
from naskah.jenis import nota_kesepahaman
from naskah.jenis.nota_kesepahaman import konteks as nota_context
from naskah.keluaran import OutputFolder
from tests.conftest import EXAMPLES, docx_text

PALOPO = EXAMPLES / "advokasi-palopo.yaml"
NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
KETIGA = {
    "instansi": "Kantor Kementerian Agama Kota Palopo",
    "pejabat": {
        "jabatan": "Kepala Kantor Kementerian Agama Kota Palopo",
        "nama": "H. Abdul Kadir, S.Ag., M.Pd.I.",
        "kedudukan": "luar",
    },
    "nomor": "B-1021/Kk.21.23/1/HM.01/06/2024",
    "alamat": "Jalan Andi Djemma Nomor 7, Palopo",
}


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def palopo(tmp_path_factory) -> Path:
    """The file written by `naskah nota-kesepahaman examples/advokasi-palopo.yaml`, made once for this module."""
    out = tmp_path_factory.mktemp("mou")
    result = run("nota-kesepahaman", PALOPO, "-o", out)
    assert result.exit_code == 0, result.output
    assert result.output == f"Selesai: nota kesepahaman ditulis ke {out / 'nota-kesepahaman.docx'}.\n"
    return out / "nota-kesepahaman.docx"


def variant(tmp_path: Path, pihak=None, **nota) -> Path:
    """Return a copy of the Palopo event in `tmp_path`; `nota` updates nota_kesepahaman, or replaces 'pasal'."""
    shutil.copytree(EXAMPLES / "profil", tmp_path / "profil", dirs_exist_ok=True)
    data = dict(read_yaml(PALOPO).data)
    data["penerima"] = str(EXAMPLES / "penerima-palopo.xlsx")
    data["pihak"] = [dict(p) for p in data["pihak"]] if pihak is None else pihak
    if "pasal" in nota:
        data["pasal"] = nota.pop("pasal")
    data["nota_kesepahaman"] = {**data["nota_kesepahaman"], **nota}
    target = tmp_path / "acara.yaml"
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


def render(tmp_path: Path, pihak=None, **nota) -> Path:
    out = tmp_path / "hasil"
    result = run("nota-kesepahaman", variant(tmp_path, pihak, **nota), "-o", out)
    assert result.exit_code == 0, result.output
    return next(out.glob("*.docx"))


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def footer(path: Path) -> etree._Element:
    footers = [etree.fromstring(data) for name, data in parts(path).items() if name.startswith("word/footer")]
    return next(f for f in footers if f.xpath("//w:instrText", namespaces=NS))


def signature_rows(path: Path) -> list[list[str]]:
    """Return the rows of the signature table (the last table) as cell texts."""
    table = etree.fromstring(parts(path)["word/document.xml"]).xpath("//w:body/w:tbl", namespaces=NS)[-1]
    return [
        ["\n".join("".join(p.itertext()) for p in tc.iterfind("w:p", NS)) for tc in tr.iterfind("w:tc", NS)]
        for tr in table.iterfind("w:tr", NS)
    ]


# --------------------------------------------------------------------------- the Palopo MoU


def test_palopo_mou_golden(palopo, golden):
    text = docx_text(palopo)
    assert "{{" not in text and "{%" not in text and "}}" not in text
    golden("nota-kesepahaman-palopo", text)


def test_opening_states_the_date_in_words_and_digits(palopo):
    assert (
        "Pada hari ini Senin, tanggal Dua Puluh Empat bulan Juni tahun Dua Ribu Dua Puluh Empat (24-06-2024), "
        "bertempat di Palopo, kami yang bertanda tangan di bawah ini:"
    ) in docx_text(palopo)


def test_title_block_names_both_parties_and_each_nomor(palopo):
    lines = docx_text(palopo).splitlines()
    start = lines.index("NOTA KESEPAHAMAN")
    assert lines[start : start + 10] == [
        "NOTA KESEPAHAMAN",
        "ANTARA",
        "PENGADILAN AGAMA PALOPO",
        "DENGAN",
        "PEMERINTAH KOTA PALOPO",
        "TENTANG",
        "PENCEGAHAN PERKAWINAN ANAK DAN PEMENUHAN HAK PEREMPUAN DAN ANAK PASCAPERCERAIAN",
        "NOMOR : 1250/KPA.W20-A13/HK2.6/VI/2024",
        "NOMOR : 100.3.7/015/Setda/VI/2024",
        "",
    ]


def test_parties_first_and_second_sign_side_by_side_names_on_one_row(palopo):
    rows = signature_rows(palopo)
    assert rows[0] == ["PIHAK KEDUA,\nPj. WALI KOTA PALOPO,", "PIHAK PERTAMA,\nKETUA PENGADILAN AGAMA PALOPO,"]
    assert [cell.strip() for cell in rows[1]] == ["Meterai Rp10.000", "Meterai Rp10.000"]
    assert rows[2] == ["Asrul Sani", "Dr. H. Muhammad Amin, S.H.I., M.H."]  # Pj. Wali Kota: no gelar, no NIP (Pasal 44)
    assert len(rows) == 3


def test_page_numbers_are_live_page_and_numpages_fields(palopo):
    page = footer(palopo)
    assert [t.strip() for t in page.xpath("//w:instrText/text()", namespaces=NS)] == ["PAGE", "NUMPAGES"]
    assert "".join(page.itertext()).startswith("Halaman ")
    assert " dari " in "".join(page.itertext())
    assert "Paraf" not in "".join(page.itertext())  # paraf: tidak


def test_party_logo_replaces_its_picture_and_a_party_without_one_leaves_a_clear_space(palopo):
    files = parts(palopo)
    document = etree.fromstring(files["word/document.xml"])
    rels = etree.fromstring(files["word/_rels/document.xml.rels"])
    target = {r.get("Id"): r.get("Target") for r in rels}
    media = {}
    for inline in document.xpath("//wp:inline", namespaces=NS):
        name = inline.find("wp:docPr", NS).get("name")
        rid = inline.xpath(".//a:blip/@r:embed", namespaces=NS)[0]
        media[name] = hashlib.sha256(files[f"word/{target[rid]}"]).hexdigest()
    logo = hashlib.sha256((EXAMPLES / "profil" / "logo-palopo.png").read_bytes()).hexdigest()
    assert media == {"logo_pihak_1": hashlib.sha256(nota_context.BENING).hexdigest(), "logo_pihak_2": logo}


# --------------------------------------------------------------------------- choices


def test_paraf_boxes_in_the_footer_when_asked(tmp_path):
    text = "".join(footer(render(tmp_path, paraf="ya")).itertext())
    assert "Paraf PIHAK PERTAMA" in text and "Paraf PIHAK KEDUA" in text
    assert "{{" not in text and "{%" not in text


def test_signature_side_is_configurable(tmp_path):
    pihak = [dict(p) for p in read_yaml(PALOPO).data["pihak"]]
    pihak[0]["sisi_ttd"] = "kiri"
    rows = signature_rows(render(tmp_path, pihak=pihak))
    assert rows[0][0].startswith("PIHAK PERTAMA,") and rows[0][1].startswith("PIHAK KEDUA,")
    assert rows[2] == ["Dr. H. Muhammad Amin, S.H.I., M.H.", "Asrul Sani"]


def test_perjanjian_kerja_sama_title_wording_and_file_name(tmp_path):
    path = render(tmp_path, judul="PERJANJIAN KERJA SAMA", rangkap="3", jangka_waktu_tahun="1")
    assert path.name == "perjanjian-kerja-sama.docx"
    text = docx_text(path)
    assert text.splitlines()[2] == "PERJANJIAN KERJA SAMA"
    assert "Nota Kesepahaman" not in text and "NOTA KESEPAHAMAN" not in text
    assert "sepakat untuk membuat Perjanjian Kerja Sama tentang" in text
    assert "jangka waktu 1 (satu) tahun" in text and "dalam rangkap 3 (tiga) asli" in text


def test_articles_from_the_event_file_filled_and_numbered_with_the_closing_clause_after_them(tmp_path):
    pasal = [
        {
            "judul": "Ruang Lingkup",
            "ayat": [{"teks": "Ruang lingkup meliputi:", "butir": ["sosialisasi;", "pendampingan."]}],
        },
        {"judul": "Jangka Waktu", "ayat": ["Berlaku {tanggal}.", "Dapat diperpanjang."]},
    ]
    text = docx_text(render(tmp_path, pasal=pasal))
    assert (
        "Pasal 1\nRUANG LINGKUP\nRuang lingkup meliputi:\na.\tsosialisasi;\nb.\tpendampingan.\n\n"
        "Pasal 2\nJANGKA WAKTU\n(1)\tBerlaku 24 Juni 2024.\n(2)\tDapat diperpanjang.\n\n"
    ) in text
    assert "Pasal 3" not in text and "MAKSUD DAN TUJUAN" not in text
    assert (
        "\nNota Kesepahaman ini dibuat dalam rangkap 2 (dua) asli, masing-masing bermeterai cukup dan mempunyai "
        "kekuatan hukum yang sama, serta berlaku sejak tanggal ditandatangani oleh PARA PIHAK.\n"
    ) in text


def test_without_considerations_the_parties_agree_in_one_sentence(tmp_path):
    text = docx_text(render(tmp_path, pertimbangan=[]))
    assert "terlebih dahulu" not in text and "Berdasarkan pertimbangan" not in text
    assert (
        "PIHAK PERTAMA dan PIHAK KEDUA yang selanjutnya secara bersama-sama disebut PARA PIHAK, sepakat untuk "
        "membuat Nota Kesepahaman tentang Pencegahan Perkawinan Anak"
    ) in text


def test_three_parties(tmp_path):
    pihak = [*[dict(p) for p in read_yaml(PALOPO).data["pihak"]], {**KETIGA, "logo": "profil/logo-palopo.png"}]
    path = render(tmp_path, pihak=pihak)
    text = docx_text(path)
    assert (
        "ANTARA\nPENGADILAN AGAMA PALOPO\nPEMERINTAH KOTA PALOPO\nDAN\nKANTOR KEMENTERIAN AGAMA KOTA PALOPO\n" in text
    )
    assert "NOMOR : B-1021/Kk.21.23/1/HM.01/06/2024" in text
    assert "selanjutnya disebut PIHAK KEDUA;" in text and "selanjutnya disebut PIHAK KETIGA." in text
    assert "PIHAK PERTAMA, PIHAK KEDUA, dan PIHAK KETIGA yang selanjutnya" in text
    rows = signature_rows(path)
    assert rows[0][0].startswith("PIHAK KEDUA,") and rows[0][1].startswith("PIHAK PERTAMA,")
    assert rows[3][0] == "" and rows[3][1].startswith("PIHAK KETIGA,")
    names = [etree.fromstring(parts(path)["word/document.xml"]).xpath("//wp:docPr/@name", namespaces=NS)]
    assert names == [["logo_pihak_1", "logo_pihak_2", "logo_pihak_3"]]


def test_no_logo_row_when_no_party_has_a_logo(tmp_path):
    pihak = [{k: v for k, v in p.items() if k != "logo"} for p in read_yaml(PALOPO).data["pihak"]]
    path = render(tmp_path, pihak=pihak)
    assert b"<wp:docPr" not in parts(path)["word/document.xml"]
    assert docx_text(path).splitlines()[0] == "NOTA KESEPAHAMAN"


def test_a_missing_nomor_is_left_to_fill_in_never_invented(tmp_path):
    pihak = [dict(p) for p in read_yaml(PALOPO).data["pihak"]]
    del pihak[1]["nomor"]
    assert f"NOMOR : {'.' * 30}\n" in docx_text(render(tmp_path, pihak=pihak))


# --------------------------------------------------------------------------- the command module


def test_buat_and_punya_data_for_naskah_semua(tmp_path):
    loaded = load_event(PALOPO)
    assert nota_kesepahaman.punya_data(loaded)
    with OutputFolder(tmp_path, overwrite=False) as folder:
        assert nota_kesepahaman.buat(loaded, folder) == [tmp_path / "nota-kesepahaman.docx"]
    without = loaded.berkas.model_copy(update={"pihak": [], "nota_kesepahaman": None})
    assert not nota_kesepahaman.punya_data(type(loaded)(without, loaded.path, ()))


def test_an_event_without_parties_is_one_clear_line(tmp_path):
    data = dict(read_yaml(PALOPO).data)
    for key in ("pihak", "nota_kesepahaman", "penerima"):
        data.pop(key)
    shutil.copytree(EXAMPLES / "profil", tmp_path / "profil")
    event = tmp_path / "acara.yaml"
    event.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = run("nota-kesepahaman", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 1
    assert "belum diisi untuk nota kesepahaman" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "hasil").exists()
