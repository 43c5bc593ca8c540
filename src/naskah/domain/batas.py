"""Bounds on what naskah reads: regular files only, and no more bytes than a limit, checked before reading.

A FIFO would block a run forever and /dev/zero would fill memory, so a path is `stat`ed first; a
file growing while it is read is cut at the limit all the same.
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import BinaryIO

from naskah.errors import InputFileError, Problem

MB = 1024 * 1024


def ukuran(jumlah: int) -> str:
    """Return a byte count as a clerk reads it: '1 GB', '6,6 MB', '512 KB', '80 byte'."""
    for unit, size in (("GB", 1024 * MB), ("MB", MB)):
        if jumlah >= size:
            return f"{jumlah / size:.1f}".replace(".", ",").removesuffix(",0") + f" {unit}"
    if jumlah >= 1024:
        return f"{jumlah // 1024} KB"
    return f"{jumlah} byte"


def angka(jumlah: int) -> str:
    """Return `jumlah` with Indonesian thousands dots: 50.000."""
    return f"{jumlah:,}".replace(",", ".")


def baca_berkas(path: Path, batas: int, jenis: str = "berkas", saran_besar: str = "") -> bytes:
    """Return the bytes of the regular file `path` (at most `batas`); raise `InputFileError` otherwise."""
    with buka_berkas(path, batas, jenis, saran_besar) as handle:
        data = _baca(path, handle, batas + 1)  # not the file's own idea of its size: stat and read are not atomic
    if len(data) > batas:
        raise _terlalu_besar(path, len(data), batas, saran_besar)
    return data


def buka_berkas(path: Path, batas: int, jenis: str = "berkas", saran_besar: str = "") -> BinaryIO:
    """Return the regular file `path` (at most `batas` bytes by its size) opened for reading, unbuffered.

    Raise `InputFileError` for a missing file, a folder, a pipe or device, a file too large, or no permission.
    A reader that streams the file counts its bytes itself: a file may grow while it is read.
    """
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise _error(path, "berkas tidak ditemukan", "periksa nama dan letak berkas") from exc
    except (OSError, ValueError) as exc:
        raise _error(path, "berkas tidak dapat dibuka", "periksa nama dan letak berkas") from exc
    if stat.S_ISDIR(info.st_mode):
        raise _error(path, f"ini folder, bukan {jenis}", f"tulis nama {jenis} di dalamnya")
    if not stat.S_ISREG(info.st_mode):
        raise _error(
            path,
            "ini bukan berkas biasa (mis. pipa atau perangkat), jadi tidak dibaca",
            "tulis nama berkas yang tersimpan di disk",
        )
    if info.st_size > batas:
        raise _terlalu_besar(path, info.st_size, batas, saran_besar)
    try:
        return open(path, "rb", buffering=0)  # noqa: SIM115  # the caller closes it
    except OSError as exc:
        raise _galat_baca(path, exc) from exc


def baca_bagian(path: Path, handle: BinaryIO, jumlah: int) -> bytes:
    """Return up to `jumlah` further bytes of `handle`, a read failure worded as `baca_berkas` words it."""
    return _baca(path, handle, jumlah)


def terlalu_besar(path: Path, size: int, batas: int, saran: str = "") -> InputFileError:
    """Return the error for a file of `size` bytes over the limit `batas`."""
    return _terlalu_besar(path, size, batas, saran)


def _baca(path: Path, handle: BinaryIO, jumlah: int) -> bytes:
    try:
        return handle.read(jumlah)
    except OSError as exc:
        raise _galat_baca(path, exc) from exc


def _galat_baca(path: Path, exc: OSError) -> InputFileError:
    if isinstance(exc, PermissionError):
        return _error(
            path, "berkas tidak dapat dibaca: tidak ada izin", "periksa izin berkas atau salin ke folder Anda"
        )
    return _error(path, f"berkas tidak dapat dibaca (galat sistem {exc.errno})", "salin berkas ke disk lokal")


def _terlalu_besar(path: Path, size: int, batas: int, saran: str) -> InputFileError:
    return _error(
        path,
        f"berkas terlalu besar ({ukuran(size)}; paling besar {ukuran(batas)})",
        saran or "periksa apakah ini berkas yang dimaksud",
    )


def _error(path: Path, message: str, hint: str) -> InputFileError:
    return InputFileError([Problem(str(path), "", message, hint)])
