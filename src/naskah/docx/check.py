"""Read a .docx template the way a clerk sees it: the tags per paragraph, and the tags Word broke."""

from __future__ import annotations

import dataclasses
import re
import warnings
from collections.abc import Iterator
from importlib.resources.abc import Traversable
from pathlib import Path

from lxml import etree

from naskah.docx.package import Package
from naskah.docx.page import W, w
from naskah.docx.wordxml import straighten_quotes, unescape_xml
from naskah.errors import NaskahWarning, TemplateError

_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_PAIRS = (("{{", "}}"), ("{%", "%}"), ("{#", "#}"))
_CURLY = "“”‘’„‚«»"
_STRAIGHTENED = "“”‘’"  # the curly quotes docxtpl turns straight inside tags; the others stay and break
# A tag whose braces Word (or a typist) spaced apart, '{ { nama } }': only this looks like a broken tag;
# prose with a lone '{ {' is just text.
_SPACED = re.compile(r"\{\s+\{[^{}]*\}\s+\}|\{\s+%[^{}%]*%\s+\}|\{\{[^{}]*\}\s+\}|\{%[^{}%]*%\s+\}")
_DOCXTPL_PREFIX = re.compile(r"^(\{[{%#]-?)(?:p|tr|tc|r) ")
_STORY_PARTS = re.compile(r"^word/(document|header\d*|footer\d*|footnotes)\.xml$")
_WHERE = {"document": "badan naskah", "header": "kepala halaman", "footer": "kaki halaman", "footnotes": "catatan kaki"}
_SNIPPET = 100


@dataclasses.dataclass(frozen=True)
class Paragraph:
    """One paragraph of a template: where it is (for the clerk), its visible text, its tags."""

    where: str
    text: str
    tags: tuple[str, ...]
    xml: str

    @property
    def shown(self) -> str:
        """Return the paragraph text shortened for a message, with its location."""
        text = " ".join(self.text.split())
        text = text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"
        return f"{self.where}: «{text}»"


@dataclasses.dataclass(frozen=True)
class Finding:
    """One problem in a template, with the paragraph it is in when it has one."""

    message: str
    paragraph: Paragraph | None = None
    blocking: bool = True  # False: a warning, the template still works

    def __str__(self) -> str:
        return f"{self.message}\n    di {self.paragraph.shown}" if self.paragraph else self.message


def paragraphs(source: Path | Traversable) -> list[Paragraph]:
    """Return every paragraph (body, tables, headers, footers) of the .docx at `source`, in order."""
    package = Package.read(source)
    found: list[Paragraph] = []
    for name in sorted(package.members, key=_story_order):
        match = _STORY_PARTS.match(name)
        if match:
            where = _WHERE[re.sub(r"\d+$", "", match.group(1))]
            found += _paragraphs_of(package.parse(name), where)
    return found


def _story_order(name: str) -> tuple[int, str]:
    return (0 if name.endswith("document.xml") else 1, name)


def _paragraphs_of(root: etree._Element, where: str) -> Iterator[Paragraph]:
    for element in root.iter(w("p")):
        if _has_inner_paragraph(element):
            continue  # the paragraph holding a text box; its inner paragraphs are read on their own
        text = "".join(t.text or "" for t in element.iter(w("t")))
        label = f"{where} (di dalam tabel)" if _in_table(element) else where
        xml = etree.tostring(element, encoding="unicode")
        yield Paragraph(label, text, tuple(_TAG.findall(text)), xml)


def _has_inner_paragraph(element: etree._Element) -> bool:
    return any(inner is not element for inner in element.iter(w("p")))


def _in_table(element: etree._Element) -> bool:
    return any(ancestor.tag == w("tc") for ancestor in element.iterancestors())


def broken_tags(paragraph: Paragraph) -> list[Finding]:
    """Return what Word did to the tags of `paragraph` that will stop the template from working."""
    found = []
    for opening, closing in _PAIRS:
        if paragraph.text.count(opening) != paragraph.text.count(closing):
            found.append(
                Finding(
                    f"tag tidak berpasangan: jumlah '{opening}' dan '{closing}' berbeda "
                    "(tag harus dibuka dan ditutup di paragraf yang sama)",
                    paragraph,
                )
            )
    for tag in paragraph.tags:
        if any(mark in tag for mark in _CURLY):
            repaired = all(mark in _STRAIGHTENED for mark in tag if mark in _CURLY)
            found.append(_curly_finding(tag, paragraph, repaired))
    if _SPACED.search(paragraph.text):
        found.append(
            Finding(
                "kurung kurawal tag terpisah spasi (mis. '{ {'), jadi tidak dibaca sebagai tag; bila maksudnya tag, "
                "tulis '{{', '{%', '%}', '}}' rapat",
                paragraph,
                blocking=False,
            )
        )
    if not any(f.blocking for f in found) and paragraph.tags and not _patches_cleanly(paragraph):
        found.append(
            Finding(
                "tag terpotong oleh format Word yang tidak dapat dirapikan otomatis; hapus tag itu lalu "
                "ketik ulang sekaligus, tanpa mengubah huruf atau tautan di tengahnya",
                paragraph,
            )
        )
    return found


