"""Surat undangan: one letter per recipient and one print file from one rendering loop, or the daftar letter."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from naskah.domain.loader import LoadedEvent
from naskah.domain.schema import BerkasAcara, Penerima
from naskah.errors import InputFileError, Problem, UsageError
from naskah.keluaran import OutputFolder, gabungan, tulis_docx

if TYPE_CHECKING:
    from naskah.docx import PreparedTemplate
    from naskah.jenis.undangan.konteks import Undangan

PER_PENERIMA, GABUNGAN, DAFTAR, BERNOMOR = "per-penerima", "gabungan", "daftar", "bernomor"
NAMA_GABUNGAN = "undangan-gabungan.docx"
NAMA_DAFTAR = "undangan-daftar.docx"
NAMA_BERNOMOR = "undangan-bernomor.docx"


def punya_data(loaded: LoadedEvent) -> bool:
    """Return whether the event file has what an invitation needs: surat, penandatangan, penerima."""
    berkas = loaded.berkas
    return bool(berkas.surat and berkas.penandatangan and berkas.penerima)


def rencana(berkas: BerkasAcara, *, hanya: str | None = None, daftar: bool | None = None) -> set[str]:
    """Return which outputs to write: per-recipient letters, the merged print file, the daftar letter.

    `daftar` True/False forces the DAFTAR UNDANGAN letter alone / never (surat.daftar_undangan 'ya'/'tidak');
    None follows the event file, where 'otomatis' writes the per-recipient letters and, once the recipients
    exceed gaya.ambang_daftar_undangan, the daftar letter as well. `hanya` keeps just that one output.
    """
    mode = {True: "ya", False: "tidak", None: berkas.surat.daftar_undangan if berkas.surat else "tidak"}[daftar]
    if daftar is None and berkas.surat and berkas.surat.tujuan_bernomor and not hanya:
        return {BERNOMOR}  # one letter to all, the addressees numbered under Yth.
    if mode == "ya":
        if hanya:
            msg = f"--hanya {hanya} tidak berlaku untuk surat dengan daftar undangan; tambahkan --tanpa-daftar"
            raise UsageError(msg)
        return {DAFTAR}
    if hanya:
        return {hanya}
    outputs = {PER_PENERIMA, GABUNGAN}
    if mode == "otomatis" and len(berkas.penerima) > berkas.instansi.gaya.ambang_daftar_undangan:
        outputs.add(DAFTAR)
    return outputs


def periksa(loaded: LoadedEvent) -> list[Problem]:
    """Return the invitation's own warnings (its number may be 'otomatis', taken later); a kop jabatan chosen
    without its lambang negara is an error (domain §3.1)."""
    from naskah.jenis.undangan import konteks

    errors, warnings = konteks.masalah_kop(loaded)
    if errors:
        raise InputFileError(errors)
    return warnings + _dua_kop(loaded)


def _dua_kop(loaded: LoadedEvent) -> list[Problem]:
    """Warn when the daftar letter has the office's own template but the per-recipient letters the built-in one."""
    berkas = loaded.berkas
    if berkas.surat is not None and berkas.surat.daftar_undangan == "ya":  # the daftar letter alone: one kop
        return []
    for key, level in (("templat", berkas.templat), ("instansi.templat", berkas.instansi.templat)):
        if level.get("undangan"):
            return []
        if level.get("undangan_daftar"):
            return [
                loaded.locate(
                    f"{key}.undangan_daftar",
                    "templat undangan_daftar sendiri dipakai, tetapi surat per penerima memakai templat bawaan "
                    "(dua kop dalam satu pengiriman)",
                    f"tulis juga {key}.undangan, mis. dari 'naskah templat salin undangan templat'",
                )
            ]
    return []


def isi(loaded: LoadedEvent) -> str:
    """Return how `periksa` names what will be written."""
    return f"undangan ({len(loaded.berkas.penerima)} penerima)"


