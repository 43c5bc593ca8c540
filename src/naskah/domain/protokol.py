"""Tata tempat: rank hadirin by UU 9/2010 Pasal 9-11 and word the penghormatan lines of a sambutan."""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import TYPE_CHECKING

from naskah.domain.protokol_tabel import (
    ASISTEN,
    CAMAT,
    KAB_KOTA,
    KEPALA_DESA,
    KEPALA_PD,
    LURAH,
    NASIONAL,
    PROVINSI,
    STAF_AHLI,
    TABEL,
    UMUM,
    Entri,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "KAB_KOTA",
    "NASIONAL",
    "PROVINSI",
    "UMUM",
    "BarisHormat",
    "Hadirin",
    "HasilUrutan",
    "Peringkat",
    "baris_penghormatan",
    "cari_peringkat",
    "urutkan",
]

PENUTUP = "Hadirin yang berbahagia."
FORKOPIMDA, PERANGKAT_DAERAH, KEWILAYAHAN = "forkopimda", "perangkat_daerah", "kewilayahan"

# bagian -> rumpun; the dict order is the order §8 names them in a merged line.
_RUMPUN = {
    ASISTEN: PERANGKAT_DAERAH,
    STAF_AHLI: PERANGKAT_DAERAH,
    KEPALA_PD: PERANGKAT_DAERAH,
    CAMAT: KEWILAYAHAN,
    LURAH: KEWILAYAHAN,
    KEPALA_DESA: KEWILAYAHAN,
}
_AWALAN = {
    FORKOPIMDA: "Unsur Forum Koordinasi Pimpinan Daerah",
    PERANGKAT_DAERAH: "Para {bagian}",
    KEWILAYAHAN: "Para {bagian}",
}
_AKHIRAN = {FORKOPIMDA: " {wilayah}", PERANGKAT_DAERAH: " Lingkup Pemerintah {wilayah}", KEWILAYAHAN: " se-{wilayah}"}
_KEPALA_DAERAH = {"kota": "Wali Kota", "kabupaten": "Bupati", "provinsi": "Gubernur"}

_SAPAAN = re.compile(
    r"(?:yth|bapak|ibu|bpk|sdr|saudara|para|pj|pjs|plt|plh|penjabat(?: sementara)?|pelaksana (?:tugas|harian)) "
)
_POLA = tuple((re.compile(rf"(?:{entri.pola})\b"), entri) for entri in TABEL)


@dataclasses.dataclass(frozen=True)
class Hadirin:
    """One guest from the event file, as the penghormatan should name them."""

    jabatan: str
    nama: str | None = None
    mewakili: bool = False
    beserta: str | None = None
    kelompok: str | None = None


@dataclasses.dataclass(frozen=True)
class Peringkat:
    """The rank of an office: level (`tingkat`), Pasal letter (`huruf`), listing order inside it."""

    tingkat: int
    huruf: str
    urutan: int
    label: str
    forkopimda: bool

    @property
    def kunci(self) -> tuple[int, str, int]:
        """Return the §7 sort key ``(tingkat, huruf, urutan)``."""
        return (self.tingkat, self.huruf, self.urutan)


@dataclasses.dataclass(frozen=True)
class BarisHormat:
    """One penghormatan line, worded, with the hadirin it greets and the rank that placed it."""

    teks: str
    anggota: tuple[Hadirin, ...]
    peringkat: Peringkat | None


@dataclasses.dataclass(frozen=True)
class HasilUrutan:
    """Ordered penghormatan lines, and the jabatan the table does not know (for a warning)."""

    baris: tuple[BarisHormat, ...]
    tidak_dikenal: tuple[str, ...]


_PERINGKAT = {e: Peringkat(e.tingkat, e.huruf, e.urutan, e.label, e.forkopimda) for e in TABEL}


def _normal(jabatan: str) -> str:
    """Return `jabatan` lower-cased, without punctuation, sapaan or a Pj./Plt./Plh. prefix."""
    teks = re.sub(r"[.,;:()]", " ", jabatan.lower()).replace("walikota", "wali kota")
    teks = " ".join(teks.split())
    while awalan := _SAPAAN.match(teks):
        teks = teks[awalan.end() :]
    return teks


@functools.lru_cache(maxsize=1024)
def _entri(jabatan: str) -> Entri | None:
    """Return the table row matching the longest start of `jabatan`; a tie goes to the earlier row."""
    teks = _normal(jabatan)
    panjang = {entri: cocok.end() for pola, entri in _POLA if (cocok := pola.match(teks))}
    return max(panjang, key=panjang.__getitem__) if panjang else None


def cari_peringkat(jabatan: str) -> Peringkat | None:
    """Return the rank of `jabatan`, or None when the table does not know the office."""
    entri = _entri(jabatan)
    return None if entri is None else _PERINGKAT[entri]


