"""Susunan acara: a §9 preset (or the event's own steps), edited by name, with times in the event's zone."""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
from collections.abc import Iterable, Sequence

from naskah.domain import hari_kerja, tanggal
from naskah.domain.pejabat import jabatan_lengkap
from naskah.domain.schema import BerkasAcara, Langkah, Petugas, Sisipan, SusunanAcara
from naskah.domain.susunan_preset import (
    UPACARA,
    LangkahPreset,
    ketua_panitia,
    langkah_preset,
    mitra,
    pakai_kosakata,
    preset,
    tamu_utama,
    teks_langkah,
    teks_sambutan,
    urutan_sambutan,
)
from naskah.errors import PerubahanTidakSah

_HARI = 24 * 60
_DURASI_SAMBUTAN, _DURASI_PERESMIAN = 10, 15


@dataclasses.dataclass(frozen=True)
class Tahap:
    """A step on its way into the rundown; `asal` is its preset name, `kunci` its key path when written."""

    kode: str
    acara: str
    oleh: str = ""
    keterangan: str = ""
    durasi: int | None = None
    waktu: dt.time | None = None
    asal: str = ""
    kunci: str = ""
    sebutan: str = ""
    isian: tuple[tuple[str, str], ...] = ()
    penanggung_jawab: str = ""
    bernama: bool = False  # performed by a named person (a petugas, a speaker), not by a role


@dataclasses.dataclass(frozen=True)
class Baris:
    """One printed row: time "07.30", what happens, who does it; `kode` and `isian` feed the MC script.

    `sampai` is when the step ends ("07.35") and `menit` how long it lasts, for the range and duration columns.
    """

    nomor: int
    waktu: str
    acara: str
    oleh: str
    keterangan: str
    kode: str = ""
    sebutan: str = ""
    isian: tuple[tuple[str, str], ...] = ()
    sampai: str = ""
    menit: int = 0
    penanggung_jawab: str = ""
    bernama: bool = False


@dataclasses.dataclass(frozen=True)
class Peringatan:
    """A warning about the rundown, at key path `kunci`."""

    kunci: str
    pesan: str


@dataclasses.dataclass(frozen=True)
class Susunan:
    """The finished rundown and what deserves a warning."""

    baris: tuple[Baris, ...]
    peringatan: tuple[Peringatan, ...]
    upacara: bool
    preset: str = "tanpa"


def punya_susunan(berkas: BerkasAcara) -> bool:
    """Return whether `berkas` asks for a rundown (a preset or steps of its own)."""
    susunan = berkas.susunan_acara
    return susunan is not None and (susunan.preset != "tanpa" or bool(susunan.langkah))


def susun(berkas: BerkasAcara) -> Susunan:
    """Return the rundown of `berkas`: base steps, the edits by name, then the times."""
    pengaturan = berkas.susunan_acara or SusunanAcara()
    tahap = _dasar(berkas, pengaturan)
    tahap = terapkan_perubahan(tahap, pengaturan)
    mulai = pengaturan.mulai or berkas.acara.mulai
    waktu, peringatan = hitung_waktu(tahap, mulai, pengaturan.durasi_bawaan, batas=berkas.acara.selesai)
    peringatan += peringatan_tanggal(berkas)
    baris = tuple(
        _baris(i, t, w, _lama(t, pengaturan.durasi_bawaan))
        for i, (t, w) in enumerate(zip(tahap, waktu, strict=False), start=1)
    )
    return Susunan(baris, tuple(peringatan), pengaturan.preset in UPACARA and not pengaturan.langkah, pengaturan.preset)


def _lama(tahap: Tahap, durasi_bawaan: int) -> int:
    return tahap.durasi if tahap.durasi is not None else durasi_bawaan


