"""Nota kesepahaman: the memorandum (or perjanjian kerja sama) between the parties, one .docx."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from naskah.domain.loader import LoadedEvent
from naskah.domain.schema import Pihak
from naskah.errors import Problem
from naskah.jenis import _templates
from naskah.jenis.nota_kesepahaman import konteks
from naskah.keluaran import OutputFolder, safe_filename, tulis_docx


def punya_data(loaded: LoadedEvent) -> bool:
    """Return whether the event file names a memorandum (two parties and its settings) or a PKS."""
    berkas = loaded.berkas
    return _ada_nota(loaded) or berkas.perjanjian_kerja_sama is not None


def _ada_nota(loaded: LoadedEvent) -> bool:
    berkas = loaded.berkas
    return len(berkas.pihak) >= 2 and berkas.nota_kesepahaman is not None


def periksa(loaded: LoadedEvent) -> list[Problem]:
    """Return the memorandum's own warnings: none beyond the loader's (its numbers may be 'otomatis', taken later)."""
    return []


def isi(loaded: LoadedEvent) -> str:
    """Return how `periksa` names what will be written."""
    return " dan ".join(nama.removesuffix(".docx").replace("-", " ") for nama, _, _ in _naskah(loaded))


def jumlah_langkah(loaded: LoadedEvent, **_: Any) -> int:
    """Return the number of documents written one by one: the memorandum, and the PKS when there is one."""
    return len(_naskah(loaded))


def _naskah(loaded: LoadedEvent) -> list[tuple[str, dict[str, Any], Sequence[Pihak]]]:
    """Return (file name, context, parties) of each agreement: the memorandum first, then the PKS that follows."""
    berkas = loaded.berkas
    hasil: list[tuple[str, dict[str, Any], Sequence[Pihak]]] = []
    if _ada_nota(loaded) or berkas.perjanjian_kerja_sama is None:
        hasil.append((nama_berkas(loaded), konteks.susun(loaded), berkas.pihak))
    pks = berkas.perjanjian_kerja_sama
    if pks is not None:
        nama = f"{safe_filename(pks.judul.lower())}.docx"
        if hasil and nama == hasil[0][0]:  # the memorandum carries the same title: keep both files
            nama = nama.removesuffix(".docx") + "-2.docx"
        hasil.append((nama, konteks.susun_pks(loaded), pks.pihak))
    return hasil


def nama_berkas(loaded: LoadedEvent) -> str:
    """Return the file name: 'nota-kesepahaman.docx' or 'perjanjian-kerja-sama.docx' after the chosen title."""
    judul = loaded.berkas.nota_kesepahaman.judul if loaded.berkas.nota_kesepahaman else "nota kesepahaman"
    return f"{safe_filename(judul.lower())}.docx"


def buat(loaded: LoadedEvent, keluaran: OutputFolder, **_: Any) -> list[Path]:
    """Write the memorandum (and the PKS made from the same event file) into `keluaran`; return the files."""
    naskah = _naskah(loaded)
    keluaran.check_free(nama for nama, _, _ in naskah)
    paths = []
    for nama, context, pihak in naskah:
        template = _templates.prepare(
            loaded, "nota_kesepahaman", page=konteks.halaman(loaded), images=konteks.gambar(loaded, pihak)
        )
        paths.append(tulis_docx(template, template.render_part_xml(context), keluaran.path_for(nama)))
    return paths


def ringkasan(loaded: LoadedEvent, paths: list[Path], detik: float, **_: Any) -> str:
    """Return the summary line printed after the command."""
    nama = " dan ".join(path.stem.replace("-", " ") for path in paths)
    return f"Selesai: {nama} ditulis ke {paths[0] if len(paths) == 1 else paths[0].parent}."


def contoh_konteks(templat: str, loaded: LoadedEvent) -> list[Mapping[str, Any]]:
    """Return the contexts the memorandum template is filled with for `loaded`."""
    return [context for _, context, _ in _naskah(loaded)]
