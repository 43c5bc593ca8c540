"""Cut a merged print file (.docx) into smaller .docx files of whole letters, streaming, for parallel conversion.

LibreOffice's cost per page grows with the document (100 letters convert at ~40 ms a page, 1,000 at ~70 ms),
so several small documents convert faster than one big one even on one core. The merged file
(`naskah.docx.merge`) either holds its letters in one section, every letter after the first starting with the
paragraph `PAGE_BREAK`, or one section per letter: every letter but the last ends with a paragraph carrying a
next-page section break (``<w:sectPr>`` inside its ``<w:pPr>``), the last with the body's own section
properties. A chunk is the head of document.xml, some letters, and the body's section properties closing
them; every other part of the package (styles, headers, images, numbering) is copied unchanged. document.xml
is read and written in blocks, so memory does not grow with the number of letters.
"""

from __future__ import annotations

import codecs
import dataclasses
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from naskah.docx.merge import PAGE_BREAK

DOCUMENT = "word/document.xml"
_BREAK = "</w:sectPr></w:pPr>"  # the end of a paragraph's section break: merge.end_section puts it last
_PARAGRAPH_END = "</w:p>"
_BODY = "<w:body>"
_BLOCK = 1 << 20
_CLOSING_WINDOW = 1 << 16  # the body's final section properties are a few hundred characters


@dataclasses.dataclass(frozen=True)
class Chunk:
    """One .docx holding `letters` consecutive letters of the print file, the first being letter `first`."""

    path: Path
    first: int
    letters: int

    @property
    def stop(self) -> int:
        return self.first + self.letters


@dataclasses.dataclass(frozen=True)
class _Survey:
    """What one pass over document.xml tells: its section breaks, its page breaks, how the body closes."""

    breaks: int
    page_breaks: int
    closing: str


def _survey(merged: Path) -> _Survey:
    breaks = page_breaks = 0
    tail = ""
    overlap = max(len(_BREAK), len(PAGE_BREAK)) - 1
    for text in _read_text(merged):
        window = tail + text
        # a marker is counted in the block where it ends: the overlap kept is shorter than either marker
        breaks += window.count(_BREAK) - tail.count(_BREAK)
        page_breaks += window.count(PAGE_BREAK) - tail.count(PAGE_BREAK)
        tail = window[-max(overlap, _CLOSING_WINDOW) :]
    at = tail.rfind("<w:sectPr")
    return _Survey(breaks, page_breaks, tail[at:] if at >= 0 else "")


def split_merged(merged: Path, letters: int, per_chunk: int, folder: Path) -> Iterator[Chunk]:
    """Yield `merged` cut into chunks of `per_chunk` letters (the last may be shorter), written into `folder`.

    When the letters cannot be told apart, one chunk holds the whole print file.
    """
    survey = _survey(merged) if letters > per_chunk else None
    if survey is None or letters <= 0:
        yield Chunk(merged, 0, max(letters, 1))
        return
    page_mode = bool(survey.page_breaks) and not survey.breaks and survey.page_breaks + 1 == letters
    if page_mode:
        pieces, per_letter = _pieces(merged, _before_page_break), 1
    elif (survey.breaks + 1) % letters == 0:
        pieces, per_letter = _pieces(merged, _after_section_break), (survey.breaks + 1) // letters
    else:
        yield Chunk(merged, 0, letters)
        return
    with zipfile.ZipFile(merged) as source:
        others = [(info, source.read(info)) for info in source.infolist() if info.filename != DOCUMENT]
    head = next(pieces)
    group: list[str] = []
    first = number = 0
    for piece, is_last in pieces:
        closing = survey.closing
        if is_last:
            piece, closing = _split_closing(piece)
        # a chunk's first letter needs no page break before it
        group.append(piece.removeprefix(PAGE_BREAK) if page_mode and not group else piece)
        if is_last or len(group) == per_chunk * per_letter:
            number += 1
            path = folder / f"{number:06d}.docx"
            count = len(group) // per_letter
            if is_last or page_mode:
                yield _write_chunk(path, others, head, group, closing, first, count)
            else:
                yield _write_deferred(path, others, head, group, first, count)
            first += count
            group = []


def _write_deferred(
    path: Path, others: list[tuple[zipfile.ZipInfo, bytes]], head: str, group: list[str], first: int, count: int
) -> Chunk:
    """Write a chunk that is not the print file's end: its last break becomes the body's section properties."""
    last = group[-1]
    start = last.rfind("<w:sectPr")
    end = last.rfind(_BREAK) + len("</w:sectPr>")
    sectpr = last[start:end]
    group[-1] = last[:start] + last[end:]
    return _write_chunk(path, others, head, group, f"{sectpr}</w:body></w:document>", first, count)


def _write_chunk(
    path: Path,
    others: list[tuple[zipfile.ZipInfo, bytes]],
    head: str,
    sections: list[str],
    closing: str,
    first: int,
    count: int,
) -> Chunk:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info, data in others:
            target.writestr(info, data)
        with target.open(DOCUMENT, "w") as stream:
            stream.write(head.encode("utf-8"))
            for section in sections:
                stream.write(section.encode("utf-8"))
            stream.write(closing.encode("utf-8"))
    return Chunk(path, first, count)


def _split_closing(section: str) -> tuple[str, str]:
    """Split the print file's last section into its content and the body's section properties that close it."""
    start = section.rfind("<w:sectPr")
    return section[:start], section[start:]


def _after_section_break(buffer: str, position: int) -> int:
    """Return where the piece starting at `position` ends: after the paragraph carrying its section break."""
    at = buffer.find(_BREAK, position)
    end = buffer.find(_PARAGRAPH_END, at) if at >= 0 else -1
    return end + len(_PARAGRAPH_END) if end >= 0 else -1


def _before_page_break(buffer: str, position: int) -> int:
    """Return where the letter starting at `position` ends: where the next letter's page break starts."""
    return buffer.find(PAGE_BREAK, position + 1)


def _pieces(merged: Path, cut: Callable[[str, int], int]) -> Iterator:
    """Yield the head of document.xml (through ``<w:body>``), then (piece, is it the last one) pairs, each piece
    ending where `cut(buffer, start)` says (-1: not within the text read so far)."""
    buffer = ""
    head_done = False
    for text in _read_text(merged):
        buffer += text
        if not head_done:
            at = buffer.find(_BODY)
            if at < 0:
                continue
            yield buffer[: at + len(_BODY)]
            buffer = buffer[at + len(_BODY) :]
            head_done = True
        position = 0
        while (end := cut(buffer, position)) >= 0:
            yield buffer[position:end], False
            position = end
        buffer = buffer[position:]
    if not head_done:
        raise ValueError(f"{merged}: document.xml has no body")
    yield buffer, True


def _read_text(merged: Path) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8")()
    with zipfile.ZipFile(merged) as source, source.open(DOCUMENT) as stream:
        while block := stream.read(_BLOCK):
            yield decoder.decode(block)
        yield decoder.decode(b"", final=True)
