"""Context of the surat undangan: everything shared by the batch is built once, only the addressee per recipient."""

from __future__ import annotations

import dataclasses
import re
from types import SimpleNamespace
from typing import Any

from naskah.docx.page import PageSetup, twips
from naskah.domain import bilangan, ejaan, tanggal, tata_letak
from naskah.domain import pejabat as pejabat_mod
from naskah.domain import surat as surat_mod
from naskah.domain.loader import LoadedEvent
from naskah.domain.schema import BerkasAcara, Gaya, Instansi, Penandatangan, Penerima, Surat
from naskah.errors import InputFileError, Problem
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
# The lampiran (the built-in template's, tools/templat/undangan.py, and lampiran.py's): exact 14 pt lines, the
# heading column at 8.5 cm and its values at 11.3 cm, list text hanging at 1.3 cm, the title 12 pt above the list.
# Every line is broken here (`pecah_baris`), never by the word processor, so its pages are counted exactly.
LAMPIRAN_BARIS_TWIPS = 280
LAMPIRAN_JARAK_JUDUL_TWIPS = 240
_LAMPIRAN_HEADING_MM, _LAMPIRAN_VALUE_MM, _LAMPIRAN_ITEM_MM = 85, 113, 13
_LAMPIRAN_TTD_BLANK_LINES = 4  # the room to sign in (tools/templat/umum.add_ttd)
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
        nomor = self.bersama["surat"].nomor
        halaman_lampiran = lampiran_daftar(berkas, nomor)
        lembar = lampiran or lampiran_lembar(berkas, nomor, halaman_lampiran)
        surat = Rekam(**{**vars(self.bersama["surat"]), "lampiran": lembar})
        kepala = rekam(_kepala_surat(vars(surat), berkas.instansi.gaya))
        surat = Rekam(**{**vars(surat), "kepala": kepala})
        return {
            **self.bersama,
            "surat": surat,
            "tujuan": self._tujuan(DAFTAR_TERLAMPIR, [], self._kota_bersama(berkas.penerima)),
            "lampiran": rekam(halaman_lampiran),
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
        "kop": context.kop(berkas.instansi, kop_surat(loaded)),
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


def kop_surat(loaded: LoadedEvent) -> str:
    """Return the kop the letter prints: `jenis_kop`, but never a kop jabatan without its Garuda.

    Domain §3.1: the kop jabatan *is* the lambang negara over the office; without the image it would print a
    letter that looks finished and is not. Chosen explicitly (`kop: jabatan`) that is an error; chosen by
    'otomatis' the letter falls back to the kop instansi (§3.2, the office's own letterhead) and `periksa`
    says so (`masalah_kop`).
    """
    surat, penandatangan = _required(loaded)
    chosen = jenis_kop(surat, penandatangan)
    if chosen != "jabatan" or loaded.berkas.instansi.lambang_negara:
        return chosen
    errors, _ = masalah_kop(loaded)
    if errors:
        raise InputFileError(errors)
    return "instansi"


def masalah_kop(loaded: LoadedEvent) -> tuple[list[Problem], list[Problem]]:
    """Return (errors, warnings) about a kop jabatan that has no lambang negara image."""
    berkas = loaded.berkas
    if berkas.surat is None or berkas.penandatangan is None or berkas.instansi.lambang_negara:
        return [], []
    if jenis_kop(berkas.surat, berkas.penandatangan) != "jabatan":
        return [], []
    hint = "isi instansi.lambang_negara dengan berkas gambar Garuda Pancasila (PNG), mis. 'lambang_negara: garuda.png'"
    if berkas.surat.kop == "jabatan":
        message = "kop jabatan dipilih, tetapi gambar lambang negara (Garuda Pancasila) tidak ada"
        return [loaded.locate("surat.kop", message, f"{hint}, atau pilih 'kop: instansi'")], []
    message = (
        "penanda tangan ini memakai kop jabatan (Garuda Pancasila di atas jabatan kepala daerah), tetapi gambar "
        "lambang negara tidak ada; surat dicetak dengan kop instansi"
    )
    return [], [loaded.locate("instansi.lambang_negara", message, hint)]


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
    """Return the heading, the numbered list and the signature of the DAFTAR UNDANGAN page (§4.11).

    Beside each value stands its printed form, already broken into the lines the page prints ('\n' becomes a
    Word line break): `cetak` (judul, nomor, tanggal), each item's `cetak`, and `ttd`. The built-in lampiran
    prints those, so `lampiran_halaman` counts the very lines it has; an office's own template may still
    print the plain values.
    """
    assert berkas.surat is not None and berkas.penandatangan is not None  # checked by `siapkan`
    page = halaman(berkas.instansi.gaya)
    width = page.width_mm - page.left_mm - page.right_mm
    right = width - _LAMPIRAN_HEADING_MM
    ttd = context.ttd(berkas.penandatangan, berkas.instansi.gaya)

    def lines(text: str, column_mm: float, **how: bool) -> str:
        return "\n".join(tata_letak.pecah_baris(text, column_mm, 12, **how)) if text else ""

    judul = f"LAMPIRAN SURAT {_penerbit(berkas.penandatangan)}"
    tanggal_surat = tanggal.tanggal(berkas.surat.tanggal)
    value = width - _LAMPIRAN_VALUE_MM
    items = butir([_daftar_item(p) for p in berkas.penerima])
    return {
        "judul": judul,
        "nomor": nomor,
        "tanggal": tanggal_surat,
        "daftar": [{**item, "cetak": lines(item["teks"], width - _LAMPIRAN_ITEM_MM)} for item in items],
        "cetak": {
            "judul": lines(judul, right),
            "nomor": lines(nomor, value, miring=True),
            "tanggal": lines(tanggal_surat, value),
        },
        "ttd": {
            **ttd,
            "jabatan": [lines(line, right) for line in ttd["jabatan"]],
            "nama": lines(ttd["nama"], right, tebal=True),
            "pangkat": lines(ttd["pangkat"], right),
            "nip": lines(ttd["nip"], right),
        },
    }


def _penerbit(penandatangan: Penandatangan) -> str:
    """Return whose letter it is, in capitals: the delegating office when signed a.n., else the signer's."""
    jabatan = penandatangan.atas_nama or pejabat_mod.jabatan_lengkap(penandatangan)
    return ejaan.jabatan_ttd(jabatan).rstrip(",").replace("\n", " ")


def _daftar_item(penerima: Penerima) -> str:
    yth, lanjutan = alamat_tujuan(penerima)
    return ", ".join([yth, *lanjutan])


def lampiran_lembar(berkas: BerkasAcara, nomor: str, lampiran: dict[str, Any] | None = None) -> str:
    """Return the Lampiran line of the daftar letter, e.g. '1 (satu) lembar': its pages, laid out as printed."""
    return bilangan.jumlah(lampiran_halaman(berkas, nomor, lampiran), "lembar")


def lampiran_halaman(berkas: BerkasAcara, nomor: str, lampiran: dict[str, Any] | None = None) -> int:
    """Return how many pages the DAFTAR UNDANGAN lampiran of letter `nomor` fills, counting its lines.

    Every line of the page is one `lampiran_daftar` broke and exactly LAMPIRAN_BARIS_TWIPS high, no item is
    split, and the signature takes the last two items with it: the pages follow from the paper alone.
    """
    page = halaman(berkas.instansi.gaya)
    lampiran = lampiran or lampiran_daftar(berkas, nomor)
    ttd, cetak = lampiran["ttd"], lampiran["cetak"]

    def count(text: str) -> int:
        return text.count("\n") + 1 if text else 0

    head = count(cetak["judul"]) + count(cetak["nomor"]) + count(cetak["tanggal"]) + 2  # an empty line, the title
    block = sum(map(count, ttd["jabatan"])) + _LAMPIRAN_TTD_BLANK_LINES + count(ttd["nama"])
    tail = 1 + block + count(ttd["pangkat"]) + count(ttd["nip"])  # the empty line above the block, then the block
    body = int(twips(page.height_mm)) - int(twips(page.top_mm)) - int(twips(page.bottom_mm))  # as in w:pgMar
    return tata_letak.halaman_daftar(
        body,
        head * LAMPIRAN_BARIS_TWIPS + LAMPIRAN_JARAK_JUDUL_TWIPS,
        [count(item["cetak"]) for item in lampiran["daftar"]],
        tail,
        baris=LAMPIRAN_BARIS_TWIPS,
    )


def halaman(gaya: Gaya) -> PageSetup:
    """Return the letter's paper (gaya.kertas) with the Tata Naskah Dinas margins."""
    return context.halaman(gaya.kertas)


def _is_place_name(text: str) -> bool:
    return not any(c.isdigit() or c in ",/" for c in text) and len(text.split()) <= 3
