"""Nota kesepahaman and perjanjian kerja sama (domain §10): parties, opening, default articles, closing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from naskah.domain import bilangan, tanggal
from naskah.domain.schema import Ayat, Keputusan, Pasal, Pihak

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


_KATA_SAMBUNG = {"dan", "atau", "dengan", "tentang", "antara", "untuk", "di", "ke", "dari", "yang"}


def nama_naskah(judul: str) -> str:
    """Return how the text names the document: "Nota Kesepahaman", or an own contract title in title case."""
    if judul in NAMA_NASKAH:
        return NAMA_NASKAH[judul]
    kata = judul.lower().split()
    return " ".join(k if i and k in _KATA_SAMBUNG else k[:1].upper() + k[1:] for i, k in enumerate(kata))


def kata_bilangan(n: int, kapital: bool) -> str:
    """Return `n` in words, each word capitalised ("Dua Puluh Lima") when `kapital`, as agreements write dates."""
    kata = bilangan.terbilang(n)
    return " ".join(k[:1].upper() + k[1:] for k in kata.split()) if kapital else kata


def kalimat_pembuka(
    hari_ini: dt.date,
    tempat: str | None,
    *,
    kami: bool = True,
    angka: bool = True,
    kapital: bool = True,
) -> str:
    """Return the opening sentence: the day, the date in words (digits in brackets), the place, the signers.

    "Pada hari ini Senin, tanggal Dua Puluh Lima bulan November tahun Dua Ribu Tiga Belas (25-11-2013),
    bertempat di …, kami yang bertanda tangan di bawah ini:" (§10, S35c). `tempat` None leaves the place out.
    """
    _, bulan, _ = tanggal.tanggal(hari_ini).split(" ")  # "24 Juni 2024": month names are one word
    kata = (
        f"Pada hari ini {tanggal.hari(hari_ini)}, tanggal {kata_bilangan(hari_ini.day, kapital)} bulan {bulan} "
        f"tahun {kata_bilangan(hari_ini.year, kapital)}"
    )
    if angka:
        kata += f" ({tanggal.tanggal_angka(hari_ini)})"
    if tempat:
        kata += f", bertempat di {tempat}"
    return f"{kata}, {'kami ' if kami else ''}yang bertanda tangan di bawah ini:"


def nomor_pihak(urutan: int, gaya: str) -> str:
    """Return the number before a party: "1." or, with gaya 'romawi', "I."."""
    return f"{bilangan.romawi(urutan) if gaya == 'romawi' else urutan}."


def sebut_keputusan(keputusan: Keputusan) -> str:
    """Return a decision as cited: "Keputusan Presiden Nomor 77/P Tahun 2023 tanggal 13 September 2023"."""
    teks = keputusan.naskah
    if keputusan.nomor:
        teks += f" Nomor {keputusan.nomor}"
    if keputusan.tanggal:
        teks += f" tanggal {tanggal.tanggal(keputusan.tanggal)}"
    return teks


def uraian_pihak(pihak: Pihak, jabatan: str, urutan: int, terakhir: bool) -> str:
    """Return what follows the party's name: jabatan, appointment, on whose behalf it acts, its seat, its label.

    The seat belongs to the institution, so "berkedudukan di …" follows "atas nama <instansi>".
    """
    akhir = "." if terakhir else ";"
    teks = jabatan
    if pihak.pengangkatan:
        teks += f", diangkat berdasarkan {sebut_keputusan(pihak.pengangkatan)}"
    teks += f", dalam hal ini bertindak untuk dan atas nama {pihak.instansi}"
    if pihak.kuasa:
        teks += f" berdasarkan {sebut_keputusan(pihak.kuasa)}"
    return f"{teks}, berkedudukan di {pihak.alamat}, selanjutnya disebut {label_pihak(urutan)}{akhir}"


def kalimat_para_pihak(
    jumlah: int, nama_naskah: str, tentang: str, ada_pertimbangan: bool, ada_dasar: bool = False
) -> str:
    """Return the sentence naming PARA PIHAK, leading to the considerations, the legal basis, or the articles."""
    awal = f"{sebutan_bersama(jumlah)} yang selanjutnya secara bersama-sama disebut PARA PIHAK, "
    if ada_pertimbangan:
        return awal + "terlebih dahulu menerangkan hal-hal sebagai berikut:"
    if ada_dasar:
        return awal + "berdasarkan:"
    return awal + f"sepakat untuk membuat {nama_naskah} tentang {tentang} dengan ketentuan sebagai berikut:"


def pengantar_dasar(ada_pertimbangan: bool) -> str:
    """Return the line above the legal-basis list when considerations come first (else the PARA PIHAK line leads)."""
    return "Dengan memperhatikan:" if ada_pertimbangan else ""


def kalimat_kesepakatan(nama_naskah: str, tentang: str, ada_pertimbangan: bool = True, ada_dasar: bool = False) -> str:
    """Return the sentence between the considerations (or the legal basis) and the articles."""
    if ada_pertimbangan and ada_dasar:
        dasar = "Berdasarkan pertimbangan dan ketentuan tersebut di atas, PARA PIHAK"
    elif ada_pertimbangan:
        dasar = "Berdasarkan pertimbangan tersebut di atas, PARA PIHAK"
    else:
        dasar = "PARA PIHAK"
    return f"{dasar} sepakat untuk membuat {nama_naskah} tentang {tentang} dengan ketentuan sebagai berikut:"


def pertimbangan(butir: Sequence[str]) -> list[str]:
    """Return the considerations as written in a konsiderans: each "bahwa …;"."""
    hasil = []
    for teks in butir:
        teks = teks.strip().rstrip(".;,:").strip()
        # The rest is kept as written: lower-casing could break a name such as "Pengadilan Agama".
        isi = teks[len("bahwa ") :] if teks[:6].lower() == "bahwa " else teks
        hasil.append(f"bahwa {isi};")
    return hasil


def dasar_hukum(butir: Sequence[str]) -> list[str]:
    """Return the legal-basis items as a dasar hukum list writes them, each ending with ";" like "bahwa …;"."""
    return [f"{teks.strip().rstrip('.;,:').strip()};" for teks in butir]


def rujukan_nota(judul: str, instansi: Sequence[str], nomor: Sequence[str], tentang: str) -> str:
    """Return the memorandum as a PKS cites it among its legal basis."""
    pihak = " dan ".join(instansi) if len(instansi) <= 2 else f"{', '.join(instansi[:-1])}, dan {instansi[-1]}"
    bernomor = [n for n in nomor if n]
    teks = f"{nama_naskah(judul)} antara {pihak}"
    if bernomor:
        teks += " Nomor " + " dan Nomor ".join(bernomor)
    return f"{teks} tentang {tentang}"


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
    nama = nama_naskah(judul)
    lanjutan = (
        "rencana kerja yang disusun bersama oleh PARA PIHAK"
        if judul != "NOTA KESEPAHAMAN" and judul != "KESEPAKATAN BERSAMA"
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
