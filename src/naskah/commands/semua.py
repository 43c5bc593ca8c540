"""`naskah semua`: every document the event file has data for, into one folder (as each kind's command), all or nothing."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from naskah.agenda.penerbitan import terbitkan
from naskah.domain.loader import LoadedEvent
from naskah.errors import InputFileError, Problem
from naskah.jenis import JENIS, Jenis
from naskah.keluaran import OutputFolder

if TYPE_CHECKING:
    from naskah.pdf.config import PdfSettings


@dataclasses.dataclass(frozen=True)
class Hasil:
    """What `buat_semua` wrote for one kind of document."""

    naskah: Jenis
    folder: Path
    berkas: tuple[Path, ...]


def yang_ada(loaded: LoadedEvent) -> list[Jenis]:
    """Return the kinds of document the event file has data for, in the order they are written.

    The one place that decides it: `periksa`, `semua` and each kind's own command all ask here.
    """
    return [jenis for jenis in JENIS if jenis.modul().punya_data(loaded)]


def peringatan(loaded: LoadedEvent) -> list[Problem]:
    """Return the warnings the document kinds give before writing (e.g. hadirin the protocol table lacks)."""
    warnings: list[Problem] = []
    for jenis in yang_ada(loaded):
        warnings += [w for w in jenis.modul().periksa(loaded) if w not in warnings]
    return warnings


def buat_semua(
    loaded: LoadedEvent,
    keluaran: Path,
    *,
    timpa: bool,
    pdf: bool = False,
    lapor: Callable[[str], None] | None = None,
    pengaturan_pdf: PdfSettings | None = None,
    kemajuan_pdf: Callable[[int, int], None] | None = None,
) -> list[Hasil]:
    """Write every document of `loaded` into `keluaran`, as each kind's own command would; return what was written.

    One layout for `semua` and the single commands: ``naskah undangan -o X`` later replaces exactly the
    invitations ``semua -o X`` wrote. All or nothing: if any document (or its PDF) fails, every file this
    run created is removed again, and the folders it created as well. `lapor` hears the buku agenda
    numbers taken.
    """
    chosen = yang_ada(loaded)
    if not chosen:
        raise InputFileError(
            [
                Problem(
                    str(loaded.path),
                    "",
                    "berkas acara belum berisi data untuk naskah apa pun",
                    "isi misalnya 'surat', 'penandatangan' dan 'penerima' untuk undangan",
                )
            ]
        )
    from naskah.commands.buat import masukan

    # Numbers ('otomatis') are taken before the first file and marked failed if the run does not finish.
    kinds = [item.nama for item in chosen]
    with (
        terbitkan(loaded, keluaran, kinds, lapor) as terbit,
        OutputFolder(keluaran, overwrite=timpa, inputs=masukan(loaded)) as folder,
    ):
        results = []
        for item in chosen:
            folder.untuk(item.nama)
            results.append((item, folder, list(item.modul().buat(terbit.loaded, folder, kemajuan=lambda _: None))))
        if pdf:
            _add_pdfs(results, pengaturan_pdf, kemajuan_pdf)
        for item, _, paths in results:
            terbit.catat(paths, item.nama)
        return [Hasil(item, folder.path, tuple(paths)) for item, folder, paths in results]


def _add_pdfs(
    results: list[tuple[Jenis, OutputFolder, list[Path]]],
    pengaturan: PdfSettings | None,
    kemajuan: Callable[[int, int], None] | None,
) -> None:
    """Convert every document of the run on one pool of LibreOffice workers; add each PDF to its kind's list."""
    from naskah.pdf import step as pdf_step

    groups = [(folder, paths) for _, folder, paths in results]
    made = pdf_step.tambah_pdf(groups, pengaturan=pengaturan, kemajuan=kemajuan)
    for _, _, paths in results:
        stems = {p.stem for p in paths}
        paths += [p for p in made if p.stem in stems]


def ringkasan(results: list[Hasil], keluaran: Path) -> list[str]:
    """Return the lines printed after `semua`: per kind, how many files and where, then the total."""
    lines = []
    for hasil in results:
        kinds = ", ".join(f"{count} {suffix}" for suffix, count in _by_suffix(hasil.berkas).items())
        lines.append(f"  {hasil.naskah.label:<17} {kinds}")
    total = sum(len(h.berkas) for h in results)
    return [f"Ditulis ke {keluaran}:", *lines, f"Selesai: {total} berkas, {len(results)} jenis naskah."]


def _by_suffix(paths: tuple[Path, ...]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for path in paths:
        suffix = path.suffix.lstrip(".").lower() or "berkas"
        counts[suffix] = counts.get(suffix, 0) + 1
    return counts
