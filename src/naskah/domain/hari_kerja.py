"""Working days of Indonesian offices: weekends, national holidays and cuti bersama (SKB 3 Menteri).

The dates come from the maintained `holidays` package (country "ID"): its public holidays are the
SKB's hari libur nasional (plus days such as election days set by Keppres), and its "government"
category holds the SKB's cuti bersama, which the SKB lists separately. tests/domain/test_hari_kerja.py
checks 2024–2026 against the SKBs before we rely on them; no correction was needed for those years.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import cache

import holidays

from naskah.domain import tanggal

_SABTU, _MINGGU = 5, 6
_CARI_MAKS = 31  # days to look ahead for a working day; Idulfitri with cuti bersama spans about ten


@dataclasses.dataclass(frozen=True)
class BukanHariKerja:
    """Why `tanggal` is not a working day, and the working day that follows it."""

    tanggal: dt.date
    alasan: str  # "hari Sabtu", "hari libur nasional Hari Raya Waisak", "cuti bersama Hari Raya Natal"
    berikutnya: dt.date


@cache
def _libur(tahun: int) -> dict[dt.date, str]:
    return dict(holidays.country_holidays("ID", years=tahun, language="id"))


@cache
def _cuti_bersama(tahun: int) -> dict[dt.date, str]:
    return dict(holidays.country_holidays("ID", years=tahun, language="id", categories=("government",)))


def libur_nasional(d: dt.date) -> str | None:
    """Return the name of the national holiday on `d`, or None."""
    return _libur(d.year).get(d)


def cuti_bersama(d: dt.date) -> str | None:
    """Return the name of the cuti bersama on `d` (e.g. "Cuti Bersama Hari Raya Natal"), or None."""
    return _cuti_bersama(d.year).get(d)


def _alasan(d: dt.date) -> str | None:
    libur = libur_nasional(d)
    if libur:
        return f"hari libur nasional {libur}"
    cuti = cuti_bersama(d)
    if cuti:
        return "cuti bersama " + cuti.removeprefix("Cuti Bersama ")
    if d.weekday() in (_SABTU, _MINGGU):
        return f"hari {tanggal.hari(d)}"
    return None


def hari_kerja(d: dt.date) -> bool:
    """Return whether offices work on `d`: not a weekend, national holiday or cuti bersama."""
    return _alasan(d) is None


def hari_kerja_berikutnya(d: dt.date) -> dt.date:
    """Return the first working day after `d`."""
    for langkah in range(1, _CARI_MAKS + 1):
        calon = d + dt.timedelta(days=langkah)
        if hari_kerja(calon):
            return calon
    raise ValueError(f"tidak ada hari kerja dalam {_CARI_MAKS} hari sesudah {d}")


def periksa_hari_kerja(d: dt.date) -> BukanHariKerja | None:
    """Return why `d` is not a working day and the next working day, or None when it is one."""
    alasan = _alasan(d)
    return None if alasan is None else BukanHariKerja(d, alasan, hari_kerja_berikutnya(d))


def pesan(bukan: BukanHariKerja, apa: str = "upacara") -> str:
    """Return the warning: "upacara jatuh pada hari Sabtu (17 Oktober 2026); hari kerja berikutnya Senin, 19 …"."""
    return (
        f"{apa} jatuh pada {bukan.alasan} ({tanggal.tanggal(bukan.tanggal)}); hari kerja berikutnya "
        f"{tanggal.tanggal_panjang(bukan.berikutnya)}"
    )
