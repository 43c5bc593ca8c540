"""Tests for naskah.domain.wilayah: the 38 provinces and their time zones."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from naskah.domain.wilayah import PROVINSI, nama_provinsi, zona_waktu

# Keppres 41/1987 as listed in the domain doc §12, plus the Papua provinces created in 2022.
EXPECTED = {
    **dict.fromkeys(
        [
            "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi", "Bengkulu",
            "Sumatera Selatan", "Kepulauan Bangka Belitung", "Lampung", "Banten", "DKI Jakarta", "Jawa Barat",
            "Jawa Tengah", "Daerah Istimewa Yogyakarta", "Jawa Timur", "Kalimantan Barat", "Kalimantan Tengah",
        ],
        "WIB",
    ),
    **dict.fromkeys(
        [
            "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara", "Bali", "Nusa Tenggara Barat",
            "Nusa Tenggara Timur", "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat",
            "Sulawesi Selatan", "Sulawesi Tenggara",
        ],
        "WITA",
    ),
    **dict.fromkeys(
        [
            "Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya", "Papua Selatan",
            "Papua Tengah", "Papua Pegunungan",
        ],
        "WIT",
    ),
}  # fmt: skip


def test_all_38_provinces_with_their_zone():
    assert len(PROVINSI) == 38
    assert PROVINSI == EXPECTED


@pytest.mark.parametrize(("nama", "zona"), sorted(EXPECTED.items()))
def test_zona_waktu_of_canonical_name(nama, zona):
    assert zona_waktu(nama) == zona


@pytest.mark.parametrize(
    ("teks", "nama"),
    [
        ("Sulsel", "Sulawesi Selatan"),
        ("Sumut", "Sumatera Utara"),
        ("Sumbar", "Sumatera Barat"),
        ("Sumsel", "Sumatera Selatan"),
        ("Jabar", "Jawa Barat"),
        ("Jateng", "Jawa Tengah"),
        ("Jatim", "Jawa Timur"),
        ("DKI", "DKI Jakarta"),
        ("Jakarta", "DKI Jakarta"),
        ("Daerah Khusus Ibukota Jakarta", "DKI Jakarta"),
        ("DIY", "Daerah Istimewa Yogyakarta"),
        ("D.I. Yogyakarta", "Daerah Istimewa Yogyakarta"),
        ("Kalbar", "Kalimantan Barat"),
        ("Kalteng", "Kalimantan Tengah"),
        ("Kalsel", "Kalimantan Selatan"),
        ("Kaltim", "Kalimantan Timur"),
        ("Kaltara", "Kalimantan Utara"),
        ("NTB", "Nusa Tenggara Barat"),
        ("N.T.T.", "Nusa Tenggara Timur"),
        ("Babel", "Kepulauan Bangka Belitung"),
        ("Bangka Belitung", "Kepulauan Bangka Belitung"),
        ("Kepri", "Kepulauan Riau"),
        ("Kep. Riau", "Kepulauan Riau"),
        ("Sultra", "Sulawesi Tenggara"),
        ("Sulteng", "Sulawesi Tengah"),
        ("Sulut", "Sulawesi Utara"),
        ("Sulbar", "Sulawesi Barat"),
        ("Malut", "Maluku Utara"),
        ("PBD", "Papua Barat Daya"),
        ("papua barat daya", "Papua Barat Daya"),
        ("NAD", "Aceh"),
        ("Sumatra Utara", "Sumatera Utara"),
        ("Prov. Sulsel", "Sulawesi Selatan"),
        ("Prov.Sulsel", "Sulawesi Selatan"),
        ("Provinsi Sulawesi Selatan", "Sulawesi Selatan"),
        ("PROVINSI SULAWESI SELATAN", "Sulawesi Selatan"),
        ("Pemerintah Provinsi Jawa Timur", "Jawa Timur"),
        ("  sulawesi   selatan ", "Sulawesi Selatan"),
        ("Sulawesi-Selatan", "Sulawesi Selatan"),
    ],
)
def test_nama_provinsi_is_tolerant(teks, nama):
    assert nama_provinsi(teks) == nama


@pytest.mark.parametrize(
    ("teks", "zona"),
    [("Sulsel", "WITA"), ("Lampung", "WIB"), ("Kalbar", "WIB"), ("Kaltara", "WITA"), ("PBD", "WIT"), ("Bali", "WITA")],
)
def test_zona_waktu_of_abbreviation(teks, zona):
    assert zona_waktu(teks) == zona


@pytest.mark.parametrize(
    ("teks", "message"),
    [
        ("Sulawesi Selatn", "provinsi 'Sulawesi Selatn' tidak dikenal; maksud Anda 'Sulawesi Selatan'?"),
        ("Maluku Utra", "provinsi 'Maluku Utra' tidak dikenal; maksud Anda 'Maluku Utara'?"),
        ("Jawa", "provinsi 'Jawa' tidak dikenal; maksud Anda 'Jawa Barat', 'Jawa Tengah', atau 'Jawa Timur'?"),
        (
            "Nusa Tenggara",
            "provinsi 'Nusa Tenggara' tidak dikenal; maksud Anda 'Nusa Tenggara Barat' atau 'Nusa Tenggara Timur'?",
        ),
        ("Palopo", "provinsi 'Palopo' tidak dikenal; tulis nama lengkap seperti 'Sulawesi Selatan'"),
        ("", "nama provinsi harus diisi dengan teks, bukan ''"),
        (None, "nama provinsi harus diisi dengan teks, bukan None"),
    ],
)
def test_unknown_province_suggests(teks, message):
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        zona_waktu(teks)


@given(
    st.sampled_from(sorted(PROVINSI)),
    st.sampled_from(["", "Provinsi ", "Prov. ", "prov ", "PROVINSI "]),
    st.sampled_from([str.upper, str.lower, str.title, str]),
)
def test_any_spelling_of_canonical_name(nama, awalan, ubah):
    assert nama_provinsi(ubah(awalan + nama)) == nama
