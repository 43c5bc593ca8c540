"""docxtpl's XML patching and post-processing, used piecemeal so a template is patched only once."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from lxml import etree

if TYPE_CHECKING:
    from docxtpl import DocxTemplate

XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
_TAGS = ("{{", "{%", "{#")
# Tags after which docxtpl's fix_tables can change a table's column count.
_COLUMN_TAGS = re.compile(r"\{[{%#]-?\s*tc\s|\{%-?\s*(?:colspan|hm)\b")
_IN_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_ENTITY = re.compile(r"&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
_DOCPR_ID = re.compile(r'(<wp:docPr\b[^>]*?\sid=")\d+(")')


@functools.cache
def _docxtpl() -> DocxTemplate:
    # docxtpl (and python-docx under it) load lazily: `naskah --help` must start fast.
    from docxtpl import DocxTemplate

    return DocxTemplate(None)  # only its stateless XML helpers are used


def patch(xml: str) -> str:
    """Return `xml` cleaned by docxtpl so Jinja understands it (``{%p``, ``{%tr``, split runs…).

    Then the tags are unescaped: the XML stores ``{{ "R & D" }}`` as ``{{ "R &amp; D" }}``, and Jinja must
    see what the clerk typed, or with autoescaping the literal would print as ``R &amp; D``. docxtpl itself
    only unescapes ``&lt;`` and ``&gt;`` (it does not autoescape by default).
    """
    return _IN_TAG.sub(lambda m: unescape_xml(m.group()), _docxtpl().patch_xml(xml))


def unescape_xml(text: str) -> str:
    """Return `text` with XML's entity and character references replaced by the characters they stand for."""
    if "&" not in text:
        return text
    return _ENTITY.sub(_entity_char, text)


def _entity_char(match: re.Match[str]) -> str:
    named, decimal, hexadecimal = match.groups()
    if named:
        return _NAMED[named]
    code = int(decimal) if decimal else int(hexadecimal, 16)
    return chr(code) if 0 < code <= 0x10FFFF else match.group()


def straighten_quotes(text: str) -> str:
    """Return `text` with Word's curly quotes straightened, as docxtpl does inside tags."""
    return text.translate(_QUOTES)


def has_tags(xml: str) -> bool:
    """Return whether patched `xml` contains any Jinja tag."""
    return any(tag in xml for tag in _TAGS)


def may_change_columns(text: str) -> bool:
    """Return whether the visible `text` of a template uses tags that add or merge table cells."""
    return _COLUMN_TAGS.search(text) is not None


def mark_paragraph_lines(xml: str) -> str:
    """Return `xml` with each paragraph on its own line, as docxtpl does, so Jinja errors get line numbers."""
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)


def finish(xml: str) -> str:
    """Return rendered `xml` post-processed exactly like docxtpl's ``render_xml_part``."""
    # Only paragraph starts got a newline (mark_paragraph_lines); text cannot hold a raw '<'. One pass each.
    xml = xml.replace("\n<w:p", "<w:p")
    if "{_" in xml or "_}" in xml:
        xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
    if "\t" in xml or "\n" in xml or "\a" in xml or "\f" in xml:
        # Tabs, line and page breaks inside values become Word runs; without them this is a no-op.
        xml = _docxtpl().resolve_listing(xml)
    return xml


def fix_tables(inner: str, wrapper: str) -> str:
    """Return body content `inner` with docxtpl's table-grid repair applied."""
    tree = _docxtpl().fix_tables(f"{wrapper}{inner}</w:body>")
    text = etree.tostring(tree, encoding="unicode")
    return text[text.index(">") + 1 : text.rindex("</")]


def renumber_drawings(xml: str, start: int) -> tuple[str, int]:
    """Return `xml` with ``wp:docPr`` ids numbered from `start` (Word rejects duplicates), and the next id."""
    counter = itertools.count(start)
    renumbered = _DOCPR_ID.sub(lambda m: f"{m.group(1)}{next(counter)}{m.group(2)}", xml)
    return renumbered, next(counter)


def drawing_ids(xml: str) -> Iterator[int]:
    """Yield the ``wp:docPr`` ids found in `xml`."""
    for match in re.finditer(r'<wp:docPr\b[^>]*?\sid="(\d+)"', xml):
        yield int(match.group(1))
