"""Preset rundowns of domain §9 (upacara bendera, Hari Kesadaran Nasional, Hari Kartini, pembukaan + MoU).

Step texts name the ceremony officers through `{irup}`, `{danup}`, `{paup}` (and capitalised `{Irup}` …),
filled from the vocabulary the event chooses: Pemda (inspektur/komandan/perwira upacara) or school
(pembina/pemimpin/pengatur upacara, Permendikbud 22/2018). `UCAPAN` holds what is said at each step,
for the naskah pembawa acara.
"""

from __future__ import annotations

import dataclasses

KOSAKATA = {
    "pemda": {"irup": "inspektur upacara", "danup": "komandan upacara", "paup": "perwira upacara"},
    "sekolah": {"irup": "pembina upacara", "danup": "pemimpin upacara", "paup": "pengatur upacara"},
}
UPACARA = ("upacara-bendera", "hari-kesadaran-nasional", "hari-kartini")

# Who speaks an UCAPAN line; "catatan" is a stage direction printed in brackets.
PEMBICARA = {
    "mc": "Pembawa acara",
    "danup": "{Danup}",
    "irup": "{Irup}",
    "doa": "Pembaca doa",
    "catatan": "",
}


@dataclasses.dataclass(frozen=True)
class LangkahPreset:
    """One preset step: `peran` are the petugas roles that may perform it, `label` names them otherwise."""

    kode: str
    acara: str
    durasi: int
    label: str = ""
    peran: tuple[str, ...] = ()


def _l(kode: str, acara: str, durasi: int, label: str = "", *peran: str) -> LangkahPreset:
    return LangkahPreset(kode, acara, durasi, label, peran or ((label,) if label else ()))


# §9.2 Pemda sequence (S31) without the Hari Kartini and KORPRI items.
_UPACARA_PEMDA = (
    _l("danup_masuk", "{Danup} memasuki lapangan upacara", 2, "{Danup}"),
    _l("laporan_paup", "Laporan {paup} kepada {irup}", 2, "{Paup}"),
    _l("irup_masuk", "{Irup} memasuki lapangan upacara", 2, "{Irup}"),
    _l("hormat_awal", "Penghormatan umum kepada {irup}", 1, "{Danup}"),
    _l("laporan_awal", "Laporan {danup}", 2, "{Danup}"),
    _l("pengibaran", "Pengibaran bendera Merah Putih diiringi lagu kebangsaan Indonesia Raya", 5,
       "Pengibar bendera dan paduan suara", "Pengibar bendera"),
    _l("hening", "Mengheningkan cipta dipimpin oleh {irup}", 2, "{Irup}"),
    _l("pancasila", "Pembacaan teks Pancasila oleh {irup} diikuti peserta", 2, "{Irup}",
       "Pembaca teks Pancasila", "{Irup}"),
    _l("uud", "Pembacaan Pembukaan UUD Negara Republik Indonesia Tahun 1945", 3,
       "Pembaca Pembukaan UUD 1945", "Pembaca Pembukaan UUD 1945", "Pembaca Pembukaan UUD"),
    _l("amanat", "Amanat {irup}", 15, "{Irup}"),
    _l("doa", "Pembacaan doa", 3, "Pembaca doa"),
    _l("laporan_akhir", "Laporan {danup}", 2, "{Danup}"),
    _l("hormat_akhir", "Penghormatan umum kepada {irup}", 1, "{Danup}"),
    _l("irup_keluar", "{Irup} meninggalkan lapangan upacara", 2, "{Irup}"),
    _l("selesai", "Upacara selesai", 0, "{Danup}"),
)

# §9.1 Kemendikbud sequence, school vocabulary.
_UPACARA_SEKOLAH = (
    _l("danup_masuk", "{Danup} memasuki lapangan upacara", 2, "{Danup}"),
    _l("irup_masuk", "{Irup} tiba di tempat upacara", 2, "{Irup}"),
    _l("hormat_awal", "Penghormatan kepada {irup}", 1, "{Danup}"),
    _l("laporan_awal", "Laporan {danup}", 2, "{Danup}"),
    _UPACARA_PEMDA[5],
    _UPACARA_PEMDA[6],
    _l("pancasila", "Pembacaan teks Pancasila oleh {irup} diikuti seluruh peserta", 2, "{Irup}",
       "Pembaca teks Pancasila", "{Irup}"),
    _UPACARA_PEMDA[8],
    _UPACARA_PEMDA[9],
    _UPACARA_PEMDA[10],
    _UPACARA_PEMDA[11],
    _l("hormat_akhir", "Penghormatan kepada {irup}", 1, "{Danup}"),
    _l("irup_keluar", "{Irup} meninggalkan mimbar", 2, "{Irup}"),
    _l("selesai", "Upacara selesai, barisan dibubarkan", 0, "{Danup}"),
)

_PANCA_PRASETYA = _l("panca_prasetya", "Pembacaan Panca Prasetya KORPRI", 2, "Pembaca Panca Prasetya KORPRI")
_RIWAYAT = _l("riwayat_kartini", "Pembacaan riwayat singkat R.A. Kartini", 5, "Pembaca riwayat singkat R.A. Kartini",
              "Pembaca riwayat singkat R.A. Kartini", "Pembaca riwayat R.A. Kartini")
