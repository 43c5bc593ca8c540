"""Dates and times as EYD writes them: "Senin, 24 Juni 2024", "pukul 09.00 WITA", Hijri dates."""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re

from babel.dates import format_date, get_day_names, get_month_names
from hijridate import Gregorian
from hijridate.ummalqura import GREGORIAN_RANGE

from naskah.domain.bilangan import terbilang
from naskah.domain.wilayah import ZONA_WAKTU

# EYD spells the day "Jumat". Babel's CLDR data agrees today; the popular "Jum'at" is mapped
# anyway so a change in locale data cannot leak a non-EYD spelling into a signed letter.
_EYD = {"Jum'at": "Jumat"}

_BULAN = {nama.lower(): nomor for nomor, nama in get_month_names("wide", locale="id").items()}
_HARI = {_EYD.get(n, n).lower(): nomor for nomor, n in get_day_names("wide", locale="id").items()}
_HARI |= {"jum'at": calendar.FRIDAY, "ahad": calendar.SUNDAY}

BULAN_HIJRIAH = (
    "Muharam", "Safar", "Rabiulawal", "Rabiulakhir", "Jumadilawal", "Jumadilakhir",
    "Rajab", "Syakban", "Ramadan", "Syawal", "Zulkaidah", "Zulhijah",
)  # fmt: skip

_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
_DMY = re.compile(r"(?P<d>\d{1,2})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})")
_KATA = re.compile(
    r"(?:(?P<hari>[^\W\d_]+(?:'[^\W\d_]+)?)\s*(?:,\s*|\s))?(?P<d>\d{1,2}) (?P<bulan>[^\W\d_]+) (?P<y>\d{4})"
)
_JAM = re.compile(r"(?P<h>\d{1,2})[.:](?P<m>\d{2})")


def hari(d: dt.date) -> str:
    """Return the day name of `d`: "Senin"."""
    nama = format_date(d, "EEEE", locale="id")
    return _EYD.get(nama, nama)


def _bulan(d: dt.date) -> str:
    """Return the month name of `d`: "Juni"."""
    return format_date(d, "MMMM", locale="id")


def tanggal(d: dt.date) -> str:
    """Return `d` as "24 Juni 2024" (no leading zero, full month name)."""
    return f"{d.day} {_bulan(d)} {d.year}"


def tanggal_panjang(d: dt.date) -> str:
    """Return `d` with its day name: "Senin, 24 Juni 2024"."""
    return f"{hari(d)}, {tanggal(d)}"


def tanggal_angka(d: dt.date) -> str:
    """Return `d` in digits: "24-06-2024"."""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


def tanggal_terbilang(d: dt.date) -> str:
    """Return `d` in words, as in an MoU opening: "hari Senin tanggal dua puluh empat bulan Juni ..."."""
    kata = f"hari {hari(d)} tanggal {terbilang(d.day)} bulan {_bulan(d)} tahun {terbilang(d.year)}"
    return f"{kata} ({tanggal_angka(d)})"


def jam(t: dt.time) -> str:
    """Return `t` as "09.00" (24-hour, dot, seconds dropped)."""
    return f"{t.hour:02d}.{t.minute:02d}"


def _zona(zona: str | None) -> str:
    """Return " WITA" for `zona`, or "" when there is none."""
    if not zona:
        return ""
    if zona.strip().upper() not in ZONA_WAKTU:
        msg = f"zona waktu {zona!r} tidak dikenal; pilih WIB, WITA, atau WIT"
        raise ValueError(msg)
    return f" {zona.strip().upper()}"


def pukul(t: dt.time, zona: str | None = None) -> str:
    """Return "pukul 09.00 WITA" (or "pukul 09.00" without `zona`)."""
    return f"pukul {jam(t)}{_zona(zona)}"


def rentang_waktu(mulai: dt.time, selesai: dt.time | None = None, zona: str | None = None) -> str:
    """Return "09.00 s.d. 12.00 WITA", or "09.00 WITA s.d. selesai" when `selesai` is None.

    The order of `mulai` and `selesai` is not checked: an evening event may end after midnight.
    """
    if selesai is None:
        return f"{jam(mulai)}{_zona(zona)} s.d. selesai"
    return f"{jam(mulai)} s.d. {jam(selesai)}{_zona(zona)}"


