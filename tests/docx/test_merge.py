"""Tests for MergedWriter: one print file, every letter on a new page with the same kop and layout."""

from __future__ import annotations

import re
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_SECTION
from lxml import etree

from naskah.docx import PageSetup, PreparedTemplate
from naskah.docx.environment import make_environment
from naskah.docx.merge import PAGE_BREAK, end_section
from naskah.docx.prepare import joins_with_page_breaks
from naskah.errors import RenderError
from naskah.keluaran import gabungan, tulis_docx
from tests.docx.docx_fixtures import LETTER_CONTEXT

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SECTPR = '<w:sectPr><w:type w:val="nextPage"/></w:sectPr>'


def merge(template: PreparedTemplate, target: Path, names: list[str]) -> Path:
    with gabungan(template, target) as writer:
        for name in names:
            writer.add(template.render_part_xml(dict(LETTER_CONTEXT, penerima=name)))
    return target


def single_paragraph_count(template: PreparedTemplate, tmp_path: Path) -> int:
    tulis_docx(template, template.render_part_xml(LETTER_CONTEXT), tmp_path / "satu.docx")
    return len(docx.Document(str(tmp_path / "satu.docx")).paragraphs)


def test_three_letters_share_one_section_each_after_a_page_break(letter, tmp_path):
    template = PreparedTemplate.load(letter(), make_environment(), page=PageSetup(215, 330))
    target = merge(template, tmp_path / "gabungan.docx", ["Ani", "Budi", "Citra"])
    with zipfile.ZipFile(target) as archive:
        assert archive.testzip() is None
    document = docx.Document(str(target))
    breaks = [p for p in document.paragraphs if p.paragraph_format.page_break_before]
    assert len(breaks) == 2 and all(p.text == "" for p in breaks)
    assert len(document.paragraphs) == 3 * single_paragraph_count(template, tmp_path) + 2
    assert len(document.tables) == 3
    recipients = [p.text for p in document.paragraphs if p.text.startswith("Kepada")]
    assert recipients == ["Kepada Yth. Ani", "Kepada Yth. Budi", "Kepada Yth. Citra"]
    # each break stands before the next letter, and the kop (header) is the one section's
    xml = zipfile.ZipFile(target).read("word/document.xml").decode()
    assert xml.count(PAGE_BREAK) == 2 and xml.count("<w:sectPr") == 1
    assert xml.index(PAGE_BREAK) < xml.index("Budi") and xml.rindex(PAGE_BREAK) < xml.index("Citra")
    (section,) = document.sections
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (215, 330)
    assert section.header.paragraphs[0].text.endswith("Sleman")


def test_a_page_number_keeps_one_section_per_letter(letter, tmp_path):
    template = PreparedTemplate.load(letter(page_number=True), make_environment(), page=PageSetup(215, 330))
    target = merge(template, tmp_path / "gabungan.docx", ["Ani", "Budi", "Citra"])
    document = docx.Document(str(target))
    assert len(document.paragraphs) == 3 * single_paragraph_count(template, tmp_path)
    assert [s.start_type for s in document.sections] == [WD_SECTION.NEW_PAGE] * 3
    assert {(round(s.page_width.mm), round(s.page_height.mm)) for s in document.sections} == {(215, 330)}
    assert PAGE_BREAK not in zipfile.ZipFile(target).read("word/document.xml").decode()


SECTION = '<w:sectPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">{}</w:sectPr>'


@pytest.mark.parametrize(
    ("sectpr", "body", "story", "joins"),
    [
        ('<w:pgSz w:w="11906" w:h="16838"/>', "<w:p/>", "<w:p/>", True),
        ('<w:pgBorders w:display="allPages"/>', "<w:p/>", "<w:p/>", True),
        ("<w:titlePg/>", "<w:p/>", "<w:p/>", False),  # a first-page kop must repeat for every letter
        ('<w:titlePg w:val="0"/>', "<w:p/>", "<w:p/>", True),
        ('<w:headerReference w:type="even" r:id="rId9" xmlns:r="urn:r"/>', "<w:p/>", "<w:p/>", False),
        ('<w:cols w:num="2"/>', "<w:p/>", "<w:p/>", False),
        ('<w:lnNumType w:countBy="1" w:restart="newSection"/>', "<w:p/>", "<w:p/>", False),
        ('<w:footnotePr><w:numRestart w:val="eachSect"/></w:footnotePr>', "<w:p/>", "<w:p/>", False),
        ('<w:pgBorders w:display="firstPage"/>', "<w:p/>", "<w:p/>", False),
        ("", '<w:p><w:pPr><w:sectPr><w:pgSz w:orient="landscape"/></w:sectPr></w:pPr></w:p>', "<w:p/>", False),
        ("", '<w:r><w:instrText xml:space="preserve"> SECTIONPAGES </w:instrText></w:r>', "<w:p/>", False),
        ("", "<w:p/>", '<w:fldSimple w:instr=" PAGE \\* MERGEFORMAT ">', False),
        ("", "<w:p/>", "<w:instrText> NUMPAGES </w:instrText>", False),
        ("", "<w:p/>", '<w:instrText xml:space="preserve"> PA</w:instrText><w:instrText>GE </w:instrText>', False),
        ('<w:cols w:num="x"/>', "<w:p/>", "<w:p/>", False),  # unreadable: keep the sections
        ("", "<w:p/>", '<w:instrText> DATE \\@ "d MMMM yyyy" </w:instrText>', True),  # not a page field
        ("", "<w:p><w:r><w:t>PAGE 2 dari NUMPAGES</w:t></w:r></w:p>", "<w:p/>", True),  # text, not a field
    ],
)
def test_letters_join_with_page_breaks_only_when_no_section_shows(sectpr, body, story, joins):
    assert joins_with_page_breaks(body, etree.fromstring(SECTION.format(sectpr)), [story.encode()]) is joins


