"""Build templates/amplop.docx: the face of an envelope, drawn at the reference size DL (220 × 110 mm).

One layout table (naskah.domain.ukuran_amplop): the logo and the sender's kop at the top left, the sifat at
the top right, the addressee in the lower right area. naskah stretches the table to the envelope chosen
(pemda, DL, C5, C4); the addressee's lines arrive as RichText at the size that fits the area.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from tools.templat.umum import (
    addressee_lines,
    column_widths,
    new_document,
    no_borders,
    para,
    picture,
    placeholder_png,
    save,
    tag,
)

from naskah.domain import ukuran_amplop as ukuran

INDENT_CM = ukuran.JARAK_TEKS / 10
KOTA_INDENT_CM = INDENT_CM + 1.0  # the city stands under 'di -', a little to the right (as on the letter)


def build() -> list[Path]:
    """Write the envelope template and return its path."""
    with tempfile.TemporaryDirectory() as work:
        return [save(_envelope(Path(work)), "amplop.docx")]


def _envelope(work: Path):
    document = new_document(paper="A4")
    section = document.sections[0]
    dl = ukuran.UKURAN["dl"]
    section.page_width, section.page_height = Mm(dl.lebar), Mm(dl.tinggi)
    section.top_margin, section.bottom_margin = Mm(ukuran.MARGIN_ATAS), Mm(ukuran.MARGIN_BAWAH)
    section.left_margin, section.right_margin = Mm(ukuran.MARGIN_KIRI), Mm(ukuran.MARGIN_KANAN)
    table = document.add_table(rows=2, cols=4)
    _layout_table(table)
    logo, sender, sifat = table.cell(0, 0), table.cell(0, 1).merge(table.cell(0, 2)), table.cell(0, 3)
    address = table.cell(1, 2).merge(table.cell(1, 3))
    table.cell(1, 0).merge(table.cell(1, 1))
    picture(logo.paragraphs[0].add_run(), placeholder_png(work / "logo.png"), height_cm=1.6, name="logo")
    _sender(sender)
    _sifat(sifat)
    _address(address)
    properties = document.core_properties
    properties.title, properties.author, properties.comments = "Amplop", "naskah", ""
    return document


def _layout_table(table) -> None:
    """Fixed columns, exact row heights, no borders and no cell padding: the cells are the envelope's areas."""
    no_borders(table)
    column_widths(table, *(mm / 10 for mm in ukuran.KOLOM))
    tbl_pr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    margins = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), "0")
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    tbl_pr.append(margins)
    for row, height in zip(table.rows, (ukuran.KEPALA, ukuran.ALAMAT), strict=True):
        row.height, row.height_rule = Mm(height), WD_ROW_HEIGHT_RULE.EXACTLY


def _sender(cell) -> None:
    """The office's kop, its lines as Word runs already sized to fit the area (naskah shrinks a long kop)."""
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    cell.paragraphs[0].add_run("{{r pengirim.pemerintah }}")
    tag(cell, "{%p for baris in pengirim.perangkat_daerah %}")
    para(cell, "{{r baris }}")
    tag(cell, "{%p endfor %}")
    para(cell, "{{r pengirim.alamat }}")
    tag(cell, "{%p if pengirim.kontak %}")
    para(cell, "{{r pengirim.kontak }}")
    tag(cell, "{%p endif %}")
    for paragraph in cell.paragraphs:
        paragraph.paragraph_format.left_indent = paragraph.paragraph_format.right_indent = Mm(ukuran.JARAK_TEKS)


def _sifat(cell) -> None:
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    paragraph = cell.paragraphs[0]
    paragraph.alignment = 2  # right
    paragraph.paragraph_format.right_indent = Mm(ukuran.JARAK_TEKS)
    run = paragraph.add_run("{{ sifat }}")
    run.bold = True
    run.font.size = Pt(13)


def _address(cell) -> None:
    """The addressee as the letter writes it: (Kepada) / Yth. … / lines under it / di - / city."""
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    cell.paragraphs[0].paragraph_format.left_indent = Mm(ukuran.JARAK_TEKS)
    cell.paragraphs[0].add_run("{%p if tujuan.kepada %}")
    addressee_lines(cell, indent_cm=INDENT_CM, kota_indent_cm=KOTA_INDENT_CM)
    for paragraph in cell.paragraphs:
        paragraph.paragraph_format.right_indent = Mm(ukuran.JARAK_TEKS)
