"""Context of the attendance sheets: one dict per sheet (group), and the page they are printed on."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from naskah.docx.page import PageSetup
from naskah.domain import daftar_hadir as dh
from naskah.domain import tanggal
from naskah.domain.loader import LoadedEvent
from naskah.domain.schema import Penerima
from naskah.errors import InputFileError, Problem, UsageError
from naskah.jenis import _common as context
from naskah.jenis.undangan.konteks import LABEL  # the invitation's detail labels (gaya.label_rincian)

# Grid units of the table in the built-in template (tools/templat/daftar_hadir.py, SATUAN).
SATUAN = 50


@dataclasses.dataclass(frozen=True)
class Opsi:
    """Command-line choices that override the event file's `daftar_hadir` settings (None: keep)."""

    kosong_saja: bool = False
    baris_kosong: str | None = None
    orientasi: str | None = None


@dataclasses.dataclass(frozen=True)
class Susunan:
    """Everything one run renders: the page and the context of each sheet, in print order."""

    page: PageSetup
    orientasi: str
    lembar: list[dict[str, Any]]

    @property
    def jumlah_baris(self) -> int:
        """Return the number of table rows over all sheets."""
        return sum(len(sheet["baris"]) for sheet in self.lembar)


def susun(loaded: LoadedEvent, opsi: Opsi = Opsi()) -> Susunan:
    """Return the sheets of `loaded`: columns, rows (names, then blank numbered rows), signature."""
    berkas = loaded.berkas
    setelan = berkas.daftar_hadir
    kolom = _kolom(loaded)
    aturan = opsi.baris_kosong or setelan.baris_kosong
    _check_aturan(loaded, aturan, from_event=opsi.baris_kosong is None)
    arah = dh.orientasi(len(kolom), opsi.orientasi or setelan.orientasi)
    page = context.halaman(berkas.instansi.gaya.kertas, lanskap=arah == "lanskap")
    lebar_teks = page.width_mm - page.left_mm - page.right_mm
    isi_penerima = berkas.penerima if setelan.isi_dari_penerima and not opsi.kosong_saja else []
    minimum = dh.satuan_minimum(kolom, isi_penerima, berkas.instansi.gaya.format_nip, SATUAN, lebar_teks)
    tabel = _Tabel(kolom, dh.bagi_lebar(kolom, SATUAN, minimum), lebar_teks, berkas.instansi.gaya.format_nip)
    bersama = _bersama(loaded, tabel)
    isi = setelan.isi_dari_penerima and not opsi.kosong_saja
    hari = sorted(dict.fromkeys(setelan.tanggal)) or [berkas.acara.tanggal]
    kelompok = dh.kelompokkan(berkas.penerima, setelan.per_kelompok)
    # A multi-day event gets a sheet per day (each group within it), the day's date on each.
    sheets = [
        {
            **bersama,
            **_hari(loaded, tanggal_, urutan, len(hari)),
            "judul": item.judul,
            **_baris(tabel.baris(item.penerima if isi else (), len(item.penerima), aturan), bersama["ttd"]),
        }
        for urutan, tanggal_ in enumerate(hari, start=1)
        for item in kelompok
    ]
    return Susunan(page, arah, sheets)


def _baris(rows: list[list[dict[str, Any]]], ttd: object) -> dict[str, Any]:
    """Return the rows, and the same rows split where the last ones must stay on the signature's page."""
    lepas, bersama = dh.bagi_baris(rows, bool(ttd))
    return {"baris": rows, "baris_lepas": lepas, "baris_bersama_ttd": bersama}


def _kolom(loaded: LoadedEvent) -> list[dh.Kolom]:
    try:
        return dh.pilih_kolom(loaded.berkas.daftar_hadir.kolom)
    except ValueError as exc:
        raise _problem(loaded, "daftar_hadir.kolom", str(exc)) from exc


def _check_aturan(loaded: LoadedEvent, aturan: str, *, from_event: bool) -> None:
    try:
        dh.baris_kosong(aturan, 0)
    except ValueError as exc:
        if from_event:
            raise _problem(loaded, "daftar_hadir.baris_kosong", str(exc)) from exc
        raise UsageError(f"--baris-kosong: {exc}") from exc


