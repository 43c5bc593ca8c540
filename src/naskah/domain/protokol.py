"""Tata tempat: rank hadirin by UU 9/2010 Pasal 9-11 and word the penghormatan lines of a sambutan."""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import TYPE_CHECKING

from naskah.domain import wilayah as wilayah_mod
from naskah.domain.protokol_tabel import (
    ASISTEN,
    CAMAT,
    DI_PROVINSI,
    KAB,
    KAB_KOTA,
    KEPALA_DESA,
    KEPALA_PD,
    LURAH,
    NASIONAL,
    PROV,
    PROVINSI,
    SEBUTAN,
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
    "cakupan",
    "cari_peringkat",
    "menurut_sebutan",
    "tingkat_wilayah",
    "urutkan",
]

PENUTUP = "Hadirin yang berbahagia."
FORKOPIMDA, PERANGKAT_DAERAH, KEWILAYAHAN = "forkopimda", "perangkat_daerah", "kewilayahan"
FORKOPIMCAM = "forkopimcam"
# [P] Forkopimcam: the camat with the Danramil and Kapolsek; at a kecamatan's own event they share one line.
_FORKOPIMCAM = {"Unsur Forkopimcam", "Komandan Koramil", "Kepala Kepolisian Sektor"}

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
    FORKOPIMCAM: "Unsur Forum Koordinasi Pimpinan Kecamatan",
    PERANGKAT_DAERAH: "Para {bagian}",
    KEWILAYAHAN: "Para {bagian}",
}
_AKHIRAN = {
    FORKOPIMDA: " {wilayah}",
    FORKOPIMCAM: " {kecamatan}",
    PERANGKAT_DAERAH: " Lingkup Pemerintah {wilayah}",
    KEWILAYAHAN: " se-{wilayah}",
}
_KEPALA_DAERAH = {"kota": "Wali Kota", "kabupaten": "Bupati", "provinsi": "Gubernur"}

_SAPAAN = re.compile(
    r"(?:yth|bapak|ibu|bpk|sdr|saudara|para|pj|pjs|plt|plh|penjabat(?: sementara)?|pelaksana (?:tugas|harian)) "
)
_POLA = tuple((re.compile(rf"(?:{entri.pola})\b"), entri) for entri in TABEL)
_POLA_SEBUTAN = tuple((re.compile(rf"(?:{entri.pola})\b"), entri) for entri in SEBUTAN)
# The first place word decides whose office it is: "Kepala Dinas PMD Provinsi …" is provincial, "Ketua DPRD
# Kota Semarang" is not; "Staf Ahli Gubernur" belongs to the province, "Staf Ahli Bupati" to the kabupaten.
_PENANDA_TEMPAT = re.compile(
    r"\b(?:(?P<prov>provinsi|prov|pemprov|pemerintah provinsi|gubernur|sekdaprov)"
    r"|(?P<kab>kabupaten|kab|kota|kotamadya|kotamadia|bupati|kecamatan|pemkab|pemkot))\b"
)


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


def _normal(jabatan: str) -> str:
    """Return `jabatan` lower-cased, without punctuation, sapaan or a Pj./Plt./Plh. prefix."""
    teks = re.sub(r"[.,;:()]", " ", jabatan.lower()).replace("walikota", "wali kota")
    teks = " ".join(teks.split())
    while awalan := _SAPAAN.match(teks):
        teks = teks[awalan.end() :]
    return teks


def tingkat_wilayah(wilayah: str | None) -> int:
    """Return PROVINSI for a host written 'Provinsi Jawa Tengah' or 'DIY', else KAB_KOTA (kecamatan included)."""
    if not wilayah:
        return KAB_KOTA
    teks = _normal(wilayah)
    penanda = _PENANDA_TEMPAT.search(teks)
    if penanda:
        return PROVINSI if penanda.group("prov") else KAB_KOTA
    return PROVINSI if wilayah_mod.provinsi_di_akhir(teks) and not teks.startswith("se ") else KAB_KOTA