def jumlah_langkah(loaded: LoadedEvent, *, hanya: str | None = None, daftar: bool | None = None, **_: Any) -> int:
    """Return how many recipients' letters a run renders one by one (0 when only the daftar letter is written)."""
    outputs = rencana(loaded.berkas, hanya=hanya, daftar=daftar)
    return len(loaded.berkas.penerima) if outputs & {PER_PENERIMA, GABUNGAN} else 0


def buat(
    loaded: LoadedEvent,
    keluaran: OutputFolder,
    *,
    hanya: str | None = None,
    daftar: bool | None = None,
    kemajuan: Callable[[int], None] | None = None,
    **_: Any,
) -> Sequence[Path]:
    """Write the invitations of `loaded` into `keluaran` and return the files written.

    `kemajuan(1)` is called after each recipient's letter (for a progress bar).
    """
    from naskah.jenis.undangan import konteks as undangan_context

    outputs = rencana(loaded.berkas, hanya=hanya, daftar=daftar)
    batch = undangan_context.siapkan(loaded)
    pola = loaded.berkas.instansi.gaya.nama_berkas
    letters = nama_berkas(loaded.berkas.penerima, pola) if PER_PENERIMA in outputs else []
    pairs = ((GABUNGAN, NAMA_GABUNGAN), (DAFTAR, NAMA_DAFTAR), (BERNOMOR, NAMA_BERNOMOR))
    others = [name for output, name in pairs if output in outputs]
    # Every name is claimed before the first letter: an existing file stops the run before anything is written.
    count = len(letters)
    letters.extend(others)  # one list of names, not a copy of 100,000
    targets = keluaran.paths_for(letters)
    named = dict(zip(others, targets[count:], strict=False))
    if outputs & {PER_PENERIMA, GABUNGAN}:
        _per_penerima(loaded, batch, targets[:count], named.get(NAMA_GABUNGAN), kemajuan or (lambda _: None))
    if DAFTAR in outputs:
        _daftar(loaded, batch, named[NAMA_DAFTAR])
    if BERNOMOR in outputs:
        template = prepare_template(loaded, "undangan")
        tulis_docx(template, template.render_part_xml(batch.bernomor(loaded.berkas)), named[NAMA_BERNOMOR])
    return targets


def _per_penerima(
    loaded: LoadedEvent,
    batch: Undangan,
    letters: Sequence[Path],
    merged_path: Path | None,
    kemajuan: Callable[[int], None],
) -> None:
    """Render each recipient once; the same rendering feeds its own file (if any) and the merged print file."""
    template = prepare_template(loaded, "undangan")
    with gabungan(template, merged_path) if merged_path else nullcontext() as merged:
        for index, item in enumerate(loaded.berkas.penerima):
            rendered = template.render_part_xml(batch.untuk(item), untuk=loaded.nama_penerima(index, item))
            if letters:
                tulis_docx(template, rendered, letters[index])
            if merged is not None:
                merged.add(rendered)
            kemajuan(1)


def _daftar(loaded: LoadedEvent, batch: Undangan, target: Path) -> None:
    from naskah.docx import RenderedDocument
    from naskah.jenis.undangan.lampiran import halaman_lampiran

    kind = templat_daftar(loaded)
    template = prepare_template(loaded, kind)
    context = batch.daftar(loaded.berkas)
    rendered = template.render_part_xml(context, untuk="surat dengan daftar undangan")
    if kind == "undangan":  # the office's own letter, the DAFTAR UNDANGAN page after it
        rendered = RenderedDocument(rendered.body + halaman_lampiran(context), rendered.parts)
    tulis_docx(template, rendered, target)


def templat_daftar(loaded: LoadedEvent) -> str:
    """Return which template writes the daftar letter: 'undangan_daftar', or 'undangan' plus the lampiran page.

    One mailing carries one kop. Where the event file (first) or the office profile names templates, the
    daftar letter follows that level: its `undangan_daftar` when given, else its `undangan` with the
    DAFTAR UNDANGAN page appended, never the built-in daftar letter beside the office's own invitation.
    """
    berkas = loaded.berkas
    for level in (berkas.templat, berkas.instansi.templat):
        if level.get("undangan_daftar"):
            return "undangan_daftar"
        if level.get("undangan"):
            return "undangan"
    return "undangan_daftar"


