"""Envelopes: one print file with an envelope per recipient, and one file per recipient on request."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from naskah.docx.engine import RenderedDocument
from naskah.domain.loader import LoadedEvent
from naskah.errors import Problem
from naskah.keluaran import OutputFolder, gabungan, tulis_docx

if TYPE_CHECKING:
    from naskah.docx import PreparedTemplate
    from naskah.domain.ukuran_amplop import UkuranAmplop

NAMA_GABUNGAN = "amplop-gabungan.docx"


def punya_data(loaded: LoadedEvent) -> bool:
    """Return whether the event has recipients to address envelopes to."""
    return bool(loaded.berkas.penerima)


def periksa(loaded: LoadedEvent, *, ukuran: str | None = None, **_: Any) -> list[Problem]:
    """Return a warning for every addressee too long for the address area even at the smallest size."""
    from naskah.jenis._alamat import nama_penerima
    from naskah.jenis.amplop import konteks

    size = konteks.ukuran(loaded, ukuran)
    batch = konteks.siapkan(loaded, size)
    problems = []
    for index, penerima in enumerate(loaded.berkas.penerima):
        if not batch.muat(penerima).pas:
            message = (
                f"alamat '{nama_penerima(penerima)}' terlalu panjang untuk amplop {size.nama} "
                "walau dengan huruf terkecil; sebagian bisa terpotong"
            )
            hint = "singkat jabatannya atau pilih amplop yang lebih besar"
            problems.append(loaded.locate(f"penerima[{index + 1}]", message, hint))
    return problems


def isi(loaded: LoadedEvent) -> str:
    """Return how `periksa` names what will be written."""
    return f"amplop ({len(loaded.berkas.penerima)} penerima, ukuran {loaded.berkas.instansi.amplop.ukuran})"


def jumlah_langkah(loaded: LoadedEvent, **_: Any) -> int:
    """Return how many envelopes a run renders."""
    return len(loaded.berkas.penerima)


def buat(
    loaded: LoadedEvent,
    keluaran: OutputFolder,
    *,
    ukuran: str | None = None,
    per_penerima: bool = False,
    kemajuan: Callable[[int], None] | None = None,
    **_: Any,
) -> Sequence[Path]:
    """Write the envelopes of `loaded` into `keluaran`: the print file, and with `per_penerima` one file each."""
    from naskah.jenis.amplop import konteks
    from naskah.jenis.undangan import nama_berkas

    size = konteks.ukuran(loaded, ukuran)
    batch = konteks.siapkan(loaded, size)
    # In the one output folder the invitation letters are '01-camat-bara.docx'; envelopes get their own prefix.
    singles = [f"amplop-{name}" for name in nama_berkas(loaded.berkas.penerima)] if per_penerima else []
    targets = keluaran.paths_for([*singles, NAMA_GABUNGAN])  # claimed before the first envelope is written
    template = prepare_template(loaded, size)
    step = kemajuan or (lambda _: None)
    with gabungan(template, targets[-1]) as merged:
        for index, penerima in enumerate(loaded.berkas.penerima):
            rendered = template.render_part_xml(batch.untuk(penerima), untuk=loaded.nama_penerima(index, penerima))
            rendered = RenderedDocument(konteks.regangkan(rendered.body, size), rendered.parts)
            if singles:
                tulis_docx(template, rendered, targets[index])
            merged.add(rendered)
            step(1)
    return targets


def prepare_template(loaded: LoadedEvent, size: UkuranAmplop) -> PreparedTemplate:
    """Return the envelope template on envelope `size`, with the office's logo (or none, per amplop.logo)."""
    from naskah.jenis import _templates
    from naskah.jenis.amplop.konteks import halaman

    images = _templates.office_images(loaded)
    if not loaded.berkas.instansi.amplop.logo:
        images["logo"] = _templates.BENING
    return _templates.prepare(loaded, "amplop", page=halaman(size), images=images)


def contoh_konteks(templat: str, loaded: LoadedEvent) -> list[Mapping[str, Any]]:
    """Return the contexts the envelope template is filled with for `loaded` (for checking users' templates)."""
    from naskah.jenis.amplop import konteks

    batch = konteks.siapkan(loaded, konteks.ukuran(loaded))
    return [batch.untuk(penerima) for penerima in loaded.berkas.penerima]


def ringkasan(loaded: LoadedEvent, paths: list[Path], detik: float, **opsi: Any) -> str:
    """Return the summary line printed after a run."""
    from naskah.jenis.amplop import konteks

    size = konteks.ukuran(loaded, opsi.get("ukuran"))
    count = len(loaded.berkas.penerima)
    singles = f" dan {len(paths) - 1} berkas per penerima" if len(paths) > 1 else ""
    seconds = f"{detik:.1f}".replace(".", ",")
    return (
        f"Selesai: {count} amplop {size.nama} ({size.tinggi:g} × {size.lebar:g} mm) di berkas cetak {NAMA_GABUNGAN}"
        f"{singles} ditulis ke {paths[0].parent} ({seconds} detik)."
    )
