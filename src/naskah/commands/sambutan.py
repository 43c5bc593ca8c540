"""`naskah sambutan`: one speech document per entry in the event's `sambutan`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from naskah.domain.loader import LoadedEvent
from naskah.domain.pejabat import jabatan_lengkap
from naskah.domain.schema import Sambutan
from naskah.errors import Problem
from naskah.rendering import registry
from naskah.rendering.docx_engine import PreparedTemplate
from naskah.rendering.filters import make_document_environment
from naskah.rendering.output import OutputFolder, safe_filename
from naskah.rendering.sambutan_context import halaman, peringatan_hadirin, sambutan_context


def punya_data(loaded: LoadedEvent) -> bool:
    """Return whether the event file has at least one speech."""
    return bool(loaded.berkas.sambutan)


def peringatan(loaded: LoadedEvent) -> list[Problem]:
    """Return the warnings worth showing before writing: hadirin offices the precedence table does not know."""
    return peringatan_hadirin(loaded) if punya_data(loaded) else []


def nama_berkas(nomor: int, item: Sambutan) -> str:
    """Return ``sambutan-1-penjabat-wali-kota-palopo.docx``."""
    return f"sambutan-{nomor}-{safe_filename(jabatan_lengkap(item.oleh).lower())}.docx"


def buat(loaded: LoadedEvent, keluaran: OutputFolder, **opsi: Any) -> list[Path]:
    """Write one speech per `sambutan` entry into `keluaran`; return the files written."""
    berkas = loaded.berkas
    template = _templat(loaded)
    hasil: list[Path] = []
    for nomor, item in enumerate(berkas.sambutan, start=1):
        target = keluaran.path_for(nama_berkas(nomor, item))
        template.write_docx(template.render_part_xml(sambutan_context(item, berkas)), target)
        hasil.append(target)
    return hasil


def _templat(loaded: LoadedEvent) -> PreparedTemplate:
    """Return the speech template prepared once; a user's own template keeps its own page setup."""
    choice = registry.choose(loaded, "sambutan")
    env = make_document_environment(sandboxed=choice.user_owned)
    page = None if choice.user_owned else halaman(loaded.berkas.instansi.gaya)
    return PreparedTemplate.load(choice.source, env, page=page)
