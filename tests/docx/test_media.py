"""Tests for naskah.docx.media: pictures marked in a template swapped for the user's own image."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.shared import Mm
from lxml import etree

from naskah.docx.media import replace_images
from naskah.docx.package import CONTENT_TYPES, CT_NS, Package
from naskah.errors import TemplateError
from tests.docx.docx_fixtures import JPEG_BYTES, png_bytes

GIF_BYTES = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"


def add_picture(paragraph, rgb: tuple[int, int, int], **marks: str) -> None:
    run = paragraph.add_run()
    run.add_picture(io.BytesIO(png_bytes(rgb)), width=Mm(15))
    doc_pr = run._r.xpath(".//wp:docPr")[0]
    for attr, value in marks.items():
        doc_pr.set(attr, value)


def template(path: Path, *, header_marks: dict[str, str], body_marks: dict[str, str] | None = None) -> Package:
    """Write a template with a marked header picture and an unmarked (or `body_marks`) body picture."""
    document = docx.Document()
    add_picture(document.sections[0].header.paragraphs[0], (200, 0, 0), **header_marks)
    add_picture(document.add_paragraph(), (0, 0, 200), **(body_marks or {}))
    document.save(path)
    return Package.read(path)


def stories(package: Package) -> list[str]:
    """Return the main part and its headers and footers, as `prepare` passes them."""
    main = package.main_part()
    return [main, *(rel.target for rel in package.relationships(main) if rel.kind in ("header", "footer"))]


def media(package: Package) -> dict[str, bytes]:
    return {name: package.content(name) for name in package.members if name.startswith("word/media/")}


def target_of(package: Package, part: str, kind: str = "image") -> list[str]:
    return [rel.target for rel in package.relationships(part) if rel.kind == kind]


def content_types(package: Package) -> etree._Element:
    return package.parse(CONTENT_TYPES)


def test_a_png_replaces_a_png_in_place(tmp_path):
    package = template(tmp_path / "kop.docx", header_marks={"descr": "logo"})
    before = media(package)
    new = png_bytes((0, 150, 0))
    replace_images(package, stories(package), {"logo": new})
    after = media(package)
    logo = target_of(package, "word/header1.xml")[0]
    body = target_of(package, "word/document.xml")[0]
    assert after[logo] == new
    assert after[body] == before[body]  # the unmarked picture is not touched
    assert set(after) == set(before)


@pytest.mark.parametrize(
    ("marks", "key"),
    [
        ({"descr": "Logo Pemda"}, "logo pemda"),
        ({"title": "logo"}, "  LOGO "),
        ({"name": "logo"}, "Logo"),
    ],
)
def test_the_mark_is_alt_text_title_or_name_in_any_case(tmp_path, marks, key):
    package = template(tmp_path / "kop.docx", header_marks=marks)
    new = png_bytes((1, 2, 3))
    replace_images(package, stories(package), {key: new})
    assert package.content(target_of(package, "word/header1.xml")[0]) == new


def test_the_picture_name_inside_the_graphic_counts_as_a_mark(tmp_path):
    document = docx.Document()
    run = document.sections[0].header.paragraphs[0].add_run()
    run.add_picture(io.BytesIO(png_bytes()), width=Mm(15))
    run._r.xpath(".//pic:cNvPr")[0].set("name", "lambang")
    document.save(tmp_path / "kop.docx")
    package = Package.read(tmp_path / "kop.docx")
    replace_images(package, stories(package), {"lambang": GIF_BYTES})
    assert media(package) == {"word/media/image1.gif": GIF_BYTES}


def test_a_jpeg_for_a_png_gets_a_new_part_name_and_content_type(tmp_path):
    package = template(tmp_path / "kop.docx", header_marks={"descr": "logo"})
    old = target_of(package, "word/header1.xml")[0]
    replace_images(package, stories(package), {"logo": JPEG_BYTES})
    new = target_of(package, "word/header1.xml")[0]
    assert new == old.removesuffix(".png") + ".jpeg"
    assert old not in package.members and package.content(new) == JPEG_BYTES
    defaults = [d.get("Extension") for d in content_types(package).iter(f"{{{CT_NS}}}Default")]
    assert defaults.count("jpeg") == 1  # python-docx's template already declares it (its thumbnail)


def test_a_gif_is_declared_before_the_overrides(tmp_path):
    package = template(tmp_path / "kop.docx", header_marks={"descr": "logo"})
    replace_images(package, stories(package), {"logo": GIF_BYTES})
    root = content_types(package)
    first = root[0]
    assert (first.get("Extension"), first.get("ContentType")) == ("gif", "image/gif")
    last_default = max(i for i, e in enumerate(root) if etree.QName(e).localname == "Default")
    first_override = min(i for i, e in enumerate(root) if etree.QName(e).localname == "Override")
    assert last_default < first_override


def test_an_override_for_the_old_part_is_removed(tmp_path):
    package = template(tmp_path / "kop.docx", header_marks={"descr": "logo"})
    old = target_of(package, "word/header1.xml")[0]
    root = content_types(package)
    etree.SubElement(root, f"{{{CT_NS}}}Override", PartName=f"/{old}", ContentType="image/png")
    package.replace(CONTENT_TYPES, etree.tostring(root))
    replace_images(package, stories(package), {"logo": JPEG_BYTES})
    names = [o.get("PartName") for o in content_types(package).iter(f"{{{CT_NS}}}Override")]
    assert f"/{old}" not in names


def test_every_relationship_to_a_shared_picture_is_retargeted(tmp_path):
    # python-docx (like Word) stores one media part for the same picture used in header and body.
    document = docx.Document()
    add_picture(document.sections[0].header.paragraphs[0], (9, 9, 9), descr="logo")
    add_picture(document.add_paragraph(), (9, 9, 9))
    document.save(tmp_path / "kop.docx")
    package = Package.read(tmp_path / "kop.docx")
    assert target_of(package, "word/header1.xml") == target_of(package, "word/document.xml")
    replace_images(package, stories(package), {"logo": JPEG_BYTES})
    assert (
        target_of(package, "word/header1.xml") == target_of(package, "word/document.xml") == ["word/media/image1.jpeg"]
    )
    rels = package.content("word/_rels/document.xml.rels").decode()
    assert 'Target="media/image1.jpeg"' in rels  # written relative to the part, as Word does


@pytest.mark.parametrize("new", [png_bytes((0, 0, 99)), JPEG_BYTES], ids=["png", "jpeg"])
def test_every_picture_carrying_the_mark_is_swapped(tmp_path, new):
    # A big logo on the first page and a small one on the next pages: both must become the user's logo.
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    add_picture(section.first_page_header.paragraphs[0], (200, 0, 0), descr="logo")
    add_picture(section.header.paragraphs[0], (0, 200, 0), descr="logo")
    document.add_paragraph("{{ nomor }}")
    document.save(tmp_path / "dua-kop.docx")
    package = Package.read(tmp_path / "dua-kop.docx")
    assert len(media(package)) == 2
    replace_images(package, stories(package), {"logo": new})
    assert list(media(package).values()) == [new, new]
    for header in ("word/header1.xml", "word/header2.xml"):
        assert package.content(target_of(package, header)[0]) == new


def test_a_floating_picture_is_found_too(tmp_path):
    package = template(tmp_path / "kop.docx", header_marks={"descr": "logo"})
    header = package.content("word/header1.xml").decode()
    package.replace("word/header1.xml", header.replace("wp:inline", "wp:anchor").encode())
    new = png_bytes((50, 50, 50))
    replace_images(package, stories(package), {"logo": new})
    assert package.content(target_of(package, "word/header1.xml")[0]) == new


def test_a_mark_the_template_lacks_changes_nothing(tmp_path):
    package = template(tmp_path / "kop.docx", header_marks={"descr": "logo"})
    before = dict(package.members)
    replace_images(package, stories(package), {"stempel": png_bytes()})
    assert package.members == before


def test_pictures_outside_the_given_parts_are_left_alone(tmp_path):
    package = template(tmp_path / "kop.docx", header_marks={"descr": "logo"})
    before = media(package)
    replace_images(package, ["word/document.xml"], {"logo": png_bytes((7, 7, 7))})
    assert media(package) == before


@pytest.mark.parametrize("data", [b"", b"%PDF-1.7", b"<svg xmlns='http://www.w3.org/2000/svg'/>"])
def test_an_image_of_another_format_is_refused_naming_the_mark(tmp_path, data):
    package = template(tmp_path / "kop.docx", header_marks={"descr": "Logo"})
    with pytest.raises(TemplateError, match=r"^kop\.docx: gambar untuk 'Logo' bukan PNG, JPEG, atau GIF$"):
        replace_images(package, stories(package), {"Logo": data})
