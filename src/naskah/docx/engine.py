"""Fast .docx rendering: a template is patched and compiled once, then filled for each document.

A fresh docxtpl ``DocxTemplate(...).render(...).save(...)`` re-patches and re-compiles the template XML
for every letter (14–26 ms). `PreparedTemplate` does that work once; per document it only runs the
compiled Jinja template, docxtpl's post-processing, one deflate, and copies every other zip member as
already-compressed bytes.

Pictures are swapped by their mark: give a picture the alt text (or name, or title) ``logo`` in Word and
pass ``images={"logo": png_bytes}`` to `PreparedTemplate.load`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import jinja2
from jinja2 import meta
from lxml import etree

from naskah.docx import wordxml
from naskah.docx.environment import jinja_errors
from naskah.docx.package import Package
from naskah.docx.page import PageSetup
from naskah.docx.prepare import Layout, prepare
from naskah.docx.zipparts import RawMember, ZipWriter, deflate_member
from naskah.errors import TemplateError

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_STRICT_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


@dataclasses.dataclass(frozen=True, slots=True)
class RenderedDocument:
    """One filled-in document: its body content (without the final ``w:sectPr``) and other filled parts."""

    body: str
    parts: Mapping[str, str]


class PreparedTemplate:
    """A .docx template patched and compiled once, ready to be filled many times."""

    def __init__(self, layout: Layout, env: jinja2.Environment):
        self.layout = layout
        self.env = env
        self._part_cache: dict[str, tuple[str, RawMember]] = {}
        self._checked_parts: dict[str, str] = {}

    @classmethod
    def load(
        cls,
        source: Path | Traversable,
        env: jinja2.Environment,
        *,
        page: PageSetup | None = None,
        images: Mapping[str, bytes] | None = None,
        label: str | None = None,
    ) -> PreparedTemplate:
        """Return `source` prepared for rendering with `env`.

        `page` rewrites the paper size and margins (None keeps the template's); `images` maps a picture
        mark (alt text, name or title, e.g. ``"logo"``) to the bytes of the picture to use instead;
        `label` is how messages name the template (bawaan: its file name; a user's template: its full path).
        """
        return cls(prepare(Package.read(source, label), env, page, images or {}), env)

    @property
    def name(self) -> str:
        """Return the template's file name, used in messages."""
        return self.layout.label

    def render_part_xml(self, context: Mapping[str, Any], *, untuk: str = "") -> RenderedDocument:
        """Return the body (and any tagged header, footer…) filled with `context`, checked to be well-formed.

        Every document is checked, not only the first: a `{%p if %}` can balance for one recipient and
        not for the next. `untuk` names the document in the error (e.g. the recipient and its row).
        """
        body = self.layout.body.render(context)
        if self.layout.fix_tables:
            body = wordxml.fix_tables(body, self.layout.skeleton.wrapper)
        self._check_xml(f"{self.layout.skeleton.wrapper}{body}</w:body>", self.layout.document, untuk)
        parts = {story.name: story.render(context) for story in self.layout.stories}
        for name, xml in parts.items():
            if self._checked_parts.get(name) != xml:  # a header filled with event-wide data: checked once
                self._check_xml(xml, name, untuk)
                self._checked_parts[name] = xml
        return RenderedDocument(body, parts)

    def write_docx(self, rendered: RenderedDocument, fp: BinaryIO) -> None:
        """Write `rendered` as a complete .docx into the binary stream `fp`."""
        layout = self.layout
        body = rendered.body
        if layout.first_drawing_id is not None:
            body = wordxml.renumber_drawings(body, layout.first_drawing_id)[0]
        skeleton = layout.skeleton
        document = f"{skeleton.head}{body}{skeleton.sectpr}{skeleton.tail}"
        members = [deflate_member(layout.document, document.encode("utf-8"))]
        members += [self._deflated_part(name, xml) for name, xml in rendered.parts.items()]
        writer = ZipWriter(fp, layout.prefix)
        for member in members:
            writer.add(member)
        writer.finish()

    def undeclared_variables(self) -> set[str]:
        """Return the names the template reads from its context (for ``naskah check``)."""
        names: set[str] = set()
        for story in (self.layout.body, *self.layout.stories):
            with jinja_errors(story.label, story.source):
                names |= meta.find_undeclared_variables(self.env.parse(story.source))
        return names

    def _deflated_part(self, name: str, xml: str) -> RawMember:
        # A header filled with event-wide data is the same for every letter: deflate it once.
        cached = self._part_cache.get(name)
        if cached is None or cached[0] != xml:
            cached = self._part_cache[name] = (xml, deflate_member(name, xml.encode("utf-8")))
        return cached[1]

    def _check_xml(self, xml: str, part: str, untuk: str) -> None:
        """Raise `TemplateError` if the filled `part` is not well-formed XML (e.g. an unclosed ``{%p if %}``)."""
        try:
            etree.fromstring(xml.encode("utf-8"), _STRICT_PARSER)
        except etree.XMLSyntaxError as exc:
            pairs = "periksa pasangan tag {%p if %}/{%p endif %} dan {%tr for %}/{%tr endfor %}"
            where = f" untuk {untuk}" if untuk else ""
            # lxml's own words are English; the position is enough to find the tag in the filled XML.
            msg = f"{self.name} ({part}): hasil isian{where} bukan dokumen Word yang sah; {pairs}"
            raise TemplateError(msg) from exc
