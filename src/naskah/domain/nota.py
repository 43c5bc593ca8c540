"""Nota kesepahaman and perjanjian kerja sama (domain §10): parties, opening, default articles, closing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from naskah.domain import bilangan, tanggal
from naskah.domain.schema import Ayat, Pasal, Pihak

NAMA_NASKAH = {
    "NOTA KESEPAHAMAN": "Nota Kesepahaman",
    "PERJANJIAN KERJA SAMA": "Perjanjian Kerja Sama",
    "KESEPAKATAN BERSAMA": "Kesepakatan Bersama",
}
PENUTUP = "Penutup"
BELUM_BERNOMOR = "." * 30  # a nomor is never invented: the line is left to be filled in by hand


def label_pihak(urutan: int) -> str:
    """Return the label of the `urutan`-th party (from 1): PIHAK PERTAMA, PIHAK KEDUA, PIHAK KETIGA…"""
    if urutan < 1:
        raise ValueError(f"urutan pihak mulai dari 1, bukan {urutan}")
    return "PIHAK PERTAMA" if urutan == 1 else f"PIHAK KE{bilangan.terbilang(urutan).upper()}"


def sebutan_bersama(jumlah: int) -> str:
    """Return the parties named together: "PIHAK PERTAMA dan PIHAK KEDUA", or with commas for three or more."""
    labels = [label_pihak(i) for i in range(1, jumlah + 1)]
    if len(labels) <= 2:
        return " dan ".join(labels)
    return f"{', '.join(labels[:-1])}, dan {labels[-1]}"


def huruf(indeks: int) -> str:
    """Return the list letter of item `indeks` (from 0): a, b, … z, aa, ab …"""
    first, second = divmod(indeks, 26)
    return (chr(ord("a") + first - 1) if first else "") + chr(ord("a") + second)


def kalimat_pembuka(hari_ini: dt.date, tempat: str) -> str:
    """Return the opening sentence with the date in words and digits (§10, S35c)."""
    _, bulan, _ = tanggal.tanggal(hari_ini).split(" ")  # "24 Juni 2024": month names are one word
    kata = (
        f"{tanggal.hari(hari_ini)}, tanggal {bilangan.terbilang(hari_ini.day)} bulan {bulan} "
        f"tahun {bilangan.terbilang(hari_ini.year)} ({tanggal.tanggal_angka(hari_ini)})"
    )
    return f"Pada hari ini, {kata}, bertempat di {tempat}, yang bertanda tangan di bawah ini:"


def uraian_pihak(pihak: Pihak, jabatan: str, urutan: int, terakhir: bool) -> str:
    """Return what follows the party's name: jabatan, seat, on whose behalf it acts, and its label."""
    akhir = "." if terakhir else ";"
    return (
        f"{jabatan}, berkedudukan di {pihak.alamat}, dalam hal ini bertindak untuk dan atas nama "
        f"{pihak.instansi}, selanjutnya disebut {label_pihak(urutan)}{akhir}"
    )


def kalimat_para_pihak(jumlah: int, nama_naskah: str, tentang: str, ada_pertimbangan: bool) -> str:
    """Return the sentence naming PARA PIHAK, leading to the considerations or straight to the articles."""
    awal = f"{sebutan_bersama(jumlah)} yang selanjutnya secara bersama-sama disebut PARA PIHAK, "
    if ada_pertimbangan:
        return awal + "terlebih dahulu menerangkan hal-hal sebagai berikut:"
    return awal + f"sepakat untuk membuat {nama_naskah} tentang {tentang} dengan ketentuan sebagai berikut:"


def kalimat_kesepakatan(nama_naskah: str, tentang: str) -> str:
    """Return the sentence between the considerations and the articles."""
    return (
        f"Berdasarkan pertimbangan tersebut di atas, PARA PIHAK sepakat untuk membuat {nama_naskah} "
        f"tentang {tentang} dengan ketentuan sebagai berikut:"
    )


def pertimbangan(butir: Sequence[str]) -> list[str]:
    """Return the considerations as written in a konsiderans: each "bahwa …;"."""
    hasil = []
    for teks in butir:
        teks = teks.strip().rstrip(".;,:").strip()
        # The rest is kept as written: lower-casing could break a name such as "Pengadilan Agama".
        isi = teks[len("bahwa ") :] if teks[:6].lower() == "bahwa " else teks
        hasil.append(f"bahwa {isi};")
    return hasil


def kalimat_penutup(nama_naskah: str, rangkap: int) -> str:
    """Return the closing clause: the number of originals in words, meterai, and when it takes effect."""
    return (
        f"{nama_naskah} ini dibuat dalam rangkap {bilangan.jumlah(rangkap, 'asli')}, masing-masing "
        "bermeterai cukup dan mempunyai kekuatan hukum yang sama, serta berlaku sejak tanggal "
        "ditandatangani oleh PARA PIHAK."
    )


def penutup_terpisah(pasal: Sequence[Pasal], penutup: str) -> str | None:
    """Return the closing clause to print after the articles, or None when an article 'Penutup' holds it."""
    if any(p.judul.strip().casefold() == PENUTUP.casefold() for p in pasal):
        return None
    return penutup


