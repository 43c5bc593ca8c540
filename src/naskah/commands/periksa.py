"""`naskah periksa`: validate an event file and summarise what it can produce."""

from __future__ import annotations

from pathlib import Path

from naskah.agenda.penerbitan import pratinjau
from naskah.domain import tanggal
from naskah.domain.loader import LoadedEvent, load_event
from naskah.errors import AgendaError, InputFileError, NaskahError, Problem


def check(
    path: Path, baris_judul: int | None = None, penerima: Path | None = None
) -> tuple[LoadedEvent, list[Problem]]:
    """Return the validated event at `path` and every warning, the documents' own included.

    The documents' checks (hadirin the protocol table lacks, rundown edits naming a missing step)
    run here too, so `periksa` reports what `semua` would; so do the checks of every user template the
    event names. `penerima` is the list given with --penerima. Raise `InputFileError` on any error.
    """
    from naskah.commands import semua

    loaded = load_event(path, penerima=penerima, baris_judul=baris_judul)
    problems = periksa_templat(loaded)
    if problems:
        raise InputFileError(problems, loaded.warnings)
    return loaded, list(loaded.warnings) + semua.peringatan(loaded)


def templat_dinamai(loaded: LoadedEvent) -> list[tuple[str, str, Path]]:
    """Return every user template the event file or its office profile names: (key, kind, full path)."""
    berkas = loaded.berkas
    named = [(f"templat.{kind}", kind, Path(path)) for kind, path in berkas.templat.items()]
    named += [(f"instansi.templat.{kind}", kind, Path(path)) for kind, path in berkas.instansi.templat.items()]
    return named


def periksa_templat(loaded: LoadedEvent) -> list[Problem]:
    """Return the problems of every template the event or profile names, checked as `naskah templat periksa` does.

    Each problem names the template by its full path and says where the event file (or profile) names it.
    """
    from naskah.commands import templat

    problems = []
    for key, kind, path in templat_dinamai(loaded):
        where = loaded.locate(key, "")
        named_at = f"{where.file}:{where.line}" if where.line else where.file
        hint = f"dinamai di {named_at} ({key}); rinciannya: naskah templat periksa {path} --jenis {kind}"
        try:
            laporan = templat.periksa(path, kind)
        except NaskahError as exc:
            problems.append(Problem(str(path), "", str(exc).removeprefix(f"{path}: "), hint))
            continue
        problems += [Problem(str(path), "", _one_line(finding), hint) for finding in laporan.masalah]
    return problems


def _one_line(finding: object) -> str:
    return " ".join(str(finding).split())


def summary(loaded: LoadedEvent, warnings: list[Problem]) -> str:
    """Return the one-paragraph Indonesian summary printed after a successful check."""
    berkas = loaded.berkas
    acara = berkas.acara
    when = f"{tanggal.tanggal_panjang(acara.tanggal)}, {tanggal.rentang_waktu(acara.mulai, acara.selesai, acara.zona_waktu)}"
    documents = producible(loaded)
    lines = [
        f"{loaded.path}: sah.",
        f"  acara   : {acara.nama}",
        f"  waktu   : {when}",
        f"  tempat  : {acara.tempat}",
        f"  naskah  : {', '.join(documents) if documents else 'belum ada data naskah'}",
    ]
    lines += _nomor_agenda(loaded)
    if warnings:
        lines.append(f"  {len(warnings)} peringatan (lihat di atas).")
    return "\n".join(lines)


def producible(loaded: LoadedEvent) -> list[str]:
    """Return what `semua` would write for the event file, one entry per document kind."""
    from naskah.commands import semua

    return [jenis.modul().isi(loaded) for jenis in semua.yang_ada(loaded)]


def _nomor_agenda(loaded: LoadedEvent) -> list[str]:
    """Return the lines showing the numbers 'otomatis' would take now (none is taken)."""
    try:
        preview = pratinjau(loaded)
    except AgendaError as exc:  # the server may be down while the event file is being written
        return [f"  nomor   : otomatis (buku agenda belum dapat dibaca: {exc})"]
    return [
        f"  nomor   : {nomor} ({sumber}: otomatis; diambil dari buku agenda saat naskah dibuat)"
        for sumber, nomor in preview
    ]
