"""Pieces shared by every built-in template: page, fonts, kop, signature block, small paragraph helpers.

Templates are docxtpl templates: Jinja tags in the text, `{%p …%}` for tags that stand alone in a
paragraph (docxtpl removes that paragraph), `{%tr …%}` for table-row loops. The pictures named
`logo` and `garuda` are replaced at render time by the office's own images.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import struct
import zipfile
import zlib
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from naskah.domain.kertas import KERTAS

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
FONT = "Arial"
PAPER = {name: (Mm(width), Mm(height)) for name, (width, height) in KERTAS.items()}


def new_document(*, paper: str = "F4", size: float = 12, spacing: float = 1.0, landscape: bool = False):
    """Return an empty document: paper, Tata Naskah Dinas margins (3/2/2/2.5 cm), Arial `size` pt."""
    document = Document()
    section = document.sections[0]
    width, height = PAPER[paper]
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.top_margin, section.bottom_margin = Cm(1.5), Cm(2.5)
    section.header_distance, section.footer_distance = Cm(1), Cm(1)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(size)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = spacing
    return document


def para(
    container,
    text: str = "",
    *,
    bold: bool = False,
    size: float | None = None,
    align: str | None = None,
    indent_cm: float | None = None,
    first_line_cm: float | None = None,
    space_after: float | None = None,
    underline: bool = False,
    keep_with_next: bool = False,
):
    """Append a paragraph with one run of `text` to `container` (document, cell, header) and return it."""
    paragraph = container.add_paragraph()
    if text:
        run = paragraph.add_run(text)
        run.bold = bold or None
        run.underline = underline or None
        if size:
            run.font.size = Pt(size)
    fmt = paragraph.paragraph_format
    if align:
        paragraph.alignment = {
            "center": WD_ALIGN_PARAGRAPH.CENTER,
            "right": WD_ALIGN_PARAGRAPH.RIGHT,
            "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
            "left": WD_ALIGN_PARAGRAPH.LEFT,
        }[align]
    if indent_cm is not None:
        fmt.left_indent = Cm(indent_cm)
    if first_line_cm is not None:
        fmt.first_line_indent = Cm(first_line_cm)
    if space_after is not None:
        fmt.space_after = Pt(space_after)
    if keep_with_next:
        fmt.keep_with_next = True
    return paragraph


def addressee_lines(container, *, indent_cm: float, kota_indent_cm: float) -> None:
    """Add the addressee block envelopes and labels share, after its opening `{%p if tujuan.kepada %}`.

    The lines are ready Word runs from naskah.jenis._alamat (``{{r …}}``): Kepada, Yth., the further lines,
    di, and the city a little to the right.
    """
    para(container, "{{r tujuan.r_kepada }}", indent_cm=indent_cm)
    tag(container, "{%p endif %}")
    para(container, "{{r tujuan.r_yth }}", indent_cm=indent_cm)
    tag(container, "{%p for baris in tujuan.r_lanjutan %}")
    para(container, "{{r baris }}", indent_cm=indent_cm)
    tag(container, "{%p endfor %}")
    para(container, "{{r tujuan.r_di }}", indent_cm=indent_cm)
    para(container, "{{r tujuan.r_kota }}", indent_cm=kota_indent_cm)


def tag(container, text: str):
    """Append a paragraph holding only a docxtpl block tag such as `{%p if x %}`."""
    return para(container, text)


def tab_stops(paragraph, *positions_cm: float) -> None:
    """Give `paragraph` left tab stops at `positions_cm`."""
    for position in positions_cm:
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(position))


def hanging(paragraph, left_cm: float, hang_cm: float) -> None:
    """Indent `paragraph` by `left_cm` with its first line `hang_cm` to the left (for 'label : value' rows)."""
    paragraph.paragraph_format.left_indent = Cm(left_cm)
    paragraph.paragraph_format.first_line_indent = Cm(-hang_cm)


def page_break(container) -> None:
    """Append a paragraph that holds only a page break."""
    container.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def bottom_rule(paragraph, *, double: bool = True) -> None:
    """Draw the kop's closing rule under `paragraph`: thick over thin (double) or single."""
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "thickThinSmallGap" if double else "single")
    bottom.set(qn("w:sz"), "24" if double else "12")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "000000")
    borders.append(bottom)
    p_pr.append(borders)


def no_borders(table) -> None:
    """Remove every border of `table` (layout tables)."""
    _table_borders(table, val="nil")


def grid_borders(table) -> None:
    """Give `table` single black borders on every cell."""
    _table_borders(table, val="single", sz="4", color="000000")


def _table_borders(table, **attributes: str) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        for name, value in attributes.items():
            element.set(qn(f"w:{name}"), value)
        borders.append(element)
    table._tbl.tblPr.append(borders)