def cakupan(jabatan: str) -> str | None:
    """Return PROV or KAB when `jabatan` says whose office it is ("Sekda Jateng", "Ketua DPRD Kota Semarang")."""
    teks = _normal(jabatan)
    penanda = _PENANDA_TEMPAT.search(teks)
    if penanda:
        return PROV if penanda.group("prov") else KAB
    return PROV if wilayah_mod.provinsi_di_akhir(teks) else None


@functools.lru_cache(maxsize=4096)
def _entri(jabatan: str, bawaan: str = KAB) -> Entri | None:
    """Return the table row matching the longest start of `jabatan`; a tie goes to the earlier row.

    Of a twin pair (DPRD, sekda, dinas …) only the row of the office's own level takes part: the level the
    jabatan names, else `bawaan`, the host's level (a Gubernur's guest list says "Kepala Dinas Kesehatan").
    """
    teks = _normal(jabatan)
    milik = cakupan(jabatan) or bawaan
    panjang = {
        entri: cocok.end() for pola, entri in _POLA if entri.cakupan in (None, milik) and (cocok := pola.match(teks))
    }
    return max(panjang, key=panjang.__getitem__) if panjang else None


@functools.lru_cache(maxsize=4096)
def _entri_sebutan(jabatan: str, bawaan: str = KAB) -> Entri | None:
    """Return the row an unknown office is placed by: "Wakil X" right after X, else by its first word."""
    teks = _normal(jabatan)
    if teks.startswith("wakil "):
        pokok = _entri(teks.removeprefix("wakil "), bawaan) or _entri_sebutan(teks.removeprefix("wakil "), bawaan)
        if pokok is not None:
            return dataclasses.replace(pokok, urutan=9, label=f"Wakil {pokok.label}", forkopimda=False, bagian=None)
    return next((entri for pola, entri in _POLA_SEBUTAN if pola.match(teks)), None)


def _peringkat(entri: Entri, tingkat_acara: int) -> Peringkat:
    """Return the rank of `entri` at an event of `tingkat_acara`: Pasal 11 offices take their Pasal 10 place
    at a provincial event (UU 9/2010 Pasal 10 ayat 1 huruf j-q; shared/domain/tata-naskah-dinas.md §7)."""
    if tingkat_acara == PROVINSI and entri.tingkat == KAB_KOTA:
        huruf, tambah = DI_PROVINSI[entri.huruf]
        return Peringkat(PROVINSI, huruf, tambah + entri.urutan, entri.label, entri.forkopimda)
    return Peringkat(entri.tingkat, entri.huruf, entri.urutan, entri.label, entri.forkopimda)


def _bawaan(tingkat_acara: int) -> str:
    return PROV if tingkat_acara == PROVINSI else KAB


def cari_peringkat(jabatan: str, tingkat_acara: int = KAB_KOTA) -> Peringkat | None:
    """Return the rank of `jabatan` at an event of `tingkat_acara`, or None when the table does not know it."""
    entri = _entri(jabatan, _bawaan(tingkat_acara))
    return None if entri is None else _peringkat(entri, tingkat_acara)


def menurut_sebutan(jabatan: str, tingkat_acara: int = KAB_KOTA) -> Peringkat | None:
    """Return where an office the table does not know is placed by its title ('Kepala …', 'Ketua …'), or None."""
    entri = _entri_sebutan(jabatan, _bawaan(tingkat_acara))
    return None if entri is None else _peringkat(entri, tingkat_acara)


def _tempat(jabatan: str, tingkat_acara: int) -> Peringkat | None:
    """Return the rank that places `jabatan`: the table's, else the one its title gives."""
    return cari_peringkat(jabatan, tingkat_acara) or menurut_sebutan(jabatan, tingkat_acara)


