"""Context of the nota kesepahaman: title block, parties, considerations, articles, signatures, logos."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from naskah.docx.page import PageSetup
from naskah.domain import nota, tanggal
from naskah.domain import pejabat as pejabat_mod
from naskah.domain import surat as surat_mod
from naskah.domain.loader import LoadedEvent
from naskah.domain.schema import (
    Ayat,
    BerkasAcara,
    Gaya,
    NaskahKerjaSama,
    NotaKesepahaman,
    Pasal,
    PerjanjianKerjaSama,
    Pihak,
)
from naskah.errors import InputFileError, Problem
from naskah.jenis import _common as context
from naskah.jenis._templates import BENING

METERAI = "Meterai Rp10.000"  # UU 10/2020: one tariff since 2021
LOGO_SLOTS = 3  # pictures logo_pihak_1 … logo_pihak_3 in the built-in template


@dataclasses.dataclass(frozen=True)
class Naskah:
    """One agreement of the event: its settings, its parties and its own articles (empty: the default ones)."""

    setelan: NaskahKerjaSama
    pihak: Sequence[Pihak]
    pasal: Sequence[Pasal]
    dasar_tambahan: tuple[str, ...] = ()


def susun(loaded: LoadedEvent) -> dict[str, Any]:
    """Return the template context of the memorandum of `loaded`."""
    berkas = loaded.berkas
    return susun_naskah(berkas, Naskah(_setelan(loaded), berkas.pihak, berkas.pasal))


def susun_pks(loaded: LoadedEvent) -> dict[str, Any]:
    """Return the template context of the perjanjian kerja sama that follows the memorandum."""
    berkas = loaded.berkas
    pks = berkas.perjanjian_kerja_sama
    if pks is None:
        raise InputFileError([Problem(str(loaded.path), "perjanjian_kerja_sama", "bagian ini tidak ada")])
    return susun_naskah(berkas, Naskah(pks, pks.pihak, pks.pasal, _rujukan(berkas, pks)))


def _rujukan(berkas: BerkasAcara, pks: PerjanjianKerjaSama) -> tuple[str, ...]:
    """Return the memorandum of the same event as the PKS's last legal basis, when asked and there is one."""
    mou = berkas.nota_kesepahaman
    if not pks.merujuk_nota or mou is None or len(berkas.pihak) < 2:
        return ()
    if mou.nomor:
        nomor = [mou.nomor]
    else:
        nomor = [p.nomor or "" for p in berkas.pihak]
    return (nota.rujukan_nota(mou.judul, [p.instansi for p in berkas.pihak], nomor, mou.tentang),)


