"""Numbered lists that start again at 1 in every letter of a merged document."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from lxml import etree

from naskah.docx.package import Package
from naskah.docx.page import w

_NUM_ID = re.compile(r'<w:numId w:val="(\d+)"/>')


@dataclasses.dataclass(frozen=True)
class ListRestarts:
    """Gives every merged letter its own copy of each list it uses (a new ``w:num``) so counting restarts.

    Only lists applied directly to paragraphs (``w:numPr``) restart; numbering inherited from a paragraph
    style keeps counting across letters.
    """

    part: str
    source: str
    used: tuple[str, ...]
    abstract: dict[str, str]
    starts: dict[str, dict[str, str]]
    first_free: int

    def rename(self, body: str, letter: int) -> str:
        """Return `body` of the 0-based `letter` pointing at that letter's own lists."""
        if letter == 0:
            return body
        ids = {old: str(self._new_id(letter, index)) for index, old in enumerate(self.used)}
        return _NUM_ID.sub(lambda m: f'<w:numId w:val="{ids.get(m.group(1), m.group(1))}"/>', body)

    def chunks(self, letters: int) -> Iterator[str]:
        """Yield the numbering part with the list copies for `letters` letters added."""
        source = self.source
        cut = source.find("<w:numIdMacAtCleanup")
        cut = cut if cut >= 0 else source.rindex("</w:numbering>")
        yield source[:cut]
        for letter in range(1, letters):
            yield "".join(self._num(letter, index, old) for index, old in enumerate(self.used))
        yield source[cut:]

    def _new_id(self, letter: int, index: int) -> int:
        return self.first_free + (letter - 1) * len(self.used) + index

    def _num(self, letter: int, index: int, old: str) -> str:
        overrides = "".join(
            f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            for level, start in self.starts[old].items()
        )
        new_id = self._new_id(letter, index)
        return f'<w:num w:numId="{new_id}"><w:abstractNumId w:val="{self.abstract[old]}"/>{overrides}</w:num>'


def list_restarts(package: Package, numbering_part: str | None, body: str) -> ListRestarts | None:
    """Return how to restart the lists `body` uses, or None when it uses none."""
    used = tuple(dict.fromkeys(m.group(1) for m in _NUM_ID.finditer(body)))
    if numbering_part is None or numbering_part not in package.members:
        return None
    root = package.parse(numbering_part)
    nums = {num.get(w("numId")): num for num in root.iter(w("num"))}
    used = tuple(num_id for num_id in used if num_id in nums)
    if not used or root.prefix != "w":
        return None
    abstracts = {a.get(w("abstractNumId")): a for a in root.iter(w("abstractNum"))}
    abstract = {num_id: _abstract_id(nums[num_id]) for num_id in used}
    starts = {num_id: _starts(nums[num_id], abstracts.get(abstract[num_id])) for num_id in used}
    first_free = max((int(n) for n in nums if n and n.isdigit()), default=0) + 1
    source = package.content(numbering_part).decode("utf-8")
    return ListRestarts(numbering_part, source, used, abstract, starts, first_free)


def _abstract_id(num: etree._Element) -> str:
    ref = num.find(w("abstractNumId"))
    return ref.get(w("val"), "0") if ref is not None else "0"


def _starts(num: etree._Element, abstract: etree._Element | None) -> dict[str, str]:
    """Return level → first number, taken from the abstract list and any override in `num`."""
    starts = {str(level): "1" for level in range(9)}
    if abstract is not None:
        for level in abstract.iter(w("lvl")):
            start = level.find(w("start"))
            if start is not None:
                starts[level.get(w("ilvl"), "0")] = start.get(w("val"), "1")
    for override in num.iter(w("lvlOverride")):
        start = override.find(w("startOverride"))
        if start is not None:
            starts[override.get(w("ilvl"), "0")] = start.get(w("val"), "1")
    return starts