def _baris(nomor: int, tahap: Tahap, waktu: str, menit: int) -> Baris:
    jam, menit_ = (int(x) for x in waktu.split("."))
    sampai = _jam(jam * 60 + menit_ + menit)
    return Baris(
        nomor,
        waktu,
        tahap.acara,
        tahap.oleh,
        tahap.keterangan,
        tahap.kode,
        tahap.sebutan,
        tahap.isian,
        sampai,
        menit,
        tahap.penanggung_jawab,
        tahap.bernama,
    )


def upacara(berkas: BerkasAcara) -> bool:
    """Return whether the event is a ceremony: a ceremony preset, or an event of a ceremony kind."""
    preset_ = berkas.susunan_acara.preset if berkas.susunan_acara else "tanpa"
    return preset_ in UPACARA or berkas.acara.jenis in ("upacara", "hari-kartini", "hari-kesadaran-nasional")


def peringatan_tanggal(berkas: BerkasAcara) -> list[Peringatan]:
    """Return a warning when a ceremony's date is not a working day (naming the next one), or not its day.

    National days held on their own date whatever the weekday (1 October, 17 August, 10 November) are
    checked against that date instead: they do not move to the next working day.
    """
    if not upacara(berkas):
        return []
    hari_ini = berkas.acara.tanggal
    preset_ = berkas.susunan_acara.preset if berkas.susunan_acara else "tanpa"
    hari_nasional = preset(preset_)
    if hari_nasional.tanggal is not None:
        if (hari_ini.month, hari_ini.day) == hari_nasional.tanggal:
            return []
        seharusnya = tanggal.tanggal(dt.date(hari_ini.year, *hari_nasional.tanggal))
        pesan = f"{hari_nasional.nama} diperingati pada tanggalnya, {seharusnya}, bukan {tanggal.tanggal(hari_ini)}"
        return [Peringatan("acara.tanggal", pesan)]
    bukan = hari_kerja.periksa_hari_kerja(hari_ini)
    return [Peringatan("acara.tanggal", hari_kerja.pesan(bukan))] if bukan else []


# --------------------------------------------------------------------------- base steps


def _dasar(berkas: BerkasAcara, pengaturan: SusunanAcara) -> list[Tahap]:
    """Return the event's own `langkah` when written (they replace the preset), else the preset's steps."""
    if pengaturan.langkah:
        return [
            _dari_langkah(item, f"susunan_acara.langkah[{i}]") for i, item in enumerate(pengaturan.langkah, start=1)
        ]
    tahap: list[Tahap] = []
    keterangan = dict(preset(pengaturan.preset).keterangan)
    for langkah in langkah_preset(pengaturan.preset, pengaturan.kosakata):
        tahap += [
            dataclasses.replace(t, keterangan=keterangan.get(t.kode, t.keterangan))
            for t in _dari_preset(langkah, berkas, pengaturan.kosakata)
        ]
    return tahap


def _dari_langkah(item: Langkah, kunci: str) -> Tahap:
    return Tahap(
        "",
        item.acara,
        item.oleh or "",
        item.keterangan or "",
        item.durasi,
        item.waktu,
        item.acara,
        kunci,
        item.oleh or "",
        penanggung_jawab=item.penanggung_jawab or "",
        bernama=bool(item.oleh),
    )


def _dari_preset(langkah: LangkahPreset, berkas: BerkasAcara, kosakata: str) -> list[Tahap]:
    """Return the step(s) of one preset entry; the speeches placeholder becomes one step per speech."""
    if langkah.kode == "sambutan":
        return langkah_sambutan(berkas)
    acara = teks_langkah(langkah, berkas, kosakata)
    oleh, sebutan, bernama = _pelaksana(langkah, berkas.petugas, kosakata)
    tahap = Tahap(langkah.kode, acara, oleh, durasi=langkah.durasi, asal=acara, sebutan=sebutan, bernama=bernama)
    ketua = ketua_panitia(berkas) if langkah.kode == "laporan_panitia" else None
    if ketua:
        tahap = dataclasses.replace(tahap, oleh=ketua, sebutan=ketua, bernama=True)
    if langkah.kode == "kedatangan":
        tahap = dataclasses.replace(tahap, isian=(("tamu", tamu_utama(berkas)),))
    return [tahap]


