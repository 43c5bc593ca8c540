"""The letter number (nomor surat) built from the office's pattern.

`pola_nomor` is written in naskah's own small pattern language (`naskah.domain.pola`): literal text and
the fields `{name}` or `{name:0N}` of `ISIAN_NOMOR`. Nothing else.
"""

from __future__ import annotations

import datetime as dt

from naskah.domain import bilangan
from naskah.domain import pola as pola_mod
from naskah.domain.schema import OTOMATIS, Instansi, Surat
from naskah.errors import PolaNomorError, RenderError

ISIAN_NOMOR = ("kka", "urut", "unit", "bulan", "bulan_romawi", "tahun")


def isian_pola(pola: str) -> list[str]:
    """Return the field names used by `pola`; an invalid pattern raises `PolaNomorError` (a ValueError)."""
    return pola_mod.isian(pola, ISIAN_NOMOR)


def masalah_pola(pola: str) -> PolaNomorError | None:
    """Return what is wrong with `pola` (its message names the field and what is allowed), or None."""
    return pola_mod.masalah(pola, ISIAN_NOMOR)


def isi_nilai(pola: str, values: dict[str, str]) -> str:
    """Return `pola` with its fields filled from `values` (zero-padded where the field says so)."""
    return pola_mod.isi(pola, values, ISIAN_NOMOR)


def otomatis(value: str | None) -> bool:
    """Return whether a number field says 'otomatis': taken from the buku agenda when the documents are made."""
    return value is not None and value.strip().lower() == OTOMATIS


def dari_agenda(surat: Surat) -> bool:
    """Return whether the letter's number is to be taken from the buku agenda."""
    return otomatis(surat.nomor) or (not surat.nomor and otomatis(surat.urut))


def isi_pola(pola: str, *, kka: str | None, urut: str | None, unit: str | None, tanggal: dt.date) -> str:
    """Return `pola` filled in: the number of a letter (or an MoU party) dated `tanggal`."""
    values = {
        "kka": kka or "",
        "urut": urut or "",
        "unit": unit or "",
        "bulan": f"{tanggal.month:02d}",
        "bulan_romawi": bilangan.romawi(tanggal.month),
        "tahun": str(tanggal.year),
    }
    return isi_nilai(pola, values)


def nomor_surat(surat: Surat, instansi: Instansi) -> str:
    """Return the letter number: the written `nomor`, or `pola_nomor` filled from the surat data."""
    if dari_agenda(surat):
        # A letter must never be printed with the word 'otomatis' in its number.
        raise RenderError("nomor surat belum diambil dari buku agenda (surat.urut: otomatis)")
    if surat.nomor:
        return surat.nomor
    unit = surat.unit or instansi.singkatan
    return isi_pola(surat.pola_nomor, kka=surat.kka, urut=surat.urut, unit=unit, tanggal=surat.tanggal)


def kekurangan_nomor(surat: Surat, instansi: Instansi) -> list[str]:
    """Return the surat keys still needed to build the number (empty when it can be built)."""
    if surat.nomor and not otomatis(surat.nomor):
        return []
    # 'nomor: otomatis' takes the urut from the buku agenda: only the pattern's other parts are needed.
    urut = OTOMATIS if otomatis(surat.nomor) else surat.urut
    needed = {"kka": surat.kka, "urut": urut, "unit": surat.unit or instansi.singkatan}
    return [key for key in isian_pola(surat.pola_nomor) if key in needed and not needed[key]]
