"""Context for the susunan acara (rundown + petugas) and the naskah pembawa acara built from the same rows."""

from __future__ import annotations

import dataclasses
from typing import Any

from naskah.domain import daftar_hadir as dh
from naskah.domain import isian, nip, tanggal
from naskah.domain.loader import LoadedEvent
from naskah.domain.pejabat import jabatan_lengkap
from naskah.domain.protokol import Hadirin, baris_penghormatan, urutkan
from naskah.domain.schema import BerkasAcara
from naskah.domain.susunan import Baris, PerubahanTidakSah, Susunan, susun
from naskah.domain.susunan_preset import pakai_kosakata, preset, urutan_sambutan
from naskah.errors import InputFileError, Problem
from naskah.jenis._common import acara as acara_context
from naskah.jenis.sambutan.konteks import (
    daerah,
    hadirin_untuk,
    lokasi,
    peringatan_hadirin,
    salam_gaya,
)

# Who speaks an UCAPAN line; "catatan" is a stage direction printed in brackets.
PEMBICARA = {
    "mc": "Pembawa acara",
    "danup": "{Danup}",
    "irup": "{Irup}",
    "doa": "Pembaca doa",
    "catatan": "",
}

_MC = "mc"
_HORMAT = (
    (_MC, "{acara}."),
    ("danup", "Kepada {irup}, hormat, gerak!"),
    ("catatan", "Setelah penghormatan dibalas {irup}:"),
    ("danup", "Tegak, gerak!"),
)

