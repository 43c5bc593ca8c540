"""Read a recipient list from CSV or XLSX as clerks make them: every cell is text, every doubt reported.

The header row is the first that names at least two known columns (a title and a blank row may sit
above it), or the row the clerk names (`baris_judul`). A `No` column is accepted; headers merged over
two rows are read from their lowest named cell; a merged cell's value holds for every row it covers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from naskah.domain.lembar import GALAT_EXCEL, TANPA_LEBAR, Baris, HasilBaca, Lembar, huruf_kolom, kosong
from naskah.domain.ringkas import lokasi_baris
from naskah.errors import Problem

__all__ = ["KOLOM", "WAJIB", "Baris", "HasilBaca", "ada", "baca_penerima", "baris_penerima", "berkas_ada"]

KOLOM = (
    "nama",
    "jabatan",
    "instansi",
    "alamat",
    "email",
    "telepon",
    "nip",
    "pangkat",
    "golongan",
    "jenis_kelamin",
    "kelompok",
)
WAJIB = ("nama", "jabatan")
# How far down a title block may push the header row.
MAX_BARIS_CARI_JUDUL = 30

# Headers clerks actually write, folded to our column names.
_ALIAS = {
    "nama lengkap": "nama",
    "nama penerima": "nama",
    "yth": "nama",
    "yth.": "nama",
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
    "no. telepon": "telepon",
    "nomor telepon": "telepon",
    "wa": "telepon",
    "l/p": "jenis_kelamin",
    "jk": "jenis_kelamin",
    "jenis kelamin": "jenis_kelamin",
    "pangkat/gol": "pangkat",
    "pangkat/gol.": "pangkat",
    "pangkat/golongan": "pangkat",
    "pangkat/golongan/ruang": "pangkat",
    "gol": "golongan",
    "gol.": "golongan",
    "gol/ruang": "golongan",
    "golongan/ruang": "golongan",
    "grup": "kelompok",
    "kategori": "kelompok",
}
# The running number clerks put in the first column: read past without a word.
_NOMOR_URUT = frozenset(("no", "no.", "nomor", "no urut", "no. urut", "nomor urut", "#"))
_DIGIT_COLUMNS = ("telepon", "nip")
# Excel writes a long number into CSV as 1,96810E+17 (Indonesian) or 1.96810E+17: digits already lost.
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d+)?[eE]\+?\d+")
_NIP_HILANG = "NIP tersimpan sebagai angka sehingga digit terakhirnya hilang"
_NIP_HINT = "format kolom NIP sebagai Teks di Excel lalu ketik ulang NIP-nya"


@dataclasses.dataclass
class _Kolom:
    """The header as read: each cell's column name (None: ignored) and the row the data starts below."""

    names: list[str | None]
    last_header_row: int
    width: int  # up to the last cell with a header text


def berkas_ada(path: Path | str) -> bool:
    """Return whether `path` names an existing file; a name the system refuses (too long, NUL) does not."""
    try:
        return Path(path).is_file()
    except (OSError, ValueError):
        return False


def baca_penerima(path: Path, baris_judul: int | None = None) -> HasilBaca:
    """Return the rows of the CSV or XLSX file at `path`, with every problem found.

    `baris_judul` is the 1-based row holding the column headers; by default the first row naming two.
    """
    result = HasilBaca()
    result.baris = list(baris_penerima(path, baris_judul, result.masalah, result.peringatan))
    return result


def baris_penerima(
    path: Path, baris_judul: int | None, masalah: list[Problem], peringatan: list[Problem]
) -> Iterator[Baris]:
    """Yield the recipient rows of the CSV or XLSX file at `path` one by one, as `baca_penerima` reads them.

    Problems are appended to `masalah` (errors) and `peringatan` (warnings) as they are found; some only
    once every row is read. No list of the rows is built: a CSV is read from the disk again as it goes.
    """
    from naskah.domain.lembar_csv import baca_csv
    from naskah.domain.lembar_xlsx import baca_xlsx

    result = HasilBaca([], masalah, peringatan)
    suffix = path.suffix.lower()
    if not ada(path):
        result.masalah.append(
            Problem(str(path), "", "berkas daftar penerima tidak ditemukan", "periksa nama berkas di kunci 'penerima'")
        )
        return
    if suffix == ".csv":
        lembar = baca_csv(path, result)
    elif suffix in (".xlsx", ".xlsm"):
        lembar = baca_xlsx(path, result)
    else:
        result.masalah.append(
            Problem(
                str(path), "", f"jenis berkas '{suffix or path.name}' tidak didukung", "gunakan berkas .csv atau .xlsx"
            )
        )
        return
    if lembar is not None:
        yield from _collect(path, lembar, baris_judul, result)


