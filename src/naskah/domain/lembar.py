"""What a recipient-list reader (CSV or XLSX) hands on: the non-empty rows and what the file says about them."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from naskah.errors import Problem

# Far beyond any event's list (a 5,000-letter mailing is a big one); they keep time bounded. Memory no longer
# grows with the rows (a CSV is streamed, recipients are kept packed), so the bound is a sanity limit.
MAX_BARIS = 200_000
MAX_KOLOM = 256
# Values Excel writes into a cell whose formula failed; a CSV saved by Excel carries them as text.
GALAT_EXCEL = frozenset(
    ("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", "#CALC!", "#GETTING_DATA")
)
# Characters that print nothing: a cell holding only these is empty.
TANPA_LEBAR = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"


@dataclasses.dataclass(frozen=True)
class Baris:
    """One recipient row: its 1-based row number in the sheet and its cells by column name."""

    nomor: int
    kolom: dict[str, str]


@dataclasses.dataclass
class HasilBaca:
    """What reading a list produced: rows, errors that stop us, warnings that do not."""

    baris: list[Baris] = dataclasses.field(default_factory=list)
    masalah: list[Problem] = dataclasses.field(default_factory=list)
    peringatan: list[Problem] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class Gabungan:
    """A merged cell range (1-based, inclusive)."""

    baris_awal: int
    kolom_awal: int
    baris_akhir: int
    kolom_akhir: int


@dataclasses.dataclass
class Lembar:
    """The rows of one sheet that hold anything, numbered as the clerk sees them, and their circumstances."""

    # A list, or (CSV) an object reading the file again on each iteration: iterate, never index.
    baris: Iterable[tuple[int, list[Any]]]
    pemisah: str | None = None  # the CSV delimiter; None for a workbook
    tersembunyi: set[int] = dataclasses.field(default_factory=set)
    gabungan: list[Gabungan] = dataclasses.field(default_factory=list)
    rumus_tanpa_nilai: set[tuple[int, int]] = dataclasses.field(default_factory=set)  # (row, 1-based column)


def kosong(cell: Any) -> bool:
    """Return whether `cell` prints nothing (None, blanks, zero-width characters only)."""
    return cell is None or (isinstance(cell, str) and not cell.strip(TANPA_LEBAR + " \t\r\n\xa0"))


def huruf_kolom(nomor: int) -> str:
    """Return the spreadsheet letters of the 1-based column `nomor`: 1 → A, 28 → AB."""
    letters = ""
    while nomor > 0:
        nomor, rest = divmod(nomor - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