# What is said at each preset step. `{acara}` is the step as printed (so renamed steps read right),
# `{kegiatan}` the event name, `{sebutan}` whoever performs the step.
UCAPAN: dict[str, tuple[tuple[str, str], ...]] = {
    "irup_masuk": ((_MC, "{acara}, peserta upacara disiapkan."), ("danup", "Siap, gerak!")),
    "hormat_awal": _HORMAT,
    "laporan_awal": (
        (_MC, "{acara}."),
        ("danup", "Lapor, {upacara} siap dimulai. Laporan selesai."),
        ("irup", "Laksanakan."),
    ),
    "pengibaran": (
        (_MC, "{acara}."),
        ("danup", "Kepada Sang Merah Putih, hormat, gerak!"),
        ("catatan", "Setelah bendera sampai di puncak tiang dan lagu Indonesia Raya selesai:"),
        ("danup", "Tegak, gerak!"),
    ),
    "hening": (
        (_MC, "{acara}."),
        ("irup", "Untuk mengenang jasa para pahlawan, marilah kita mengheningkan cipta. Mengheningkan cipta, mulai."),
        ("catatan", "Diiringi lagu Mengheningkan Cipta."),
        ("irup", "Selesai."),
    ),
    "pancasila": (
        (_MC, "{acara}."),
        ("catatan", "{Irup} membacakan teks Pancasila kalimat demi kalimat; peserta menirukan."),
    ),
    "panca_prasetya": ((_MC, "{acara}."), ("catatan", "Pembaca membacakan Panca Prasetya KORPRI; peserta menirukan.")),
    "amanat": (
        (_MC, "{acara}."),
        ("danup", "Istirahat di tempat, gerak!"),
        ("catatan", "Setelah amanat selesai:"),
        ("danup", "Siap, gerak!"),
    ),
    "doa": (
        (_MC, "{acara}."),
        (
            "doa",
            "Doa ini dibacakan menurut agama Islam; bagi peserta yang beragama lain, "
            "dipersilakan berdoa menurut agama dan kepercayaan masing-masing.",
        ),
    ),
    "laporan_akhir": (
        (_MC, "{acara}."),
        ("danup", "Lapor, {upacara} telah selesai dilaksanakan. Laporan selesai."),
    ),
    "ikrar": (
        (_MC, "{acara}."),
        ("catatan", "{sebutan} maju ke mimbar dan membacakan naskah Ikrar; peserta tetap dalam sikap sempurna."),
    ),
    "ttd_ikrar": ((_MC, "{acara}, oleh {sebutan}."),),
    "detik_proklamasi": (
        (_MC, "{acara}. Peserta upacara dimohon berdiri tegak."),
        ("catatan", "Sirene dibunyikan selama satu menit, disertai tembakan salvo dan pemukulan bedug dan lonceng."),
    ),
    "satyalancana": (
        (_MC, "{acara}."),
        ("catatan", "Penerima tanda kehormatan maju ke depan mimbar menurut urutan dalam keputusan."),
    ),
    "sumpah_pemuda": (
        (_MC, "{acara}."),
        ("catatan", "Pembaca membacakan naskah Sumpah Pemuda kalimat demi kalimat; peserta menirukan."),
    ),
    "mars_korpri": ((_MC, "{acara}, dipimpin oleh dirigen."),),
    "bangun_pemuda": ((_MC, "{acara}, dipimpin oleh dirigen."),),
    "ibu_kita_kartini": ((_MC, "{acara}, dipimpin oleh dirigen."),),
    "hormat_akhir": _HORMAT,
    "selesai": ((_MC, "{acara}."), ("danup", "Upacara selesai, barisan dibubarkan. Bubar, jalan!")),
    "registrasi": ((_MC, "Bapak dan Ibu peserta dipersilakan melakukan registrasi dan mengisi daftar hadir."),),
    "kedatangan": (
        (_MC, "Hadirin dimohon berdiri untuk menyambut kedatangan {tamu}."),
        (_MC, "Hadirin dipersilakan duduk kembali."),
    ),
    "indonesia_raya": (
        (_MC, "Hadirin dimohon berdiri untuk menyanyikan lagu kebangsaan Indonesia Raya."),
        (_MC, "Hadirin dipersilakan duduk kembali."),
    ),
    "doa_acara": ((_MC, "{acara}. Kepada {sebutan}, kami persilakan."),),
    "laporan_panitia": (
        (
            _MC,
            "{acara}, yang akan disampaikan oleh {sebutan}. Kepada yang terhormat {sebutan}, "
            "waktu dan tempat kami persilakan.",
        ),
    ),
    "sambutan": ((_MC, "{pengumuman}. Kepada yang terhormat {sebutan}, waktu dan tempat kami persilakan."),),
    "penandatanganan": ((_MC, "{acara}. Kepada para pihak, kami persilakan menuju meja penandatanganan."),),
    "foto": (
        (_MC, "{acara}. Kepada para pihak dan tamu undangan, kami persilakan menuju tempat yang telah disediakan."),
    ),
    "rehat": ((_MC, "Kita memasuki {acara_kecil}. Hadirin dipersilakan menikmati hidangan yang telah disediakan."),),
    "materi": ((_MC, "{acara}. Kepada narasumber dan moderator, waktu dan tempat kami persilakan."),),
}
UCAPAN_UMUM = ((_MC, "{acara}."),)
UCAPAN_DENGAN_PELAKSANA = ((_MC, "{acara}. Kepada {sebutan}, waktu dan tempat kami persilakan."),)
# Ceremony steps read out by the MC together with the name of the petugas who performs them.
DISEBUT_PELAKSANA = {
    "uud",
    "doa",
    "panca_prasetya",
    "riwayat_kartini",
    "pesan_pahlawan",
    "sumpah_pemuda",
    "proklamasi",
    "ikrar",
    "satyalancana",
    "",
}
# Steps after which the MC thanks whoever just spoke.
BERTERIMA_KASIH = {"sambutan", "laporan_panitia", "materi", ""}


