"""Swap pictures marked in a template (alt text or name, e.g. ``logo``) for the user's own image."""

from __future__ import annotations

import posixpath
from collections.abc import Iterator, Mapping

from lxml import etree

from naskah.docx.package import CONTENT_TYPES, CT_NS, RELS_NS, Package
from naskah.errors import TemplateError

_NS = {
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
_MARK_ATTRS = ("name", "descr", "title")
_FORMATS = (
    (b"\x89PNG\r\n\x1a\n", "png", "image/png"),
    (b"\xff\xd8\xff", "jpeg", "image/jpeg"),
    (b"GIF87a", "gif", "image/gif"),
    (b"GIF89a", "gif", "image/gif"),
)
_SAME_FORMAT = {"jpg": "jpeg"}


def replace_images(package: Package, story_parts: list[str], images: Mapping[str, bytes]) -> None:
    """Put `images` (marker → image bytes) in place of the pictures marked so in `story_parts`.

    A marker the template does not have is skipped: a user's template may carry its own fixed
    letterhead, and the built-in templates' markers are checked by their tests.
    """
    marked = _marked_media(package, story_parts)
    for marker, data in images.items():
        for media in marked.get(marker.strip().casefold(), {}):
            _swap_media(package, media, data, marker)


def _marked_media(package: Package, story_parts: list[str]) -> dict[str, dict[str, None]]:
    """Return marker (casefolded alt text, title or name) → the media parts of every picture so marked.

    Every one, not the first: a first-page header and the other pages' header each carry their own logo.
    """
    marked: dict[str, dict[str, None]] = {}
    for part in story_parts:
        targets = {rel.rid: rel.target for rel in package.relationships(part)}
        root = package.parse(part)
        for drawing in root.iterfind(".//wp:inline", _NS), root.iterfind(".//wp:anchor", _NS):
            for frame in drawing:
                for marker, rid in _frame_markers(frame):
                    if rid in targets:
                        marked.setdefault(marker, {})[targets[rid]] = None  # an ordered set
    return marked


def _frame_markers(frame: etree._Element) -> Iterator[tuple[str, str]]:
    blips = frame.xpath(".//a:blip/@r:embed", namespaces=_NS)
    if not blips:
        return
    labels = frame.xpath("wp:docPr | .//pic:cNvPr", namespaces=_NS)
    for label in labels:
        for attr in _MARK_ATTRS:
            value = (label.get(attr) or "").strip().casefold()
            if value:
                yield value, blips[0]


def _swap_media(package: Package, media: str, data: bytes, marker: str) -> None:
    ext, content_type = _image_format(data, package.label, marker)
    stem, old_ext = posixpath.splitext(media)
    old_ext = old_ext.lstrip(".").lower()
    if _SAME_FORMAT.get(old_ext, old_ext) == ext:
        package.replace(media, data)
        return
    renamed = f"{stem}.{ext}"
    del package.members[media]
    package.replace(renamed, data)
    _retarget_relationships(package, media, renamed)
    _declare_extension(package, ext, content_type, media)


def _image_format(data: bytes, label: str, marker: str) -> tuple[str, str]:
    for magic, ext, content_type in _FORMATS:
        if data.startswith(magic):
            return ext, content_type
    raise TemplateError(f"{label}: gambar untuk '{marker}' bukan PNG, JPEG, atau GIF")


def _retarget_relationships(package: Package, old: str, new: str) -> None:
    """Point every relationship aimed at part `old` to part `new` instead."""
    for name in [n for n in package.members if n.endswith(".rels")]:
        source_dir = posixpath.dirname(posixpath.dirname(name))
        root = package.parse(name)
        changed = False
        for rel in root.iter(f"{{{RELS_NS}}}Relationship"):
            target = rel.get("Target", "")
            if rel.get("TargetMode") != "External" and _resolves_to(source_dir, target, old):
                rel.set("Target", posixpath.relpath(new, source_dir or "."))
                changed = True
        if changed:
            package.replace(name, _serialize(root))


def _resolves_to(source_dir: str, target: str, part: str) -> bool:
    if target.startswith("/"):
        return posixpath.normpath(target[1:]) == part
    return posixpath.normpath(posixpath.join(source_dir, target)) == part


def _declare_extension(package: Package, ext: str, content_type: str, old_part: str) -> None:
    root = package.parse(CONTENT_TYPES)
    for override in root.iter(f"{{{CT_NS}}}Override"):
        if override.get("PartName") == f"/{old_part}":
            root.remove(override)
    defaults = {d.get("Extension", "").lower() for d in root.iter(f"{{{CT_NS}}}Default")}
    if ext not in defaults:
        element = etree.SubElement(root, f"{{{CT_NS}}}Default", Extension=ext, ContentType=content_type)
        root.insert(0, element)  # Default entries come before Override entries
    package.replace(CONTENT_TYPES, _serialize(root))


def _serialize(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
