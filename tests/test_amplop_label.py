"""Envelopes and address labels without LibreOffice: wording, sizes, sheets, skipping, fitting, messages.

The PDF layout checks (every text inside its label or area) are in test_amplop_label_pdf.py.
"""

from __future__ import annotations

import math
import typing
from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner

from naskah.cli import main
from naskah.docx.page import twips
from naskah.domain import lembar_label, schema, ukuran_amplop
from naskah.domain.loader import load_event
from naskah.domain.muat_teks import (
    LINE_HEIGHT_EM,
    PT_MM,
    Baris,
    baris_tercetak,
    faktor_muat,
    lebar_mm,
    pilih_ukuran,
)
from naskah.errors import InputFileError
from naskah.jenis.amplop import konteks as amplop_konteks
from naskah.jenis.label import konteks as label_konteks
from naskah.jenis.undangan.konteks import alamat_tujuan
from tests.conftest import docx_text
from tests.events import BASE

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PENERIMA = [
    {"nama": "Budi Santoso, S.Sos.", "jabatan": "Lurah Amassangan", "instansi": "Kecamatan Wara"},
    {"jabatan": "Camat Bara", "instansi": "Kecamatan Bara"},
    {"jabatan": "Direktur Utama", "instansi": "PT Maju & Jaya <Tbk>", "alamat": "Makassar"},
]


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def write_event(
    folder: Path, penerima: list[dict[str, str]] = PENERIMA, *, surat: dict | None = None, **instansi
) -> Path:
    data = yaml.safe_load(BASE)
    data["instansi"].update(instansi)
    if surat is not None:
        data["surat"] = {"nomor": "005/1/DP3A/2024", "tanggal": "2024-06-18", **surat}
    data["penerima"] = penerima
    path = folder / "acara.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- fitting


def test_a_short_line_keeps_the_largest_size():
    fit = pilih_ukuran([Baris("Yth. Camat Bara", tebal=True), Baris("di -")], 60, 30, terbesar=11, terkecil=9)
    assert (fit.ukuran_pt, fit.jumlah_baris, fit.pas) == (11, 2, True)


def test_a_longer_line_shrinks_before_it_wraps():
    line = Baris("Yth. Kepala Dinas Kesehatan Kota Palopo", tebal=True)
    width = lebar_mm(line.teks, 10.0, tebal=True) + 0.1  # fits at 10 pt, not at 11
    fit = pilih_ukuran([line], width, 30, terbesar=11, terkecil=9)
    assert (fit.ukuran_pt, fit.jumlah_baris) == (10, 1)


def test_past_the_shrink_limit_the_line_wraps_at_that_limit_not_smaller():
    line = Baris("Yth. Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Palopo", tebal=True)
    fit = pilih_ukuran([line], 57, 30, terbesar=11, terkecil=9, batas_bawah=7)
    assert fit.ukuran_pt == 9 and fit.jumlah_baris == baris_tercetak(line, 9, 57) > 1 and fit.pas


def test_wrapped_text_too_tall_shrinks_further_then_is_reported():
    lines = [Baris("Kepala Bidang Pengelolaan Informasi Administrasi Kependudukan dan Pemanfaatan Data")] * 4
    at_8 = sum(baris_tercetak(line, 8, 57) for line in lines) * 8 * LINE_HEIGHT_EM * PT_MM
    assert at_8 < sum(baris_tercetak(line, 9, 57) for line in lines) * 9 * LINE_HEIGHT_EM * PT_MM
    tight = pilih_ukuran(lines, 57, at_8 + 0.01, terbesar=11, terkecil=9, batas_bawah=7)
    assert 8 <= tight.ukuran_pt < 9 and tight.pas
    hopeless = pilih_ukuran(lines * 5, 57, at_8, terbesar=11, terkecil=9, batas_bawah=7)
    assert (hopeless.ukuran_pt, hopeless.pas) == (7, False)


def test_a_long_kop_is_scaled_down_as_a_whole_until_it_fits():
    kop = [(Baris("PEMERINTAH KABUPATEN PESAWARAN", tebal=True), 9.0), (Baris("Jalan Raya Kedondong Nomor 45"), 7.5)]
    assert faktor_muat(kop, 100, 30) == 1
    three = [(Baris("DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK", tebal=True), 10.0)] * 3
    factor = faktor_muat(kop + three, 97, 20)
    assert 0.6 <= factor < 1
    assert faktor_muat(kop + three * 10, 97, 20) == 0.6


def test_widths_grow_with_size_and_boldness_and_unknown_characters_count_wide():
    assert lebar_mm("Palopo", 12) == pytest.approx(2 * lebar_mm("Palopo", 6))
    assert lebar_mm("Palopo", 10, tebal=True) > lebar_mm("Palopo", 10)
    assert lebar_mm("ŞŞŞ", 10) > lebar_mm("iii", 10)


