"""Cut a merged print file (.docx) into smaller .docx files of whole letters, streaming, for parallel conversion.

LibreOffice's cost per page grows with the document (100 letters convert at ~40 ms a page, 1,000 at ~70 ms),
so several small documents convert faster than one big one even on one core. The merged file holds one
section per letter (`naskah.docx.merge`): every letter but the last ends with a paragraph carrying a
next-page section break (``<w:sectPr>`` inside its ``<w:pPr>``), the last with the body's own section
properties. A chunk is the head of document.xml, some letters' sections, and that closing section; every
other part of the package (styles, headers, images, numbering) is copied unchanged. document.xml is read
and written in blocks, so memory does not grow with the number of letters.
"""

from __future__ import annotations

import codecs
import dataclasses
import zipfile
from collections.abc import Iterator
from pathlib import Path

DOCUMENT = "word/document.xml"
_BREAK = "</w:sectPr></w:pPr>"  # the end of a paragraph's section break: merge.end_section puts it last
_PARAGRAPH_END = "</w:p>"
_BODY = "<w:body>"
_BLOCK = 1 << 20


@dataclasses.dataclass(frozen=True)
class Chunk:
    """One .docx holding `letters` consecutive letters of the print file, the first being letter `first`."""

    path: Path
    first: int
    letters: int

    @property
    def stop(self) -> int:
        return self.first + self.letters


def sections_per_letter(merged: Path, letters: int) -> int | None:
    """Return how many sections each of `letters` letters has in `merged`, or None when they cannot be told."""
    if letters <= 0:
        return None
    breaks = 0
    tail = ""
    for text in _read_text(merged):
        window = tail + text
        breaks += window.count(_BREAK)
        tail = window[-(len(_BREAK) - 1) :] if not window.endswith(_BREAK) else ""
    sections = breaks + 1
    return sections // letters if sections % letters == 0 else None


def split_merged(merged: Path, letters: int, per_chunk: int, folder: Path) -> Iterator[Chunk]:
    """Yield `merged` cut into chunks of `per_chunk` letters (the last may be shorter), written into `folder`.

    When the letters' sections cannot be told apart, one chunk holds the whole print file.
    """
    per_letter = sections_per_letter(merged, letters)
    if per_letter is None or letters <= per_chunk:
        yield Chunk(merged, 0, max(letters, 1))
        return
    with zipfile.ZipFile(merged) as source:
        others = [(info, source.read(info)) for info in source.infolist() if info.filename != DOCUMENT]
    sections = _sections(merged)
    head = next(sections)
    group: list[str] = []
    first = number = 0
    for section, is_last in sections:
        closing = ""
        if is_last:
            section, closing = _split_closing(section)
        group.append(section)
        if is_last or len(group) == per_chunk * per_letter:
            number += 1
            path = folder / f"{number:06d}.docx"
            count = len(group) // per_letter
            if is_last:
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


def _sections(merged: Path) -> Iterator:
    """Yield the head of document.xml (through ``<w:body>``), then (section text, is it the last one) pairs."""
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
        while (at := buffer.find(_BREAK, position)) >= 0 and (end := buffer.find(_PARAGRAPH_END, at)) >= 0:
            end += len(_PARAGRAPH_END)
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
