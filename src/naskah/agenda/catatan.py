"""What the register records, as plain data: importing it does not load SQLAlchemy.

Commands that write documents look at these (and take no number unless the event says 'otomatis');
only `naskah.agenda.buku` opens a database.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass
import json
from typing import Any

DIPESAN, TERBIT, GAGAL, BATAL, IMPOR = "dipesan", "terbit", "gagal", "batal", "impor"
STATUS = (DIPESAN, TERBIT, GAGAL, BATAL, IMPOR)
_DAPAT_DIPAKAI_LAGI = (DIPESAN, TERBIT, GAGAL)  # a rerun of the same batch keeps its number


@dataclasses.dataclass(frozen=True)
class Entri:
    """What a letter tells the register about itself when it takes a number."""

    jenis: str
    tanggal: dt.date
    hal: str
    sifat: str
    kka: str | None
    unit: str | None
    tujuan: str
    jumlah_tujuan: int
    penandatangan: str
    berkas_acara: str | None = None
    folder_keluaran: str | None = None
    sumber: str | None = None


@dataclasses.dataclass(frozen=True)
class Catatan:
    """One number in the register and everything recorded about it."""

    id: int
    nomor: str
    urut: int
    lingkup: str
    jenis: str
    status: str
    tanggal: dt.date
    hal: str
    sifat: str
    kka: str | None
    unit: str | None
    tujuan: str
    jumlah_tujuan: int
    penandatangan: str
    berkas_acara: str | None
    folder_keluaran: str | None
    berkas_ditulis: tuple[str, ...]
    pengguna: str
    dicatat_pada: dt.datetime
    keterangan: str | None
    sumber: str | None = None
    dibatalkan_oleh: str | None = None
    dipakai_lagi: bool = False  # not stored: this run got the number its event file already held

    @classmethod
    def dari_baris(cls, row: Any) -> Catatan:
        values = dict(row._mapping)
        values["berkas_ditulis"] = tuple(json.loads(values["berkas_ditulis"] or "[]"))
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in names})


@dataclasses.dataclass(frozen=True)
class BarisImpor:
    """One letter of an older (paper or Excel) register, already numbered."""

    entri: Entri
    nomor: str
    urut: int
    status: str = IMPOR
    keterangan: str | None = None


def pengguna() -> str:
    """Return the OS user running naskah, recorded with every number."""
    try:
        return getpass.getuser()
    except Exception:  # no USER variable and no passwd entry (some containers)
        return "tidak diketahui"
