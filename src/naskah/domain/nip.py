"""NIP (PNS) and NI PPPK numbers, pangkat and golongan/ruang (domain §5)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

_PREFIX = re.compile(r"^\s*(?:NIP|NI\s*PPPK)\s*[.:]?\s*", re.IGNORECASE)
_DIGITS_AND_SEPARATORS = re.compile(r"[0-9\s.\-]*")
_KODE_PPPK = ("21", "24")  # 21 = PPPK, 24 reported for PPPK paruh waktu (§5)
_UMUR_MINIMUM = 18

PANGKAT: dict[str, str] = {
    "I/a": "Juru Muda",
    "I/b": "Juru Muda Tingkat I",
    "I/c": "Juru",
    "I/d": "Juru Tingkat I",
    "II/a": "Pengatur Muda",
    "II/b": "Pengatur Muda Tingkat I",
    "II/c": "Pengatur",
    "II/d": "Pengatur Tingkat I",
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tingkat I",
    "III/c": "Penata",
    "III/d": "Penata Tingkat I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tingkat I",
    "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}
_GOLONGAN_PPPK = (
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
    "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
)  # fmt: skip
_ROMAWI_PNS = {"1": "I", "2": "II", "3": "III", "4": "IV"}
_GOLONGAN = re.compile(r"^(?:gol(?:ongan)?\.?\s*)?([ivx]+|\d{1,2})\s*(?:[/\-\s]?\s*([a-e]))?$", re.IGNORECASE)
_DENGAN_KURUNG = re.compile(r"^(.*?)\s*\(([^()]*)\)$")


def bersihkan_nip(s: str) -> str:
    """Return `s` as bare digits when it holds only digits and separators, else `s` stripped.

    A leading "NIP", "NIP." or "NI PPPK" label is dropped; spaces, dots and hyphens count as separators.
    """
    tanpa_label = _PREFIX.sub("", s)
    if _DIGITS_AND_SEPARATORS.fullmatch(tanpa_label):
        return re.sub(r"[^0-9]", "", tanpa_label)
    return s.strip()


def jenis_nip(s: str) -> Literal["PNS", "PPPK"]:
    """Return "PPPK" when digits 13–14 are a PPPK code (21/24), else "PNS"; ValueError unless 18 digits."""
    angka = _delapan_belas(s)
    return "PPPK" if angka[12:14] in _KODE_PPPK else "PNS"


def periksa_nip(s: str) -> list[str]:
    """Return every problem with NIP `s` as an Indonesian sentence; an empty list means valid."""
    angka = bersihkan_nip(s)
    if not angka:
        return ["NIP kosong"]
    if not angka.isascii() or not angka.isdigit():
        return [f"NIP hanya boleh berisi angka (boleh dipisah spasi), tertulis '{angka}'"]
    if len(angka) != 18:
        return [f"NIP harus 18 angka, tertulis {len(angka)}"]
    return _periksa_lahir(angka) + _periksa_tmt(angka) + _periksa_ekor(angka)


def _periksa_lahir(angka: str) -> list[str]:
    tahun, bulan, hari = int(angka[0:4]), int(angka[4:6]), int(angka[6:8])
    try:
        dt.date(tahun, bulan, hari)
    except ValueError:
        return [f"tanggal lahir pada NIP (angka 1–8, {angka[0:8]}) bukan tanggal yang sah"]
    if tahun < 1900:
        return [f"tahun lahir pada NIP ({angka[0:4]}) tampaknya salah"]
    return []


def _periksa_tmt(angka: str) -> list[str]:
    pppk = angka[12:14] in _KODE_PPPK
    problems = []
    if not pppk and not 1 <= int(angka[12:14]) <= 12:
        problems.append(f"bulan TMT CPNS pada NIP (angka 13–14, {angka[12:14]}) harus 01–12")
    tahun_tmt, tahun_lahir = int(angka[8:12]), int(angka[0:4])
    # Heuristic only: the first appointment can hardly come before the 18th birthday.
    if tahun_tmt < tahun_lahir + _UMUR_MINIMUM:
        label = "pengangkatan PPPK" if pppk else "TMT CPNS"
        problems.append(
            f"tahun {label} pada NIP ({tahun_tmt}) tampaknya salah: "
            f"kurang dari {_UMUR_MINIMUM} tahun setelah tahun lahir ({tahun_lahir})"
        )
    return problems


def _periksa_ekor(angka: str) -> list[str]:
    problems = []
    if angka[14] not in "12":
        problems.append(f"angka ke-15 NIP (jenis kelamin) harus 1 atau 2, tertulis {angka[14]}")
    if angka[15:18] == "000":
        problems.append("nomor urut pada NIP (angka 16–18) tidak boleh 000")
    return problems


def format_nip(s: str, gaya: str = "spasi") -> str:
    """Return NIP `s` written in `gaya`; ValueError unless `s` holds 18 digits.

    "spasi" groups by field: PNS 8-6-1-3 ("19680411 199303 1 009"), PPPK 8-4-2-1-3
    ("19900101 2022 21 1 001", the NI PPPK layout in §5). "seragam" uses 8-6-1-3 for both,
    as many offices print NI PPPK like a NIP. "rapat" is the 18 digits unspaced.
    """
    angka = _delapan_belas(s)
    if gaya == "rapat":
        return angka
    if gaya == "spasi" and angka[12:14] in _KODE_PPPK:
        return " ".join((angka[0:8], angka[8:12], angka[12:14], angka[14], angka[15:18]))
    if gaya in ("spasi", "seragam"):
        return " ".join((angka[0:8], angka[8:14], angka[14], angka[15:18]))
    msg = f"gaya NIP '{gaya}' tidak dikenal; pilih 'spasi', 'seragam' atau 'rapat'"
    raise ValueError(msg)


def _delapan_belas(s: str) -> str:
    angka = bersihkan_nip(s)
    if not (angka.isascii() and angka.isdigit() and len(angka) == 18):
        msg = f"NIP harus 18 angka, tertulis '{s.strip()}'"
        raise ValueError(msg)
    return angka


def normalise_golongan(s: str) -> str:
    """Return golongan `s` in canonical form: PNS "iv c" → "IV/c"; PPPK "gol. ix" → "IX".

    A bare Roman numeral (no ruang) is read as a PPPK golongan (I–XVII); Arabic numerals are
    accepted too ("4c" → "IV/c", "9" → "IX"). Anything else raises ValueError.
    """
    m = _GOLONGAN.fullmatch(s.strip().strip("()").strip())
    if not m:
        raise ValueError(_golongan_salah(s))
    angka, ruang = m.group(1).upper(), (m.group(2) or "").lower()
    romawi = _ROMAWI_PNS.get(angka, angka) if ruang else _romawi_pppk(angka)
    kandidat = f"{romawi}/{ruang}" if ruang else romawi
    if kandidat in PANGKAT or kandidat in _GOLONGAN_PPPK:
        return kandidat
    raise ValueError(_golongan_salah(s))


def _romawi_pppk(angka: str) -> str:
    if angka.isdigit() and 1 <= int(angka) <= len(_GOLONGAN_PPPK):
        return _GOLONGAN_PPPK[int(angka) - 1]
    return angka


def _golongan_salah(s: str) -> str:
    return (
        f"golongan '{s.strip()}' tidak dikenal; tulis golongan/ruang PNS (I/a sampai IV/e, mis. 'IV/c') "
        "atau golongan PPPK (I sampai XVII, mis. 'IX')"
    )


def pangkat_golongan(pangkat: str | None, golongan: str | None) -> str:
    """Return the pangkat line, e.g. "Pembina Utama Muda (IV/c)"; PPPK golongan gives "Golongan IX".

    Either argument may be missing and is then derived from the other; `pangkat` may carry the
    golongan in brackets. A mismatch, an unknown pangkat, or a pangkat for a PPPK golongan
    raises ValueError with a hint.
    """
    pangkat, golongan = _pisah_kurung(pangkat, golongan)
    gol = normalise_golongan(golongan) if golongan else None
    if gol in _GOLONGAN_PPPK:
        if pangkat:
            msg = (
                f"golongan '{gol}' tanpa ruang dibaca sebagai golongan PPPK, dan PPPK tidak memiliki pangkat; "
                "untuk PNS tulis golongan beserta ruang, mis. 'III/c'"
            )
            raise ValueError(msg)
        return f"Golongan {gol}"
    if not pangkat:
        if gol is None:
            msg = "pangkat dan golongan kosong; isi salah satunya, mis. golongan 'IV/c'"
            raise ValueError(msg)
        return f"{PANGKAT[gol]} ({gol})"
    gol_pangkat = _golongan_dari_pangkat(pangkat)
    if gol and gol != gol_pangkat:
        msg = (
            f"pangkat '{pangkat}' tidak cocok dengan golongan {gol}: "
            f"{PANGKAT[gol_pangkat]} adalah {gol_pangkat}, golongan {gol} adalah {PANGKAT[gol]}"
        )
        raise ValueError(msg)
    return f"{PANGKAT[gol_pangkat]} ({gol_pangkat})"


def _pisah_kurung(pangkat: str | None, golongan: str | None) -> tuple[str | None, str | None]:
    """Return (pangkat, golongan) with "Penata (III/c)" split; a bracket never overrides a mismatch."""
    pangkat = (pangkat or "").strip() or None
    golongan = (golongan or "").strip() or None
    m = _DENGAN_KURUNG.fullmatch(pangkat) if pangkat else None
    if not m:
        return pangkat, golongan
    dalam = m.group(2)
    if golongan and normalise_golongan(golongan) != normalise_golongan(dalam):
        msg = f"golongan '{golongan}' tidak sama dengan golongan dalam kurung pada pangkat '{pangkat}'"
        raise ValueError(msg)
    return m.group(1).strip() or None, dalam


def _golongan_dari_pangkat(pangkat: str) -> str:
    kunci = _kunci_pangkat(pangkat)
    for gol, nama in PANGKAT.items():
        if _kunci_pangkat(nama) == kunci:
            return gol
    msg = f"pangkat '{pangkat}' tidak dikenal; contoh yang benar: 'Penata Muda Tingkat I', 'Pembina Utama Muda'"
    raise ValueError(msg)


def _kunci_pangkat(pangkat: str) -> str:
    """Return a comparison key where "Tk. I", "TK.I" and "Tingkat 1" all read "tingkat i"."""
    kunci = " ".join(pangkat.lower().replace(".", ". ").split())
    return re.sub(r"\b(?:tk\.?|tingkat)\s*(?:i|1)$", "tingkat i", kunci)
