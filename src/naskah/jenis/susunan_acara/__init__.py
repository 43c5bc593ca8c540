"""Susunan acara: the rundown with its petugas table, and the naskah pembawa acara from the same rows."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from naskah.domain.loader import LoadedEvent
from naskah.domain.susunan import punya_susunan
from naskah.errors import Problem
from naskah.jenis import _templates
from naskah.jenis._common import halaman
from naskah.jenis.susunan_acara.konteks import pembawa_acara_context, susunan_context, susunan_dari
from naskah.keluaran import OutputFolder, tulis_docx

BERKAS = {"susunan_acara": "susunan-acara.docx", "pembawa_acara": "naskah-pembawa-acara.docx"}


def punya_data(loaded: LoadedEvent) -> bool:
    """Return whether the event file asks for a rundown (a preset or its own steps)."""
    return punya_susunan(loaded.berkas)


def periksa(loaded: LoadedEvent) -> list[Problem]:
    """Return the rundown's warnings (times, unknown hadirin); raise when an edit names a missing step."""
    return susunan_dari(loaded)[1]


def isi(loaded: LoadedEvent) -> str:
    """Return how `periksa` names what will be written."""
    return "susunan acara dan naskah pembawa acara"


def jumlah_langkah(loaded: LoadedEvent, **_: Any) -> int:
    """Return the number of documents written one by one."""
    return len(BERKAS)


def buat(loaded: LoadedEvent, keluaran: OutputFolder, **_: Any) -> list[Path]:
    """Write susunan-acara.docx and naskah-pembawa-acara.docx into `keluaran`; return them."""
    keluaran.check_free(BERKAS.values())
    return [
        _tulis(loaded, kind, context, keluaran.path_for(BERKAS[kind])) for kind, context in _contexts(loaded).items()
    ]


def _contexts(loaded: LoadedEvent) -> dict[str, Mapping[str, Any]]:
    berkas = loaded.berkas
    hasil = susunan_dari(loaded)[0]
    return {"susunan_acara": susunan_context(berkas, hasil), "pembawa_acara": pembawa_acara_context(berkas, hasil)}


def _tulis(loaded: LoadedEvent, kind: str, context: Mapping[str, Any], target: Path) -> Path:
    """Render `kind` into `target` on the office's letter paper; a user's own template keeps its page setup."""
    page = halaman(loaded.berkas.instansi.gaya.kertas)
    template = _templates.prepare(loaded, kind, page=page, user_page=False)
    return tulis_docx(template, template.render_part_xml(context), target)


def ringkasan(loaded: LoadedEvent, paths: list[Path], detik: float, **_: Any) -> str:
    """Return the summary line printed after the command."""
    return f"Susunan acara dan naskah pembawa acara ({len(paths)} berkas) ditulis ke {paths[0].parent}"


def contoh_konteks(templat: str, loaded: LoadedEvent) -> list[Mapping[str, Any]]:
    """Return the contexts template `templat` is filled with for `loaded`."""
    return [_contexts(loaded)[templat]]
