"""Nota kesepahaman: the memorandum (or perjanjian kerja sama) between the parties, one .docx."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from naskah.domain.loader import LoadedEvent
from naskah.errors import Problem
from naskah.jenis import _templates
from naskah.jenis.nota_kesepahaman import konteks
from naskah.keluaran import OutputFolder, safe_filename, tulis_docx


def punya_data(loaded: LoadedEvent) -> bool:
    """Return whether the event file names at least two parties and the memorandum settings."""
    berkas = loaded.berkas
    return len(berkas.pihak) >= 2 and berkas.nota_kesepahaman is not None


def periksa(loaded: LoadedEvent) -> list[Problem]:
    """Return the memorandum's own warnings: none beyond the loader's (its numbers may be 'otomatis', taken later)."""
    return []


def isi(loaded: LoadedEvent) -> str:
    """Return how `periksa` names what will be written."""
    return nama_berkas(loaded).removesuffix(".docx").replace("-", " ")


def jumlah_langkah(loaded: LoadedEvent, **_: Any) -> int:
    """Return the number of documents written one by one."""
    return 1


def nama_berkas(loaded: LoadedEvent) -> str:
    """Return the file name: 'nota-kesepahaman.docx' or 'perjanjian-kerja-sama.docx' after the chosen title."""
    judul = loaded.berkas.nota_kesepahaman.judul if loaded.berkas.nota_kesepahaman else "nota kesepahaman"
    return f"{safe_filename(judul.lower())}.docx"


def buat(loaded: LoadedEvent, keluaran: OutputFolder, **_: Any) -> list[Path]:
    """Write the memorandum of `loaded` into `keluaran`; return the file in a list."""
    context = konteks.susun(loaded)
    template = _templates.prepare(
        loaded, "nota_kesepahaman", page=konteks.halaman(loaded), images=konteks.gambar(loaded)
    )
    target = keluaran.path_for(nama_berkas(loaded))
    return [tulis_docx(template, template.render_part_xml(context), target)]


def ringkasan(loaded: LoadedEvent, paths: list[Path], detik: float, **_: Any) -> str:
    """Return the summary line printed after the command."""
    return f"Selesai: {paths[0].stem.replace('-', ' ')} ditulis ke {paths[0]}."


def contoh_konteks(templat: str, loaded: LoadedEvent) -> list[Mapping[str, Any]]:
    """Return the contexts the memorandum template is filled with for `loaded`."""
    return [konteks.susun(loaded)]
