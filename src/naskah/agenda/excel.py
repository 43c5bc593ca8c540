"""The register in Excel: export in the columns an archivist enters in SRIKANDI, import an older register."""

from __future__ import annotations

import datetime as dt
import os
import re
import string
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from naskah.agenda.catatan import BATAL, IMPOR, BarisImpor, Catatan, Entri
from naskah.domain import tanggal as tgl
from naskah.errors import InputFileError, OutputError, Problem

# The order SRIKANDI's "registrasi naskah keluar" asks for them, then what the register knows besides.
KOLOM = ("Nomor", "Tanggal", "Hal", "Sifat", "Klasifikasi", "Tujuan", "Penandatangan", "Status", "Keterangan")
LEMBAR = "Surat Keluar"
_LEBAR = (28, 12, 40, 12, 12, 48, 48, 10, 40)
_FORMAT_TANGGAL = "DD/MM/YYYY"

# Header words of registers kept by hand, to the field they hold.
_SEBUTAN = {
    "nomor": "nomor",
    "nomor surat": "nomor",
    "no surat": "nomor",
    "no. surat": "nomor",
    "tanggal": "tanggal",
    "tanggal surat": "tanggal",
    "tgl": "tanggal",
    "tgl surat": "tanggal",
    "hal": "hal",
    "perihal": "hal",
    "sifat": "sifat",
    "klasifikasi": "kka",
    "kode klasifikasi": "kka",
    "kka": "kka",
    "tujuan": "tujuan",
    "kepada": "tujuan",
    "penandatangan": "penandatangan",
    "penanda tangan": "penandatangan",
    "urut": "urut",
    "nomor urut": "urut",
    "no urut": "urut",
    "no. urut": "urut",
    "unit": "unit",
    "unit pengolah": "unit",
    "status": "status",
    "keterangan": "keterangan",
}


def ekspor(catatan: Sequence[Catatan], target: Path, *, timpa: bool = False) -> None:
    """Write `catatan` to the workbook `target`; written whole to a temporary file first, then moved."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    target = Path(target)
    if target.exists() and not timpa:
        raise OutputError(f"{target} sudah ada; tambahkan --timpa untuk menimpanya")
    if not target.parent.is_dir():
        raise OutputError(f"folder {target.parent} tidak ada")
    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)  # a new workbook's one sheet
    sheet.title = LEMBAR
    sheet.append(KOLOM)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for item in catatan:
        sheet.append(_baris(item))
        sheet.cell(sheet.max_row, 2).number_format = _FORMAT_TANGGAL
        for cell in sheet[sheet.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, width in enumerate(_LEBAR, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    _simpan(book, target)


def _baris(item: Catatan) -> list[Any]:
    return [
        item.nomor,
        item.tanggal,
        item.hal,
        item.sifat,
        item.kka or "",
        item.tujuan,
        item.penandatangan,
        item.status,
        item.keterangan or "",
    ]


def _simpan(book: Any, target: Path) -> None:
    handle, temporary = tempfile.mkstemp(prefix=".naskah-", suffix=".xlsx", dir=target.parent)
    os.close(handle)
    try:
        book.save(temporary)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def pola_regex(pola: str) -> re.Pattern[str]:
    """Return a regular expression reading the parts of a number written after `pola`."""
    parts, seen = ["^"], set()
    for literal, name, _, _ in string.Formatter().parse(pola):
        parts.append(re.escape(literal))
        if name is None:
            continue
        if name in seen:
            parts.append(f"(?P={name})")
            continue
        seen.add(name)
        parts.append(rf"(?P<{name}>\d+)" if name == "urut" else rf"(?P<{name}>.+?)")
    return re.compile("".join(parts) + "$")


def impor(path: Path, pola: str) -> list[BarisImpor]:
    """Read the register kept in the workbook `path`; raise `InputFileError` listing every bad row."""
    from openpyxl import load_workbook

    path = Path(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise InputFileError([Problem(str(path), "", "berkas tidak ditemukan")]) from None
    except Exception:
        raise InputFileError([Problem(str(path), "", "bukan berkas Excel (.xlsx) yang dapat dibaca")]) from None
    try:
        rows = list(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()
    return _baca_baris(path, rows, pola_regex(pola))


def _baca_baris(path: Path, rows: list[tuple[Any, ...]], reader: re.Pattern[str]) -> list[BarisImpor]:
    if not rows:
        raise InputFileError([Problem(str(path), "baris 1", "lembar pertama kosong")])
    columns = [_SEBUTAN.get(_kata(cell)) for cell in rows[0]]
    missing = [name for name in ("nomor", "tanggal") if name not in columns]
    if missing:
        raise InputFileError(
            [Problem(str(path), "baris 1", f"kolom {', '.join(missing)} tidak ada", f"judul kolom: {', '.join(KOLOM)}")]
        )
    problems: list[Problem] = []
    result: list[BarisImpor] = []
    for number, cells in enumerate(rows[1:], start=2):
        record = {name: cell for name, cell in zip(columns, cells, strict=False) if name is not None}
        if all(_teks(v) == "" for v in record.values()):
            continue
        row = _baris_impor(path, number, record, reader, problems)
        if row is not None:
            result.append(row)
    if problems:
        raise InputFileError(problems)
    return result


def _baris_impor(
    path: Path, number: int, record: dict[str, Any], reader: re.Pattern[str], problems: list[Problem]
) -> BarisImpor | None:
    where = f"baris {number}"
    nomor = _teks(record.get("nomor"))
    if not nomor:
        problems.append(Problem(str(path), where, "nomor kosong"))
        return None
    try:
        tanggal = _tanggal(record.get("tanggal"))
    except ValueError:
        problems.append(Problem(str(path), f"{where}, kolom tanggal", "tanggal tidak terbaca", "tulis mis. 2024-06-18"))
        return None
    parts = reader.match(nomor)
    found = parts.groupdict() if parts else {}
    urut = _urut(record.get("urut")) or found.get("urut")
    if not urut:
        problems.append(
            Problem(str(path), where, f"nomor urut tidak terbaca dari '{nomor}'", "tambahkan kolom Urut, atau --pola")
        )
        return None
    status = BATAL if _teks(record.get("status")).lower() == BATAL else IMPOR
    entri = Entri(
        jenis=IMPOR,
        tanggal=tanggal,
        hal=_teks(record.get("hal")) or "-",
        sifat=_teks(record.get("sifat")) or "Biasa",
        kka=_teks(record.get("kka")) or found.get("kka") or None,
        unit=_teks(record.get("unit")) or found.get("unit") or None,
        tujuan=_teks(record.get("tujuan")) or "-",
        jumlah_tujuan=1,
        penandatangan=_teks(record.get("penandatangan")) or "-",
        berkas_acara=str(path.resolve()),
    )
    return BarisImpor(entri, nomor, int(urut), status, _teks(record.get("keterangan")) or None)


def _kata(cell: Any) -> str:
    return " ".join(_teks(cell).lower().replace("_", " ").split())


def _teks(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _urut(cell: Any) -> str | None:
    text = _teks(cell)
    return text if text.isdigit() else None


def _tanggal(cell: Any) -> dt.date:
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    return tgl.parse_tanggal(_teks(cell))


def kolom_tabel(catatan: Iterable[Catatan]) -> list[list[Any]]:
    """Return the export's rows (for tests and the listing): one list of cell values per number."""
    return [_baris(item) for item in catatan]
