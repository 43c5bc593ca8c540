"""`naskah daftar-hadir`: one print file with a sheet per group of attendees, names pre-filled plus blank rows."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from naskah.domain.loader import LoadedEvent
from naskah.rendering.output import OutputFolder

if TYPE_CHECKING:
    from naskah.rendering.daftar_hadir_context import Susunan
    from naskah.rendering.docx_engine import PreparedTemplate
    from naskah.rendering.page import PageSetup

NAMA_BERKAS = "daftar-hadir.docx"


def punya_data(loaded: LoadedEvent) -> bool:
    """Return whether there is a list to pre-fill, or blank sheets were asked for."""
    berkas = loaded.berkas
    return bool(berkas.penerima) or not berkas.daftar_hadir.isi_dari_penerima


def buat(
    loaded: LoadedEvent,
    keluaran: OutputFolder,
    *,
    kosong_saja: bool = False,
    baris_kosong: str | None = None,
    orientasi: str | None = None,
) -> list[Path]:
    """Write the attendance sheets of `loaded` into `keluaran` as one file; return it in a list.

    `kosong_saja` leaves the names out (numbered blank rows only); `baris_kosong` ("15" or "20%")
    and `orientasi` ("potret"/"lanskap") override the event file's `daftar_hadir` settings.
    """
    return [tulis(loaded, keluaran, kosong_saja=kosong_saja, baris_kosong=baris_kosong, orientasi=orientasi)[0]]


def tulis(loaded: LoadedEvent, keluaran: OutputFolder, **opsi: object) -> tuple[Path, Susunan]:
    """Write the attendance file as `buat` does; return its path and what it holds (for the summary)."""
    from naskah.rendering import daftar_hadir_context as dhc
    from naskah.rendering.docx_engine import MergedWriter

    susunan = dhc.susun(loaded, dhc.Opsi(**opsi))
    template = _template(loaded, susunan.page)
    target = keluaran.path_for(NAMA_BERKAS)
    # One file, one section per sheet: each group starts on a new page with its own kop and heading.
    with MergedWriter(template, target) as writer:
        for sheet in susunan.lembar:
            writer.add(template.render_part_xml(sheet))
    return target, susunan


def _template(loaded: LoadedEvent, page: PageSetup) -> PreparedTemplate:
    from naskah.rendering import registry
    from naskah.rendering.docx_engine import PreparedTemplate
    from naskah.rendering.filters import make_document_environment

    choice = registry.choose(loaded, "daftar_hadir")
    env = make_document_environment(sandboxed=choice.user_owned)
    return PreparedTemplate.load(choice.source, env, page=page, images=registry.images(loaded))


def ringkasan(target: Path, susunan: Susunan) -> str:
    """Return the summary line: sheets, rows, orientation, and where the file went."""
    sheets = len(susunan.lembar)
    return (
        f"Selesai: daftar hadir {sheets} lembar, {susunan.jumlah_baris} baris ({susunan.orientasi}) "
        f"ditulis ke {target}."
    )
