"""Layout harness (issue 11): many seeded events, rendered through LibreOffice, checked on the PDF geometry.

`jalankan(seeds, folder)` writes every kind of document of each event, converts them all in one soffice run
and checks the invariants of `tests.tata_letak.invarian`. The CI subset is tests/test_tata_letak.py; the
larger sweep is `make tata-letak` (python -m tests.tata_letak).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.tata_letak.invarian import Laporan, periksa
from tests.tata_letak.render import Dokumen, render_event, to_pdf


def harapan(dokumen: Dokumen, event_file: Path) -> dict[str, Any]:
    """Return the values `dokumen` prints where the invariants look for them, from naskah's own contexts."""
    from naskah.domain.loader import load_event
    from naskah.jenis import _common as context
    from naskah.jenis.nota_kesepahaman import konteks as nota
    from naskah.jenis.sambutan import konteks as sambutan
    from naskah.jenis.undangan import konteks as undangan

    loaded = load_event(event_file)
    berkas = loaded.berkas
    if dokumen.jenis == "undangan_daftar":  # the lampiran's lines as naskah broke them, too
        return _plain(undangan.siapkan(loaded).daftar(berkas))
    if dokumen.jenis == "undangan":
        return _plain(undangan.siapkan(loaded).bersama)
    if dokumen.jenis == "sambutan":
        return {"ttd": sambutan.penanda(berkas.sambutan[0], berkas)}
    if dokumen.jenis == "nota_kesepahaman":
        return {"ttd": nota._ttd(berkas.pihak, berkas.instansi.gaya)}
    if dokumen.jenis == "daftar_hadir":
        pejabat = berkas.daftar_hadir.penanggung_jawab or berkas.penandatangan
        return {
            "kop": context.kop(berkas.instansi),
            "tempat_tanggal": context.tempat_tanggal(berkas.acara.kota or berkas.instansi.kota, berkas.acara.tanggal),
            "ttd": context.ttd(pejabat, berkas.instansi.gaya) if pejabat else None,
        }
    return {}


def _plain(value: Any) -> Any:
    """Return `value` with the contexts' records (attribute objects) turned into dicts."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "__dict__"):
        return _plain(vars(value))
    return value


def jalankan(seeds: list[int], folder: Path) -> Laporan:
    """Render, convert and check every document of events `seeds` under `folder`; return the report."""
    documents: list[Dokumen] = []
    for seed in seeds:
        documents += render_event(folder / f"acara-{seed:05d}", seed)
    return check_all(documents, folder)


def check_all(documents: list[Dokumen], folder: Path) -> Laporan:
    """Convert `documents` with one LibreOffice run into `folder`/pdf and check them all."""
    to_pdf(documents, folder / "pdf")
    laporan = Laporan()
    for dokumen in documents:
        periksa(dokumen, harapan(dokumen, dokumen.docx.parents[2] / "acara-daftar.yaml"), laporan)
    return laporan
