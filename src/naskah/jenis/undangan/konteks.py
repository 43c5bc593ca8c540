"""Context of the surat undangan: everything shared by the batch is built once, only the addressee per recipient."""

from __future__ import annotations

import dataclasses
import math
import re
from types import SimpleNamespace
from typing import Any

from naskah.docx.page import PageSetup
from naskah.domain import bilangan, ejaan, tanggal
from naskah.domain import pejabat as pejabat_mod
from naskah.domain import surat as surat_mod
from naskah.domain.loader import LoadedEvent
from naskah.domain.schema import BerkasAcara, Gaya, Instansi, Penandatangan, Penerima, Surat
from naskah.errors import InputFileError
from naskah.jenis import _common as context

PEMBUKA = "Dalam rangka pelaksanaan {acara}, dengan hormat kami mengundang Bapak/Ibu untuk hadir pada:"
# §4.7: the "Demikian …" formula is the closing most Pemda letters use.
PENUTUP = "Demikian undangan ini kami sampaikan. Atas perhatian dan kehadiran Bapak/Ibu, kami ucapkan terima kasih."
DAFTAR_TERLAMPIR = "Bapak/Ibu (daftar terlampir)"
# Detail labels per gaya.label_rincian (§4.6): ANRI samples write them in lower case, most Pemda capitalise.
LABEL = {
    "kecil": {
        "hari": "hari, tanggal",
        "pukul": "pukul",
        "tempat": "tempat",
        "acara": "acara",
        "pakaian": "pakaian",
        "narahubung": "narahubung",
        "hari_saja": "hari",
        "tanggal": "tanggal",
        "jam": "pukul",
        "catatan": "catatan",
    },
    "kapital": {
        "hari": "Hari/Tanggal",
        "pukul": "Waktu",
        "tempat": "Tempat",
        "acara": "Acara",
        "pakaian": "Pakaian",
        "narahubung": "Narahubung",
        "hari_saja": "Hari",
        "tanggal": "Tanggal",
        "jam": "Jam",
        "catatan": "Catatan",
    },
}
# The letter-head rows per gaya.kepala_surat: older Perkada write "Perihal" and no "Sifat".
KEPALA_SURAT = {
    "baku": (("Nomor", "nomor"), ("Sifat", "sifat"), ("Lampiran", "lampiran"), ("Hal", "hal")),
    "perihal": (("Nomor", "nomor"), ("Lampiran", "lampiran"), ("Perihal", "hal")),
}
# Page margins of the built-in template (domain §2: left 3 cm, right 2 cm, bottom at least 2.5 cm).
# Rough capacity of a lampiran page, to count its sheets (§4.11: "Lampiran : 1 (satu) lembar").
_LINES_PER_PAGE = {"F4": 56, "A4": 49}
_CHARS_PER_LINE = 70
_LAMPIRAN_OVERHEAD_LINES = 17  # heading, title, signature block
_PUNCTUATION_END = ".;,:"


