"""Preset rundowns of domain §9 (upacara bendera, Hari Kesadaran Nasional, Hari Kartini, pembukaan + MoU)
and of the national days Pemda commemorate with a ceremony.

Step texts name the ceremony officers through `{irup}`, `{danup}`, `{paup}` (and capitalised `{Irup}` …),
filled from the vocabulary the event chooses: Pemda (inspektur/komandan/perwira upacara) or school
(pembina/pemimpin/pengatur upacara, Permendikbud 22/2018). The steps of the opening with an MoU
signing that name the event's officials and parties are worded here from the event file.

Domain §9 documents the flag ceremony, Hari Kesadaran Nasional and Hari Kartini. The national-day
orders (Hari Kesaktian Pancasila, HUT Kemerdekaan RI, HUT KORPRI, Hari Pendidikan Nasional, Hari Sumpah
Pemuda, Hari Pahlawan) and the school Hari Kartini order are common practice [P] of Pemda and school
ceremony orders built on §9.1/§9.2; every step can still be renamed, removed or added by name.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from naskah.domain.nota import nama_naskah
from naskah.domain.pejabat import jabatan_lengkap
from naskah.domain.protokol import cari_peringkat
from naskah.domain.schema import BerkasAcara, Pihak, Sambutan

KOSAKATA = {
    "pemda": {"irup": "inspektur upacara", "danup": "komandan upacara", "paup": "perwira upacara"},
    "sekolah": {"irup": "pembina upacara", "danup": "pemimpin upacara", "paup": "pengatur upacara"},
}
HARI_NASIONAL = (
    "hari-kesaktian-pancasila",
    "hut-kemerdekaan-ri",
    "hut-korpri",
    "hari-pendidikan-nasional",
    "hari-sumpah-pemuda",
    "hari-pahlawan",
)
UPACARA = ("upacara-bendera", "hari-kesadaran-nasional", "hari-kartini", *HARI_NASIONAL)


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
    _l("laporan_awal", "Laporan {danup} kepada {irup} bahwa upacara siap dimulai", 2, "{Danup}"),
    _l(
        "pengibaran",
        "Pengibaran bendera Merah Putih diiringi lagu kebangsaan Indonesia Raya",
        5,
        "Pengibar bendera dan paduan suara",
        "Pengibar bendera",
    ),
    _l("hening", "Mengheningkan cipta dipimpin oleh {irup}", 2, "{Irup}"),
    _l(
        "pancasila",
        "Pembacaan teks Pancasila oleh {irup} diikuti peserta",
        2,
        "{Irup}",
        "Pembaca teks Pancasila",
        "{Irup}",
    ),
    _l(
        "uud",
        "Pembacaan Pembukaan UUD Negara Republik Indonesia Tahun 1945",
        3,
        "Pembaca Pembukaan UUD 1945",
        "Pembaca Pembukaan UUD 1945",
        "Pembaca Pembukaan UUD",
    ),
    _l("amanat", "Amanat {irup}", 15, "{Irup}"),
    _l("doa", "Pembacaan doa", 3, "Pembaca doa"),
    _l("laporan_akhir", "Laporan {danup} kepada {irup} bahwa upacara telah selesai", 2, "{Danup}"),
    _l("hormat_akhir", "Penghormatan umum kepada {irup}", 1, "{Danup}"),
    _l("irup_keluar", "{Irup} meninggalkan lapangan upacara", 2, "{Irup}"),
    _l("selesai", "Upacara selesai", 0, "{Danup}"),
)

# §9.1 Kemendikbud sequence, school vocabulary.
_UPACARA_SEKOLAH = (
    _l("danup_masuk", "{Danup} memasuki lapangan upacara", 2, "{Danup}"),
    _l("irup_masuk", "{Irup} tiba di tempat upacara", 2, "{Irup}"),
    _l("hormat_awal", "Penghormatan kepada {irup}", 1, "{Danup}"),
    _UPACARA_PEMDA[4],
    _UPACARA_PEMDA[5],
    _UPACARA_PEMDA[6],
    _l(
        "pancasila",
        "Pembacaan teks Pancasila oleh {irup} diikuti seluruh peserta",
        2,
        "{Irup}",
        "Pembaca teks Pancasila",
        "{Irup}",
    ),
    _UPACARA_PEMDA[8],
    _UPACARA_PEMDA[9],
    _UPACARA_PEMDA[10],
    _UPACARA_PEMDA[11],
    _l("hormat_akhir", "Penghormatan kepada {irup}", 1, "{Danup}"),
    _l("irup_keluar", "{Irup} meninggalkan mimbar", 2, "{Irup}"),
    _l("selesai", "Upacara selesai, barisan dibubarkan", 0, "{Danup}"),
)

_PANCA_PRASETYA = _l("panca_prasetya", "Pembacaan Panca Prasetya KORPRI", 2, "Pembaca Panca Prasetya KORPRI")
_RIWAYAT = _l(
    "riwayat_kartini",
    "Pembacaan riwayat singkat R.A. Kartini",
    5,
    "Pembaca riwayat singkat R.A. Kartini",
    "Pembaca riwayat singkat R.A. Kartini",
    "Pembaca riwayat R.A. Kartini",
)
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


_IKRAR = _l(
    "ikrar",
    "Pembacaan Ikrar oleh Ketua Dewan Perwakilan Rakyat Daerah",
    3,
    "Ketua Dewan Perwakilan Rakyat Daerah",
    "Pembaca Ikrar",
    "Ketua DPRD",
    "Ketua Dewan Perwakilan Rakyat Daerah",
)
_TTD_IKRAR = _l(
    "ttd_ikrar",
    "Penandatanganan naskah Ikrar",
    3,
    "{Irup} dan Ketua Dewan Perwakilan Rakyat Daerah",
    "Penanda tangan Ikrar",
)
_PENGIBARAN_PENUH = _l(
    "pengibaran",
    "Pengibaran bendera Merah Putih satu tiang penuh diiringi lagu kebangsaan Indonesia Raya",
    5,
    "Pengibar bendera dan paduan suara",
    "Pengibar bendera",
)
_DETIK_PROKLAMASI = _l(
    "detik_proklamasi",
    "Detik-detik Proklamasi ditandai bunyi sirene, tembakan salvo, serta pemukulan bedug dan lonceng",
    2,
    "Petugas sirene dan salvo",
)
_PROKLAMASI = _l(
    "proklamasi",
    "Pembacaan teks Proklamasi Kemerdekaan Indonesia",
    2,
    "Ketua Dewan Perwakilan Rakyat Daerah",
    "Pembaca teks Proklamasi",
    "Ketua DPRD",
    "Ketua Dewan Perwakilan Rakyat Daerah",
)
_PENGIBARAN_PASKIBRAKA = _l(
    "pengibaran",
    "Pengibaran bendera Merah Putih oleh Pasukan Pengibar Bendera Pusaka diiringi lagu kebangsaan Indonesia Raya",
    5,
    "Pasukan Pengibar Bendera Pusaka (Paskibraka) dan paduan suara",
    "Paskibraka",
    "Pasukan Pengibar Bendera Pusaka",
    "Pengibar bendera",
)
_SATYALANCANA = _l(
    "satyalancana",
    "Pembacaan Keputusan Presiden tentang penganugerahan Satyalancana Karya Satya dan penyematan oleh {irup}",
    10,
    "Pembaca Keputusan Presiden",
)
_MARS_KORPRI = _l("mars_korpri", "Menyanyikan lagu Mars KORPRI", 3, "Dirigen dan paduan suara")
_SUMPAH_PEMUDA = _l(
    "sumpah_pemuda", "Pembacaan naskah Sumpah Pemuda diikuti peserta", 2, "Pembaca naskah Sumpah Pemuda"
)
_BANGUN_PEMUDA = _l("bangun_pemuda", 'Menyanyikan lagu "Bangun Pemudi Pemuda"', 3, "Dirigen dan paduan suara")
_PESAN_PAHLAWAN = _l("pesan_pahlawan", "Pembacaan pesan-pesan pahlawan", 3, "Pembaca pesan-pesan pahlawan")


@dataclasses.dataclass(frozen=True)
class Preset:
    """What a preset brings besides its steps: the officers it needs, notes, and its place in the calendar.

    `tanggal` is the (month, day) a national day is held on whatever the weekday (no move to a working
    day); `waktu_setempat` prints the time as "waktu setempat" as nationwide ceremony orders do.
    """

    petugas: tuple[str, ...] = ()
    catatan: tuple[str, ...] = ()
    keterangan: tuple[tuple[str, str], ...] = ()  # (step code, note printed with it)
    tanggal: tuple[int, int] | None = None
    waktu_setempat: bool = False
    sifat: str | None = None
    nama: str = ""


_PETUGAS_UMUM = ("Inspektur Upacara", "Komandan Upacara", "Perwira Upacara", "Pembawa Acara")
_KHIDMAT = "Sederhana, khidmat, dan tertib"
PRESET = {
    "hari-kesaktian-pancasila": Preset(
        nama="Hari Kesaktian Pancasila",
        petugas=(*_PETUGAS_UMUM, "Pembaca Pembukaan UUD 1945", "Pembaca Ikrar", "Pembaca Doa", "Pengibar Bendera"),
        catatan=(
            "Tanggal 30 September bendera Merah Putih dikibarkan setengah tiang sebagai tanda berkabung "
            "(Hari Peringatan Korban Gerakan 30 September/PKI).",
            "Tanggal 1 Oktober bendera Merah Putih dikibarkan satu tiang penuh.",
            "Upacara Hari Kesaktian Pancasila tanpa amanat inspektur upacara.",
        ),
        tanggal=(10, 1),
        waktu_setempat=True,
        sifat=_KHIDMAT,
    ),
    "hut-kemerdekaan-ri": Preset(
        nama="HUT Kemerdekaan Republik Indonesia",
        petugas=(*_PETUGAS_UMUM, "Pembaca teks Proklamasi", "Pembaca Pembukaan UUD 1945", "Pembaca Doa", "Paskibraka"),
        tanggal=(8, 17),
        waktu_setempat=True,
        sifat=_KHIDMAT,
    ),
    "hut-korpri": Preset(
        nama="HUT KORPRI",
        petugas=(*_PETUGAS_UMUM, "Pembaca Pembukaan UUD 1945", "Pembaca Panca Prasetya KORPRI", "Pembaca Doa"),
        waktu_setempat=True,
        sifat=_KHIDMAT,
    ),
    "hari-pendidikan-nasional": Preset(
        nama="Hari Pendidikan Nasional",
        petugas=(*_PETUGAS_UMUM, "Pembaca Pembukaan UUD 1945", "Pembaca Doa"),
        waktu_setempat=True,
        sifat=_KHIDMAT,
    ),
    "hari-sumpah-pemuda": Preset(
        nama="Hari Sumpah Pemuda",
        petugas=(*_PETUGAS_UMUM, "Pembaca Pembukaan UUD 1945", "Pembaca naskah Sumpah Pemuda", "Pembaca Doa"),
        waktu_setempat=True,
        sifat=_KHIDMAT,
    ),
    "hari-pahlawan": Preset(
        nama="Hari Pahlawan",
        petugas=(*_PETUGAS_UMUM, "Pembaca Pembukaan UUD 1945", "Pembaca pesan-pesan pahlawan", "Pembaca Doa"),
        keterangan=(("hening", "serentak pukul 08.15 waktu setempat selama 60 detik"),),
        tanggal=(11, 10),
        waktu_setempat=True,
        sifat=_KHIDMAT,
    ),
}


def preset(nama: str) -> Preset:
    """Return what preset `nama` brings besides its steps (nothing for the §9 presets)."""
    return PRESET.get(nama, Preset())


def langkah_preset(nama: str, kosakata: str) -> list[LangkahPreset]:
    """Return the steps of preset `nama`; `kosakata` 'pemda' or 'sekolah' picks the ceremony sequence."""
    if nama == "pembukaan-mou":
        return list(_PEMBUKAAN_MOU)
    if nama not in UPACARA:
        return []
    langkah = list(_UPACARA_SEKOLAH if kosakata == "sekolah" else _UPACARA_PEMDA)
    if nama == "hari-kartini" and kosakata == "sekolah":
        return _kartini_sekolah(langkah)
    if nama in ("hari-kesadaran-nasional", "hari-kartini", "hut-korpri"):
        _sisip_setelah(langkah, "uud", _PANCA_PRASETYA)
    if nama == "hari-kartini":
        # §9.2: the short biography before the amanat, the song after it.
        _sisip_setelah(langkah, "amanat", _IBU_KITA)
        langkah.insert(_indeks(langkah, "amanat"), _RIWAYAT)
    _HARI_NASIONAL_LANGKAH.get(nama, lambda _: None)(langkah)
    return langkah


def _kartini_sekolah(langkah: list[LangkahPreset]) -> list[LangkahPreset]:
    """Return the school Hari Kartini order [P]: no flag raising, no KORPRI prasetya, the biography after the amanat."""
    langkah = [item for item in langkah if item.kode != "pengibaran"]
    _sisip_setelah(langkah, "amanat", _RIWAYAT)
    _sisip_setelah(langkah, "riwayat_kartini", _IBU_KITA)
    return langkah


def _ganti(langkah: list[LangkahPreset], kode: str, baru: LangkahPreset) -> None:
    langkah[_indeks(langkah, kode)] = baru


def _amanat(langkah: list[LangkahPreset], dari: str) -> None:
    """Word the amanat as the national day's: the irup reads the written address of `dari`."""
    _ganti(langkah, "amanat", _l("amanat", f"Amanat {{irup}} (sambutan tertulis {dari})", 15, "{Irup}"))


