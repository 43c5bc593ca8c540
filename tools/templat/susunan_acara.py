"""Build templates/susunan_acara.docx (rundown + petugas tables) and templates/pembawa_acara.docx (MC script).

Rows, times and every sentence come ready-made from naskah.jenis.susunan_acara.konteks.
"""

from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Pt
from tools.templat import daftar_hadir as dh
from tools.templat import umum

SATUAN = 40  # grid units of the rundown table; must match naskah.jenis.susunan_acara.konteks
LEBAR_SUSUNAN_CM = 16.5
KOLOM_PETUGAS = (4.0, 5.7, 6.8)  # Peran, Nama, Jabatan (cm)
UKURAN_TABEL = 11
INDEN_UCAPAN = 4.5  # cm: the speaker label hangs left of what is said


def build() -> list[Path]:
    """Write both templates and return their paths."""
    return [_susunan(), _pembawa_acara()]


def _susunan() -> Path:
    document = umum.new_document(paper="F4")
    _judul(document)
    _tabel_susunan(document)
    _catatan(document)
    umum.tag(document, "{%p if petugas %}")
    umum.para(document, space_after=6)
    umum.para(document, "{{ judul_petugas }}", bold=True, align="center", space_after=6, keep_with_next=True)
    _tabel_petugas(document)
    umum.tag(document, "{%p endif %}")
    return umum.save(document, "susunan_acara.docx")


def _pembawa_acara() -> Path:
    document = umum.new_document(paper="F4")
    umum.add_page_number_footer(document.sections[0])
    _judul(document)
    umum.tag(document, "{%p for l in langkah %}")
    umum.para(document, "{{ l.judul }}", bold=True, space_after=3, keep_with_next=True)
    _ucapan(document)
    umum.para(document, space_after=3)
    umum.tag(document, "{%p endfor %}")
    return umum.save(document, "pembawa_acara.docx")


def _judul(document) -> None:
    umum.tag(document, "{%p for baris in judul %}")
    umum.para(document, "{{ baris }}", bold=True, size=13, align="center")
    umum.tag(document, "{%p endfor %}")
    umum.para(document, space_after=6)
    umum.tag(document, "{%p for r in rincian %}")
    line = umum.para(document, "{{ r.label }}\t:\t{{ r.nilai }}")
    umum.hanging(line, 3.8, 3.8)
    umum.tab_stops(line, 3.3, 3.8)
    umum.tag(document, "{%p endfor %}")
    umum.para(document, space_after=6)


def _tabel_susunan(document) -> None:
    """The rundown with the columns chosen per rundown: cells come from `{%tc for %}` loops spanning grid units."""
    table = document.add_table(rows=4, cols=SATUAN)
    umum.grid_borders(table)
    header, loop_start, body, loop_end = table.rows
    dh._marker_row(loop_start, "{%tr for b in baris %}")
    dh._marker_row(loop_end, "{%tr endfor %}")
    dh._loop_cell(header, "k in kolom")
    dh._loop_cell(body, "s in b.sel")
    _judul_kolom(header.cells[1])
    _isi_kolom(body.cells[1])
    _ulang_judul(header)
    dh._full_width(table, LEBAR_SUSUNAN_CM / SATUAN)


def _judul_kolom(cell) -> None:
    dh._centre_vertically(cell)
    paragraph = cell.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run("{% colspan k.lebar %}{{ k.judul }}")
    run.bold, run.font.size = True, Pt(UKURAN_TABEL)


def _isi_kolom(cell) -> None:
    """One paragraph per alignment, then the step's note under the text of the Acara column."""
    cell.paragraphs[0].add_run('{% colspan s.lebar %}{%p if s.rata == "tengah" %}')
    _isi_sel_baru(cell, "{{ s.teks }}", align="center")
    umum.tag(cell, "{%p else %}")
    _isi_sel_baru(cell, "{{ s.teks }}")
    umum.tag(cell, "{%p endif %}")
    umum.tag(cell, "{%p if s.catatan %}")
    note = _isi_sel_baru(cell, "{{ s.catatan }}")
    note.runs[0].italic = True
    umum.tag(cell, "{%p endif %}")


