"""Build templates/nota_kesepahaman.docx: logos, title block, parties, considerations, articles, signatures.

The pictures `logo_pihak_1`, `logo_pihak_2` (and `logo_pihak_3` in the three-party row) are replaced by
the parties' logos at render time. The footer holds "Halaman X dari Y" as PAGE/NUMPAGES fields and,
when asked for, a paraf box per party.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from tools.templat import umum

LEBAR_TEKS_CM = 16.0
# Distinct colours: identical placeholder images would share one media part and be swapped together.
WARNA_LOGO = ((190, 200, 230), (230, 200, 190), (200, 230, 190))
JARAK = 6  # points after a body paragraph


def build() -> list[Path]:
    """Write templates/nota_kesepahaman.docx and return its path."""
    with tempfile.TemporaryDirectory() as work:
        document = umum.new_document(paper="F4", spacing=1.15)
        _logos(document, Path(work))
        _judul(document)
        _pembukaan(document)
        _pasal(document)
        _penandatangan(document)
        _kaki(document.sections[0])
        return [umum.save(document, "nota_kesepahaman.docx")]


def _logos(document, work: Path) -> None:
    umum.tag(document, "{%p if logo.ada %}")
    umum.tag(document, "{%p if logo.tiga %}")
    _logo_row(document, work, (1, 2, 3))
    umum.tag(document, "{%p else %}")
    _logo_row(document, work, (1, 2))
    umum.tag(document, "{%p endif %}")
    umum.para(document, space_after=JARAK)
    umum.tag(document, "{%p endif %}")


def _logo_row(document, work: Path, parties: tuple[int, ...]) -> None:
    table = document.add_table(rows=1, cols=len(parties))
    umum.no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    umum.column_widths(table, *[LEBAR_TEKS_CM / len(parties)] * len(parties))
    aligns = ["left", "center", "right"] if len(parties) == 3 else ["left", "right"]
    for cell, party, align in zip(table.rows[0].cells, parties, aligns, strict=False):
        paragraph = cell.paragraphs[0]
        paragraph.alignment = getattr(WD_ALIGN_PARAGRAPH, align.upper())
        image = umum.placeholder_png(work / f"logo_pihak_{party}.png", WARNA_LOGO[party - 1])
        umum.picture(paragraph.add_run(), image, height_cm=2.4, name=f"logo_pihak_{party}")


def _judul(document) -> None:
    umum.para(document, "{{ judul }}", bold=True, align="center")
    umum.tag(document, "{%p for baris in judul_pihak %}")
    umum.para(document, "{{ baris }}", bold=True, align="center")
    umum.tag(document, "{%p endfor %}")
    umum.para(document, "TENTANG", bold=True, align="center")
    umum.para(document, "{{ tentang }}", bold=True, align="center")
    umum.tag(document, "{%p for nomor_pihak in nomor %}")
    umum.para(document, "NOMOR : {{ nomor_pihak }}", bold=True, align="center")
    umum.tag(document, "{%p endfor %}")
    umum.tag(document, "{%p if tanggal_nomor %}")
    umum.para(document, "TANGGAL : {{ tanggal_nomor }}", bold=True, align="center")
    umum.tag(document, "{%p endif %}")
    umum.para(document, space_after=JARAK)


def _pembukaan(document) -> None:
    umum.para(document, "{{ pembuka }}", align="justify", space_after=JARAK)
    _pihak_table(document)
    umum.para(document, "{{ para_pihak }}", align="justify", space_after=JARAK)
    umum.tag(document, "{%p for butir in pertimbangan %}")
    _hanging(document, "{{ butir.huruf }}\t{{ butir.teks }}", 0.75)
    umum.tag(document, "{%p endfor %}")
    umum.tag(document, "{%p if pengantar_dasar %}")
    umum.para(document, "{{ pengantar_dasar }}", align="justify", space_after=JARAK)
    umum.tag(document, "{%p endif %}")
    umum.tag(document, "{%p for butir in dasar_hukum %}")
    _hanging(document, "{{ butir.nomor }}\t{{ butir.teks }}", 0.75)
    umum.tag(document, "{%p endfor %}")
    umum.tag(document, "{%p if kesepakatan %}")
    umum.para(document, "{{ kesepakatan }}", align="justify", space_after=JARAK)
    umum.tag(document, "{%p endif %}")


def _pihak_table(document) -> None:
    table = document.add_table(rows=3, cols=4)
    umum.no_borders(table)
    umum.column_widths(table, 0.75, 5.0, 0.5, LEBAR_TEKS_CM - 6.25)
    start, row, end = table.rows
    start.cells[0].paragraphs[0].add_run("{%tr for ph in pihak %}")
    end.cells[0].paragraphs[0].add_run("{%tr endfor %}")
    number, name, colon, text = row.cells
    number.paragraphs[0].add_run("{{ ph.nomor }}")
    name.paragraphs[0].add_run("{{ ph.nama }}").bold = True
    colon.paragraphs[0].add_run(":")
    text.paragraphs[0].add_run("{{ ph.uraian }}")
    text.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for cell in row.cells:
        cell.paragraphs[0].paragraph_format.space_after = Pt(JARAK)
    umum.para(document, size=4)


def _hanging(container, text: str, left_cm: float, hang_cm: float = 0.75, *, keep: bool = False):
    paragraph = umum.para(container, text, align="justify", space_after=JARAK, keep_with_next=keep)
    umum.hanging(paragraph, left_cm, hang_cm)
    umum.tab_stops(paragraph, left_cm)
    return paragraph


def _pasal(document) -> None:
    """The articles; the last one is kept with the signatures, so the signature page never stands alone."""
    umum.tag(document, "{%p for ps in pasal %}")
    umum.tag(document, "{%p if ps.akhir and not penutup %}")
    _satu_pasal(document, keep=True)
    umum.tag(document, "{%p else %}")
    _satu_pasal(document, keep=False)
    umum.tag(document, "{%p endif %}")
    umum.tag(document, "{%p endfor %}")
    umum.tag(document, "{%p if penutup %}")
    umum.para(document, "{{ penutup }}", align="justify", space_after=JARAK, keep_with_next=True)
    umum.tag(document, "{%p endif %}")


def _satu_pasal(document, keep: bool) -> None:
    umum.para(document, "Pasal {{ ps.nomor }}", bold=True, align="center", keep_with_next=True)
    umum.para(document, "{{ ps.judul }}", bold=True, align="center", keep_with_next=True, space_after=JARAK)
    umum.tag(document, "{%p for ay in ps.ayat %}")
    umum.tag(document, "{%p if ay.nomor %}")
    _keep(_hanging(document, "{{ ay.nomor }}\t{{ ay.teks }}", 1.0, 1.0), keep)
    _butir(document, 1.75, keep)
    umum.tag(document, "{%p else %}")
    _keep(umum.para(document, "{{ ay.teks }}", align="justify", space_after=JARAK), keep)
    _butir(document, 0.75, keep)
    umum.tag(document, "{%p endif %}")
    umum.tag(document, "{%p endfor %}")
    _keep(umum.para(document, space_after=JARAK), keep)


def _keep(paragraph, keep: bool):
    paragraph.paragraph_format.keep_with_next = keep or None
    return paragraph


def _butir(document, left_cm: float, keep: bool = False) -> None:
    umum.tag(document, "{%p for bt in ay.butir %}")
    _keep(_hanging(document, "{{ bt.huruf }}\t{{ bt.teks }}", left_cm), keep)
    umum.tag(document, "{%p endfor %}")


def _penandatangan(document) -> None:
    """Side-by-side signature blocks; names share one table row so they line up whatever the jabatan."""
    umum.para(document, keep_with_next=True)
    table = document.add_table(rows=5, cols=2)
    umum.no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    umum.column_widths(table, LEBAR_TEKS_CM / 2, LEBAR_TEKS_CM / 2)
    start, heads, seals, names, end = table.rows
    start.cells[0].paragraphs[0].add_run("{%tr for g in ttd %}")
    end.cells[0].paragraphs[0].add_run("{%tr endfor %}")
    for cell, side in zip(heads.cells, ("kiri", "kanan"), strict=False):
        _head(cell, side)
    for cell, side in zip(seals.cells, ("kiri", "kanan"), strict=False):
        _seal(cell, side)
    for cell, side in zip(names.cells, ("kiri", "kanan"), strict=False):
        _name(cell, side)
    for row in (heads, seals, names):
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _head(cell, side: str) -> None:
    first = cell.paragraphs[0]
    first.alignment = WD_ALIGN_PARAGRAPH.CENTER
    first.paragraph_format.keep_with_next = True
    first.paragraph_format.space_before = Pt(12)  # also between the rows of a third or fourth party
    first.add_run(f"{{{{ g.{side}.label }}}}")
    umum.tag(cell, f"{{%p for baris in g.{side}.jabatan %}}")
    umum.para(cell, "{{ baris }}", align="center", keep_with_next=True)
    umum.tag(cell, "{%p endfor %}")


def _seal(cell, side: str) -> None:
    """Room to sign over the meterai: the placeholder sits left of centre, where the stamp is stuck."""
    first = cell.paragraphs[0]
    first.paragraph_format.keep_with_next = True
    first.paragraph_format.space_before = Pt(18)
    first.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = first.add_run(f"{{{{ g.{side}.meterai }}}}")
    run.font.size = Pt(8)
    umum.para(cell, keep_with_next=True, space_after=30)


def _name(cell, side: str) -> None:
    block = f"g.{side}"
    cell.paragraphs[0].add_run(f"{{%p if {block}.garis_bawah %}}")
    umum.para(cell, f"{{{{ {block}.nama }}}}", bold=True, underline=True, align="center")
    umum.tag(cell, "{%p else %}")
    umum.para(cell, f"{{{{ {block}.nama }}}}", bold=True, align="center")
    umum.tag(cell, "{%p endif %}")
    for line in ("pangkat", "nip"):
        umum.tag(cell, f"{{%p if {block}.{line} %}}")
        umum.para(cell, f"{{{{ {block}.{line} }}}}", align="center")
        umum.tag(cell, "{%p endif %}")


def _kaki(section) -> None:
    """Footer: the paraf boxes (when asked for), then "Halaman X dari Y" as live fields."""
    umum.add_page_number_footer(section, text_before="Halaman ", with_total=True)
    footer = section.footer
    page_number = footer.paragraphs[0]
    umum.tag(footer, "{%p if paraf %}")
    table = footer.add_table(rows=3, cols=2, width=Cm(6))
    umum.grid_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.RIGHT
    umum.column_widths(table, 4.0, 2.0)
    start, row, end = table.rows
    start.cells[0].paragraphs[0].add_run("{%tr for label in paraf %}")
    end.cells[0].paragraphs[0].add_run("{%tr endfor %}")
    label = row.cells[0].paragraphs[0]
    label.add_run("Paraf {{ label }}").font.size = Pt(8)
    _row_height(row, Cm(0.7))
    umum.tag(footer, "{%p endif %}")
    footer._element.append(page_number._p)  # the page number goes under the paraf boxes


def _row_height(row, height) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    element = OxmlElement("w:trHeight")
    element.set(qn("w:val"), str(height.twips))
    element.set(qn("w:hRule"), "atLeast")
    tr_pr.append(element)
