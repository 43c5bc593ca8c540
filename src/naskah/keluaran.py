"""Safe output: atomic file writes, safe file names, and an output folder that cleans up after failure.

The output folder keeps a manifest (`MANIFEST`) of the files naskah wrote there, per kind of document, so a
re-run with ``--timpa`` replaces exactly its own previous files (stale letters of a longer list removed) and
never touches a file it did not write; a lock file (`LOCK`) lets only one run at a time use the folder.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, BinaryIO, overload

from naskah.errors import OutputError, UsageError, os_reason
from naskah.listlike import ListLike

if TYPE_CHECKING:
    from naskah.docx import MergedWriter, PreparedTemplate, RenderedDocument

FALLBACK_NAME = "tanpa-nama"
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_EDGES = "-_"
_RESERVED = frozenset(["CON", "PRN", "AUX", "NUL"] + [f"{dev}{n}" for dev in ("COM", "LPT") for n in range(1, 10)])
_temp_ids = itertools.count()
MANIFEST = ".naskah-keluaran.json"
LOCK = ".naskah-keluaran.lock"
_OWN_FILES = frozenset([MANIFEST, LOCK])


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
        raise OutputError(f"{target}: tidak dapat ditulis ({os_reason(exc)})") from exc


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
            raise OutputError(f"{path}: tidak dapat ditulis ({os_reason(exc)})") from exc


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

    Use as a context manager: entering takes the folder's lock (one run at a time); an exception
    (KeyboardInterrupt included) leaving the block removes every file handed out by `path_for` that did
    not exist before, and the folder itself if it created it. A block that succeeds records the files in
    the manifest and, for each kind of document written, removes that kind's files of the previous run
    that this run did not write again (a shorter list leaves no stale letters).

    Existing files are only replaced with `overwrite`, and then only files the manifest says naskah wrote,
    never one of `inputs` (the run's event file, profile, list, templates).
    """

    def __init__(self, path: Path, *, overwrite: bool, inputs: Iterable[Path] = (), jenis: str = ""):
        self.path = Path(path)
        self.overwrite = overwrite
        self._created_dirs = _make_folder(self.path)
        self._root = self.path.resolve()
        self._inputs = {_identity(Path(p)) for p in inputs} - {None}
        # Names, not Paths (a Path costs ~600 bytes): 100,000 letters are bookkept in a few MB.
        self._taken: set[str] = set()  # case-folded, of the names not already lower case (see `_is_taken`)
        self._written: dict[str, str] = {}  # file name → kind, for the manifest; in the order handed out
        self._kept: set[str] = set()  # names handed out that existed before (replaced, never removed)
        self._jenis = ""
        self._lock: _FolderLock | None = None
        try:
            _check_writable(self.path)
            self._previous = read_manifest(self.path)
        except BaseException:
            self.remove_created()  # the folder it just made, if it cannot be written after all
            raise
        if jenis:
            self.untuk(jenis)

    def __enter__(self) -> OutputFolder:
        try:
            self._lock = _FolderLock.take(self.path)
            self._previous = read_manifest(self.path)  # another run may have finished since __init__
        except BaseException:
            self.remove_created()
            raise
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if exc_type is None:
                try:
                    self._finish()
                except BaseException:
                    self.remove_created()
                    raise
            else:
                self.remove_created()
        finally:
            self._release()

    def untuk(self, jenis: str) -> None:
        """Record the files handed out from now on as documents of kind `jenis` (its name in the table of kinds).

        Without `overwrite`, refuse when the folder still holds that kind's files of an earlier run.
        """
        self._jenis = jenis
        if self.overwrite:
            return
        earlier = [name for name in self._previous.get(jenis, []) if (self.path / name).exists()]
        if earlier:
            msg = (
                f"{self.path}: hasil {jenis} dari proses sebelumnya sudah ada ({len(earlier)} berkas, mis. "
                f"{earlier[0]}); gunakan --timpa untuk menggantinya, atau pilih folder lain"
            )
            raise UsageError(msg)

    def owns(self, name: str) -> bool:
        """Return whether file `name` in the folder was written by naskah (by its manifest)."""
        folded = name.casefold()
        # Only the current kind's own files: `amplop --per-penerima` must not replace an invitation of the same name.
        kinds = [self._previous.get(self._jenis, [])] if self._jenis else list(self._previous.values())
        return any(folded == own.casefold() for names in kinds for own in names)

    def check_free(self, names: Iterable[str]) -> None:
        """Raise unless each of `names` that exists already may be replaced.

        Never an input of the run; only with `overwrite`; and only a file naskah wrote itself.
        """
        existing = [name for name in names if (self.path / name).exists() or (self.path / name).is_symlink()]
        for name in existing:
            if _identity(self.path / name) in self._inputs:
                msg = (
                    f"{self.path / name} adalah berkas masukan proses ini dan tidak akan ditimpa; "
                    "pilih folder keluaran lain"
                )
                raise OutputError(msg)
        if existing and not self.overwrite:
            more = f" (dan {len(existing) - 1} berkas lain)" if len(existing) > 1 else ""
            msg = f"{self.path / existing[0]} sudah ada{more}; gunakan --timpa untuk menimpanya"
            raise UsageError(msg)
        foreign = [name for name in existing if not self.owns(name)]
        if foreign:
            more = f" (dan {len(foreign) - 1} berkas lain)" if len(foreign) > 1 else ""
            msg = (
                f"{self.path / foreign[0]}{more} sudah ada dan bukan hasil naskah, jadi tidak ditimpa; "
                "pindahkan atau ganti nama berkas itu, atau pilih folder keluaran lain"
            )
            raise OutputError(msg)

    def path_for(self, name: str) -> Path:
        """Return the path for file `name` inside the folder, renamed ``name-2…`` if already handed out."""
        candidate = self._inside(self._unique(name))
        self.check_free([candidate.name])
        self._hand_out(candidate, new=not candidate.exists())
        return candidate

    def paths_for(self, names: Sequence[str]) -> DaftarBerkas:
        """Return `path_for` of each of `names`, with one look at the folder instead of several per file.

        Nothing is handed out if any name exists already (unless overwriting). Names that exist go through
        `path_for` and its checks; a new name only needs the checks on its spelling, so a batch of thousands
        of letters makes no system call per file here.
        """
        present = {entry.casefold() for entry in os.listdir(self.path)}
        self.check_free([name for name in names if name.casefold() in present])
        renamed: list[str] | None = None  # a copy only when a name had to change: 100,000 names are megabytes
        for index, name in enumerate(names):
            unique = self._unique(name)
            if unique.casefold() in present:
                unique = self.path_for(unique).name
            else:
                _check_plain_name(unique, self.path)
                self._hand_out(unique, new=True)
            if unique != name:
                renamed = list(names) if renamed is None else renamed
                renamed[index] = unique
        return DaftarBerkas(self.path, names if renamed is None else renamed)

    @staticmethod
    def numbered_name(i: int, total: int, label: str, suffix: str) -> str:
        """Return ``"007-label.docx"``-style names; the zero padding is the width of `total`."""
        width = len(str(max(total, 1)))
        return f"{i:0{width}d}-{safe_filename(label)}{suffix}"

    def remove_created(self) -> None:
        """Delete the files this folder handed out and that did not exist before."""
        for name in reversed(self._written):
            if name not in self._kept:
                _unlink_quietly(self.path / name)
        self._kept.update(self._written)  # removed now: a second call has nothing of these left to remove
        if self._created_dirs:
            self._release()  # the lock file would keep the folder this run made from being removed
        for folder in self._created_dirs:
            try:
                folder.rmdir()
            except OSError:
                break

    def _hand_out(self, path: Path | str, *, new: bool) -> None:
        name = path if isinstance(path, str) else path.name
        folded = name.casefold()
        if folded != name:
            self._taken.add(folded)
        if not new:
            self._kept.add(name)
        self._written[name] = self._kind_of(name)

    def _is_taken(self, folded: str) -> bool:
        # A lower-case name is its own folded form and stays only in `_written`: no second table of 100,000.
        return folded in self._taken or folded in self._written

    def _kind_of(self, name: str) -> str:
        # A PDF belongs to the kind of the .docx it was made from (the PDF step runs once for every kind).
        stem, _, suffix = name.rpartition(".")
        if suffix.lower() == "pdf":
            return self._written.get(f"{stem}.docx", self._jenis)
        return self._jenis

    def _finish(self) -> None:
        """Record this run's files in the manifest; remove the previous run's files of the same kinds it did not write."""
        kinds = set(self._written.values())
        if not kinds:
            return
        manifest = {kind: names for kind, names in self._previous.items() if kind not in kinds}
        for name, kind in self._written.items():
            manifest.setdefault(kind, []).append(name)
        write_manifest(self.path, manifest)
        for kind in kinds:
            for name in self._previous.get(kind, []):
                if not self._is_taken(name.casefold()) and _identity(self.path / name) not in self._inputs:
                    _unlink_quietly(self.path / name)

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _unique(self, name: str) -> str:
        # Compare case-insensitively: Windows and macOS would treat Budi.docx and budi.docx as one file.
        stem, dot, suffix = name.rpartition(".") if "." in name.lstrip(".") else (name, "", "")
        candidate = name
        for n in itertools.count(2):
            if not self._is_taken(candidate.casefold()):
                return candidate
            candidate = f"{stem}-{n}{dot}{suffix}"
        raise AssertionError("unreachable")

    def _inside(self, name: str) -> Path:
        _check_plain_name(name, self.path)
        candidate = self.path / name
        if not candidate.resolve().is_relative_to(self._root):
            raise OutputError(f"{candidate} mengarah ke luar folder {self.path}; pilih nama lain")
        return candidate


