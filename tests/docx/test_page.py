"""Tests for naskah.docx.page: paper size and margins written into ``w:sectPr``."""

from __future__ import annotations

import docx
import pytest
from lxml import etree

from naskah.docx.page import PageSetup, W, apply_page_setup, restart_section, section_child, twips, w

A4 = PageSetup(210, 297)
F4 = PageSetup(215, 330, top_mm=25, right_mm=20, bottom_mm=20, left_mm=30)


def sectpr(*children: str) -> etree._Element:
    return etree.fromstring(f'<w:sectPr xmlns:w="{W}">{"".join(children)}</w:sectPr>')


def children(element: etree._Element) -> list[str]:
    return [etree.QName(child).localname for child in element if isinstance(child.tag, str)]


def attrs(element: etree._Element) -> dict[str, str]:
    return {etree.QName(name).localname: value for name, value in element.attrib.items()}


@pytest.mark.parametrize(("mm", "expected"), [(25.4, "1440"), (210, "11906"), (297, "16838"), (330, "18709"), (0, "0")])
def test_millimetres_become_twips_as_word_stores_them(mm, expected):
    # 11906 × 16838 is exactly what Word writes for A4.
    assert twips(mm) == expected


def test_w_is_the_clark_name():
    assert w("pgSz") == f"{{{W}}}pgSz"


def test_f4_size_and_margins_are_written():
    section = sectpr()
    apply_page_setup(section, F4)
    size, margins = section.find(w("pgSz")), section.find(w("pgMar"))
    assert attrs(size) == {"w": "12189", "h": "18709"}
    assert attrs(margins) == {
        "top": twips(25),
        "right": twips(20),
        "bottom": twips(20),
        "left": twips(30),
        "header": "709",
        "footer": "709",
        "gutter": "0",
    }


def test_a_stale_paper_code_and_orientation_are_dropped():
    # Word's letter template: US Letter landscape with a printer paper code that would ask for Letter.
    section = sectpr('<w:pgSz w:w="15840" w:h="12240" w:orient="landscape" w:code="1"/>')
    apply_page_setup(section, A4)
    assert attrs(section.find(w("pgSz"))) == {"w": "11906", "h": "16838"}


def test_a_wide_page_is_landscape():
    section = sectpr()
    apply_page_setup(section, PageSetup(330, 215, top_mm=15, right_mm=15, bottom_mm=15, left_mm=15))
    assert attrs(section.find(w("pgSz"))) == {"w": "18709", "h": "12189", "orient": "landscape"}


def test_header_and_footer_distances_of_the_template_are_kept():
    section = sectpr('<w:pgMar w:top="1" w:right="1" w:bottom="1" w:left="1" w:header="567" w:footer="850"/>')
    apply_page_setup(section, A4)
    margins = attrs(section.find(w("pgMar")))
    assert (margins["header"], margins["footer"], margins["gutter"]) == ("567", "850", "0")
    assert margins["top"] == twips(20) and margins["left"] == twips(30)


def test_missing_children_are_created_at_their_schema_position():
    # Word refuses a sectPr whose children are out of order (pgSz after pgMar, type after cols…).
    section = sectpr(
        '<w:headerReference w:type="default"/>',
        "<!-- komentar -->",
        '<w:pgMar w:top="1440"/>',
        '<w:cols w:space="708"/>',
        '<w:docGrid w:linePitch="360"/>',
    )
    apply_page_setup(section, A4)
    restart_section(section)
    assert children(section) == ["headerReference", "type", "pgSz", "pgMar", "pgNumType", "cols", "docGrid"]


def test_an_existing_child_is_reused_not_duplicated():
    section = sectpr('<w:pgSz w:w="1"/>')
    first = section.find(w("pgSz"))
    assert section_child(section, "pgSz") is first
    assert len(section) == 1


def test_a_created_child_uses_the_w_prefix():
    section = sectpr()
    section_child(section, "pgMar")
    assert etree.tostring(section, encoding="unicode").endswith("<w:pgMar/></w:sectPr>")


def test_restart_section_starts_a_new_page_numbered_from_one():
    section = sectpr('<w:type w:val="continuous"/>', '<w:pgNumType w:fmt="lowerRoman" w:start="5"/>')
    restart_section(section)
    assert section.find(w("type")).get(w("val")) == "nextPage"
    assert attrs(section.find(w("pgNumType"))) == {"fmt": "lowerRoman", "start": "1"}


def test_python_docx_reads_the_written_section(tmp_path):
    template = tmp_path / "halaman.docx"
    document = docx.Document()
    apply_page_setup(document.sections[0]._sectPr, F4)
    document.save(template)
    section = docx.Document(str(template)).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (215, 330)
    assert (round(section.top_margin.mm), round(section.bottom_margin.mm)) == (25, 20)
    assert round(section.header_distance.mm, 1) == 12.7  # python-docx's own 720 twips, kept


def test_page_setup_defaults_are_the_tata_naskah_margins():
    assert (A4.top_mm, A4.right_mm, A4.bottom_mm, A4.left_mm) == (20, 20, 25, 30)


@pytest.mark.parametrize(
    ("page", "message"),
    [
        (dict(width_mm=0, height_mm=297), "ukuran halaman tidak sah"),
        (dict(width_mm=210, height_mm=-1), "ukuran halaman tidak sah"),
        (dict(width_mm=210, height_mm=297, top_mm=-5), "ukuran halaman tidak sah"),
        (dict(width_mm=210, height_mm=297, left_mm=150, right_mm=60), "margin lebih besar daripada halaman"),
        (dict(width_mm=210, height_mm=297, top_mm=150, bottom_mm=147), "margin lebih besar daripada halaman"),
    ],
)
def test_impossible_pages_are_refused_in_indonesian(page, message):
    with pytest.raises(ValueError, match=message):
        PageSetup(**page)


def test_zero_margins_are_allowed():
    assert PageSetup(100, 150, top_mm=0, right_mm=0, bottom_mm=0, left_mm=0).width_mm == 100