def urutkan(
    hadirin: Sequence[Hadirin | str],
    *,
    wilayah: str | None = None,
    gabung_forkopimda: bool = True,
    tingkat: int | None = None,
    daerah: str | None = None,
) -> HasilUrutan:
    """Return `hadirin` as ordered, grouped penghormatan lines, unknown offices last.

    `wilayah` ("Kota Palopo", "Provinsi Jawa Tengah", "Kecamatan Wara") words the group lines and, unless
    `tingkat` is given, sets the event's level (Pasal 10 or Pasal 11 order); `daerah` names the Pemda in the
    Forkopimda and perangkat daerah lines when `wilayah` is smaller (a kecamatan); `gabung_forkopimda` merges
    the host's Forkopimda members.
    """
    tingkat_acara = tingkat or tingkat_wilayah(daerah or wilayah)
    konteks = _Konteks(tingkat_acara, wilayah, daerah or wilayah, gabung_forkopimda)
    daftar = [h if isinstance(h, Hadirin) else Hadirin(jabatan=h) for h in hadirin]
    kelompok: dict[tuple[str, object], list[int]] = {}
    for indeks, orang in enumerate(daftar):
        kelompok.setdefault(_kunci_kelompok(indeks, orang, konteks), []).append(indeks)
    baris = [_baris(kunci, indeks, daftar, konteks) for kunci, indeks in kelompok.items()]
    baris.sort(key=lambda pasangan: pasangan[0])
    bawaan = _bawaan(tingkat_acara)
    tidak_dikenal = tuple(orang.jabatan for orang in daftar if _entri(orang.jabatan, bawaan) is None)
    return HasilUrutan(tuple(b for _, b in baris), tidak_dikenal)


@dataclasses.dataclass(frozen=True)
class _Konteks:
    """What ordering and wording depend on besides the guests: the event's level and place names."""

    tingkat: int
    wilayah: str | None
    daerah: str | None
    gabung_forkopimda: bool


def baris_penghormatan(hasil: HasilUrutan, *, sapaan: str = "Yang saya hormati") -> list[str]:
    """Return one ``{sapaan}, ...;`` line per baris of `hasil`, closed by ``Hadirin yang berbahagia.``

    A guest line that is itself the closing ("Hadirin yang saya muliakan") closes the list in its place, so the
    list never ends in two closings; an empty `sapaan` gives bare ``...;`` lines (for a heading over the list).
    """
    penutup = [b for b in hasil.baris if _PENUTUP_TAMU.match(b.teks)]
    baris = [_kalimat(b, sapaan) for b in hasil.baris if b not in penutup]
    akhir = f"{penutup[-1].teks.rstrip(' .;,')}." if penutup else PENUTUP
    return [*baris, akhir]


_PENUTUP_TAMU = re.compile(r"(?i)(?:bapak/ibu )?hadirin\b")


def _kalimat(baris: BarisHormat, sapaan: str) -> str:
    """Return `baris` as a sentence; §8 greets narasumber and peserta without the sapaan."""
    teks = baris.teks.rstrip(" ;,.")
    if not sapaan or (baris.peringkat is not None and baris.peringkat.tingkat == UMUM):
        return f"{teks};"
    return f"{sapaan}, {teks};"


def _kunci_kelompok(indeks: int, orang: Hadirin, konteks: _Konteks) -> tuple[str, object]:
    """Return the line `orang` is greeted on: an explicit kelompok, a peer rumpun, or their own."""
    entri = _entri(orang.jabatan, _bawaan(konteks.tingkat))
    if orang.kelompok:
        return ("kelompok", orang.kelompok)
    # A guest given by name is greeted by name, on their own line (a merged line cannot carry names).
    if entri is None or orang.nama:
        return ("sendiri", indeks)
    # Forkopimda and perangkat daerah lines are the host daerah's; other levels' officials keep their own lines.
    if konteks.gabung_forkopimda and entri.forkopimda and entri.tingkat == konteks.tingkat:
        return ("rumpun", FORKOPIMDA)
    if konteks.gabung_forkopimda and entri.label in _FORKOPIMCAM and _kecamatan(konteks.wilayah):
        return ("rumpun", FORKOPIMCAM)
    if entri.bagian and (entri.tingkat == konteks.tingkat or _RUMPUN[entri.bagian] == KEWILAYAHAN):
        return ("rumpun", _RUMPUN[entri.bagian])
    return ("sendiri", indeks)