def _kesaktian_pancasila(langkah: list[LangkahPreset]) -> None:
    """1 October [P]: the flag at full mast, the Ikrar read by the Ketua DPRD and signed, no amanat."""
    _ganti(langkah, "pengibaran", _PENGIBARAN_PENUH)
    del langkah[_indeks(langkah, "amanat")]
    _sisip_setelah(langkah, "uud", _IKRAR)
    _sisip_setelah(langkah, "ikrar", _TTD_IKRAR)


def _kemerdekaan(langkah: list[LangkahPreset]) -> None:
    """17 August [P]: the moment of the Proclamation, its text read, the flag raised by Paskibraka, no amanat."""
    _sisip_setelah(langkah, "laporan_awal", _DETIK_PROKLAMASI)
    _sisip_setelah(langkah, "detik_proklamasi", _PROKLAMASI)
    _ganti(langkah, "pengibaran", _PENGIBARAN_PASKIBRAKA)
    del langkah[_indeks(langkah, "amanat")]


def _korpri(langkah: list[LangkahPreset]) -> None:
    """29 November [P]: Satyalancana Karya Satya, the President's address, the Mars KORPRI."""
    langkah.insert(_indeks(langkah, "amanat"), _SATYALANCANA)
    _amanat(langkah, "Presiden Republik Indonesia selaku Pembina Korps Pegawai Republik Indonesia")
    _sisip_setelah(langkah, "amanat", _MARS_KORPRI)


