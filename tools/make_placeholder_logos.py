"""Write the placeholder emblems in examples/profil/ (stdlib only): a coloured shield or a gold disc.

They only mark where the lambang daerah and the Garuda Pancasila go; replace them with the official images.
Run: python tools/make_placeholder_logos.py
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

LEBAR, TINGGI = 200, 240
PROFIL = Path(__file__).resolve().parent.parent / "examples" / "profil"
Warna = tuple[int, int, int, int]
BENING: Warna = (0, 0, 0, 0)


def perisai(x: int, y: int, tepi: int = 0) -> bool:
    """Return whether pixel (x, y) lies inside a shield shrunk by `tepi` pixels."""
    kiri, kanan, atas = 10 + tepi, LEBAR - 10 - tepi, 10 + tepi
    tengah_bawah = 140
    if y < atas or x < kiri or x >= kanan:
        return False
    if y < tengah_bawah:
        return True
    # Below the straight part the sides curve in to a point at the bottom.
    setengah = (kanan - kiri) / 2
    t = (y - tengah_bawah) / (TINGGI - 10 - tepi - tengah_bawah)
    return t <= 1 and abs(x - LEBAR / 2) <= setengah * (1 - t * t)


def lingkaran(x: int, y: int, cx: float, cy: float, r: float) -> bool:
    """Return whether pixel (x, y) lies inside the circle (cx, cy, r)."""
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def lambang_daerah(tepi: Warna, isi: Warna, pusat: Warna):
    """Return a pixel function drawing a shield with a border and a disc in the middle."""

    def warna(x: int, y: int) -> Warna:
        if not perisai(x, y):
            return BENING
        if not perisai(x, y, 8):
            return tepi
        if lingkaran(x, y, LEBAR / 2, 110, 45):
            return pusat
        return isi

    return warna


def garuda(x: int, y: int) -> Warna:
    """Return the pixel of a gold disc with a darker ring: the Garuda Pancasila placeholder."""
    emas, gelap = (212, 175, 55, 255), (150, 110, 20, 255)
    if not lingkaran(x, y, LEBAR / 2, TINGGI / 2, 95):
        return BENING
    if not lingkaran(x, y, LEBAR / 2, TINGGI / 2, 85) or lingkaran(x, y, LEBAR / 2, TINGGI / 2, 30):
        return gelap
    return emas


def png(warna) -> bytes:
    """Return an RGBA PNG of LEBAR × TINGGI pixels coloured by `warna(x, y)`."""
    baris = b"".join(b"\x00" + b"".join(bytes(warna(x, y)) for x in range(LEBAR)) for y in range(TINGGI))

    def chunk(jenis: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + jenis + data + struct.pack(">I", zlib.crc32(jenis + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", LEBAR, TINGGI, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(baris, 9)) + chunk(b"IEND", b"")


def main() -> None:
    """Write the three placeholder images."""
    gambar = {
        "logo-palopo.png": lambang_daerah((20, 70, 40, 255), (0, 128, 64, 255), (240, 200, 40, 255)),
        "logo-pesawaran.png": lambang_daerah((120, 20, 20, 255), (30, 90, 170, 255), (250, 250, 250, 255)),
        "garuda.png": garuda,
    }
    PROFIL.mkdir(parents=True, exist_ok=True)
    for nama, warna in gambar.items():
        (PROFIL / nama).write_bytes(png(warna))
        print(f"{PROFIL / nama}")


if __name__ == "__main__":
    main()
