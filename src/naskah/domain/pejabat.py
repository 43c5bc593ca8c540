"""Officials: their standing under Pasal 44 Permendagri 1/2023 and the lines of a signature block."""

from __future__ import annotations

import dataclasses
import re

from naskah.domain import ejaan, gelar, nip
from naskah.domain.schema import Gaya, Pejabat, Penandatangan

_WAKIL = re.compile(r"^wakil (wali ?kota|bupati|gubernur)\b", re.IGNORECASE)
_KEPALA = re.compile(r"^(wali ?kota|bupati|gubernur)\b", re.IGNORECASE)
_SEKDA = re.compile(r"^sekretaris daerah\b", re.IGNORECASE)


def kedudukan(pejabat: Pejabat) -> str:
    """Return the Pasal 44 standing of `pejabat`, guessing from the jabatan when it says 'otomatis'."""
    if pejabat.kedudukan != "otomatis":
        return pejabat.kedudukan
    jabatan = pejabat.jabatan.strip()
    if _WAKIL.match(jabatan):
        return "wakil_kepala_daerah"
    if _KEPALA.match(jabatan):
        return "kepala_daerah"
    if _SEKDA.match(jabatan):
        return "sekretaris_daerah"
    return "pejabat"


@dataclasses.dataclass(frozen=True)
class Cetak:
    """What Pasal 44 lets a signature print besides the bare name."""

    gelar: bool
    nip: bool
    pangkat: bool


def aturan_cetak(pejabat: Pejabat) -> Cetak:
    """Return what may be printed under the signature of `pejabat` (domain §4.9)."""
    standing = kedudukan(pejabat)
    acting = pejabat.status != "definitif"
    if acting and standing in ("kepala_daerah", "wakil_kepala_daerah"):
        return Cetak(gelar=False, nip=False, pangkat=False)
    if pejabat.status in ("Pj.", "Plh.") and standing == "sekretaris_daerah":
        return Cetak(gelar=False, nip=False, pangkat=False)
    if standing in ("kepala_daerah", "wakil_kepala_daerah", "sekretaris_daerah"):
        return Cetak(gelar=True, nip=False, pangkat=False)
    return Cetak(gelar=True, nip=True, pangkat=True)


def jabatan_lengkap(pejabat: Pejabat) -> str:
    """Return the jabatan with its acting prefix, e.g. 'Penjabat Wali Kota Palopo' for running text."""
    prefix = {"Pj.": "Penjabat", "Plt.": "Pelaksana Tugas", "Plh.": "Pelaksana Harian", "Pjs.": "Penjabat Sementara"}
    if pejabat.status in prefix:
        return f"{prefix[pejabat.status]} {pejabat.jabatan}"
    return pejabat.jabatan


def nama_cetak(pejabat: Pejabat) -> str:
    """Return the name as Pasal 44 allows it: with normalised gelar, or bare."""
    parsed = gelar.urai_nama(pejabat.nama)
    return parsed.lengkap if aturan_cetak(pejabat).gelar else parsed.tanpa_gelar


@dataclasses.dataclass(frozen=True)
class BlokTtd:
    """The lines of a signature block, top to bottom; empty optional lines are None."""

    jabatan: tuple[str, ...]
    nama: str
    pangkat: str | None
    nip: str | None


def blok_ttd(pejabat: Pejabat | Penandatangan, gaya: Gaya | None = None) -> BlokTtd:
    """Return the signature block of `pejabat` per domain §4.8–4.9 (a.n., u.b., Plt., Pj. …)."""
    gaya = gaya or Gaya()
    rules = aturan_cetak(pejabat)
    lines = _delegation_lines(pejabat)
    own = ejaan.jabatan_ttd(pejabat.jabatan)
    lines.append(own if pejabat.status == "definitif" else f"{pejabat.status} {own}")
    pangkat = None
    if rules.pangkat and (pejabat.pangkat or pejabat.golongan):
        pangkat = nip.pangkat_golongan(pejabat.pangkat, pejabat.golongan)
    nomor = f"NIP {nip.format_nip(pejabat.nip, gaya.format_nip)}" if rules.nip and pejabat.nip else None
    return BlokTtd(tuple(lines), nama_cetak(pejabat), pangkat, nomor)


def _delegation_lines(pejabat: Pejabat) -> list[str]:
    atas_nama = getattr(pejabat, "atas_nama", None)
    if not atas_nama:
        return []
    lines = [f"a.n. {ejaan.jabatan_ttd(atas_nama).rstrip(',')}"]
    untuk_beliau = getattr(pejabat, "untuk_beliau", None)
    if untuk_beliau:
        lines += [ejaan.jabatan_ttd(untuk_beliau), "u.b."]
    return lines