class DaftarBerkas(ListLike[Path]):
    """Files of one folder by name, in order; each `Path` is made only when asked for."""

    def __init__(self, folder: Path, names: Sequence[str], part: range | None = None) -> None:
        self.folder = folder
        self.names = names
        self._part = range(len(names)) if part is None else part  # a slice is a view, not a copy

    def __len__(self) -> int:
        return len(self._part)

    @overload
    def __getitem__(self, index: int) -> Path: ...

    @overload
    def __getitem__(self, index: slice) -> DaftarBerkas: ...

    def __getitem__(self, index: int | slice) -> Path | DaftarBerkas:
        if isinstance(index, slice):
            return DaftarBerkas(self.folder, self.names, self._part[index])
        return self.folder / self.names[self._part[index]]

    def __iter__(self) -> Iterator[Path]:
        return (self.folder / self.names[i] for i in self._part)

    def __repr__(self) -> str:
        return f"DaftarBerkas({self.folder}, {len(self)} berkas)"


def read_manifest(folder: Path) -> dict[str, list[str]]:
    """Return the files naskah wrote into `folder`, per kind; empty when there is no readable manifest.

    Only plain file names count: a manifest edited to name ``../x`` cannot make a run delete outside the folder.
    """
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    kinds = data.get("jenis") if isinstance(data, dict) else None
    if not isinstance(kinds, dict):
        return {}
    return {
        str(kind): [name for name in names if isinstance(name, str) and _is_plain_name(name)]
        for kind, names in kinds.items()
        if isinstance(names, list)
    }


