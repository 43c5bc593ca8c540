"""One print file holding many documents filled from one template, streamed so memory stays flat."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, BinaryIO

from naskah.docx import wordxml
from naskah.docx.zipparts import DeflateStream, ZipWriter, deflate_member
from naskah.errors import RenderError

if TYPE_CHECKING:
    from naskah.docx.engine import PreparedTemplate, RenderedDocument

# A paragraph that only carries a section break, kept 1 pt high so it cannot push a full page over.
_BREAK_PARAGRAPH = (
    '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
    '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>{sectpr}</w:pPr></w:p>'
)
# What starts every letter after the first when the letters share one section: a paragraph 0.1 pt high that
# only breaks the page, so the letter prints where it would at the top of its own document. A paragraph of its
# own works whatever the letter starts with (the kop is a table, whose cells should not carry page breaks).
# naskah.pdf.chunks cuts the print file at this exact text.
PAGE_BREAK = (
    '<w:p><w:pPr><w:pageBreakBefore/><w:spacing w:before="0" w:after="0" w:line="2" w:lineRule="exact"/>'
    '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>'
)


class MergedWriter:
    """Write documents filled from one template into a single .docx, each starting on a new page.

    When the template shows nothing that depends on its section (no page number, no first-page header: see
    `naskah.docx.prepare.joins_with_page_breaks`), the letters share one section and each after the first
    starts with `PAGE_BREAK`; LibreOffice converts that much faster than one section per letter and it prints
    the same. Otherwise each document becomes its own section, ended by a next-page section break that copies
    the template's section properties: every letter starts on a new page with the template's header (kop),
    including a "different first page" header, the same page layout, and page numbers starting again at 1
    (use the SECTIONPAGES field, not NUMPAGES, for "page x of y"). The body is deflated straight into the zip entry
    of the binary stream `fp`; only the previous document's body is held in memory. The caller owns `fp`
    (naskah.keluaran writes it atomically); the zip is complete only after `close`.
    """

    def __init__(self, template: PreparedTemplate, fp: BinaryIO):
        self._template = template
        self._layout = template.layout
        self._count = 0
        self._pending: str | None = None
        self._parts: dict[str, str] | None = None
        self._next_drawing_id = self._layout.first_drawing_id
        self._done = False
        self._zip, self._stream = self._start(fp)

    def __enter__(self) -> MergedWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is None:
            self.close()
        else:
            self._done = True

    def add(self, rendered: RenderedDocument) -> None:
        """Append one document; it will start on a new page."""
        if self._parts is None:
            self._parts = dict(rendered.parts)
        elif rendered.parts != self._parts:
            msg = (
                f"{self._template.name}: kop atau kaki halaman berbeda antarnaskah; naskah gabungan memakai "
                "satu kop untuk semua, jadi pindahkan isian per penerima ke badan surat"
            )
            raise RenderError(msg)
        body = rendered.body
        if self._layout.lists is not None:
            body = self._layout.lists.rename(body, self._count)
        if self._next_drawing_id is not None:
            body, self._next_drawing_id = wordxml.renumber_drawings(body, self._next_drawing_id)
        if self._layout.page_breaks:
            if self._pending is not None:
                self._write(self._pending)
                body = PAGE_BREAK + body
        elif self._pending is not None:
            self._write(end_section(self._pending, self._layout.skeleton.merged_sectpr))
        self._pending = body
        self._count += 1

    def close(self) -> None:
        """Finish the file and move it into place."""
        if self._done:
            return
        self._done = True
        self._finish()

    @property
    def count(self) -> int:
        """Return how many documents were added."""
        return self._count

    def _start(self, fp: BinaryIO) -> tuple[ZipWriter, DeflateStream]:
        layout = self._layout
        skip = layout.lists.part if layout.lists is not None else None
        writer = ZipWriter(fp)
        for member in layout.members:
            if member.name != skip:
                writer.add(member)
        stream = writer.begin(layout.document)
        stream.write(layout.skeleton.head.encode("utf-8"))
        return writer, stream

    def _finish(self) -> None:
        if self._pending is None:
            msg = f"{self._template.name}: tidak ada naskah untuk digabung (daftar penerima kosong?)"
            raise RenderError(msg)
        skeleton = self._layout.skeleton
        self._write(f"{self._pending}{skeleton.merged_sectpr}{skeleton.tail}")
        self._pending = None
        self._zip.end(self._stream)
        for name, xml in (self._parts or {}).items():
            self._zip.add(deflate_member(name, xml.encode("utf-8")))
        self._write_numbering()
        self._zip.finish()

    def _write_numbering(self) -> None:
        lists = self._layout.lists
        if lists is None:
            return
        stream = self._zip.begin(lists.part)
        for chunk in lists.chunks(self._count):
            stream.write(chunk.encode("utf-8"))
        self._zip.end(stream)

    def _write(self, text: str) -> None:
        self._stream.write(text.encode("utf-8"))


def end_section(body: str, sectpr: str) -> str:
    """Return `body` ending with a section break that carries `sectpr`.

    The break goes into the last paragraph's properties, as Word does; when the body ends with a table,
    or the last paragraph cannot take it, a 1-pt paragraph carries it instead.
    """
    trimmed = body.rstrip()
    if trimmed.endswith("</w:p>"):
        start = max(trimmed.rfind("<w:p>"), trimmed.rfind("<w:p "))
        paragraph = trimmed[start:]
        if start >= 0 and not any(s in paragraph for s in ("txbxContent", "w:sectPr", "w:pPrChange")):
            return trimmed[:start] + _with_section(paragraph, sectpr)
    return body + _BREAK_PARAGRAPH.format(sectpr=sectpr)


def _with_section(paragraph: str, sectpr: str) -> str:
    open_end = paragraph.index(">") + 1
    rest = paragraph[open_end:]
    if rest.startswith("<w:pPr/>"):
        return f"{paragraph[:open_end]}<w:pPr>{sectpr}</w:pPr>{rest[len('<w:pPr/>') :]}"
    if rest.startswith("<w:pPr>") or rest.startswith("<w:pPr "):
        close = paragraph.index("</w:pPr>")
        return f"{paragraph[:close]}{sectpr}{paragraph[close:]}"
    return f"{paragraph[:open_end]}<w:pPr>{sectpr}</w:pPr>{rest}"
