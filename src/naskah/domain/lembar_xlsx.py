"""Read an XLSX list by its real content, within bounds, with what openpyxl's values alone do not say.

The workbook is checked before openpyxl sees it (an encrypted workbook is an OLE file, not a zip; a
zip member may declare a gigabyte), and the sheet XML is walked once on its own for the rows Excel
hides, the merged cells, formulas saved without a value, and the row and column counts.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError, iterparse

from naskah.domain.batas import MB, angka, baca_berkas, ukuran
from naskah.domain.lembar import MAX_BARIS, MAX_KOLOM, Gabungan, HasilBaca, Lembar, huruf_kolom, kosong
from naskah.errors import InputFileError, Problem

MAX_XLSX_BYTES = 32 * MB
MAX_MEMBER = 50 * MB  # one part once unzipped (a sheet, the shared strings)
MAX_TOTAL = 100 * MB  # all parts once unzipped
MAX_MEMBERS = 5_000
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_RESAVE = "buka di Excel/LibreOffice lalu simpan sebagai .xlsx, atau ekspor sebagai CSV"
# How XLSX stores characters XML cannot carry (ECMA-376 ST_Xstring): _x0007_ is BEL.
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")


class _TooBig(Exception):
    def __init__(self, problem_message: str) -> None:
        super().__init__(problem_message)
        self.problem_message = problem_message


def baca_xlsx(path: Path, result: HasilBaca) -> Lembar | None:
    """Return the non-empty rows of the list's sheet in the workbook at `path`, or None with the problem."""
    try:
        raw = baca_berkas(path, MAX_XLSX_BYTES, "daftar penerima")
    except InputFileError as exc:
        result.masalah.extend(exc.problems)
        return None
    if raw.startswith(_OLE):
        result.masalah.append(_ole_problem(path, raw))
        return None
    problem = _check_zip(path, raw)
    if problem is not None:
        result.masalah.append(problem)
        return None
    return _read_book(path, raw, result)


def _ole_problem(path: Path, raw: bytes) -> Problem:
    if "EncryptedPackage".encode("utf-16-le") in raw:
        # Excel saves a workbook with a password to open as an encrypted OLE container, not as a zip.
        return Problem(
            str(path),
            "",
            "berkas Excel ini dilindungi kata sandi, sehingga isinya tidak dapat dibaca",
            "buka di Excel dengan kata sandinya, pilih File ▸ Info ▸ Proteksi Buku Kerja ▸ Enkripsikan dengan "
            "Kata Sandi (Encrypt with Password), kosongkan kata sandinya lalu simpan, sehingga tersimpan tanpa "
            "kata sandi; atau ekspor daftarnya sebagai CSV",
        )
    return Problem(
        str(path),
        "",
        "ini berkas Excel 97-2003 (.xls) yang diberi nama .xlsx",
        "buka di Excel/LibreOffice lalu Simpan Sebagai 'Buku Kerja Excel (.xlsx)'",
    )


def _check_zip(path: Path, raw: bytes) -> Problem | None:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        return Problem(str(path), "", f"bukan berkas Excel .xlsx yang sah ({type(exc).__name__})", _RESAVE)
    if len(members) > MAX_MEMBERS:
        return _bomb(path, f"berisi {angka(len(members))} bagian (paling banyak {angka(MAX_MEMBERS)})")
    # zipfile stops at each member's declared size (and a wrong one fails its CRC), so these bound memory.
    for member in members:
        if member.file_size > MAX_MEMBER:
            return _bomb(
                path,
                f"bagian '{member.filename}' {ukuran(member.file_size)} setelah dibuka (paling besar "
                f"{ukuran(MAX_MEMBER)})",
            )
    total = sum(member.file_size for member in members)
    if total > MAX_TOTAL:
        return _bomb(path, f"isinya {ukuran(total)} setelah dibuka (paling besar {ukuran(MAX_TOTAL)})")
    return None


def _bomb(path: Path, what: str) -> Problem:
    return Problem(
        str(path),
        "",
        f"berkas Excel terlalu besar: {what}",
        "periksa apakah ini daftar penerima yang dimaksud; simpan ulang hanya lembar daftarnya",
    )


def _read_book(path: Path, raw: bytes, result: HasilBaca) -> Lembar | None:
    import openpyxl  # imported here: only runs that read spreadsheets pay for it

    try:
        # From memory: openpyxl leaves the file open when a damaged workbook fails half-way.
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        result.masalah.append(
            Problem(str(path), "", f"bukan berkas Excel .xlsx yang sah ({type(exc).__name__})", _RESAVE)
        )
        return None
    except Exception as exc:  # openpyxl raises its own InvalidFileException and various parse errors
        result.masalah.append(
            Problem(
                str(path), "", f"berkas Excel tidak dapat dibaca ({type(exc).__name__})", "simpan ulang sebagai .xlsx"
            )
        )
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            return _read_sheet(path, book, archive, result)
    except _TooBig as exc:
        result.masalah.append(
            Problem(
                str(path),
                "",
                exc.problem_message,
                "pecah daftar menjadi beberapa berkas, atau hapus isi di luar daftar",
            )
        )
        return None
    except Exception as exc:  # read-only mode parses the sheet only now: a damaged one fails here
        result.masalah.append(
            Problem(
                str(path),
                "",
                f"lembar kerja Excel rusak dan tidak dapat dibaca ({type(exc).__name__})",
                "buka di Excel/LibreOffice lalu simpan ulang sebagai .xlsx, atau ekspor sebagai CSV",
            )
        )
        return None
    finally:
        book.close()


