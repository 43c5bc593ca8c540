"""Context of the nota kesepahaman: title block, parties, considerations, articles, signatures, logos."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from naskah.docx.page import PageSetup
from naskah.domain import nota
from naskah.domain import pejabat as pejabat_mod
from naskah.domain.loader import LoadedEvent
from naskah.domain.schema import Ayat, BerkasAcara, Gaya, NotaKesepahaman, Pasal, Pihak
from naskah.errors import InputFileError, Problem
from naskah.jenis import _common as context
from naskah.jenis._templates import BENING

METERAI = "Meterai Rp10.000"  # UU 10/2020: one tariff since 2021
LOGO_SLOTS = 3  # pictures logo_pihak_1 … logo_pihak_3 in the built-in template


def susun(loaded: LoadedEvent) -> dict[str, Any]:
    """Return the template context of the memorandum of `loaded`."""
    berkas = loaded.berkas
    setelan = _setelan(loaded)
    nama = nota.NAMA_NASKAH[setelan.judul]
    pasal = _pasal_sendiri(berkas) or nota.pasal_bawaan(
        setelan.judul, setelan.tentang, setelan.jangka_waktu_tahun, setelan.rangkap
    )
    pertimbangan = nota.pertimbangan([context.isi_teks(t, berkas) for t in setelan.pertimbangan])
    return {
        "judul": setelan.judul,
        "judul_pihak": nota.baris_judul([p.instansi for p in berkas.pihak]),
        "tentang": setelan.tentang.upper(),
        "nomor": [p.nomor or nota.BELUM_BERNOMOR for p in berkas.pihak],
        "logo": {"ada": any(p.logo for p in berkas.pihak), "tiga": len(berkas.pihak) > 2},
        "pembuka": nota.kalimat_pembuka(*_tanggal_tempat(berkas, setelan)),
        "pihak": _pihak(berkas.pihak),
        "para_pihak": nota.kalimat_para_pihak(len(berkas.pihak), nama, setelan.tentang, bool(pertimbangan)),
        "pertimbangan": [{"huruf": f"{nota.huruf(i)}.", "teks": t} for i, t in enumerate(pertimbangan)],
        "kesepakatan": nota.kalimat_kesepakatan(nama, setelan.tentang) if pertimbangan else "",
        "pasal": [_pasal(p) for p in nota.susun_pasal(pasal)],
        "penutup": nota.penutup_terpisah(pasal, nota.kalimat_penutup(nama, setelan.rangkap)) or "",
        "ttd": _ttd(berkas.pihak, berkas.instansi.gaya),
        "paraf": [nota.label_pihak(i) for i in range(1, len(berkas.pihak) + 1)] if setelan.paraf else [],
    }


def _setelan(loaded: LoadedEvent) -> NotaKesepahaman:
    berkas = loaded.berkas
    if berkas.nota_kesepahaman is None or len(berkas.pihak) < 2:
        problem = Problem(
            str(loaded.path),
            "pihak",
            "nota kesepahaman perlu minimal dua pihak dan bagian 'nota_kesepahaman'",
            "isi 'pihak' (dua atau lebih) dan 'nota_kesepahaman' dengan 'tentang: …'",
        )
        raise InputFileError([problem])
    return berkas.nota_kesepahaman


def _tanggal_tempat(berkas: BerkasAcara, setelan: NotaKesepahaman) -> tuple[dt.date, str]:
    """Return when and where the memorandum is signed: its own settings, else the event's."""
    return setelan.tanggal or berkas.acara.tanggal, setelan.tempat or berkas.acara.kota or berkas.instansi.kota


def _pihak(pihak: Sequence[Pihak]) -> list[dict[str, str]]:
    last = len(pihak)
    return [
        {
            "nomor": f"{i}.",
            "nama": pejabat_mod.nama_cetak(p.pejabat),
            "uraian": nota.uraian_pihak(p, pejabat_mod.jabatan_lengkap(p.pejabat), i, i == last),
        }
        for i, p in enumerate(pihak, start=1)
    ]


def _pasal_sendiri(berkas: BerkasAcara) -> list[Pasal]:
    """Return the event file's own articles with `{acara}`, `{tanggal}` … filled in."""

    def isi(teks: str) -> str:
        return context.isi_teks(teks, berkas)

    return [
        Pasal(judul=p.judul, ayat=[Ayat(teks=isi(a.teks), butir=[isi(b) for b in a.butir]) for a in p.ayat])
        for p in berkas.pasal
    ]


def _pasal(pasal: nota.PasalCetak) -> dict[str, Any]:
    return {
        "nomor": pasal.nomor,
        "judul": pasal.judul,
        "ayat": [
            {"nomor": a.nomor, "teks": a.teks, "butir": [{"huruf": h, "teks": t} for h, t in a.butir]}
            for a in pasal.ayat
        ],
    }


_KOSONG = {"label": "", "jabatan": [], "nama": "", "pangkat": "", "nip": "", "garis_bawah": False, "meterai": ""}


def _ttd(pihak: Sequence[Pihak], gaya: Gaya) -> list[dict[str, dict[str, Any]]]:
    """Return the signature rows: each a left and a right block (an empty block where a side is free)."""
    blocks = [
        {**context.ttd(p.pejabat, gaya), "label": f"{nota.label_pihak(i)},", "meterai": METERAI}
        for i, p in enumerate(pihak, start=1)
    ]
    rows = nota.baris_ttd(nota.sisi_ttd([p.sisi_ttd for p in pihak]))
    return [
        {"kiri": _KOSONG if left is None else blocks[left], "kanan": _KOSONG if right is None else blocks[right]}
        for left, right in rows
    ]


def halaman(loaded: LoadedEvent) -> PageSetup:
    """Return the page: the office's paper with the margins of domain §2 (2 cm at the top: no kop)."""
    return dataclasses.replace(context.halaman(loaded.berkas.instansi.gaya.kertas), top_mm=20)


def gambar(loaded: LoadedEvent) -> dict[str, bytes]:
    """Return the party logos for the pictures logo_pihak_1…; a party without a logo gets a clear image."""
    pihak = loaded.berkas.pihak
    if not any(p.logo for p in pihak):
        return {}
    return {
        f"logo_pihak_{i}": Path(p.logo).read_bytes() if p.logo else BENING
        for i, p in enumerate(pihak[:LOGO_SLOTS], start=1)
    }