def susun_naskah(berkas: BerkasAcara, naskah: Naskah) -> dict[str, Any]:
    """Return the template context of one agreement (memorandum, kesepakatan bersama, PKS or contract)."""
    setelan, pihak = naskah.setelan, naskah.pihak
    nama = nota.nama_naskah(setelan.judul)
    pasal = _pasal_sendiri(berkas, naskah.pasal) or nota.pasal_bawaan(
        setelan.judul, setelan.tentang, setelan.jangka_waktu_tahun, setelan.rangkap
    )
    pertimbangan = nota.pertimbangan([context.isi_teks(t, berkas) for t in setelan.pertimbangan])
    dasar = nota.dasar_hukum([context.isi_teks(t, berkas) for t in setelan.dasar_hukum] + list(naskah.dasar_tambahan))
    hari_ini, tempat = _tanggal_tempat(berkas, setelan)
    gaya = berkas.instansi.gaya
    return {
        "judul": setelan.judul,
        "judul_pihak": nota.baris_judul([p.instansi for p in pihak]),
        "tentang": setelan.tentang.upper(),
        "nomor": [setelan.nomor] if setelan.nomor else [_nomor(p) for p in pihak],
        "tanggal_nomor": tanggal.tanggal(hari_ini).upper() if setelan.nomor else "",
        "logo": {"ada": any(p.logo for p in pihak), "tiga": len(pihak) > 2},
        "pembuka": nota.kalimat_pembuka(
            hari_ini,
            tempat if setelan.pembuka.tempat else None,
            kami=setelan.pembuka.kami,
            angka=setelan.pembuka.tanggal_angka,
            kapital=gaya.terbilang == "kapital",
        ),
        "pihak": _pihak(pihak, setelan.nomor_pihak),
        "para_pihak": nota.kalimat_para_pihak(len(pihak), nama, setelan.tentang, bool(pertimbangan), bool(dasar)),
        "pertimbangan": [{"huruf": f"{nota.huruf(i)}.", "teks": t} for i, t in enumerate(pertimbangan)],
        "pengantar_dasar": nota.pengantar_dasar(bool(pertimbangan)) if dasar else "",
        "dasar_hukum": [{"nomor": f"{i}.", "teks": t} for i, t in enumerate(dasar, start=1)],
        "kesepakatan": (
            nota.kalimat_kesepakatan(nama, setelan.tentang, bool(pertimbangan), bool(dasar))
            if pertimbangan or dasar
            else ""
        ),
        "pasal": [_pasal(p, akhir=i == len(pasal)) for i, p in enumerate(nota.susun_pasal(pasal), start=1)],
        "penutup": nota.penutup_terpisah(pasal, nota.kalimat_penutup(nama, setelan.rangkap)) or "",
        "ttd": _ttd(pihak, gaya),
        "paraf": [nota.label_pihak(i) for i in range(1, len(pihak) + 1)] if setelan.paraf else [],
    }


def _nomor(pihak: Pihak) -> str:
    """Return a party's number; one still 'otomatis' here (a PKS party: the agenda numbers the MoU's) is left blank."""
    if not pihak.nomor or surat_mod.otomatis(pihak.nomor):
        return nota.BELUM_BERNOMOR
    return pihak.nomor


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


def _tanggal_tempat(berkas: BerkasAcara, setelan: NaskahKerjaSama) -> tuple[dt.date, str]:
    """Return when and where the memorandum is signed: its own settings, else the event's."""
    return setelan.tanggal or berkas.acara.tanggal, setelan.tempat or berkas.acara.kota or berkas.instansi.kota


def _pihak(pihak: Sequence[Pihak], penomoran: str) -> list[dict[str, str]]:
    last = len(pihak)
    return [
        {
            "nomor": nota.nomor_pihak(i, penomoran),
            "nama": pejabat_mod.nama_cetak(p.pejabat),
            "uraian": nota.uraian_pihak(p, pejabat_mod.jabatan_lengkap(p.pejabat), i, i == last),
        }
        for i, p in enumerate(pihak, start=1)
    ]


def _pasal_sendiri(berkas: BerkasAcara, pasal: Sequence[Pasal]) -> list[Pasal]:
    """Return the event file's own articles with `{acara}`, `{tanggal}` … filled in."""

    def isi(teks: str) -> str:
        return context.isi_teks(teks, berkas)

    return [
        Pasal(judul=p.judul, ayat=[Ayat(teks=isi(a.teks), butir=[isi(b) for b in a.butir]) for a in p.ayat])
        for p in pasal
    ]


def _pasal(pasal: nota.PasalCetak, akhir: bool) -> dict[str, Any]:
    """Return one article; `akhir` marks the last, kept on the page of the signatures."""
    return {
        "akhir": akhir,
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


def gambar(loaded: LoadedEvent, pihak: Sequence[Pihak] | None = None) -> dict[str, bytes]:
    """Return the party logos for the pictures logo_pihak_1…; a party without a logo gets a clear image."""
    pihak = loaded.berkas.pihak if pihak is None else pihak
    if not any(p.logo for p in pihak):
        return {}
    return {
        f"logo_pihak_{i}": Path(p.logo).read_bytes() if p.logo else BENING
        for i, p in enumerate(pihak[:LOGO_SLOTS], start=1)
    }
