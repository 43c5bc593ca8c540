"""`--pdf`: turn the .docx files commands wrote into PDFs on a pool of LibreOffice workers; print files cut per letter.

A file named ``…-gabungan.docx`` is the print file of the .docx files listed before it (since the previous
print file), in the same order, as `undangan.buat` returns them. The print file is cut into chunks of whole
letters (`naskah.pdf.chunks`), which the pool converts in parallel (`naskah.pdf.pool`) on local unoserver
workers or on servers elsewhere (`naskah.pdf.server`); each chunk's PDF is cut per letter as soon as it
arrives, and the chunks' PDFs are joined, in order, into the print file's PDF. Every other document is a
job of its own. Nothing is written under a final name unless its conversion succeeded.
"""

from __future__ import annotations

import dataclasses
import math
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from naskah.errors import PdfError
from naskah.keluaran import OutputFolder
from naskah.pdf import soffice, split
from naskah.pdf.chunks import Chunk, split_merged
from naskah.pdf.config import PdfSettings, load_settings
from naskah.pdf.pool import Done, Job, Pool
from naskah.pdf.server import Endpoint, LocalServer, RemoteServer, SofficeEndpoint, find_uno_python

if TYPE_CHECKING:
    from pypdf import PdfReader

GABUNGAN = "-gabungan.docx"
BASE_TIMEOUT = 60.0
TIMEOUT_PER_LETTER = 2.0

# (pages converted so far, pages expected in all): called after each chunk, for a progress bar
Progress = Callable[[int, int], None]


@dataclasses.dataclass(frozen=True)
class Batch:
    """A print file and the letters it holds, in order, with the folder their PDFs go to."""

    folder: OutputFolder
    merged: Path
    letters: tuple[Path, ...]
    merged_pdf: Path
    letter_pdfs: tuple[Path, ...]


@dataclasses.dataclass
class Plan:
    """What the pool converts: print files (cut into chunks) and single documents, each with its PDF's path."""

    singles: list[tuple[Path, Path]] = dataclasses.field(default_factory=list)
    batches: list[Batch] = dataclasses.field(default_factory=list)

    def add(self, folder: OutputFolder, written: Iterable[Path]) -> None:
        """Add the .docx files of `written` (one command's result, in `folder`) to the plan."""
        pending: list[Path] = []
        for path in (Path(p) for p in written):
            if path.suffix.lower() != ".docx":
                continue
            if path.name.endswith(GABUNGAN):
                letter_pdfs = folder.paths_for([f"{letter.stem}.pdf" for letter in pending])
                merged_pdf = folder.path_for(f"{path.stem}.pdf")
                self.batches.append(Batch(folder, path, tuple(pending), merged_pdf, tuple(letter_pdfs)))
                pending = []
            else:
                pending.append(path)
        self.singles += [(path, folder.path_for(f"{path.stem}.pdf")) for path in pending]

    def expected_pages(self) -> int:
        return len(self.singles) + sum(max(1, len(batch.letters)) for batch in self.batches)

    def expected_jobs(self, chunk: int) -> int:
        return len(self.singles) + sum(math.ceil(max(1, len(b.letters)) / chunk) for b in self.batches)


def peringatan() -> list[str]:
    """Return the warnings worth showing before converting (a missing metric-compatible Arial)."""
    warning = soffice.font_warning()
    return [warning] if warning else []


def tambah_pdf(
    groups: Sequence[tuple[OutputFolder, Sequence[Path]]],
    *,
    pengaturan: PdfSettings | None = None,
    kemajuan: Progress | None = None,
) -> list[Path]:
    """Write the PDF of every .docx in `groups` (folder, files written there); return the PDFs in order.

    Letters' PDFs come first, then the print files' and single documents' PDFs. Files that are not .docx
    are left alone. `pengaturan` defaults to the environment and configuration file (`naskah.pdf.config`).
    """
    plan = Plan()
    for folder, written in groups:
        plan.add(folder, written)
    if not plan.singles and not plan.batches:
        return []
    settings = pengaturan or load_settings()
    # In the temporary folder rather than beside the documents: the workers' watchdogs remove it too, so even
    # a naskah killed outright leaves no chunk behind.
    work = Path(tempfile.mkdtemp(prefix="naskah-pdf-"))
    try:  # a stop signal reaches the run as an exception (the CLI's handler), so the workers are cleaned up here
        return _Run(plan, settings, work, kemajuan).run()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def make_endpoints(settings: PdfSettings, jobs: int, work: Path | None = None) -> list[Endpoint]:
    """Return the endpoints for `jobs` jobs: the servers given, and local workers (no more than jobs)."""
    endpoints: list[Endpoint] = [RemoteServer(host, port) for host, port in settings.servers]
    local = min(settings.local_workers(), max(1, jobs)) or (0 if endpoints else 1)
    if local:
        python = find_uno_python()
        soffice.find_soffice()
        for number in range(1, local + 1):
            name = f"pekerja {number}"
            endpoints.append(LocalServer(python, name=name, also_remove=work) if python else SofficeEndpoint(name))
    return endpoints


