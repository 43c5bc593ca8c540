"""Tests for naskah.docx.prepare: what taking a template apart once yields (the `Layout`)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.shared import Mm
from lxml import etree

from naskah.docx.environment import make_environment
from naskah.docx.package import Package
from naskah.docx.page import PageSetup
from naskah.docx.prepare import Layout, prepare
from naskah.errors import TemplateError
from tests.docx.docx_fixtures import LETTER_CONTEXT, W_NS, png_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def layout_of(path: Path, *, page: PageSetup | None = None, images: dict[str, bytes] | None = None) -> Layout:
    return prepare(Package.read(path), make_environment(), page, images or {})


def replace_part(path: Path, name: str, content: bytes) -> Path:
    """Rewrite the .docx at `path` with part `name` replaced by `content`."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts[name] = content
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, data in parts.items():
            archive.writestr(part, data)
    return path


def test_only_tagged_parts_become_stories(letter):
    layout = layout_of(letter())
    assert layout.label == "surat.docx" and layout.document == "word/document.xml"
    assert [story.name for story in layout.stories] == ["word/header1.xml"]  # the footer has no tag
    copied = {member.name for member in layout.members}
    assert "word/footer1.xml" in copied and "word/styles.xml" in copied
    assert "word/document.xml" not in copied and "word/header1.xml" not in copied


def test_the_prefix_holds_the_copied_members_in_order(letter):
    layout = layout_of(letter())
    names = [m.name for m in layout.members]
    positions = [layout.prefix.local.index(name.encode()) for name in names]
    assert positions == sorted(positions)
    assert len(layout.prefix.central) == len(names)


def test_body_story_renders_the_body_content_only(letter):
    layout = layout_of(letter())
    rendered = layout.body.render(LETTER_CONTEXT)
    assert "Nomor: 005/123/2025" in rendered
    assert "PT Maju &amp; Jaya &lt;Tbk&gt;" in rendered  # autoescaped, and the split tag was joined
    assert "<w:body" not in rendered and "<w:sectPr" not in rendered and "{%" not in rendered


def test_skeleton_wraps_the_body_back_into_a_valid_document(letter):
    layout = layout_of(letter())
    skeleton = layout.skeleton
    assert skeleton.head.startswith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')
    assert skeleton.head.endswith(">") and "<w:body" in skeleton.head
    assert skeleton.tail == "</w:body></w:document>"
    document = f"{skeleton.head}{layout.body.render(LETTER_CONTEXT)}{skeleton.sectpr}{skeleton.tail}"
    root = etree.fromstring(document.encode())
    assert root.find(f"{{{W}}}body")[-1].tag == f"{{{W}}}sectPr"


def test_merged_section_restarts_but_the_final_one_does_not(letter):
    skeleton = layout_of(letter()).skeleton
    merged = etree.fromstring(f"{skeleton.wrapper}{skeleton.merged_sectpr}</w:body>")[0]
    assert merged.find(f"{{{W}}}type").get(f"{{{W}}}val") == "nextPage"
    assert merged.find(f"{{{W}}}pgNumType").get(f"{{{W}}}start") == "1"
    assert "nextPage" not in skeleton.sectpr and "pgNumType" not in skeleton.sectpr
    assert skeleton.sectpr.count("<w:sectPr") == 1


def test_the_wrapper_is_an_open_body_with_the_document_namespaces(letter):
    wrapper = layout_of(letter()).skeleton.wrapper
    assert wrapper.startswith("<w:body ") and wrapper.endswith(">") and not wrapper.endswith("/>")
    etree.fromstring(f"{wrapper}<w:p/></w:body>")


def test_a_document_without_section_properties_gets_them(tmp_path):
    document = docx.Document()
    document.add_paragraph("{{ nomor }}")
    body = document.element.body
    body.remove(body.find(f"{{{W}}}sectPr"))
    template = tmp_path / "tanpa-sectpr.docx"
    document.save(template)
    layout = layout_of(template, page=PageSetup(215, 330))
    assert layout.skeleton.sectpr.startswith("<w:sectPr")
    assert 'w:w="12189"' in layout.skeleton.sectpr


def test_page_setup_goes_into_the_final_section(letter):
    skeleton = layout_of(letter(), page=PageSetup(297, 210, top_mm=15, right_mm=15, bottom_mm=15, left_mm=15)).skeleton
    for section in (skeleton.sectpr, skeleton.merged_sectpr):
        assert 'w:w="16838"' in section and 'w:h="11906"' in section and 'w:orient="landscape"' in section


