"""The letter number (nomor surat) built from the office's pattern."""

from __future__ import annotations

import string

from naskah.domain import bilangan
from naskah.domain.schema import Instansi, Surat

ISIAN_NOMOR = ("kka", "urut", "unit", "bulan", "bulan_romawi", "tahun")


def isian_pola(pola: str) -> list[str]:
    """Return the `{names}` used by `pola`; a malformed pattern raises ValueError."""
    return [name for _, name, _, _ in string.Formatter().parse(pola) if name is not None]


def nomor_surat(surat: Surat, instansi: Instansi) -> str:
    """Return the letter number: the written `nomor`, or `pola_nomor` filled from the surat data."""
    if surat.nomor:
        return surat.nomor
    values = {
        "kka": surat.kka or "",
        "urut": surat.urut or "",
        "unit": surat.unit or instansi.singkatan or "",
        "bulan": f"{surat.tanggal.month:02d}",
        "bulan_romawi": bilangan.romawi(surat.tanggal.month),
        "tahun": str(surat.tanggal.year),
    }
    return surat.pola_nomor.format(**values)


def kekurangan_nomor(surat: Surat, instansi: Instansi) -> list[str]:
    """Return the surat keys still needed to build the number (empty when it can be built)."""
    if surat.nomor:
        return []
    needed = {"kka": surat.kka, "urut": surat.urut, "unit": surat.unit or instansi.singkatan}
    return [key for key in isian_pola(surat.pola_nomor) if key in needed and not needed[key]]
