"""Take a .docx template apart once: patched and compiled stories, fixed XML around them, untouched parts."""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Iterable, Mapping
from typing import Any

import jinja2
from lxml import etree

from naskah.docx import wordxml
from naskah.docx.environment import jinja_errors, translate_error
from naskah.docx.media import replace_images
from naskah.docx.numbering import ListRestarts, list_restarts
from naskah.docx.package import Package
from naskah.docx.page import PageSetup, apply_page_setup, restart_section, w
from naskah.docx.zipparts import RawMember, ZipPrefix, build_prefix
from naskah.errors import TemplateError

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_STORY_KINDS = ("header", "footer", "footnotes")
_START, _END = "naskah-body-start", "naskah-body-end"
_FIRST_DRAWING_ID = 1001  # docxtpl's fix_docpr_ids numbering


@dataclasses.dataclass(frozen=True)
class Story:
    """A part filled in for every document: its compiled template and the source it came from."""

    name: str
    label: str
    template: jinja2.Template
    source: str

    def render(self, context: Mapping[str, Any]) -> str:
        """Return this part filled with `context`, post-processed like docxtpl does."""
        with jinja_errors(self.label, self.source, user_code=self.template.environment.sandboxed):
            return wordxml.finish(self.template.render(context))


@dataclasses.dataclass(frozen=True)
class Skeleton:
    """``document.xml`` around the body content: the fixed text every document shares."""

    head: str
    sectpr: str
    merged_sectpr: str
    tail: str
    wrapper: str


@dataclasses.dataclass(frozen=True)
class Layout:
    """Everything `PreparedTemplate` needs, computed once per template."""

    label: str
    document: str
    skeleton: Skeleton
    body: Story
    stories: tuple[Story, ...]
    members: tuple[RawMember, ...]
    prefix: ZipPrefix
    fix_tables: bool
    first_drawing_id: int | None
    lists: ListRestarts | None
    page_breaks: bool = False


def prepare(package: Package, env: jinja2.Environment, page: PageSetup | None, images: Mapping[str, bytes]) -> Layout:
    """Return the `Layout` of `package`: pictures swapped, page set, stories patched and compiled."""
    document = package.main_part()
    rels = package.relationships(document)
    story_parts = [rel.target for rel in rels if rel.kind in _STORY_KINDS and rel.target in package.members]
    if images:
        replace_images(package, [document, *story_parts], images)
    root = package.parse(document)
    body, sectpr = _body_and_section(root, package.label)
    _drop_per_copy_ids(body)
    if page is not None:
        apply_page_setup(sectpr, page)
    skeleton, inner = _skeleton(root, body, sectpr)
    visible_text = "".join(body.itertext())
    body_source = wordxml.mark_paragraph_lines(wordxml.patch(inner))
    body_story = _compile(document, package.label, body_source, env)
    stories = tuple(_stories(package, story_parts, env))
    dynamic = {document, *(story.name for story in stories)}
    members = tuple(member for name, member in package.members.items() if name not in dynamic)
    numbering = next((rel.target for rel in rels if rel.kind == "numbering"), None)
    return Layout(
        label=package.label,
        document=document,
        skeleton=skeleton,
        body=body_story,
        stories=stories,
        members=members,
        prefix=build_prefix(list(members)),
        fix_tables=wordxml.may_change_columns(visible_text),
        first_drawing_id=_first_drawing_id(package, inner, story_parts),
        lists=list_restarts(package, numbering, inner),
        page_breaks=joins_with_page_breaks(inner, sectpr, (package.content(name) for name in story_parts)),
    )


# Field codes whose value depends on the section: a page break would no longer restart them per letter.
_PAGE_FIELD = re.compile(r"\b(?:PAGE|PAGEREF|NUMPAGES|SECTIONPAGES|SECTION)\b")
_INSTR_TEXT = re.compile(r"<w:instrText\b[^>]*>([^<]*)<")
_SIMPLE_FIELD = re.compile(r'\bw:instr="([^"]*)"')


def joins_with_page_breaks(inner: str, sectpr: etree._Element, stories: Iterable[bytes]) -> bool:
    """Return whether merged letters may follow each other after a page break rather than a section break.

    LibreOffice turns every section into a page style of its own: 200 letters after page breaks took 9–32 %
    less CPU a page than the same letters in 200 sections (issue 15; tools/exp_halaman.py). A page break
    prints the same as long as nothing the section does shows: no page number or page count (it would no
    longer start again per letter), no first-page or even-page header (it would not repeat per letter), no
    section inside the letter, one column, no line or note numbering per section.
    """
    if "<w:sectPr" in inner or _has_page_field(inner):
        return False
    for child in sectpr:
        name = etree.QName(child).localname if isinstance(child.tag, str) else ""
        if name == "titlePg" and child.get(w("val"), "1") not in ("0", "false", "off"):
            return False
        if name in ("headerReference", "footerReference") and child.get(w("type")) == "even":
            return False
        if name == "cols" and child.get(w("num"), "1").strip() not in ("", "0", "1"):
            return False
        if name in ("lnNumType", "footnotePr", "endnotePr") or (
            name == "pgBorders" and child.get(w("display"), "allPages") != "allPages"
        ):
            return False
    return not any(_has_page_field(story.decode("utf-8", "replace")) for story in stories)


