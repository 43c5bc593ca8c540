"""Tests for naskah.domain.nip: NIP/NI PPPK checks and formatting, pangkat and golongan."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from naskah.domain.nip import (
    PANGKAT,
    bersihkan_nip,
    format_nip,
    jenis_nip,
    normalise_golongan,
    pangkat_golongan,
    periksa_nip,
)

CONTOH = "19680411 199303 1 009"  # §5 (S21b)
PPPK = "199001012022211001"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (CONTOH, "196804111993031009"),
        ("19680411.199303.1.009", "196804111993031009"),
        ("NIP. 19680411 199303 1 009", "196804111993031009"),
        ("NIP 19680411-199303-1-009", "196804111993031009"),
        ("NI PPPK 19900101 2022 21 1 001", PPPK),
        ("  19680411\u00a0199303 1 009 ", "196804111993031009"),
        ("1968O411 199303 1 009", "1968O411 199303 1 009"),  # letter O: left for periksa_nip to report
    ],
)
def test_bersihkan_nip(raw, expected):
    assert bersihkan_nip(raw) == expected


@pytest.mark.parametrize(
    "valid",
    [
        CONTOH,
        "196804111993031009",
        "NIP. 19680411 199303 1 009",
        "19850312 201001 2 001",
        PPPK,
        "19900101 2024 24 2 001",
    ],  # fmt: skip
)
def test_valid_nip_has_no_problems(valid):
    assert periksa_nip(valid) == []


@pytest.mark.parametrize(
    ("nip", "expected"),
    [
        ("19680411 19930 1 009", "NIP harus 18 angka, tertulis 17"),
        ("19680411 199303 1 0091", "NIP harus 18 angka, tertulis 19"),
        ("", "NIP kosong"),
        (
            "1968O411 199303 1 009",
            "NIP hanya boleh berisi angka (boleh dipisah spasi), tertulis '1968O411 199303 1 009'",
        ),
        ("20240230 204203 1 001", "tanggal lahir pada NIP (angka 1–8, 20240230) bukan tanggal yang sah"),
        ("19681311 199303 1 009", "tanggal lahir pada NIP (angka 1–8, 19681311) bukan tanggal yang sah"),
        ("18500101 199303 1 009", "tahun lahir pada NIP (1850) tampaknya salah"),
        ("19680411 199313 1 009", "bulan TMT CPNS pada NIP (angka 13–14, 13) harus 01–12"),
        ("19680411 199300 1 009", "bulan TMT CPNS pada NIP (angka 13–14, 00) harus 01–12"),
        ("19680411 199303 3 009", "angka ke-15 NIP (jenis kelamin) harus 1 atau 2, tertulis 3"),
        ("19680411 199303 0 009", "angka ke-15 NIP (jenis kelamin) harus 1 atau 2, tertulis 0"),
        ("19680411 199303 1 000", "nomor urut pada NIP (angka 16–18) tidak boleh 000"),
        (
            "19900101 200503 1 001",
            "tahun TMT CPNS pada NIP (2005) tampaknya salah: kurang dari 18 tahun setelah tahun lahir (1990)",
        ),
        (
            "19900101 2005 21 1 001",
            "tahun pengangkatan PPPK pada NIP (2005) tampaknya salah: kurang dari 18 tahun setelah tahun lahir (1990)",
        ),
        ("19900101 2022 21 3 001", "angka ke-15 NIP (jenis kelamin) harus 1 atau 2, tertulis 3"),
    ],
)
def test_invalid_nip_names_the_problem(nip, expected):
    assert periksa_nip(nip) == [expected]


def test_every_problem_is_reported_at_once():
    assert len(periksa_nip("19680411 199313 3 000")) == 3


def test_tmt_at_exactly_eighteen_is_accepted():
    assert periksa_nip("19900101 200801 1 001") == []


@pytest.mark.parametrize(("nip", "expected"), [(CONTOH, "PNS"), (PPPK, "PPPK"), ("19900101 2024 24 2 001", "PPPK")])
def test_jenis_nip(nip, expected):
    assert jenis_nip(nip) == expected


def test_jenis_nip_needs_18_digits():
    with pytest.raises(ValueError, match="NIP harus 18 angka"):
        jenis_nip("1968")


@pytest.mark.parametrize(
    ("nip", "gaya", "expected"),
    [
        ("196804111993031009", "spasi", CONTOH),
        (CONTOH, "rapat", "196804111993031009"),
        ("NIP. 19680411.199303.1.009", "spasi", CONTOH),
        (CONTOH, "seragam", CONTOH),
        (PPPK, "spasi", "19900101 2022 21 1 001"),
        (PPPK, "seragam", "19900101 202221 1 001"),
        (PPPK, "rapat", PPPK),
    ],
)
def test_format_nip(nip, gaya, expected):
    assert format_nip(nip, gaya) == expected


def test_format_nip_default_is_spaced():
    assert format_nip("196804111993031009") == CONTOH


@pytest.mark.parametrize(
    ("nip", "gaya", "match"), [("1968041119930310", "spasi", "18 angka"), (CONTOH, "titik", "gaya NIP 'titik'")]
)
def test_format_nip_rejects(nip, gaya, match):
    with pytest.raises(ValueError, match=match):
        format_nip(nip, gaya)


@st.composite
def nip_sah(draw: st.DrawFn) -> str:
    """Draw a NIP that satisfies every rule of §5, PNS or PPPK."""
    lahir = draw(st.dates(min_value=dt.date(1940, 1, 1), max_value=dt.date(2007, 12, 31)))
    tahun_tmt = draw(st.integers(min_value=lahir.year + 18, max_value=lahir.year + 50))
    tengah = draw(st.sampled_from([f"{b:02d}" for b in range(1, 13)] + ["21", "24"]))
    kelamin = draw(st.sampled_from("12"))
    urut = draw(st.integers(min_value=1, max_value=999))
    return f"{lahir:%Y%m%d}{tahun_tmt}{tengah}{kelamin}{urut:03d}"


@given(nip_sah(), st.sampled_from(["spasi", "seragam", "rapat"]))
def test_generated_valid_nip_passes_and_round_trips(nip, gaya):
    written = format_nip(nip, gaya)
    assert periksa_nip(written) == []
    assert bersihkan_nip(written) == nip
    assert format_nip(written, gaya) == written


def test_pangkat_table_is_complete_and_spells_tingkat_in_full():
    assert len(PANGKAT) == 17
    assert PANGKAT["IV/c"] == "Pembina Utama Muda"
    assert PANGKAT["III/b"] == "Penata Muda Tingkat I"
    assert not any("Tk" in p for p in PANGKAT.values())


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("iv/c", "IV/c"), ("IV c", "IV/c"), ("IV-c", "IV/c"), ("IVc", "IV/c"), ("IV/C", "IV/c"), ("4/c", "IV/c"),
        ("Gol. III/a", "III/a"), ("golongan II/d", "II/d"), ("(IV/e)", "IV/e"), ("I/a", "I/a"),
        ("IX", "IX"), ("gol. ix", "IX"), ("Golongan XVII", "XVII"), ("9", "IX"),
    ],
)  # fmt: skip
def test_normalise_golongan(raw, expected):
    assert normalise_golongan(raw) == expected


@pytest.mark.parametrize("bad", ["V/a", "I/e", "IV/f", "XVIII", "IIII", "18", "Penata", ""])
def test_normalise_golongan_rejects_unknown(bad):
    with pytest.raises(ValueError, match="tidak dikenal"):
        normalise_golongan(bad)


@pytest.mark.parametrize(
    ("pangkat", "golongan", "expected"),
    [
        (None, "IV/c", "Pembina Utama Muda (IV/c)"),
        ("", "iv c", "Pembina Utama Muda (IV/c)"),
        ("Pembina Utama Muda", "IV/c", "Pembina Utama Muda (IV/c)"),
        ("pembina utama muda", None, "Pembina Utama Muda (IV/c)"),
        ("Pembina Tk. I", None, "Pembina Tingkat I (IV/b)"),
        ("PENATA MUDA TK.I", "III/b", "Penata Muda Tingkat I (III/b)"),
        ("Penata (III/c)", None, "Penata (III/c)"),
        ("Juru Tingkat 1", "I/d", "Juru Tingkat I (I/d)"),
        (None, "IX", "Golongan IX"),
    ],
)
def test_pangkat_golongan(pangkat, golongan, expected):
    assert pangkat_golongan(pangkat, golongan) == expected


@pytest.mark.parametrize(
    ("pangkat", "golongan", "match"),
    [
        ("Penata", "IV/c", "tidak cocok dengan golongan IV/c: Penata adalah III/c"),
        ("Jenderal", None, "pangkat 'Jenderal' tidak dikenal"),
        (None, None, "pangkat dan golongan kosong"),
        ("Penata", "III", "tulis golongan beserta ruang"),
        ("Penata (III/c)", "IV/c", "tidak sama dengan golongan dalam kurung"),
        (None, "V/a", "golongan 'V/a' tidak dikenal"),
    ],
)
def test_pangkat_golongan_rejects_with_hint(pangkat, golongan, match):
    with pytest.raises(ValueError, match=match):
        pangkat_golongan(pangkat, golongan)


@pytest.mark.parametrize("golongan", list(PANGKAT))
def test_every_pangkat_round_trips(golongan):
    assert pangkat_golongan(PANGKAT[golongan], None) == f"{PANGKAT[golongan]} ({golongan})"