@dataclasses.dataclass(frozen=True)
class Undangan:
    """The batch-invariant context of one event's invitations; `untuk` adds one recipient's address."""

    bersama: dict[str, Any]
    kota: str  # 'di …' when the recipient has no alamat: the issuing office's city
    alamat_kanan: bool
    di_tempat: bool
    di: str = "di -"

    def untuk(self, penerima: Penerima) -> dict[str, Any]:
        """Return the full template context for the letter to `penerima`."""
        yth, lanjutan = alamat_tujuan(penerima)
        return {**self.bersama, "tujuan": self._tujuan(yth, lanjutan, penerima.alamat)}

    def daftar(self, berkas: BerkasAcara) -> dict[str, Any]:
        """Return the context of the single letter to `Bapak/Ibu (daftar terlampir)` with its lampiran page."""
        lampiran = berkas.surat.lampiran if berkas.surat else None
        surat = Rekam(**{**vars(self.bersama["surat"]), "lampiran": lampiran or lampiran_lembar(berkas)})
        kepala = rekam(_kepala_surat(vars(surat), berkas.instansi.gaya))
        surat = Rekam(**{**vars(surat), "kepala": kepala})
        return {
            **self.bersama,
            "surat": surat,
            "tujuan": self._tujuan(DAFTAR_TERLAMPIR, [], self._kota_bersama(berkas.penerima)),
            "lampiran": rekam(lampiran_daftar(berkas, surat.nomor)),
        }

    def bernomor(self, berkas: BerkasAcara) -> dict[str, Any]:
        """Return the context of one letter to every recipient, numbered under `Yth.` (1. …; 2. … .)."""
        items = butir([_daftar_item(p) for p in berkas.penerima])
        baris = [f"{item['nomor']} {item['teks']}" for item in items]
        return {**self.bersama, "tujuan": self._tujuan(baris[0], baris[1:], self._kota_bersama(berkas.penerima))}

    def _kota_bersama(self, penerima: list[Penerima]) -> str:
        """Return the one city every addressee is in (their alamat, else the sender's), or 'Tempat'."""
        kota = {" ".join((p.alamat or self.kota).split()).casefold(): p.alamat or self.kota for p in penerima}
        return next(iter(kota.values())) if len(kota) == 1 else "Tempat"

    def _tujuan(self, yth: str, lanjutan: list[str], alamat: str | None) -> Rekam:
        kota = alamat or self.kota
        if self.di_tempat:
            kota = "Tempat"
        elif self.alamat_kanan and _is_place_name(kota) and kota != "Tempat":
            kota = kota.upper()  # Pemda tradition: "di -" over the city in capitals (§4.1)
        return Rekam(yth=yth, lanjutan=lanjutan, di=self.di, kota=kota)


class Rekam(SimpleNamespace):
    """A context record: Jinja reads `x.name` from it directly, where a dict costs a caught AttributeError.

    Halves the template's render time; templates may still write `x["name"]` (Jinja falls back to attributes).
    """


def rekam(value: Any) -> Any:
    """Return `value` with every dict, also inside lists, turned into a `Rekam`."""
    if isinstance(value, dict):
        return Rekam(**{key: rekam(item) for key, item in value.items()})
    if isinstance(value, list):
        return [rekam(item) for item in value]
    return value


def siapkan(loaded: LoadedEvent) -> Undangan:
    """Return the invitation context of `loaded`, computed once for the whole batch."""
    berkas = loaded.berkas
    surat, penandatangan = _required(loaded)
    gaya = berkas.instansi.gaya
    bersama = {
        "kop": context.kop(berkas.instansi, jenis_kop(surat, penandatangan)),
        "surat": _surat_lines(surat, berkas.instansi),
        "alamat_kanan": gaya.alamat_surat == "pemda",
        "pembuka": paragraf(context.isi_teks(surat.kalimat_pembuka or PEMBUKA, berkas)),
        "rincian": rincian(berkas, gaya),
        "penutup": paragraf(context.isi_teks(surat.kalimat_penutup or PENUTUP, berkas)),
        "ttd": context.ttd(penandatangan, gaya, tte=surat.tte),
        "tembusan": tembusan(berkas.tembusan, gaya),
        "tte": surat.tte,
    }
    return penulis_alamat(berkas.instansi, {key: rekam(value) for key, value in bersama.items()})


def penulis_alamat(instansi: Instansi, bersama: dict[str, Any] | None = None) -> Undangan:
    """Return the invitation's addressee wording for `instansi` (gaya.alamat_surat, tulisan_di, di_tempat).

    Envelopes and labels (naskah.jenis._alamat) write their addressee with it, so they match the letter.
    """
    gaya = instansi.gaya
    alamat_kanan = gaya.alamat_surat == "pemda"
    di = gaya.tulisan_di if gaya.tulisan_di != "otomatis" else ("di -" if alamat_kanan else "di")
    return Undangan(bersama or {}, instansi.kota, alamat_kanan=alamat_kanan, di_tempat=gaya.di_tempat, di=di)


