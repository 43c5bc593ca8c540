"""Build templates/sambutan.docx: a speech in large print (14 pt, 1.5 spacing) with page numbers.

Every sentence arrives ready-made from naskah.jenis.sambutan.konteks; the template only lays
the parts out in §8's order. The paper size is set at render time from `gaya.kertas_sambutan`.
"""

from __future__ import annotations

from pathlib import Path

from tools.templat import umum

UKURAN = 14
SPASI = 1.5
JARAK = 6  # points after each paragraph: room to breathe when reading aloud
INDEN = 1.25  # first-line indent of body paragraphs, cm


def build() -> list[Path]:
    """Write templates/sambutan.docx and return its path."""
    document = umum.new_document(paper="A4", size=UKURAN, spacing=SPASI)
    umum.add_page_number_footer(document.sections[0])
    _judul(document)
    _baris_loop(document, "salam_pembuka")
    _baris_loop(document, "penghormatan")
    _paragraf(document, "{{ puji_syukur }}")
    umum.tag(document, "{%p if terima_kasih %}")
    _paragraf(document, "{{ terima_kasih }}")
    umum.tag(document, "{%p endif %}")
    _isi(document)
    umum.tag(document, "{%p if peresmian %}")
    _paragraf(document, "{{ peresmian }}")
    umum.tag(document, "{%p endif %}")
    # The closing sentence, the salutation and the signature go together: the block never stands alone (issue 11).
    _paragraf(document, "{{ penutup }}").paragraph_format.keep_with_next = True
    _baris_loop(document, "salam_penutup", keep_with_next=True)
    umum.para(document, keep_with_next=True)
    umum.add_ttd_block(document, var="ttd", indent_cm=7.5, blank_lines=3)
    return [umum.save(document, "sambutan.docx")]


def _judul(document) -> None:
    umum.tag(document, "{%p for baris in judul %}")
    umum.para(document, "{{ baris }}", bold=True, align="center")
    umum.tag(document, "{%p endfor %}")
    umum.para(document, space_after=JARAK)


def _baris_loop(document, name: str, *, keep_with_next: bool = False) -> None:
    """Append one left-aligned paragraph per line of list `name`, then an empty line."""
    umum.tag(document, f"{{%p for baris in {name} %}}")
    umum.para(document, "{{ baris }}", keep_with_next=keep_with_next)
    umum.tag(document, "{%p endfor %}")
    umum.para(document, keep_with_next=keep_with_next)


def _paragraf(document, text: str):
    return umum.para(document, text, align="justify", first_line_cm=INDEN, space_after=JARAK)


def _isi(document) -> None:
    umum.tag(document, "{%p for blok in isi %}")
    umum.tag(document, "{%p if blok.butir %}")
    umum.tag(document, "{%p for butir in blok.butir %}")
    point = umum.para(document, "{{ butir.nomor }}\t{{ butir.teks }}", align="justify", space_after=JARAK)
    umum.hanging(point, 1.0, 0.75)
    umum.tab_stops(point, 1.0)
    umum.tag(document, "{%p endfor %}")
    umum.tag(document, "{%p else %}")
    _paragraf(document, "{{ blok.teks }}")
    umum.tag(document, "{%p endif %}")
    umum.tag(document, "{%p endfor %}")
