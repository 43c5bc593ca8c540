"""Read a CSV list as Excel saves it: UTF-8, UTF-16 or Windows-1252, ',' ';' or tab, checked row by row.

The file is streamed, never held whole: one pass settles the encoding, one checks every row, and the rows
are read again as the recipients are taken (`Lembar.baris` is re-iterable), so a 100,000-row list costs
no more memory than a short one.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from naskah.domain.batas import MB, angka, baca_bagian, buka_berkas, terlalu_besar
from naskah.domain.lembar import MAX_BARIS, HasilBaca, Lembar, kosong
from naskah.errors import InputFileError, Problem

MAX_CSV_BYTES = 32 * MB
_PEMISAH = (";", ",", "\t")
_POTONG = 1 * MB  # bytes decoded at a time
_CONTOH = 64 * 1024  # bytes the delimiter is guessed from


class _BarisCsv:
    """The non-empty rows of a checked CSV file, `(number, cells)`, read afresh on every iteration."""

    def __init__(self, path: Path, encoding: str, errors: str, delimiter: str) -> None:
        self.path, self.encoding, self.errors, self.delimiter = path, encoding, errors, delimiter

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        with self._open() as fp:
            try:
                for number, row in enumerate(csv.reader(fp, csv.excel, delimiter=self.delimiter), start=1):
                    if any(not kosong(cell) for cell in row):
                        yield number, row
            except (csv.Error, UnicodeDecodeError, OSError) as exc:  # checked before: the file changed since
                problem = Problem(str(self.path), "", "berkas daftar penerima berubah selama dibaca", "jalankan ulang")
                raise InputFileError([problem]) from exc

    def _open(self) -> io.TextIOWrapper:
        return open(self.path, encoding=self.encoding, errors=self.errors, newline="")  # noqa: SIM115


def baca_csv(path: Path, result: HasilBaca) -> Lembar | None:
    """Return the non-empty rows of the CSV at `path`, or None with the problem in `result`."""
    try:
        with buka_berkas(path, MAX_CSV_BYTES, "daftar penerima") as handle:
            decoded = _decode(path, handle, result)
    except InputFileError as exc:
        result.masalah.extend(exc.problems)
        return None
    if decoded is None:
        return None
    encoding, sample = decoded
    delimiter = _delimiter(sample)
    errors = "replace" if encoding == "cp1252" else "strict"
    baris = _BarisCsv(path, encoding, errors, delimiter)
    with baris._open() as fp:
        if not _check_rows(path, fp, baris, result):
            return None
    return Lembar(baris, pemisah=delimiter)


def _check_rows(path: Path, fp: io.TextIOWrapper, baris: _BarisCsv, result: HasilBaca) -> bool:
    """Read every row once, keeping only what may be wrong: too many rows, unreadable CSV, open quotes."""
    reader = csv.reader(fp, csv.excel, delimiter=baris.delimiter)
    line = number = filled = 0
    multiline: list[tuple[int, list[str]]] = []
    try:
        for number, row in enumerate(reader, start=1):
            first_line, line = line + 1, reader.line_num
            if line > first_line:
                multiline.append((number, row))
            if any(not kosong(cell) for cell in row):
                filled += 1
                if filled > MAX_BARIS:
                    result.masalah.append(_too_many(path))
                    return False
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
        return False
    return _check_multiline(path, multiline, number if filled else 0, baris, result)


def _decode(path: Path, handle: BinaryIO, result: HasilBaca) -> tuple[str, str] | None:
    """Return the encoding the file is in and its first characters, or None with the problem in `result`.

    The whole file is decoded once, a piece at a time: a byte Excel's cp1252 wrote late in the file still
    decides the encoding, and a NUL anywhere says it is no text file.
    """
    head = baca_bagian(path, handle, _POTONG)
    encoding = _utf16(head)
    candidates = [encoding] if encoding is not None else ["utf-8-sig", "cp1252"]
    for candidate in candidates:
        decoder = codecs.getincrementaldecoder(candidate)("replace" if candidate == "cp1252" else "strict")
        piece, total, sample = head, len(head), ""
        try:
            while True:
                text = decoder.decode(piece, final=not piece)
                if "\x00" in text:
                    result.masalah.append(_not_text(path))
                    return None
                if len(sample) < _CONTOH:
                    sample += text[: _CONTOH - len(sample)]
                if not piece:
                    break
                piece = baca_bagian(path, handle, _POTONG)
                total += len(piece)
                if total > MAX_CSV_BYTES:
                    raise terlalu_besar(path, total, MAX_CSV_BYTES)
        except UnicodeDecodeError:
            if encoding is not None:
                result.masalah.append(
                    Problem(str(path), "", "berkas CSV UTF-16 ini rusak", "simpan ulang dari Excel sebagai 'CSV UTF-8'")
                )
                return None
            handle.seek(0)
            head = baca_bagian(path, handle, _POTONG)
            continue
        if candidate == "cp1252":
            # Excel on Windows saves "CSV" in cp1252; reading it that way keeps é/ü rather than failing the batch.
            result.peringatan.append(
                Problem(
                    str(path),
                    "",
                    "berkas CSV bukan UTF-8; dibaca sebagai Windows-1252",
                    "simpan ulang sebagai 'CSV UTF-8' agar huruf khusus pasti benar",
                )
            )
        return candidate, sample
    raise AssertionError("unreachable: cp1252 decodes every byte")


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


def _not_text(path: Path) -> Problem:
    return Problem(
        str(path),
        "",
        "berkas ini bukan CSV teks",
        "ekspor ulang daftar dari Excel sebagai 'CSV UTF-8', atau simpan sebagai .xlsx",
    )


def _delimiter(text: str) -> str:
    """Return the delimiter most of the first lines use (a title row above the header may have none)."""
    # Only the delimiter is guessed: sniffing a header without quotes also turns off Excel's doubled
    # quotes, which would read "Yayasan ""Harapan""" as 'Yayasan "Harapan""'.
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    scores = {d: (sum(d in line for line in lines), sum(line.count(d) for line in lines)) for d in _PEMISAH}
    best = max(_PEMISAH, key=lambda d: scores[d])
    return best if scores[best][0] else ","


def _check_multiline(
    path: Path, multiline: list[tuple[int, list[str]]], last: int, baris: _BarisCsv, result: HasilBaca
) -> bool:
    """Check rows whose cells run over several lines: an unclosed quote is refused, a suspicious cell warned.

    A quote never closed swallows every later line into one cell of the last row, so only that row can be it.
    """
    delimiter = baris.delimiter
    if multiline and multiline[-1][0] == last and _ends_in_open_quote(baris):
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


def _ends_in_open_quote(baris: _BarisCsv) -> bool:
    try:
        with baris._open() as fp:
            for _ in csv.reader(fp, csv.excel, delimiter=baris.delimiter, strict=True):
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
