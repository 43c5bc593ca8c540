"""Envelope sizes and the layout of an envelope's face, in millimetres, printed in landscape.

The built-in template (tools/templat/amplop.py) draws one layout table at the reference size DL; for
another envelope the table is stretched: widths by the ratio of the text widths, row heights by the ratio
of the text heights. The same numbers give the address area (`bidang_alamat`), which tests check the PDF
against, so the template, the stretching and the check cannot drift apart.

Face layout (one table, no cell padding, text indented inside its cell):

    | logo | pengirim (kop / return address) |   sifat   |     row 1: KEPALA high
    |      kosong      |       alamat tujuan              |     row 2: ALAMAT high
"""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class UkuranAmplop:
    """One envelope: its name, what it is for, and its paper in landscape (width > height)."""

    nama: str
    keterangan: str
    lebar: float
    tinggi: float


UKURAN: dict[str, UkuranAmplop] = {
    ukuran.nama: ukuran
    for ukuran in (
        UkuranAmplop("pemda", "Amplop surat dinas Pemda (± 110 × 230 mm), surat dilipat tiga", 230, 110),
        UkuranAmplop("dl", "DL (110 × 220 mm), surat A4 dilipat tiga", 220, 110),
        UkuranAmplop("c5", "C5 (162 × 229 mm), surat A4 dilipat dua", 229, 162),
        UkuranAmplop("c4", "C4 (229 × 324 mm), surat A4/F4 tidak dilipat", 324, 229),
    )
}
BAWAAN = "pemda"

# Page margins: printers cannot print at the very edge of an envelope.
MARGIN_ATAS, MARGIN_BAWAH, MARGIN_KIRI, MARGIN_KANAN = 8.0, 6.0, 10.0, 10.0
# The reference face (DL): text area 200 × 96 mm.
REF_LEBAR = UKURAN["dl"].lebar - MARGIN_KIRI - MARGIN_KANAN
REF_TINGGI = UKURAN["dl"].tinggi - MARGIN_ATAS - MARGIN_BAWAH
# Grid columns of the layout table at the reference size (they add up to REF_LEBAR).
KOLOM = (17.0, 63.0, 40.0, 80.0)
KEPALA, ALAMAT = 36.0, 56.0  # row heights at the reference size
JARAK_TEKS = 2.0  # left/right indent of the text inside its cell


def skala(ukuran: UkuranAmplop) -> tuple[float, float]:
    """Return how much the reference layout is stretched across and down for `ukuran`."""
    lebar = ukuran.lebar - MARGIN_KIRI - MARGIN_KANAN
    tinggi = ukuran.tinggi - MARGIN_ATAS - MARGIN_BAWAH
    return lebar / REF_LEBAR, tinggi / REF_TINGGI


def bidang_alamat(ukuran: UkuranAmplop) -> tuple[float, float, float, float]:
    """Return the address area (x0, y0, x1, y1) from the envelope's top-left corner."""
    fx, fy = skala(ukuran)
    x0 = MARGIN_KIRI + (KOLOM[0] + KOLOM[1]) * fx
    y0 = MARGIN_ATAS + KEPALA * fy
    return x0, y0, ukuran.lebar - MARGIN_KANAN, y0 + ALAMAT * fy


def bidang_pengirim(ukuran: UkuranAmplop) -> tuple[float, float, float, float]:
    """Return the sender's area (logo and kop) at the top left."""
    fx, fy = skala(ukuran)
    return MARGIN_KIRI, MARGIN_ATAS, MARGIN_KIRI + (KOLOM[0] + KOLOM[1] + KOLOM[2]) * fx, MARGIN_ATAS + KEPALA * fy


def lebar_teks_alamat(ukuran: UkuranAmplop) -> float:
    """Return the width the addressee's lines may take (the address area less the text indents)."""
    x0, _, x1, _ = bidang_alamat(ukuran)
    return x1 - x0 - 2 * JARAK_TEKS