def test_every_letter_restarts_page_numbers_and_keeps_the_kop(letter, tmp_path):
    template = PreparedTemplate.load(letter(page_number=True), make_environment())
    target = merge(template, tmp_path / "gabungan.docx", ["Ani", "Budi"])
    body = etree.fromstring(zipfile.ZipFile(target).read("word/document.xml"))
    sections = list(body.iter(f"{W}sectPr"))
    assert len(sections) == 2
    for sectpr in sections:
        assert sectpr.find(f"{W}pgNumType").get(f"{W}start") == "1"
        assert sectpr.find(f"{W}headerReference") is not None
    assert docx.Document(str(target)).sections[1].header.paragraphs[0].text.endswith("Sleman")


def test_picture_ids_are_unique_across_letters(letter, tmp_path):
    template = PreparedTemplate.load(letter(body_picture=True), make_environment())
    target = merge(template, tmp_path / "gabungan.docx", ["Ani", "Budi", "Citra"])
    xml = zipfile.ZipFile(target).read("word/document.xml").decode()
    ids = re.findall(r'<wp:docPr id="(\d+)"', xml)
    assert len(ids) == 6 and len(set(ids)) == 6


def test_numbered_lists_restart_in_every_letter(letter, tmp_path):
    template = PreparedTemplate.load(letter(numbered=True), make_environment())
    target = merge(template, tmp_path / "gabungan.docx", ["Ani", "Budi", "Citra"])
    with zipfile.ZipFile(target) as archive:
        body = archive.read("word/document.xml").decode()
        numbering = etree.fromstring(archive.read("word/numbering.xml"))
    used = re.findall(r'<w:numId w:val="(\d+)"/>', body)
    assert len(used) == 6 and len(set(used)) == 3
    nums = {n.get(f"{W}numId"): n for n in numbering.iter(f"{W}num")}
    for num_id in set(used) - {"9"}:
        override = nums[num_id].find(f"{W}lvlOverride/{W}startOverride")
        assert override.get(f"{W}val") == "1"
    docx.Document(str(target))


def test_memory_stays_flat(letter, tmp_path):
    template = PreparedTemplate.load(letter(), make_environment())
    peaks = []
    for count in (50, 500):
        tracemalloc.start()
        merge(template, tmp_path / f"g{count}.docx", [f"Penerima {i}" for i in range(count)])
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    assert peaks[1] < peaks[0] * 1.5
    document = docx.Document(str(tmp_path / "g500.docx"))
    assert sum(p.paragraph_format.page_break_before is True for p in document.paragraphs) == 499


def test_failure_inside_the_block_leaves_nothing(letter, tmp_path):
    template = PreparedTemplate.load(letter(), make_environment())
    target = tmp_path / "keluar" / "gabungan.docx"
    target.parent.mkdir()
    with pytest.raises(KeyboardInterrupt):
        with gabungan(template, target) as writer:
            writer.add(template.render_part_xml(LETTER_CONTEXT))
            raise KeyboardInterrupt
    assert list(target.parent.iterdir()) == []


def test_existing_file_survives_a_failed_merge(letter, tmp_path):
    template = PreparedTemplate.load(letter(), make_environment())
    target = tmp_path / "gabungan.docx"
    target.write_bytes(b"lama")
    with pytest.raises(RenderError):
        with gabungan(template, target) as writer:
            writer.add(template.render_part_xml({}))
    assert target.read_bytes() == b"lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gabungan.docx", "surat.docx"]


def test_headers_that_differ_per_letter_are_refused(letter, tmp_path):
    template = PreparedTemplate.load(letter(), make_environment())
    with pytest.raises(RenderError, match="kop atau kaki halaman berbeda"):
        with gabungan(template, tmp_path / "g.docx") as writer:
            writer.add(template.render_part_xml(LETTER_CONTEXT))
            writer.add(template.render_part_xml(dict(LETTER_CONTEXT, kabupaten="Bantul")))
    assert not (tmp_path / "g.docx").exists()


def test_empty_merge_is_an_error(letter, tmp_path):
    template = PreparedTemplate.load(letter(), make_environment())
    with pytest.raises(RenderError, match="tidak ada naskah untuk digabung"):
        with gabungan(template, tmp_path / "g.docx"):
            pass
    assert not (tmp_path / "g.docx").exists()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<w:p><w:r><w:t>a</w:t></w:r></w:p>", f"<w:p><w:pPr>{SECTPR}</w:pPr><w:r><w:t>a</w:t></w:r></w:p>"),
        (
            '<w:p w:rsidR="1"><w:pPr><w:jc w:val="center"/></w:pPr></w:p>',
            f'<w:p w:rsidR="1"><w:pPr><w:jc w:val="center"/>{SECTPR}</w:pPr></w:p>',
        ),
        ("<w:p><w:pPr/><w:r/></w:p>", f"<w:p><w:pPr>{SECTPR}</w:pPr><w:r/></w:p>"),
    ],
)
def test_section_break_joins_the_last_paragraph(body, expected):
    assert end_section(body, SECTPR) == expected


@pytest.mark.parametrize(
    "body",
    ["<w:tbl><w:tr/></w:tbl>", "<w:p><w:r><w:txbxContent><w:p/></w:txbxContent></w:r></w:p>", "<w:p/>"],
)
def test_section_break_gets_its_own_tiny_paragraph_otherwise(body):
    result = end_section(body, SECTPR)
    assert result.startswith(body)
    assert result.endswith(f'<w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>{SECTPR}</w:pPr></w:p>')