def tanggal_hijriah(d: dt.date, koreksi: int = 0) -> str:
    """Return the Hijri date of `d` (Umm al-Qura), shifted by `koreksi` days: "17 Zulhijah 1445 H".

    Indonesia fixes month starts by rukyat, so its count can differ from Umm al-Qura by a day
    (Zulhijah 1445: Idul Adha was 17 June 2024 here, 16 June in Umm al-Qura, hence `koreksi=-1`).
    The shift moves the Gregorian date, so near a month boundary the Umm al-Qura month length applies.
    """
    if isinstance(koreksi, bool) or not isinstance(koreksi, int) or koreksi not in (-1, 0, 1):
        msg = f"koreksi tanggal Hijriah harus -1, 0, atau 1 (hari), bukan {koreksi!r}"
        raise ValueError(msg)
    try:
        h = Gregorian.fromdate(d + dt.timedelta(days=koreksi)).to_hijri()
    except OverflowError as exc:
        awal, akhir = (dt.date(*batas) for batas in GREGORIAN_RANGE)
        msg = f"tanggal Hijriah hanya dapat dihitung untuk {tanggal(awal)} s.d. {tanggal(akhir)}, bukan {tanggal(d)}"
        raise ValueError(msg) from exc
    return f"{h.day} {BULAN_HIJRIAH[h.month - 1]} {h.year} H"


def parse_tanggal(value: str | dt.date) -> dt.date:
    """Return the date written in `value`.

    Accepts a date, "2024-06-24", "24-06-2024", "24/06/2024", "24 Juni 2024" and
    "Senin, 24 Juni 2024"; a day name must match the date. Years need four digits.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    # Word processors turn Jum'at into Jum’at.
    teks = " ".join(value.replace("\u2019", "'").split()) if isinstance(value, str) else ""
    if m := _ISO.fullmatch(teks) or _DMY.fullmatch(teks):
        return _buat_tanggal(value, int(m["y"]), int(m["m"]), int(m["d"]))
    if m := _KATA.fullmatch(teks):
        return _parse_kata(value, m)
    msg = f"format tanggal tidak dikenali: {value!r}; tulis seperti 2024-06-24"
    raise ValueError(msg)


def _parse_kata(value: str, m: re.Match[str]) -> dt.date:
    """Return the date of a matched "Senin, 24 Juni 2024", checking month and day names."""
    bulan = _BULAN.get(m["bulan"].lower())
    if bulan is None:
        mirip = difflib.get_close_matches(m["bulan"].lower(), _BULAN, n=1)
        saran = f"maksud Anda '{mirip[0].title()}'?" if mirip else "tulis seperti 24 Juni 2024"
        msg = f"nama bulan {m['bulan']!r} dalam {value!r} tidak dikenal; {saran}"
        raise ValueError(msg)
    d = _buat_tanggal(value, int(m["y"]), bulan, int(m["d"]))
    if m["hari"] and not hari_cocok(m["hari"], d):
        msg = f"{tanggal(d)} jatuh pada hari {hari(d)}, bukan {m['hari']}"
        raise ValueError(msg)
    return d


def _buat_tanggal(value: str, tahun: int, bulan: int, hari_: int) -> dt.date:
    """Return date(`tahun`, `bulan`, `hari_`), explaining in Indonesian why it does not exist."""
    if tahun < 1:
        msg = f"tanggal {value!r} tidak ada (tahun paling awal 0001)"
        raise ValueError(msg)
    if not 1 <= bulan <= 12:
        msg = f"tanggal {value!r} tidak ada (bulan hanya 1 sampai 12)"
        raise ValueError(msg)
    akhir = calendar.monthrange(tahun, bulan)[1]
    if not 1 <= hari_ <= akhir:
        nama = _bulan(dt.date(tahun, bulan, 1))
        msg = f"tanggal {value!r} tidak ada ({nama} {tahun} hanya sampai {akhir})"
        raise ValueError(msg)
    return dt.date(tahun, bulan, hari_)


def parse_jam(value: str | dt.time) -> dt.time:
    """Return the time written in `value`: "09.00", "09:00", "9.00" or "9:00"."""
    if isinstance(value, dt.time):
        return value
    if isinstance(value, (int, float)):
        # YAML 1.1 reads an unquoted 09.00 as the float 9.0 and 10:30 as the integer 630.
        msg = f'jam {value!r} terbaca sebagai angka, bukan teks; tulis dalam tanda kutip seperti "09.00"'
        raise ValueError(msg)
    m = _JAM.fullmatch(value.strip()) if isinstance(value, str) else None
    if m is None:
        msg = f"format jam tidak dikenali: {value!r}; tulis seperti 09.00"
        raise ValueError(msg)
    if int(m["h"]) > 23 or int(m["m"]) > 59:
        msg = f"jam {value!r} tidak ada (jam 00 sampai 23, menit 00 sampai 59); tulis seperti 09.00"
        raise ValueError(msg)
    return dt.time(int(m["h"]), int(m["m"]))


def hari_cocok(nama_hari: str, d: dt.date) -> bool:
    """Return whether `nama_hari` ("senin", "Jum'at", "Ahad") names the weekday of `d`."""
    kunci = " ".join(nama_hari.split()).lower().replace("\u2019", "'")
    return _HARI.get(kunci) == d.weekday()
