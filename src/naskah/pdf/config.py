"""How `--pdf` converts: local workers, servers elsewhere, chunk size, time limit; from options, env or a file.

Precedence: command-line options, then environment variables, then the configuration file, then defaults.

- ``--pdf-server HOST:PORT`` (repeatable) / ``NASKAH_PDF_SERVER="host:port,host:port"`` / ``pdf.server``
- ``--pdf-pekerja N`` / ``NASKAH_PDF_PEKERJA`` / ``pdf.pekerja``: local LibreOffice workers (default: one per
  core, none when servers are given)
- ``NASKAH_PDF_POTONGAN`` / ``pdf.potongan``: letters per chunk (default 50, measured cheapest per page)
- ``NASKAH_PDF_BATAS_WAKTU`` / ``pdf.batas_waktu``: seconds a chunk may take before its worker is restarted

The file is ``$NASKAH_KONFIG``, else ``$XDG_CONFIG_HOME/naskah/naskah.yaml`` (``~/.config/naskah/naskah.yaml``).
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from naskah.errors import UsageError

DEFAULT_CHUNK = 50
_ADDRESS = re.compile(r"^\[?(?P<host>[A-Za-z0-9_.:-]+?)\]?:(?P<port>\d{1,5})$")


@dataclasses.dataclass(frozen=True)
class PdfSettings:
    servers: tuple[tuple[str, int], ...] = ()
    workers: int | None = None
    chunk: int = DEFAULT_CHUNK
    timeout: float | None = None
    attempts: int = 3

    def local_workers(self, cores: int | None = None) -> int:
        """Return how many local workers to start: the setting, else none beside servers, else one per core."""
        if self.workers is not None:
            return self.workers
        return 0 if self.servers else max(1, cores or os.cpu_count() or 1)


def parse_address(text: str, where: str) -> tuple[str, int]:
    """Return (host, port) of 'HOST:PORT'; raise `UsageError` naming `where` when it is not one."""
    match = _ADDRESS.match(text.strip())
    if not match or not 0 < int(match["port"]) < 65536:
        raise UsageError(f"{where}: '{text}' bukan alamat server PDF; tulis HOST:PORT, mis. 192.168.1.20:2003")
    return match["host"], int(match["port"])


def config_path(environ: Mapping[str, str]) -> Path:
    if environ.get("NASKAH_KONFIG"):
        return Path(environ["NASKAH_KONFIG"])
    base = Path(environ["XDG_CONFIG_HOME"]) if environ.get("XDG_CONFIG_HOME") else Path.home() / ".config"
    return base / "naskah" / "naskah.yaml"


def load_settings(
    servers: Sequence[str] = (), workers: int | None = None, environ: Mapping[str, str] | None = None
) -> PdfSettings:
    """Return the settings from the options given, then the environment, then the configuration file."""
    environ = os.environ if environ is None else environ
    path = config_path(environ)
    from_file = _read_file(path)
    where_file = f"{path} (pdf)"
    server_texts: list[tuple[str, str]] = [(s, "--pdf-server") for s in servers]
    if not server_texts and environ.get("NASKAH_PDF_SERVER"):
        items = re.split(r"[,\s]+", environ["NASKAH_PDF_SERVER"].strip())
        server_texts = [(s, "NASKAH_PDF_SERVER") for s in items if s]
    if not server_texts:
        listed = from_file.get("server") or []
        listed = [listed] if isinstance(listed, str) else listed
        server_texts = [(str(s), f"{where_file}.server") for s in listed]
    return PdfSettings(
        servers=tuple(parse_address(text, where) for text, where in server_texts),
        workers=workers if workers is not None else _number(environ, from_file, "PEKERJA", "pekerja", path, int),
        chunk=_number(environ, from_file, "POTONGAN", "potongan", path, int) or DEFAULT_CHUNK,
        timeout=_number(environ, from_file, "BATAS_WAKTU", "batas_waktu", path, float),
    )


def _number(environ: Mapping[str, str], from_file: dict[str, Any], env: str, key: str, path: Path, kind: type) -> Any:
    name = f"NASKAH_PDF_{env}"
    text, where = (environ[name], name) if environ.get(name) else (from_file.get(key), f"{path} (pdf.{key})")
    if text is None:
        return None
    try:
        value = kind(text)
    except (TypeError, ValueError):
        value = -1
    if value < 0 or isinstance(text, bool):
        raise UsageError(f"{where}: '{text}' bukan bilangan yang dapat dipakai; tulis bilangan bulat positif, mis. 2")
    return value


def _read_file(path: Path) -> dict[str, Any]:
    """Return the ``pdf:`` mapping of the configuration file, or {} when there is no file."""
    if not path.is_file():
        return {}
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise UsageError(f"{path}: berkas konfigurasi tidak dapat dibaca ({exc.__class__.__name__})") from exc
    section = data.get("pdf") if isinstance(data, dict) else None
    if section is None:
        return {}
    if not isinstance(section, dict):
        raise UsageError(f"{path}: 'pdf' harus berupa pemetaan, mis. 'pdf: {{server: [192.168.1.20:2003]}}'")
    return section