def susunan_dari(loaded: LoadedEvent) -> tuple[Susunan, list[Problem]]:
    """Return the rundown of `loaded` and its warnings, located in the event file.

    An edit naming a step the rundown lacks becomes an `InputFileError` pointing at its line.
    """
    try:
        hasil = susun(loaded.berkas)
    except PerubahanTidakSah as exc:
        raise InputFileError([lokasi(loaded, exc.kunci, exc.pesan, exc.saran)]) from exc
    peringatan = [lokasi(loaded, p.kunci, p.pesan) for p in hasil.peringatan]
    if any(b.kode == "pembukaan" for b in hasil.baris):  # the MC greets the hadirin there
        peringatan += peringatan_hadirin(loaded)
    return hasil, peringatan


def judul(berkas: BerkasAcara, awalan: str) -> list[str]:
    """Return the title lines: 'SUSUNAN UPACARA …' for a ceremony, else 'SUSUNAN ACARA' over the event."""
    nama = berkas.acara.nama.upper()
    baris = [f"{awalan} {nama}"] if nama.startswith("UPACARA") else [f"{awalan} ACARA", nama]
    return baris + [berkas.instansi.pemerintah.upper()]


def waktu_setempat(berkas: BerkasAcara) -> bool:
    """Return whether times read "waktu setempat" (nationwide ceremonies) instead of WIB/WITA/WIT."""
    pengaturan = berkas.susunan_acara
    if pengaturan is None:
        return False
    if pengaturan.waktu_setempat is not None:
        return pengaturan.waktu_setempat
    return preset(pengaturan.preset).waktu_setempat


def _pukul(berkas: BerkasAcara) -> str:
    acara = berkas.acara
    if not waktu_setempat(berkas):
        return tanggal.rentang_waktu(acara.mulai, acara.selesai, acara.zona_waktu)
    if acara.selesai is None:
        return f"{tanggal.jam(acara.mulai)} waktu setempat s.d. selesai"
    return f"{tanggal.jam(acara.mulai)} s.d. {tanggal.jam(acara.selesai)} waktu setempat"


def sifat(berkas: BerkasAcara) -> str:
    """Return the ceremony's character ("Sederhana, khidmat, dan tertib"): written, else the preset's."""
    pengaturan = berkas.susunan_acara
    if pengaturan is None:
        return ""
    return pengaturan.sifat or preset(pengaturan.preset).sifat or ""


def rincian(berkas: BerkasAcara) -> list[dict[str, str]]:
    """Return the theme, day, time, place, dress and the ceremony's character as label/value pairs."""
    acara = acara_context(berkas.acara, berkas.instansi)
    tema = berkas.susunan_acara.tema if berkas.susunan_acara else None
    pasangan = [("Tema", tema or "")] if tema else []
    pasangan += [("Hari, tanggal", acara["hari_tanggal"]), ("Pukul", _pukul(berkas)), ("Tempat", acara["tempat"])]
    if acara["pakaian"]:
        pasangan.append(("Pakaian", acara["pakaian"]))
    if sifat(berkas):
        pasangan.append(("Sifat upacara", sifat(berkas)))
    return [{"label": label, "nilai": nilai} for label, nilai in pasangan]


def petugas(berkas: BerkasAcara) -> list[dict[str, str]]:
    """Return the petugas rows: role, name (with NIP when given), jabatan; roles the preset needs come blank."""
    gaya = berkas.instansi.gaya.format_nip
    rows = [
        {
            "peran": p.peran,
            "nama": p.nama,
            "nip": f"NIP {nip.format_nip(p.nip, gaya)}" if p.nip else "",
            "jabatan": p.jabatan or "",
        }
        for p in berkas.petugas
    ]
    pengaturan = berkas.susunan_acara
    if pengaturan is None or pengaturan.langkah:
        return rows
    ada = {" ".join(p.peran.split()).casefold() for p in berkas.petugas}
    kosakata = pengaturan.kosakata
    for peran in preset(pengaturan.preset).petugas:
        peran = pakai_kosakata_peran(peran, kosakata)
        if peran.casefold() not in ada:
            rows.append({"peran": peran, "nama": "", "nip": "", "jabatan": ""})
    return rows


