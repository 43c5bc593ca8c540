"""Words and lines of a PDF with their coordinates (pdfplumber), in points from the top-left of each page."""

from __future__ import annotations

import dataclasses
from pathlib import Path

INVISIBLE = "\u200b\u2060\u00ad"  # zero-width space, word joiner, soft hyphen: not text
LINE_TOLERANCE = 2.0  # points: words whose tops differ less than this stand on one line


@dataclasses.dataclass(frozen=True)
class Kata:
    teks: str
    x0: float
    x1: float
    top: float
    bottom: float


@dataclasses.dataclass(frozen=True)
class Baris:
    kata: tuple[Kata, ...]

    @property
    def teks(self) -> str:
        return " ".join(k.teks for k in self.kata)

    @property
    def top(self) -> float:
        return min(k.top for k in self.kata)

    @property
    def x0(self) -> float:
        return min(k.x0 for k in self.kata)

    @property
    def x1(self) -> float:
        return max(k.x1 for k in self.kata)


@dataclasses.dataclass(frozen=True)
class Halaman:
    nomor: int  # 1-based
    lebar: float
    tinggi: float
    baris: tuple[Baris, ...]

    @property
    def teks(self) -> str:
        return "\n".join(b.teks for b in self.baris)


def read(pdf: Path) -> list[Halaman]:
    """Return every page of `pdf` with its lines, top to bottom, words left to right."""
    import pdfplumber

    pages = []
    with pdfplumber.open(str(pdf)) as document:
        for number, page in enumerate(document.pages, start=1):
            words = []
            for word in page.extract_words(keep_blank_chars=False, x_tolerance=1.5):
                text = "".join(c for c in word["text"] if c not in INVISIBLE)
                if text:
                    words.append(Kata(text, word["x0"], word["x1"], word["top"], word["bottom"]))
            pages.append(Halaman(number, float(page.width), float(page.height), _lines(words)))
    return pages


def _lines(words: list[Kata]) -> tuple[Baris, ...]:
    lines: list[list[Kata]] = []
    for word in sorted(words, key=lambda k: (k.top, k.x0)):
        if lines and abs(lines[-1][0].top - word.top) < LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return tuple(Baris(tuple(sorted(line, key=lambda k: k.x0))) for line in lines)


def segments(line: Baris, gap: float = 18.0) -> list[Baris]:
    """Split `line` where words stand further apart than `gap` points (columns, tab stops)."""
    parts: list[list[Kata]] = [[line.kata[0]]]
    for word in line.kata[1:]:
        if word.x0 - parts[-1][-1].x1 > gap:
            parts.append([word])
        else:
            parts[-1].append(word)
    return [Baris(tuple(p)) for p in parts]


def find_line(pages: list[Halaman], words: str, *, start: int = 0) -> tuple[int, int] | None:
    """Return (page index, line index) of the first line at or after page `start` that contains `words`."""
    wanted = words.split()
    for p in range(start, len(pages)):
        for i, line in enumerate(pages[p].baris):
            texts = [k.teks for k in line.kata]
            if any(texts[j : j + len(wanted)] == wanted for j in range(len(texts) - len(wanted) + 1)):
                return p, i
    return None
