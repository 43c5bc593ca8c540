"""LibreOffice itself: finding it, checking its fonts, and one headless ``soffice --convert-to pdf`` run."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from naskah.errors import PdfError
from naskah.keluaran import atomic_open, output_errors

# LibreOffice needs ~1 s to start and ~10–30 ms a page; the limit only has to catch a hung run, so it is generous
# and grows with the work: two minutes plus a tenth of a second per KiB of .docx (1,000 letters merged ≈ 150 KiB).
BASE_TIMEOUT = 120.0
TIMEOUT_PER_KIB = 0.1
INSTALL_HINT = (
    "pasang LibreOffice Writer dan huruf Liberation, mis. 'sudo apt-get install libreoffice-writer-nogui "
    "fonts-liberation2' (Debian/Ubuntu) atau unduh dari https://www.libreoffice.org, lalu jalankan lagi"
)
_KNOWN_PLACES = (
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)
_METRIC_TWINS = ("liberation sans", "arial", "arimo")


def find_soffice_or_none() -> str | None:
    """Return the LibreOffice executable, or None."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    return found or next((place for place in _KNOWN_PLACES if Path(place).is_file()), None)


def find_soffice() -> str:
    """Return the LibreOffice executable; raise `PdfError` with the install hint when there is none."""
    found = find_soffice_or_none()
    if found is None:
        raise PdfError(f"LibreOffice (soffice) tidak ditemukan, padahal diperlukan untuk membuat PDF; {INSTALL_HINT}")
    return found


