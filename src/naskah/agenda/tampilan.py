"""The register as lines of text, for `naskah agenda daftar` and `naskah periksa`."""

from __future__ import annotations

from collections.abc import Sequence

from naskah.agenda.catatan import Catatan
from naskah.domain import tanggal as tgl

_BATAS_TUJUAN = 50


def baris_daftar(catatan: Sequence[Catatan]) -> list[str]:
    """Return one line per number: nomor, tanggal, status, hal, tujuan (shortened), who took it."""
    if not catatan:
        return []
    width = max(len(c.nomor) for c in catatan)
    lines = []
    for c in catatan:
        tujuan = c.tujuan if len(c.tujuan) <= _BATAS_TUJUAN else c.tujuan[: _BATAS_TUJUAN - 1] + "…"
        line = f"{c.nomor:<{width}}  {tgl.tanggal(c.tanggal):<17}  {c.status:<7}  {c.hal} — {tujuan} ({c.pengguna})"
        if c.keterangan:
            line += f" [{c.keterangan}]"
        lines.append(line)
    return lines