def ada(path: Path | str) -> bool:
    """Return whether anything (a file, a folder, a pipe) is at `path`; its kind is judged by the reader."""
    try:
        return Path(path).exists()
    except (OSError, ValueError):
        return False


def _collect(path: Path, lembar: Lembar, baris_judul: int | None, result: HasilBaca) -> Iterator[Baris]:
    first = next(iter(lembar.baris), None)
    if first is None:
        result.masalah.append(
            Problem(str(path), "", "berkas daftar penerima kosong", "baris judul berisi judul kolom: nama, jabatan, …")
        )
        return
    header = _find_header(path, lembar, first[0], baris_judul, result)
    if header is None:
        return
    _check_hidden(path, lembar, header.last_header_row, result)
    data = ((n, cells) for n, cells in lembar.baris if n > header.last_header_row and n not in lembar.tersembunyi)
    widths = _Lebar(header.width) if lembar.pemisah is not None else None
    restored: dict[str, list[int]] = {}
    count = 0
    for number, cells in data:
        if widths is not None:
            widths.periksa(number, cells)
        record = _record(path, lembar, number, header.names, cells, result, restored)
        if record:
            count += 1
            yield Baris(number, record)
    if widths is not None:
        _check_widths(path, lembar, header, widths, result)
    for column, rows in restored.items():
        result.peringatan.append(_restored_warning(path, column, rows))
    if not count and not result.masalah:
        result.masalah.append(
            Problem(
                str(path),
                "",
                "daftar penerima tidak berisi satu baris pun",
                "isi minimal satu penerima di bawah baris judul",
            )
        )


# --------------------------------------------------------------------------- the header


def _find_header(path: Path, lembar: Lembar, first: int, baris_judul: int | None, result: HasilBaca) -> _Kolom | None:
    if baris_judul is not None:
        number = baris_judul
    else:
        candidates = itertools.islice(lembar.baris, MAX_BARIS_CARI_JUDUL)
        number = next((n for n, cells in candidates if _known_count(cells) >= 2), first)
    # Only the header's own rows are kept: the row itself and those a merged header cell covers below it.
    last = max([g.baris_akhir for g in lembar.gabungan if g.baris_awal == number] + [number])
    rows = dict(_rows_between(lembar, number, min(last, number + 4)))
    if number not in rows:  # only a row the clerk named can be missing
        result.masalah.append(
            Problem(
                str(path),
                f"baris {baris_judul}",
                "baris judul yang ditunjuk --baris-judul kosong atau tidak ada",
                "tulis nomor baris yang berisi judul kolom (nama, jabatan, …) seperti terlihat di Excel",
            )
        )
        return None
    return _read_header(path, lembar, number, rows, result)


def _rows_between(lembar: Lembar, first: int, last: int) -> Iterator[tuple[int, list[Any]]]:
    for number, cells in lembar.baris:
        if number > last:
            return
        if number >= first:
            yield number, cells


def _known_count(cells: list[Any]) -> int:
    return len({name for name in map(_column_name, cells) if name is not None})


def _read_header(
    path: Path, lembar: Lembar, number: int, rows: dict[int, list[Any]], result: HasilBaca
) -> _Kolom | None:
    # A header cell merged down over the next row (Nama over rows 3-4, beside Kontak ▸ Telepon | Email)
    # makes a two-row header: each column is named by its lowest cell that names a known column.
    last = max([g.baris_akhir for g in lembar.gabungan if g.baris_awal == number] + [number])
    block = [rows.get(n, []) for n in range(number, min(last, number + 4) + 1)]
    width = max(len(cells) for cells in block)
    texts: list[Any] = []
    for index in range(width):
        column = [cells[index] for cells in block if index < len(cells) and not kosong(cells[index])]
        named = [cell for cell in column if _column_name(cell) is not None]
        texts.append(named[-1] if named else column[0] if column else None)
    names = [_column_name(cell) for cell in texts]
    if not _header_ok(path, number, texts, names, result):
        return None
    width = max((i + 1 for i, cell in enumerate(texts) if not kosong(cell)), default=0)
    return _Kolom(names, last, width)


