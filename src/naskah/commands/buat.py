"""One document kind's command (`naskah undangan`, `naskah sambutan`, …): load, check, write, convert."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from naskah.domain.loader import LoadedEvent
from naskah.errors import InputFileError, Problem
from naskah.jenis import Jenis
from naskah.keluaran import OutputFolder

if TYPE_CHECKING:
    from naskah.pdf.config import PdfSettings


@dataclasses.dataclass(frozen=True)
class Hasil:
    """What one kind's command wrote: its documents, their PDFs, and the summary line."""

    berkas: list[Path]
    pdf: list[Path]
    ringkasan: str


def wajib_ada(jenis: Jenis, loaded: LoadedEvent) -> None:
    """Raise `InputFileError` in the kind's own words when the event has no data for `jenis`.

    `periksa` and `semua` decide with the same `punya_data`, so the three never disagree.
    """
    if jenis.modul().punya_data(loaded):
        return
    empty = [key for key in jenis.kunci if not getattr(loaded.berkas, key, None)] or [jenis.kunci[0]]
    raise InputFileError(
        [loaded.locate(key, f"bagian '{key}' belum diisi untuk {jenis.label}", jenis.tanpa_data) for key in empty]
    )


def peringatan(jenis: Jenis, loaded: LoadedEvent) -> list[Problem]:
    """Return the kind's own warnings for `loaded` (raising on its own errors)."""
    return jenis.modul().periksa(loaded)


def masukan(loaded: LoadedEvent) -> list[Path]:
    """Return the files a run reads (event file, profile, list, templates, pictures): never overwritten by it."""
    berkas = loaded.berkas
    found = [loaded.path]
    if loaded.sources is not None:
        found += [doc.path for doc in (loaded.sources.profile,) if doc is not None]
        found += [loaded.sources.penerima_file] if loaded.sources.penerima_file is not None else []
    named: list[str | None] = [*berkas.templat.values(), *berkas.instansi.templat.values()]
    named += [getattr(berkas.instansi, key, None) for key in ("logo", "lambang_negara")]
    return found + [Path(name) for name in named if isinstance(name, str) and name]


def buat(
    jenis: Jenis,
    loaded: LoadedEvent,
    keluaran: Path,
    *,
    timpa: bool,
    pdf: bool = False,
    kemajuan: Callable[[int], None] = lambda _: None,
    lapor: Callable[[str], None] | None = None,
    pengaturan_pdf: PdfSettings | None = None,
    kemajuan_pdf: Callable[[int, int], None] | None = None,
    **opsi: Any,
) -> Hasil:
    """Write `jenis` for `loaded` into `keluaran` (and the PDFs); a failure removes everything this run created.

    A document that carries a number takes it from the buku agenda when the event says 'otomatis';
    `lapor` hears the numbers taken.
    """
    from naskah.agenda.penerbitan import terbitkan

    module = jenis.modul()
    started = time.perf_counter()
    with terbitkan(loaded, keluaran, (jenis.nama,), lapor) as terbit:
        with OutputFolder(keluaran, overwrite=timpa, inputs=masukan(loaded), jenis=jenis.nama) as folder:
            paths = module.buat(terbit.loaded, folder, kemajuan=kemajuan, **opsi)
            detik = time.perf_counter() - started
            pdfs = _pdfs(folder, paths, pengaturan_pdf, kemajuan_pdf) if pdf else []
        terbit.catat(paths)
        terbit.catat(pdfs)
    return Hasil(paths, pdfs, module.ringkasan(terbit.loaded, paths, detik, **opsi))


def _pdfs(
    folder: OutputFolder,
    paths: list[Path],
    pengaturan: PdfSettings | None,
    kemajuan: Callable[[int, int], None] | None,
) -> list[Path]:
    from naskah.pdf import step as pdf_step

    return pdf_step.tambah_pdf([(folder, paths)], pengaturan=pengaturan, kemajuan=kemajuan)
