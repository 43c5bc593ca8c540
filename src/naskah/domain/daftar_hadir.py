"""Attendance sheets (domain §11): columns, grouping into sheets, blank rows, orientation, zig-zag signing."""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from naskah.domain import gelar, nip, tata_letak
from naskah.domain.schema import Penerima

T = TypeVar("T")

# Sheets follow the order guests are received in; other groups follow in the order they first appear.
URUTAN_KELOMPOK = ("undangan", "narasumber", "peserta", "panitia")
KOLOM_POTRET_MAKS = 6
BARIS_TANPA_DAFTAR = 25  # a blank-only sheet with no list to take a percentage of: about one and a half pages
BARIS_KOSONG_MAKS = 5000
PERSEN_MAKS = 500
_ATURAN = re.compile(r"(?P<angka>\d+)\s*(?P<persen>%?)")
# Arial 10 pt advances, in millimetres, to fit "12. ……" into half a signature cell.
_LEBAR_TITIK_MM, _LEBAR_ANGKA_MM, _BANTALAN_SEL_MM = 0.98, 1.96, 3.8


# Columns whose values must never wrap (issue 11: `08219300440` / `4`): at least as wide as their widest value.
KOLOM_UTUH = ("nip", "telepon")
UKURAN_TABEL_PT = 10  # the table's type size (tools/templat/daftar_hadir.py, UKURAN_TABEL)
_CADANGAN_MM = 1.5  # slack for rounding and for a renderer's slightly wider glyphs
# Attendee rows printed on the signature's page, so the signature never stands alone after a full page.
BARIS_BERSAMA_TTD = 2


@dataclasses.dataclass(frozen=True)
class Kolom:
    """One column of the table: its key in the event file, heading, relative width and alignment."""

    kunci: str
    judul: str
    bobot: float
    rata: str  # "kiri" or "tengah"


KOLOM = {
    k.kunci: k
    for k in (
        Kolom("no", "No.", 1.5, "tengah"),  # "No." and "100" on one line at 10 pt with cell padding
        Kolom("nama", "Nama", 3.9, "kiri"),
        Kolom("jabatan_instansi", "Jabatan/Instansi", 6.0, "kiri"),
        Kolom("jenis_kelamin", "L/P", 1.3, "tengah"),
        Kolom("nip", "NIP", 4.0, "kiri"),
        Kolom("pangkat_golongan", "Pangkat/Gol.", 3.6, "kiri"),
        Kolom("telepon", "Nomor HP", 3.2, "kiri"),  # 12 digits on one line at 10 pt
        Kolom("email", "Pos-el", 4.0, "kiri"),
        Kolom("tanda_tangan", "Tanda Tangan", 3.5, "kiri"),
    )
}


@dataclasses.dataclass(frozen=True)
class Kelompok:
    """The people of one sheet; `nama` is None for the sheet of people without a group."""

    nama: str | None
    penerima: tuple[Penerima, ...]

    @property
    def judul(self) -> str:
        """Return the sheet title: "DAFTAR HADIR" or "DAFTAR HADIR PESERTA"."""
        return f"DAFTAR HADIR {self.nama.upper()}" if self.nama else "DAFTAR HADIR"


def pilih_kolom(kunci: Iterable[str]) -> list[Kolom]:
    """Return the columns named in `kunci`, in order, each once; ValueError for an unknown or empty list."""
    chosen: list[Kolom] = []
    for key in kunci:
        if key not in KOLOM:
            msg = f"kolom daftar hadir '{key}' tidak dikenal; pilih dari: {', '.join(KOLOM)}"
            raise ValueError(msg)
        if KOLOM[key] not in chosen:
            chosen.append(KOLOM[key])
    if not chosen:
        raise ValueError("daftar hadir perlu minimal satu kolom")
    return chosen


def orientasi(jumlah_kolom: int, pilihan: str = "otomatis") -> str:
    """Return "potret" or "lanskap": landscape above six columns unless `pilihan` says otherwise."""
    if pilihan in ("potret", "lanskap"):
        return pilihan
    return "potret" if jumlah_kolom <= KOLOM_POTRET_MAKS else "lanskap"