def prepare_template(loaded: LoadedEvent, kind: str) -> PreparedTemplate:
    """Return template `kind` ('undangan' or 'undangan_daftar') prepared once: paper, office images, strict env."""
    from naskah.jenis import _templates
    from naskah.jenis.undangan.konteks import halaman

    page = halaman(loaded.berkas.instansi.gaya)
    return _templates.prepare(loaded, kind, page=page, images=_templates.office_images(loaded))


def contoh_konteks(templat: str, loaded: LoadedEvent) -> list[Mapping[str, Any]]:
    """Return the contexts template `templat` is filled with for `loaded` (for checking users' templates)."""
    from naskah.jenis.undangan import konteks

    batch = konteks.siapkan(loaded)
    if templat == "undangan_daftar":
        return [batch.daftar(loaded.berkas)]
    if loaded.berkas.surat and loaded.berkas.surat.tujuan_bernomor:
        return [batch.bernomor(loaded.berkas)]
    return [batch.untuk(penerima) for penerima in loaded.berkas.penerima]


def nama_berkas(penerima: Iterable[Penerima], pola: str | None = None) -> list[str]:
    """Return the safe file names of the per-recipient letters: '01-camat-bara.docx', or from `pola`.

    `pola` (gaya.nama_berkas or --nama-berkas) names fields {urut}, {nama}, {jabatan}, {instansi}; each
    value is made safe for a file name before it is put in, and {urut} is zero-padded like the default.
    """
    from naskah.jenis.undangan.konteks import label_berkas

    # Counted, not copied: a list of every recipient's model would be most of a long run's memory.
    items = penerima if isinstance(penerima, Sequence) else list(penerima)
    total = len(items)
    if not pola:
        return [OutputFolder.numbered_name(i, total, label_berkas(p), ".docx") for i, p in enumerate(items, start=1)]
    width = len(str(max(total, 1)))
    return [f"{_dari_pola(pola, f'{i:0{width}d}', p)}.docx" for i, p in enumerate(items, start=1)]


def _dari_pola(pola: str, urut: str, penerima: Penerima) -> str:
    from naskah.domain.nama_berkas import isi_pola
    from naskah.keluaran import safe_filename

    values = {"urut": urut, "nama": penerima.nama, "jabatan": penerima.jabatan, "instansi": penerima.instansi}
    return safe_filename(isi_pola(pola, {key: safe_filename(value) if value else "" for key, value in values.items()}))


def ringkasan(loaded: LoadedEvent, paths: Sequence[Path], detik: float, **_: Any) -> str:
    """Return the summary line printed after a run: what was written, how many, where, how long."""
    names = {p.name for p in paths[-3:]}  # the single files come after the letters
    letters = len(paths) - (NAMA_GABUNGAN in names) - (NAMA_DAFTAR in names) - (NAMA_BERNOMOR in names)
    parts = []
    if letters:
        parts.append(f"{letters} surat undangan per penerima")
    if NAMA_GABUNGAN in names:
        parts.append(f"berkas cetak {NAMA_GABUNGAN}")
    if NAMA_DAFTAR in names:
        parts.append(f"surat dengan daftar undangan {NAMA_DAFTAR}")
    if NAMA_BERNOMOR in names:
        parts.append(f"satu surat untuk semua penerima {NAMA_BERNOMOR}")
    what = ", ".join(parts[:-1]) + (" dan " if len(parts) > 1 else "") + parts[-1]
    return f"Selesai: {what} ditulis ke {paths[0].parent} ({_detik(detik)} detik)."


def _detik(detik: float) -> str:
    return f"{detik:.1f}".replace(".", ",")  # Indonesian decimal comma