def pakai_kosakata_peran(peran: str, kosakata: str) -> str:
    """Return an officer's role in the school vocabulary when asked: Inspektur Upacara → Pembina Upacara."""
    if kosakata != "sekolah":
        return peran
    for lama, baru in (("Inspektur", "Pembina"), ("Komandan", "Pemimpin"), ("Perwira", "Pengatur")):
        peran = peran.replace(f"{lama} Upacara", f"{baru} Upacara")
    return peran


# Column headings and relative widths of the rundown table (the "No." column always comes first).
KOLOM = {
    "no": ("No.", 1.1, "tengah"),
    "waktu": ("Waktu", 2.5, "tengah"),
    "rentang": ("Waktu", 3.3, "tengah"),
    "durasi": ("Durasi", 2.3, "tengah"),
    "acara": ("Acara", 7.9, "kiri"),
    "pelaksana": ("Pelaksana", 5.0, "kiri"),
    "penanggung_jawab": ("Penanggung Jawab", 4.2, "kiri"),
    "keterangan": ("Keterangan", 3.8, "kiri"),
}
SATUAN = 40  # grid units of the rundown table in the built-in template (tools/templat/susunan_acara.py)


def kolom_susunan(berkas: BerkasAcara) -> list[str]:
    """Return the chosen columns, "no" first and each once."""
    pilihan = berkas.susunan_acara.kolom if berkas.susunan_acara else ["waktu", "acara", "pelaksana"]
    return ["no", *dict.fromkeys(k for k in pilihan if k != "no")]


def _judul_kolom(kunci: str, berkas: BerkasAcara) -> str:
    judul = KOLOM[kunci][0]
    if kunci in ("waktu", "rentang") and berkas.acara.zona_waktu and not waktu_setempat(berkas):
        return f"{judul} ({berkas.acara.zona_waktu})"
    return judul


def durasi(menit: int) -> str:
    """Return a step's length as rundowns print it: "± 5 menit", "± 1 jam 30 menit"; "" for none."""
    if menit <= 0:
        return ""
    jam, sisa = divmod(menit, 60)
    bagian = ([f"{jam} jam"] if jam else []) + ([f"{sisa} menit"] if sisa else [])
    return "± " + " ".join(bagian)


def rentang(baris: Baris) -> str:
    """Return "08.30 – 08.35"; a step without length (the closing) shows its start only."""
    return f"{baris.waktu} – {baris.sampai}" if baris.menit > 0 else baris.waktu


def _sel(kunci: str, baris: Baris) -> str:
    return {
        "no": f"{baris.nomor}.",
        "waktu": baris.waktu,
        "rentang": rentang(baris),
        "durasi": durasi(baris.menit),
        "acara": baris.acara,
        "pelaksana": baris.oleh,
        "penanggung_jawab": baris.penanggung_jawab,
        "keterangan": baris.keterangan,
    }[kunci]


def susunan_context(berkas: BerkasAcara, hasil: Susunan) -> dict[str, Any]:
    """Return what the susunan_acara template prints."""
    kolom = kolom_susunan(berkas)
    lebar = bagi_lebar([KOLOM[k][1] for k in kolom], SATUAN)
    di_acara = "keterangan" not in kolom  # without its own column a note goes under the step
    baris = [
        {
            "nomor": f"{b.nomor}.",
            "waktu": b.waktu,
            "rentang": rentang(b),
            "durasi": durasi(b.menit),
            "acara": b.acara,
            "oleh": b.oleh,
            "penanggung_jawab": b.penanggung_jawab,
            "keterangan": b.keterangan,
            "sel": [
                {
                    "teks": _sel(k, b),
                    "catatan": b.keterangan if k == "acara" and di_acara else "",
                    "rata": KOLOM[k][2],
                    "lebar": w,
                }
                for k, w in zip(kolom, lebar, strict=True)
            ],
        }
        for b in hasil.baris
    ]
    return {
        "judul": judul(berkas, "SUSUNAN"),
        "rincian": rincian(berkas),
        "judul_waktu": _judul_kolom("waktu", berkas),
        "kolom": [{"judul": _judul_kolom(k, berkas), "lebar": w} for k, w in zip(kolom, lebar, strict=True)],
        "baris": baris,
        "catatan": list(preset(hasil.preset).catatan) if hasil.upacara else [],
        "judul_petugas": "PETUGAS UPACARA" if hasil.upacara else "PETUGAS",
        "petugas": petugas(berkas),
    }