def baris_kosong(aturan: str, jumlah: int) -> int:
    """Return how many blank rows follow `jumlah` names: "15" → 15, "20%" → 20 % rounded up.

    Rounding up means a list of 31 gets 7 blank rows (6.2), so a percentage never gives zero
    rows to a non-empty list. With no names at all a percentage gives `BARIS_TANPA_DAFTAR` rows.
    """
    match = _ATURAN.fullmatch(str(aturan).strip())
    if match is None:
        msg = f"baris kosong '{aturan}' tidak dikenali; tulis jumlah baris (mis. 15) atau persen dari daftar (mis. 20%)"
        raise ValueError(msg)
    angka = int(match["angka"])
    if not match["persen"]:
        return _batasi(angka, BARIS_KOSONG_MAKS, f"paling banyak {BARIS_KOSONG_MAKS} baris kosong")
    _batasi(angka, PERSEN_MAKS, f"paling banyak {PERSEN_MAKS}%")
    if jumlah == 0:
        return BARIS_TANPA_DAFTAR
    return math.ceil(jumlah * angka / 100)


def _batasi(angka: int, maks: int, pesan: str) -> int:
    if angka > maks:
        raise ValueError(f"baris kosong {angka} terlalu banyak; {pesan}")
    return angka


def kelompokkan(penerima: Sequence[Penerima], per_kelompok: bool = True) -> list[Kelompok]:
    """Return the sheets: one per group (undangan, narasumber, peserta, panitia, others), or one for all.

    Groups are matched without regard to case; people without a group get a last sheet of their own.
    """
    if not per_kelompok or not any(p.kelompok for p in penerima):
        return [Kelompok(None, tuple(penerima))]
    groups: dict[str | None, list[Penerima]] = {}
    for person in penerima:
        groups.setdefault(_nama_kelompok(person.kelompok), []).append(person)
    return [Kelompok(name, tuple(groups[name])) for name in sorted(groups, key=_urutan(list(groups)))]


def _nama_kelompok(kelompok: str | None) -> str | None:
    name = " ".join((kelompok or "").split()).lower()
    return name or None


def _urutan(seen: list[str | None]) -> Callable[[str | None], tuple[int, int]]:
    def key(name: str | None) -> tuple[int, int]:
        if name in URUTAN_KELOMPOK:
            return (0, URUTAN_KELOMPOK.index(name))
        return (1 if name else 2, seen.index(name))

    return key


def bagi_lebar(kolom: Sequence[Kolom], satuan: int, minimum: Sequence[int] | None = None) -> list[int]:
    """Return how many of `satuan` equal grid units each column spans, proportional to its weight.

    Every column gets at least one unit (and at least its `minimum`, when given: the room its widest value
    needs) and the spans add up to exactly `satuan` (largest remainder; what the minimums take comes from the
    widest other columns).
    """
    spans = _bagi_menurut_bobot(kolom, satuan)
    if minimum is None:
        return spans
    floor = [max(1, m) for m in minimum]
    spans = [max(span, low) for span, low in zip(spans, floor, strict=True)]
    while sum(spans) > satuan:
        give = [i for i in range(len(spans)) if spans[i] > floor[i]]
        if not give:
            break  # the minimums alone overfill the table: keep them; periksa warns (lebar_kurang)
        spans[max(give, key=lambda i: spans[i] - floor[i])] -= 1
    return spans


def lebar_kurang(minimum: Sequence[int], satuan: int) -> bool:
    """True when the columns' minimum widths alone exceed the table: some value must wrap."""
    return sum(max(1, m) for m in minimum) > satuan


def satuan_minimum(
    kolom: Sequence[Kolom], penerima: Sequence[Penerima], gaya_nip: str, satuan: int, lebar_teks_mm: float
) -> list[int]:
    """Return, per column, the grid units its widest whole value needs (phone numbers and NIPs never wrap)."""
    unit_mm = lebar_teks_mm / satuan
    result = []
    for k in kolom:
        widest = 0.0
        if k.kunci in KOLOM_UTUH:
            texts = [isi_sel(k.kunci, orang, gaya_nip) for orang in penerima]
            widest = max((tata_letak.lebar_teks_mm(t, UKURAN_TABEL_PT) for t in texts if t), default=0.0)
        result.append(math.ceil((widest + _BANTALAN_SEL_MM + _CADANGAN_MM) / unit_mm) if widest else 1)
    return result


