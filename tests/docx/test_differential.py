"""naskah's engine against docxtpl: templates of our own, covering docxtpl's template features, give the same text.

Each template is built with python-docx, rendered once by docxtpl and once by `PreparedTemplate` in the
sandbox users' templates get, and the visible text of both results (body, tables, headers, footers) is
compared. docxtpl without autoescaping is the reference for literals (it prints them once-escaped);
values holding ``&`` or ``<`` are compared with docxtpl's autoescaping on, since without it they break
its XML.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.document import Document
from docxtpl import DocxTemplate

from naskah.docx import PreparedTemplate
from naskah.docx.environment import make_environment

CONTEXT: dict[str, Any] = {
    "acara": {"nama": "Rapat Koordinasi Stunting", "tempat": "Aula Kantor Bupati Sigi", "jumlah": 3},
    "penerima": [
        {"nama": "Dr. Hj. Andi Nurlaela, M.Kes.", "jabatan": "Kepala Dinas Kesehatan", "hadir": True},
        {"nama": "Ir. I Made Suarjana", "jabatan": "Camat Dolo Selatan", "hadir": False},
        {"nama": "La Ode Ahmad", "jabatan": "Lurah Kalukubula", "hadir": True},
    ],
    "bulan": ["Januari", "Februari", "Maret", "April"],
    "kosong": [],
    "instansi": "Dinas Pemberdayaan Perempuan & Perlindungan Anak <DP3A>",
}


def body_paragraphs(document: Document) -> None:
    document.add_paragraph("Nama acara: {{ acara.nama }} di {{ acara.tempat|upper }}.")
    document.add_paragraph("{% if acara.jumlah > 1 %}Lebih dari satu sesi ({{ acara.jumlah }}).{% endif %}")
    document.add_paragraph("{% if acara.jumlah >= 3 and acara.jumlah != 4 %}Tiga sesi.{% else %}Lain.{% endif %}")
    document.add_paragraph("{{ bulan|join(', ') }}; {{ bulan|length }} bulan; {{ bulan|first }}–{{ bulan|last }}.")
    document.add_paragraph("{{ acara.nama|replace('Stunting', 'Gizi')|title }} {{ 'ok'|center(6) }}|")
    document.add_paragraph("{{ penerima|map(attribute='nama')|select('ne', 'La Ode Ahmad')|join(' / ') }}")
    document.add_paragraph("{{ kosong|default('tanpa isi', true) }} {{ tidak_ada|default('bawaan') }}")
    document.add_paragraph(
        "{% for b in bulan %}{{ loop.index }}. {{ b }}{% if not loop.last %}, {% endif %}{% endfor %}"
    )


def paragraph_tags(document: Document) -> None:
    document.add_paragraph("Sebelum.")
    document.add_paragraph("{%p for orang in penerima %}")
    document.add_paragraph("{{ loop.index }}. {{ orang.nama }}, {{ orang.jabatan }}")
    document.add_paragraph("{%p if not orang.hadir %}")
    document.add_paragraph("   (berhalangan)")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{%p endfor %}")
    document.add_paragraph("{#p catatan untuk penyusun: paragraf ini hilang #}")
    document.add_paragraph("Sesudah.{# komentar sebaris #}")


def table_rows(document: Document) -> None:
    table = document.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["No", "Nama", "Jabatan"], strict=True):
        cell.text = text
    table.rows[1].cells[0].text = "{%tr for orang in penerima %}"
    table.rows[2].cells[0].text = "{{ loop.index }}"
    table.rows[2].cells[1].text = "{{ orang.nama }}"
    table.rows[2].cells[2].text = "{{ orang.jabatan }}{% if orang.hadir %} ✓{% endif %}"
    table.rows[3].cells[0].text = "{%tr endfor %}"


def table_columns(document: Document) -> None:
    table = document.add_table(rows=2, cols=3)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "Bulan"
    table.rows[0].cells[1].text = "{%tc for b in bulan %}"
    table.rows[0].cells[2].text = "{{ b }}{%tc endfor %}"
    table.rows[1].cells[0].text = "Sesi{#tc kolom kosong untuk isian #}"
    table.rows[1].cells[1].text = "{%tc for b in bulan %}"
    table.rows[1].cells[2].text = "{{ loop.index }}{%tc endfor %}"


def headers_and_footers(document: Document) -> None:
    section = document.sections[0]
    section.header.paragraphs[0].text = "{{ acara.nama|upper }} — {{ acara.tempat }}"
    section.footer.paragraphs[0].text = "{% if acara.jumlah > 2 %}Banyak sesi{% endif %} · {{ bulan|length }} bulan"
    document.add_paragraph("Isi dengan kepala dan kaki halaman.")


def escaping_literals(document: Document) -> None:
    document.add_paragraph('Bidang {{ "R & D" }} dan {{ \'"kutip"\' }}.')
    document.add_paragraph('{{ tidak_ada|default("Testé&xx;") }} {{ "x & y" }}')
    document.add_paragraph('{% if "&" in "R & D" %}ada ampersand{% endif %} {{ 1 < 2 }}')


def escaping_values(document: Document) -> None:
    document.add_paragraph("Instansi: {{ instansi }}")
    document.add_paragraph("{{ instansi|upper }} — {{ instansi|length }} huruf")


TEMPLATES: list[tuple[str, Callable[[Document], None], bool]] = [
    ("paragraf-dan-filter", body_paragraphs, False),
    ("tag-paragraf-dan-komentar", paragraph_tags, False),
    ("baris-tabel", table_rows, False),
    ("kolom-tabel", table_columns, False),
    ("kepala-dan-kaki", headers_and_footers, False),
    ("literal", escaping_literals, False),
    ("nilai-beresc", escaping_values, True),
]


def build(tmp_path: Path, name: str, fill: Callable[[Document], None]) -> Path:
    document = docx.Document()
    fill(document)
    path = tmp_path / f"{name}.docx"
    document.save(str(path))
    return path


def visible_text(data: bytes) -> list[str]:
    """Return every paragraph's text: headers, body (tables cell by cell, in order), footers."""
    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    for section in document.sections:
        lines += ["kepala: " + p.text for p in section.header.paragraphs]
    for block in document.element.body.iterchildren():
        if block.tag.endswith("}p"):
            lines.append("".join(t.text or "" for t in block.iter(docx.oxml.ns.qn("w:t"))))
        elif block.tag.endswith("}tbl"):
            for row in block.iter(docx.oxml.ns.qn("w:tr")):
                cells = [
                    "".join(t.text or "" for t in cell.iter(docx.oxml.ns.qn("w:t")))
                    for cell in row.iter(docx.oxml.ns.qn("w:tc"))
                ]
                lines.append(" | ".join(cells))
    for section in document.sections:
        lines += ["kaki: " + p.text for p in section.footer.paragraphs]
    return lines


