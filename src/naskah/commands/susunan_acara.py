"""`naskah susunan-acara`: the rundown with its petugas table, and the naskah pembawa acara from the same rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from naskah.domain.loader import LoadedEvent
from naskah.domain.susunan import punya_susunan
from naskah.errors import Problem
from naskah.rendering import registry
from naskah.rendering.context import halaman
from naskah.rendering.docx_engine import render_docx
from naskah.rendering.filters import make_document_environment
from naskah.rendering.output import OutputFolder
from naskah.rendering.susunan_context import pembawa_acara_context, susunan_context, susunan_dari

BERKAS = {"susunan_acara": "susunan-acara.docx", "pembawa_acara": "naskah-pembawa-acara.docx"}


def punya_data(loaded: LoadedEvent) -> bool:
    """Return whether the event file asks for a rundown (a preset or its own steps)."""
    return punya_susunan(loaded.berkas)


def peringatan(loaded: LoadedEvent) -> list[Problem]:
    """Return the rundown's warnings (times, unknown hadirin); raise when an edit names a missing step."""
    return susunan_dari(loaded)[1] if punya_data(loaded) else []


def buat(loaded: LoadedEvent, keluaran: OutputFolder, **opsi: Any) -> list[Path]:
    """Write susunan-acara.docx and naskah-pembawa-acara.docx into `keluaran`; return them."""
    berkas = loaded.berkas
    hasil = susunan_dari(loaded)[0]
    contexts = {"susunan_acara": susunan_context(berkas, hasil), "pembawa_acara": pembawa_acara_context(berkas, hasil)}
    keluaran.check_free(BERKAS.values())
    return [_tulis(loaded, kind, context, keluaran.path_for(BERKAS[kind])) for kind, context in contexts.items()]


def _tulis(loaded: LoadedEvent, kind: str, context: dict[str, Any], target: Path) -> Path:
    """Render `kind` into `target` on the office's letter paper; a user's own template keeps its page setup."""
    choice = registry.choose(loaded, kind)
    env = make_document_environment(sandboxed=choice.user_owned)
    page = None if choice.user_owned else halaman(loaded.berkas.instansi.gaya.kertas)
    return render_docx(choice.source, context, target, env=env, page=page)