def _kunci_urut(indeks: int, orang: Hadirin, tingkat_acara: int) -> tuple[int, tuple[int, str, int], int]:
    """Return the sort key of one guest: officials by §7 (unknown ones by their title), then the rest, then peserta."""
    peringkat = _tempat(orang.jabatan, tingkat_acara)
    if peringkat is None:
        return (1, (0, "", 0), indeks)
    return (2 if peringkat.tingkat == UMUM else 0, peringkat.kunci, indeks)


def _baris(
    kunci: tuple[str, object], indeks: list[int], daftar: list[Hadirin], konteks: _Konteks
) -> tuple[tuple[int, tuple[int, str, int], int], BarisHormat]:
    """Return one worded line and its sort key, which is that of its highest-ranked member."""
    urut = sorted((_kunci_urut(i, daftar[i], konteks.tingkat), daftar[i]) for i in indeks)
    anggota = tuple(orang for _, orang in urut)
    teks = _dasar(kunci, anggota, konteks) + _ekor(anggota)
    return urut[0][0], BarisHormat(teks, anggota, _tempat(anggota[0].jabatan, konteks.tingkat))


def _dasar(kunci: tuple[str, object], anggota: tuple[Hadirin, ...], konteks: _Konteks) -> str:
    """Return the line's wording before "beserta" and "atau yang mewakili": a single guest with their name."""
    jenis, nilai = kunci
    if jenis == "kelompok":
        return str(nilai)
    if jenis == "rumpun" and len(anggota) > 1:
        return _sebut_rumpun(str(nilai), anggota, konteks)
    jabatan = " ".join(anggota[0].jabatan.split())
    nama = " ".join((anggota[0].nama or "").split())
    return f"{jabatan}, {nama}" if nama else jabatan


def _sebut_rumpun(rumpun: str, anggota: tuple[Hadirin, ...], konteks: _Konteks) -> str:
    """Return the merged wording of a peer group, e.g. ``Para Camat dan Lurah se-Kota Palopo``."""
    bawaan = _bawaan(konteks.tingkat)
    hadir = {entri.bagian for orang in anggota if (entri := _entri(orang.jabatan, bawaan))}
    tempat = konteks.wilayah if rumpun in (KEWILAYAHAN, FORKOPIMCAM) else konteks.daerah
    bagian = [_sebut_bagian(b, konteks.daerah) for b in _RUMPUN if b in hadir]
    teks = _AWALAN[rumpun].format(bagian=_daftar(bagian))
    if not tempat:
        return teks
    return teks + _AKHIRAN[rumpun].format(wilayah=tempat, kecamatan=_kecamatan(tempat))


def _kecamatan(wilayah: str | None) -> str:
    """Return 'Wara' for a host written 'Kecamatan Wara', else ''."""
    kata = (wilayah or "").split(" ", 1)
    return kata[1] if len(kata) == 2 and kata[0].lower() == "kecamatan" else ""


def _sebut_bagian(bagian: str, wilayah: str | None) -> str:
    """Return `bagian` as named in a merged line: staf ahli belong to the kepala daerah."""
    if bagian != STAF_AHLI or not wilayah:
        return bagian
    kepala = _KEPALA_DAERAH.get(wilayah.split(" ", 1)[0].lower())
    if kepala is None and tingkat_wilayah(wilayah) == PROVINSI:
        kepala = "Gubernur"  # "DIY", "Jawa Tengah" written without "Provinsi"
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
