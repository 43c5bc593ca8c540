"""Working days: the `holidays` package checked against the SKB 3 Menteri for 2024–2026 before we rely on it."""

from __future__ import annotations

import datetime as dt

import pytest

from naskah.domain import hari_kerja

D = dt.date
# Hari libur nasional per SKB Menteri Agama, Menteri Ketenagakerjaan dan MenPAN-RB (cuti bersama listed apart),
# plus the election days declared holidays by Keppres (14 February and 27 November 2024).
LIBUR_SKB = {
    2024: [D(2024, 1, 1), D(2024, 2, 8), D(2024, 2, 10), D(2024, 2, 14), D(2024, 3, 11), D(2024, 3, 29),
           D(2024, 3, 31), D(2024, 4, 10), D(2024, 4, 11), D(2024, 5, 1), D(2024, 5, 9), D(2024, 5, 23),
           D(2024, 6, 1), D(2024, 6, 17), D(2024, 7, 7), D(2024, 8, 17), D(2024, 9, 16), D(2024, 11, 27),
           D(2024, 12, 25)],
    2025: [D(2025, 1, 1), D(2025, 1, 27), D(2025, 1, 29), D(2025, 3, 29), D(2025, 3, 31), D(2025, 4, 1),
           D(2025, 4, 18), D(2025, 4, 20), D(2025, 5, 1), D(2025, 5, 12), D(2025, 5, 29), D(2025, 6, 1),
           D(2025, 6, 6), D(2025, 6, 27), D(2025, 8, 17), D(2025, 9, 5), D(2025, 12, 25)],
    2026: [D(2026, 1, 1), D(2026, 1, 16), D(2026, 2, 17), D(2026, 3, 19), D(2026, 3, 21), D(2026, 3, 22),
           D(2026, 4, 3), D(2026, 4, 5), D(2026, 5, 1), D(2026, 5, 14), D(2026, 5, 27), D(2026, 5, 31),
           D(2026, 6, 1), D(2026, 6, 16), D(2026, 8, 17), D(2026, 8, 25), D(2026, 12, 25)],
}  # fmt: skip
CUTI_BERSAMA_SKB = {
    2024: [D(2024, 2, 9), D(2024, 3, 12), D(2024, 4, 8), D(2024, 4, 9), D(2024, 4, 12), D(2024, 4, 15),
           D(2024, 5, 10), D(2024, 5, 24), D(2024, 6, 18), D(2024, 12, 26)],
    2025: [D(2025, 1, 28), D(2025, 3, 28), D(2025, 4, 2), D(2025, 4, 3), D(2025, 4, 4), D(2025, 4, 7),
           D(2025, 5, 13), D(2025, 5, 30), D(2025, 6, 9), D(2025, 8, 18), D(2025, 12, 26)],
    2026: [D(2026, 2, 16), D(2026, 3, 18), D(2026, 3, 20), D(2026, 3, 23), D(2026, 3, 24), D(2026, 5, 15),
           D(2026, 5, 28), D(2026, 12, 24)],
}  # fmt: skip


@pytest.mark.parametrize("tahun", sorted(LIBUR_SKB))
def test_national_holidays_match_the_skb(tahun):
    hari = [D(tahun, 1, 1) + dt.timedelta(days=i) for i in range(366)]
    libur = [d for d in hari if d.year == tahun and hari_kerja.libur_nasional(d)]
    assert libur == LIBUR_SKB[tahun]


@pytest.mark.parametrize("tahun", sorted(CUTI_BERSAMA_SKB))
def test_cuti_bersama_are_kept_apart_from_the_holidays(tahun):
    hari = [D(tahun, 1, 1) + dt.timedelta(days=i) for i in range(365)]  # 31 December is never one
    cuti = [d for d in hari if hari_kerja.cuti_bersama(d)]
    assert cuti == CUTI_BERSAMA_SKB[tahun]
    assert not any(hari_kerja.libur_nasional(d) for d in cuti)


def test_hkn_on_a_saturday_moves_to_monday():
    bukan = hari_kerja.periksa_hari_kerja(D(2026, 10, 17))
    assert bukan is not None and bukan.berikutnya == D(2026, 10, 19)
    assert hari_kerja.pesan(bukan) == (
        "upacara jatuh pada hari Sabtu (17 Oktober 2026); hari kerja berikutnya Senin, 19 Oktober 2026"
    )


def test_a_holiday_followed_by_cuti_bersama_skips_both():
    bukan = hari_kerja.periksa_hari_kerja(D(2024, 5, 23))  # Waisak on Thursday, cuti bersama on Friday
    assert bukan is not None and bukan.alasan == "hari libur nasional Hari Raya Waisak"
    assert bukan.berikutnya == D(2024, 5, 27)
    lebaran = hari_kerja.periksa_hari_kerja(D(2025, 4, 2))
    assert lebaran is not None and lebaran.alasan == "cuti bersama Hari Raya Idul Fitri"
    assert lebaran.berikutnya == D(2025, 4, 8)


def test_a_working_day_gives_no_warning():
    assert hari_kerja.periksa_hari_kerja(D(2024, 6, 24)) is None
    assert hari_kerja.hari_kerja(D(2025, 10, 17))  # Friday
