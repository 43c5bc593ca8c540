"""`naskah periksa`: validate an event file and summarise what it can produce."""

from __future__ import annotations

from pathlib import Path

from naskah.agenda.penerbitan import pratinjau
from naskah.domain import tanggal
from naskah.domain.loader import LoadedEvent, load_event
from naskah.errors import AgendaError, Problem


def check(path: Path, baris_judul: int | None = None) -> tuple[LoadedEvent, list[Problem]]:
    """Return the validated event at `path` and every warning, the documents' own included.

    The documents' checks (hadirin the protocol table lacks, rundown edits naming a missing step)
    run here too, so `periksa` reports what `semua` would; raise `InputFileError` on any error.
    """
    from naskah.commands import semua

    loaded = load_event(path, baris_judul=baris_judul)
    return loaded, list(loaded.warnings) + semua.peringatan(loaded)


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
