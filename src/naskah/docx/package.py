"""The parts of a .docx template: raw zip members plus relationship lookups."""

from __future__ import annotations

import dataclasses
import posixpath
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from naskah.docx.zipparts import MAX_UNPACKED, RawMember, deflate_member, read_members
from naskah.errors import TemplateError, os_reason

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
CONTENT_TYPES = "[Content_Types].xml"
OFFICE_DOCUMENT = "/officeDocument"
XML_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)  # python-docx's settings


@dataclasses.dataclass(frozen=True)
class Relationship:
    """One internal relationship of a part: its type (last URI segment) and the target part name."""

    rid: str
    kind: str
    target: str


@dataclasses.dataclass
class Package:
    """All zip members of a .docx template, by part name, in archive order."""

    label: str
    members: dict[str, RawMember]

    @classmethod
    def read(cls, source: Path | Traversable, label: str | None = None) -> Package:
        """Return the package stored in `source`; messages name it `label` (bawaan: its file name)."""
        label = label or source.name
        try:
            if isinstance(source, Path) and source.stat().st_size > MAX_UNPACKED:
                raise TemplateError(
                    f"{label}: berkasnya {source.stat().st_size // (1024 * 1024)} MiB, melebihi batas "
                    f"{MAX_UNPACKED // (1024 * 1024)} MiB untuk templat; perkecil gambar di dalamnya lalu simpan ulang"
                )
            data = source.read_bytes()
        except OSError as exc:
            raise TemplateError(f"{label}: template tidak dapat dibaca ({os_reason(exc)})") from exc
        members = read_members(data, label)
        return cls(label, {member.name: member for member in members})

    def main_part(self) -> str:
        """Return the name of the main document part (normally ``word/document.xml``)."""
        for rel in self.relationships(""):
            if rel.kind == OFFICE_DOCUMENT.lstrip("/"):
                return rel.target
        raise TemplateError(f"{self.label}: bukan dokumen Word (tidak ada word/document.xml)")

    def content(self, name: str) -> bytes:
        """Return the uncompressed bytes of part `name`."""
        try:
            return self.members[name].content()
        except KeyError:
            raise TemplateError(f"{self.label}: bagian {name} hilang dari berkas .docx") from None

    def parse(self, name: str) -> etree._Element:
        """Return part `name` parsed as XML."""
        try:
            return etree.fromstring(self.content(name), XML_PARSER)
        except etree.XMLSyntaxError as exc:
            where = f", baris {exc.lineno}" if getattr(exc, "lineno", None) else ""
            msg = f"{self.label}: {name} bukan XML yang sah{where}; buka dan simpan ulang templat di Word"
            raise TemplateError(msg) from exc

    def replace(self, name: str, content: bytes) -> None:
        """Store new `content` for part `name`, deflated once."""
        self.members[name] = deflate_member(name, content)

    def relationships(self, part: str) -> list[Relationship]:
        """Return the internal relationships of `part` ('' for the package itself)."""
        rels_name = rels_path(part)
        if rels_name not in self.members:
            return []
        base = posixpath.dirname(part)
        found = []
        for rel in self.parse(rels_name).iter(f"{{{RELS_NS}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            found.append(Relationship(rel.get("Id", ""), kind, resolve_target(base, rel.get("Target", ""))))
        return found


def rels_path(part: str) -> str:
    """Return the name of the relationships part belonging to `part`."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def resolve_target(base: str, target: str) -> str:
    """Return the part name a relationship `target`, relative to folder `base`, points to."""
    if target.startswith("/"):
        return posixpath.normpath(target[1:])
    return posixpath.normpath(posixpath.join(base, target))