def bagi_lebar(bobot: list[float], satuan: int) -> list[int]:
    """Return grid spans proportional to `bobot` adding up to `satuan` (the attendance sheet's rule)."""
    return dh.bagi_lebar([dh.Kolom(str(i), "", b, "kiri") for i, b in enumerate(bobot)], satuan)


# --------------------------------------------------------------------------- naskah pembawa acara


def pembawa_acara_context(berkas: BerkasAcara, hasil: Susunan) -> dict[str, Any]:
    """Return what the pembawa_acara template prints: an opening, each step and what is said there, a closing."""
    zona = (
        " waktu setempat"
        if waktu_setempat(berkas)
        else (f" {berkas.acara.zona_waktu}" if berkas.acara.zona_waktu else "")
    )
    langkah = []
    baris_mc = [dataclasses.replace(b, kode=_kode_mc(b)) for b in hasil.baris]
    kode = {b.kode for b in baris_mc}
    dibuka = "pembukaan" in kode
    if not dibuka:
        awal = "Sebelum upacara dimulai" if hasil.upacara else "Sebelum acara dimulai"
        langkah.append({"judul": awal, "ucapan": _mc(_pembuka_mc(berkas, hasil.upacara))})
    sebelumnya: Baris | None = None
    for b in baris_mc:
        ucap = ucapan(b, berkas, upacara=hasil.upacara, lanjutan=_lanjutan(sebelumnya, hasil.upacara))
        langkah.append({"judul": f"{b.nomor}. {b.acara} ({b.waktu}{zona})", "ucapan": ucap})
        sebelumnya = b if dibuka or b.kode not in ("registrasi", "kedatangan") else sebelumnya
        dibuka = dibuka or b.kode == "pembukaan"
    if not kode & {"penutup", "selesai"}:
        langkah.append({"judul": "Penutup", "ucapan": _mc(_penutup_mc(berkas, hasil.upacara, sebelumnya))})
    pembawa = [p.nama for p in berkas.petugas if " ".join(p.peran.split()).casefold() == "pembawa acara"]
    baris_pembawa = [{"label": "Pembawa acara", "nilai": ", ".join(pembawa)}] if pembawa else []
    return {
        "judul": ["NASKAH PEMBAWA ACARA", berkas.acara.nama.upper()],
        "rincian": rincian(berkas) + baris_pembawa,
        "langkah": langkah,
    }


_PEMBUKAAN_SENDIRI = {"pembukaan", "pembukaan oleh pembawa acara", "pembukaan acara"}
_PENUTUP_SENDIRI = {"penutup", "penutupan", "penutupan acara", "penutup oleh pembawa acara"}


def _kode_mc(baris: Baris) -> str:
    """Return the step's code for the MC; an own step named "Pembukaan" or "Penutup" is the MC's opening/closing."""
    if baris.kode:
        return baris.kode
    nama = " ".join(baris.acara.split()).casefold().rstrip(".")
    if nama in _PEMBUKAAN_SENDIRI:
        return "pembukaan"
    if nama in _PENUTUP_SENDIRI:
        return "penutup"
    return ""