def _header_ok(path: Path, number: int, texts: list[Any], names: list[str | None], result: HasilBaca) -> bool:
    missing = [name for name in WAJIB if name not in names]
    if missing:
        found = ", ".join(str(c).strip() for c in texts if not kosong(c)) or "kosong"
        result.masalah.append(
            Problem(
                str(path),
                f"baris {number}",
                f"kolom {' dan '.join(repr(m) for m in missing)} tidak ada di baris judul (tertulis: {found})",
                "baris judul harus berisi judul kolom, minimal 'nama' dan 'jabatan'; bila judul kolom ada di "
                "baris lain, tunjuk dengan --baris-judul N",
            )
        )
        return False
    ok = True
    seen: dict[str, int] = {}
    for index, name in enumerate(names):
        if name is None:
            if not kosong(texts[index]) and _fold(texts[index]) not in _NOMOR_URUT:
                result.peringatan.append(
                    Problem(
                        str(path),
                        f"baris {number}",
                        f"kolom '{str(texts[index]).strip()}' tidak dikenal dan diabaikan",
                        f"kolom yang dikenal: {', '.join(KOLOM)}",
                    )
                )
            continue
        if name in seen:
            first = seen[name]
            result.masalah.append(
                Problem(
                    str(path),
                    f"baris {number}",
                    f"kolom {huruf_kolom(first + 1)} '{str(texts[first]).strip()}' dan kolom "
                    f"{huruf_kolom(index + 1)} '{str(texts[index]).strip()}' sama-sama berarti '{name}'",
                    "hapus salah satu kolom, atau ganti judulnya bila isinya lain",
                )
            )
            ok = False
        seen.setdefault(name, index)
    return ok


def _fold(cell: Any) -> str:
    return " ".join(str(cell).strip(TANPA_LEBAR + " \t\r\n\xa0").lower().split())


def _column_name(cell: Any) -> str | None:
    if kosong(cell) or not isinstance(cell, str):
        return None
    text = _fold(cell).rstrip(":")
    name = _ALIAS.get(text, text.replace(" ", "_"))
    return name if name in KOLOM else None


# --------------------------------------------------------------------------- rows


def _check_hidden(path: Path, lembar: Lembar, header_row: int, result: HasilBaca) -> None:
    if not lembar.tersembunyi:  # a CSV hides nothing: no pass over its rows
        return
    hidden = sorted(n for n, cells in lembar.baris if n > header_row and n in lembar.tersembunyi)
    if hidden:
        result.peringatan.append(
            Problem(
                str(path),
                lokasi_baris(hidden),
                "baris tersembunyi di Excel dan dilewati (tidak mendapat surat)",
                "tampilkan barisnya di Excel (Unhide) bila penerimanya juga diundang, atau hapus barisnya",
            )
        )


