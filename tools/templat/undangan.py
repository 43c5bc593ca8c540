"""Build templates/undangan.docx (one letter per recipient) and templates/undangan_daftar.docx (with DAFTAR UNDANGAN).

The layout follows shared/domain/tata-naskah-dinas.md §4: kop, date line, the colon-aligned Nomor/Sifat/
Lampiran/Hal block, the addressee (Pemda: right-hand `Kepada / Yth. … / di -`; ANRI: `Yth.` on the left),
opening, detail block, closing, signature block and tembusan. Every wording, label and line arrives ready-made
from `naskah.jenis.undangan.konteks`; the template only places it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from tools.templat.umum import (
    add_kop,
    add_ttd_block,
    cell_margin,
    column_widths,
    hanging,
    new_document,
    no_borders,
    para,
    save,
    tab_stops,
    tag,
)

from naskah.jenis.undangan.konteks import LAMPIRAN_BARIS_TWIPS

# Positions (cm from the left margin) of the colon-aligned blocks.
NOMOR_COLON, NOMOR_VALUE = 2.5, 2.8
RINCIAN_LABEL, RINCIAN_COLON, RINCIAN_VALUE, RINCIAN_ITEM = 1.25, 4.5, 4.9, 5.5
ALAMAT_INDENT = 0.9  # the width of "Yth. ": wrapped addressee lines start under the name
# Fits the text width of both F4 (16.5 cm) and A4 (16.0 cm).
HEADER_COLUMNS = (8.5, 7.5)
NOMOR_GUTTER = 0.6  # cm: the Nomor column's right margin, clear of the date beside it
TTD_INDENT = 8.5
LAMPIRAN_INDENT, LAMPIRAN_COLON, LAMPIRAN_VALUE = 8.5, 11.0, 11.3
LAMPIRAN_ITEM = 1.3  # cm: the list's text hangs here, clear of a four-digit number
LAMPIRAN_LINE_PT = LAMPIRAN_BARIS_TWIPS / 20  # the lampiran's exact line height, the one konteks counts with
TTE_CATATAN = (
    "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh "
    "Balai Besar Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara.",
    "Sesuai Pasal 5 ayat (1) UU ITE, dokumen elektronik dan hasil cetaknya merupakan alat bukti hukum yang sah.",
)


def build() -> list[Path]:
    """Write both undangan templates and return their paths."""
    with tempfile.TemporaryDirectory() as work:
        return [
            save(_letter(Path(work), daftar=False), "undangan.docx"),
            save(_letter(Path(work), daftar=True), "undangan_daftar.docx"),
        ]


def _letter(work: Path, *, daftar: bool):
    document = new_document(paper="F4")
    add_kop(document, work)
    para(document)  # the letter starts a line space below the kop's closing rule (domain §2)
    _header(document)
    _body(document)
    _tembusan(add_ttd_block(document, indent_cm=TTD_INDENT))
    if daftar:
        _lampiran_daftar(document)
    _tte_footer(document.sections[0])
    _slim(document)
    properties = document.core_properties
    properties.title, properties.author, properties.comments = "Surat undangan", "naskah", ""
    return document


def _slim(document) -> None:
    """Drop what python-docx's default template carries and a letter never uses.

    Every recipient's file repeats these parts, so they cost disk and write time thousands of times: 100 table
    styles, the latent-style list, stylesWithEffects, customXml and the thumbnail (about 80% of each file).
    """
    styles = document.styles.element
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:type")) == "table" and style.get(qn("w:styleId")) not in ("TableNormal", "TableGrid"):
            styles.remove(style)
    latent = styles.find(qn("w:latentStyles"))
    if latent is not None:
        styles.remove(latent)
    unused = ("/stylesWithEffects", "/customXml", "/thumbnail")
    for rels in (document.part.rels, document.part.package.rels):
        for rid in [rid for rid, rel in rels.items() if rel.reltype.endswith(unused)]:
            del rels[rid]


# --------------------------------------------------------------------------- date, Nomor block, addressee


def _header(document) -> None:
    tag(document, "{%p if alamat_kanan %}")
    _header_pemda(document)
    tag(document, "{%p else %}")
    _header_anri(document)
    tag(document, "{%p endif %}")


def _header_pemda(document) -> None:
    """Permendagri 54/2009 tradition: Nomor block left; date, `Kepada`, `Yth.`, `di -`, city on the right."""
    table = document.add_table(rows=1, cols=2)
    no_borders(table)
    column_widths(table, *HEADER_COLUMNS)
    left, right = table.rows[0].cells
    # A nomor wrapped at its column's edge would otherwise run on into a long date line beside it
    # ('…/Diskominfo.Sandi/ Sumba Barat Daya, 26 Oktober 2026'), read as one phrase.
    cell_margin(left, right_cm=NOMOR_GUTTER)
    _nomor_block(left, first=left.paragraphs[0])
    date = right.paragraphs[0]
    date.add_run("{{ surat.tempat_tanggal }}{{ surat.tanggal_masehi }}")
    date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(right)
    para(right, "Kepada", indent_cm=ALAMAT_INDENT)
    _addressee(right, di_indent=ALAMAT_INDENT, city_indent=ALAMAT_INDENT + 1)
    para(document, space_after=6)


def _header_anri(document) -> None:
    """ANRI style (§4.13): date line right, Nomor block, then `Yth.` on the left."""
    para(document, "{{ surat.tempat_tanggal }}{{ surat.tanggal_masehi }}", align="right", space_after=6)
    _nomor_block(document)
    para(document)
    _addressee(document, di_indent=0, city_indent=ALAMAT_INDENT + 0.35)
    para(document, space_after=6)


def _nomor_block(container, *, first=None) -> None:
    """The letter-head rows (Nomor, Sifat, Lampiran, Hal — or the profile's other set) from `surat.kepala`."""
    if first is not None:
        first.add_run("{%p for baris in surat.kepala %}")
    else:
        tag(container, "{%p for baris in surat.kepala %}")
    paragraph = container.add_paragraph()
    # A long nomor may wrap only after a `/` (issue 11), continuing under the value (the hanging indent).
    paragraph.add_run("{{ baris.label }}\t:\t{{ baris.teks | patah_miring }}")
    hanging(paragraph, NOMOR_VALUE, NOMOR_VALUE)
    tab_stops(paragraph, NOMOR_COLON, NOMOR_VALUE)
    tag(container, "{%p endfor %}")


def _addressee(container, *, di_indent: float, city_indent: float) -> None:
    yth = para(container, "Yth.\t{{ tujuan.yth }}")
    hanging(yth, ALAMAT_INDENT, ALAMAT_INDENT)
    tab_stops(yth, ALAMAT_INDENT)
    tag(container, "{%p for baris in tujuan.lanjutan %}")
    para(container, "{{ baris }}", indent_cm=ALAMAT_INDENT)
    tag(container, "{%p endfor %}")
    para(container, "{{ tujuan.di }}", indent_cm=di_indent)
    para(container, "{{ tujuan.kota }}", indent_cm=city_indent)


# --------------------------------------------------------------------------- opening, details, closing


def _body(document) -> None:
    _paragraphs(document, "pembuka")
    _rincian(document)
    # A letter longer than its page flows, but its closing sentence stays with the signature (issue 11).
    _paragraphs(document, "penutup", keep_with_next=True)
    para(document, keep_with_next=True)


def _paragraphs(document, name: str, *, keep_with_next: bool = False) -> None:
    tag(document, f"{{%p for teks in {name} %}}")
    para(
        document,
        "{{ teks }}",
        align="justify",
        first_line_cm=RINCIAN_LABEL,
        space_after=6,
        keep_with_next=keep_with_next,
    )
    tag(document, "{%p endfor %}")


def _rincian(document) -> None:
    """Detail rows `label : value`; a numbered agenda continues under the value column."""
    tag(document, "{%p for baris in rincian %}")
    tag(document, '{%p if baris.jenis == "butir" %}')
    item = para(document, "{{ baris.nomor }}\t{{ baris.teks }}")
    hanging(item, RINCIAN_ITEM, RINCIAN_ITEM - RINCIAN_VALUE)
    tab_stops(item, RINCIAN_ITEM)
    tag(document, '{%p elif baris.jenis == "butir_pertama" %}')
    first = para(document, "{{ baris.label }}\t:\t{{ baris.nomor }}\t{{ baris.teks }}")
    hanging(first, RINCIAN_ITEM, RINCIAN_ITEM - RINCIAN_LABEL)
    tab_stops(first, RINCIAN_COLON, RINCIAN_VALUE, RINCIAN_ITEM)
    tag(document, "{%p else %}")
    row = para(document, "{{ baris.label }}\t:\t{{ baris.teks }}")
    hanging(row, RINCIAN_VALUE, RINCIAN_VALUE - RINCIAN_LABEL)
    tab_stops(row, RINCIAN_COLON, RINCIAN_VALUE)
    tag(document, "{%p endif %}")
    tag(document, "{%p endfor %}")
    para(document, space_after=6)


# --------------------------------------------------------------------------- tembusan, lampiran, TTE


def _tembusan(cell) -> None:
    """§4.10: `Tembusan:` bottom left; numbered only when there are several.

    It is written in the signature block's cell, whose row may not split: the list is never split over two
    pages and never leaves the signature's page (issue 11); the cell has no padding, so it prints at the margin.
    Its lines also keep with the next (all but the last) and keep their lines, for a word processor that
    splits the row anyway.
    """
    tag(cell, "{%p if tembusan %}")
    para(cell, keep_with_next=True)
    para(cell, "Tembusan:", keep_with_next=True)
    tag(cell, "{%p for item in tembusan %}")
    tag(cell, "{%p if item.nomor and not loop.last %}")
    _tembusan_item(cell, keep_with_next=True)
    tag(cell, "{%p elif item.nomor %}")
    _tembusan_item(cell, keep_with_next=False)
    tag(cell, "{%p else %}")  # a single tembusan: unnumbered, and the last line
    para(cell, "{{ item.teks }}").paragraph_format.keep_together = True
    tag(cell, "{%p endif %}")
    tag(cell, "{%p endfor %}")
    tag(cell, "{%p endif %}")


def _tembusan_item(cell, *, keep_with_next: bool) -> None:
    numbered = para(cell, "{{ item.nomor }}\t{{ item.teks }}", keep_with_next=keep_with_next)
    numbered.paragraph_format.keep_together = True
    hanging(numbered, 0.6, 0.6)
    tab_stops(numbered, 0.6)


def _lampiran_daftar(document) -> None:
    """§4.11: second page headed LAMPIRAN SURAT …, title DAFTAR UNDANGAN, numbered list, signature again.

    Every line of the lampiran, the signature's too, is exactly LAMPIRAN_LINE_PT high and arrives already
    broken (`lampiran.cetak`, each item's `cetak`, `lampiran.ttd`: naskah.jenis.undangan.konteks breaks them
    a little short of the column, so no word processor breaks them again); no name is split over two pages and
    the signature takes the last two names with it. So the pages are a count of lines, and the letter's
    `Lampiran : N lembar` (konteks.lampiran_halaman, with the same numbers) is what prints.
    """
    body = document.element.body
    first = len(body)
    title = para(document, "{{ lampiran.cetak.judul }}", indent_cm=LAMPIRAN_INDENT)
    title.paragraph_format.page_break_before = True
    for label, value in (("NOMOR", "lampiran.cetak.nomor | patah_miring"), ("TANGGAL", "lampiran.cetak.tanggal")):
        row = para(document, f"{label}\t:\t{{{{ {value} }}}}")
        hanging(row, LAMPIRAN_VALUE, LAMPIRAN_VALUE - LAMPIRAN_INDENT)
        tab_stops(row, LAMPIRAN_COLON, LAMPIRAN_VALUE)
    para(document)
    para(document, "DAFTAR UNDANGAN", bold=True, align="center", space_after=12)
    tag(document, "{%p for item in lampiran.daftar %}")
    # The last two names go with the signature onto its page: the block never stands alone (issue 11).
    tag(document, "{%p if loop.revindex in (1, 2) %}")
    _daftar_item(document, keep_with_next=True)
    tag(document, "{%p else %}")
    _daftar_item(document, keep_with_next=False)
    tag(document, "{%p endif %}")
    tag(document, "{%p endfor %}")
    para(document, keep_with_next=True)
    add_ttd_block(document, var="lampiran.ttd", indent_cm=TTD_INDENT)
    for element in list(body)[first:]:
        for paragraph in element.iter(qn("w:p")):  # the signature's cell too
            spacing = Paragraph(paragraph, document).paragraph_format
            spacing.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            spacing.line_spacing = Pt(LAMPIRAN_LINE_PT)


def _daftar_item(document, *, keep_with_next: bool) -> None:
    item = para(document, "{{ item.nomor }}\t{{ item.cetak }}", keep_with_next=keep_with_next)
    item.paragraph_format.keep_together = True
    hanging(item, LAMPIRAN_ITEM, LAMPIRAN_ITEM)  # room for "5000."
    tab_stops(item, LAMPIRAN_ITEM)


def _tte_footer(section) -> None:
    """§4.12: the BSrE notice under every page of an electronically signed letter."""
    footer = section.footer
    tag(footer, "{%p if tte %}")
    for line in TTE_CATATAN:
        notice = para(footer, line, size=8, align="center")
        notice.runs[0].italic = True
    tag(footer, "{%p endif %}")
