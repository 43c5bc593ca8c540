"""Choosing recipients: by kelompok, by row of the list, by a text match; and naming their letters.

One selection for every command that takes a list (`undangan`, `daftar-hadir`, `semua`): it runs on the
loaded event, before any document is rendered, and returns a new event holding only the chosen recipients.
Rows are the rows the clerk sees in Excel (the loader records each recipient's row); for recipients
written in the event file, their place in the list (1, 2, …).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from array import array
from collections.abc import Sequence

from naskah.domain import daftar_penerima, nama_berkas
from naskah.domain.loader import LoadedEvent, Sources
from naskah.domain.schema import Penerima
from naskah.errors import UsageError

_RANGE = re.compile(r"\s*(\d+)\s*(?:[-–]\s*(\d+)\s*)?")


@dataclasses.dataclass(frozen=True)
class Saringan:
    """The filters a command was given; all of them must hold for a recipient to be chosen."""

    kelompok: tuple[str, ...] = ()
    baris: str | None = None
    cari: str | None = None

    def kosong(self) -> bool:
        """Return whether no filter was given (every recipient stays)."""
        return not (self.kelompok or self.baris or self.cari)

    def uraian(self) -> str:
        """Return the filters as the clerk typed them, for messages."""
        parts = [f"--kelompok {name}" for name in self.kelompok]
        parts += [f"--baris {self.baris}"] if self.baris else []
        parts += [f"--cari {self.cari!r}"] if self.cari else []
        return " ".join(parts)


def pilih(loaded: LoadedEvent, saringan: Saringan) -> LoadedEvent:
    """Return `loaded` with only the recipients every filter of `saringan` keeps.

    Raise `UsageError` naming the filter when a filter is malformed or nothing is left.
    """
    if saringan.kosong():
        return loaded
    rows = nomor_baris(loaded)
    wanted_rows = baca_baris(saringan.baris) if saringan.baris else None
    groups = {_lipat(name) for name in saringan.kelompok}
    needle = _lipat(saringan.cari or "")
    keep = [
        index
        for index, penerima in enumerate(loaded.berkas.penerima)
        if (wanted_rows is None or rows[index] in wanted_rows)
        and (not groups or _lipat(penerima.kelompok or "") in groups)
        and (not needle or needle in _lipat(_teks_cari(penerima)))
    ]
    if not keep:
        raise UsageError(_pesan_kosong(loaded, saringan, rows))
    chosen = daftar_penerima.pilih(loaded.berkas.penerima, keep)  # a view: the recipients stay packed
    berkas = loaded.berkas.model_copy(update={"penerima": chosen})
    return dataclasses.replace(loaded, berkas=berkas, sources=_sources(loaded, array("I", (rows[i] for i in keep))))


def nomor_baris(loaded: LoadedEvent) -> Sequence[int]:
    """Return each recipient's row: its row in the list file, or its place (1, 2, …) in the event file."""
    count = len(loaded.berkas.penerima)
    if loaded.sources is not None and len(loaded.sources.penerima_rows) == count:
        return loaded.sources.penerima_rows
    return range(1, count + 1)


def baca_baris(spec: str) -> set[int]:
    """Return the rows named by `spec`, e.g. ``2-10,15``; raise `UsageError` when it is not that form."""
    rows: set[int] = set()
    for part in spec.split(","):
        match = _RANGE.fullmatch(part)
        if not match:
            raise UsageError(
                f"--baris {spec}: '{part.strip()}' bukan nomor baris; tulis nomor dan rentang, mis. --baris 2-10,15"
            )
        first, last = int(match.group(1)), int(match.group(2) or match.group(1))
        if last < first:
            raise UsageError(f"--baris {spec}: rentang {first}-{last} terbalik; tulis {last}-{first}")
        rows.update(range(first, last + 1))
    return rows


def _pesan_kosong(loaded: LoadedEvent, saringan: Saringan, rows: Sequence[int]) -> str:
    where = "bagian 'penerima' berkas acara"
    if loaded.sources is not None and loaded.sources.penerima_file is not None:
        where = loaded.sources.penerima_file.name
    hints = []
    if saringan.kelompok:
        present = sorted({p.kelompok for p in loaded.berkas.penerima if p.kelompok})
        hints.append(
            f"kelompok yang ada: {', '.join(present) if present else 'belum ada penerima yang diberi kelompok'}"
        )
    if saringan.baris and rows:
        hints.append(f"baris penerima: {min(rows)}–{max(rows)}")
    hint = f" ({'; '.join(hints)})" if hints else ""
    return f"tidak ada penerima di {where} yang cocok dengan {saringan.uraian()}{hint}"


def _sources(loaded: LoadedEvent, rows: Sequence[int]) -> Sources | None:
    if loaded.sources is None:
        return None
    return dataclasses.replace(loaded.sources, penerima_rows=rows)


def _teks_cari(penerima: Penerima) -> str:
    return " ".join(part for part in (penerima.nama, penerima.jabatan, penerima.instansi) if part)


def _lipat(text: str) -> str:
    """Return `text` folded for matching: no accents, no case, single spaces (``Pangéran`` ~ ``pangeran``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


def dengan_nama_berkas(loaded: LoadedEvent, pola: str | None) -> LoadedEvent:
    """Return `loaded` whose letters are named by `pola` (--nama-berkas) instead of gaya.nama_berkas."""
    if not pola:
        return loaded
    problems = nama_berkas.masalah_pola(pola)
    if problems:
        raise UsageError(f"--nama-berkas {pola!r}: {'; '.join(problems)}")
    instansi = loaded.berkas.instansi
    gaya = instansi.gaya.model_copy(update={"nama_berkas": pola})
    berkas = loaded.berkas.model_copy(update={"instansi": instansi.model_copy(update={"gaya": gaya})})
    return dataclasses.replace(loaded, berkas=berkas)
