"""Read a recipient list from CSV or XLSX: header row names the columns, every cell is text."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from naskah.errors import Problem

KOLOM = ("nama", "jabatan", "instansi", "alamat", "email", "telepon", "nip", "jenis_kelamin", "kelompok")
WAJIB = ("nama", "jabatan")

# Headers clerks actually write, folded to our column names.
_ALIAS = {
    "nama lengkap": "nama",
    "nama penerima": "nama",
    "yth": "nama",
    "jabatan/instansi": "jabatan",
    "jabatan penerima": "jabatan",
    "unit kerja": "instansi",
    "instansi/unit kerja": "instansi",
    "opd": "instansi",
    "e-mail": "email",
    "pos-el": "email",
    "pos el": "email",
    "surel": "email",
    "telp": "telepon",
    "telp.": "telepon",
    "no hp": "telepon",
    "no. hp": "telepon",
    "nomor hp": "telepon",
    "hp": "telepon",
    "no telepon": "telepon",
    "nomor telepon": "telepon",
    "wa": "telepon",
    "l/p": "jenis_kelamin",
    "jk": "jenis_kelamin",
    "jenis kelamin": "jenis_kelamin",
    "grup": "kelompok",
    "kategori": "kelompok",
}
_DIGIT_COLUMNS = ("telepon", "nip")
# How XLSX stores characters XML cannot carry (ECMA-376 ST_Xstring): _x0007_ is BEL.
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


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


def berkas_ada(path: Path | str) -> bool:
    """Return whether `path` names an existing file; a name the system refuses (too long, NUL) does not."""
    try:
        return Path(path).is_file()
    except (OSError, ValueError):
        return False


def baca_penerima(path: Path) -> HasilBaca:
    """Return the rows of the CSV or XLSX file at `path`, with every problem found."""
    result = HasilBaca()
    suffix = path.suffix.lower()
    if not berkas_ada(path):
        result.masalah.append(
            Problem(str(path), "", "berkas daftar penerima tidak ditemukan", "periksa nama berkas di kunci 'penerima'")
        )
        return result
    if suffix == ".csv":
        rows = _csv_rows(path, result)
    elif suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path, result)
    else:
        result.masalah.append(
            Problem(
                str(path), "", f"jenis berkas '{suffix or path.name}' tidak didukung", "gunakan berkas .csv atau .xlsx"
            )
        )
        return result
    if rows is not None:
        _collect(path, rows, result)
    return result


def _collect(path: Path, rows: Iterator[tuple[int, list[Any]]], result: HasilBaca) -> None:
    header = next(rows, None)
    if header is None:
        result.masalah.append(
            Problem(
                str(path), "", "berkas daftar penerima kosong", "baris pertama berisi judul kolom: nama, jabatan, …"
            )
        )
        return
    columns = _header(path, header, result)
    if columns is None:
        return
    for number, cells in rows:
        record = _record(path, number, columns, cells, result)
        if record:
            result.baris.append(Baris(number, record))
    if not result.baris and not result.masalah:
        result.masalah.append(
            Problem(
                str(path),
                "",
                "daftar penerima tidak berisi satu baris pun",
                "isi minimal satu penerima di bawah baris judul",
            )
        )


def _header(path: Path, header: tuple[int, list[Any]], result: HasilBaca) -> list[str | None] | None:
    number, cells = header
    columns = [_column_name(cell) for cell in cells]
    missing = [name for name in WAJIB if name not in columns]
    if missing:
        found = ", ".join(str(c) for c in cells if c not in (None, "")) or "kosong"
        result.masalah.append(
            Problem(
                str(path),
                f"baris {number}",
                f"kolom {' dan '.join(repr(m) for m in missing)} tidak ada di baris judul (tertulis: {found})",
                "baris pertama harus berisi judul kolom, minimal 'nama' dan 'jabatan'",
            )
        )
        return None
    for cell, name in zip(cells, columns, strict=False):
        if name is None and cell not in (None, ""):
            result.peringatan.append(
                Problem(
                    str(path),
                    f"baris {number}",
                    f"kolom '{cell}' tidak dikenal dan diabaikan",
                    f"kolom yang dikenal: {', '.join(KOLOM)}",
                )
            )
    return columns


def _column_name(cell: Any) -> str | None:
    if cell is None:
        return None
    text = " ".join(str(cell).strip().lower().split())
    name = _ALIAS.get(text, text.replace(" ", "_"))
    return name if name in KOLOM else None


def _record(path: Path, number: int, columns: list[str | None], cells: list[Any], result: HasilBaca) -> dict[str, str]:
    record: dict[str, str] = {}
    for name, cell in zip(columns, cells, strict=False):
        if name is None or cell is None:
            continue
        text = _cell_text(path, number, name, cell, result)
        if text:
            record[name] = text
    return record


def _cell_text(path: Path, number: int, name: str, cell: Any, result: HasilBaca) -> str:
    if isinstance(cell, bool):
        return "ya" if cell else "tidak"
    if isinstance(cell, (int, float)) and name in _DIGIT_COLUMNS:
        return _numeric_digits(path, number, name, cell, result)
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat(sep=" ")
    return str(cell).strip()


def _numeric_digits(path: Path, number: int, name: str, cell: float | int, result: HasilBaca) -> str:
    digits = str(int(cell))
    where = f"baris {number}, kolom {name}"
    if name == "nip" and (isinstance(cell, float) or len(digits) > 15):
        # Excel keeps only 15 significant digits of a number: an 18-digit NIP typed as a number is already damaged.
        result.masalah.append(
            Problem(
                str(path),
                where,
                "NIP tersimpan sebagai angka sehingga digit terakhirnya hilang",
                "format kolom NIP sebagai Teks di Excel lalu ketik ulang NIP-nya",
            )
        )
        return digits
    if name == "telepon":
        result.peringatan.append(
            Problem(
                str(path),
                where,
                f"nomor telepon tersimpan sebagai angka ({digits}); angka 0 di depan mungkin hilang",
                "format kolom telepon sebagai Teks di Excel",
            )
        )
    return digits


def _csv_rows(path: Path, result: HasilBaca) -> Iterator[tuple[int, list[Any]]] | None:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in cp1252; reading it that way keeps é/ü rather than failing the batch.
        text = raw.decode("cp1252", errors="replace")
        result.peringatan.append(
            Problem(
                str(path),
                "",
                "berkas CSV bukan UTF-8; dibaca sebagai Windows-1252",
                "simpan ulang sebagai 'CSV UTF-8' agar huruf khusus pasti benar",
            )
        )
    if "\x00" in text:
        result.masalah.append(
            Problem(str(path), "", "berkas ini bukan CSV teks", "ekspor ulang daftar sebagai CSV atau XLSX")
        )
        return None
    reader = csv.reader(io.StringIO(text, newline=""), csv.excel, delimiter=_delimiter(text))
    try:
        rows = [(number, row) for number, row in enumerate(reader, start=1) if any(cell.strip() for cell in row)]
    except csv.Error as exc:  # e.g. a cell longer than the csv module's field limit (131072 characters)
        too_long = "field larger" in str(exc)
        message = (
            f"ada sel lebih panjang dari {csv.field_size_limit()} karakter"
            if too_long
            else "baris ini tidak dapat dibaca sebagai CSV"
        )
        result.masalah.append(
            Problem(str(path), f"baris {reader.line_num}", message, "periksa tanda kutip dan panjang isi sel")
        )
        return None
    return iter(rows)


def _delimiter(text: str) -> str:
    # Only the delimiter is guessed: sniffing a header without quotes also turns off Excel's doubled
    # quotes, which would read "Yayasan ""Harapan""" as 'Yayasan "Harapan""'.
    try:
        return csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t").delimiter
    except csv.Error:
        return ","


