"""`naskah periksa`: validate an event file and summarise what it can produce."""

from __future__ import annotations

from pathlib import Path

from naskah.domain import tanggal
from naskah.domain.loader import LoadedEvent, load_event


def check(path: Path) -> LoadedEvent:
    """Return the validated event at `path`; raise `InputFileError` listing every problem."""
    return load_event(path)


def summary(loaded: LoadedEvent) -> str:
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
    if loaded.warnings:
        lines.append(f"  {len(loaded.warnings)} peringatan (lihat di atas).")
    return "\n".join(lines)


def producible(loaded: LoadedEvent) -> list[str]:
    """Return the document kinds the event file has data for."""
    berkas = loaded.berkas
    kinds = []
    if berkas.surat and berkas.penandatangan and berkas.penerima:
        kinds.append(f"undangan ({len(berkas.penerima)} penerima)")
    if berkas.sambutan:
        kinds.append(f"sambutan ({len(berkas.sambutan)})")
    if berkas.susunan_acara:
        kinds.append("susunan acara")
    if berkas.penerima or not berkas.daftar_hadir.isi_dari_penerima:
        kinds.append("daftar hadir")
    if berkas.pihak and berkas.nota_kesepahaman:
        kinds.append("nota kesepahaman")
    return kinds
