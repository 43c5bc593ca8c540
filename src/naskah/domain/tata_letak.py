"""Text adjustments that keep printed lines whole: break only where a value allows it, never leave a word alone.

Word and LibreOffice break lines at spaces; a long letter number has none, so when it does not fit it is cut
wherever the line ends (`…/202` / `6`). A zero-width space after each `/` offers the only acceptable breaks.
A kop line whose last word wraps alone (`523024`) reads as a mistake; a no-break space binds the last two words
so that, when the line must wrap, at least two words go down together.
"""

from __future__ import annotations

import re

ZERO_WIDTH_SPACE = "\u200b"
NO_BREAK_SPACE = "\u00a0"
WORD_JOINER = "\u2060"  # invisible; forbids a break on either side (Liberation Sans has no U+2011 hyphen)


def patah_miring(teks: str) -> str:
    """Return `teks` with a break opportunity after every `/` and none at its hyphens (`Bag.Pem-Setda`)."""
    return str(teks).replace("-", "-" + WORD_JOINER).replace("/", "/" + ZERO_WIDTH_SPACE)


def tanpa_yatim(teks: str) -> str:
    """Return `teks` with its last two words joined by a no-break space, so no line holds its last word alone."""
    words = str(teks).rsplit(" ", 1)
    if len(words) < 2 or not words[0].strip():
        return str(teks)
    return f"{words[0]}{NO_BREAK_SPACE}{words[1]}"


# Advance widths of Arial (metric-identical to Liberation Sans and Helvetica) in 1/1000 em, characters 32–126.
# Used to size what must not wrap (a phone or NIP column) and to count the lines of a list.
_ARIAL = (
    "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 "
    "278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 667 778 722 667 "
    "611 722 667 944 667 667 611 278 278 278 469 556 333 556 556 500 556 556 278 556 556 222 222 500 222 833 "
    "556 556 556 556 333 500 278 556 500 722 500 500 500 334 260 334 584"
)
_LEBAR = dict(zip(map(chr, range(32, 127)), map(int, _ARIAL.split()), strict=True))
_LEBAR_LAIN = 556  # letters outside ASCII (é, –) are about as wide as a digit
MM_PER_PT = 25.4 / 72


def lebar_teks_mm(teks: str, ukuran_pt: float) -> float:
    """Return the printed width of `teks` in Arial at `ukuran_pt` points, in millimetres."""
    units = sum(_LEBAR.get(c, 0 if c in (ZERO_WIDTH_SPACE, WORD_JOINER) else _LEBAR_LAIN) for c in str(teks))
    return units / 1000 * ukuran_pt * MM_PER_PT


# Advance widths of Arial Bold (metric-identical to Liberation Sans Bold and Helvetica Bold), characters 32–126.
_ARIAL_TEBAL = (
    "278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 "
    "333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 556 722 611 833 722 778 667 778 722 667 "
    "611 722 667 944 667 667 611 333 278 333 584 556 333 556 611 556 611 556 333 611 611 278 278 556 278 889 "
    "611 611 611 611 389 556 333 611 556 778 556 556 500 389 280 389 584"
)
_LEBAR_TEBAL = dict(zip(map(chr, range(32, 127)), map(int, _ARIAL_TEBAL.split()), strict=True))

# Line breaking the lampiran does itself (issue 11): every line it prints is one it chose, so its pages can be
# counted, not estimated. The lines are broken a little short of the column (BATAS_AMAN: glyph positions are
# rounded to device units, Word and LibreOffice each their own way), so that neither ever breaks one again.
BATAS_AMAN = 0.98
_LEBAR_LAIN_AMAN = 1000  # a letter outside ASCII counts as an em, as wide as any glyph


def _lebar_aman_mm(teks: str, ukuran_pt: float, tebal: bool) -> float:
    """Return an upper bound of the printed width of `teks` (regular or bold), in millimetres."""
    widths = _LEBAR_TEBAL if tebal else _LEBAR
    units = sum(widths.get(c, 0 if c in (ZERO_WIDTH_SPACE, WORD_JOINER) else _LEBAR_LAIN_AMAN) for c in teks)
    return units / 1000 * ukuran_pt * MM_PER_PT


def pecah_baris(
    teks: str, lebar_mm: float, ukuran_pt: float, *, tebal: bool = False, miring: bool = False
) -> list[str]:
    """Return `teks` broken into the lines it prints in a column `lebar_mm` wide, each safely shorter than it.

    Lines break at spaces, as Word does; `miring` also allows a break after each `/` (a letter number, which
    has no spaces). A word longer than the whole line is cut where the line ends, as Word cuts it.
    """
    room = lebar_mm * BATAS_AMAN
    words = str(teks).split()
    if miring:
        words = [part for word in words for part in re.findall(r"[^/]*/|[^/]+", word)]
    lines: list[str] = []
    current = ""
    for word in words:
        glue = "" if miring and current.endswith("/") else " "
        joined = f"{current}{glue}{word}" if current else word
        if current and _lebar_aman_mm(joined, ukuran_pt, tebal) > room:
            lines.append(current)
            joined = word
        while _lebar_aman_mm(joined, ukuran_pt, tebal) > room and len(joined) > 1:
            cut = _cut(joined, room, ukuran_pt, tebal)
            lines.append(joined[:cut])
            joined = joined[cut:]
        current = joined
    lines = [*lines, current] if current or not lines else lines
    return lines if miring else _tanpa_yatim_baris(lines, room, ukuran_pt, tebal)


def _tanpa_yatim_baris(lines: list[str], room: float, ukuran_pt: float, tebal: bool) -> list[str]:
    """Return `lines` with a last word left alone joined by the word before it (as `tanpa_yatim` does)."""
    if len(lines) < 2 or " " in lines[-1] or lines[-2].count(" ") < 2:
        return lines
    head, moved = lines[-2].rsplit(" ", 1)
    if _lebar_aman_mm(f"{moved} {lines[-1]}", ukuran_pt, tebal) > room:
        return lines
    return [*lines[:-2], head, f"{moved} {lines[-1]}"]


def _cut(word: str, room: float, ukuran_pt: float, tebal: bool) -> int:
    """Return how many leading characters of `word` fit in `room` millimetres (at least one)."""
    cut = 1
    while cut < len(word) and _lebar_aman_mm(word[: cut + 1], ukuran_pt, tebal) <= room:
        cut += 1
    return cut


def halaman_daftar(tinggi: int, kepala: int, butir: list[int], ekor: int, *, baris: int) -> int:
    """Return the pages a list fills, lengths in twips: a heading `kepala` high on the first page, items of
    `butir` lines `baris` high each (never split), then `ekor` lines that may not split and take the last two
    items with them (keep-with-next), on pages `tinggi` high."""
    pages, used = 1, kepala
    for count in butir:
        if used + count * baris > tinggi:
            pages, used = pages + 1, 0
        used += count * baris
    if used + ekor * baris > tinggi:  # the block moves to a new page, the last two items with it
        pages += 1
    return pages