def _read_sheet(path: Path, book: Any, archive: zipfile.ZipFile, result: HasilBaca) -> Lembar:
    sheet = _choose_sheet(path, book, archive, result)
    lembar = _shape(archive, getattr(sheet, "_worksheet_path", ""))
    # openpyxl's read-only mode trusts the sheet's <dimension ref>, which other programs leave stale.
    sheet.reset_dimensions()
    rows: dict[int, list[Any]] = {}
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        if any(not kosong(cell) for cell in row):
            rows[number] = [_unescape(cell) for cell in row[:MAX_KOLOM]]
    _fill_merged(rows, lembar.gabungan)
    lembar.baris = sorted(rows.items())
    return lembar


def _choose_sheet(path: Path, book: Any, archive: zipfile.ZipFile, result: HasilBaca) -> Any:
    """Return the sheet named 'penerima', else the first visible sheet holding anything (said when not the first)."""
    if "penerima" in book.sheetnames:
        return book["penerima"]
    sheets = book.worksheets
    visible = [s for s in sheets if getattr(s, "sheet_state", "visible") == "visible"] or sheets
    for sheet in visible:
        if _has_content(archive, getattr(sheet, "_worksheet_path", "")):
            if sheet is not sheets[0]:
                result.peringatan.append(
                    Problem(
                        str(path),
                        "",
                        f"lembar pertama '{sheets[0].title}' kosong; daftar dibaca dari lembar '{sheet.title}'",
                        "pindahkan daftar ke lembar pertama, atau beri nama lembar daftarnya 'penerima'",
                    )
                )
            return sheet
    return sheets[0]


def _has_content(archive: zipfile.ZipFile, member: str) -> bool:
    if not member:
        return True
    with archive.open(member) as source:
        for _, element in iterparse(source, events=("end",)):
            if _local(element.tag) in ("v", "is", "f") and (element.text or len(element)):
                return True
            if _local(element.tag) == "row":
                element.clear()
    return False


def _shape(archive: zipfile.ZipFile, member: str) -> Lembar:
    """Return the sheet's hidden rows, merged cells and value-less formulas; raise `_TooBig` past the bounds."""
    lembar = Lembar([])
    if not member:
        return lembar
    with archive.open(member) as source:
        try:
            _walk(source, lembar)
        except ParseError:
            pass  # openpyxl reads the same XML next and reports the damage in its own way
    return lembar


def _walk(source: Any, lembar: Lembar) -> None:
    row = column = filled = 0
    row_has_value = False
    for event, element in iterparse(source, events=("start", "end")):
        tag = _local(element.tag)
        if event == "start":
            if tag == "row":
                row = int(element.get("r") or row + 1)
                column, row_has_value = 0, False
                if element.get("hidden") in ("1", "true"):
                    lembar.tersembunyi.add(row)
            continue
        if tag == "c":
            column = _column(element.get("r"), column)
            children = {_local(child.tag): child for child in element}
            has_value = bool(children.get("v") is not None and children["v"].text) or "is" in children
            if "f" in children and not has_value:
                lembar.rumus_tanpa_nilai.add((row, column))
            if has_value or "f" in children:
                row_has_value = True
                if column > MAX_KOLOM:
                    raise _TooBig(
                        f"daftar terlalu lebar: ada isi di kolom {huruf_kolom(column)} (paling jauh kolom "
                        f"{huruf_kolom(MAX_KOLOM)})"
                    )
            element.clear()
        elif tag == "row":
            filled += row_has_value
            if filled > MAX_BARIS:
                raise _TooBig(f"daftar terlalu panjang: lebih dari {angka(MAX_BARIS)} baris berisi")
            element.clear()
        elif tag == "mergeCell" and element.get("ref"):
            merged = _range(element.get("ref", ""))
            if merged is not None:
                lembar.gabungan.append(merged)


def _local(tag: Any) -> str:
    return str(tag).rpartition("}")[2]


def _column(ref: str | None, previous: int) -> int:
    match = _CELL_REF.match(ref or "")
    if not match:
        return previous + 1
    number = 0
    for letter in match.group(1):
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _range(ref: str) -> Gabungan | None:
    from openpyxl.utils.cell import range_boundaries

    try:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
    except (ValueError, TypeError):
        return None
    if min_col is None or min_row is None or max_col is None or max_row is None:
        return None
    return Gabungan(min_row, min_col, max_row, max_col)


def _fill_merged(rows: dict[int, list[Any]], merged: list[Gabungan]) -> None:
    """Copy each merged cell's value down its first column: every row of an 'Instansi' merged over three has it.

    Not across: a title merged over a row's width is one cell, not five columns saying the same.
    """
    for block in merged:
        if block.baris_akhir > block.baris_awal + MAX_BARIS:
            continue
        top = rows.get(block.baris_awal)
        index = block.kolom_awal - 1
        if top is None or index >= len(top) or index >= MAX_KOLOM or kosong(top[index]):
            continue
        for number in range(block.baris_awal + 1, block.baris_akhir + 1):
            row = rows.setdefault(number, [])
            row.extend([None] * (index + 1 - len(row)))
            if kosong(row[index]):
                row[index] = top[index]


def _unescape(cell: Any) -> Any:
    """Return `cell` with Excel's `_x0007_` escapes decoded, so pasted control characters are seen (and removed)."""
    if not isinstance(cell, str) or "_x" not in cell:
        return cell
    return _OOXML_ESCAPE.sub(_escaped_char, cell)


def _escaped_char(match: re.Match[str]) -> str:
    code = int(match.group(1), 16)
    return match.group(0) if 0xD800 <= code <= 0xDFFF else chr(code)  # a lone surrogate cannot be written out