_IBU_KITA = _l("ibu_kita_kartini", 'Menyanyikan lagu "Ibu Kita Kartini"', 3, "Dirigen dan paduan suara")

# §9.3; the steps whose text needs event data (kedatangan, laporan, sambutan …) are worded in `susunan`.
_PEMBUKAAN_MOU = (
    _l("registrasi", "Registrasi peserta dan pengisian daftar hadir", 30, "Panitia"),
    _l("kedatangan", "Kedatangan undangan", 5, "Panitia"),
    _l("pembukaan", "Pembukaan oleh pembawa acara", 5, "Pembawa acara"),
    _l("indonesia_raya", "Menyanyikan lagu kebangsaan Indonesia Raya", 5, "Seluruh hadirin", "Dirigen"),
    _l("doa_acara", "Pembacaan doa", 5, "Pembaca doa"),
    _l("laporan_panitia", "Laporan Ketua Panitia", 10, "Ketua panitia"),
    _l("sambutan", "Sambutan", 10),
    _l("penandatanganan", "Penandatanganan nota kesepahaman, dilanjutkan pertukaran naskah", 15, "Para pihak"),
    _l("foto", "Foto bersama", 5, "Para pihak dan undangan"),
    _l("rehat", "Rehat kopi", 15, "Panitia"),
    _l("materi", "Penyampaian materi dan diskusi", 90, "Narasumber dan moderator"),
    _l("penutup", "Penutup", 0, "Pembawa acara"),
)


def langkah_preset(nama: str, kosakata: str) -> list[LangkahPreset]:
    """Return the steps of preset `nama`; `kosakata` 'pemda' or 'sekolah' picks the ceremony sequence."""
    if nama == "pembukaan-mou":
        return list(_PEMBUKAAN_MOU)
    if nama not in UPACARA:
        return []
    langkah = list(_UPACARA_SEKOLAH if kosakata == "sekolah" else _UPACARA_PEMDA)
    if nama in ("hari-kesadaran-nasional", "hari-kartini"):
        _sisip_setelah(langkah, "uud", _PANCA_PRASETYA)
    if nama == "hari-kartini":
        # §9.2: the short biography before the amanat, the song after it.
        _sisip_setelah(langkah, "amanat", _IBU_KITA)
        langkah.insert(_indeks(langkah, "amanat"), _RIWAYAT)
    return langkah


def _indeks(langkah: list[LangkahPreset], kode: str) -> int:
    return next(i for i, item in enumerate(langkah) if item.kode == kode)


def _sisip_setelah(langkah: list[LangkahPreset], kode: str, baru: LangkahPreset) -> None:
    langkah.insert(_indeks(langkah, kode) + 1, baru)


def pakai_kosakata(teks: str, kosakata: str) -> str:
    """Return `teks` with `{irup}`, `{Danup}` … replaced by the words of `kosakata`."""
    for kunci, kata in KOSAKATA[kosakata].items():
        teks = teks.replace(f"{{{kunci}}}", kata).replace(f"{{{kunci.capitalize()}}}", kata[0].upper() + kata[1:])
    return teks


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
    "pancasila": ((_MC, "{acara}."), ("catatan", "{Irup} membacakan teks Pancasila kalimat demi kalimat; peserta menirukan.")),
    "panca_prasetya": ((_MC, "{acara}."), ("catatan", "Pembaca membacakan Panca Prasetya KORPRI; peserta menirukan.")),
    "amanat": (
        (_MC, "{acara}."),
        ("danup", "Istirahat di tempat, gerak!"),
        ("catatan", "Setelah amanat selesai:"),
        ("danup", "Siap, gerak!"),
    ),
    "doa": (
        (_MC, "{acara}."),
        ("doa", "Doa ini dibacakan menurut agama Islam; bagi peserta yang beragama lain, "
                "dipersilakan berdoa menurut agama dan kepercayaan masing-masing."),
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
    "laporan_panitia": ((_MC, "{acara}, yang akan disampaikan oleh {sebutan}. Kepada yang terhormat {sebutan}, "
                              "waktu dan tempat kami persilakan."),),
    "sambutan": ((_MC, "{pengumuman}. Kepada yang terhormat {sebutan}, waktu dan tempat kami persilakan."),),
    "penandatanganan": ((_MC, "{acara}. Kepada para pihak, kami persilakan menuju meja penandatanganan."),),
    "foto": ((_MC, "{acara}. Kepada para pihak dan tamu undangan, kami persilakan menuju tempat yang telah disediakan."),),
    "rehat": ((_MC, "Kita memasuki {acara_kecil}. Hadirin dipersilakan menikmati hidangan yang telah disediakan."),),
    "materi": ((_MC, "{acara}. Kepada narasumber dan moderator, waktu dan tempat kami persilakan."),),
}
UCAPAN_UMUM = ((_MC, "{acara}."),)
UCAPAN_DENGAN_PELAKSANA = ((_MC, "{acara}. Kepada {sebutan}, waktu dan tempat kami persilakan."),)
