"""Tests for naskah.docx.numbering: every merged letter gets its own copy of each list, so counting restarts."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from naskah.docx.numbering import ListRestarts, list_restarts
from naskah.docx.package import Package

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PART = "word/numbering.xml"


def numbering(*children: str, prefix: str = "w") -> bytes:
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><{prefix}:numbering xmlns:{prefix}="{W}">'
    return f"{xml}{''.join(children)}</{prefix}:numbering>".encode()


def abstract(abstract_id: int, *starts: int) -> str:
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="{start}"/><w:numFmt w:val="decimal"/></w:lvl>'
        for level, start in enumerate(starts)
    )
    return f'<w:abstractNum w:abstractNumId="{abstract_id}">{levels}</w:abstractNum>'


def num(num_id: int, abstract_id: int, **overrides: int) -> str:
    inner = "".join(
        f'<w:lvlOverride w:ilvl="{level.removeprefix("lvl")}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
        for level, start in overrides.items()
    )
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{inner}</w:num>'


def item(num_id: int, text: str = "Butir", level: int = 0) -> str:
    return (
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
        f"<w:r><w:t>{text}</w:t></w:r></w:p>"
    )


# Two lists: "1." decimal (abstract 0, numId 3) and "a." starting at 5 on level 1 (abstract 1, numId 4);
# numId 8 exists but the body does not use it.
STANDARD = numbering(abstract(0, 1, 1), abstract(1, 1, 5), num(3, 0), num(4, 1), num(8, 0))


def package_with(content: bytes | None) -> Package:
    package = Package("surat.docx", {})
    if content is not None:
        package.replace(PART, content)
    return package


def restarts(body: str, content: bytes | None = STANDARD) -> ListRestarts | None:
    return list_restarts(package_with(content), PART if content is not None else None, body)


def num_ids(text: str) -> list[str]:
    return re.findall(r'<w:numId w:val="(\d+)"/>', text)


def test_a_body_without_lists_needs_no_restart():
    assert restarts("<w:p><w:r><w:t>Demikian</w:t></w:r></w:p>") is None


def test_a_template_without_a_numbering_part_needs_no_restart():
    assert restarts(item(3), content=None) is None
    assert list_restarts(package_with(None), PART, item(3)) is None  # named but missing


def test_list_ids_the_numbering_part_lacks_are_ignored():
    assert restarts(item(42)) is None
    lists = restarts(item(42) + item(4))
    assert lists is not None and lists.used == ("4",)


def test_a_numbering_part_under_another_prefix_is_left_alone():
    # The copies are written as text with the w: prefix; under another prefix they would be foreign.
    content = numbering(num(3, 0).replace("w:", "x:"), prefix="x")
    assert restarts(item(3), content) is None


def test_used_lists_are_found_once_in_order_of_use():
    lists = restarts(item(4) + item(3) + item(4) + item(3))
    assert lists is not None
    assert lists.used == ("4", "3")
    assert lists.abstract == {"4": "1", "3": "0"}
    assert lists.first_free == 9  # above every numId of the part, used or not


def test_start_values_come_from_the_abstract_list_and_the_overrides():
    content = numbering(abstract(0, 1, 1), abstract(1, 3, 5), num(3, 0), num(4, 1, lvl0=7))
    lists = restarts(item(3) + item(4), content)
    assert lists is not None
    assert lists.starts["3"]["0"] == "1"
    assert (lists.starts["4"]["0"], lists.starts["4"]["1"], lists.starts["4"]["2"]) == ("7", "5", "1")
    assert sorted(lists.starts["4"]) == [str(level) for level in range(9)]


def test_the_first_letter_keeps_the_template_lists():
    body = item(3) + item(4)
    lists = restarts(body)
    assert lists is not None and lists.rename(body, 0) == body


def test_later_letters_point_at_their_own_copies():
    body = item(4) + item(3, level=1) + item(8) + item(42)
    lists = restarts(item(4) + item(3))
    assert lists is not None
    assert num_ids(lists.rename(body, 1)) == ["9", "10", "8", "42"]  # lists it does not restart keep their id
    assert num_ids(lists.rename(body, 2)) == ["11", "12", "8", "42"]


def test_the_copies_are_added_before_the_cleanup_marker():
    content = numbering(abstract(0, 1), num(3, 0), '<w:numIdMacAtCleanup w:val="2"/>')
    lists = restarts(item(3), content)
    assert lists is not None
    root = etree.fromstring("".join(lists.chunks(3)).encode())
    names = [etree.QName(child).localname for child in root]
    assert names == ["abstractNum", "num", "num", "num", "numIdMacAtCleanup"]  # the schema's order


def test_each_copy_restarts_every_level_of_its_abstract_list():
    lists = restarts(item(4) + item(3))
    assert lists is not None
    root = etree.fromstring("".join(lists.chunks(3)).encode())
    nums = {n.get(f"{{{W}}}numId"): n for n in root.iter(f"{{{W}}}num")}
    assert sorted(nums, key=int) == ["3", "4", "8", "9", "10", "11", "12"]
    copy = nums["9"]  # letter 2's copy of list 4
    assert copy.find(f"{{{W}}}abstractNumId").get(f"{{{W}}}val") == "1"
    starts = {
        o.get(f"{{{W}}}ilvl"): o.find(f"{{{W}}}startOverride").get(f"{{{W}}}val")
        for o in copy.iter(f"{{{W}}}lvlOverride")
    }
    assert starts == {"0": "1", "1": "5", **{str(level): "1" for level in range(2, 9)}}
    assert nums["10"].find(f"{{{W}}}abstractNumId").get(f"{{{W}}}val") == "0"


@pytest.mark.parametrize("letters", [0, 1])
def test_a_single_letter_needs_no_copies(letters):
    lists = restarts(item(3))
    assert lists is not None
    assert "".join(lists.chunks(letters)).encode() == STANDARD


def test_renamed_ids_match_the_copies_written():
    body = item(4) + item(3)
    lists = restarts(body)
    assert lists is not None
    written = {n.get(f"{{{W}}}numId") for n in etree.fromstring("".join(lists.chunks(4)).encode()).iter(f"{{{W}}}num")}
    for letter in range(4):
        assert set(num_ids(lists.rename(body, letter))) <= written
