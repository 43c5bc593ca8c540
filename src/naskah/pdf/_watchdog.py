"""Run one unoserver (and its LibreOffice) for naskah, and clean up after it whatever happens to naskah.

Started by `naskah.pdf.server` as a script under a Python that has LibreOffice's `uno` module (Debian's
/usr/bin/python3 with python3-uno); it uses the standard library only, because that Python does not have
naskah's packages. It starts unoserver in a session of its own, then waits for either to end:

- its standard input closing: after ``stop`` when naskah stops the worker, without it when naskah died (a
  pipe closes even on SIGKILL),
- unoserver exiting (LibreOffice crashed, or unoserver's own conversion timeout fired).

Either way it kills unoserver's whole process group (unoserver, oosplash, soffice.bin) and removes the
LibreOffice profile folder, so nothing of a run is left running or left in the temporary folder.

python3 _watchdog.py FOLDERS UNOSERVER_SITE UNO_PORT -- UNOSERVER_ARGS...

FOLDERS (separated by os.pathsep): the first, the worker's own, is removed when it ends; the others (naskah's
work folder) only when naskah itself has died (no ``stop``), since naskah restarts workers while it still needs them.
"""

import os
import shutil
import signal
import subprocess
import sys
import threading
import time

# Runs inside the unoserver process: makes unoserver importable from naskah's environment, and replaces its
# fixed five-second wait for LibreOffice with a wait for LibreOffice's UNO port (usually well under 2 s).
BOOT = r"""
import socket, sys, time as _time, types
site, uno_port = sys.argv[1], int(sys.argv[2])
if site:
    sys.path.append(site)
import unoserver.server as server

class _Clock(types.ModuleType):
    waited = False
    def __getattr__(self, name):
        return getattr(_time, name)
    def sleep(self, seconds):
        if not self.waited:
            self.waited = True
            deadline = _time.monotonic() + 120
            while _time.monotonic() < deadline:
                try:
                    socket.create_connection(("127.0.0.1", uno_port), timeout=1).close()
                    return
                except OSError:
                    _time.sleep(0.05)
            return
        _time.sleep(min(seconds, 0.5))

server.time = _Clock("time")
sys.argv = ["unoserver", *sys.argv[3:]]
sys.exit(server.main())
"""


def main() -> int:
    folders, site, uno_port = sys.argv[1].split(os.pathsep), sys.argv[2], sys.argv[3]
    args = sys.argv[sys.argv.index("--") + 1 :]
    _become_subreaper()
    ended = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", signal.SIGTERM)):
        signal.signal(signum, lambda *_: ended.set())  # treated like naskah closing the pipe
    child = subprocess.Popen(
        [sys.executable, "-c", BOOT, site, uno_port, *args], stdin=subprocess.DEVNULL, start_new_session=True
    )
    told = threading.Event()  # naskah wrote "stop" before closing: it is alive and keeps its work folder
    threading.Thread(target=_wait_for_eof, args=(ended, told), daemon=True).start()
    threading.Thread(target=_wait_for_child, args=(child, ended), daemon=True).start()
    try:
        while not ended.wait(1):
            pass
    finally:
        _kill_group(child)
        for folder in folders[:1] if told.is_set() else folders:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


def _wait_for_child(child: subprocess.Popen, ended: threading.Event) -> None:
    child.wait()
    ended.set()


def _wait_for_eof(ended: threading.Event, told: threading.Event) -> None:
    try:
        while data := os.read(0, 1024):
            if b"stop" in data:
                told.set()
    except OSError:
        pass
    ended.set()


def _become_subreaper() -> None:
    """On Linux, adopt LibreOffice's orphans (soffice.bin outlives oosplash), so they are reaped here, not left."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def _kill_group(child: subprocess.Popen) -> None:
    try:
        if hasattr(os, "killpg"):
            os.killpg(child.pid, signal.SIGKILL)
        else:  # Windows: no process groups; LibreOffice ends with unoserver's pipe
            child.kill()
    except OSError:
        pass
    child.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:  # reap every adopted descendant too
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except OSError:  # ChildProcessError: none left
            return
        if pid == 0:
            time.sleep(0.05)


if __name__ == "__main__":
    sys.exit(main())