# --------------------------------------------------------------------------- presets and the profile


def test_the_presets_are_the_sheets_the_schema_and_the_cli_offer():
    assert set(typing.get_args(schema.PresetLabel)) == set(lembar_label.PRESET)
    assert set(typing.get_args(schema.UkuranAmplop)) == set(ukuran_amplop.UKURAN)
    assert schema.PengaturanLabel().lembar == lembar_label.BAWAAN
    assert schema.PengaturanAmplop().ukuran == ukuran_amplop.BAWAAN
    assert {name: sheet.per_lembar for name, sheet in lembar_label.PRESET.items() if name.startswith("a4")} == {
        "a4-14": 14,
        "a4-21": 21,
        "a4-24": 24,
    }


@pytest.mark.parametrize("sheet", lembar_label.PRESET.values(), ids=lambda s: s.nama)
def test_every_preset_fits_its_paper_without_overlapping_labels(sheet):
    assert sheet.masalah() == []
    assert sheet.sumber
    assert sheet.jarak_mendatar >= sheet.lebar and sheet.jarak_tegak >= sheet.tinggi
    last = sheet.kotak(sheet.per_lembar - 1)
    assert last[2] <= sheet.kertas_lebar and last[3] <= sheet.kertas_tinggi


def test_a4_sheets_are_the_avery_figures():
    l7160 = lembar_label.PRESET["a4-21"]
    assert (l7160.lebar, l7160.tinggi, l7160.kiri, l7160.atas, l7160.jarak_mendatar) == (63.5, 38.1, 7.2, 15.15, 66.04)
    assert lembar_label.PRESET["a4-21"].terverifikasi and not lembar_label.PRESET["tj-103"].terverifikasi


def test_a_custom_sheet_off_the_paper_is_refused_with_the_reason(tmp_path):
    path = write_event(
        tmp_path, label={"ukuran_sendiri": {"lebar": 70, "tinggi": 37, "kolom": 3, "baris": 9, "kiri": 1, "atas": 0}}
    )
    with pytest.raises(InputFileError) as caught:
        load_event(path)
    assert "melewati tinggi kertas 297 mm" in str(caught.value.problems[0])
    assert "instansi.label.ukuran_sendiri" in str(caught.value.problems[0])


def test_a_custom_sheet_takes_the_place_of_the_preset(tmp_path):
    custom = {"lebar": 70, "tinggi": 37, "kolom": 3, "baris": 8, "kiri": 0, "atas": 0.5}
    loaded = load_event(write_event(tmp_path, label={"lembar": "a4-14", "ukuran_sendiri": custom}))
    sheet = label_konteks.lembar(loaded)
    assert (sheet.per_lembar, sheet.jarak_mendatar, sheet.jarak_tegak) == (24, 70, 37)
    assert label_konteks.lembar(loaded, "a4-24").nama == "a4-24"  # --lembar wins


# --------------------------------------------------------------------------- labels


def label_tables(path: Path):
    return docx.Document(str(path)).tables


@pytest.mark.parametrize(("count", "skipped", "preset"), [(30, 4, "a4-21"), (21, 0, "a4-21"), (5, 13, "a4-14")])
def test_labels_fill_sheets_after_the_skipped_ones(tmp_path, count, skipped, preset):
    people = [{"jabatan": f"Kepala Sekolah Dasar Negeri {i} Palopo"} for i in range(1, count + 1)]
    result = run(
        "label", write_event(tmp_path, people), "-o", tmp_path / "hasil", "--lewati", skipped, "--lembar", preset
    )
    assert result.exit_code == 0, result.output
    sheet = lembar_label.PRESET[preset]
    tables = label_tables(tmp_path / "hasil" / "label-gabungan.docx")
    assert len(tables) == math.ceil((count + skipped) / sheet.per_lembar)
    cells = [
        cell.text for table in tables for row in table.rows for cell in row.cells if cell.width == row.cells[0].width
    ]
    labels = [text for text in cells if text.strip() or True][: len(tables) * sheet.per_lembar]
    assert all(not text.strip() for text in labels[:skipped])
    assert "Sekolah Dasar Negeri 1 Palopo" in labels[skipped]
    assert f"Sekolah Dasar Negeri {count} Palopo" in labels[skipped + count - 1]
    assert all(not text.strip() for text in labels[skipped + count :])
    assert f"{count} label di {len(tables)} lembar {preset}" in result.output