def peringatan_lebar(loaded: LoadedEvent) -> list[Problem]:
    """Warn when the phone and NIP columns cannot be as wide as their widest value: those values will wrap."""
    berkas = loaded.berkas
    setelan = berkas.daftar_hadir
    kolom = _kolom(loaded)
    page = context.halaman(
        berkas.instansi.gaya.kertas, lanskap=dh.orientasi(len(kolom), setelan.orientasi) == "lanskap"
    )
    isi = berkas.penerima if setelan.isi_dari_penerima else []
    minimum = dh.satuan_minimum(
        kolom, isi, berkas.instansi.gaya.format_nip, SATUAN, page.width_mm - page.left_mm - page.right_mm
    )
    if not dh.lebar_kurang(minimum, SATUAN):
        return []
    problems = []
    for k in kolom:
        if k.kunci in dh.KOLOM_UTUH and isi:
            widest = max(
                range(len(isi)), key=lambda i: len(dh.isi_sel(k.kunci, isi[i], berkas.instansi.gaya.format_nip))
            )
            problems.append(
                loaded.locate(
                    f"penerima[{widest + 1}].{k.kunci}",  # list items are numbered from 1
                    f"kolom '{k.judul}' daftar hadir tidak muat selebar isinya: nilai terpanjangnya ini akan terlipat ke baris berikutnya",
                    "kurangi kolom di daftar_hadir.kolom atau pilih 'orientasi: lanskap'",
                )
            )
    return problems


def _problem(loaded: LoadedEvent, key_path: str, message: str) -> InputFileError:
    return InputFileError([Problem(str(loaded.path), key_path, message)])


def _hari(loaded: LoadedEvent, hari_ini: dt.date, urutan: int, jumlah: int) -> dict[str, Any]:
    """Return what differs per day: the details with that day's date, the day line, the signature date."""
    berkas = loaded.berkas
    acara = context.acara(berkas.acara, berkas.instansi)
    label = LABEL[berkas.instansi.gaya.label_rincian]
    rincian = [
        (label["hari"], tanggal.tanggal_panjang(hari_ini)),
        (label["pukul"], acara["pukul"]),
        (label["tempat"], acara["tempat"]),
    ]
    return {
        "rincian": [{"label": k, "nilai": v} for k, v in rincian],
        "hari_ke": dh.hari_ke(urutan, jumlah),
        "tempat_tanggal": context.tempat_tanggal(acara["kota"], hari_ini),
    }


def _bersama(loaded: LoadedEvent, tabel: _Tabel) -> dict[str, Any]:
    """Return what every sheet shares: kop, event details, table heading, place and date, signature."""
    berkas = loaded.berkas
    shared = context.common(loaded)
    pejabat = berkas.daftar_hadir.penanggung_jawab or berkas.penandatangan
    return {
        **shared,
        "nama_acara": berkas.acara.nama.upper(),
        "kolom": [
            {"judul": k.judul, "lebar": span, "nomor": str(i)}
            for i, (k, span) in enumerate(zip(tabel.kolom, tabel.spans, strict=False), start=1)
        ],
        "nomor_kolom": berkas.daftar_hadir.nomor_kolom,
        "tempat_tanggal": context.tempat_tanggal(shared["acara"]["kota"], berkas.acara.tanggal),
        "ttd": context.ttd(pejabat, berkas.instansi.gaya) if pejabat else None,
    }


@dataclasses.dataclass(frozen=True)
class _Tabel:
    """The chosen columns with their grid spans; builds the rows of one sheet."""

    kolom: list[dh.Kolom]
    spans: list[int]
    lebar_teks_mm: float
    gaya_nip: str

    def baris(self, penerima: Sequence[Penerima], jumlah: int, aturan: str) -> list[list[dict[str, Any]]]:
        """Return the rows: one per name in `penerima`, then blank numbered rows up to `jumlah` + extra."""
        total = jumlah + dh.baris_kosong(aturan, jumlah)
        blank = [{"teks": "", "rata": k.rata, "lebar": span} for k, span in zip(self.kolom, self.spans, strict=False)]
        rows = []
        for nomor in range(1, total + 1):
            orang = penerima[nomor - 1] if nomor <= len(penerima) else None
            rows.append([self._sel(i, nomor, orang, blank[i]) for i in range(len(self.kolom))])
        return rows

    def _sel(self, i: int, nomor: int, orang: Penerima | None, blank: dict[str, Any]) -> dict[str, Any]:
        kunci = self.kolom[i].kunci
        if kunci == "no":
            return {**blank, "teks": str(nomor)}
        if kunci == "tanda_tangan":
            teks, sisi = dh.tanda_tangan(nomor, self.lebar_teks_mm * self.spans[i] / SATUAN)
            return {**blank, "teks": teks, "rata": sisi}
        if orang is None:
            return blank  # shared by every blank row: nothing in it changes
        return {**blank, "teks": dh.isi_sel(kunci, orang, self.gaya_nip)}