def _pendidikan(langkah: list[LangkahPreset]) -> None:
    """2 May [P]: the minister's written address."""
    _amanat(langkah, "Menteri Pendidikan Dasar dan Menengah Republik Indonesia")


def _sumpah_pemuda(langkah: list[LangkahPreset]) -> None:
    """28 October [P]: the Sumpah Pemuda read and repeated, the minister's address, "Bangun Pemudi Pemuda"."""
    _sisip_setelah(langkah, "uud", _SUMPAH_PEMUDA)
    _amanat(langkah, "Menteri Pemuda dan Olahraga Republik Indonesia")
    _sisip_setelah(langkah, "amanat", _BANGUN_PEMUDA)


def _pahlawan(langkah: list[LangkahPreset]) -> None:
    """10 November [P]: the heroes' messages read, the minister's address."""
    _sisip_setelah(langkah, "uud", _PESAN_PAHLAWAN)
    _amanat(langkah, "Menteri Sosial Republik Indonesia")


_HARI_NASIONAL_LANGKAH = {
    "hari-kesaktian-pancasila": _kesaktian_pancasila,
    "hut-kemerdekaan-ri": _kemerdekaan,
    "hut-korpri": _korpri,
    "hari-pendidikan-nasional": _pendidikan,
    "hari-sumpah-pemuda": _sumpah_pemuda,
    "hari-pahlawan": _pahlawan,
}