def test_the_sheet_table_puts_every_label_at_its_pitch(tmp_path):
    sheet = lembar_label.PRESET["a4-14"]  # 2.54 mm between columns, none between rows
    path = write_event(tmp_path)
    assert run("label", path, "-o", tmp_path / "hasil", "--lembar", "a4-14").exit_code == 0
    document = docx.Document(str(tmp_path / "hasil" / "label-gabungan.docx"))
    table = document.tables[0]._tbl
    grid = [int(col.get(f"{W}w")) for col in table.iter(f"{W}gridCol")]
    assert len(grid) == 3 and grid[0] + grid[1] == int(twips(sheet.jarak_mendatar))
    heights = [int(h.get(f"{W}val")) for h in table.iter(f"{W}trHeight")]
    assert len(heights) == sheet.baris and all(h.get(f"{W}hRule") == "exact" for h in table.iter(f"{W}trHeight"))
    assert sum(heights) == int(twips(sheet.atas + sheet.baris * sheet.jarak_tegak)) - int(twips(sheet.atas))
    section = document.sections[0]
    assert section.left_margin.mm == pytest.approx(sheet.kiri, abs=0.02)
    assert section.top_margin.mm == pytest.approx(sheet.atas, abs=0.02)


@pytest.mark.parametrize("skipped", [21, -1])
def test_skipping_a_whole_sheet_or_a_negative_count_is_refused_in_indonesian(tmp_path, skipped):
    path = write_event(tmp_path)
    result = run("label", path, "-o", tmp_path / "hasil", "--lewati", skipped)
    assert result.exit_code != 0
    assert f"--lewati {skipped} tidak mungkin" in result.output and "0 sampai 20" in result.output
    assert not (tmp_path / "hasil").exists() or not any((tmp_path / "hasil").iterdir())


def test_an_unverified_sheet_and_a_label_too_long_are_warned_about(tmp_path):
    huge = {"jabatan": " ".join(["Kepala Bidang Pengelolaan Informasi Administrasi Kependudukan"] * 8)}
    path = write_event(tmp_path, [*PENERIMA, huge], label={"lembar": "tj-103"})
    result = run("label", path, "-o", tmp_path / "hasil")
    assert result.exit_code == 0, result.output
    assert "ukuran lembar label tj-103 belum diverifikasi" in result.output
    assert "penerima[4]" in result.output and "terlalu panjang untuk label tj-103" in result.output


def test_labels_read_the_recipient_list_given_on_the_command_line(tmp_path):
    listing = tmp_path / "daftar.csv"
    listing.write_text("nama,jabatan\nAndi Baso,Kepala Desa Bernung\n,Camat Way Lima\n", encoding="utf-8")
    result = run("label", write_event(tmp_path), "-o", tmp_path / "hasil", "--penerima", listing)
    assert result.exit_code == 0, result.output
    text = docx_text(tmp_path / "hasil" / "label-gabungan.docx")
    assert "Yth. Andi Baso" in text and "Yth. Camat Way Lima" in text and "Camat Bara" not in text


# --------------------------------------------------------------------------- envelopes


def envelope_text(folder: Path) -> str:
    return docx_text(folder / "amplop-gabungan.docx")


def test_the_addressee_is_written_as_the_invitation_writes_it(tmp_path):
    loaded = load_event(write_event(tmp_path))
    assert run("amplop", loaded.path, "-o", tmp_path / "hasil").exit_code == 0
    text = envelope_text(tmp_path / "hasil")
    for penerima in loaded.berkas.penerima:
        yth, lanjutan = alamat_tujuan(penerima)
        assert f"Yth. {yth}" in text
        assert all(line in text for line in lanjutan)
    assert "Lurah Amassangan Kecamatan Wara" in text and "Camat Bara Kecamatan" not in text
    assert "PT Maju & Jaya <Tbk>" in text  # escaped, not broken XML
    assert text.count("Kepada") == 3 and "di -" in text and "MAKASSAR" in text and "PALOPO" in text
    assert "PEMERINTAH KOTA PALOPO" in text and "Jalan Andi Djemma Nomor 1" in text


def test_a_kop_with_three_long_lines_is_printed_smaller_on_the_envelope(tmp_path):
    kop = {
        "perangkat_daerah": [
            "Dinas Pemberdayaan Perempuan, Perlindungan Anak,",
            "Pengendalian Penduduk, Keluarga Berencana",
            "dan Pemberdayaan Masyarakat dan Desa",
        ],
        "alamat": "Jalan Basuki Rahmat Nomor 1, Kelurahan Naikolan, Kecamatan Maulafa, Kupang 85111",
        "telepon": "(0380) 8552 123",
        "faksimile": "(0380) 8552 124",
        "laman": "dp3ap2kbpmd.nttprov.go.id",
        "pos_el": "sekretariat.dp3ap2kbpmd@nttprov.go.id",
    }
    short = amplop_konteks.siapkan(load_event(write_event(tmp_path)), ukuran_amplop.UKURAN["dl"])
    long = amplop_konteks.siapkan(load_event(write_event(tmp_path, **kop)), ukuran_amplop.UKURAN["dl"])
    assert short.bersama["pengirim"].faktor == 1 and long.bersama["pengirim"].faktor < 1
    assert 'w:val="18"' in short.bersama["pengirim"].pemerintah  # 9 pt at full scale


