"""Stopping a run by a signal (Ctrl-C, `kill`, closing the terminal) without leaving anything behind.

The CLI turns SIGINT, SIGTERM and SIGHUP into exceptions (`KeyboardInterrupt`, `naskah.errors.Stopped`) so
every clean-up written for Ctrl-C runs for all three. A few steps must not be cut in the middle: starting
LibreOffice, for one — interrupted inside `subprocess.Popen`, the child would run on with nobody to stop
it. Such a step runs under `deferred`: a signal arriving then takes effect when the step ends.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from naskah.errors import Stopped

_state = threading.local()


@contextmanager
def deferred() -> Iterator[None]:
    """Hold back a stop signal arriving while the block runs; raise it once the block is done."""
    depth = getattr(_state, "depth", 0)
    _state.depth = depth + 1
    try:
        yield
    finally:
        _state.depth = depth
        pending = getattr(_state, "pending", None)
        if depth == 0 and pending is not None:
            _state.pending = None
            raise _exception(pending)


def stop(signum: int, *, interrupt: bool = False) -> None:
    """Act on stop signal `signum` (from a signal handler): raise it now, or after a `deferred` block.

    `interrupt` marks Ctrl-C, raised as a plain `KeyboardInterrupt` as Python itself would.
    """
    if getattr(_state, "depth", 0) > 0:
        if getattr(_state, "pending", None) is None:
            _state.pending = -signum if interrupt else signum
        return
    raise _exception(-signum if interrupt else signum)


def _exception(code: int) -> BaseException:
    return KeyboardInterrupt() if code < 0 else Stopped(code)


@contextmanager
def temporary_folder(*, prefix: str, dir: Path | None = None) -> Iterator[Path]:
    """Yield a new temporary folder, removed however the block ends (a stop signal while making it included)."""
    folder: Path | None = None
    try:
        with deferred():
            folder = Path(tempfile.mkdtemp(prefix=prefix, dir=dir))
        yield folder
    finally:
        if folder is not None:
            remove_tree(folder)


def remove_tree(folder: Path) -> None:
    """Remove `folder`; a program just killed (LibreOffice) may still write into it for a moment, so retry briefly."""
    for _ in range(50):
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            return
        time.sleep(0.05)
