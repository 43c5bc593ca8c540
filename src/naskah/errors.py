"""Exceptions raised by naskah; the CLI turns every NaskahError into a clear Indonesian message."""

from __future__ import annotations

import dataclasses
import errno


@dataclasses.dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, located as precisely as we can.

    `path` is the key path inside the file (``acara.tanggal``, ``penerima[3].nama``) or a row
    label for spreadsheets (``baris 7``); `line` is 1-based when known.
    """

    file: str
    path: str
    message: str
    hint: str = ""
    line: int | None = None

    def __str__(self) -> str:
        location = f"{self.file}:{self.line}" if self.line else self.file
        where = f"{location}: {self.path}: " if self.path else f"{location}: "
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{hint}"


class NaskahError(Exception):
    """Base class: anything the user can fix by editing input or options.

    `exit_code` follows click: 1 for bad data, 2 for bad usage.
    """

    exit_code = 1


class UsageError(NaskahError):
    """The command was called in a way that cannot work (bad option combination, existing output)."""

    exit_code = 2


class InputFileError(NaskahError):
    """An input file (event file, profile, recipient list) is unreadable or invalid.

    Carries every `Problem` found so the user can fix them all in one go.
    """

    def __init__(self, problems: list[Problem], warnings: list[Problem] | tuple[Problem, ...] = ()):
        self.problems = list(problems)
        self.warnings = list(warnings)
        super().__init__("\n".join(str(p) for p in self.problems))


class TemplateError(NaskahError):
    """A template is missing, broken, or uses something naskah does not provide."""


class RenderError(NaskahError):
    """Rendering a document failed because of its data or its template."""


class PdfError(NaskahError):
    """LibreOffice is missing, timed out, or produced no PDF."""


class OutputError(NaskahError):
    """The output folder cannot be written, or a file there would be overwritten."""


class AgendaError(NaskahError):
    """The buku agenda cannot be reached or refuses the request (unknown number, number already cancelled)."""


class PerubahanTidakSah(NaskahError):
    """An edit of a rundown (sisipkan, hapus, ganti_nama) names a step it does not have, or cannot be applied."""

    def __init__(self, kunci: str, pesan: str, saran: str = ""):
        self.kunci, self.pesan, self.saran = kunci, pesan, saran
        super().__init__(f"{kunci}: {pesan}" + (f" ({saran})" if saran else ""))


class PolaNomorError(ValueError):
    """`surat.pola_nomor` is not a valid pattern; `message` is Indonesian and names the field, `hint` the fix.

    A ValueError, not a NaskahError: the loader turns it into a located `Problem` of the event file.
    """

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class Stopped(KeyboardInterrupt):
    """The run was stopped by a signal (SIGTERM, SIGHUP); a KeyboardInterrupt, so Ctrl-C's clean-ups all run."""

    def __init__(self, signum: int):
        import signal

        self.signum = signum
        self.name = signal.Signals(signum).name
        super().__init__(self.name)


class NaskahWarning(UserWarning):
    """Something worth telling the user that does not stop the run (e.g. a template's curly quotes straightened)."""


# What the operating system's own (English) reasons mean for a clerk, and what to do about it.
_OS_REASONS = {
    errno.ENOSPC: "disk penuh; kosongkan ruang disk atau pilih folder di disk lain",
    errno.EDQUOT: "jatah ruang disk habis; kosongkan ruang atau pilih folder lain",
    errno.ENAMETOOLONG: "nama folder atau berkas terlalu panjang; pilih folder dengan nama yang lebih pendek",
    errno.EACCES: "tidak ada izin menulis; periksa izin folder atau pilih folder lain",
    errno.EPERM: "tidak ada izin menulis; periksa izin folder atau pilih folder lain",
    errno.EROFS: "disk hanya dapat dibaca; pilih folder lain",
    errno.ENOENT: "folder tidak ada; periksa nama foldernya",
    errno.ENOTDIR: "salah satu bagian jalurnya bukan folder; periksa nama foldernya",
    errno.EISDIR: "sudah ada folder dengan nama itu; pilih nama lain",
    errno.EIO: "galat baca-tulis disk; periksa disknya lalu coba lagi",
}


def os_reason(exc: OSError) -> str:
    """Return why `exc` happened in Indonesian, with the fix; never the operating system's English words."""
    reason = _OS_REASONS.get(exc.errno or 0)
    if reason:
        return reason
    return f"galat sistem berkas nomor {exc.errno}" if exc.errno else "galat sistem berkas"