def column_widths(table, *widths_cm: float) -> None:
    """Fix the widths of `table`'s columns (Word honours the cell widths, LibreOffice the grid)."""
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=False):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)


def cell_margin(cell, *, right_cm: float) -> None:
    """Set `cell`'s right margin: a gutter wider than the table's own, so the next column's text stands clear."""
    margins = OxmlElement("w:tcMar")
    right = OxmlElement("w:right")
    right.set(qn("w:w"), str(round(right_cm * 567)))
    right.set(qn("w:type"), "dxa")
    margins.append(right)
    cell._tc.get_or_add_tcPr().append(margins)


def picture(run, image: Path, *, height_cm: float, name: str) -> None:
    """Insert `image` in `run` and name it `name` (alt text too) so the renderer can swap it."""
    shape = run.add_picture(str(image), height=Cm(height_cm))
    doc_pr = shape._inline.docPr
    doc_pr.set("name", name)
    doc_pr.set("descr", name)


def placeholder_png(path: Path, rgb: tuple[int, int, int] = (200, 200, 200), size: tuple[int, int] = (60, 72)) -> Path:
    """Write a plain one-colour PNG at `path` (template placeholder for a logo) and return `path`."""
    width, height = size
    row = b"\x00" + bytes(rgb) * width
    raw = zlib.compress(row * height, 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b""))
    return path


def add_kop(document, work: Path, *, var: str = "kop") -> None:
    """Append both letterheads, chosen at render time by `{{ kop.jenis }}`: 'jabatan' (Garuda) or 'instansi' (logo)."""
    tag(document, f'{{%p if {var}.jenis == "jabatan" %}}')
    garuda = para(document, align="center")
    picture(garuda.add_run(), placeholder_png(work / "garuda.png", (212, 175, 55)), height_cm=2.2, name="garuda")
    para(document, f"{{{{ {var}.jabatan | tanpa_yatim }}}}", bold=True, size=14, align="center")
    tag(document, f"{{%p if {var}.alamat_jabatan %}}")  # domain §3.1: the head of region's own address, when given
    para(document, f"{{{{ {var}.alamat_jabatan | tanpa_yatim }}}}", size=9, align="center")
    tag(document, "{%p endif %}")
    bottom_rule(para(document, size=4))
    tag(document, "{%p else %}")
    table = document.add_table(rows=1, cols=2)
    no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    column_widths(table, 2.6, 13.4)
    logo_cell, text_cell = table.rows[0].cells
    logo_cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    picture(logo_cell.paragraphs[0].add_run(), placeholder_png(work / "logo.png"), height_cm=2.4, name="logo")
    _kop_text(text_cell, var)
    rule = para(document, size=4)
    bottom_rule(rule)
    tag(document, "{%p endif %}")


def _kop_text(cell, var: str) -> None:
    first = cell.paragraphs[0]
    first.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # `tanpa_yatim`: a wrapped kop line never leaves its last word alone (issue 11).
    run = first.add_run(f"{{{{ {var}.pemerintah | tanpa_yatim }}}}")
    run.bold, run.font.size = True, Pt(14)
    tag(cell, f"{{%p for baris in {var}.perangkat_daerah %}}")
    para(cell, "{{ baris | tanpa_yatim }}", bold=True, size=16, align="center")
    tag(cell, "{%p endfor %}")
    para(cell, f"{{{{ {var}.alamat | tanpa_yatim }}}}", size=9, align="center")
    tag(cell, f"{{%p if {var}.kontak %}}")
    para(cell, f"{{{{ {var}.kontak | tanpa_yatim }}}}", size=9, align="center")
    tag(cell, "{%p endif %}")


def add_ttd_block(document, *, var: str = "ttd", indent_cm: float = 8.5, blank_lines: int = 4):
    """Append the signature block in a borderless full-width table of one row that may not split; return its cell.

    What the caller adds to the cell (a letter's tembusan) stays on the block's page with it.

    Word and LibreOffice both keep a row that may not split on one page, and both keep a keep-with-next
    paragraph with the table after it; LibreOffice does not honour a long chain of keep-with-next paragraphs,
    so a block of plain paragraphs broke between the jabatan and the name (issue 11). The paragraphs keep
    their indent inside the cell, which has no padding, so the block prints where it always did.
    """
    table = document.add_table(rows=1, cols=1)
    no_borders(table)
    full_width(table)
    padding = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), "0")
        margin.set(qn("w:type"), "dxa")
        padding.append(margin)
    table._tbl.tblPr.append(padding)
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    cell = table.rows[0].cells[0]
    first = cell.paragraphs[0]
    add_ttd(cell, var=var, indent_cm=indent_cm, blank_lines=blank_lines)
    first._p.getparent().remove(first._p)  # the cell's own empty paragraph would print above the block
    return cell