def test_a_document_that_is_not_wordprocessingml_is_refused(letter):
    strange = f'<x:document xmlns:x="{W}"><x:body><x:p/></x:body></x:document>'.encode()
    template = replace_part(letter(), "word/document.xml", strange)
    with pytest.raises(
        TemplateError, match=r"^surat\.docx: isi dokumen tidak dikenali; buka dan simpan ulang di Word$"
    ):
        layout_of(template)


def test_a_syntax_error_in_the_header_names_the_header(letter):
    with pytest.raises(TemplateError, match=r"^surat\.docx \(word/header1\.xml\), baris \d+"):
        layout_of(letter(header="KABUPATEN {{ kabupaten | }}"))


def test_tagged_core_properties_are_filled_too(tmp_path):
    document = docx.Document()
    document.add_paragraph("Isi")
    document.core_properties.title = "Undangan {{ nomor }}"
    template = tmp_path / "judul.docx"
    document.save(template)
    layout = layout_of(template)
    story = next(s for s in layout.stories if s.name == "docProps/core.xml")
    assert "<dc:title>Undangan 005/123/2025</dc:title>" in story.render(LETTER_CONTEXT)


def test_untagged_core_properties_are_copied(letter):
    layout = layout_of(letter())
    assert "docProps/core.xml" in {m.name for m in layout.members}


def test_column_fixing_only_for_templates_with_cell_tags(letter, tmp_path):
    assert layout_of(letter()).fix_tables is False
    document = docx.Document()
    cells = document.add_table(rows=1, cols=3).rows[0].cells
    for cell, text in zip(cells, ("{%tc for h in hari %}", "{{ h }}", "{%tc endfor %}"), strict=True):
        cell.text = text
    document.save(tmp_path / "kolom.docx")
    assert layout_of(tmp_path / "kolom.docx").fix_tables is True


def test_no_body_pictures_no_renumbering(letter):
    assert layout_of(letter()).first_drawing_id is None


def test_body_pictures_are_numbered_above_the_header_pictures(letter, tmp_path):
    assert layout_of(letter(body_picture=True)).first_drawing_id == 1001
    template = letter("tinggi.docx", body_picture=True)
    with zipfile.ZipFile(template) as archive:
        header = archive.read("word/header1.xml").decode()
    header = header.replace('<wp:docPr id="', '<wp:docPr id="2400', 1)  # e.g. id 24001 from an older Word
    replace_part(template, "word/header1.xml", header.encode())
    taken = max(int(x) for x in etree.fromstring(header.encode()).xpath("//*[local-name()='docPr']/@id"))
    assert layout_of(template).first_drawing_id == taken + 1


def test_numbered_lists_are_found_only_when_the_body_uses_them(letter):
    assert layout_of(letter()).lists is None
    lists = layout_of(letter(numbered=True)).lists
    assert lists is not None and lists.part == "word/numbering.xml" and lists.used == ("9",)


def test_marked_pictures_are_swapped_before_the_parts_are_copied(letter):
    new_logo = png_bytes((10, 120, 10))
    layout = layout_of(letter(), images={"logo": new_logo})
    media = {m.name: m.content() for m in layout.members if m.name.startswith("word/media/")}
    assert media == {"word/media/image1.png": new_logo}


def test_only_the_go_back_bookmark_is_dropped(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("Lampiran {{ nomor }}")
    for bookmark_id, name in (("0", "_GoBack"), ("1", "lampiran")):
        paragraph._p.append(parse_xml(f'<w:bookmarkStart {W_NS} w:id="{bookmark_id}" w:name="{name}"/>'))
        paragraph._p.append(parse_xml(f'<w:bookmarkEnd {W_NS} w:id="{bookmark_id}"/>'))
    template = tmp_path / "penanda.docx"
    document.save(template)
    source = layout_of(template).body.source
    assert "_GoBack" not in source and 'w:id="0"' not in source
    assert 'w:name="lampiran"' in source and '<w:bookmarkEnd w:id="1"/>' in source


def test_header_pictures_are_kept_as_they_are(tmp_path):
    document = docx.Document()
    document.sections[0].header.paragraphs[0].add_run().add_picture(io.BytesIO(png_bytes()), width=Mm(20))
    document.add_paragraph("{{ nomor }}")
    template = tmp_path / "kop-tetap.docx"
    document.save(template)
    layout = layout_of(template)
    assert layout.stories == ()  # an untagged header is copied, never rendered
    assert "word/header1.xml" in {m.name for m in layout.members}