def by_docxtpl(path: Path, context: Mapping[str, Any], autoescape: bool) -> bytes:
    template = DocxTemplate(str(path))
    template.render(dict(context), autoescape=autoescape)
    out = io.BytesIO()
    template.save(out)
    return out.getvalue()


def by_naskah(path: Path, context: Mapping[str, Any]) -> bytes:
    template = PreparedTemplate.load(path, make_environment(sandboxed=True))
    out = io.BytesIO()
    template.write_docx(template.render_part_xml(context), out)
    return out.getvalue()


def grid_columns(data: bytes) -> list[int]:
    document = docx.Document(io.BytesIO(data))
    return [len(table._tbl.tblGrid.gridCol_lst) for table in document.tables]


@pytest.mark.parametrize(("name", "fill", "autoescape"), TEMPLATES, ids=[t[0] for t in TEMPLATES])
def test_naskah_renders_the_same_text_as_docxtpl(tmp_path, name, fill, autoescape):
    path = build(tmp_path, name, fill)
    expected = visible_text(by_docxtpl(path, CONTEXT, autoescape))
    actual = visible_text(by_naskah(path, CONTEXT))
    assert actual == expected
    assert not any(tag in line for line in actual for tag in ("{{", "{%", "{#", "}}", "%}"))


def test_the_reference_texts_are_what_the_templates_say(tmp_path):
    """Guard against both engines being wrong alike: a few lines checked by hand."""
    lines = visible_text(by_naskah(build(tmp_path, "a", body_paragraphs), CONTEXT))
    assert "Nama acara: Rapat Koordinasi Stunting di AULA KANTOR BUPATI SIGI." in lines
    assert "Lebih dari satu sesi (3)." in lines and "Tiga sesi." in lines
    assert "1. Januari, 2. Februari, 3. Maret, 4. April" in lines
    literal = visible_text(by_naskah(build(tmp_path, "b", escaping_literals), CONTEXT))
    assert literal[1:3] == ['Bidang R & D dan "kutip".', "Testé&xx; x & y"]

    def less_than(document: Document) -> None:  # docxtpl without autoescaping breaks its XML here; naskah does not
        document.add_paragraph('{{ "a < b" }} {% if acara.jumlah < 5 %}kurang dari lima{% endif %} {{ "x & y"|upper }}')

    assert visible_text(by_naskah(build(tmp_path, "e", less_than), CONTEXT))[1] == "a < b kurang dari lima X & Y"
    rows = visible_text(by_naskah(build(tmp_path, "c", table_rows), CONTEXT))
    assert rows[2:5] == [
        "1 | Dr. Hj. Andi Nurlaela, M.Kes. | Kepala Dinas Kesehatan ✓",
        "2 | Ir. I Made Suarjana | Camat Dolo Selatan",
        "3 | La Ode Ahmad | Lurah Kalukubula ✓",
    ]
    values = visible_text(by_naskah(build(tmp_path, "d", escaping_values), CONTEXT))
    assert values[1] == "Instansi: Dinas Pemberdayaan Perempuan & Perlindungan Anak <DP3A>"


def test_cell_loops_and_cell_comments_keep_the_table_grid_like_docxtpl(tmp_path):
    """docxtpl repairs the grid after {%tc%} loops and {#tc#} comments; without it Word's column widths change."""
    path = build(tmp_path, "kolom", table_columns)
    assert grid_columns(by_naskah(path, CONTEXT)) == grid_columns(by_docxtpl(path, CONTEXT, False))


def test_a_cell_comment_alone_triggers_the_grid_repair(tmp_path):
    def comment_only(document: Document) -> None:
        table = document.add_table(rows=1, cols=3)
        table.rows[0].cells[0].text = "A"
        table.rows[0].cells[1].text = "{#tc catatan #}"
        table.rows[0].cells[2].text = "C"

    path = build(tmp_path, "komentar", comment_only)
    expected = by_docxtpl(path, CONTEXT, False)
    actual = by_naskah(path, CONTEXT)
    assert visible_text(actual) == visible_text(expected)
    assert "A | C" in visible_text(actual)
    assert grid_columns(actual) == grid_columns(expected)
