"""Numbers as official letters write them: terbilang, counts, rupiah and Roman numerals (EYD)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

BATAS_TERBILANG = 10**15

_SATUAN = (
    "", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    "sepuluh", "sebelas",
)  # fmt: skip
_SKALA = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu"))
_ROMAWI = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def _bulat(n: object, bawah: int, atas: int) -> bool:
    """Return whether `n` is a real int (bool excluded) from `bawah` to `atas` inclusive."""
    return isinstance(n, int) and not isinstance(n, bool) and bawah <= n <= atas


def terbilang(n: int) -> str:
    """Return `n` (0 to 10**15) in words: 1_001_000 → "satu juta seribu"."""
    if not _bulat(n, 0, BATAS_TERBILANG):
        msg = f"terbilang hanya untuk bilangan bulat 0 sampai 10^15 (seribu triliun), bukan {n!r}"
        raise ValueError(msg)
    return _kata(n) if n else "nol"


def _kata(n: int) -> str:
    """Return positive `n` in words; `se-` only in sepuluh, sebelas, seratus, seribu."""
    if n < 12:
        return _SATUAN[n]
    if n < 20:
        return f"{_SATUAN[n - 10]} belas"
    if n < 100:
        return _sambung(f"{_SATUAN[n // 10]} puluh", n % 10)
    if n < 1000:
        return _sambung("seratus" if n < 200 else f"{_SATUAN[n // 100]} ratus", n % 100)
    if n < 2000:
        return _sambung("seribu", n % 1000)
    # "satu juta", never "sejuta": formal letters spell the one out above ribu.
    skala, nama = next((skala, nama) for skala, nama in _SKALA if n >= skala)
    return _sambung(f"{_kata(n // skala)} {nama}", n % skala)


def _sambung(kepala: str, sisa: int) -> str:
    """Return `kepala` followed by the words for `sisa`, if any."""
    return f"{kepala} {_kata(sisa)}" if sisa else kepala


def _ribuan(n: int) -> str:
    """Return `n` in digits with dots between thousands: 10000 → "10.000"."""
    return f"{n:,}".replace(",", ".")


def jumlah(n: int, satuan: str) -> str:
    """Return a count in digits and words: (2, "tahun") → "2 (dua) tahun"."""
    teks = f"{_ribuan(n)} ({terbilang(n)})"
    return f"{teks} {satuan.strip()}" if satuan.strip() else teks


def _uang(x: int | Decimal | float) -> tuple[int, int]:
    """Return `x` rupiah as (whole rupiah, sen); refuse negatives and fractions of a sen."""
    if isinstance(x, bool) or not isinstance(x, (int, Decimal, float)):
        msg = f"nilai rupiah harus berupa angka, bukan {x!r}"
        raise ValueError(msg)
    # str() first: Decimal(0.1) would carry the binary error of the float into the sen.
    nilai = Decimal(str(x)) if isinstance(x, float) else Decimal(x)
    if not nilai.is_finite() or nilai < 0 or nilai * 100 != (nilai * 100).to_integral_value():
        msg = f"nilai rupiah {x!r} tidak dapat ditulis (harus 0 atau lebih, paling banyak 2 angka desimal)"
        raise ValueError(msg)
    utuh, sen = divmod(int(nilai * 100), 100)
    return utuh, sen


def rupiah(x: int | Decimal) -> str:
    """Return `x` as EYD writes money: 10000 → "Rp10.000,00"."""
    utuh, sen = _uang(x)
    return f"Rp{_ribuan(utuh)},{sen:02d}"


def rupiah_terbilang(x: int | Decimal) -> str:
    """Return `x` in digits and words: "Rp10.000,00 (sepuluh ribu rupiah)".

    Sen, when present, are spelled after the rupiah: "Rp10.000,50 (sepuluh ribu rupiah
    lima puluh sen)"; an amount under one rupiah reads "(lima puluh sen)".
    """
    utuh, sen = _uang(x)
    bagian = [f"{terbilang(utuh)} rupiah"] if utuh or not sen else []
    bagian += [f"{terbilang(sen)} sen"] if sen else []
    return f"{rupiah(x)} ({' '.join(bagian)})"


def romawi(n: int) -> str:
    """Return `n` (1 to 3999) in Roman numerals: 6 → "VI"."""
    if not _bulat(n, 1, 3999):
        msg = f"angka Romawi hanya untuk bilangan bulat 1 sampai 3999, bukan {n!r}"
        raise ValueError(msg)
    hasil = ""
    for nilai, huruf in _ROMAWI:
        kali, n = divmod(n, nilai)
        hasil += huruf * kali
    return hasil


def bulan_romawi(d_or_month: dt.date | int) -> str:
    """Return the month of a date, or a month number 1 to 12, in Roman numerals: June → "VI"."""
    bulan = d_or_month.month if isinstance(d_or_month, dt.date) else d_or_month
    if not _bulat(bulan, 1, 12):
        msg = f"bulan harus 1 sampai 12, bukan {d_or_month!r}"
        raise ValueError(msg)
    return romawi(bulan)
