"""Tests for naskah.docx.engine: the prepared fast path must match docxtpl's own output."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docxtpl import DocxTemplate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from naskah.docx import PageSetup, PreparedTemplate
from naskah.docx.environment import make_environment
from naskah.errors import OutputError, RenderError, TemplateError
from naskah.keluaran import tulis_docx
from tests.docx.docx_fixtures import (
    JPEG_BYTES,
    LETTER_CONTEXT,
    build_letter,
    canonical_part,
    docx_text,
    png_bytes,
    raw_member_data,
)


def docxtpl_render(template: Path, context: dict, target: Path) -> Path:
    document = DocxTemplate(template)
    document.render(context, jinja_env=make_environment())
    document.save(target)
    return target


def fast_render(template: Path, context: dict, target: Path, **options) -> Path:
    prepared = PreparedTemplate.load(template, make_environment(), **options)
    return tulis_docx(prepared, prepared.render_part_xml(context), target)


def test_fast_path_matches_docxtpl(letter, tmp_path):
    template = letter()
    expected = docxtpl_render(template, LETTER_CONTEXT, tmp_path / "docxtpl.docx")
    actual = fast_render(template, LETTER_CONTEXT, tmp_path / "cepat.docx")
    assert docx_text(actual) == docx_text(expected)
    for part in ("word/document.xml", "word/header1.xml", "word/footer1.xml"):
        assert canonical_part(actual, part) == canonical_part(expected, part)


def test_paragraph_if_and_row_loop(letter, tmp_path):
    susunan = [{"waktu": f"0{i}.00", "kegiatan": f"Sesi {i}"} for i in range(3)]
    context = dict(LETTER_CONTEXT, catatan="", susunan=susunan)
    text = docx_text(fast_render(letter(), context, tmp_path / "a.docx"))
    assert "Catatan" not in text
    assert "00.00\tSesi 0\n01.00\tSesi 1\n02.00\tSesi 2\n" in text
    assert "{%" not in text


def test_ampersand_and_angle_brackets_keep_the_next_paragraph(letter, tmp_path):
    text = docx_text(fast_render(letter(), LETTER_CONTEXT, tmp_path / "a.docx")).splitlines()
    position = text.index("Kepada Yth. PT Maju & Jaya <Tbk>")
    assert text[position + 1] == "Catatan: Harap hadir tepat waktu"


def test_template_code_in_data_prints_literally(letter, tmp_path):
    context = dict(LETTER_CONTEXT, penerima="{{ 7*7 }} {% for x in y %}")
    text = docx_text(fast_render(letter(), context, tmp_path / "a.docx"))
    assert "Kepada Yth. {{ 7*7 }} {% for x in y %}\n" in text


def test_line_breaks_and_tabs_in_values_match_docxtpl(letter, tmp_path):
    context = dict(LETTER_CONTEXT, penerima="Kepala Dinas\nKabupaten\tSleman")
    expected = docxtpl_render(letter(), context, tmp_path / "docxtpl.docx")
    actual = fast_render(letter(), context, tmp_path / "cepat.docx")
    assert canonical_part(actual, "word/document.xml") == canonical_part(expected, "word/document.xml")
    assert "<w:br/>" in zipfile.ZipFile(actual).read("word/document.xml").decode()


_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from("\n\t&<>\"'{}%"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(penerima=_TEXT, catatan=_TEXT)
def test_any_text_renders_like_docxtpl(tmp_path_factory, penerima, catatan):
    folder = tmp_path_factory.mktemp("hyp")
    template = build_letter(folder / "surat.docx")
    context = dict(LETTER_CONTEXT, penerima=penerima, catatan=catatan)
    expected = docxtpl_render(template, context, folder / "docxtpl.docx")
    actual = fast_render(template, context, folder / "cepat.docx")
    assert canonical_part(actual, "word/document.xml") == canonical_part(expected, "word/document.xml")


def test_column_loops_are_fixed_like_docxtpl(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("{%tc for k in kolom %}", "{{ k }}", "{%tc endfor %}"), strict=False):
        cell.text = text
    template = tmp_path / "kolom.docx"
    document.save(template)
    context = {"kolom": ["Senin", "Selasa", "Rabu", "Kamis"]}
    expected = docxtpl_render(template, context, tmp_path / "docxtpl.docx")
    actual = fast_render(template, context, tmp_path / "cepat.docx")
    assert canonical_part(actual, "word/document.xml") == canonical_part(expected, "word/document.xml")


def test_output_is_a_valid_zip_and_reopens(letter, tmp_path):
    target = fast_render(letter(), LETTER_CONTEXT, tmp_path / "a.docx")
    with zipfile.ZipFile(target) as archive:
        assert archive.testzip() is None
        assert archive.namelist()[0] == "[Content_Types].xml"
    assert docx.Document(str(target)).sections[0].header.paragraphs[0].text.endswith("Sleman")


def test_unchanged_parts_are_copied_compressed(letter, tmp_path):
    template = letter()
    target = fast_render(template, LETTER_CONTEXT, tmp_path / "a.docx")
    before, after = raw_member_data(template), raw_member_data(target)
    rendered = {"word/document.xml", "word/header1.xml"}
    assert set(before) == set(after)
    for name in set(before) - rendered:
        assert after[name] == before[name], name


def test_untagged_header_is_copied_not_rendered(letter, tmp_path):
    template = PreparedTemplate.load(letter(header="PEMERINTAH KABUPATEN SLEMAN"), make_environment())
    assert template.render_part_xml(LETTER_CONTEXT).parts == {}


def test_many_renders_from_one_preparation(letter, tmp_path):
    template = PreparedTemplate.load(letter(), make_environment())
    for i in range(3):
        rendered = template.render_part_xml(dict(LETTER_CONTEXT, nomor=f"00{i}"))
        tulis_docx(template, rendered, tmp_path / f"{i}.docx")
    assert [docx.Document(str(tmp_path / f"{i}.docx")).paragraphs[0].text for i in range(3)] == [
        "Nomor: 000",
        "Nomor: 001",
        "Nomor: 002",
    ]


def test_undeclared_variables_cover_body_and_header(letter):
    template = PreparedTemplate.load(letter(), make_environment())
    assert template.undeclared_variables() == {"kabupaten", "nomor", "penerima", "catatan", "susunan", "pejabat"}


def test_missing_field_raises_render_error_naming_it(letter):
    template = PreparedTemplate.load(letter(), make_environment())
    context = {k: v for k, v in LETTER_CONTEXT.items() if k != "pejabat"}
    with pytest.raises(RenderError, match=r"^surat\.docx: kolom 'pejabat' tidak tersedia"):
        template.render_part_xml(context)


def test_missing_field_in_header_names_the_header(letter):
    template = PreparedTemplate.load(letter(), make_environment())
    context = {k: v for k, v in LETTER_CONTEXT.items() if k != "kabupaten"}
    with pytest.raises(RenderError, match=r"surat\.docx \(word/header1\.xml\): kolom 'kabupaten'"):
        template.render_part_xml(context)


@pytest.mark.parametrize("tag", ["{{ ''.__class__.__mro__ }}", "{{ cycler.__init__.__globals__ }}"])
def test_sandbox_blocks_python_internals_in_user_templates(letter, tag):
    template = PreparedTemplate.load(letter(extra=(tag,)), make_environment(sandboxed=True))
    with pytest.raises(RenderError, match="bagian dalam Python dan dihentikan"):
        template.render_part_xml(LETTER_CONTEXT)


def test_syntax_error_names_file_line_and_text(letter):
    with pytest.raises(TemplateError) as info:
        PreparedTemplate.load(letter(extra=("Tanggal: {{ tanggal | }}",)), make_environment())
    message = str(info.value)
    assert message.startswith("surat.docx, baris ")
    assert "«Tanggal: {{ tanggal | }}»" in message


def test_tags_that_break_the_xml_are_reported(tmp_path):
    document = docx.Document()
    document.add_paragraph("{% if tampil %}awal")
    document.add_table(rows=1, cols=1).rows[0].cells[0].text = "akhir{% endif %}"
    template = tmp_path / "rusak.docx"
    document.save(template)
    prepared = PreparedTemplate.load(template, make_environment())
    with pytest.raises(
        TemplateError, match=r"^rusak\.docx \(word/document\.xml\): hasil isian bukan dokumen Word yang sah"
    ):
        prepared.render_part_xml({"tampil": False})


@pytest.mark.parametrize("content", [b"bukan zip", b""])
def test_not_a_docx_is_a_template_error(tmp_path, content):
    path = tmp_path / "palsu.docx"
    path.write_bytes(content)
    with pytest.raises(TemplateError, match=r"^palsu\.docx: bukan berkas \.docx"):
        PreparedTemplate.load(path, make_environment())


def test_missing_file_is_a_template_error(tmp_path):
    with pytest.raises(TemplateError, match="tidak dapat dibaca"):
        PreparedTemplate.load(tmp_path / "tidak-ada.docx", make_environment())


def test_loads_from_a_traversable(letter, tmp_path):
    bundle = tmp_path / "paket.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.write(letter(), "templates/surat.docx")
    source = zipfile.Path(bundle, "templates/surat.docx")  # a Traversable, like a template in a zipped wheel
    template = PreparedTemplate.load(source, make_environment())
    assert template.name == "surat.docx"
    assert "Nomor: 1" in template.render_part_xml(dict(LETTER_CONTEXT, nomor="1")).body


def test_page_setup_f4_is_written(letter, tmp_path):
    target = fast_render(letter(), LETTER_CONTEXT, tmp_path / "a.docx", page=PageSetup(215, 330))
    section = docx.Document(str(target)).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (215, 330)
    assert (round(section.left_margin.mm), round(section.right_margin.mm)) == (30, 20)
    assert section.header_distance is not None


def test_page_setup_a4_landscape_sets_orientation(letter, tmp_path):
    page = PageSetup(297, 210, top_mm=15, right_mm=15, bottom_mm=15, left_mm=15)
    target = fast_render(letter(), LETTER_CONTEXT, tmp_path / "a.docx", page=page)
    section = docx.Document(str(target)).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (297, 210)
    assert section.orientation == WD_ORIENT.LANDSCAPE


@pytest.mark.parametrize("page", [dict(width_mm=0, height_mm=297), dict(width_mm=210, height_mm=297, left_mm=200)])
def test_impossible_page_setup_is_refused(page):
    with pytest.raises(ValueError):
        PageSetup(**page)


def test_logo_is_swapped_by_its_alt_text(letter, tmp_path):
    new_logo = png_bytes((0, 200, 0))
    target = fast_render(letter(), LETTER_CONTEXT, tmp_path / "a.docx", images={"logo": new_logo})
    with zipfile.ZipFile(target) as archive:
        assert archive.read("word/media/image1.png") == new_logo
        assert archive.testzip() is None


def test_logo_in_another_format_gets_a_matching_part_name(letter, tmp_path):
    target = fast_render(letter(), LETTER_CONTEXT, tmp_path / "a.docx", images={"Logo": JPEG_BYTES})
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert "word/media/image1.jpeg" in names and "word/media/image1.png" not in names
        assert 'Target="media/image1.jpeg"' in archive.read("word/_rels/header1.xml.rels").decode()
        assert 'Extension="jpeg"' in archive.read("[Content_Types].xml").decode()
    header = docx.Document(str(target)).sections[0].header
    image_parts = [rel.target_part for rel in header.part.rels.values() if "image" in rel.reltype]
    assert [part.content_type for part in image_parts] == ["image/jpeg"]


def test_a_mark_the_template_lacks_is_skipped(letter, tmp_path):
    # A user's template may carry its own fixed letterhead without a picture marked 'logo'.
    prepared = PreparedTemplate.load(letter(), make_environment(), images={"stempel": png_bytes()})
    target = tmp_path / "a.docx"
    tulis_docx(prepared, prepared.render_part_xml(LETTER_CONTEXT), target)
    assert docx.Document(str(target)).paragraphs


def test_unknown_image_format_is_a_template_error(letter):
    with pytest.raises(TemplateError, match="bukan PNG, JPEG, atau GIF"):
        PreparedTemplate.load(letter(), make_environment(), images={"logo": b"GIF? no"})


def test_repeated_body_pictures_get_unique_ids(letter, tmp_path):
    target = fast_render(letter(body_picture=True), LETTER_CONTEXT, tmp_path / "a.docx")
    with zipfile.ZipFile(target) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
        header = etree.fromstring(archive.read("word/header1.xml"))
    ids = [e.get("id") for root in (body, header) for e in root.iter("{*}docPr")]
    assert len(ids) == 3 and len(set(ids)) == 3


def test_write_is_atomic_when_the_target_cannot_be_written(letter, tmp_path):
    template = PreparedTemplate.load(letter(), make_environment())
    rendered = template.render_part_xml(LETTER_CONTEXT)
    (tmp_path / "folder.docx").mkdir()
    with pytest.raises(OutputError, match=r"folder\.docx: tidak dapat ditulis"):
        tulis_docx(template, rendered, tmp_path / "folder.docx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.docx", "surat.docx"]


def test_per_copy_ids_and_goback_bookmark_are_dropped(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("{{ nama }}")
    paragraph._p.set("{http://schemas.microsoft.com/office/word/2010/wordml}paraId", "1A2B3C4D")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraph._p.append(parse_xml(f'<w:bookmarkStart {w} w:id="0" w:name="_GoBack"/>'))
    paragraph._p.append(parse_xml(f'<w:bookmarkEnd {w} w:id="0"/>'))
    template = tmp_path / "w14.docx"
    document.save(template)
    body = PreparedTemplate.load(template, make_environment()).render_part_xml({"nama": "x"}).body
    assert "paraId" not in body and "bookmark" not in body