def urutkan(
    hadirin: Sequence[Hadirin | str], *, wilayah: str | None = None, gabung_forkopimda: bool = True
) -> HasilUrutan:
    """Return `hadirin` as ordered, grouped penghormatan lines, unknown offices last.

    `wilayah` ("Kota Palopo") words the group lines; `gabung_forkopimda` merges Forkopimda members.
    """
    daftar = [h if isinstance(h, Hadirin) else Hadirin(jabatan=h) for h in hadirin]
    kelompok: dict[tuple[str, object], list[int]] = {}
    for indeks, orang in enumerate(daftar):
        kelompok.setdefault(_kunci_kelompok(indeks, orang, gabung_forkopimda), []).append(indeks)
    baris = [_baris(kunci, indeks, daftar, wilayah) for kunci, indeks in kelompok.items()]
    baris.sort(key=lambda pasangan: pasangan[0])
    tidak_dikenal = tuple(orang.jabatan for orang in daftar if _entri(orang.jabatan) is None)
    return HasilUrutan(tuple(b for _, b in baris), tidak_dikenal)


def baris_penghormatan(hasil: HasilUrutan, *, sapaan: str = "Yang saya hormati") -> list[str]:
    """Return one ``{sapaan}, ...;`` line per baris of `hasil`, closed by ``Hadirin yang berbahagia.``"""
    return [_kalimat(baris, sapaan) for baris in hasil.baris] + [PENUTUP]


def _kalimat(baris: BarisHormat, sapaan: str) -> str:
    """Return `baris` as a sentence; §8 greets narasumber and peserta without the sapaan."""
    if baris.peringkat is not None and baris.peringkat.tingkat == UMUM:
        return f"{baris.teks};"
    return f"{sapaan}, {baris.teks};"


def _kunci_kelompok(indeks: int, orang: Hadirin, gabung_forkopimda: bool) -> tuple[str, object]:
    """Return the line `orang` is greeted on: an explicit kelompok, a peer rumpun, or their own."""
    entri = _entri(orang.jabatan)
    if orang.kelompok:
        return ("kelompok", orang.kelompok)
    if entri is None:
        return ("sendiri", indeks)
    # Forkopimda merging is for the host daerah; provincial members keep their own lines.
    if gabung_forkopimda and entri.forkopimda and entri.tingkat == KAB_KOTA:
        return ("rumpun", FORKOPIMDA)
    if entri.bagian:
        return ("rumpun", _RUMPUN[entri.bagian])
    return ("sendiri", indeks)


def _kunci_urut(indeks: int, orang: Hadirin) -> tuple[int, tuple[int, str, int], int]:
    """Return the sort key of one guest: officials by §7, then unknown offices, then peserta."""
    peringkat = cari_peringkat(orang.jabatan)
    if peringkat is None:
        return (1, (0, "", 0), indeks)
    return (2 if peringkat.tingkat == UMUM else 0, peringkat.kunci, indeks)


def _baris(
    kunci: tuple[str, object], indeks: list[int], daftar: list[Hadirin], wilayah: str | None
) -> tuple[tuple[int, tuple[int, str, int], int], BarisHormat]:
    """Return one worded line and its sort key, which is that of its highest-ranked member."""
    urut = sorted((_kunci_urut(i, daftar[i]), daftar[i]) for i in indeks)
    anggota = tuple(orang for _, orang in urut)
    teks = _dasar(kunci, anggota, wilayah) + _ekor(anggota)
    return urut[0][0], BarisHormat(teks, anggota, cari_peringkat(anggota[0].jabatan))


def _dasar(kunci: tuple[str, object], anggota: tuple[Hadirin, ...], wilayah: str | None) -> str:
    """Return the line's wording before "beserta" and "atau yang mewakili"."""
    jenis, nilai = kunci
    if jenis == "kelompok":
        return str(nilai)
    if jenis == "rumpun" and len(anggota) > 1:
        return _sebut_rumpun(str(nilai), anggota, wilayah)
    return " ".join(anggota[0].jabatan.split())


def _sebut_rumpun(rumpun: str, anggota: tuple[Hadirin, ...], wilayah: str | None) -> str:
    """Return the merged wording of a peer group, e.g. ``Para Camat dan Lurah se-Kota Palopo``."""
    hadir = {entri.bagian for orang in anggota if (entri := _entri(orang.jabatan))}
    bagian = [_sebut_bagian(b, wilayah) for b in _RUMPUN if b in hadir]
    teks = _AWALAN[rumpun].format(bagian=_daftar(bagian))
    return (teks + _AKHIRAN[rumpun].format(wilayah=wilayah)) if wilayah else teks


def _sebut_bagian(bagian: str, wilayah: str | None) -> str:
    """Return `bagian` as named in a merged line: staf ahli belong to the kepala daerah."""
    if bagian != STAF_AHLI or not wilayah:
        return bagian
    kepala = _KEPALA_DAERAH.get(wilayah.split(" ", 1)[0].lower())
    return f"{bagian} {kepala}" if kepala else bagian


def _daftar(kata: list[str]) -> str:
    """Return ``A``, ``A dan B`` or ``A, B, dan C`` (EYD serial comma)."""
    if len(kata) < 3:
        return " dan ".join(kata)
    return ", ".join(kata[:-1]) + ", dan " + kata[-1]


def _ekor(anggota: tuple[Hadirin, ...]) -> str:
    """Return the `` beserta ...`` and `` atau yang mewakili`` tail shared by a line's members."""
    beserta = {orang.beserta for orang in anggota if orang.beserta}
    ekor = f" beserta {beserta.pop()}" if len(beserta) == 1 else ""
    return ekor + (" atau yang mewakili" if any(orang.mewakili for orang in anggota) else "")