class _Lebar:
    """The CSV rows with more cells than the header has, counted as the rows go by."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.rows = 0
        self.wider: list[tuple[int, int]] = []  # (row, cells used)

    def periksa(self, number: int, cells: list[Any]) -> None:
        self.rows += 1
        used = _used_width(cells)
        if used > self.width:
            self.wider.append((number, used))


def _check_widths(path: Path, lembar: Lembar, header: _Kolom, widths: _Lebar, result: HasilBaca) -> None:
    """A CSV row with more cells than the header has a delimiter inside a cell: its columns are shifted.

    When most rows are wider, the header only lacks a title for a notes column: that is said once.
    """
    wider = widths.wider
    if not wider:
        return
    if len(wider) * 2 > widths.rows:
        result.peringatan.append(
            Problem(
                str(path),
                lokasi_baris(n for n, _ in wider),
                f"ada isi di kanan kolom terakhir yang berjudul (kolom {huruf_kolom(header.width + 1)}); diabaikan",
                f"beri judul kolomnya bila isinya perlu: {', '.join(KOLOM)}",
            )
        )
        return
    shown = "Tab" if lembar.pemisah == "\t" else lembar.pemisah
    for number, used in wider:
        result.masalah.append(
            Problem(
                str(path),
                f"baris {number}",
                f"baris ini berisi {used} sel, padahal baris judul hanya {header.width} kolom: ada tanda '{shown}' "
                f"di dalam isi sel tanpa tanda kutip (mis. gelar 'Dr. Budi Santoso{shown} M.Si.'), sehingga "
                "kolomnya bergeser",
                f"tulis isi sel yang memuat '{shown}' dalam tanda kutip ganda (\"Dr. Budi Santoso{shown} M.Si.\")"
                + (", atau simpan CSV dengan pemisah ';'" if shown == "," else ""),
            )
        )


def _used_width(cells: list[Any]) -> int:
    return max((i + 1 for i, cell in enumerate(cells) if not kosong(cell)), default=0)


def _record(
    path: Path,
    lembar: Lembar,
    number: int,
    columns: list[str | None],
    cells: list[Any],
    result: HasilBaca,
    restored: dict[str, list[int]],
) -> dict[str, str]:
    record: dict[str, str] = {}
    for index, name in enumerate(columns):
        if name is None:
            continue
        if (number, index + 1) in lembar.rumus_tanpa_nilai:
            result.masalah.append(
                Problem(
                    str(path),
                    f"baris {number}, kolom {name}",
                    "sel berisi rumus yang hasilnya tidak tersimpan di berkas",
                    "buka berkas di Excel atau LibreOffice lalu simpan ulang agar hasil rumusnya tersimpan, atau "
                    "salin kolomnya lalu Tempel Spesial ▸ Nilai (Paste Special ▸ Values)",
                )
            )
            continue
        cell = cells[index] if index < len(cells) else None
        if kosong(cell):
            continue
        text = _cell_text(path, number, name, cell, result, restored)
        if text:
            record[name] = text
    return record


def _cell_text(path: Path, number: int, name: str, cell: Any, result: HasilBaca, restored: dict[str, list[int]]) -> str:
    if isinstance(cell, bool):
        return "ya" if cell else "tidak"
    if isinstance(cell, (int, float)) and name in _DIGIT_COLUMNS:
        return _numeric_digits(path, number, name, cell, result, restored)
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat(sep=" ")
    text = str(cell).strip()
    if text.upper() in GALAT_EXCEL:
        result.masalah.append(
            Problem(
                str(path),
                f"baris {number}, kolom {name}",
                f"sel berisi galat Excel {text.upper()}, bukan isi",
                "perbaiki rumus di sel itu (mis. VLOOKUP yang tidak menemukan datanya), atau ketik isinya langsung",
            )
        )
        return ""
    if name in _DIGIT_COLUMNS:
        return _text_digits(path, number, name, text, result, restored)
    return text


def _numeric_digits(
    path: Path, number: int, name: str, cell: float | int, result: HasilBaca, restored: dict[str, list[int]]
) -> str:
    digits = str(int(cell))
    if name == "nip" and (isinstance(cell, float) or len(digits) > 15):
        # Excel keeps only 15 significant digits of a number: an 18-digit NIP typed as a number is already damaged.
        result.masalah.append(Problem(str(path), f"baris {number}, kolom nip", _NIP_HILANG, _NIP_HINT))
        return digits
    if name == "telepon":
        return _restore_phone(digits, number, restored)
    return digits


def _text_digits(
    path: Path, number: int, name: str, text: str, result: HasilBaca, restored: dict[str, list[int]]
) -> str:
    """Treat a CSV's digits as Excel left them: 1,96810E+17 lost digits, 81234567890 lost its 0."""
    if _SCIENTIFIC.fullmatch(text):
        if name == "nip":
            result.masalah.append(Problem(str(path), f"baris {number}, kolom nip", _NIP_HILANG, _NIP_HINT))
        else:
            result.masalah.append(
                Problem(
                    str(path),
                    f"baris {number}, kolom telepon",
                    "nomor telepon tersimpan sebagai angka (tertulis seperti 8,12346E+11) sehingga digitnya hilang",
                    "format kolom telepon sebagai Teks di Excel lalu ketik ulang nomornya",
                )
            )
        return text
    if name == "telepon" and text.isdigit() and text.isascii() and not text.startswith("0"):
        return _restore_phone(text, number, restored)
    return text


def _restore_phone(digits: str, number: int, restored: dict[str, list[int]]) -> str:
    """Return an Indonesian phone number whose leading 0 a spreadsheet dropped: 812… → 0812…, 62812… → +62 812…."""
    restored.setdefault("telepon", []).append(number)
    if digits.startswith("62") and len(digits) >= 11:
        return f"+62 {digits[2:]}"
    return "0" + digits


def _restored_warning(path: Path, column: str, rows: list[int]) -> Problem:
    return Problem(
        str(path),
        lokasi_baris(rows, column),
        "nomor telepon tersimpan sebagai angka sehingga angka 0 di depannya hilang; sudah dikembalikan "
        "(8… menjadi 08…, 62… menjadi +62 …)",
        "format kolom telepon sebagai Teks di Excel agar nomor tersimpan apa adanya",
    )