def _isi_sel_baru(cell, teks: str, *, align: str | None = None):
    paragraph = umum.para(cell, teks, size=UKURAN_TABEL, align=align)
    return paragraph


def _catatan(document) -> None:
    """Notes under the rundown (e.g. the half-mast rules of 30 September and 1 October)."""
    umum.tag(document, "{%p if catatan %}")
    umum.para(document, space_after=3)
    umum.para(document, "Catatan:", bold=True, size=UKURAN_TABEL, keep_with_next=True)
    umum.tag(document, "{%p for c in catatan %}")
    line = umum.para(document, "-\t{{ c }}", size=UKURAN_TABEL)
    umum.hanging(line, 0.5, 0.5)
    umum.tab_stops(line, 0.5)
    umum.tag(document, "{%p endfor %}")
    umum.tag(document, "{%p endif %}")


def _tabel_petugas(document) -> None:
    table = _tabel(document, ("Peran", "Nama", "Jabatan"), KOLOM_PETUGAS)
    body = table.rows[2].cells
    _isi_sel(body[0], "{{ p.peran }}")
    _isi_sel(body[1], "{{ p.nama }}")
    umum.tag(body[1], "{%p if p.nip %}")
    umum.para(body[1], "{{ p.nip }}", size=UKURAN_TABEL)
    umum.tag(body[1], "{%p endif %}")
    _isi_sel(body[2], "{{ p.jabatan }}")
    _penanda_baris(table, "p in petugas")


def _tabel(document, judul_kolom: tuple[str, ...], lebar: tuple[float, ...]):
    """Return a bordered table: a repeated bold header row, a loop-start row, the body row, a loop-end row."""
    table = document.add_table(rows=4, cols=len(judul_kolom))
    umum.grid_borders(table)
    umum.column_widths(table, *lebar)
    # Widths relative to the text width: the F4 widths (16.5 cm) overflowed A4's 16 cm (issue 11, area_cetak).
    umum.full_width(table)
    for cell, teks in zip(table.rows[0].cells, judul_kolom, strict=False):
        _isi_sel(cell, teks, bold=True, align="center")
    _ulang_judul(table.rows[0])
    return table


def _penanda_baris(table, loop: str) -> None:
    table.rows[1].cells[0].paragraphs[0].add_run(f"{{%tr for {loop} %}}")
    table.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")


def _isi_sel(cell, teks: str, *, bold: bool = False, align: str | None = None) -> None:
    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(teks)
    run.bold = bold or None
    run.font.size = Pt(UKURAN_TABEL)
    if align:
        paragraph.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER}[align]


def _ulang_judul(row) -> None:
    """Repeat `row` at the top of every page the table runs onto."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))  # no w:val: the schema's on/off-only type; absent means on


def _ucapan(document) -> None:
    """Append the lines said at one step: speaker label hanging left, continuation, or a stage direction."""
    umum.tag(document, "{%p for u in l.ucapan %}")
    umum.tag(document, "{%p if u.catatan %}")
    note = umum.para(document, "{{ u.teks }}", indent_cm=INDEN_UCAPAN, space_after=3)
    note.runs[0].italic = True
    umum.tag(document, "{%p elif u.pembicara %}")
    said = umum.para(document, "{{ u.pembicara }}:", bold=True, space_after=3)
    said.add_run("\t{{ u.teks }}")
    umum.hanging(said, INDEN_UCAPAN, INDEN_UCAPAN)
    umum.tab_stops(said, INDEN_UCAPAN)
    umum.tag(document, "{%p else %}")
    umum.para(document, "{{ u.teks }}", indent_cm=INDEN_UCAPAN, space_after=3)
    umum.tag(document, "{%p endif %}")
    umum.tag(document, "{%p endfor %}")
