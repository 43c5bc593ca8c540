"""Where chunks are converted: unoserver workers naskah starts itself, unoserver instances elsewhere, or soffice.

Every endpoint converts one .docx to one PDF at a time (`convert`), may die, and says whether it can be
brought back (`restart`). A `LocalServer` is an unoserver naskah runs under a Python that has LibreOffice's
`uno` module, with its own LibreOffice profile in a temporary folder; `_watchdog.py` sits between them, so
that unoserver and LibreOffice are killed and the profile removed even when naskah itself is killed. A
`RemoteServer` is an unoserver someone runs on another machine (``--pdf-server HOST:PORT``): documents go
there and PDFs come back over its XML-RPC interface. A `SofficeEndpoint` starts one ``soffice --convert-to``
per chunk, for machines where no Python has `uno`: slower, but still parallel.
"""

from __future__ import annotations

import functools
import http.client
import importlib.util
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import xmlrpc.client
from pathlib import Path
from typing import Any, Protocol

from naskah.errors import PdfError
from naskah.pdf import soffice

WATCHDOG = Path(__file__).with_name("_watchdog.py")
START_TIMEOUT = 90.0
_UNO_PYTHONS = ("/usr/bin/python3", "/usr/local/bin/python3")


class Endpoint(Protocol):
    name: str

    def start(self) -> None: ...

    def convert(self, source: Path, target: Path, timeout: float) -> None: ...

    def restart(self) -> bool: ...

    def stop(self) -> None: ...


class WorkerLost(Exception):
    """The endpoint died, hung or could not be reached while converting: retry the chunk elsewhere or later."""


# --------------------------------------------------------------------------- XML-RPC to unoserver


class _TimeoutTransport(xmlrpc.client.Transport):
    """xmlrpc's transport with a socket timeout, so a hung LibreOffice cannot hang naskah."""

    def __init__(self, timeout: float):
        super().__init__()
        self.timeout = timeout

    def make_connection(self, host):  # type: ignore[no-untyped-def]
        connection = super().make_connection(host)
        connection.timeout = self.timeout
        return connection


def _proxy(host: str, port: int, timeout: float) -> xmlrpc.client.ServerProxy:
    return xmlrpc.client.ServerProxy(f"http://{host}:{port}", allow_none=True, transport=_TimeoutTransport(timeout))


def _call_convert(host: str, port: int, timeout: float, **kwargs: Any) -> object:
    """Call unoserver's ``convert`` (its XML-RPC API 3); turn lost connections into `WorkerLost`."""
    args: tuple[Any, ...] = (
        kwargs.get("inpath"),
        kwargs.get("indata"),
        kwargs.get("outpath"),
        "pdf",
        None,  # filter: chosen by unoserver from "pdf"
        [],
        False,  # update_index: no tables of contents to update, and it costs time
        None,
        None,
    )
    try:
        return _proxy(host, port, timeout).convert(*args)
    except xmlrpc.client.Fault as fault:
        raise PdfError(f"LibreOffice gagal membuat PDF ({_fault_line(fault)})") from None
    except (OSError, http.client.HTTPException, xmlrpc.client.ProtocolError) as exc:
        raise WorkerLost(f"{host}:{port}: {exc}") from exc


def _fault_line(fault: xmlrpc.client.Fault) -> str:
    lines = [line for line in str(fault.faultString).splitlines() if line.strip()]
    return lines[-1].strip() if lines else "tanpa pesan"


def responds(host: str, port: int, timeout: float = 5.0) -> bool:
    """Return whether an unoserver answers at host:port."""
    try:
        _proxy(host, port, timeout).system.listMethods()
    except (OSError, http.client.HTTPException, xmlrpc.client.Error):
        return False
    return True


# --------------------------------------------------------------------------- a Python with uno


@functools.lru_cache(maxsize=1)
def find_uno_python() -> str | None:
    """Return a Python that can import LibreOffice's `uno` (NASKAH_PYTHON_UNO, Debian's, LibreOffice's own)."""
    exe = soffice.find_soffice_or_none()
    bundled = [str(Path(exe).resolve().parent / name) for name in ("python", "python.exe")] if exe else []
    chosen = os.environ.get("NASKAH_PYTHON_UNO")
    candidates = [chosen] if chosen else [*_UNO_PYTHONS, *bundled, sys.executable]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and _imports_uno(candidate):
            return candidate
    return None


