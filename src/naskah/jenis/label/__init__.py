"""Address labels: one print file of label sheets, the recipients in order after the labels skipped."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from naskah.docx.engine import RenderedDocument
from naskah.domain.loader import LoadedEvent
from naskah.errors import Problem
from naskah.keluaran import OutputFolder, gabungan

if TYPE_CHECKING:
    from naskah.docx import PreparedTemplate
    from naskah.domain.lembar_label import LembarLabel

NAMA_GABUNGAN = "label-gabungan.docx"


def punya_data(loaded: LoadedEvent) -> bool:
    """Return whether the event has recipients to print labels for."""
    return bool(loaded.berkas.penerima)


def periksa(loaded: LoadedEvent, *, lembar: str | None = None, **_: Any) -> list[Problem]:
    """Return the label warnings: an unverified preset sheet, addressees too long even at the smallest size."""
    from naskah.jenis._alamat import nama_penerima
    from naskah.jenis.label import konteks

    sheet = konteks.lembar(loaded, lembar)
    problems = []
    if not sheet.terverifikasi:
        problems.append(
            loaded.locate(
                "instansi.label.lembar",
                f"ukuran lembar label {sheet.nama} belum diverifikasi dari lembar pembuatnya ({sheet.sumber})",
                "cetak satu lembar uji di kertas biasa, tumpuk di atas lembar label, atau tulis "
                "label.ukuran_sendiri dari ukuran lembar Anda",
            )
        )
    batch = konteks.siapkan(loaded, sheet)
    for index, penerima in enumerate(loaded.berkas.penerima):
        if not batch.muat(penerima).pas:
            message = (
                f"alamat '{nama_penerima(penerima)}' terlalu panjang untuk label {sheet.nama}; sebagian bisa terpotong"
            )
            hint = "singkat jabatannya atau pilih label yang lebih besar"
            problems.append(loaded.locate(f"penerima[{index + 1}]", message, hint))
    return problems


def isi(loaded: LoadedEvent) -> str:
    """Return how `periksa` names what will be written."""
    from naskah.jenis.label import konteks

    sheet = konteks.lembar(loaded)
    count = len(loaded.berkas.penerima)
    return f"label ({count} penerima, {konteks.jumlah_lembar(sheet, count)} lembar {sheet.nama})"


def jumlah_langkah(loaded: LoadedEvent, **_: Any) -> int:
    """Return how many labels a run renders."""
    return len(loaded.berkas.penerima)


def buat(
    loaded: LoadedEvent,
    keluaran: OutputFolder,
    *,
    lembar: str | None = None,
    lewati: int = 0,
    kemajuan: Callable[[int], None] | None = None,
    **_: Any,
) -> list[Path]:
    """Write the label sheets of `loaded` into `keluaran`, leaving the first `lewati` labels of the first sheet."""
    from naskah.jenis.label import konteks

    sheet = konteks.lembar(loaded, lembar)
    konteks.periksa_lewati(sheet, lewati)
    batch = konteks.siapkan(loaded, sheet)
    (target,) = keluaran.paths_for([NAMA_GABUNGAN])
    template = prepare_template(loaded, sheet)
    step = kemajuan or (lambda _: None)
    numbered = list(enumerate(loaded.berkas.penerima))
    with gabungan(template, target) as merged:
        for page in konteks.per_lembar(numbered, sheet, lewati):
            cells: list[str | None] = []
            parts: Mapping[str, str] = {}
            for item in page:
                if item is None:
                    cells.append(None)
                    continue
                index, penerima = item
                rendered = template.render_part_xml(batch.untuk(penerima), untuk=loaded.nama_penerima(index, penerima))
                cells.append(rendered.body)
                parts = rendered.parts
                step(1)
            merged.add(RenderedDocument(konteks.tabel_lembar(sheet, cells), parts))
    return [target]


def prepare_template(loaded: LoadedEvent, sheet: LembarLabel) -> PreparedTemplate:
    """Return the label template on the sheet's paper."""
    from naskah.jenis import _templates
    from naskah.jenis.label.konteks import halaman

    return _templates.prepare(loaded, "label", page=halaman(sheet), images=_templates.office_images(loaded))


def contoh_konteks(templat: str, loaded: LoadedEvent) -> list[Mapping[str, Any]]:
    """Return the contexts the label template is filled with for `loaded` (for checking users' templates)."""
    from naskah.jenis.label import konteks

    batch = konteks.siapkan(loaded, konteks.lembar(loaded))
    return [batch.untuk(penerima) for penerima in loaded.berkas.penerima]


def ringkasan(loaded: LoadedEvent, paths: list[Path], detik: float, **opsi: Any) -> str:
    """Return the summary line printed after a run: labels, sheets, the sheet's name, where, how long."""
    from naskah.jenis.label import konteks

    sheet = konteks.lembar(loaded, opsi.get("lembar"))
    count, skipped = len(loaded.berkas.penerima), opsi.get("lewati") or 0
    sheets = math.ceil((count + skipped) / sheet.per_lembar)
    after = f", {skipped} label pertama dilewati" if skipped else ""
    seconds = f"{detik:.1f}".replace(".", ",")
    return (
        f"Selesai: {count} label di {sheets} lembar {sheet.nama} ({sheet.per_lembar} label per lembar{after}) "
        f"di berkas cetak {NAMA_GABUNGAN} ditulis ke {paths[0].parent} ({seconds} detik)."
    )
