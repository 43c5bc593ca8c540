"""Convert many .docx files to PDF on several endpoints at once, with a timeout, restarts and retries.

One thread per endpoint takes the next job from a shared queue. A job whose endpoint dies, hangs past the
timeout or cannot be reached goes back to the queue and is tried again (on any endpoint) up to `attempts`
times; the endpoint is restarted (a local worker) or left alone until it answers again (a remote server).
Results come back to the caller's thread in the order they finish, each carrying its job's index, so the
caller can keep its own order. Every endpoint is stopped when `convert_all` returns, raises, or is
interrupted (Ctrl-C, or SIGTERM and SIGHUP, which the CLI raises as `naskah.errors.Stopped`).
"""

from __future__ import annotations

import dataclasses
import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from naskah.errors import PdfError
from naskah.pdf.server import Endpoint, WorkerLost

ALL_DOWN_LIMIT = 60.0  # seconds without any endpoint working before the batch gives up
_PROBE_EVERY = 1.0


@dataclasses.dataclass(frozen=True)
class Job:
    """Convert `source` into `target` within `timeout` seconds."""

    index: int
    source: Path
    target: Path
    timeout: float


@dataclasses.dataclass(frozen=True)
class Done:
    job: Job
    endpoint: str


@dataclasses.dataclass
class _Failed:
    job: Job
    error: BaseException


class Pool:
    """Endpoints converting jobs in parallel; use as a context manager so they are always stopped."""

    def __init__(self, endpoints: Sequence[Endpoint], *, attempts: int = 3):
        if not endpoints:
            raise ValueError("a pool needs at least one endpoint")
        self.endpoints = list(endpoints)
        self.attempts = attempts
        self.retries = 0  # how many times a job was tried again (for tests and the benchmark)
        self.restarts = 0
        self._jobs: queue.Queue[tuple[Job, int] | None] = queue.Queue()
        self._results: queue.Queue[Done | _Failed] = queue.Queue()
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._down: set[str] = set()
        self._start_errors: list[PdfError] = []
        self._lock = threading.Lock()

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def convert_all(self, jobs: Iterable[Job]) -> Iterator[Done]:
        """Yield each job once converted, as they finish; raise `PdfError` when a job fails every attempt.

        `jobs` may be a generator (chunks still being cut): it is read in the caller's thread, and a job is
        queued as soon as it is produced.
        """
        self._start_threads()
        queued = finished = 0
        for job in jobs:
            self._jobs.put((job, 1))
            queued += 1
            while (result := self._next_result(block=False)) is not None:
                finished += 1
                yield result
        while finished < queued:
            result = self._next_result(block=True)
            if result is not None:
                finished += 1
                yield result

    def _next_result(self, *, block: bool) -> Done | None:
        deadline = time.monotonic() + ALL_DOWN_LIMIT
        while True:
            try:
                result = self._results.get(timeout=0.2) if block else self._results.get_nowait()
            except queue.Empty:
                if not block:
                    return None
                if not self._all_down():
                    deadline = time.monotonic() + ALL_DOWN_LIMIT
                elif len(self._start_errors) >= len(self.endpoints):  # no worker could start at all
                    raise self._start_errors[0] from None
                elif time.monotonic() > deadline:
                    raise PdfError(
                        "tidak ada pekerja atau server PDF yang dapat dihubungi; periksa --pdf-server "
                        "(alamat dan port) atau LibreOffice di komputer ini, lalu coba lagi"
                    ) from None
                continue
            if isinstance(result, _Failed):
                raise result.error
            return result

    def _all_down(self) -> bool:
        with self._lock:
            return len(self._down) >= len(self.endpoints)

    def _start_threads(self) -> None:
        if self._threads:
            return
        for endpoint in self.endpoints:
            thread = threading.Thread(target=self._work, args=(endpoint,), name=endpoint.name, daemon=True)
            thread.start()
            self._threads.append(thread)

    def _work(self, endpoint: Endpoint) -> None:
        """Take jobs until the pool closes; bring the endpoint back after a loss before taking the next."""
        if not self._bring_up(endpoint, first=True):
            return
        while not self._stopping.is_set():
            try:
                item = self._jobs.get(timeout=0.2)
            except queue.Empty:
                continue
            if item is None:
                return
            job, attempt = item
            try:
                job.target.unlink(missing_ok=True)
                endpoint.convert(job.source, job.target, job.timeout)
                _check_output(job)
            except (WorkerLost, PdfError) as exc:
                # Restart after any failure: a LibreOffice that is dying answers with a fault first, and a
                # fresh worker costs two seconds, far less than losing every attempt of a chunk to a dead one.
                self._retry_or_fail(job, attempt, exc)
                if not self._bring_up(endpoint, first=False):
                    return
                continue
            except BaseException as exc:  # a bug: report it in the caller's thread rather than hang
                self._results.put(_Failed(job, exc))
                return
            self._results.put(Done(job, endpoint.name))

    def _retry_or_fail(self, job: Job, attempt: int, exc: BaseException) -> None:
        if attempt < self.attempts:
            with self._lock:
                self.retries += 1
            self._jobs.put((job, attempt + 1))
            return
        if isinstance(exc, WorkerLost):
            exc = PdfError(
                f"{job.source.name}: LibreOffice berhenti atau tidak selesai dalam {job.timeout:g} detik, "
                f"{attempt} kali berturut-turut ({exc}); tutup program lain yang berat lalu coba lagi"
            )
        self._results.put(_Failed(job, exc))

    def _bring_up(self, endpoint: Endpoint, *, first: bool) -> bool:
        """Start or restart `endpoint`, waiting while it stays down; False once the pool is closing."""
        while not self._stopping.is_set():
            try:
                if first:
                    endpoint.start()
                    up = _alive(endpoint)
                    first = False
                else:
                    with self._lock:
                        self.restarts += 1
                    up = endpoint.restart()
            except PdfError as exc:
                if first:  # LibreOffice cannot start here: say why rather than retry for a minute
                    with self._lock:
                        self._start_errors.append(exc)
                        self._down.add(endpoint.name)
                    return False
                up = False
            with self._lock:
                (self._down.discard if up else self._down.add)(endpoint.name)
            if up:
                return True
            self._stopping.wait(_PROBE_EVERY)
        return False

    def close(self) -> None:
        """Stop every thread and endpoint (local workers: LibreOffice killed, profile removed)."""
        self._stopping.set()
        for _ in self._threads:
            self._jobs.put(None)
        for thread in self._threads:
            thread.join(timeout=5)
        for endpoint in self.endpoints:
            endpoint.stop()
        for thread in self._threads:  # a thread stuck in a conversion returns once its endpoint is stopped
            thread.join(timeout=30)


def _alive(endpoint: Endpoint) -> bool:
    check: Callable[[], bool] | None = getattr(endpoint, "alive", None)
    return True if check is None else check()


def _check_output(job: Job) -> None:
    if not job.target.is_file() or job.target.stat().st_size == 0:
        raise PdfError(f"{job.source.name}: LibreOffice tidak menghasilkan PDF")
