"""Context of the envelopes: the sender (kop, logo) and sifat shared by the batch, the addressee per recipient."""

from __future__ import annotations

import re
from typing import Any

from naskah.docx.page import PageSetup, twips
from naskah.domain import ukuran_amplop
from naskah.domain.loader import LoadedEvent
from naskah.domain.muat_teks import Baris, faktor_muat
from naskah.domain.schema import Surat
from naskah.domain.ukuran_amplop import UkuranAmplop
from naskah.jenis import _common as context
from naskah.jenis._alamat import Alamat, Kiriman, Kotak, run_xml
from naskah.jenis.undangan.konteks import Rekam, rekam

# The addressee on an envelope: shrunk from 12 to 10 pt before it wraps; wrapped, down to 8 pt if it must.
HURUF_TERBESAR, HURUF_TERKECIL, HURUF_BATAS = 12.0, 10.0, 8.0
_RUANG_TEGAK = 4.0  # mm kept free above and below the addressee inside its area
_WIDTH = re.compile(r'(<w:(?:gridCol|tcW|tblW)\b[^>]*?\bw:w=")(\d+)("[^>]*>)')
_HEIGHT = re.compile(r'(<w:trHeight\b[^>]*?\bw:val=")(\d+)(")')


def ukuran(loaded: LoadedEvent, pilihan: str | None = None) -> UkuranAmplop:
    """Return the envelope to print on: `pilihan` (--ukuran) or the profile's amplop.ukuran."""
    return ukuran_amplop.UKURAN[pilihan or loaded.berkas.instansi.amplop.ukuran]


def halaman(size: UkuranAmplop) -> PageSetup:
    """Return the envelope as a landscape page with the printer margins of `ukuran_amplop`."""
    return PageSetup(
        size.lebar,
        size.tinggi,
        top_mm=ukuran_amplop.MARGIN_ATAS,
        right_mm=ukuran_amplop.MARGIN_KANAN,
        bottom_mm=ukuran_amplop.MARGIN_BAWAH,
        left_mm=ukuran_amplop.MARGIN_KIRI,
    )


def sifat(surat: Surat | None) -> str:
    """Return the sifat printed on the envelope in capitals (PENTING, SEGERA, RAHASIA…); none for 'Biasa'."""
    if surat is None or surat.sifat.strip().casefold() == "biasa":
        return ""
    return surat.sifat.strip().upper()


Amplop = Kiriman  # one event's envelopes: the shared context, and each recipient's addressee


def siapkan(loaded: LoadedEvent, size: UkuranAmplop) -> Amplop:
    """Return the envelope context of `loaded` on envelope `size`, computed once for the batch."""
    instansi = loaded.berkas.instansi
    x0, y0, x1, y1 = ukuran_amplop.bidang_alamat(size)
    kotak = Kotak(
        ukuran_amplop.lebar_teks_alamat(size), y1 - y0 - 2 * _RUANG_TEGAK, HURUF_TERBESAR, HURUF_TERKECIL, HURUF_BATAS
    )
    kop = context.kop(instansi, "instansi")
    bersama = {
        "kop": rekam(kop),
        "pengirim": pengirim(kop, size),
        "sifat": sifat(loaded.berkas.surat),
        "amplop": rekam({"ukuran": size.nama, "lebar_mm": size.lebar, "tinggi_mm": size.tinggi}),
    }
    return Amplop(bersama, Alamat.dari(loaded), kotak)


# The sender's lines and their sizes at full scale (points); bold for the office's name.
_PENGIRIM_PT = {"pemerintah": 9.0, "perangkat_daerah": 10.0, "alamat": 7.5, "kontak": 7.5}


def pengirim(kop: dict[str, Any], size: UkuranAmplop) -> Rekam:
    """Return the sender's lines (the kop) as Word runs, all scaled down together until they fit the sender area."""
    lines = [("pemerintah", Baris(kop["pemerintah"], tebal=True), _PENGIRIM_PT["pemerintah"])]
    lines += [
        ("perangkat_daerah", Baris(line, tebal=True), _PENGIRIM_PT["perangkat_daerah"])
        for line in kop["perangkat_daerah"]
    ]
    lines += [(key, Baris(kop[key]), _PENGIRIM_PT[key]) for key in ("alamat", "kontak") if kop[key]]
    x0, y0, x1, y1 = ukuran_amplop.bidang_pengirim(size)
    # The text column: the sender's area less the logo column and the text indents.
    width = x1 - x0 - ukuran_amplop.KOLOM[0] * ukuran_amplop.skala(size)[0] - 2 * ukuran_amplop.JARAK_TEKS
    factor = faktor_muat([(line, pt) for _, line, pt in lines], width, y1 - y0 - 1)
    runs = [(key, run_xml(line.teks, round(pt * factor * 2), bold=line.tebal)) for key, line, pt in lines]
    return Rekam(
        pemerintah=runs[0][1],
        perangkat_daerah=[run for key, run in runs if key == "perangkat_daerah"],
        alamat=next((run for key, run in runs if key == "alamat"), ""),
        kontak=next((run for key, run in runs if key == "kontak"), ""),
        faktor=factor,
    )


def regangkan(xml: str, size: UkuranAmplop) -> str:
    """Return body `xml` (drawn at the reference size DL) with its table widths and row heights stretched to `size`.

    Only lengths in twips are stretched (a width given in percent stays as it is); pictures and fonts keep
    their size.
    """
    fx, fy = ukuran_amplop.skala(size)
    if fx == 1 and fy == 1:
        return xml

    def width(match: re.Match[str]) -> str:
        if 'w:type="pct"' in match.group(0):
            return match.group(0)
        return f"{match.group(1)}{twips(int(match.group(2)) * fx * 25.4 / 1440)}{match.group(3)}"

    def height(match: re.Match[str]) -> str:
        return f"{match.group(1)}{twips(int(match.group(2)) * fy * 25.4 / 1440)}{match.group(3)}"

    return _HEIGHT.sub(height, _WIDTH.sub(width, xml))
