"""Cutting PDFs: page counts, one merged PDF cut per letter, the text that tells where each letter starts."""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from naskah.errors import PdfError
from naskah.keluaran import atomic_open, output_errors

if TYPE_CHECKING:
    from pypdf import PdfReader

_PARAGRAPH = re.compile(r"<w:p[ >].*?</w:p>", re.DOTALL)
_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")


def reader(pdf: Path | PdfReader) -> PdfReader:
    """Return a reader of `pdf` (a path, or a reader already open: each chunk's PDF is parsed once)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if isinstance(pdf, PdfReader):
        return pdf
    try:
        return PdfReader(pdf)
    except (PyPdfError, OSError, ValueError) as exc:  # pypdf's own words are English
        msg = f"{pdf}: hasil LibreOffice bukan PDF yang sah; buat ulang naskahnya lalu coba lagi"
        raise PdfError(msg) from exc


def page_count(pdf: Path | PdfReader) -> int:
    """Return the number of pages of `pdf`."""
    return len(reader(pdf).pages)


def split_pdf(
    merged_pdf: Path | PdfReader, page_counts_or_ranges: Sequence[int | range], targets: Sequence[Path]
) -> list[Path]:
    """Cut `merged_pdf` into `targets`: the n-th gets the n-th page count (consecutive) or page range (0-based)."""
    from pypdf import PdfWriter

    source = reader(merged_pdf)
    ranges = _as_ranges(page_counts_or_ranges, len(source.pages))
    if len(ranges) != len(targets):
        raise ValueError("one page range per target")
    for pages, target in zip(ranges, targets, strict=False):
        writer = PdfWriter()
        for number in pages:
            writer.add_page(source.pages[number])
        with output_errors(Path(target)), atomic_open(Path(target)) as fp:
            writer.write(fp)
    return [Path(t) for t in targets]


def _as_ranges(items: Sequence[int | range], total: int) -> list[range]:
    """Return `items` as page ranges; counts must add up to `total` exactly."""
    ranges: list[range]
    if all(isinstance(item, range) for item in items):
        ranges = [item for item in items if isinstance(item, range)]
        complete = True
    else:
        bounds = list(itertools.accumulate((int(count) for count in items if isinstance(count, int)), initial=0))
        ranges = [range(start, stop) for start, stop in zip(bounds, bounds[1:], strict=False)]
        complete = bounds[-1] == total
    if not complete or any(len(r) == 0 or r.start < 0 or r.stop > total for r in ranges):
        raise PdfError(
            f"PDF gabungan berisi {total} halaman, tidak cocok dengan pembagian per naskah; "
            "buat ulang naskahnya lalu coba lagi"
        )
    return ranges


def letter_page_counts(merged_pdf: Path | PdfReader, markers: Sequence[str]) -> list[int]:
    """Return how many pages each letter of `merged_pdf` has; `markers[i]` is text only letter i's first page shows.

    When there are as many pages as letters every letter has one page and no text is read. Otherwise
    letter i starts on the first page after letter i-1's start whose text holds `markers[i]` (whitespace and
    letter forms are ignored, so line wrapping in the PDF does not matter).
    """
    merged_pdf = reader(merged_pdf)
    total = page_count(merged_pdf)
    if total == len(markers):
        return [1] * total
    if total < len(markers) or not all(_squash(m) for m in markers):
        raise PdfError(_MISMATCH.format(total=total, letters=len(markers)))
    pages = [_squash(text) for text in page_texts(merged_pdf)]
    starts: list[int] = []
    page = 0
    for marker in map(_squash, markers):
        found = next((p for p in range(page, total) if marker in pages[p]), None)
        if found is None:
            raise PdfError(_MISMATCH.format(total=total, letters=len(markers)))
        starts.append(found)
        page = found + 1
    if starts[0] != 0:
        raise PdfError(_MISMATCH.format(total=total, letters=len(markers)))
    return [end - start for start, end in zip(starts, starts[1:] + [total], strict=False)]


_MISMATCH = (
    "PDF gabungan berisi {total} halaman, tetapi awal tiap surat dari {letters} surat tidak dapat ditemukan "
    "di dalamnya; PDF per penerima tidak dibuat, buat ulang dengan --pdf atau cetak dari PDF gabungan"
)


def page_texts(pdf: Path | PdfReader) -> list[str]:
    """Return the extracted text of each page of `pdf`."""
    return [page.extract_text() or "" for page in reader(pdf).pages]


def _squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


def join_pdfs(parts: Sequence[Path], target: Path) -> Path:
    """Write the pages of `parts`, in order, into `target` (atomically)."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for part in parts:
        writer.append(str(part))
    with output_errors(target), atomic_open(target) as fp:
        writer.write(fp)
    return target


def letter_markers(texts: Sequence[Sequence[str]]) -> list[str]:
    """Return, per letter (its non-empty paragraph texts), its first line that not every letter has."""
    shared = Counter(line for lines in texts for line in set(lines))
    markers = []
    for lines in texts:
        own = [line for line in lines if shared[line] < len(texts)]
        markers.append((own or [line for line in lines if line.strip()] or [""])[0])
    return markers


def docx_lines(path: Path) -> list[str]:
    """Return the non-empty paragraph texts of the body of the .docx at `path`."""
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    lines = (html.unescape("".join(_TEXT.findall(paragraph))) for paragraph in _PARAGRAPH.findall(xml))
    return [line for line in lines if line.strip()]
