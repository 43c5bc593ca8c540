"""File names of the per-recipient letters from a pattern such as ``{urut}-{instansi}``.

The pattern is written in the same small language as `surat.pola_nomor` (`naskah.domain.pola`): named
fields only, `{urut:03}` zero-pads; nothing of the data is ever read as a pattern.
"""

from __future__ import annotations

from collections.abc import Mapping

from naskah.domain import pola

ISIAN = ("urut", "nama", "jabatan", "instansi")


def masalah_pola(teks: str) -> list[str]:
    """Return what is wrong with pattern `teks`: a field naskah does not know, stray braces, or no field."""
    wrong = pola.masalah(teks, ISIAN)
    if wrong is not None:
        return [f"{wrong.message} ({wrong.hint})"]
    if not pola.isian(teks, ISIAN):
        return [f"pola tanpa isian memberi semua surat nama yang sama; pakai {daftar_isian()}"]
    return []


def isi_pola(teks: str, nilai: Mapping[str, str]) -> str:
    """Return pattern `teks` with each field replaced by its (already file-safe) value."""
    return pola.isi(teks, nilai, ISIAN)


def daftar_isian() -> str:
    """Return the fields a pattern may use, as the clerk writes them."""
    return ", ".join("{" + name + "}" for name in ISIAN)