def font_warning() -> str | None:
    """Return a warning when Arial does not resolve to Arial or a metric twin (Liberation Sans), else None.

    Without a metric-compatible font LibreOffice falls back to DejaVu and lines break elsewhere than in Word.
    """
    fc_match = shutil.which("fc-match")
    if fc_match is None:  # Windows and macOS have no fontconfig; they ship Arial itself
        return None
    try:
        found = subprocess.run([fc_match, "Arial"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    if any(twin in found.lower() for twin in _METRIC_TWINS):
        return None
    shown = found.strip() or "tidak ada"
    return (
        f"huruf Arial tidak tersedia (diganti {shown}), jadi baris di PDF dapat terpotong lain daripada di Word; "
        "pasang huruf Liberation, mis. 'sudo apt-get install fonts-liberation2'"
    )


def convert_to_pdf(
    docx_paths: Sequence[Path],
    outdir: Path,
    *,
    targets: Sequence[Path] | None = None,
    timeout: float | None = None,
) -> list[Path]:
    """Convert `docx_paths` to PDF with one LibreOffice start; return the PDFs.

    Each PDF lands at the matching entry of `targets`, or at ``outdir/<stem>.pdf``. Nothing appears under
    a final name unless its conversion succeeded: LibreOffice writes into a temporary folder inside `outdir`.
    `timeout` (seconds) defaults to one that grows with the size of the documents.
    """
    sources = [Path(p) for p in docx_paths]
    finals = [Path(t) for t in targets] if targets is not None else [Path(outdir) / f"{p.stem}.pdf" for p in sources]
    if len(finals) != len(sources):
        raise ValueError("targets must match docx_paths one to one")
    if not sources:
        return []
    exe = find_soffice()
    with output_errors(Path(outdir)):
        work = Path(tempfile.mkdtemp(prefix=".naskah-pdf-", dir=outdir))
    try:
        inputs = _stage_inputs(sources, work / "masuk")
        _convert_all(exe, inputs, sources, work / "keluar", timeout)
        return [
            move_into_place(work / "keluar" / f"{i.stem}.pdf", src, final)
            for i, src, final in zip(inputs, sources, finals, strict=False)
        ]
    finally:
        shutil.rmtree(work, ignore_errors=True)


# A LibreOffice that stops part-way through a long list is started afresh for the documents it did not reach,
# this many times. Seen here: after ~250 documents in one run (each of which converts alone) it ended, exit 0.
RESTARTS = 2


def _convert_all(exe: str, inputs: list[Path], sources: list[Path], outdir: Path, timeout: float | None) -> None:
    """Convert `inputs` into `outdir`, starting LibreOffice again for those a run left unconverted."""
    pending = inputs
    for _ in range(1 + RESTARTS):
        limit = timeout if timeout is not None else default_timeout(pending)
        returncode = _run_soffice(exe, pending, outdir, limit)
        left = [i for i in pending if not (outdir / f"{i.stem}.pdf").is_file()]
        # A run that converted none of them was refused, not cut short: the caller names the file.
        if not left or len(left) == len(pending):
            return
        pending = left
    first = sources[inputs.index(pending[0])]
    raise PdfError(
        f"LibreOffice berhenti sebelum selesai (kode {returncode}), {1 + RESTARTS} kali; {len(pending)} berkas "
        f"belum menjadi PDF, mulai dari {first.name}; jalankan lagi, dan bila berulang buka berkas itu di LibreOffice"
    )


def default_timeout(sources: Sequence[Path]) -> float:
    """Return the time limit for converting `sources`: generous, growing with their size."""
    kib = sum(source.stat().st_size for source in sources if source.is_file()) / 1024
    return round(BASE_TIMEOUT + TIMEOUT_PER_KIB * kib)


def _stage_inputs(sources: list[Path], folder: Path) -> list[Path]:
    """Link (or copy) the sources under numbered names, so equal stems in different folders cannot collide."""
    folder.mkdir()
    staged = []
    for number, source in enumerate(sources, start=1):
        if not source.is_file():
            raise PdfError(f"{source}: berkas .docx tidak ada, jadi tidak dapat dijadikan PDF")
        target = folder / f"{number:06d}.docx"
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)
        staged.append(target)
    return staged


def _run_soffice(exe: str, inputs: list[Path], outdir: Path, timeout: float) -> int:
    """Run one headless LibreOffice with a fresh user profile (two runs sharing one fail silently); return its exit code."""
    profile = Path(tempfile.mkdtemp(prefix="naskah-lo-profil-"))
    command = [
        exe,
        "--headless",
        "--norestore",
        f"-env:UserInstallation={profile.as_uri()}",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        *map(str, inputs),
    ]
    try:
        completed = _run_with_timeout(command, timeout)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if completed.returncode != 0 and not any(outdir.glob("*.pdf")):
        raise PdfError(
            f"LibreOffice gagal membuat PDF (kode {completed.returncode}: {last_line(completed.stderr)}); "
            "tutup LibreOffice yang sedang terbuka lalu coba lagi"
        )
    return completed.returncode


def _run_with_timeout(command: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    """Run `command`; on timeout kill it with every child (soffice starts soffice.bin) and raise `PdfError`."""
    own_group = os.name == "posix"
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=own_group
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(process, own_group)
        raise PdfError(
            f"LibreOffice tidak selesai dalam {timeout:g} detik dan dihentikan; tutup jendela LibreOffice "
            "yang mungkin sedang menunggu jawaban, lalu coba lagi"
        ) from None
    except BaseException:
        _kill(process, own_group)
        raise
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def _kill(process: subprocess.Popen[str], own_group: bool) -> None:
    try:
        if own_group:
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    except OSError:
        pass
    process.communicate()


def move_into_place(produced: Path, source: Path, final: Path) -> Path:
    if not produced.is_file() or produced.stat().st_size == 0 or not is_pdf(produced):
        # A LibreOffice that writes something else (an error page, a truncated file) must not pass as a PDF.
        raise PdfError(
            f"{source.name}: LibreOffice tidak menghasilkan PDF yang sah; buka berkas itu di LibreOffice untuk "
            f"melihat masalahnya, atau periksa bahwa {INSTALL_HINT.split(', lalu')[0]}"
        )
    with output_errors(final):
        try:
            os.replace(produced, final)
        except OSError as exc:
            if exc.errno != errno.EXDEV:
                raise
            with produced.open("rb") as src, atomic_open(final) as dst:  # another file system: copy, then rename
                shutil.copyfileobj(src, dst)
    return final


def is_pdf(path: Path) -> bool:
    """Return whether `path` starts like a PDF and ends with its end-of-file mark (a complete file)."""
    with path.open("rb") as fp:
        head = fp.read(5)
        fp.seek(max(path.stat().st_size - 1024, 0))
        tail = fp.read()
    return head == b"%PDF-" and b"%%EOF" in tail


def last_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip() and "javaldx" not in line]
    return lines[-1].strip() if lines else "tanpa pesan"