def _bagi_menurut_bobot(kolom: Sequence[Kolom], satuan: int) -> list[int]:
    if satuan < len(kolom):
        raise ValueError(f"{len(kolom)} kolom tidak muat dalam {satuan} satuan lebar")
    total = sum(k.bobot for k in kolom)
    shares = [satuan * k.bobot / total for k in kolom]
    spans = [max(1, math.floor(share)) for share in shares]
    by_remainder = sorted(range(len(kolom)), key=lambda i: shares[i] - math.floor(shares[i]), reverse=True)
    for i in by_remainder[: satuan - sum(spans)]:
        spans[i] += 1
    while sum(spans) > satuan:  # the minimum of one unit overshot: take back from the widest
        spans[spans.index(max(spans))] -= 1
    return spans


def bagi_baris(baris: Sequence[T], ada_ttd: bool) -> tuple[list[T], list[T]]:
    """Return `baris` split into the rows free to break across pages and the last ones kept with the signature.

    Without a signature nothing is kept together: every row may break.
    """
    kept = BARIS_BERSAMA_TTD if ada_ttd else 0
    cut = max(0, len(baris) - kept)
    return list(baris[:cut]), list(baris[cut:])


def tanda_tangan(nomor: int, lebar_mm: float) -> tuple[str, str]:
    """Return the signature cell of row `nomor`: its text ("3. ……") and side ("kiri" odd, "kanan" even)."""
    label = f"{nomor}. "
    room = lebar_mm / 2 - _BANTALAN_SEL_MM / 2 - len(str(nomor)) * _LEBAR_ANGKA_MM - 2 * _LEBAR_TITIK_MM
    dots = max(3, int(room / _LEBAR_TITIK_MM))
    return label + "." * dots, "kiri" if nomor % 2 else "kanan"


def jabatan_instansi(jabatan: str | None, instansi: str | None) -> str:
    """Return the "Jabatan/Instansi" cell, naming the instansi only when the jabatan does not already.

    "Camat Bara" + "Kecamatan Bara" → "Camat Bara"; "Lurah Balandai" + "Kecamatan Bara" →
    "Lurah Balandai, Kecamatan Bara".
    """
    jabatan, instansi = (jabatan or "").strip(), (instansi or "").strip()
    if not jabatan or not instansi:
        return jabatan or instansi
    if instansi.casefold() in jabatan.casefold():
        return jabatan
    # The office minus its first word names the same place: Komando/Komandan, Kecamatan/Camat, Sekretariat/Sekretaris.
    tail = instansi.split(" ", 1)[1] if " " in instansi else ""
    if tail and jabatan.casefold().endswith(tail.casefold()):
        return jabatan
    return f"{jabatan}, {instansi}"


def pangkat_golongan(pangkat: str | None, golongan: str | None) -> str:
    """Return the "Pangkat/Gol." cell: "Penata Tingkat I, III/d", or whichever of the two is known."""
    return ", ".join(bagian.strip() for bagian in (pangkat, golongan) if bagian and bagian.strip())


def hari_ke(urutan: int, jumlah: int) -> str:
    """Return the day line of a multi-day sheet ("HARI KE-2"); "" for a one-day event."""
    return f"HARI KE-{urutan}" if jumlah > 1 else ""


def isi_sel(kunci: str, orang: Penerima, gaya_nip: str = "spasi") -> str:
    """Return the pre-filled text of column `kunci` for `orang` (not for 'no' and 'tanda_tangan').

    Someone invited by jabatan alone may send a representative: only the jabatan is printed, and the
    personal columns (name, L/P, NIP, phone, e-mail) are left for whoever comes.
    """
    if kunci == "jabatan_instansi":
        return jabatan_instansi(orang.jabatan, orang.instansi)
    if not orang.nama:
        return ""
    if kunci == "nama":
        return gelar.normalise_nama(orang.nama)
    if kunci == "jenis_kelamin":
        return orang.jenis_kelamin or ""
    if kunci == "nip":
        return nip.format_nip(orang.nip, gaya_nip) if orang.nip else ""
    if kunci == "pangkat_golongan":
        return pangkat_golongan(orang.pangkat, orang.golongan)
    if kunci == "telepon":
        return orang.telepon or ""
    if kunci == "email":
        return orang.email or ""
    return ""