def _indeks(langkah: list[LangkahPreset], kode: str) -> int:
    return next(i for i, item in enumerate(langkah) if item.kode == kode)


def _sisip_setelah(langkah: list[LangkahPreset], kode: str, baru: LangkahPreset) -> None:
    langkah.insert(_indeks(langkah, kode) + 1, baru)


def pakai_kosakata(teks: str, kosakata: str) -> str:
    """Return `teks` with `{irup}`, `{Danup}` … replaced by the words of `kosakata`."""
    for kunci, kata in KOSAKATA[kosakata].items():
        teks = teks.replace(f"{{{kunci}}}", kata).replace(f"{{{kunci.capitalize()}}}", kata[0].upper() + kata[1:])
    return teks


# --------------------------------------------------------------------------- wording from the event


def urutan_sambutan(sambutan: Sequence[Sambutan]) -> list[Sambutan]:
    """Return the speeches lowest rank first; the highest official, who opens the event, speaks last (§9.3)."""
    urut = sorted(sambutan, key=_peringkat_pembicara, reverse=True)  # reverse keeps equal ranks in file order
    return sorted(urut, key=lambda s: s.membuka_acara)


def _peringkat_pembicara(item: Sambutan) -> tuple[int, str, int]:
    """Return the §7 sort key of the speaker; an office the table does not know ranks lowest."""
    peringkat = cari_peringkat(item.oleh.jabatan)
    return peringkat.kunci if peringkat else (99, "", 0)


