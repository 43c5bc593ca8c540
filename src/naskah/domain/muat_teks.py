"""Choosing a font size so lines fit a box: shrink within bounds before wrapping, and never spill out.

Widths are Arial's (the built-in templates' font; LibreOffice prints it with the metric-compatible
Liberation Sans), in thousandths of an em, from the standard Helvetica/Arial metrics. Characters not in the
table count as wide as an 'M' minus a little, which errs on the side of a smaller size.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence

PT_MM = 25.4 / 72
LINE_HEIGHT_EM = 1.17  # Arial ascent + descent (1.117 em) with room for rounding in the layout engines
_BOLD = 1.07  # bold Arial is at most this much wider than regular, on average over words
_SAFETY = 1.04

_WIDTHS = {
    **dict.fromkeys("ijl", 222),
    **dict.fromkeys(" ftI!,./:;[\\]", 278),
    **dict.fromkeys("r-()", 333),
    **dict.fromkeys("ckvxyzsJ", 500),
    **dict.fromkeys("abdeghnopqu0123456789L$?", 556),
    **dict.fromkeys("FTZ", 611),
    **dict.fromkeys("ABEKPSVXY&", 667),
    **dict.fromkeys("CDHNRUw", 722),
    **dict.fromkeys("GOQ", 778),
    **dict.fromkeys("mM", 833),
    "W": 944,
    "'": 191,
    '"': 355,
}
_OTHER = 760


def lebar_mm(teks: str, ukuran_pt: float, *, tebal: bool = False) -> float:
    """Return the printed width of `teks` at `ukuran_pt` points, in millimetres (an upper estimate)."""
    em = sum(_WIDTHS.get(char, _OTHER) for char in teks) / 1000
    return em * ukuran_pt * PT_MM * _SAFETY * (_BOLD if tebal else 1)


@dataclasses.dataclass(frozen=True)
class Baris:
    """One line of text to fit, and whether it is printed bold."""

    teks: str
    tebal: bool = False


@dataclasses.dataclass(frozen=True)
class Muat:
    """The chosen size: points, how many printed lines that gives, and whether everything fits the box."""

    ukuran_pt: float
    jumlah_baris: int
    pas: bool


def baris_tercetak(baris: Baris, ukuran_pt: float, lebar: float) -> int:
    """Return how many printed lines `baris` takes at `ukuran_pt` in a box `lebar` mm wide (greedy word wrap).

    A word wider than the box is broken by the layout engine, so it counts the lines its pieces take.
    """
    space = lebar_mm(" ", ukuran_pt, tebal=baris.tebal)
    lines, used = 0, None
    for word in baris.teks.split():
        width = lebar_mm(word, ukuran_pt, tebal=baris.tebal)
        if used is not None and used + space + width <= lebar:
            used += space + width
            continue
        lines += max(1, math.ceil(width / lebar))
        used = width if width <= lebar else width % lebar
    return max(lines, 1)


def pilih_ukuran(
    semua: Sequence[Baris],
    lebar: float,
    tinggi: float,
    *,
    terbesar: float,
    terkecil: float,
    batas_bawah: float | None = None,
    langkah: float = 0.5,
) -> Muat:
    """Return the size at which `semua` fits a box `lebar` × `tinggi` mm: shrink first, wrap only after that.

    The text shrinks from `terbesar` down to `terkecil` while every line stays on one line. Past that it
    wraps at `terkecil` (so a long jabatan is never printed smaller than a short one merely to avoid a
    wrap), and only if the wrapped text is too tall does it shrink further, down to `batas_bawah`. When even
    that is too tall, `pas` is False (the caller warns; the exact-height cell still keeps the text from
    spilling out of its box).
    """
    floor = terkecil if batas_bawah is None else batas_bawah

    def sizes(top: float, bottom: float) -> list[float]:
        return [top - i * langkah for i in range(int(round((top - bottom) / langkah)) + 1)]

    def printed(size: float) -> int:
        return sum(baris_tercetak(item, size, lebar) for item in semua)

    def fits(lines: int, size: float) -> bool:
        return lines * size * LINE_HEIGHT_EM * PT_MM <= tinggi

    for size in sizes(terbesar, terkecil):
        lines = printed(size)
        if lines == len(semua) and fits(lines, size):
            return Muat(size, lines, True)
    for size in sizes(terkecil, floor):
        lines = printed(size)
        if fits(lines, size):
            return Muat(size, lines, True)
    return Muat(floor, printed(floor), False)


def faktor_muat(
    semua: Sequence[tuple[Baris, float]], lebar: float, tinggi: float, *, terkecil: float = 0.6, langkah: float = 0.05
) -> float:
    """Return the largest factor (1 down to `terkecil`) by which lines of different sizes (points) are scaled
    so that, wrapped, they fit `lebar` × `tinggi` mm; `terkecil` when even that does not fit."""
    steps = int(round((1 - terkecil) / langkah))
    for step in range(steps + 1):
        factor = 1 - step * langkah
        height = sum(
            baris_tercetak(line, size * factor, lebar) * size * factor * LINE_HEIGHT_EM * PT_MM for line, size in semua
        )
        if height <= tinggi:
            return round(factor, 2)
    return terkecil