def pasal_bawaan(judul: str, tentang: str, jangka_waktu_tahun: int, rangkap: int) -> list[Pasal]:
    """Return the default articles of §10, worded for document type `judul` (e.g. NOTA KESEPAHAMAN)."""
    nama = NAMA_NASKAH[judul]
    lanjutan = (
        "rencana kerja yang disusun bersama oleh PARA PIHAK"
        if judul == "PERJANJIAN KERJA SAMA"
        else "perjanjian kerja sama antara PARA PIHAK atau unit kerja yang ditunjuk oleh masing-masing pihak"
    )
    teks: list[tuple[str, list[str | Ayat]]] = [
        (
            "Maksud dan Tujuan",
            [
                f"Maksud {nama} ini adalah sebagai landasan bagi PARA PIHAK dalam menjalin kerja sama mengenai {tentang}.",
                f"Tujuan {nama} ini adalah meningkatkan sinergi, efektivitas, dan efisiensi pelaksanaan tugas dan "
                "fungsi PARA PIHAK sesuai dengan kewenangan masing-masing.",
            ],
        ),
        (
            "Ruang Lingkup",
            [
                Ayat(
                    teks=f"Ruang lingkup {nama} ini meliputi:",
                    butir=[
                        "pertukaran data dan informasi;",
                        "sosialisasi, edukasi, dan advokasi kepada masyarakat;",
                        "peningkatan kapasitas sumber daya manusia; dan",
                        "kegiatan lain yang disepakati oleh PARA PIHAK.",
                    ],
                )
            ],
        ),
        (
            "Pelaksanaan",
            [
                f"Pelaksanaan {nama} ini ditindaklanjuti dengan {lanjutan}.",
                f"Untuk melaksanakan {nama} ini, PARA PIHAK dapat membentuk tim teknis yang anggotanya "
                "ditetapkan oleh masing-masing pihak.",
            ],
        ),
        (
            "Pembiayaan",
            [
                f"Biaya yang timbul dalam pelaksanaan {nama} ini dibebankan kepada anggaran masing-masing pihak "
                "sesuai dengan ketentuan peraturan perundang-undangan.",
            ],
        ),
        (
            "Jangka Waktu",
            [
                f"{nama} ini berlaku untuk jangka waktu {bilangan.jumlah(jangka_waktu_tahun, 'tahun')} terhitung "
                "sejak tanggal ditandatangani oleh PARA PIHAK.",
                f"{nama} ini dapat diperpanjang atas kesepakatan PARA PIHAK yang dinyatakan secara tertulis paling "
                f"lambat {bilangan.jumlah(3, 'bulan')} sebelum jangka waktunya berakhir.",
            ],
        ),
        (
            "Penyelesaian Perselisihan",
            [
                f"Apabila terjadi perselisihan dalam pelaksanaan {nama} ini, PARA PIHAK sepakat menyelesaikannya "
                "secara musyawarah untuk mufakat.",
            ],
        ),
        (
            "Lain-lain",
            [
                f"Hal-hal yang belum diatur atau perubahan atas {nama} ini diatur kemudian berdasarkan kesepakatan "
                f"PARA PIHAK dan dituangkan dalam addendum yang merupakan bagian tidak terpisahkan dari {nama} ini.",
            ],
        ),
        (PENUTUP, [kalimat_penutup(nama, rangkap)]),
    ]
    return [Pasal(judul=title, ayat=[a if isinstance(a, Ayat) else Ayat(teks=a) for a in ayat]) for title, ayat in teks]


@dataclasses.dataclass(frozen=True)
class AyatCetak:
    """An ayat as printed: "(1)" or "" when it stands alone, its text, and its lettered items."""

    nomor: str
    teks: str
    butir: tuple[tuple[str, str], ...]  # ("a.", text)


@dataclasses.dataclass(frozen=True)
class PasalCetak:
    """An article as printed: its number, its title in capitals, and its ayat."""

    nomor: int
    judul: str
    ayat: tuple[AyatCetak, ...]


def susun_pasal(pasal: Sequence[Pasal]) -> list[PasalCetak]:
    """Return `pasal` numbered: ayat get (1), (2) only when there are several, butir get a., b., c."""
    hasil = []
    for nomor, item in enumerate(pasal, start=1):
        bernomor = len(item.ayat) > 1
        ayat = tuple(
            AyatCetak(f"({i})" if bernomor else "", a.teks, tuple((f"{huruf(j)}.", b) for j, b in enumerate(a.butir)))
            for i, a in enumerate(item.ayat, start=1)
        )
        hasil.append(PasalCetak(nomor, item.judul.upper(), ayat))
    return hasil


def baris_judul(instansi: Sequence[str]) -> list[str]:
    """Return the title lines naming the parties: ANTARA / A / DENGAN / B (… / DAN / C for three or more)."""
    names = [name.upper() for name in instansi]
    if len(names) <= 2:
        return ["ANTARA", names[0], "DENGAN", *names[1:]]
    return ["ANTARA", *names[:-1], "DAN", names[-1]]


def sisi_ttd(pilihan: Sequence[str | None]) -> list[str]:
    """Return each party's signature side ("kiri"/"kanan"): chosen sides first, the rest fill the emptier side.

    With nothing chosen PIHAK PERTAMA signs on the right and PIHAK KEDUA on the left (§10).
    """
    sides: list[str | None] = list(pilihan)
    counts = {"kiri": sides.count("kiri"), "kanan": sides.count("kanan")}
    for i, side in enumerate(sides):
        if side is None:
            side = "kiri" if counts["kiri"] < counts["kanan"] else "kanan"
            sides[i] = side
            counts[side] += 1
    return [str(side) for side in sides]


def baris_ttd(sisi: Sequence[str]) -> list[tuple[int | None, int | None]]:
    """Return the signature rows as (left party, right party) indexes; None where a side is empty."""
    left = [i for i, side in enumerate(sisi) if side == "kiri"]
    right = [i for i, side in enumerate(sisi) if side == "kanan"]
    rows = max(len(left), len(right))
    return [(left[i] if i < len(left) else None, right[i] if i < len(right) else None) for i in range(rows)]