def _pelaksana(langkah: LangkahPreset, petugas: Sequence[Petugas], kosakata: str) -> tuple[str, str, bool]:
    """Return who performs `langkah` (the one petugas in that role, else the role), how the MC names them,
    and whether that is a person's name."""
    label = pakai_kosakata(langkah.label, kosakata)
    for peran in langkah.peran:
        cocok = [p for p in petugas if _sama(p.peran, pakai_kosakata(peran, kosakata))]
        if len(cocok) == 1:
            return cocok[0].nama, cocok[0].nama, True
        if cocok:
            break
    return label, label[:1].lower() + label[1:], False


def _sama(a: str, b: str) -> bool:
    return _rapat(a) == _rapat(b)


def _rapat(teks: str) -> str:
    """Return `teks` for comparing: single spaces, case folded."""
    return " ".join(teks.split()).casefold()


# --------------------------------------------------------------------------- speeches


def langkah_sambutan(berkas: BerkasAcara) -> list[Tahap]:
    """Return one rundown step per speech: MoU partners' first (§9.3), then `sambutan` by rank."""
    tahap = []
    for pejabat in [p.pejabat for p in mitra(berkas)]:
        acara = f"Sambutan {jabatan_lengkap(pejabat)}"
        tahap.append(_tahap_sambutan(acara, acara, jabatan_lengkap(pejabat), _DURASI_SAMBUTAN))
    for item in urutan_sambutan(berkas.sambutan):
        durasi = _DURASI_PERESMIAN if item.membuka_acara else _DURASI_SAMBUTAN
        tahap.append(_tahap_sambutan(*teks_sambutan(item), durasi))
    return tahap


def _tahap_sambutan(acara: str, pengumuman: str, penutur: str, durasi: int) -> Tahap:
    return Tahap(
        "sambutan",
        acara,
        penutur,
        durasi=durasi,
        asal=acara,
        sebutan=penutur,
        isian=(("pengumuman", pengumuman),),
        bernama=True,
    )


# --------------------------------------------------------------------------- edits by name


def terapkan_perubahan(tahap: list[Tahap], pengaturan: SusunanAcara) -> list[Tahap]:
    """Return `tahap` after `hapus`, `ganti_nama`, then `sisipkan` (each names steps by words they contain)."""
    tahap = list(tahap)
    for i, teks in enumerate(pengaturan.hapus, start=1):
        cocok = set(_cari(tahap, teks, f"susunan_acara.hapus[{i}]"))
        tahap = [t for j, t in enumerate(tahap) if j not in cocok]
    for lama, baru in pengaturan.ganti_nama.items():
        kunci = f"susunan_acara.ganti_nama.{lama}"
        if not baru.strip():
            raise PerubahanTidakSah(
                kunci, f"nama baru untuk langkah '{lama}' kosong", "untuk membuang langkah, pakai 'hapus'"
            )
        for j in _cari(tahap, lama, kunci):
            tahap[j] = _ganti_nama(tahap[j], baru.strip())
    for i, sisipan in enumerate(pengaturan.sisipkan, start=1):
        _sisipkan(tahap, sisipan, f"susunan_acara.sisipkan[{i}]")
    return tahap


def _ganti_nama(tahap: Tahap, baru: str) -> Tahap:
    """Return `tahap` renamed; the MC then announces the new name instead of a prepared announcement."""
    return dataclasses.replace(tahap, acara=baru, isian=tuple(kv for kv in tahap.isian if kv[0] != "pengumuman"))


