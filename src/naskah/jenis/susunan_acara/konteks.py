"""Context for the susunan acara (rundown + petugas) and the naskah pembawa acara built from the same rows."""

from __future__ import annotations

from typing import Any

from naskah.domain import isian, nip, tanggal
from naskah.domain.loader import LoadedEvent
from naskah.domain.pejabat import jabatan_lengkap
from naskah.domain.protokol import Hadirin, baris_penghormatan, urutkan
from naskah.domain.schema import BerkasAcara
from naskah.domain.susunan import Baris, PerubahanTidakSah, Susunan, susun
from naskah.domain.susunan_preset import pakai_kosakata, urutan_sambutan
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
        ("danup", "Lapor, {kegiatan} siap dimulai."),
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
    "laporan_akhir": ((_MC, "{acara}."), ("danup", "Lapor, {kegiatan} telah selesai dilaksanakan. Laporan selesai.")),
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


def rincian(berkas: BerkasAcara) -> list[dict[str, str]]:
    """Return the event's day, time, place (and dress) as label/value pairs."""
    acara = acara_context(berkas.acara, berkas.instansi)
    pasangan = [("Hari, tanggal", acara["hari_tanggal"]), ("Pukul", acara["pukul"]), ("Tempat", acara["tempat"])]
    if acara["pakaian"]:
        pasangan.append(("Pakaian", acara["pakaian"]))
    return [{"label": label, "nilai": nilai} for label, nilai in pasangan]


def petugas(berkas: BerkasAcara) -> list[dict[str, str]]:
    """Return the petugas rows: role, name (with NIP when given), jabatan."""
    gaya = berkas.instansi.gaya.format_nip
    return [
        {
            "peran": p.peran,
            "nama": p.nama,
            "nip": f"NIP {nip.format_nip(p.nip, gaya)}" if p.nip else "",
            "jabatan": p.jabatan or "",
        }
        for p in berkas.petugas
    ]


def susunan_context(berkas: BerkasAcara, hasil: Susunan) -> dict[str, Any]:
    """Return what the susunan_acara template prints."""
    baris = [
        {"nomor": f"{b.nomor}.", "waktu": b.waktu, "acara": b.acara, "oleh": b.oleh, "keterangan": b.keterangan}
        for b in hasil.baris
    ]
    return {
        "judul": judul(berkas, "SUSUNAN"),
        "rincian": rincian(berkas),
        "judul_waktu": f"Waktu ({berkas.acara.zona_waktu})" if berkas.acara.zona_waktu else "Waktu",
        "baris": baris,
        "judul_petugas": "PETUGAS UPACARA" if hasil.upacara else "PETUGAS",
        "petugas": petugas(berkas),
    }


# --------------------------------------------------------------------------- naskah pembawa acara


def pembawa_acara_context(berkas: BerkasAcara, hasil: Susunan) -> dict[str, Any]:
    """Return what the pembawa_acara template prints: each step and what is said there."""
    zona = f" {berkas.acara.zona_waktu}" if berkas.acara.zona_waktu else ""
    langkah = [{"judul": f"{b.nomor}. {b.acara} ({b.waktu}{zona})", "ucapan": ucapan(b, berkas)} for b in hasil.baris]
    pembawa = [p.nama for p in berkas.petugas if " ".join(p.peran.split()).casefold() == "pembawa acara"]
    baris_pembawa = [{"label": "Pembawa acara", "nilai": ", ".join(pembawa)}] if pembawa else []
    return {
        "judul": ["NASKAH PEMBAWA ACARA", berkas.acara.nama.upper()],
        "rincian": rincian(berkas) + baris_pembawa,
        "langkah": langkah,
    }


def ucapan(baris: Baris, berkas: BerkasAcara) -> list[dict[str, Any]]:
    """Return the lines said at step `baris`: the MC's words, ceremony commands, stage directions."""
    if baris.kode == "pembukaan":
        return _mc(_pembukaan(berkas))
    if baris.kode == "penutup":
        return _mc(_penutup(berkas))
    pola = UCAPAN.get(baris.kode) or (UCAPAN_DENGAN_PELAKSANA if baris.oleh and not baris.kode else UCAPAN_UMUM)
    kosakata = berkas.susunan_acara.kosakata if berkas.susunan_acara else "pemda"
    nilai = _nilai(baris, berkas)
    return [_baris_ucapan(siapa, isian.isi(pakai_kosakata(teks, kosakata), nilai), kosakata) for siapa, teks in pola]


def _nilai(baris: Baris, berkas: BerkasAcara) -> dict[str, str]:
    acara = baris.acara.rstrip(".")
    return {
        "acara": acara,
        "acara_kecil": acara[:1].lower() + acara[1:],
        "kegiatan": berkas.acara.nama,
        "sebutan": baris.sebutan or baris.oleh,
        "pengumuman": acara,
        **dict(baris.isian),
    }


def _baris_ucapan(siapa: str, teks: str, kosakata: str) -> dict[str, Any]:
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
