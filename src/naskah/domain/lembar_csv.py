"""Read a CSV list as Excel saves it: UTF-8, UTF-16 or Windows-1252, ',' ';' or tab, checked row by row."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from naskah.domain.batas import MB, angka, baca_berkas
from naskah.domain.lembar import MAX_BARIS, HasilBaca, Lembar, kosong
from naskah.errors import InputFileError, Problem

MAX_CSV_BYTES = 32 * MB
_PEMISAH = (";", ",", "\t")


def baca_csv(path: Path, result: HasilBaca) -> Lembar | None:
    """Return the non-empty rows of the CSV at `path`, or None with the problem in `result`."""
    try:
        raw = baca_berkas(path, MAX_CSV_BYTES, "daftar penerima")
    except InputFileError as exc:
        result.masalah.extend(exc.problems)
        return None
    text = _decode(path, raw, result)
    if text is None:
        return None
    delimiter = _delimiter(text)
    rows: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), csv.excel, delimiter=delimiter)
    line = 0
    multiline: list[tuple[int, list[str]]] = []
    try:
        for number, row in enumerate(reader, start=1):
            first_line, line = line + 1, reader.line_num
            if line > first_line:
                multiline.append((number, row))
            if any(not kosong(cell) for cell in row):
                rows.append((number, row))
                if len(rows) > MAX_BARIS:
                    result.masalah.append(_too_many(path))
                    return None
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
    if not _check_multiline(path, multiline, number if rows else 0, delimiter, text, result):
        return None
    return Lembar(rows, pemisah=delimiter)


def _decode(path: Path, raw: bytes, result: HasilBaca) -> str | None:
    encoding = _utf16(raw)
    if encoding is not None:
        # Excel's "Unicode Text" and some exports are UTF-16: read them rather than call them binary.
        try:
            return _no_nul(path, raw.decode(encoding), result)
        except UnicodeDecodeError:
            result.masalah.append(
                Problem(str(path), "", "berkas CSV UTF-16 ini rusak", "simpan ulang dari Excel sebagai 'CSV UTF-8'")
            )
            return None
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
    return _no_nul(path, text, result)


def _utf16(raw: bytes) -> str | None:
    """Return the UTF-16 codec `raw` is in (by its BOM, or Latin text's NUL in every other byte), or None."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = raw[:200]
    if len(sample) < 8:
        return None
    if sample[1::2].count(0) > len(sample) // 3:
        return "utf-16-le"
    if sample[0::2].count(0) > len(sample) // 3:
        return "utf-16-be"
    return None


def _no_nul(path: Path, text: str, result: HasilBaca) -> str | None:
    if "\x00" in text:
        result.masalah.append(
            Problem(
                str(path),
                "",
                "berkas ini bukan CSV teks",
                "ekspor ulang daftar dari Excel sebagai 'CSV UTF-8', atau simpan sebagai .xlsx",
            )
        )
        return None
    return text


def _delimiter(text: str) -> str:
    """Return the delimiter most of the first lines use (a title row above the header may have none)."""
    # Only the delimiter is guessed: sniffing a header without quotes also turns off Excel's doubled
    # quotes, which would read "Yayasan ""Harapan""" as 'Yayasan "Harapan""'.
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    scores = {d: (sum(d in line for line in lines), sum(line.count(d) for line in lines)) for d in _PEMISAH}
    best = max(_PEMISAH, key=lambda d: scores[d])
    return best if scores[best][0] else ","


def _check_multiline(
    path: Path, multiline: list[tuple[int, list[str]]], last: int, delimiter: str, text: str, result: HasilBaca
) -> bool:
    """Check rows whose cells run over several lines: an unclosed quote is refused, a suspicious cell warned.

    A quote never closed swallows every later line into one cell of the last row, so only that row can be it.
    """
    if multiline and multiline[-1][0] == last and _ends_in_open_quote(text, delimiter):
        shown = "Tab" if delimiter == "\t" else delimiter
        result.masalah.append(
            Problem(
                str(path),
                f"baris {last}",
                'tanda kutip " dibuka di baris ini tetapi tidak pernah ditutup, sehingga semua baris sesudahnya '
                "terbaca sebagai satu sel",
                f"tutup tanda kutipnya atau hapus; sel yang memuat '{shown}' ditulis utuh dalam tanda kutip, "
                'mis. "Budi Santoso, S.H."',
            )
        )
        return False
    for number, row in multiline:
        if any("\n" in cell and delimiter in cell for cell in row):
            result.peringatan.append(
                Problem(
                    str(path),
                    f"baris {number}",
                    "ada sel yang memuat ganti baris dan tanda pemisah; mungkin beberapa baris tergabung "
                    "karena tanda kutip",
                    "periksa tanda kutip di baris ini",
                )
            )
    return True


def _ends_in_open_quote(text: str, delimiter: str) -> bool:
    try:
        for _ in csv.reader(io.StringIO(text, newline=""), csv.excel, delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def _too_many(path: Path) -> Problem:
    return Problem(
        str(path),
        "",
        f"daftar terlalu panjang: lebih dari {angka(MAX_BARIS)} baris berisi",
        "pecah daftar menjadi beberapa berkas",
    )