class _Run:
    """One `tambah_pdf` call: queue the jobs, cut each chunk as it arrives, join print files at the end."""

    def __init__(self, plan: Plan, settings: PdfSettings, work: Path, progress: Progress | None):
        self.plan = plan
        self.settings = settings
        self.work = work
        self.progress = progress or (lambda done, total: None)
        self.pages_done = 0
        self.pages_expected = plan.expected_pages()
        self.chunks: dict[int, tuple[Batch, Chunk]] = {}
        self.finals: dict[int, Path] = {}
        self.retry_letters: list[tuple[Batch, Chunk]] = []
        self.per_chunk = self._chunk_size()

    def _chunk_size(self) -> int:
        """Letters per chunk: the setting, but small enough that every worker gets some of the largest batch."""
        workers = max(1, len(self.settings.servers) + self.settings.local_workers())
        largest = max((len(batch.letters) for batch in self.plan.batches), default=0)
        return max(1, min(self.settings.chunk, math.ceil(largest / workers) if largest else self.settings.chunk))

    def run(self) -> list[Path]:
        endpoints = make_endpoints(self.settings, self.plan.expected_jobs(self.per_chunk), self.work)
        with Pool(endpoints, attempts=self.settings.attempts) as pool:
            self.pool = pool
            for done in pool.convert_all(self._jobs()):
                self._arrived(done)
            if self.retry_letters:
                for done in pool.convert_all(self._letter_jobs()):
                    self._arrived(done)
        letters = [pdf for batch in self.plan.batches for pdf in batch.letter_pdfs]
        merged = [self._join(batch, number) for number, batch in enumerate(self.plan.batches)]
        singles = [final for _, final in self.plan.singles]
        return letters + merged + singles

    def _jobs(self) -> Iterator[Job]:
        index = 0
        for source, final in self.plan.singles:
            self.finals[index] = final
            yield Job(index, source, self.work / f"{index:06d}.pdf", soffice.default_timeout([source]))
            index += 1
        for number, batch in enumerate(self.plan.batches):
            folder = self.work / f"gabungan-{number}"
            folder.mkdir()
            for chunk in split_merged(batch.merged, len(batch.letters), self.per_chunk, folder):
                self.chunks[index] = (batch, chunk)
                timeout = self.settings.timeout or BASE_TIMEOUT + TIMEOUT_PER_LETTER * chunk.letters
                yield Job(index, chunk.path, folder / f"{chunk.first:08d}.pdf", timeout)
                index += 1

    def _arrived(self, done: Done) -> None:
        job = done.job
        pdf = split.reader(job.target)
        pages = split.page_count(pdf)
        if job.index in self.finals:
            soffice.move_into_place(job.target, job.source, self.finals[job.index])
        elif job.index in self.chunks:
            self._cut(*self.chunks[job.index], pdf)
        self.pages_done += pages
        self.pages_expected = max(self.pages_expected, self.pages_done)
        self.progress(pages, self.pages_expected)

    def _cut(self, batch: Batch, chunk: Chunk, chunk_pdf: PdfReader) -> None:
        """Cut the letters of `chunk` from its PDF; when its pages cannot be told apart, convert them one by one."""
        if not batch.letters:
            return
        targets = batch.letter_pdfs[chunk.first : chunk.stop]
        try:
            counts = split.letter_page_counts(chunk_pdf, _Slice(self._markers(batch), chunk.first, chunk.stop))
        except PdfError:
            self.retry_letters.append((batch, chunk))
            return
        split.split_pdf(chunk_pdf, counts, targets)

    def _markers(self, batch: Batch) -> _Markers:
        cache = self.__dict__.setdefault("_marker_cache", {})
        return cache.setdefault(batch.merged, _Markers(batch.letters))

    def _letter_jobs(self) -> Iterator[Job]:
        """Letters whose text cannot tell them apart: slower, but every letter still gets its PDF."""
        index = 1_000_000
        for batch, chunk in self.retry_letters:
            targets = batch.letter_pdfs
            for number in range(chunk.first, chunk.stop):
                self.finals[index] = targets[number]
                source = batch.letters[number]
                yield Job(index, source, self.work / f"surat-{index}.pdf", soffice.default_timeout([source]))
                index += 1

    def _join(self, batch: Batch, number: int) -> Path:
        parts = sorted((self.work / f"gabungan-{number}").glob("*.pdf"))
        if len(parts) == 1:
            return soffice.move_into_place(parts[0], batch.merged, batch.merged_pdf)
        return split.join_pdfs(parts, batch.merged_pdf)


class _Markers(Sequence[str]):
    """Text only letter i's first page shows: its first line that differs from the text all letters share.

    Read lazily: when every letter has one page the print file is cut without reading any text.
    """

    def __init__(self, letters: Sequence[Path]):
        self.letters = letters
        self._markers: list[str] | None = None

    def __len__(self) -> int:
        return len(self.letters)

    def __getitem__(self, index: Any) -> Any:
        if self._markers is None:
            self._markers = split.letter_markers([split.docx_lines(path) for path in self.letters])
        return self._markers[index]


class _Slice(Sequence[str]):
    """Letters `start` to `stop` of a `_Markers`, still read lazily."""

    def __init__(self, markers: _Markers, start: int, stop: int):
        self.markers, self.start, self.stop = markers, start, stop

    def __len__(self) -> int:
        return self.stop - self.start

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self.markers[self.start + index]


# kept for the callers and tests that used these names in the step
letter_markers = split.letter_markers
docx_lines = split.docx_lines
