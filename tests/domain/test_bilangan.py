"""Tests for naskah.domain.bilangan: terbilang, counts, rupiah, Roman numerals."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from naskah.domain.bilangan import bulan_romawi, jumlah, romawi, rupiah, rupiah_terbilang, terbilang

_DIGIT = {w: i for i, w in enumerate("nol satu dua tiga empat lima enam tujuh delapan sembilan".split())}
_TETAP = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}
_SKALA = {"triliun": 10**12, "miliar": 10**9, "juta": 10**6, "ribu": 10**3}
_SE = {"sepuluh", "sebelas", "seratus", "seribu", "sembilan"}  # sembilan only looks like se-


def _parse(teks: str) -> int:
    """Inverse of terbilang, written independently: split on the largest scale word, then add up."""
    return _baca(teks.split())


def _baca(kata: list[str]) -> int:
    for skala, nilai in _SKALA.items():
        if skala in kata:
            i = kata.index(skala)
            assert kata[:i], f"{skala!r} without a multiplier"
            return _baca(kata[:i]) * nilai + _baca(kata[i + 1 :])
    total, angka = 0, 0
    for k in kata:
        if k in _TETAP:
            total += _TETAP[k]
        elif k in ("belas", "puluh", "ratus"):
            total += angka + 10 if k == "belas" else angka * (10 if k == "puluh" else 100)
            angka = 0
        else:
            angka = _DIGIT[k]
    return total + angka


def _dari_romawi(teks: str) -> int:
    nilai = [{"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}[c] for c in teks]
    return sum(-v if v < nxt else v for v, nxt in zip(nilai, nilai[1:] + [0], strict=False))


angka = st.integers(min_value=0, max_value=10**15)


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (24, "dua puluh empat"),
        (100, "seratus"),
        (111, "seratus sebelas"),
        (115, "seratus lima belas"),
        (200, "dua ratus"),
        (1000, "seribu"),
        (1100, "seribu seratus"),
        (2000, "dua ribu"),
        (2024, "dua ribu dua puluh empat"),
        (10_000, "sepuluh ribu"),
        (21_000, "dua puluh satu ribu"),
        (101_000, "seratus satu ribu"),
        (110_000, "seratus sepuluh ribu"),
        (10**6, "satu juta"),
        (1_001_000, "satu juta seribu"),
        (2_500_000, "dua juta lima ratus ribu"),
        (10**9, "satu miliar"),
        (1_000_000_001, "satu miliar satu"),
        (10**12, "satu triliun"),
        (10**15, "seribu triliun"),
    ],
)
def test_terbilang_golden(n, expected):
    assert terbilang(n) == expected


@pytest.mark.parametrize("n", [-1, 10**15 + 1, True, False, 1.0, "5", None, Decimal(5)])
def test_terbilang_rejects_out_of_range_and_non_int(n):
    with pytest.raises(ValueError, match="bilangan bulat 0 sampai 10\\^15"):
        terbilang(n)


@given(angka)
def test_terbilang_round_trip(n):
    assert _parse(terbilang(n)) == n


@given(angka)
def test_terbilang_is_clean(n):
    words = terbilang(n)
    assert words == words.strip() and "  " not in words
    assert not re.search(r"\bsatu (puluh|ratus|belas)\b", words)
    assert not words.startswith("satu ribu")  # 1000-1999 start with "seribu"


@given(angka)
def test_se_prefix_only_in_four_words(n):
    assert {w for w in terbilang(n).split() if w.startswith("se")} <= _SE


@pytest.mark.parametrize(
    ("n", "satuan", "expected"),
    [
        (1, "lembar", "1 (satu) lembar"),
        (2, "tahun", "2 (dua) tahun"),
        (2, "asli", "2 (dua) asli"),
        (1000, " eksemplar ", "1.000 (seribu) eksemplar"),
        (3, "", "3 (tiga)"),
    ],
)
def test_jumlah(n, satuan, expected):
    assert jumlah(n, satuan) == expected


def test_jumlah_rejects_negative():
    with pytest.raises(ValueError):
        jumlah(-1, "lembar")


@pytest.mark.parametrize(
    ("x", "expected"),
    [
        (0, "Rp0,00"),
        (999, "Rp999,00"),
        (10_000, "Rp10.000,00"),
        (1_250_000, "Rp1.250.000,00"),
        (Decimal("1250000.5"), "Rp1.250.000,50"),
        (Decimal("10000.00"), "Rp10.000,00"),
        (Decimal("1E+3"), "Rp1.000,00"),
        (10.1, "Rp10,10"),
    ],
)
def test_rupiah(x, expected):
    assert rupiah(x) == expected


@pytest.mark.parametrize(
    "x", [-1, Decimal("0.001"), Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"), float("nan"), "10000", True]
)
def test_rupiah_rejects(x):
    with pytest.raises(ValueError, match="nilai rupiah"):
        rupiah(x)


@given(st.integers(min_value=0, max_value=10**18))
def test_rupiah_digits_round_trip(n):
    teks = rupiah(n)
    assert re.fullmatch(r"Rp\d{1,3}(\.\d{3})*,00", teks)
    assert int(teks[2:-3].replace(".", "")) == n


@pytest.mark.parametrize(
    ("x", "expected"),
    [
        (10_000, "Rp10.000,00 (sepuluh ribu rupiah)"),
        (0, "Rp0,00 (nol rupiah)"),
        (1_001_000, "Rp1.001.000,00 (satu juta seribu rupiah)"),
        (Decimal("10000.50"), "Rp10.000,50 (sepuluh ribu rupiah lima puluh sen)"),
        (Decimal("0.05"), "Rp0,05 (lima sen)"),
    ],
)
def test_rupiah_terbilang(x, expected):
    assert rupiah_terbilang(x) == expected


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "I"), (4, "IV"), (6, "VI"), (9, "IX"), (14, "XIV"), (40, "XL"), (90, "XC"), (400, "CD"),
     (1994, "MCMXCIV"), (2024, "MMXXIV"), (3999, "MMMCMXCIX")],
)  # fmt: skip
def test_romawi_golden(n, expected):
    assert romawi(n) == expected


def test_romawi_round_trip_and_canonical_for_all():
    canonical = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
    for n in range(1, 4000):
        teks = romawi(n)
        assert canonical.fullmatch(teks) and _dari_romawi(teks) == n, n


@pytest.mark.parametrize("n", [0, 4000, -1, True, 1.0])
def test_romawi_rejects(n):
    with pytest.raises(ValueError, match="1 sampai 3999"):
        romawi(n)


@pytest.mark.parametrize(
    ("bulan", "expected"), list(enumerate("I II III IV V VI VII VIII IX X XI XII".split(), start=1))
)
def test_bulan_romawi(bulan, expected):
    assert bulan_romawi(bulan) == expected
    assert bulan_romawi(dt.date(2024, bulan, 28)) == expected


@pytest.mark.parametrize("bulan", [0, 13, "6", True])
def test_bulan_romawi_rejects(bulan):
    with pytest.raises(ValueError, match="bulan harus 1 sampai 12"):
        bulan_romawi(bulan)
