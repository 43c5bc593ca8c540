"""Daftar hadir: one print file with a sheet per group of attendees, names pre-filled plus blank rows."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from naskah.domain.loader import LoadedEvent
from naskah.errors import Problem
from naskah.jenis import _templates
from naskah.jenis.daftar_hadir import konteks
from naskah.keluaran import OutputFolder, gabungan

NAMA_BERKAS = "daftar-hadir.docx"


def punya_data(loaded: LoadedEvent) -> bool:
    """Return whether there is a list to pre-fill, or blank sheets were asked for."""
    berkas = loaded.berkas
    return bool(berkas.penerima) or not berkas.daftar_hadir.isi_dari_penerima


def periksa(loaded: LoadedEvent) -> list[Problem]:
    """Return the sheet's own warnings; building it raises on settings that cannot be printed."""
    konteks.susun(loaded)
    return konteks.peringatan_lebar(loaded)


def isi(loaded: LoadedEvent) -> str:
    """Return how `periksa` names what will be written."""
    return "daftar hadir"


def jumlah_langkah(loaded: LoadedEvent, **_: Any) -> int:
    """Return the number of documents written one by one."""
    return 1


def buat(
    loaded: LoadedEvent,
    keluaran: OutputFolder,
    *,
    kosong_saja: bool = False,
    baris_kosong: str | None = None,
    orientasi: str | None = None,
    **_: Any,
) -> list[Path]:
    """Write the attendance sheets of `loaded` into `keluaran` as one file; return it in a list.

    `kosong_saja` leaves the names out (numbered blank rows only); `baris_kosong` ("15" or "20%")
    and `orientasi` ("potret"/"lanskap") override the event file's `daftar_hadir` settings.
    """
    susunan = konteks.susun(loaded, konteks.Opsi(kosong_saja, baris_kosong, orientasi))
    template = _templates.prepare(loaded, "daftar_hadir", page=susunan.page, images=_templates.office_images(loaded))
    target = keluaran.path_for(NAMA_BERKAS)
    # One file, one section per sheet: each group starts on a new page with its own kop and heading.
    with gabungan(template, target) as writer:
        for nomor, sheet in enumerate(susunan.lembar, start=1):
            writer.add(template.render_part_xml(sheet, untuk=f"lembar ke-{nomor}"))
    return [target]


def ringkasan(
    loaded: LoadedEvent,
    paths: list[Path],
    detik: float,
    *,
    kosong_saja: bool = False,
    baris_kosong: str | None = None,
    orientasi: str | None = None,
    **_: Any,
) -> str:
    """Return the summary line: sheets, rows, orientation, and where the file went."""
    susunan = konteks.susun(loaded, konteks.Opsi(kosong_saja, baris_kosong, orientasi))
    return (
        f"Selesai: daftar hadir {len(susunan.lembar)} lembar, {susunan.jumlah_baris} baris ({susunan.orientasi}) "
        f"ditulis ke {paths[0]}."
    )


def contoh_konteks(templat: str, loaded: LoadedEvent) -> list[Mapping[str, Any]]:
    """Return the contexts the attendance template is filled with for `loaded`."""
    return list(konteks.susun(loaded).lembar)
