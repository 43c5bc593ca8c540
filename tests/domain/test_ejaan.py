"""Tests for naskah.domain.ejaan: name and jabatan capitalisation, signature lines, abbreviations."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from naskah.domain.ejaan import (
    is_huruf_kapital_semua,
    jabatan_ttd,
    kapital_jabatan,
    kapital_nama,
    perluas_singkatan,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("NURYADIN", "Nuryadin"),
        ("andi MAPPANYUKKI", "Andi Mappanyukki"),
        ("ABDUL RAHMAN BIN ZAINI", "Abdul Rahman bin Zaini"),
        ("siti fatimah binti salim", "Siti Fatimah binti Salim"),
        ("MA'RUF AMIN", "Ma'ruf Amin"),
        ("Ma'ruf", "Ma'ruf"),
        ("SITI-AMINAH", "Siti-Aminah"),
        ("la ode ISRA", "La Ode Isra"),
        ("M. YUSUF", "M. Yusuf"),
        ("Andi McDonald", "Andi McDonald"),
        ("NURYADIN, SH.,MH.", "Nuryadin, S.H., M.H."),
        ("ISRA, SKM.,M.KES.", "Isra, S.K.M., M.Kes."),
        ("DR. IR. BUDI SANTOSO, MT", "Dr. Ir. Budi Santoso, M.T."),
        ("dr. ani, sp.a", "dr. Ani, Sp.A."),
        ("HJ. ANDI INA KARTIKA SARI, S.H.", "Hj. Andi Ina Kartika Sari, S.H."),
    ],
)
def test_kapital_nama(raw, expected):
    assert kapital_nama(raw) == expected


@given(st.lists(st.from_regex(r"[A-Za-z][A-Za-z'-]{0,8}[A-Za-z]", fullmatch=True), min_size=1, max_size=4))
def test_kapital_nama_is_idempotent(words):
    once = kapital_nama(" ".join(words))
    assert kapital_nama(once) == once


@pytest.mark.parametrize(
    ("teks", "expected"),
    [
        ("NURYADIN", True),
        ("NURYADIN, S.H., M.H.", True),
        ("DPRD", True),
        ("Nuryadin", False),
        ("Nuryadin, S.H.", False),
        ("S.H.", False),
        ("A", False),
        ("", False),
        ("1968", False),
    ],
)
def test_is_huruf_kapital_semua(teks, expected):
    assert is_huruf_kapital_semua(teks) is expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "kepala dinas pemberdayaan perempuan dan perlindungan anak",
            "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
        ),
        (
            "KEPALA DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
            "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
        ),
        ("asisten administrasi umum sekretariat daerah", "Asisten Administrasi Umum Sekretariat Daerah"),
        ("camat se-kota palopo", "Camat se-Kota Palopo"),
        ("Walikota Palopo", "Wali Kota Palopo"),
        ("walikota palopo", "Wali Kota Palopo"),
        ("Wali kota Palopo", "Wali Kota Palopo"),
        ("WALIKOTA PALOPO", "Wali Kota Palopo"),
        ("Wakil Walikota Palopo", "Wakil Wali Kota Palopo"),
        ("ketua dprd kota palopo", "Ketua DPRD Kota Palopo"),
        ("KETUA UMUM KORPRI", "Ketua Umum KORPRI"),
        ("kepala polri", "Kepala Polri"),
        ("KEPALA POLRI", "Kepala Polri"),
        ("kepala POLRI", "Kepala Polri"),
        ("kepala upt dinas pendidikan wilayah ii", "Kepala UPT Dinas Pendidikan Wilayah II"),
        ("KEPALA SEKSI III", "Kepala Seksi III"),
        ("direktur rsud sawerigading", "Direktur RSUD Sawerigading"),
        ("direktur blud rsud", "Direktur BLUD RSUD"),
        ("kepala dinas dp3a", "Kepala Dinas DP3A"),
        ("ketua tp pkk kota palopo", "Ketua TP PKK Kota Palopo"),
        ("kepala sma negeri 1 palopo", "Kepala SMA Negeri 1 Palopo"),
        ("ketua kpu kota palopo", "Ketua KPU Kota Palopo"),
        ("kepala perwakilan bi sulawesi selatan", "Kepala Perwakilan BI Sulawesi Selatan"),
        ("komandan kodim 1403 sawerigading", "Komandan Kodim 1403 Sawerigading"),
        ("kepala dinas PUPR", "Kepala Dinas PUPR"),  # all caps in mixed input: kept as an acronym
        ("menteri dalam negeri", "Menteri Dalam Negeri"),
        ("kepala sekolah menengah atas", "Kepala Sekolah Menengah Atas"),
        ("kepala bidang penduduk dan keluarga berencana", "Kepala Bidang Penduduk dan Keluarga Berencana"),
        ("kepala dinas dengan untuk pada di ke dari yang atau", "Kepala Dinas dengan untuk pada di ke dari yang atau"),
        ("dan lain", "Dan Lain"),
        ("plt. kepala dinas", "Plt. Kepala Dinas"),
        ("kepala dinas (dp3a)", "Kepala Dinas (DP3A)"),
    ],
)
def test_kapital_jabatan(raw, expected):
    assert kapital_jabatan(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
            "KEPALA DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK,",
        ),
        ("Sekretaris Daerah,", "SEKRETARIS DAERAH,"),
        ("sekretaris daerah ,, ", "SEKRETARIS DAERAH,"),
        ("Walikota Palopo", "WALI KOTA PALOPO,"),
        ("camat se-kota palopo", "CAMAT SE-KOTA PALOPO,"),
        ("a.n. Wali Kota Palopo\nSekretaris Daerah", "a.n. WALI KOTA PALOPO\nSEKRETARIS DAERAH,"),
        (
            "a.n. Wali Kota Palopo,\nSekretaris Daerah\nu.b.\nAsisten Administrasi Umum",
            "a.n. WALI KOTA PALOPO\nSEKRETARIS DAERAH\nu.b.\nASISTEN ADMINISTRASI UMUM,",
        ),
        ("Pj. Wali Kota Palopo", "Pj. WALI KOTA PALOPO,"),
        ("Plt. Bupati Kudus", "Plt. BUPATI KUDUS,"),
    ],
)
def test_jabatan_ttd(raw, expected):
    assert jabatan_ttd(raw) == expected


@pytest.mark.parametrize("raw", ["", "  ", ","])
def test_jabatan_ttd_rejects_empty(raw):
    with pytest.raises(ValueError, match="jabatan penanda tangan kosong"):
        jabatan_ttd(raw)


@given(st.text(alphabet=st.sampled_from("abcdefgh ,\n"), min_size=1).filter(lambda t: any(c.isalpha() for c in t)))
def test_jabatan_ttd_ends_with_exactly_one_comma(raw):
    line = jabatan_ttd(raw)
    assert line.endswith(",") and not line.endswith(",,") and not line.endswith(" ,")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Auditorium Saokotae Rujab Wali Kota", "Auditorium Saokotae Rumah Jabatan Wali Kota"),
        ("Asisten Administrasi Umum Setda Kota Palopo", "Asisten Administrasi Umum Sekretariat Daerah Kota Palopo"),
        ("Pemkot Palopo", "Pemerintah Kota Palopo"),
        ("Pemkab Pesawaran", "Pemerintah Kabupaten Pesawaran"),
        ("Pemprov Sulsel", "Pemerintah Provinsi Sulsel"),
        ("dibuka oleh Pj Wali Kota Palopo.", "dibuka oleh Penjabat Wali Kota Palopo."),
        ("Plt Kepala Dinas", "Pelaksana Tugas Kepala Dinas"),
        ("Pj. WALI KOTA PALOPO,", "Pj. WALI KOTA PALOPO,"),  # official dotted form stays
        ("Plt. Kepala Dinas", "Plt. Kepala Dinas"),
        ("SETDA KOTA PALOPO", "SEKRETARIAT DAERAH KOTA PALOPO"),
        ("di rujab", "di rumah jabatan"),
        ("Setdako Palopo", "Setdako Palopo"),  # not a whole-word match
        ("Sekda Palopo", "Sekretaris Daerah Palopo"),
    ],
)
def test_perluas_singkatan(raw, expected):
    assert perluas_singkatan(raw) == expected


@pytest.mark.parametrize(
    ("teks", "hasil"),
    [
        ("komandan distrik militer 1403/sawerigading", "Komandan Distrik Militer 1403/Sawerigading"),
        ("Dandim 1403/Sawerigading", "Dandim 1403/Sawerigading"),
        ("kepala seksi w20-a13", "Kepala Seksi W20-A13"),
    ],
)
def test_kapital_jabatan_treats_each_side_of_a_slash_as_a_word(teks, hasil):
    assert kapital_jabatan(teks) == hasil