def write_manifest(folder: Path, kinds: dict[str, list[str]]) -> None:
    """Write the manifest of `folder` atomically."""
    data = {"keterangan": "Daftar berkas yang ditulis naskah di folder ini; jangan diubah.", "versi": 1, "jenis": kinds}
    target = folder / MANIFEST
    with output_errors(target), atomic_open(target) as fp:
        # Streamed: the manifest of 100,000 letters is megabytes of text never held whole.
        text = io.TextIOWrapper(fp, encoding="utf-8", newline="\n")
        json.dump(data, text, ensure_ascii=False, indent=1)
        text.write("\n")
        text.flush()
        text.detach()  # atomic_open closes and renames the file itself


class _FolderLock:
    """An exclusive lock on an output folder: a lock file locked by the operating system.

    The kernel releases the lock when the process ends, however it ends, so a killed run never leaves a
    stale lock; the file names the process holding it, for the message a second run gets.
    """

    def __init__(self, path: Path, fd: int):
        self.path = path
        self.fd = fd

    @classmethod
    def take(cls, folder: Path) -> _FolderLock:
        path = folder / LOCK
        for _ in range(10):
            try:
                flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
                fd = os.open(path, flags, 0o666)  # never through a symlink planted to lock a file elsewhere
            except OSError as exc:
                raise OutputError(f"{path}: tidak dapat ditulis ({os_reason(exc)})") from exc
            if not _lock_fd(fd):
                holder = _read_holder(fd)
                os.close(fd)
                by = f" (proses {holder})" if holder else ""
                msg = (
                    f"folder keluaran {folder} sedang dipakai naskah lain{by}; tunggu sampai selesai "
                    "atau pilih folder keluaran lain"
                )
                raise UsageError(msg)
            if _same_file(fd, path):  # not a lock file the previous holder removed as we opened it
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode("ascii"))
                return cls(path, fd)
            os.close(fd)
        raise UsageError(f"folder keluaran {folder} sedang dipakai naskah lain; coba lagi sebentar lagi")

    def release(self) -> None:
        _unlink_quietly(self.path)  # while still locked: the next run then makes a fresh one
        try:
            os.close(self.fd)
        except OSError:
            pass


def _lock_fd(fd: int) -> bool:
    """Lock the open file `fd` without waiting; return False when another process holds it."""
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _read_holder(fd: int) -> str:
    try:
        return os.pread(fd, 32, 0).decode("ascii", "replace").strip() if hasattr(os, "pread") else ""
    except OSError:
        return ""


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


def _identity(path: Path) -> tuple[int, int] | None:
    """Return what identifies the file at `path` (device, inode), or None when there is none."""
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    return (found.st_dev, found.st_ino)


def _is_plain_name(name: str) -> bool:
    return bool(name) and name not in (".", "..") and Path(name).name == name and "\\" not in name


def _check_plain_name(name: str, folder: Path) -> None:
    """Raise `OutputError` unless `name` is a plain file name: no folder part, not '.' or '..', not naskah's own."""
    if not _is_plain_name(name) or name in _OWN_FILES:
        raise OutputError(f"nama berkas {name!r} tidak sah untuk folder {folder}")


def _make_folder(path: Path) -> list[Path]:
    """Create `path`; return the folders that had to be created, deepest first."""
    try:
        if path.is_dir():
            return []
        missing = [folder for folder in (path, *path.parents) if not folder.exists()]
        path.mkdir(parents=True)
    except FileExistsError as exc:
        raise OutputError(f"{path} sudah ada tetapi bukan folder; pilih folder keluaran lain") from exc
    except OSError as exc:
        msg = f"folder keluaran {path} tidak dapat dibuat ({os_reason(exc)})"
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