def _required(loaded: LoadedEvent) -> tuple[Surat, Penandatangan]:
    berkas = loaded.berkas
    present = {"surat": berkas.surat, "penandatangan": berkas.penandatangan, "penerima": berkas.penerima}
    missing = [name for name, value in present.items() if not value]
    if missing:
        problems = [
            loaded.locate(
                name, f"bagian '{name}' belum diisi; surat undangan memerlukannya", "lihat contoh dengan 'naskah init'"
            )
            for name in missing
        ]
        raise InputFileError(problems)
    assert berkas.surat is not None and berkas.penandatangan is not None  # `missing` is empty
    return berkas.surat, berkas.penandatangan


def jenis_kop(surat: Surat, penandatangan: Penandatangan) -> str:
    """Return 'jabatan' or 'instansi' for the letter's kop.

    'otomatis' chooses the kop jabatan (Garuda, e.g. WALI KOTA PALOPO) only when the kepala daerah signs —
    also as Pj., Plt. or Plh. (domain §3.1). A letter signed a.n. the kepala daerah is the Sekretariat Daerah's
    or the perangkat daerah's and carries its kop instansi (with `SEKRETARIAT DAERAH` when the profile names no
    perangkat daerah, see `_common.kop`).
    """
    if surat.kop != "otomatis":
        return surat.kop
    return "jabatan" if pejabat_mod.kedudukan(penandatangan) == "kepala_daerah" else "instansi"


def _surat_lines(surat: Surat, instansi: Instansi) -> dict[str, Any]:
    tempat_tanggal, masehi = context.baris_tanggal(surat.tempat or instansi.kota, surat.tanggal, surat.hijriah)
    lines: dict[str, Any] = {
        "nomor": surat_mod.nomor_surat(surat, instansi),
        "sifat": surat.sifat,
        "lampiran": surat.lampiran or "-",
        "hal": surat.hal,
        "tempat_tanggal": tempat_tanggal,
        # A line break in the value becomes a Word line break: the Gregorian date stands under the Hijri one.
        "tanggal_masehi": f"\n{masehi}" if masehi else "",
    }
    return {**lines, "kepala": _kepala_surat(lines, instansi.gaya)}


def _kepala_surat(lines: dict[str, Any], gaya: Gaya) -> list[dict[str, str]]:
    """Return the Nomor/Sifat/Lampiran/Hal rows (or Nomor/Lampiran/Perihal) as label and text."""
    return [{"label": label, "teks": lines[kunci]} for label, kunci in KEPALA_SURAT[gaya.kepala_surat]]


def paragraf(teks: str) -> list[str]:
    """Return `teks` split into paragraphs at blank lines; single line breaks become spaces."""
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", teks) if part.strip()]


def rincian(berkas: BerkasAcara, gaya: Gaya) -> list[dict[str, str]]:
    """Return the detail rows (§4.6); several agenda items become a numbered list under `acara`."""
    acara, label = berkas.acara, LABEL[gaya.label_rincian]
    if gaya.rincian_waktu == "terpisah":
        rows = [
            _row(label["hari_saja"], tanggal.hari(acara.tanggal)),
            _row(label["tanggal"], tanggal.tanggal(acara.tanggal)),
            _row(label["jam"], context.pukul(acara)),
        ]
    else:
        rows = [_row(label["hari"], tanggal.tanggal_panjang(acara.tanggal)), _row(label["pukul"], context.pukul(acara))]
    rows.append(_row(label["tempat"], acara.tempat))
    if len(acara.agenda) > 1:
        items = butir(acara.agenda)
        rows.append({"jenis": "butir_pertama", "label": label["acara"], **items[0]})
        rows += [{"jenis": "butir", "label": "", **item} for item in items[1:]]
    else:
        rows.append(_row(label["acara"], acara.agenda[0] if acara.agenda else acara.nama))
    catatan = berkas.surat.catatan if berkas.surat else None
    for key, value in (("pakaian", acara.pakaian), ("narahubung", acara.narahubung), ("catatan", catatan)):
        if value:
            rows.append(_row(label[key], value))
    return rows


def _row(label: str, teks: str) -> dict[str, str]:
    return {"jenis": "isi", "label": label, "nomor": "", "teks": teks}


