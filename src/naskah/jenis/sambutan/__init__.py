"""Naskah sambutan: one speech document per entry in the event's `sambutan`."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from naskah.domain.loader import LoadedEvent
from naskah.domain.pejabat import jabatan_lengkap
from naskah.domain.schema import Sambutan
from naskah.errors import Problem
from naskah.jenis import _templates
from naskah.jenis.sambutan.konteks import halaman, peringatan_hadirin, sambutan_context
from naskah.keluaran import OutputFolder, safe_filename, tulis_docx


def punya_data(loaded: LoadedEvent) -> bool:
    """Return whether the event file has at least one speech."""
    return bool(loaded.berkas.sambutan)


def periksa(loaded: LoadedEvent) -> list[Problem]:
    """Return the warnings worth showing before writing: hadirin offices the precedence table does not know."""
    return peringatan_hadirin(loaded)


def isi(loaded: LoadedEvent) -> str:
    """Return how `periksa` names what will be written."""
    return f"sambutan ({len(loaded.berkas.sambutan)})"


def jumlah_langkah(loaded: LoadedEvent, **_: Any) -> int:
    """Return the number of documents written one by one."""
    return len(loaded.berkas.sambutan)


def nama_berkas(nomor: int, item: Sambutan) -> str:
    """Return ``sambutan-1-penjabat-wali-kota-palopo.docx``."""
    return f"sambutan-{nomor}-{safe_filename(jabatan_lengkap(item.oleh).lower())}.docx"


def buat(loaded: LoadedEvent, keluaran: OutputFolder, **_: Any) -> list[Path]:
    """Write one speech per `sambutan` entry into `keluaran`; return the files written."""
    berkas = loaded.berkas
    # A user's own template keeps its own page setup.
    template = _templates.prepare(loaded, "sambutan", page=halaman(berkas.instansi.gaya), user_page=False)
    hasil: list[Path] = []
    for nomor, item in enumerate(berkas.sambutan, start=1):
        target = keluaran.path_for(nama_berkas(nomor, item))
        rendered = template.render_part_xml(sambutan_context(item, berkas), untuk=f"sambutan ke-{nomor}")
        hasil.append(tulis_docx(template, rendered, target))
    return hasil


def ringkasan(loaded: LoadedEvent, paths: list[Path], detik: float, **_: Any) -> str:
    """Return the summary line printed after the command."""
    return f"{len(paths)} naskah sambutan ditulis ke {paths[0].parent}"


def contoh_konteks(templat: str, loaded: LoadedEvent) -> list[Mapping[str, Any]]:
    """Return the contexts the speech template is filled with for `loaded`."""
    return [sambutan_context(item, loaded.berkas) for item in loaded.berkas.sambutan]