def _has_page_field(xml: str) -> bool:
    # Word may split one field code over several runs (" PA", "GE "): read them joined, erring towards sections.
    codes = "".join(_INSTR_TEXT.findall(xml)) + " " + " ".join(_SIMPLE_FIELD.findall(xml))
    return _PAGE_FIELD.search(codes) is not None


def _body_and_section(root: etree._Element, label: str) -> tuple[etree._Element, etree._Element]:
    body = root.find(w("body"))
    if root.prefix != "w" or body is None:
        raise TemplateError(f"{label}: isi dokumen tidak dikenali; buka dan simpan ulang di Word")
    last = body[-1] if len(body) else None
    if last is not None and last.tag == w("sectPr"):
        return body, last
    return body, etree.SubElement(body, w("sectPr"))


def _drop_per_copy_ids(body: etree._Element) -> None:
    """Remove ids that must be unique per document, so merged letters do not repeat them."""
    for element in body.iter(etree.Element):
        element.attrib.pop(f"{{{W14}}}paraId", None)
        element.attrib.pop(f"{{{W14}}}textId", None)
    for start in list(body.iter(w("bookmarkStart"))):
        if start.get(w("name")) == "_GoBack":  # Word's invisible "last edit" bookmark
            ends = [end for end in body.iter(w("bookmarkEnd")) if end.get(w("id")) == start.get(w("id"))]
            for element in (start, *ends):
                element.getparent().remove(element)


def _skeleton(root: etree._Element, body: etree._Element, sectpr: etree._Element) -> tuple[Skeleton, str]:
    head, inner, sectpr_xml, tail = _serialize_around_body(root, body, sectpr)
    merged = copy.deepcopy(sectpr)
    restart_section(merged)
    sectpr.addnext(merged)
    body.remove(sectpr)
    merged_xml = _serialize_around_body(root, body, merged)[2]
    merged.addnext(sectpr)
    body.remove(merged)
    wrapper = etree.tostring(etree.Element(w("body"), nsmap=root.nsmap), encoding="unicode")
    skeleton = Skeleton(head, sectpr_xml, merged_xml, tail, wrapper.replace("/>", ">", 1))
    return skeleton, inner


def _serialize_around_body(
    root: etree._Element, body: etree._Element, sectpr: etree._Element
) -> tuple[str, str, str, str]:
    """Return (head, body content, final sectPr, tail) of the document serialized as docxtpl does."""
    start, end = etree.Comment(_START), etree.Comment(_END)
    body.insert(0, start)
    sectpr.addprevious(end)
    text = etree.tostring(root, encoding="unicode")
    body.remove(start)
    body.remove(end)
    head, rest = text.split(f"<!--{_START}-->")
    inner, rest = rest.split(f"<!--{_END}-->")
    cut = rest.rindex("</w:body>")
    return wordxml.XML_DECLARATION + head, inner, rest[:cut], rest[cut:]


def _stories(package: Package, parts: list[str], env: jinja2.Environment) -> list[Story]:
    """Return the headers, footers and footnotes that contain tags, plus core properties if tagged."""
    stories = []
    for name in parts:
        patched = wordxml.patch(etree.tostring(package.parse(name), encoding="unicode"))
        if wordxml.has_tags(patched):
            source = wordxml.XML_DECLARATION + wordxml.mark_paragraph_lines(patched)
            stories.append(_compile(name, f"{package.label} ({name})", source, env))
    for rel in package.relationships(""):
        if rel.kind == "core-properties" and rel.target in package.members:
            try:
                text = package.content(rel.target).decode("utf-8")
            except UnicodeDecodeError as exc:
                msg = (
                    f"{package.label}: {rel.target} (keterangan dokumen) tidak berkode UTF-8; buka templat di Word, "
                    "ubah Properti dokumen bila perlu, lalu simpan ulang"
                )
                raise TemplateError(msg) from exc
            if wordxml.has_tags(text):
                stories.append(_compile(rel.target, f"{package.label} ({rel.target})", text, env))
    return stories


def _compile(name: str, label: str, source: str, env: jinja2.Environment) -> Story:
    try:
        template = env.from_string(source)
    except jinja2.TemplateError as exc:
        raise translate_error(exc, label, source) from exc
    return Story(name, label, template, source)


def _first_drawing_id(package: Package, inner: str, story_parts: list[str]) -> int | None:
    """Return where body picture ids start, above any id used in headers and footers; None if no pictures."""
    if "<wp:docPr" not in inner:
        return None
    taken = [i for name in story_parts for i in wordxml.drawing_ids(package.content(name).decode("utf-8"))]
    return max([_FIRST_DRAWING_ID - 1, *taken]) + 1
