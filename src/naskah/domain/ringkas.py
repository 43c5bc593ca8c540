"""Warnings grouped for reading: one line for the same message on many rows, what changes a letter first.

Sixty rows with the same phone warning are one line ("baris 2–61 (60 baris), kolom telepon: …"), so
the warning that matters (a weekday that does not match its date) is not buried under them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from naskah.errors import Problem

# "baris 7" or "baris 7, kolom telepon" (a list's row), and "penerima[3].nama" (an item of a YAML list).
_ROW = re.compile(r"^baris (\d+)(.*)$")
_ITEM = re.compile(r"^(.*?)\[(\d+)\](.*)$")
# Warnings about how a file was read that leave every letter saying what the clerk meant (a restored
# leading 0, an encoding guessed right, an invisible character dropped) come last; all others (a weekday
# that does not match its date, an ignored key or column, a skipped row) may change a letter: first.
RUTIN = ("angka 0 di depan", "bukan UTF-8", "karakter kendali")
MAX_RENTANG = 6


@dataclasses.dataclass
class _Kelompok:
    first: Problem
    template: str  # the location with its number taken out
    numbers: list[int]
    kind: str  # "baris", "butir" or "" (not groupable)


def ringkas(problems: Iterable[Problem]) -> list[str]:
    """Return one line per distinct message, rows of the same message folded into ranges; meaningful first."""
    groups: dict[tuple[str, str, str, str, str], _Kelompok] = {}
    for problem in problems:
        kind, template, number = _split(problem.path)
        key = (problem.file, kind, template, problem.message, problem.hint)
        if kind and key in groups:
            groups[key].numbers.append(number)
            continue
        if not kind:
            key = (*key[:4], f"{problem.hint}\0{len(groups)}")  # never merged
        groups[key] = _Kelompok(problem, template, [number] if kind else [], kind)
    ordered = sorted(groups.values(), key=lambda g: any(word in g.first.message for word in RUTIN))
    return [_line(group) for group in ordered]


def hitungan(problems: list[Problem]) -> str:
    """Return the closing count: '62 peringatan (3 jenis); periksa sebelum mencetak.'"""
    kinds = len(ringkas(problems))
    detail = f" ({kinds} jenis)" if kinds != len(problems) else ""
    return f"{len(problems)} peringatan{detail}; periksa sebelum mencetak."


def rentang(numbers: Iterable[int]) -> str:
    """Return `numbers` as ranges: [2, 3, 4, 9] → '2–4, 9'; more than a few ranges end in '…'."""
    values = sorted(set(numbers))
    ranges: list[tuple[int, int]] = []
    for value in values:
        if ranges and value == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], value)
        else:
            ranges.append((value, value))
    shown = [f"{a}–{b}" if b > a else str(a) for a, b in ranges[:MAX_RENTANG]]
    return ", ".join(shown) + (", …" if len(ranges) > MAX_RENTANG else "")


def lokasi_baris(numbers: Iterable[int], column: str = "") -> str:
    """Return a list location for many rows: 'baris 2–61 (60 baris), kolom telepon'."""
    values = sorted(set(numbers))
    count = f" ({len(values)} baris)" if len(values) > 1 else ""
    return f"baris {rentang(values)}{count}" + (f", kolom {column}" if column else "")


def _split(path: str) -> tuple[str, str, int]:
    row = _ROW.match(path)
    if row:
        return "baris", row.group(2), int(row.group(1))
    item = _ITEM.match(path)
    if item:
        return "butir", f"{item.group(1)}[#]{item.group(3)}", int(item.group(2))
    return "", path, 0


def _line(group: _Kelompok) -> str:
    problem = group.first
    if len(group.numbers) < 2:
        return str(problem)
    if group.kind == "baris":
        path = lokasi_baris(group.numbers) + group.template
    else:
        path = group.template.replace("[#]", f"[{rentang(group.numbers)}]") + f" ({len(set(group.numbers))} butir)"
    return str(dataclasses.replace(problem, path=path))
