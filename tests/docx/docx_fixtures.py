"""Fixture templates and inspection helpers for the rendering tests (python-docx builds, no templates/)."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

import docx
from docx.oxml import parse_xml
from docx.shared import Mm
from lxml import etree

LETTER_CONTEXT: dict[str, Any] = {
    "kabupaten": "Sleman",
    "nomor": "005/123/2025",
    "penerima": "PT Maju & Jaya <Tbk>",
    "catatan": "Harap hadir tepat waktu",
    "susunan": [{"waktu": "09.00", "kegiatan": "Pembukaan"}, {"waktu": "09.30", "kegiatan": "Sambutan"}],
    "pejabat": "Drs. H. Ahmad Sulaiman, M.Si.",
}
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NUMBERED = f'<w:numPr {W_NS}><w:ilvl w:val="0"/><w:numId w:val="9"/></w:numPr>'  # numId 9: decimal "1."


def png_bytes(rgb: tuple[int, int, int] = (200, 0, 0)) -> bytes:
    """Return a valid 1×1 PNG of colour `rgb`."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + bytes(rgb))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


JPEG_BYTES = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"


PAGE_FIELD = (
    '<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:instr=" PAGE ">'
    "<w:r><w:t>1</w:t></w:r></w:fldSimple>"
)


def build_letter(
    path: Path,
    *,
    logo: bool = True,
    header: str = "PEMERINTAH KABUPATEN {{ kabupaten }}",
    numbered: bool = False,
    body_picture: bool = False,
    extra: tuple[str, ...] = (),
    page_number: bool = False,
) -> Path:
    """Write a letter template: tagged header (with a logo marked ``logo``), split-run tags, ``{%p if %}``,
    a ``{%tr for %}`` table, and optionally numbered items, a picture repeated in a loop, and a page number field
    in the footer."""
    document = docx.Document()
    paragraph = document.sections[0].header.paragraphs[0]
    if logo:
        run = paragraph.add_run()
        run.add_picture(io.BytesIO(png_bytes()), width=Mm(15))
        run._r.xpath(".//wp:docPr")[0].set("descr", "logo")
    paragraph.add_run(header)
    document.sections[0].footer.paragraphs[0].text = "Jl. Parasamya No. 1"
    if page_number:
        document.sections[0].footer.add_paragraph()._p.append(parse_xml(PAGE_FIELD))
    document.add_paragraph("Nomor: {{ nomor }}")
    split = document.add_paragraph("Kepada Yth. {{ pene")
    split.add_run("rima }}").bold = True
    document.add_paragraph("{%p if catatan %}")
    document.add_paragraph("Catatan: {{ catatan }}")
    document.add_paragraph("{%p endif %}")
    _rundown_table(document)
    if numbered:
        for text in ("Butir pertama", "Butir kedua"):
            document.add_paragraph(text)._p.get_or_add_pPr().append(parse_xml(NUMBERED))
    if body_picture:
        document.add_paragraph("{%p for foto in range(2) %}")
        document.add_paragraph().add_run().add_picture(io.BytesIO(png_bytes((0, 0, 200))), width=Mm(10))
        document.add_paragraph("{%p endfor %}")
    for text in extra:
        document.add_paragraph(text)
    document.add_paragraph("Hormat kami,")
    document.add_paragraph("{{ pejabat }}")
    document.save(path)
    return path


def _rundown_table(document: Any) -> None:
    table = document.add_table(rows=4, cols=2)
    table.rows[0].cells[0].text = "Waktu"
    table.rows[0].cells[1].text = "Kegiatan"
    table.rows[1].cells[0].text = "{%tr for s in susunan %}"
    table.rows[2].cells[0].text = "{{ s.waktu }}"
    table.rows[2].cells[1].text = "{{ s.kegiatan }}"
    table.rows[3].cells[0].text = "{%tr endfor %}"


def docx_text(path: Path) -> str:
    """Return the visible text of a .docx: body paragraphs, table rows, then header paragraphs."""
    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        lines += ["\t".join(cell.text for cell in row.cells) for row in table.rows]
    lines += [f"kop: {p.text}" for p in document.sections[0].header.paragraphs]
    return "\n".join(lines) + "\n"


def canonical_part(path: Path, name: str) -> bytes:
    """Return part `name` of the .docx at `path` in canonical XML, blind to serialization details."""
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read(name), etree.XMLParser(remove_blank_text=True))
    return etree.tostring(root, method="c14n")


def raw_member_data(path: Path) -> dict[str, tuple[int, bytes]]:
    """Return name → (CRC, compressed bytes) for every member of the zip at `path`."""
    from naskah.docx.zipparts import read_members

    return {m.name: (m.crc, m.data) for m in read_members(path.read_bytes(), path.name)}
