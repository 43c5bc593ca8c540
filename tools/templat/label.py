"""Build templates/label.docx: the lines of one address label.

The template holds one label's text only; naskah lays the labels out on the sheet (naskah.jenis.label.konteks)
and chooses the font size per label, so the lines arrive as RichText (``{{r tujuan.r_yth }}``). The text is
indented from the label's edges by JARAK_KIRI_KANAN, which the fitting assumes.
"""

from __future__ import annotations

from pathlib import Path

from docx.shared import Mm
from tools.templat.umum import addressee_lines, new_document, save, tag

from naskah.jenis.label.konteks import JARAK_KIRI_KANAN

INDENT_CM = JARAK_KIRI_KANAN / 10
KOTA_INDENT_CM = INDENT_CM + 0.8


def build() -> list[Path]:
    """Write the label template and return its path."""
    document = new_document(paper="A4", size=10)
    body = document.paragraphs[0]._p if document.paragraphs else None
    if body is not None:
        body.getparent().remove(body)
    tag(document, "{%p if tujuan.kepada %}")
    addressee_lines(document, indent_cm=INDENT_CM, kota_indent_cm=KOTA_INDENT_CM)
    for paragraph in document.paragraphs:
        paragraph.paragraph_format.right_indent = Mm(JARAK_KIRI_KANAN)
    properties = document.core_properties
    properties.title, properties.author, properties.comments = "Label alamat", "naskah", ""
    return [save(document, "label.docx")]