def _lanjutan(sebelumnya: Baris | None, upacara: bool) -> str:
    """Return how the MC leads into the next step of an event (ceremonies just read the step out).

    "" before the opening; "Acara selanjutnya" after it, thanking whoever spoke last.
    """
    if upacara or sebelumnya is None:
        return ""
    if sebelumnya.kode in BERTERIMA_KASIH and sebelumnya.bernama and sebelumnya.sebutan:
        return f"Terima kasih kepada {sebelumnya.sebutan}. Acara selanjutnya"
    return "Acara selanjutnya"


def ucapan(baris: Baris, berkas: BerkasAcara, *, upacara: bool = False, lanjutan: str = "") -> list[dict[str, Any]]:
    """Return the lines said at step `baris`: the MC's words, ceremony commands, stage directions.

    `lanjutan` ("Acara selanjutnya") leads into a step of an event after its opening, so the MC never
    just reads the step's name out; in a ceremony the MC reads the step and names the petugas.
    """
    if baris.kode == "pembukaan":
        return _mc(_pembukaan(berkas))
    if baris.kode == "penutup":
        return _mc(_penutup(berkas))
    pola = UCAPAN.get(baris.kode) or (UCAPAN_DENGAN_PELAKSANA if baris.oleh and not baris.kode else UCAPAN_UMUM)
    if upacara and not baris.kode:
        pola = UCAPAN_UMUM
    if upacara and baris.kode in DISEBUT_PELAKSANA and baris.bernama and pola[0] == (_MC, "{acara}."):
        pola = ((_MC, "{acara}, oleh {sebutan}."), *pola[1:])
    kosakata = berkas.susunan_acara.kosakata if berkas.susunan_acara else "pemda"
    nilai = _nilai(baris, berkas)
    if lanjutan and pola[0][1].startswith(("{acara}", "{pengumuman}")):
        kunci = "acara" if pola[0][1].startswith("{acara}") else "pengumuman"
        nilai[kunci] = f"{lanjutan}, {_kecil(nilai[kunci])}"
    if _disebut(baris):  # "Pembacaan doa oleh Ustaz Ahmad" needs no second "oleh Ustaz Ahmad"
        pola = tuple((siapa, teks.replace(", oleh {sebutan}.", ".")) for siapa, teks in pola)
    return [_baris_ucapan(siapa, isian.isi(pakai_kosakata(teks, kosakata), nilai), kosakata) for siapa, teks in pola]


def _disebut(baris: Baris) -> bool:
    """Return whether the step's text already names who performs it ("… oleh Ketua DPRD")."""
    sebutan = baris.sebutan or baris.oleh
    teks = baris.acara.casefold()
    return bool(sebutan) and (sebutan.casefold() in teks or " oleh " in teks)


def _kecil(teks: str) -> str:
    """Return `teks` with a lower-case first letter unless it starts an acronym ("KORPRI", "UUD")."""
    if len(teks) > 1 and teks[1].isupper():
        return teks
    return teks[:1].lower() + teks[1:]


def _nama_upacara(berkas: BerkasAcara) -> str:
    nama = berkas.acara.nama
    return nama if nama.casefold().startswith("upacara") else f"upacara {nama}"


def _nilai(baris: Baris, berkas: BerkasAcara) -> dict[str, str]:
    acara = baris.acara.rstrip(".")
    return {
        "acara": acara,
        "acara_kecil": _kecil(acara),
        "kegiatan": berkas.acara.nama,
        "upacara": _nama_upacara(berkas),
        "sebutan": baris.sebutan or baris.oleh,
        "pengumuman": acara,
        **dict(baris.isian),
    }


def _pembuka_mc(berkas: BerkasAcara, upacara: bool) -> list[str]:
    """Return the MC's opening when the rundown has no opening step of its own."""
    if upacara:
        nama = _nama_upacara(berkas)
        return [
            f"{nama[:1].upper()}{nama[1:]} akan segera dimulai. Para peserta upacara dimohon menempati "
            "tempat yang telah ditentukan.",
        ]
    return _pembukaan(berkas)


