"""File names of the per-recipient letters from a pattern such as ``{urut}-{instansi}``.

Named fields only, filled by plain replacement (`naskah.domain.isian`): no format specs, no attribute
access, nothing of the data is ever read as a pattern.
"""

from __future__ import annotations

import re

from naskah.domain import isian

ISIAN = ("urut", "nama", "jabatan", "instansi")


def masalah_pola(pola: str) -> list[str]:
    """Return what is wrong with pattern `pola`: unknown fields, stray braces, or no field at all."""
    used = isian.nama_isian(pola)
    problems = []
    unknown = sorted(used - set(ISIAN))
    if unknown:
        problems.append(f"isian {', '.join('{' + u + '}' for u in unknown)} tidak dikenal; pakai {daftar_isian()}")
    if re.search(r"[{}]", re.sub(r"\{[a-z_]+\}", "", pola)):
        problems.append(f"kurung kurawal hanya untuk isian {daftar_isian()}")
    if not used:
        problems.append(f"pola tanpa isian memberi semua surat nama yang sama; pakai {daftar_isian()}")
    return problems


def isi_pola(pola: str, nilai: dict[str, str]) -> str:
    """Return `pola` with each field replaced by its (already file-safe) value."""
    return isian.isi(pola, nilai)


def daftar_isian() -> str:
    """Return the fields a pattern may use, as the clerk writes them."""
    return ", ".join("{" + name + "}" for name in ISIAN)