def full_width(table) -> None:
    """Make `table` span the text width of any paper (a percentage width; no fixed cell widths)."""
    table.autofit = False
    width = table._tbl.tblPr.find(qn("w:tblW"))
    width.set(qn("w:type"), "pct")
    width.set(qn("w:w"), "5000")
    for tc_w in list(table._tbl.iter(qn("w:tcW"))):
        tc_w.getparent().remove(tc_w)


def add_ttd(container, *, var: str = "ttd", indent_cm: float = 8.5, blank_lines: int = 4) -> None:
    """Append a signature block: delegation and jabatan lines, room to sign, name, pangkat, NIP (Pasal 44)."""
    tag(container, f"{{%p for baris in {var}.jabatan %}}")
    para(container, "{{ baris }}", indent_cm=indent_cm, keep_with_next=True)
    tag(container, "{%p endfor %}")
    for _ in range(blank_lines):
        para(container, indent_cm=indent_cm, keep_with_next=True)
    tag(container, f"{{%p if {var}.garis_bawah %}}")
    para(container, f"{{{{ {var}.nama }}}}", bold=True, underline=True, indent_cm=indent_cm, keep_with_next=True)
    tag(container, "{%p else %}")
    para(container, f"{{{{ {var}.nama }}}}", bold=True, indent_cm=indent_cm, keep_with_next=True)
    tag(container, "{%p endif %}")
    tag(container, f"{{%p if {var}.pangkat %}}")
    para(container, f"{{{{ {var}.pangkat }}}}", indent_cm=indent_cm, keep_with_next=True)
    tag(container, "{%p endif %}")
    tag(container, f"{{%p if {var}.nip %}}")
    para(container, f"{{{{ {var}.nip }}}}", indent_cm=indent_cm)
    tag(container, "{%p endif %}")


def add_page_number_footer(section, *, text_before: str = "", with_total: bool = False) -> None:
    """Put a centred page number field in `section`'s footer ('Halaman X dari Y' when `with_total`)."""
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text_before:
        paragraph.add_run(text_before)
    _field(paragraph, "PAGE")
    if with_total:
        paragraph.add_run(" dari ")
        _field(paragraph, "NUMPAGES")


def _field(paragraph, instruction: str) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, f" {instruction} "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text.strip() == "1":
            element = OxmlElement("w:t")
            element.text = text
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


# Child order the WordprocessingML schema (ECMA-376 part 1, CT_TblPr / CT_PPrBase / CT_TcPr) demands. python-docx
# keeps its own insertions in order, but elements appended by hand (borders, vAlign) land at the end, and Word
# repairs or refuses a file whose properties are out of order (issue 11).
SCHEMA_ORDER = {
    "tblPr": (
        "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing "
        "tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription tblPrChange"
    ).split(),
    "pPr": (
        "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs "
        "suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
        "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection "
        "textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"
    ).split(),
    "tcPr": (
        "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark "
        "headers cellIns cellDel cellMerge tcPrChange"
    ).split(),
}


def schema_order(root) -> None:
    """Sort the children of every table, paragraph and cell property element under `root` into schema order."""
    for local, order in SCHEMA_ORDER.items():
        rank = {qn(f"w:{name}"): index for index, name in enumerate(order)}
        for element in root.iter(qn(f"w:{local}")):
            children = sorted(element, key=lambda child: rank.get(child.tag, len(rank)))  # stable: unknowns last
            latest = {child.tag: child for child in children}  # each property at most once: the last one set wins
            for child in children:
                if latest[child.tag] is child:
                    element.append(child)
                else:
                    element.remove(child)


# Fixed dates and zip times: rebuilding a template with no change must change no byte.
BUILT = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def output_folder() -> Path:
    """Return where the templates are written: templates/, or $NASKAH_TEMPLAT_KELUARAN (the rebuild test)."""
    return Path(os.environ.get("NASKAH_TEMPLAT_KELUARAN") or TEMPLATES)


def save(document, name: str) -> Path:
    """Save `document` as templates/`name` (properties in schema order), byte-for-byte reproducibly; return the path."""
    for part in (document.part, *(rel.target_part for rel in document.part.rels.values() if not rel.is_external)):
        element = getattr(part, "element", None)
        if element is not None:
            schema_order(element)
    properties = document.core_properties
    properties.created = properties.modified = properties.last_printed = BUILT
    properties.revision, properties.last_modified_by = 1, "naskah"
    buffer = io.BytesIO()
    document.save(buffer)
    target = output_folder() / name
    target.write_bytes(_with_fixed_times(buffer.getvalue()))
    return target


def _with_fixed_times(data: bytes) -> bytes:
    """Return the zip `data` with every member's time set to `ZIP_TIME`, members in their original order."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info), compresslevel=9)
    return out.getvalue()