def _curly_finding(tag: str, paragraph: Paragraph, repaired: bool) -> Finding:
    if repaired:
        return Finding(
            f"tanda kutip melengkung di dalam tag {tag}; naskah membacanya sebagai kutip lurus, tetapi ketik ulang "
            "dengan kutip lurus (\" atau ') dan matikan 'smart quotes' di Word",
            paragraph,
            blocking=False,
        )
    return Finding(
        f"tanda kutip {''.join(m for m in tag if m in _CURLY)} di dalam tag {tag} tidak dikenal Jinja; ketik ulang "
        "dengan kutip lurus (\" atau ') dan matikan 'smart quotes' di Word",
        paragraph,
    )


def _patches_cleanly(paragraph: Paragraph) -> bool:
    """Return whether docxtpl's run joining turns the paragraph's XML into exactly its visible tags, as valid XML.

    The tags in the XML are compared unescaped: the XML stores ``>`` and ``&`` of ``{% if a > 1 %}`` as
    ``&gt;`` and ``&amp;``, which is not Word breaking anything.
    """
    joined = _join_runs(paragraph.xml)
    if sorted(_normal(unescape_xml(tag)) for tag in _TAG.findall(joined)) != sorted(map(_normal, paragraph.tags)):
        return False
    try:
        etree.fromstring(f'<w:body xmlns:w="{W}">{joined}</w:body>')
    except etree.XMLSyntaxError:
        return False
    return True


def _join_runs(xml: str) -> str:
    """Return `xml` with the XML inside tags removed, as the first two steps of docxtpl's ``patch_xml`` do.

    Only these steps repair tags Word split across runs; the later ones rewrite ``{%p``/``{%tr`` rows and
    cells, which needs the whole table, so they are left out.
    """
    xml = re.sub(r"(?<={)(<[^>]*>)+(?=[\{%\#])|(?<=[%\}\#])(<[^>]*>)+(?=\})", "", xml, flags=re.DOTALL)
    return re.sub(
        r"{%(?:(?!%}).)*|{#(?:(?!#}).)*|{{(?:(?!}}).)*",
        lambda m: re.sub("</w:t>.*?(<w:t>|<w:t [^>]*>)", "", m.group(0), flags=re.DOTALL),
        xml,
        flags=re.DOTALL,
    )


def _normal(tag: str) -> str:
    return " ".join(_DOCXTPL_PREFIX.sub(r"\1 ", tag).split())


def jinja_line(paragraph: Paragraph) -> str:
    """Return the paragraph's tags as one line of plain Jinja (docxtpl's ``p``/``tr``/``tc``/``r`` removed)."""
    tags = [_DOCXTPL_PREFIX.sub(r"\1 ", straighten_quotes(tag)) for tag in paragraph.tags]
    return " ".join(_docxtpl_only(tag) for tag in tags)


def _docxtpl_only(tag: str) -> str:
    """Return docxtpl's own cell tags (``vm``, ``hm``, ``colspan``, ``cellbg``) as what Jinja sees of them."""
    match = re.fullmatch(r"\{%-?\s*(colspan|cellbg)\s+(.*?)\s*-?%\}", tag, re.DOTALL)
    if match:
        return f"{{{{ {match.group(2)} }}}}"
    if re.fullmatch(r"\{%-?\s*(vm|hm)\s*-?%\}", tag):
        return ""
    return tag


def refuse_broken(source: Path, label: str) -> None:
    """Raise `TemplateError` when Word broke a tag of the user's template `source` (checked before any use).

    docxtpl would otherwise silently swallow everything up to the next '}}' of an unclosed tag.
    """
    for paragraph in paragraphs(source):
        findings = broken_tags(paragraph)
        for finding in findings:
            if finding.blocking:
                raise TemplateError(
                    f"{label}: {finding.message}; di {paragraph.shown} "
                    f"(periksa dengan 'naskah templat periksa {label}')"
                )
        for finding in findings:
            warnings.warn(NaskahWarning(f"{label}: {finding.message}; di {paragraph.shown}"), stacklevel=2)
