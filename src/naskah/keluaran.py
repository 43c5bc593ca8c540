"""Safe output: atomic file writes, safe file names, and an output folder that cleans up after failure."""

from __future__ import annotations

import itertools
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, BinaryIO

from naskah.errors import OutputError, UsageError

if TYPE_CHECKING:
    from naskah.docx import MergedWriter, PreparedTemplate, RenderedDocument

FALLBACK_NAME = "tanpa-nama"
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_EDGES = "-_"
_RESERVED = frozenset(["CON", "PRN", "AUX", "NUL"] + [f"{dev}{n}" for dev in ("COM", "LPT") for n in range(1, 10)])
_temp_ids = itertools.count()


@contextmanager
def atomic_open(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces `path` only when the block succeeds.

    The temporary file sits in the same folder so the final rename is atomic. It is removed on any
    exception, KeyboardInterrupt included. No fsync: it would multiply the cost of each letter, and
    a failed or interrupted run still never leaves a half-written file under the final name (only a
    power cut before the kernel writes back could).
    """
    path = Path(path)
    temps: list[Path] = []  # named before the file exists: a Ctrl-C just after os.open still finds it
    try:
        fd = _create_temp(path, temps)
        with os.fdopen(fd, "wb") as fp:
            yield fp
        os.replace(temps[-1], path)
    except BaseException:
        for temp in temps:
            _unlink_quietly(temp)
        raise


@contextmanager
def output_errors(target: Path) -> Iterator[None]:
    """Turn operating-system errors raised while writing `target` into `OutputError`."""
    try:
        yield
    except OSError as exc:
        raise OutputError(f"{target}: tidak dapat ditulis ({exc.strerror or exc})") from exc


def tulis_docx(template: PreparedTemplate, rendered: RenderedDocument, target: Path) -> Path:
    """Write `rendered` as a .docx at `target`, atomically; return `target`."""
    with output_errors(target), atomic_open(target) as fp:
        template.write_docx(rendered, fp)
    return target


@contextmanager
def gabungan(template: PreparedTemplate, target: Path) -> Iterator[MergedWriter]:
    """Yield a `MergedWriter` into `target`; the file appears only when the block succeeds."""
    from naskah.docx import MergedWriter

    with output_errors(target), atomic_open(target) as fp, MergedWriter(template, fp) as writer:
        yield writer


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically."""
    with atomic_open(path) as fp:
        fp.write(data)


def _create_temp(path: Path, temps: list[Path]) -> int:
    """Create a new temporary file beside `path`, its name appended to `temps` first; return its descriptor."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temps.append(path.with_name(f".{path.name[:120]}.{os.getpid()}-{next(_temp_ids)}.tmp"))
        try:
            return os.open(temps[-1], flags, 0o666)
        except FileExistsError:
            temps.pop()  # not ours
            continue
        except OSError as exc:
            raise OutputError(f"{path}: tidak dapat ditulis ({exc.strerror or exc})") from exc


def _unlink_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def safe_filename(text: str, *, max_len: int = 80) -> str:
    """Return `text` as a portable file name stem: ASCII letters, digits, ``-`` and ``_`` only.

    Accents are folded (``Pangéran`` → ``Pangeran``), every other run of characters becomes one
    ``-``; the result is never empty, never a path, never a Windows device name.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    name = _UNSAFE.sub("-", folded).strip(_EDGES)
    name = re.sub(r"[-_]{2,}", lambda m: "-" if "-" in m.group() else "_", name)
    name = name[: max(max_len, 1)].rstrip(_EDGES) or FALLBACK_NAME[:max_len]
    if name.upper() in _RESERVED:
        name = f"{name}_"
    return name


class OutputFolder:
    """A folder receiving generated files; files it created vanish again if the run fails.

    Use as a context manager: an exception (KeyboardInterrupt included) leaving the block removes every
    file handed out by `path_for` that did not exist before, and the folder itself if it created it.
    """

    def __init__(self, path: Path, *, overwrite: bool):
        self.path = Path(path)
        self.overwrite = overwrite
        self._created_dirs = _make_folder(self.path)
        self._root = self.path.resolve()
        self._taken: set[str] = set()
        self._new_files: list[Path] = []
        try:
            _check_writable(self.path)
        except BaseException:
            self.remove_created()  # the folder it just made, if it cannot be written after all
            raise

    def __enter__(self) -> OutputFolder:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is not None:
            self.remove_created()

    def check_free(self, names: Iterable[str]) -> None:
        """Raise `UsageError` naming the first of `names` that exists already, unless overwriting."""
        if self.overwrite:
            return
        conflicts = [name for name in names if (self.path / name).exists()]
        if conflicts:
            more = f" (dan {len(conflicts) - 1} berkas lain)" if len(conflicts) > 1 else ""
            msg = f"{self.path / conflicts[0]} sudah ada{more}; gunakan --timpa untuk menimpanya"
            raise UsageError(msg)

    def path_for(self, name: str) -> Path:
        """Return the path for file `name` inside the folder, renamed ``name-2…`` if already handed out."""
        candidate = self._inside(self._unique(name))
        self.check_free([candidate.name])
        self._taken.add(candidate.name.casefold())
        if not candidate.exists():
            self._new_files.append(candidate)
        return candidate

    def paths_for(self, names: Sequence[str]) -> list[Path]:
        """Return `path_for` of each of `names`, with one look at the folder instead of several per file.

        Nothing is handed out if any name exists already (unless overwriting). Names that exist go through
        `path_for` and its checks; a new name only needs the checks on its spelling, so a batch of thousands
        of letters makes no system call per file here.
        """
        present = {entry.casefold() for entry in os.listdir(self.path)}
        self.check_free([name for name in names if name.casefold() in present])
        paths = []
        for name in names:
            unique = self._unique(name)
            if unique.casefold() in present:
                paths.append(self.path_for(unique))
                continue
            _check_plain_name(unique, self.path)
            self._taken.add(unique.casefold())
            paths.append(self.path / unique)
            self._new_files.append(paths[-1])
        return paths

    @staticmethod
    def numbered_name(i: int, total: int, label: str, suffix: str) -> str:
        """Return ``"007-label.docx"``-style names; the zero padding is the width of `total`."""
        width = len(str(max(total, 1)))
        return f"{i:0{width}d}-{safe_filename(label)}{suffix}"

    def remove_created(self) -> None:
        """Delete the files this folder handed out and that did not exist before."""
        for path in reversed(self._new_files):
            _unlink_quietly(path)
        self._new_files.clear()
        for folder in self._created_dirs:
            try:
                folder.rmdir()
            except OSError:
                break

    def _unique(self, name: str) -> str:
        # Compare case-insensitively: Windows and macOS would treat Budi.docx and budi.docx as one file.
        stem, dot, suffix = name.rpartition(".") if "." in name.lstrip(".") else (name, "", "")
        candidate = name
        for n in itertools.count(2):
            if candidate.casefold() not in self._taken:
                return candidate
            candidate = f"{stem}-{n}{dot}{suffix}"
        raise AssertionError("unreachable")

    def _inside(self, name: str) -> Path:
        _check_plain_name(name, self.path)
        candidate = self.path / name
        if not candidate.resolve().is_relative_to(self._root):
            raise OutputError(f"{candidate} mengarah ke luar folder {self.path}; pilih nama lain")
        return candidate


def _check_plain_name(name: str, folder: Path) -> None:
    """Raise `OutputError` unless `name` is a plain file name: no folder part, not '.' or '..'."""
    if not name or name in (".", "..") or Path(name).name != name or "\\" in name:
        raise OutputError(f"nama berkas {name!r} tidak sah untuk folder {folder}")


def _make_folder(path: Path) -> list[Path]:
    """Create `path`; return the folders that had to be created, deepest first."""
    if path.is_dir():
        return []
    missing = [folder for folder in (path, *path.parents) if not folder.exists()]
    try:
        path.mkdir(parents=True)
    except FileExistsError as exc:
        raise OutputError(f"{path} sudah ada tetapi bukan folder; pilih folder keluaran lain") from exc
    except OSError as exc:
        msg = f"folder keluaran {path} tidak dapat dibuat ({exc.strerror or exc}); pilih folder lain"
        raise OutputError(msg) from exc
    return missing


def _check_writable(path: Path) -> None:
    probes: list[Path] = []
    try:
        os.close(_create_temp(path / ".naskah-uji-tulis", probes))
    except OutputError as exc:
        msg = f"folder keluaran {path} tidak dapat ditulisi; periksa izinnya atau pilih folder lain"
        raise OutputError(msg) from exc
    finally:
        for probe in probes:
            _unlink_quietly(probe)
