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


def aturan_cetak(pejabat: Pejabat, gaya: Gaya | None = None) -> Cetak:
    """Return what may be printed under the signature of `pejabat` (domain §4.9).

    `gaya.pasal_44` 'lama' follows the older Perkada (copies of Permendagri 54/2009) that print gelar, NIP and
    pangkat for a Sekda, also a Pj./Plh. Sekda; the kepala daerah rules are the same in both.
    """
    standing = kedudukan(pejabat)
    acting = pejabat.status != "definitif"
    if acting and standing in ("kepala_daerah", "wakil_kepala_daerah"):
        return Cetak(gelar=False, nip=False, pangkat=False)
    if standing == "sekretaris_daerah" and gaya is not None and gaya.pasal_44 == "lama":
        return Cetak(gelar=True, nip=True, pangkat=True)
    if pejabat.status in ("Pj.", "Plh.") and standing == "sekretaris_daerah":
        return Cetak(gelar=False, nip=False, pangkat=False)
    if standing in ("kepala_daerah", "wakil_kepala_daerah", "sekretaris_daerah"):
        return Cetak(gelar=True, nip=False, pangkat=False)
    return Cetak(gelar=True, nip=True, pangkat=True)


def ayat_pasal_44(pejabat: Pejabat) -> str:
    """Return the ayat of Pasal 44 Permendagri 1/2023 that governs the signature of `pejabat`."""
    standing = kedudukan(pejabat)
    if pejabat.status != "definitif" and standing in ("kepala_daerah", "wakil_kepala_daerah"):
        return "ayat (4)"
    if pejabat.status in ("Pj.", "Plh.") and standing == "sekretaris_daerah":
        return "ayat (5)"
    return "ayat (3)"


def tidak_dicetak(pejabat: Pejabat, gaya: Gaya | None = None) -> list[str]:
    """Return the typed values Pasal 44 leaves off the signature of `pejabat` ('gelar', 'NIP', 'pangkat')."""
    rules = aturan_cetak(pejabat, gaya)
    try:
        bergelar = bool(gelar.urai_nama(pejabat.nama).depan or gelar.urai_nama(pejabat.nama).belakang)
    except ValueError:
        bergelar = False
    ditulis = {"gelar": bergelar, "NIP": bool(pejabat.nip), "pangkat": bool(pejabat.pangkat or pejabat.golongan)}
    boleh = {"gelar": rules.gelar, "NIP": rules.nip, "pangkat": rules.pangkat}
    return [nama for nama in ditulis if ditulis[nama] and not boleh[nama]]


def catatan_pasal_44(pejabat: Pejabat, gaya: Gaya | None = None) -> str | None:
    """Return the note for a check run when Pasal 44 leaves typed values off the signature, else None."""
    hilang = tidak_dicetak(pejabat, gaya)
    if not hilang:
        return None
    daftar = hilang[0] if len(hilang) == 1 else f"{', '.join(hilang[:-1])} dan {hilang[-1]}"
    return f"{daftar} yang diisi tidak dicetak pada tanda tangan: Pasal 44 {ayat_pasal_44(pejabat)} Permendagri 1/2023"


def jabatan_lengkap(pejabat: Pejabat) -> str:
    """Return the jabatan with its acting prefix, e.g. 'Penjabat Wali Kota Palopo' for running text."""
    prefix = {"Pj.": "Penjabat", "Plt.": "Pelaksana Tugas", "Plh.": "Pelaksana Harian", "Pjs.": "Penjabat Sementara"}
    if pejabat.status in prefix:
        return f"{prefix[pejabat.status]} {pejabat.jabatan}"
    return pejabat.jabatan


def nama_cetak(pejabat: Pejabat, gaya: Gaya | None = None) -> str:
    """Return the name as Pasal 44 allows it (with normalised gelar, or bare), in the profile's casing.

    `gaya.huruf_nama_ttd` 'kapital' writes the name in capitals and keeps the gelar as spelled
    ('TRI MARTONO, S.H., M.M.'), as many Perkada print it.
    """
    parsed = gelar.urai_nama(pejabat.nama)
    if gaya is not None and gaya.huruf_nama_ttd == "kapital":
        parsed = dataclasses.replace(parsed, nama=parsed.nama.upper())
    return parsed.lengkap if aturan_cetak(pejabat, gaya).gelar else parsed.tanpa_gelar


def baris_pangkat(pejabat: Pejabat, gaya: Gaya | None = None) -> str:
    """Return the pangkat line: normalised ('Pembina Tingkat I (IV/b)') or as typed ('Pembina Tk. I'), with or
    without the golongan, per `gaya.pangkat_ttd` and `gaya.golongan_ttd`."""
    seperti_ditulis = gaya is not None and gaya.pangkat_ttd == "seperti_ditulis"
    dengan_golongan = gaya is None or gaya.golongan_ttd
    baku = nip.pangkat_golongan(pejabat.pangkat, pejabat.golongan)
    if seperti_ditulis and pejabat.pangkat:
        teks = " ".join(pejabat.pangkat.split())
        golongan = baku[baku.rfind("(") :] if baku.endswith(")") else ""
        if "(" in teks:
            teks = teks[: teks.find("(")].strip()
        return f"{teks} {golongan}" if dengan_golongan and golongan else teks
    if not dengan_golongan and baku.endswith(")"):
        return baku[: baku.rfind("(")].strip()
    return baku


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
    rules = aturan_cetak(pejabat, gaya)
    lines = _delegation_lines(pejabat)
    own = ejaan.jabatan_ttd(pejabat.jabatan)
    lines.append(own if pejabat.status == "definitif" else f"{pejabat.status} {own}")
    pangkat = None
    if rules.pangkat and (pejabat.pangkat or pejabat.golongan):
        pangkat = baris_pangkat(pejabat, gaya)
    nomor = f"NIP {nip.format_nip(pejabat.nip, gaya.format_nip)}" if rules.nip and pejabat.nip else None
    return BlokTtd(tuple(lines), nama_cetak(pejabat, gaya), pangkat, nomor)


def _delegation_lines(pejabat: Pejabat) -> list[str]:
    atas_nama = getattr(pejabat, "atas_nama", None)
    if not atas_nama:
        return []
    lines = [f"a.n. {ejaan.jabatan_ttd(atas_nama).rstrip(',')}"]
    untuk_beliau = getattr(pejabat, "untuk_beliau", None)
    if untuk_beliau:
        lines += [ejaan.jabatan_ttd(untuk_beliau), "u.b."]
    return lines
