"""`--pdf`: turn the .docx files commands wrote into PDFs with one LibreOffice run; print files are cut per letter.

A file named ``…-gabungan.docx`` is the print file of the .docx files listed before it (since the previous
print file), in the same order, as `undangan.buat` returns them. Only the print file is converted; each
letter's PDF is cut from its PDF, which is about a hundred times faster than converting every letter.
"""

from __future__ import annotations

import dataclasses
import html
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from naskah.errors import PdfError
from naskah.keluaran import OutputFolder
from naskah.rendering import pdf

GABUNGAN = "-gabungan.docx"
_PARAGRAPH = re.compile(r"<w:p[ >].*?</w:p>", re.DOTALL)
_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")


@dataclasses.dataclass(frozen=True)
class Batch:
    """A print file and the letters it holds, in order, with the folder their PDFs go to."""

    folder: OutputFolder
    merged: Path
    letters: tuple[Path, ...]


@dataclasses.dataclass
class Plan:
    """What one LibreOffice run converts: single documents and print files, each with its PDF's path."""

    sources: list[Path] = dataclasses.field(default_factory=list)
    targets: list[Path] = dataclasses.field(default_factory=list)
    batches: list[Batch] = dataclasses.field(default_factory=list)

    def add(self, folder: OutputFolder, written: Iterable[Path]) -> None:
        """Add the .docx files of `written` (one command's result, in `folder`) to the plan."""
        pending: list[Path] = []
        for path in (Path(p) for p in written):
            if path.suffix.lower() != ".docx":
                continue
            if path.name.endswith(GABUNGAN):
                self.batches.append(Batch(folder, path, tuple(pending)))
                self._convert(folder, path)
                pending = []
            else:
                pending.append(path)
        for path in pending:
            self._convert(folder, path)

    def _convert(self, folder: OutputFolder, source: Path) -> None:
        self.sources.append(source)
        self.targets.append(folder.path_for(f"{source.stem}.pdf"))


def peringatan() -> list[str]:
    """Return the warnings worth showing before converting (a missing metric-compatible Arial)."""
    warning = pdf.font_warning()
    return [warning] if warning else []


def tambah_pdf(groups: Sequence[tuple[OutputFolder, Sequence[Path]]]) -> list[Path]:
    """Write the PDF of every .docx in `groups` (folder, files written there); return the PDFs in order.

    All conversions share one LibreOffice start. Files that are not .docx are left alone.
    """
    plan = Plan()
    for folder, written in groups:
        plan.add(folder, written)
    if not plan.sources:
        return []
    workdir = groups[0][0].path
    converted = pdf.convert_to_pdf(plan.sources, workdir, targets=plan.targets)
    pdf_of = dict(zip(plan.sources, converted, strict=False))
    letters = [path for batch in plan.batches for path in _cut(batch, pdf_of[batch.merged])]
    return letters + converted


def _cut(batch: Batch, merged_pdf: Path) -> list[Path]:
    """Return the letters' PDFs cut from the print file's; convert the letters themselves if it cannot be cut."""
    if not batch.letters:
        return []
    targets = [batch.folder.path_for(f"{letter.stem}.pdf") for letter in batch.letters]
    try:
        counts = pdf.letter_page_counts(merged_pdf, _Markers(batch.letters))
    except PdfError:
        # Letters whose text cannot tell them apart: slower, but every letter still gets its PDF.
        return pdf.convert_to_pdf(batch.letters, batch.folder.path, targets=targets)
    return pdf.split_pdf(merged_pdf, counts, targets)


class _Markers(Sequence[str]):
    """Text only letter i's first page shows: its first line that differs from the text all letters share.

    Read lazily: when every letter has one page the print file is cut without reading any text.
    """

    def __init__(self, letters: Sequence[Path]):
        self.letters = letters
        self._markers: list[str] | None = None

    def __len__(self) -> int:
        return len(self.letters)

    def __getitem__(self, index):  # type: ignore[override]
        if self._markers is None:
            self._markers = letter_markers([docx_lines(path) for path in self.letters])
        return self._markers[index]


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
