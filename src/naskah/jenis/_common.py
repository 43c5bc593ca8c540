"""Build the pieces of template context every document shares: kop, event strings, signature blocks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from naskah.docx.page import PageSetup
from naskah.domain import ejaan, isian, tanggal
from naskah.domain import kertas as kertas_mod
from naskah.domain import pejabat as pejabat_mod
from naskah.domain.loader import LoadedEvent
from naskah.domain.schema import Acara, BerkasAcara, Gaya, Hijriah, Instansi, Pejabat, Penandatangan

# §3.2: an office kop with no perangkat daerah line is the Sekretariat Daerah's, which names itself under the Pemda.
KOP_SETDA = "SEKRETARIAT DAERAH"


def kop(instansi: Instansi, jenis: str = "instansi") -> dict[str, Any]:
    """Return the letterhead lines: `jenis` 'instansi' (logo + office) or 'jabatan' (Garuda + head of region).

    An empty `perangkat_daerah` means the Sekretariat Daerah (the schema says so): its kop carries that line.
    """
    return {
        "jenis": jenis,
        "pemerintah": instansi.pemerintah.upper(),
        "perangkat_daerah": [line.upper() for line in instansi.perangkat_daerah] or [KOP_SETDA],
        "alamat": _alamat_line(instansi),
        "kontak": _kontak_line(instansi),
        "jabatan": instansi.kepala_daerah.upper(),
        "alamat_jabatan": instansi.alamat_kop_jabatan or "",
    }


def _alamat_line(instansi: Instansi) -> str:
    parts = [instansi.alamat]
    if instansi.telepon:
        parts.append(f"Telepon {instansi.telepon}")
    if instansi.faksimile:
        parts.append(f"Faksimile {instansi.faksimile}")
    return ", ".join(parts)


def _kontak_line(instansi: Instansi) -> str:
    parts = []
    if instansi.laman:
        parts.append(f"Laman {instansi.laman}")
    if instansi.pos_el:
        parts.append(f"Pos-el {instansi.pos_el}")
    return "   ".join(parts)


def acara(item: Acara, instansi: Instansi) -> dict[str, Any]:
    """Return the event's strings as they are printed (dates, times, place)."""
    return {
        "nama": item.nama,
        "jenis": item.jenis,
        "hari": tanggal.hari(item.tanggal),
        "tanggal": tanggal.tanggal(item.tanggal),
        "hari_tanggal": tanggal.tanggal_panjang(item.tanggal),
        "pukul": pukul(item),
        "jam_mulai": tanggal.pukul(item.mulai, item.zona_waktu),
        "zona": item.zona_waktu or "",
        "tempat": item.tempat,
        "kota": item.kota or instansi.kota,
        "pakaian": item.pakaian or "",
        "agenda": list(item.agenda),
        "narahubung": item.narahubung or "",
    }


def pukul(item: Acara) -> str:
    """Return the event's time as printed: '09.00 s.d. 12.00 WITA', '09.00 WITA s.d. selesai', or a bare
    '09.00 WITA' when acara.sampai_selesai is off and no end time is given."""
    if item.selesai is None and not item.sampai_selesai:
        return tanggal.pukul(item.mulai, item.zona_waktu).removeprefix("pukul ")
    return tanggal.rentang_waktu(item.mulai, item.selesai, item.zona_waktu)


def tempat_tanggal(tempat: str, when: dt.date) -> str:
    """Return the date line of a letter, without a final full stop: 'Palopo, 18 Juni 2024'."""
    return f"{tempat}, {tanggal.tanggal(when)}"


def baris_tanggal(tempat: str, when: dt.date, hijriah: Hijriah) -> tuple[str, str]:
    """Return the letter's date line(s): ('Palopo, 18 Juni 2024', '') or, with the Hijri date shown,
    ('Palopo, 11 Zulhijah 1445 H', '18 Juni 2024 M') as domain §12 describes."""
    if not hijriah.tampil:
        return tempat_tanggal(tempat, when), ""
    return f"{tempat}, {tanggal.tanggal_hijriah(when, hijriah.koreksi)}", f"{tanggal.tanggal(when)} M"


def ttd(pejabat: Pejabat | Penandatangan, gaya: Gaya, *, tte: bool = False) -> dict[str, Any]:
    """Return a signature block's lines (Pasal 44 applied) for the templates."""
    block = pejabat_mod.blok_ttd(pejabat, gaya)
    return {
        "jabatan": list(block.jabatan),
        "nama": block.nama,
        "pangkat": block.pangkat or "",
        "nip": block.nip or "",
        "garis_bawah": gaya.garis_bawah_nama,
        "tte": tte,
    }


def nilai_isian(berkas: BerkasAcara) -> dict[str, str]:
    """Return the values users may name as `{acara}`, `{tanggal}` … in their own wording."""
    item = berkas.acara
    return {
        "acara": item.nama,
        "tanggal": tanggal.tanggal(item.tanggal),
        "hari": tanggal.hari(item.tanggal),
        "tempat": item.tempat,
        "pukul": pukul(item),
        "wilayah": berkas.instansi.wilayah,
        "instansi": " ".join(berkas.instansi.perangkat_daerah) or berkas.instansi.pemerintah,
        "kota": item.kota or berkas.instansi.kota,
    }


def isi_teks(teks: str, berkas: BerkasAcara) -> str:
    """Return user wording with its `{…}` placeholders filled (never evaluated as a template)."""
    return isian.isi(teks, nilai_isian(berkas))


def common(loaded: LoadedEvent) -> dict[str, Any]:
    """Return the context shared by every document of `loaded`: kop, acara, instansi facts."""
    berkas = loaded.berkas
    return {
        "kop": kop(berkas.instansi),
        "acara": acara(berkas.acara, berkas.instansi),
        "instansi": {
            "wilayah": berkas.instansi.wilayah,
            "kota": berkas.instansi.kota,
            "kepala_daerah": ejaan.kapital_jabatan(berkas.instansi.kepala_daerah),
        },
    }


def halaman(kertas: str, *, lanskap: bool = False) -> PageSetup:
    """Return paper `kertas` (F4, A4, A5), turned when `lanskap`, with the margins of domain §2.

    Left 3 cm, right 2 cm, bottom 2.5 cm; the top is 1.5 cm because the kop starts the page.
    """
    width, height = kertas_mod.ukuran(kertas, lanskap=lanskap)
    return PageSetup(width, height, top_mm=15, right_mm=20, bottom_mm=25, left_mm=30)