def _imports_uno(python: str) -> bool:
    try:
        result = subprocess.run([python, "-c", "import uno"], capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0


def unoserver_site() -> str:
    """Return the folder unoserver is installed in (naskah's environment), for the uno Python's sys.path."""
    spec = importlib.util.find_spec("unoserver")
    if spec is None or not spec.submodule_search_locations:
        return ""
    return str(Path(next(iter(spec.submodule_search_locations))).parent)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --------------------------------------------------------------------------- endpoints


class LocalServer:
    """An unoserver with its own LibreOffice and profile, started and stopped by naskah."""

    def __init__(
        self,
        python: str,
        *,
        name: str = "pekerja",
        host: str = "127.0.0.1",
        port: int | None = None,
        also_remove: Path | None = None,
    ):
        self.python = python
        self.also_remove = also_remove
        self.name = name
        self.host = host
        self.fixed_port = port
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None
        self.folder: Path | None = None

    def start(self) -> None:
        """Start unoserver and wait until it answers; raise `PdfError` when it cannot start."""
        self.folder = Path(tempfile.mkdtemp(prefix="naskah-lo-"))
        profile = self.folder / "profil"
        self.port = self.fixed_port or free_port()
        uno_port = free_port()
        command = [
            self.python,
            str(WATCHDOG),
            os.pathsep.join(str(f) for f in (self.folder, self.also_remove) if f),
            unoserver_site(),
            str(uno_port),
            "--",
            "--interface",
            self.host,
            "--port",
            str(self.port),
            "--uno-port",
            str(uno_port),
            "--user-installation",
            str(profile),
            "--quiet",
        ]
        exe = soffice.find_soffice_or_none()
        if exe:
            command += ["--executable", exe]
        (self.folder / "tmp").mkdir()
        # LibreOffice's own temporary files go inside the worker's folder, so they go when it goes
        env = {**os.environ, "TMPDIR": str(self.folder / "tmp"), "TMP": str(self.folder / "tmp")}
        log = (self.folder / "log").open("wb")
        with log:
            self.process = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=log, stderr=log, env=env, start_new_session=os.name == "posix"
            )
        self._wait_until_ready()

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process is None or self.process.poll() is not None:
                break
            if responds(self.host, self.port, timeout=START_TIMEOUT):
                return
            time.sleep(0.1)
        detail = self._log_tail()
        self.stop()
        raise PdfError(f"LibreOffice (unoserver) tidak dapat dijalankan: {detail}; {soffice.INSTALL_HINT}")

    def _log_tail(self) -> str:
        try:
            text = (self.folder / "log").read_text(encoding="utf-8", errors="replace") if self.folder else ""
        except OSError:
            text = ""
        return soffice.last_line(text)

    def convert(self, source: Path, target: Path, timeout: float) -> None:
        if self.process is None or self.process.poll() is not None:
            raise WorkerLost(f"{self.name}: tidak berjalan")
        _call_convert(self.host, self.port, timeout, inpath=str(source), outpath=str(target))

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def restart(self) -> bool:
        self.stop()
        try:
            self.start()
        except PdfError:
            return False
        return True

    def stop(self) -> None:
        """Stop unoserver and LibreOffice and remove the profile; the watchdog does it when its input closes."""
        process, self.process = self.process, None
        if process is not None:
            _tell_stop(process)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:  # the watchdog itself hangs: kill it, then sweep after it
                process.kill()
                process.wait()
        if self.folder is not None:  # the watchdog removed it; this is for a watchdog that was killed
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def _tell_stop(process: subprocess.Popen[bytes]) -> None:
    if process.stdin is None:
        return
    try:
        process.stdin.write(b"stop\n")  # the watchdog keeps naskah's work folder: naskah still lives
        process.stdin.flush()
    except OSError:  # the watchdog is gone already
        pass
    try:
        process.stdin.close()
    except OSError:
        pass


class RemoteServer:
    """An unoserver on another machine: the .docx goes there as bytes and the PDF comes back."""

    def __init__(self, host: str, port: int):
        self.host = host
        self.port = port
        self.name = f"{host}:{port}"

    def start(self) -> None:
        """Nothing to start; a server that does not answer yet is tried again later."""

    def convert(self, source: Path, target: Path, timeout: float) -> None:
        data = xmlrpc.client.Binary(source.read_bytes())
        result = _call_convert(self.host, self.port, timeout, indata=data)
        if not isinstance(result, xmlrpc.client.Binary) or not result.data:
            raise WorkerLost(f"{self.name}: tidak mengirim PDF")
        target.write_bytes(result.data)

    def alive(self) -> bool:
        return responds(self.host, self.port)

    def restart(self) -> bool:
        """Someone else runs it: say whether it answers again (systemd or a container may have restarted it)."""
        return self.alive()

    def stop(self) -> None:
        """Not ours to stop."""


class SofficeEndpoint:
    """One ``soffice --convert-to pdf`` per chunk, each with a fresh profile: when no Python has `uno`."""

    def __init__(self, name: str = "soffice"):
        self.name = name

    def start(self) -> None:
        soffice.find_soffice()

    def convert(self, source: Path, target: Path, timeout: float) -> None:
        soffice.convert_to_pdf([source], target.parent, targets=[target], timeout=timeout)

    def alive(self) -> bool:
        return True

    def restart(self) -> bool:
        return True

    def stop(self) -> None:
        """Every run stops by itself."""
