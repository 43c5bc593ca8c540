"""Tests for naskah.docx.package: the OPC layer (parts, relationships, content) of a template."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from naskah.docx.package import Package, rels_path, resolve_target
from naskah.errors import TemplateError

RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def write_zip(path: Path, parts: dict[str, str | bytes]) -> Path:
    """Write `parts` (name → content) as a zip archive at `path`, in the given order."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return path


def relationships_xml(*rels: str) -> str:
    return f'<?xml version="1.0"?><Relationships xmlns="{RELS}">{"".join(rels)}</Relationships>'


def rel(rid: str, kind: str, target: str, external: bool = False) -> str:
    mode = ' TargetMode="External"' if external else ""
    return f'<Relationship Id="{rid}" Type="{DOC_TYPE}/{kind}" Target="{target}"{mode}/>'


def test_members_keep_archive_order_and_the_main_part_is_found(letter):
    template = letter()
    package = Package.read(template)
    names = list(package.members)
    with zipfile.ZipFile(template) as archive:
        assert names == [info.filename for info in archive.infolist()]
    assert package.label == "surat.docx"
    assert package.main_part() == "word/document.xml"


def test_main_part_follows_the_package_relationship(tmp_path):
    # Some writers store the main part elsewhere; the package relationship is what counts.
    path = write_zip(
        tmp_path / "lain.docx",
        {
            "_rels/.rels": relationships_xml(rel("rId1", "officeDocument", "/isi/utama.xml")),
            "isi/utama.xml": "<x/>",
        },
    )
    assert Package.read(path).main_part() == "isi/utama.xml"


def test_a_package_without_a_word_document_is_refused(tmp_path):
    path = write_zip(
        tmp_path / "bukan.docx",
        {"_rels/.rels": relationships_xml(rel("rId1", "metadata/core-properties", "docProps/core.xml"))},
    )
    with pytest.raises(TemplateError, match=r"^bukan\.docx: bukan dokumen Word \(tidak ada word/document\.xml\)$"):
        Package.read(path).main_part()


def test_an_unreadable_file_is_a_template_error(tmp_path):
    with pytest.raises(TemplateError, match=r"^hilang\.docx: template tidak dapat dibaca"):
        Package.read(tmp_path / "hilang.docx")


def test_a_missing_part_is_named(letter):
    package = Package.read(letter())
    with pytest.raises(TemplateError, match=r"^surat\.docx: bagian word/comments\.xml hilang dari berkas \.docx$"):
        package.content("word/comments.xml")


def test_a_part_that_is_not_xml_is_named(tmp_path):
    path = write_zip(tmp_path / "rusak.docx", {"word/document.xml": "<w:document><w:body>"})
    with pytest.raises(TemplateError, match=r"^rusak\.docx: word/document\.xml bukan XML yang sah"):
        Package.read(path).parse("word/document.xml")


def test_parsing_never_reads_external_entities(tmp_path):
    secret = tmp_path / "rahasia.txt"
    secret.write_text("KATA-SANDI-PEGAWAI")
    xml = f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "{secret.as_uri()}">]><d>&x;</d>'
    path = write_zip(tmp_path / "xxe.docx", {"word/document.xml": xml})
    root = Package.read(path).parse("word/document.xml")
    assert "KATA-SANDI-PEGAWAI" not in "".join(root.itertext())


def test_replace_stores_new_content_deflated(letter):
    package = Package.read(letter())
    new = b"<w:footer>Jl. Magelang Km 10</w:footer>"
    package.replace("word/footer1.xml", new)
    member = package.members["word/footer1.xml"]
    assert member.content() == new
    assert member.method == zipfile.ZIP_DEFLATED and member.data != new
    assert package.content("word/footer1.xml") == new


def test_relationships_resolve_targets_and_skip_external_links(tmp_path):
    document_rels = relationships_xml(
        rel("rId1", "styles", "styles.xml"),
        rel("rId2", "image", "../media/cap.png"),
        rel("rId3", "hyperlink", "https://jdih.slemankab.go.id", external=True),
        rel("rId4", "header", "/word/header2.xml"),
    )
    path = write_zip(tmp_path / "rel.docx", {"word/_rels/document.xml.rels": document_rels})
    found = Package.read(path).relationships("word/document.xml")
    assert [(r.rid, r.kind, r.target) for r in found] == [
        ("rId1", "styles", "word/styles.xml"),
        ("rId2", "image", "media/cap.png"),
        ("rId4", "header", "word/header2.xml"),
    ]


def test_a_part_without_relationships_has_none(letter):
    assert Package.read(letter()).relationships("word/styles.xml") == []


def test_header_relationships_of_a_real_template(letter):
    package = Package.read(letter())
    kinds = {r.kind: r.target for r in package.relationships(package.main_part())}
    assert kinds["header"] == "word/header1.xml" and kinds["footer"] == "word/footer1.xml"
    images = [r.target for r in package.relationships("word/header1.xml") if r.kind == "image"]
    assert images == ["word/media/image1.png"]
    assert package.content(images[0]).startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("part", "expected"),
    [("", "_rels/.rels"), ("word/document.xml", "word/_rels/document.xml.rels"), ("a/b/c.xml", "a/b/_rels/c.xml.rels")],
)
def test_rels_path(part, expected):
    assert rels_path(part) == expected


@pytest.mark.parametrize(
    ("base", "target", "expected"),
    [
        ("word", "media/image1.png", "word/media/image1.png"),
        ("word", "../customXml/item1.xml", "customXml/item1.xml"),
        ("word", "/docProps/core.xml", "docProps/core.xml"),
        ("", "word/./document.xml", "word/document.xml"),
    ],
)
def test_resolve_target(base, target, expected):
    assert resolve_target(base, target) == expected
