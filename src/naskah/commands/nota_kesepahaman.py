"""`naskah nota-kesepahaman`: the memorandum (or perjanjian kerja sama) between the parties, one .docx."""

from __future__ import annotations

from pathlib import Path

from naskah.domain.loader import LoadedEvent
from naskah.rendering.output import OutputFolder, safe_filename


def punya_data(loaded: LoadedEvent) -> bool:
    """Return whether the event file names at least two parties and the memorandum settings."""
    berkas = loaded.berkas
    return len(berkas.pihak) >= 2 and berkas.nota_kesepahaman is not None


def nama_berkas(loaded: LoadedEvent) -> str:
    """Return the file name: 'nota-kesepahaman.docx' or 'perjanjian-kerja-sama.docx' after the chosen title."""
    judul = loaded.berkas.nota_kesepahaman.judul if loaded.berkas.nota_kesepahaman else "nota kesepahaman"
    return f"{safe_filename(judul.lower())}.docx"


def buat(loaded: LoadedEvent, keluaran: OutputFolder) -> list[Path]:
    """Write the memorandum of `loaded` into `keluaran`; return the file in a list."""
    from naskah.rendering import nota_context, registry
    from naskah.rendering.docx_engine import render_docx
    from naskah.rendering.filters import make_document_environment

    context = nota_context.susun(loaded)
    choice = registry.choose(loaded, "nota_kesepahaman")
    env = make_document_environment(sandboxed=choice.user_owned)
    target = keluaran.path_for(nama_berkas(loaded))
    render_docx(
        choice.source, context, target, env=env, page=nota_context.halaman(loaded), images=nota_context.gambar(loaded)
    )
    return [target]


def ringkasan(paths: list[Path]) -> str:
    """Return the summary line printed after the command."""
    return f"Selesai: {paths[0].stem.replace('-', ' ')} ditulis ke {paths[0]}."