def pembicara_utama(berkas: BerkasAcara) -> Sambutan | None:
    """Return the speech of the highest official: the one that opens the event, else the last in rank."""
    urut = urutan_sambutan(berkas.sambutan)
    return urut[-1] if urut else None


def tamu_utama(berkas: BerkasAcara) -> str:
    """Return whom the hall stands up for: the principal, or the principal's representative."""
    utama = pembicara_utama(berkas)
    if utama is None:
        return "para tamu undangan"
    if utama.dibacakan_oleh:
        return f"{jabatan_lengkap(utama.oleh)} yang diwakili oleh {jabatan_lengkap(utama.dibacakan_oleh)}"
    return jabatan_lengkap(utama.oleh)


def mitra(berkas: BerkasAcara) -> list[Pihak]:
    """Return the MoU parties from outside the host government whose head has no `sambutan` entry (§9.3)."""
    pembicara = {_kunci(s.oleh.jabatan) for s in berkas.sambutan}
    tuan_rumah = _kunci(berkas.instansi.pemerintah)
    return [p for p in berkas.pihak if _kunci(p.instansi) != tuan_rumah and _kunci(p.pejabat.jabatan) not in pembicara]


def _kunci(teks: str) -> str:
    return " ".join(teks.split()).casefold()


def teks_sambutan(item: Sambutan) -> tuple[str, str, str]:
    """Return a speech's rundown text, the MC's announcement, and who stands at the lectern (§9.3)."""
    acara = f"Sambutan {jabatan_lengkap(item.oleh)}"
    if item.membuka_acara:
        acara += " sekaligus membuka kegiatan secara resmi"
    if not item.dibacakan_oleh:
        return acara, acara, jabatan_lengkap(item.oleh)
    pembaca = jabatan_lengkap(item.dibacakan_oleh)
    return f"{acara} (dibacakan oleh {pembaca})", f"{acara}, yang dibacakan oleh {pembaca}", pembaca


def ketua_panitia(berkas: BerkasAcara) -> str | None:
    """Return who reports for the organiser: the letter's signer, named with the region."""
    if berkas.penandatangan is None:
        return None
    jabatan, wilayah = jabatan_lengkap(berkas.penandatangan), berkas.instansi.wilayah
    return jabatan if wilayah.casefold() in jabatan.casefold() else f"{jabatan} {wilayah}"


def _kedatangan(berkas: BerkasAcara) -> str:
    utama = pembicara_utama(berkas)
    if utama is None:
        return "Kedatangan undangan"
    wakil = " (atau yang mewakili)" if utama.dibacakan_oleh else ""
    return f"Kedatangan {jabatan_lengkap(utama.oleh)}{wakil} dan undangan"


def _penandatanganan(berkas: BerkasAcara) -> str:
    """Return the signing step; a PKS signed the same day follows the memorandum in the same step."""
    judul = berkas.nota_kesepahaman.judul if berkas.nota_kesepahaman else "NOTA KESEPAHAMAN"
    pihak = [p.instansi for p in berkas.pihak]
    pks = berkas.perjanjian_kerja_sama
    lanjutan = f" serta {nama_naskah(pks.judul)} tentang {pks.tentang}" if pks else ""
    if len(pihak) < 2:
        return f"Penandatanganan {judul.lower()}{lanjutan}, dilanjutkan pertukaran naskah"
    antara = f"{pihak[0]} dan {pihak[1]}" if len(pihak) == 2 else f"{', '.join(pihak[:-1])}, dan {pihak[-1]}"
    return f"Penandatanganan {nama_naskah(judul)} antara {antara}{lanjutan}, dilanjutkan pertukaran naskah"


def _materi(berkas: BerkasAcara) -> str:
    return (
        "Penyampaian materi advokasi dan diskusi"
        if berkas.acara.jenis == "advokasi"
        else "Penyampaian materi dan diskusi"
    )


def _ikrar(berkas: BerkasAcara) -> str:
    return f"Pembacaan Ikrar oleh Ketua Dewan Perwakilan Rakyat Daerah {berkas.instansi.wilayah}"


_DARI_ACARA = {
    "kedatangan": _kedatangan,
    "penandatanganan": _penandatanganan,
    "materi": _materi,
    "ikrar": _ikrar,
}


def teks_langkah(langkah: LangkahPreset, berkas: BerkasAcara, kosakata: str) -> str:
    """Return the printed text of preset step `langkah`, worded from the event where §9.3 names it."""
    if langkah.kode in _DARI_ACARA:
        return _DARI_ACARA[langkah.kode](berkas)
    return pakai_kosakata(langkah.acara, kosakata)
