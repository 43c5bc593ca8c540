"""Tests for naskah.docx.wordxml: docxtpl's patching and post-processing, used one step at a time."""

from __future__ import annotations

import pytest
from lxml import etree

from naskah.docx import wordxml

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BODY = f'<w:body xmlns:w="{W}">'


def body(*paragraphs: str) -> str:
    return f"{BODY}{''.join(paragraphs)}</w:body>"


def p(*runs: str) -> str:
    return "<w:p>" + "".join(f"<w:r><w:t>{text}</w:t></w:r>" for text in runs) + "</w:p>"


def test_patch_joins_a_tag_word_split_across_runs():
    split = f"{BODY}<w:p><w:r><w:t>{{{{ nama_pe</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>jabat }}}}</w:t></w:r></w:p>"
    patched = wordxml.patch(split + "</w:body>")
    assert "{{ nama_pejabat }}" in patched
    etree.fromstring(patched)  # still well-formed


def test_patch_turns_paragraph_tags_into_plain_jinja_around_paragraphs():
    patched = wordxml.patch(body(p("{%p if tembusan %}"), p("Tembusan:"), p("{%p endif %}")))
    inner = patched[len(BODY) : -len("</w:body>")]
    assert inner == "{% if tembusan %}<w:p><w:r><w:t>Tembusan:</w:t></w:r></w:p>{% endif %}"


@pytest.mark.parametrize("text", ["{{ nomor }}", "{% if x %}", "{# catatan #}"])
def test_has_tags_sees_every_kind_of_tag(text):
    assert wordxml.has_tags(body(p(text)))


@pytest.mark.parametrize("text", ["Anggaran {1} dan {2}", "100% hadir", "Jl. {Kaliurang}"])
def test_has_tags_ignores_ordinary_braces(text):
    assert not wordxml.has_tags(body(p(text)))


@pytest.mark.parametrize("text", ["{%tc for k in kolom %}", "{%- tc endfor %}", "{% colspan n %}", "{% hm %}"])
def test_cell_tags_may_change_the_column_count(text):
    assert wordxml.may_change_columns(f"Daftar {text} hadir")


@pytest.mark.parametrize("text", ["{%tr for s in susunan %}", "{{ kolom }}", "{% if hmm %}", "{%p if tcx %}"])
def test_other_tags_leave_columns_alone(text):
    assert not wordxml.may_change_columns(text)


def test_each_paragraph_starts_a_line_but_paragraph_properties_do_not():
    xml = '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p><w:p w:rsidR="00AB"><w:r/></w:p>'
    marked = wordxml.mark_paragraph_lines(xml)
    assert marked.splitlines() == [
        "",
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>',
        '<w:p w:rsidR="00AB"><w:r/></w:p>',
    ]


def test_finish_undoes_the_paragraph_lines():
    xml = p("Nomor: 1") + p("Lampiran: -")
    assert wordxml.finish(wordxml.mark_paragraph_lines(xml)) == xml


def test_finish_leaves_plain_xml_as_it_is():
    xml = p("Kepada Yth. Bupati Bantul", "di Bantul")
    assert wordxml.finish(xml) == xml


def test_finish_restores_escaped_braces():
    # docxtpl's escape: a template writes {_{ where the letter must show a literal {{.
    assert wordxml.finish(p("{_{ kode }_} {_% x %_}")) == p("{{ kode }} {% x %}")


def test_finish_turns_tabs_and_line_breaks_in_values_into_word_runs():
    finished = wordxml.finish(p("Kepala Dinas\nKabupaten\tKulon Progo"))
    root = etree.fromstring(body(finished))
    texts = [t.text for t in root.iter(f"{{{W}}}t")]
    assert texts == ["Kepala Dinas", "Kabupaten", "Kulon Progo"]
    assert len(list(root.iter(f"{{{W}}}br"))) == 1 and len(list(root.iter(f"{{{W}}}tab"))) == 1
    assert "\t" not in finished and "\n" not in finished


def test_fix_tables_widens_the_grid_to_the_cells_a_loop_made():
    cell = "<w:tc><w:p/></w:tc>"
    table = (
        f'<w:tbl><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid><w:tr>{cell * 3}</w:tr></w:tbl>'
    )
    fixed = wordxml.fix_tables(table, BODY)
    root = etree.fromstring(body(fixed))
    widths = [col.get(f"{{{W}}}w") for col in root.iter(f"{{{W}}}gridCol")]
    assert widths == ["3000", "3000", "3000"]
    assert fixed.startswith("<w:tbl>") and fixed.endswith("</w:tbl>")


def test_renumber_drawings_numbers_every_picture_from_start():
    xml = (
        '<wp:docPr id="1" name="Picture 1"/><pic:cNvPr id="0" name="a.png"/>'
        '<wp:docPr name="Gambar 2" id="1" descr="logo"/><wp:docPrX id="7"/><wp:docPr id="1"/>'
    )
    renumbered, next_id = wordxml.renumber_drawings(xml, 1001)
    assert list(wordxml.drawing_ids(renumbered)) == [1001, 1002, 1003]
    assert next_id == 1004
    assert '<pic:cNvPr id="0"' in renumbered and '<wp:docPrX id="7"/>' in renumbered
    assert 'descr="logo"' in renumbered


def test_renumber_without_pictures_keeps_the_counter():
    assert wordxml.renumber_drawings(p("tanpa gambar"), 1500) == (p("tanpa gambar"), 1500)


def test_drawing_ids_reads_ids_wherever_the_attribute_is():
    xml = '<wp:docPr id="12" name="x"/><wp:docPr name="y" id="3"/><wp:docPr name="z"/>'
    assert list(wordxml.drawing_ids(xml)) == [12, 3]