def test_anri_style_and_di_tempat_follow_the_profile(tmp_path):
    path = write_event(tmp_path, gaya={"alamat_surat": "anri", "di_tempat": True})
    assert run("amplop", path, "-o", tmp_path / "hasil").exit_code == 0
    text = envelope_text(tmp_path / "hasil")
    assert "Kepada" not in text
    assert "Yth. Camat Bara\ndi\nTempat\n" in text


def test_the_di_line_follows_gaya_tulisan_di_like_the_letter(tmp_path):
    path = write_event(tmp_path, gaya={"tulisan_di": "di"})
    assert run("label", path, "-o", tmp_path / "hasil").exit_code == 0
    text = docx_text(tmp_path / "hasil" / "label-gabungan.docx")
    assert "Kepada" in text and "di -" not in text and "\ndi\nPALOPO" in text


@pytest.mark.parametrize(("sifat", "printed"), [("Biasa", None), ("Segera", "SEGERA"), ("Rahasia", "RAHASIA")])
def test_the_sifat_is_printed_only_when_the_letter_has_one(tmp_path, sifat, printed):
    assert amplop_konteks.sifat(schema.Surat(tanggal="2024-06-18", sifat=sifat)) == (printed or "")
    path = write_event(tmp_path, surat={"sifat": sifat})
    assert run("amplop", path, "-o", tmp_path / "hasil").exit_code == 0
    text = envelope_text(tmp_path / "hasil")
    for word in ("SEGERA", "RAHASIA", "BIASA"):
        assert (word in text) == (word == printed)


def test_no_letter_no_sifat(tmp_path):
    assert run("amplop", write_event(tmp_path), "-o", tmp_path / "hasil").exit_code == 0
    assert amplop_konteks.sifat(None) == ""


@pytest.mark.parametrize("size", ukuran_amplop.UKURAN.values(), ids=lambda s: s.nama)
def test_each_envelope_is_its_own_paper_in_landscape_with_the_table_stretched(tmp_path, size):
    result = run("amplop", write_event(tmp_path), "-o", tmp_path / "hasil", "--ukuran", size.nama)
    assert result.exit_code == 0, result.output
    document = docx.Document(str(tmp_path / "hasil" / "amplop-gabungan.docx"))
    for section in document.sections:
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (size.lebar, size.tinggi)
        assert section.orientation == 1  # landscape
    grid = [int(col.get(f"{W}w")) for col in document.tables[0]._tbl.iter(f"{W}gridCol")]
    text_width = size.lebar - ukuran_amplop.MARGIN_KIRI - ukuran_amplop.MARGIN_KANAN
    assert sum(grid) == pytest.approx(int(twips(text_width)), abs=4)
    heights = [int(h.get(f"{W}val")) for h in document.tables[0]._tbl.iter(f"{W}trHeight")]
    area = ukuran_amplop.bidang_alamat(size)
    assert heights[1] == pytest.approx(int(twips(area[3] - area[1])), abs=2)
    assert f"amplop {size.nama}" in result.output


def test_files_per_recipient_only_on_request(tmp_path):
    assert run("amplop", write_event(tmp_path), "-o", tmp_path / "a").exit_code == 0
    assert [p.name for p in (tmp_path / "a").iterdir() if p.name != ".naskah-keluaran.json"] == ["amplop-gabungan.docx"]
    assert run("amplop", write_event(tmp_path), "-o", tmp_path / "b", "--per-penerima").exit_code == 0
    names = sorted(p.name for p in (tmp_path / "b").iterdir() if p.name != ".naskah-keluaran.json")
    assert names == [
        "amplop-1-lurah-amassangan.docx",
        "amplop-2-camat-bara.docx",
        "amplop-3-direktur-utama.docx",
        "amplop-gabungan.docx",
    ]
    assert "Yth. Camat Bara" in docx_text(tmp_path / "b" / "amplop-2-camat-bara.docx")


def test_without_recipients_the_commands_say_how_to_give_them(tmp_path):
    path = write_event(tmp_path, [])
    for command in ("amplop", "label"):
        result = run(command, path, "-o", tmp_path / command)
        assert result.exit_code != 0
        assert "--penerima" in result.output and "Traceback" not in result.output


def test_the_logo_can_be_left_off(tmp_path):
    path = write_event(tmp_path, amplop={"logo": "tidak"})
    assert run("amplop", path, "-o", tmp_path / "hasil").exit_code == 0
    assert load_event(path).berkas.instansi.amplop.logo is False