def _penutup_mc(berkas: BerkasAcara, upacara: bool, terakhir: Baris | None) -> list[str]:
    """Return the MC's closing when the rundown has no closing step of its own."""
    if upacara:
        nama = _nama_upacara(berkas)
        return [f"Dengan demikian, {_kecil(nama)} telah selesai. Terima kasih atas kehadiran dan kekhidmatan peserta."]
    kalimat = _penutup(berkas)
    if terakhir is not None and terakhir.kode in BERTERIMA_KASIH and terakhir.bernama and terakhir.sebutan:
        kalimat.insert(0, f"Terima kasih kepada {terakhir.sebutan}.")
    return kalimat


def _baris_ucapan(siapa: str, teks: str, kosakata: str) -> dict[str, Any]:
    if teks.endswith("..") and not teks.endswith("..."):  # a name ending in a degree: "S.Pd." + "."
        teks = teks[:-1]
    if siapa == "catatan":
        return {"pembicara": "", "teks": f"({teks})", "catatan": True}
    return {"pembicara": pakai_kosakata(PEMBICARA[siapa], kosakata), "teks": teks, "catatan": False}


def _mc(kalimat: list[str]) -> list[dict[str, Any]]:
    """Return one MC turn: the first line carries the speaker, the rest continue it."""
    return [
        {"pembicara": PEMBICARA["mc"] if i == 0 else "", "teks": teks, "catatan": False}
        for i, teks in enumerate(kalimat)
    ]


def _islam(berkas: BerkasAcara) -> bool:
    urut = urutan_sambutan(berkas.sambutan)
    return urut[-1].salam_islam if urut else True


def _pembukaan(berkas: BerkasAcara) -> list[str]:
    """Return the MC's opening: greetings, penghormatan (principal included), puji syukur, the start."""
    acara = berkas.acara
    islam = _islam(berkas)
    salam, _ = salam_gaya(berkas.instansi, islam=islam)
    hasil = urutkan(_tamu_kehormatan(berkas), wilayah=berkas.instansi.wilayah, daerah=daerah(berkas.instansi))
    tuhan = "Allah SWT" if islam else "Tuhan Yang Maha Esa"
    mulai = "Dengan mengucapkan Bismillahirrahmanirrahim" if islam else "Dengan memohon rahmat Tuhan Yang Maha Esa"
    return [
        *salam,
        *baris_penghormatan(hasil, sapaan="Yang kami hormati"),
        f"Puji syukur kita panjatkan ke hadirat {tuhan}, karena atas rahmat dan karunia-Nya kita dapat berkumpul "
        f"dalam {acara.nama} pada hari ini, {tanggal.tanggal_panjang(acara.tanggal)}, bertempat di {acara.tempat}.",
        f"{mulai}, acara ini kami mulai.",
    ]


def _tamu_kehormatan(berkas: BerkasAcara) -> list[Hadirin]:
    """Return the hadirin plus every speaker not listed there (the MC greets the principal too)."""
    hadirin = hadirin_untuk(berkas.hadirin)
    ada = {" ".join(h.jabatan.split()).casefold() for h in hadirin}
    for item in berkas.sambutan:
        jabatan = jabatan_lengkap(item.oleh)
        if {jabatan.casefold(), item.oleh.jabatan.casefold()} & ada:
            continue
        if item.dibacakan_oleh:
            jabatan += f" yang diwakili oleh {jabatan_lengkap(item.dibacakan_oleh)}"
        hadirin.append(Hadirin(jabatan=jabatan))
    return hadirin


def _penutup(berkas: BerkasAcara) -> list[str]:
    _, salam = salam_gaya(berkas.instansi, islam=_islam(berkas))
    kalimat = (
        f"Hadirin yang kami hormati, demikian rangkaian {berkas.acara.nama}. Atas perhatian dan kehadiran "
        "Bapak dan Ibu sekalian, kami ucapkan terima kasih."
    )
    return [kalimat, *salam]