def _xlsx_rows(path: Path, result: HasilBaca) -> Iterator[tuple[int, list[Any]]] | None:
    import openpyxl  # imported here: only runs that read spreadsheets pay for it

    try:
        # From memory: openpyxl leaves the file open when a damaged workbook fails half-way.
        book = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        result.masalah.append(
            Problem(
                str(path),
                "",
                f"bukan berkas Excel .xlsx yang sah ({type(exc).__name__})",
                "buka di Excel/LibreOffice lalu simpan sebagai .xlsx, atau ekspor sebagai CSV",
            )
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
        rows = _sheet_rows(book)
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
    return iter([(n, r) for n, r in rows if any(c not in (None, "") and str(c).strip() for c in r)])


def _sheet_rows(book: Any) -> list[tuple[int, list[Any]]]:
    sheet = book["penerima"] if "penerima" in book.sheetnames else book.worksheets[0]
    return [
        (number, [_unescape(c) for c in row]) for number, row in enumerate(sheet.iter_rows(values_only=True), start=1)
    ]


def _unescape(cell: Any) -> Any:
    """Return `cell` with Excel's `_x0007_` escapes decoded, so pasted control characters are seen (and removed)."""
    if not isinstance(cell, str) or "_x" not in cell:
        return cell
    return _OOXML_ESCAPE.sub(_escaped_char, cell)


def _escaped_char(match: re.Match[str]) -> str:
    code = int(match.group(1), 16)
    return match.group(0) if 0xD800 <= code <= 0xDFFF else chr(code)  # a lone surrogate cannot be written out
