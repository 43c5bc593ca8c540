"""Text adjustments that keep printed lines whole: break only where a value allows it, never leave a word alone.

Word and LibreOffice break lines at spaces; a long letter number has none, so when it does not fit it is cut
wherever the line ends (`…/202` / `6`). A zero-width space after each `/` offers the only acceptable breaks.
A kop line whose last word wraps alone (`523024`) reads as a mistake; a no-break space binds the last two words
so that, when the line must wrap, at least two words go down together.
"""

from __future__ import annotations

import math

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


def jumlah_baris(teks: str, lebar_mm: float, ukuran_pt: float) -> int:
    """Return how many lines `teks` fills in a column `lebar_mm` wide, breaking at spaces as Word does."""
    space = lebar_teks_mm(" ", ukuran_pt)
    lines, used = 1, 0.0
    for word in str(teks).split():
        width = lebar_teks_mm(word, ukuran_pt)
        if used and used + space + width > lebar_mm:
            lines, used = lines + 1, 0.0
        while width > lebar_mm:  # a word longer than the line is cut where the line ends
            lines, width = lines + 1, width - lebar_mm
        used = used + space + width if used else width
    return lines


def halaman_daftar(tinggi_pt: float, baris_pt: float, kepala_pt: float, butir: list[int], ekor: int) -> int:
    """Return the pages a list fills: a heading of `kepala_pt`, items of `butir` lines each (never split over
    two pages), then `ekor` lines kept together with the last item, on pages `tinggi_pt` high."""
    per_page = int(tinggi_pt // baris_pt)
    pages, used = 1, math.ceil(kepala_pt / baris_pt - 1e-9)
    for count in butir:
        if used + count > per_page:
            pages, used = pages + 1, 0
        used += count
    if used + ekor > per_page:
        pages += 1
    return pages
