"""The document kinds naskah makes: the one table that the CLI, `semua`, `periksa`, `templat`, the template
registry, the schema and the README reference all read.

The table is plain data and imports nothing of naskah, so the schema can name the template kinds from it
without depending on the kinds' code. Each kind's behaviour (does an event have data for it, its context,
its checks, how it is written) lives in its own subpackage, ``naskah.jenis.<nama>``, loaded on first use.

Adding a kind is one subpackage implementing `KindModule` plus one line in `JENIS`.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from naskah.domain.loader import LoadedEvent
    from naskah.errors import Problem
    from naskah.keluaran import OutputFolder


@dataclasses.dataclass(frozen=True)
class Templat:
    """One built-in template: its key under `templat:` (also its file name) and what it is for."""

    nama: str
    keterangan: str


@dataclasses.dataclass(frozen=True)
class Jenis:
    """One document kind, as every command sees it."""

    nama: str  # the subpackage holding its code
    perintah: str  # its CLI command
    label: str  # how messages name it
    bantuan: str  # the first line of its --help
    templat: tuple[Templat, ...]
    kunci: tuple[str, ...]  # the event file's parts it is made from; the first empty one is named when it has no data
    tanpa_data: str  # how to give it data, said by every command when the event has none

    def modul(self) -> KindModule:
        """Return the module that implements this kind."""
        module: Any = importlib.import_module(f"{__name__}.{self.nama}")
        return module


class KindModule(Protocol):
    """What each ``naskah.jenis.<nama>`` module provides."""

    def punya_data(self, loaded: LoadedEvent) -> bool: ...

    def periksa(self, loaded: LoadedEvent) -> list[Problem]: ...

    def isi(self, loaded: LoadedEvent) -> str: ...

    def buat(
        self, loaded: LoadedEvent, keluaran: OutputFolder, *, kemajuan: Callable[[int], None], **opsi: Any
    ) -> list[Path]: ...

    def jumlah_langkah(self, loaded: LoadedEvent, **opsi: Any) -> int: ...

    def ringkasan(self, loaded: LoadedEvent, paths: list[Path], detik: float, **opsi: Any) -> str: ...

    def contoh_konteks(self, templat: str, loaded: LoadedEvent) -> list[Mapping[str, Any]]: ...


JENIS: tuple[Jenis, ...] = (
    Jenis(
        "undangan",
        "undangan",
        "undangan",
        "Buat surat undangan: satu berkas per penerima dan satu berkas gabungan untuk dicetak.",
        (
            Templat("undangan", "Surat undangan (kop, nomor, alamat tujuan, rincian acara, tanda tangan, tembusan)"),
            Templat("undangan_daftar", "Surat undangan dengan lampiran DAFTAR UNDANGAN"),
        ),
        ("surat", "penandatangan", "penerima"),
        "undangan memerlukan 'surat', 'penandatangan' dan 'penerima'; isi ketiganya, "
        "atau beri daftar penerima dengan --penerima",
    ),
    Jenis(
        "sambutan",
        "sambutan",
        "sambutan",
        "Buat naskah sambutan untuk tiap pejabat di bagian 'sambutan'.",
        (Templat("sambutan", "Naskah sambutan (huruf besar untuk dibacakan)"),),
        ("sambutan",),
        "tambahkan minimal satu sambutan",
    ),
    Jenis(
        "susunan_acara",
        "susunan-acara",
        "susunan acara",
        "Buat susunan acara, daftar petugas, dan naskah pembawa acara.",
        (
            Templat("susunan_acara", "Susunan acara dan daftar petugas"),
            Templat("pembawa_acara", "Naskah pembawa acara"),
        ),
        ("susunan_acara",),
        "pilih preset selain 'tanpa' atau tulis langkahnya",
    ),
    Jenis(
        "daftar_hadir",
        "daftar-hadir",
        "daftar hadir",
        "Buat daftar hadir: satu lembar per kelompok (undangan, narasumber, peserta, panitia), "
        "nama penerima dan baris kosong.",
        (Templat("daftar_hadir", "Daftar hadir dengan kolom tanda tangan zig-zag"),),
        ("penerima",),
        "isi penerima, atau tulis 'daftar_hadir: {isi_dari_penerima: false}' (atau --kosong-saja) untuk lembar kosong",
    ),
    Jenis(
        "nota_kesepahaman",
        "nota-kesepahaman",
        "nota kesepahaman",
        "Buat nota kesepahaman (dan perjanjian kerja sama) antara para pihak.",
        (Templat("nota_kesepahaman", "Nota kesepahaman / perjanjian kerja sama"),),
        ("nota_kesepahaman", "pihak"),
        "nota kesepahaman memerlukan 'nota_kesepahaman' dan minimal dua 'pihak'",
    ),
    Jenis(
        "amplop",
        "amplop",
        "amplop",
        "Buat amplop untuk tiap penerima: kop pengirim, sifat surat, dan alamat tujuan, dalam satu berkas cetak.",
        (Templat("amplop", "Muka amplop (kop pengirim dengan logo, sifat, alamat tujuan Yth. … di …)"),),
        ("penerima",),
        "isi penerima, atau beri daftar penerima dengan --penerima",
    ),
    Jenis(
        "label",
        "label",
        "label alamat",
        "Buat label alamat penerima: lembar label siap tempel (A4 isi 14/21/24, Tom & Jerry, atau ukuran sendiri).",
        (Templat("label", "Isi satu label alamat (Yth. … di …); letak label diatur naskah menurut lembarnya"),),
        ("penerima",),
        "isi penerima, atau beri daftar penerima dengan --penerima",
    ),
)


def cari(nama: str) -> Jenis:
    """Return the kind called `nama` (its module name or its command); raise KeyError when there is none."""
    for jenis in JENIS:
        if nama in (jenis.nama, jenis.perintah):
            return jenis
    raise KeyError(nama)


def semua_templat() -> dict[str, tuple[Jenis, Templat]]:
    """Return every template key, in table order, with its kind."""
    return {templat.nama: (jenis, templat) for jenis in JENIS for templat in jenis.templat}


NAMA_TEMPLAT: tuple[str, ...] = tuple(semua_templat())
