"""The recipients of an event, kept compact: a `Penerima` model is built only when a writer takes it.

One pydantic model costs about 1.4 KB; 100,000 of them were most of a run's memory. The loader validates
each recipient once (keeping only its problems) and stores the validated values here, packed as text and
compressed in blocks of `BLOK` recipients, a few bytes each. Reading is by position or in order; a
selection (`--kelompok`, `--baris`) is a view holding positions only.
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, overload

from naskah.domain.schema import Penerima
from naskah.listlike import ListLike

KOLOM = tuple(Penerima.model_fields)
BLOK = 512
# Control characters the loader strips from every text, so they never occur in a value.
_PEMISAH, _KOSONG, _BARIS = "\x00", "\x01", "\x02"


class DaftarPenerima(ListLike[Penerima]):
    """An append-only, compact sequence of validated recipients."""

    def __init__(self, penerima: Iterable[Penerima] = ()) -> None:
        self._blok: list[bytes] = []  # every full block, compressed
        self._terbuka: list[str] = []  # the block being filled, packed but not yet compressed
        self._baca: tuple[int, list[str]] = (-1, [])  # the last block read, unpacked
        for item in penerima:
            self.tambah(item)

    def tambah(self, penerima: Penerima) -> None:
        """Append `penerima` (already validated)."""
        values = [getattr(penerima, name) for name in KOLOM]
        if any(isinstance(v, str) and (_PEMISAH in v or _KOSONG in v or _BARIS in v) for v in values):
            raise ValueError("teks penerima memuat karakter kendali")  # the loader strips them first
        self._terbuka.append(_PEMISAH.join(_KOSONG if v is None else v for v in values))
        if len(self._terbuka) == BLOK:
            self._blok.append(zlib.compress(_BARIS.join(self._terbuka).encode("utf-8")))
            self._terbuka = []

    def __len__(self) -> int:
        return len(self._blok) * BLOK + len(self._terbuka)

    @overload
    def __getitem__(self, index: int) -> Penerima: ...

    @overload
    def __getitem__(self, index: slice) -> list[Penerima]: ...

    def __getitem__(self, index: int | slice) -> Penerima | list[Penerima]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("penerima di luar daftar")
        block, place = divmod(index, BLOK)
        return _penerima(self._rows(block)[place])

    def __iter__(self) -> Iterator[Penerima]:
        for block in range(len(self._blok)):
            # Unpacked locally, not through the one-block cache: two loops over the list may interleave.
            yield from map(_penerima, _unpack(self._blok[block]))
        yield from map(_penerima, list(self._terbuka))

    def __repr__(self) -> str:
        return f"DaftarPenerima({len(self)} penerima)"

    def pilih(self, indices: Iterable[int]) -> Pilihan:
        """Return the recipients at `indices` (0-based, in that order) as a view."""
        return Pilihan(self, indices)

    def _rows(self, block: int) -> list[str]:
        if block == len(self._blok):
            return self._terbuka
        if self._baca[0] != block:
            self._baca = (block, _unpack(self._blok[block]))
        return self._baca[1]


class Pilihan(ListLike[Penerima]):
    """Some recipients of a `DaftarPenerima`, by position: what a selection keeps."""

    def __init__(self, daftar: DaftarPenerima, indices: Iterable[int]) -> None:
        self._daftar = daftar
        self._indices = array("I", indices)

    def __len__(self) -> int:
        return len(self._indices)

    @overload
    def __getitem__(self, index: int) -> Penerima: ...

    @overload
    def __getitem__(self, index: slice) -> list[Penerima]: ...

    def __getitem__(self, index: int | slice) -> Penerima | list[Penerima]:
        if isinstance(index, slice):
            return [self._daftar[i] for i in self._indices[index]]
        return self._daftar[self._indices[index]]

    def __iter__(self) -> Iterator[Penerima]:
        return (self._daftar[i] for i in self._indices)

    def __repr__(self) -> str:
        return f"Pilihan({len(self)} penerima)"

    def pilih(self, indices: Iterable[int]) -> Pilihan:
        """Return the recipients at `indices` of this selection, as a view of the same list."""
        return Pilihan(self._daftar, (self._indices[i] for i in indices))


def pilih(penerima: Sequence[Penerima], indices: Sequence[int]) -> Sequence[Penerima]:
    """Return the recipients of `penerima` at `indices`: a view of a compact list, else a plain list."""
    if isinstance(penerima, (DaftarPenerima, Pilihan)):
        return penerima.pilih(indices)
    return [penerima[i] for i in indices]


def _unpack(block: bytes) -> list[str]:
    return zlib.decompress(block).decode("utf-8").split(_BARIS)


def _penerima(row: str) -> Penerima:
    values: dict[str, Any] = {
        name: None if value == _KOSONG else value for name, value in zip(KOLOM, row.split(_PEMISAH), strict=True)
    }
    # Validated when it was stored. What `model_construct` does, without its per-field default lookups
    # (every field is given): a third of the time of checking a 100,000-row list went there.
    penerima = Penerima.__new__(Penerima)
    object.__setattr__(penerima, "__dict__", values)
    object.__setattr__(
        penerima, "__pydantic_fields_set__", {name for name, value in values.items() if value is not None}
    )
    object.__setattr__(penerima, "__pydantic_extra__", None)
    object.__setattr__(penerima, "__pydantic_private__", None)
    return penerima
