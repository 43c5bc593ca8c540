"""Attendance sheets of a three-day ASN training (issue 13): NIP and pangkat/golongan, column numbers, a sheet a day."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner
from lxml import etree

from naskah.cli import main
from naskah.domain import daftar_hadir as dh
from tests.conftest import docx_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PELATIHAN: dict[str, Any] = {
    "instansi": {
        "pemerintah": "Pemerintah Provinsi Kalimantan Timur",
        "perangkat_daerah": ["Badan Pengembangan Sumber Daya Manusia"],
        "alamat": "Jalan H.A.M.M. Rifaddin, Samarinda 75131",
        "provinsi": "Kalimantan Timur",
        "kota": "Samarinda",
        "wilayah": "Provinsi Kalimantan Timur",
        "kepala_daerah": "Gubernur Kalimantan Timur",
        "gaya": {"label_rincian": "kapital"},
    },
    "acara": {
        "nama": "Pelatihan Pengadaan Barang/Jasa Pemerintah Tingkat Dasar",
        "tanggal": "2025-07-14",
        "mulai": "08.00",
        "selesai": "16.00",
        "tempat": "Aula Kampus BPSDM Provinsi Kalimantan Timur",
    },
    "penandatangan": {
        "jabatan": "Kepala Bidang Pengembangan Kompetensi Teknis",
        "nama": "Dra. Hj. Nurlaila Fitriani, M.Si.",
        "pangkat": "Pembina Tingkat I",
        "golongan": "IV/b",
        "nip": "19730918 199803 2 005",
    },
    "penerima": [
        {
            "nama": "Rudy Hartono, S.T.",
            "jabatan": "Pengelola Pengadaan Barang/Jasa Ahli Pertama",
            "instansi": "Dinas Pekerjaan Umum Kabupaten Kutai Kartanegara",
            "nip": "199001152015031002",
            "pangkat": "Penata Muda Tingkat I",
            "golongan": "III/b",
        },
        {
            "nama": "Siti Rahmah, S.E.",
            "jabatan": "Analis Keuangan",
            "instansi": "Badan Keuangan Daerah Kota Bontang",
            "nip": "19880412 201101 2 007",
            "golongan": "III/c",
        },
        {"jabatan": "Kepala Bagian Pengadaan Barang dan Jasa Sekretariat Daerah Kota Balikpapan"},
    ],
    "daftar_hadir": {
        "kolom": ["no", "nama", "nip", "pangkat_golongan", "jabatan_instansi", "tanda_tangan"],
        "nomor_kolom": "ya",
        "baris_kosong": "2",
        "tanggal": ["2025-07-14", "2025-07-15", "2025-07-16"],
    },
}


def buat(tmp_path: Path, data: dict[str, Any]) -> Path:
    event = tmp_path / "acara.yaml"
    event.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    out = tmp_path / "hasil"
    result = CliRunner().invoke(main, ["daftar-hadir", str(event), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out / "daftar-hadir.docx"


def test_pangkat_golongan_cell():
    assert dh.pangkat_golongan("Penata Muda Tingkat I", "III/b") == "Penata Muda Tingkat I, III/b"
    assert dh.pangkat_golongan(None, " III/c ") == "III/c"
    assert dh.pangkat_golongan(None, None) == ""


def test_three_day_training_has_a_sheet_per_day_with_its_date(tmp_path):
    text = docx_text(buat(tmp_path, PELATIHAN))
    assert text.count("DAFTAR HADIR\n") == 3
    for urutan, tanggal in enumerate(("Senin, 14 Juli 2025", "Selasa, 15 Juli 2025", "Rabu, 16 Juli 2025"), 1):
        assert f"HARI KE-{urutan}\nHari/Tanggal\t:\t{tanggal}\nWaktu\t:\t08.00 s.d. 16.00 WITA\n" in text
    for tanggal in ("14 Juli 2025", "15 Juli 2025", "16 Juli 2025"):
        assert text.count(f"Samarinda, {tanggal}") == 1


def test_asn_columns_with_nip_pangkat_and_the_column_numbers(tmp_path):
    path = buat(tmp_path, PELATIHAN)
    lines = docx_text(path).splitlines()
    header = "No. | Nama | NIP | Pangkat/Gol. | Jabatan/Instansi | Tanda Tangan"
    assert lines.count(header) == 3
    assert lines[lines.index(header) + 1] == "1 | 2 | 3 | 4 | 5 | 6"
    assert any(
        line.startswith(
            "1 | Rudy Hartono, S.T. | 19900115 201503 1 002 | Penata Muda Tingkat I, III/b | Pengelola Pengadaan "
            "Barang/Jasa Ahli Pertama, Dinas Pekerjaan Umum Kabupaten Kutai Kartanegara | 1. ..."
        )
        for line in lines
    )
    assert any(line.startswith("2 | Siti Rahmah, S.E. | 19880412 201101 2 007 | III/c | ") for line in lines)
    # someone invited by jabatan may send a representative: the personal columns stay empty
    assert any(line.startswith("3 |  |  |  | Kepala Bagian Pengadaan") for line in lines)
    # the column numbers repeat on every page with the heading
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    table = next(t for t in root.iter(f"{W}tbl") if t.find(f"{W}tr/{W}trPr/{W}tblHeader") is not None)
    rows = table.findall(f"{W}tr")
    assert [r.find(f"{W}trPr/{W}tblHeader") is not None for r in rows[:3]] == [True, True, False]


def test_without_the_option_there_is_no_column_number_row_and_one_sheet(tmp_path):
    data = {**PELATIHAN, "daftar_hadir": {**PELATIHAN["daftar_hadir"], "nomor_kolom": "tidak", "tanggal": []}}
    data["instansi"] = {**PELATIHAN["instansi"], "gaya": {}}
    lines = docx_text(buat(tmp_path, data)).splitlines()
    assert "1 | 2 | 3 | 4 | 5 | 6" not in lines and "HARI KE-1" not in lines
    assert "hari, tanggal\t:\tSenin, 14 Juli 2025" in lines  # the invitation's default labels


def test_pangkat_and_golongan_columns_read_from_a_spreadsheet(tmp_path):
    csv = tmp_path / "peserta.csv"
    csv.write_text(
        "Nama,NIP,Pangkat/Gol.,Gol/Ruang,Jabatan\nAndi Saputra,199203212019031004,Penata Muda,III/a,Analis Pengadaan\n",
        encoding="utf-8",
    )
    data = {**PELATIHAN, "penerima": str(csv)}
    lines = docx_text(buat(tmp_path, data)).splitlines()
    prefix = "1 | Andi Saputra | 19920321 201903 1 004 | Penata Muda, III/a | Analis Pengadaan | 1. ..."
    assert any(line.startswith(prefix) for line in lines)