def _sisipkan(tahap: list[Tahap], sisipan: Sisipan, kunci: str) -> None:
    if sisipan.setelah and sisipan.sebelum:
        raise PerubahanTidakSah(kunci, "isi 'setelah' atau 'sebelum', jangan keduanya")
    baru = _dari_langkah(sisipan, kunci)
    if sisipan.setelah:
        tahap.insert(_cari(tahap, sisipan.setelah, f"{kunci}.setelah")[0] + 1, baru)
    elif sisipan.sebelum:
        tahap.insert(_cari(tahap, sisipan.sebelum, f"{kunci}.sebelum")[0], baru)
    else:
        tahap.append(baru)


def _cari(tahap: Sequence[Tahap], teks: str, kunci: str) -> list[int]:
    """Return the positions of the steps whose text (current or preset) contains `teks`; raise when none."""
    dicari = _rapat(teks)
    cocok = [i for i, t in enumerate(tahap) if dicari in _rapat(t.acara) or dicari in _rapat(t.asal)]
    if cocok:
        return cocok
    raise PerubahanTidakSah(kunci, f"langkah '{teks}' tidak ada di susunan acara", _saran(teks, tahap))


def _saran(teks: str, tahap: Iterable[Tahap]) -> str:
    nama = list(dict.fromkeys(t.acara for t in tahap))
    mirip = difflib.get_close_matches(teks, nama, n=2, cutoff=0.4)
    if mirip:
        return "mungkin maksudnya " + " atau ".join(f"'{m}'" for m in mirip)
    return "tulis sebagian kata dari uraian langkah, mis. 'Pembacaan doa'"


# --------------------------------------------------------------------------- times


def hitung_waktu(
    tahap: Sequence[Tahap], mulai: dt.time, durasi_bawaan: int, *, batas: dt.time | None = None
) -> tuple[list[str], list[Peringatan]]:
    """Return each step's start ("07.30") and warnings; a written time wins and the clock runs on from it.

    A written time earlier than the running clock is kept (the clerk may overlap steps on purpose) but
    warned about, because it usually means a duration above it is wrong. So is a rundown running past
    `batas`, the event's end.
    """
    jam = _menit(mulai)
    hasil: list[str] = []
    peringatan: list[Peringatan] = []
    for nomor, item in enumerate(tahap):
        if item.waktu is not None:
            tertulis = _menit(item.waktu)
            if tertulis < jam:
                peringatan.append(_terlalu_awal(item, tertulis, jam) if nomor else _sebelum_mulai(item, tertulis, jam))
            jam = tertulis
        hasil.append(_jam(jam))
        jam += item.durasi if item.durasi is not None else durasi_bawaan
    if batas is not None and tahap and jam > batas.hour * 60 + batas.minute >= _menit(mulai):
        pesan = f"susunan acara baru selesai pukul {_jam(jam)}, sesudah jam selesai acara {tanggal.jam(batas)}"
        peringatan.append(Peringatan("acara.selesai", pesan))
    return hasil, peringatan


def _menit(waktu: dt.time) -> int:
    return waktu.hour * 60 + waktu.minute


def _terlalu_awal(item: Tahap, tertulis: int, jam: int) -> Peringatan:
    pesan = (
        f"jam {_jam(tertulis)} untuk '{item.acara}' lebih awal daripada selesainya langkah sebelumnya "
        f"({_jam(jam)}); periksa durasi di atasnya"
    )
    return Peringatan(f"{item.kunci}.waktu" if item.kunci else "susunan_acara", pesan)


def _sebelum_mulai(item: Tahap, tertulis: int, jam: int) -> Peringatan:
    """The first step has no step before it: its time is earlier than the rundown's own start."""
    pesan = (
        f"jam {_jam(tertulis)} untuk '{item.acara}' lebih awal daripada mulainya susunan acara ({_jam(jam)}); "
        "ubah susunan_acara.mulai (bawaan: acara.mulai) atau jam langkah ini"
    )
    return Peringatan(f"{item.kunci}.waktu" if item.kunci else "susunan_acara.mulai", pesan)


def _jam(menit: int) -> str:
    menit %= _HARI
    return tanggal.jam(dt.time(menit // 60, menit % 60))