def butir(items: list[str] | tuple[str, ...]) -> list[dict[str, str]]:
    """Return `items` numbered as a list: '1.' … with ';' after each item and '.' after the last."""
    last = len(items) - 1
    return [
        {"nomor": f"{i + 1}.", "teks": item.rstrip(_PUNCTUATION_END + " ") + ("." if i == last else ";")}
        for i, item in enumerate(items)
    ]


def tembusan(items: list[str], gaya: Gaya) -> list[dict[str, str]]:
    """Return the tembusan lines (§4.10): jabatan as written, numbered only when there are several."""
    if not items:
        return []
    lines = list(items)
    if gaya.tembusan_sebagai_laporan:
        lines[0] = f"{lines[0].rstrip(_PUNCTUATION_END + ' ')} (sebagai laporan)"
    if len(lines) == 1:
        return [{"nomor": "", "teks": lines[0]}]
    return butir(lines)


def alamat_tujuan(penerima: Penerima) -> tuple[str, list[str]]:
    """Return the `Yth.` line and the lines under it: the jabatan, or the name with the jabatan below."""
    jabatan = jabatan_penerima(penerima)
    if penerima.nama:
        return penerima.nama, [jabatan] if jabatan else []
    return jabatan, []


def jabatan_penerima(penerima: Penerima) -> str:
    """Return the recipient's jabatan, followed by the instansi when the jabatan does not already name it.

    'Lurah Amassangan' + 'Kecamatan Wara' → 'Lurah Amassangan Kecamatan Wara'; 'Camat Bara' + 'Kecamatan
    Bara' stays 'Camat Bara' (the instansi's last word is already there).
    """
    jabatan, instansi = penerima.jabatan or "", penerima.instansi or ""
    if not jabatan or not instansi:
        return jabatan or instansi
    last_word = instansi.split()[-1].casefold()
    if last_word in jabatan.casefold().split():
        return jabatan
    return f"{jabatan} {instansi}"


def label_berkas(penerima: Penerima) -> str:
    """Return the words a recipient's file is named after (made safe by the output folder)."""
    return (penerima.jabatan or penerima.nama or penerima.instansi or "penerima").lower()


def lampiran_daftar(berkas: BerkasAcara, nomor: str) -> dict[str, Any]:
    """Return the heading and the numbered list of the DAFTAR UNDANGAN page (§4.11)."""
    assert berkas.surat is not None and berkas.penandatangan is not None  # checked by `siapkan`
    return {
        "judul": f"LAMPIRAN SURAT {_penerbit(berkas.penandatangan)}",
        "nomor": nomor,
        "tanggal": tanggal.tanggal(berkas.surat.tanggal),
        "daftar": butir([_daftar_item(p) for p in berkas.penerima]),
    }


def _penerbit(penandatangan: Penandatangan) -> str:
    """Return whose letter it is, in capitals: the delegating office when signed a.n., else the signer's."""
    jabatan = penandatangan.atas_nama or pejabat_mod.jabatan_lengkap(penandatangan)
    return ejaan.jabatan_ttd(jabatan).rstrip(",").replace("\n", " ")


def _daftar_item(penerima: Penerima) -> str:
    yth, lanjutan = alamat_tujuan(penerima)
    return ", ".join([yth, *lanjutan])


def lampiran_lembar(berkas: BerkasAcara) -> str:
    """Return the Lampiran line of the daftar letter, e.g. '1 (satu) lembar', estimated from the list length."""
    lines = _LAMPIRAN_OVERHEAD_LINES + sum(math.ceil(len(_daftar_item(p)) / _CHARS_PER_LINE) for p in berkas.penerima)
    sheets = math.ceil(lines / _LINES_PER_PAGE[berkas.instansi.gaya.kertas])
    return bilangan.jumlah(sheets, "lembar")


def halaman(gaya: Gaya) -> PageSetup:
    """Return the letter's paper (gaya.kertas) with the Tata Naskah Dinas margins."""
    return context.halaman(gaya.kertas)


def _is_place_name(text: str) -> bool:
    return not any(c.isdigit() or c in ",/" for c in text) and len(text.split()) <= 3
