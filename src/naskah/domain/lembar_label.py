"""Label sheets: the presets of the sheets Indonesian offices buy, and the geometry of one sheet.

All lengths are millimetres. A sheet is a grid of `kolom` × `baris` labels of `lebar` × `tinggi`; the first
label's top-left corner is `kiri`, `atas` from the paper's top-left corner, and each next label starts
`jarak_mendatar` to the right (horizontal pitch) or `jarak_tegak` lower (vertical pitch).

Sources. The A4 sheets of 14, 21 and 24 labels are the Avery sheets L7163, L7160 and L7159 (the same cut
is sold under other brands, e.g. "label A4 isi 21"); their figures are copied from LibreOffice's label
catalogue (share/labels/labels.xml, manufacturer "Avery A4", 1/100 mm), itself taken from Avery's sheets.
The Tom & Jerry numbered sheets (No. 103, No. 121) could not be verified against the maker's own sheet.
No. 103: two public Indonesian label tools for it agree on the grid, 3 × 4 = 12 labels on a landscape
sheet, but not on the rest (one: paper 200 × 140 mm, labels 64 × 33 mm, top margin 5 mm, side 2 mm; the
other: paper 215.19 × 165.1 mm, labels 65.02 × 27.01 mm, left 6.4 mm, top 13 mm); the preset follows the
first, whose label size matches the 64 × 32/33 mm printed on the packs. No. 121: only the label size on the
pack (38 × 75 mm) is known; paper and margins are our estimate. Both presets carry ``terverifikasi=False``
and naskah warns when one is used: make a test print on plain paper laid over a label sheet first.
"""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class LembarLabel:
    """One label sheet's geometry, in millimetres."""

    nama: str
    keterangan: str
    kertas_lebar: float
    kertas_tinggi: float
    lebar: float
    tinggi: float
    kolom: int
    baris: int
    kiri: float
    atas: float
    jarak_mendatar: float
    jarak_tegak: float
    sumber: str = ""
    terverifikasi: bool = True

    @property
    def per_lembar(self) -> int:
        """Return how many labels one sheet holds."""
        return self.kolom * self.baris

    def kotak(self, nomor: int) -> tuple[float, float, float, float]:
        """Return label `nomor`'s rectangle (x0, y0, x1, y1) from the paper's top-left corner, 0-based, row by row."""
        baris, kolom = divmod(nomor % self.per_lembar, self.kolom)
        x0 = self.kiri + kolom * self.jarak_mendatar
        y0 = self.atas + baris * self.jarak_tegak
        return x0, y0, x0 + self.lebar, y0 + self.tinggi

    def masalah(self) -> list[str]:
        """Return what makes this geometry impossible (labels overlapping or off the paper), in Indonesian."""
        problems = []
        if self.jarak_mendatar < self.lebar and self.kolom > 1:
            problems.append("jarak_mendatar lebih kecil daripada lebar label: label bertumpuk")
        if self.jarak_tegak < self.tinggi and self.baris > 1:
            problems.append("jarak_tegak lebih kecil daripada tinggi label: label bertumpuk")
        kanan = self.kiri + (self.kolom - 1) * self.jarak_mendatar + self.lebar
        bawah = self.atas + (self.baris - 1) * self.jarak_tegak + self.tinggi
        if kanan > self.kertas_lebar + 0.01:
            problems.append(
                f"label terakhir sampai {kanan:g} mm dari kiri, melewati lebar kertas {self.kertas_lebar:g} mm"
            )
        if bawah > self.kertas_tinggi + 0.01:
            problems.append(
                f"baris terakhir sampai {bawah:g} mm dari atas, melewati tinggi kertas {self.kertas_tinggi:g} mm"
            )
        return problems


_LIBREOFFICE = "LibreOffice share/labels/labels.xml, Avery A4 {kode}"

PRESET: dict[str, LembarLabel] = {
    lembar.nama: lembar
    for lembar in (
        LembarLabel(
            "a4-14",
            "A4 isi 14 (2 × 7), label 99,1 × 38,1 mm — Avery L7163 dan sejenisnya",
            210,
            297,
            99.06,
            38.1,
            2,
            7,
            4.67,
            15.15,
            101.6,
            38.1,
            sumber=_LIBREOFFICE.format(kode="L7163"),
        ),
        LembarLabel(
            "a4-21",
            "A4 isi 21 (3 × 7), label 63,5 × 38,1 mm — Avery L7160 dan sejenisnya",
            210,
            297,
            63.5,
            38.1,
            3,
            7,
            7.2,
            15.15,
            66.04,
            38.1,
            sumber=_LIBREOFFICE.format(kode="L7160"),
        ),
        LembarLabel(
            "a4-24",
            "A4 isi 24 (3 × 8), label 64 × 33,9 mm — Avery L7159 dan sejenisnya",
            210,
            297,
            64.0,
            33.86,
            3,
            8,
            6.46,
            13.06,
            66.54,
            33.86,
            sumber=_LIBREOFFICE.format(kode="L7159"),
        ),
        # Unverified (see the module's docstring): 3 × 4 labels of 64 × 33 mm on a 200 × 140 mm landscape
        # sheet, 5 mm from the top and 2 mm from the sides, 2 mm between columns and none between rows.
        LembarLabel(
            "tj-103",
            "Tom & Jerry No. 103, label 64 × 33 mm, 3 × 4 (ukuran lembar belum diverifikasi)",
            200,
            140,
            64,
            33,
            3,
            4,
            2,
            5,
            66,
            33,
            sumber="dua alat label undangan 103 publik (grid 3 × 4 sepakat; ukuran kertas dan margin berbeda)",
            terverifikasi=False,
        ),
        # Unverified: label size as printed on the pack; paper 165 × 205 mm and the margins are estimates
        # (labels centred on the sheet with a 3 mm gap between columns and none between rows).
        LembarLabel(
            "tj-121",
            "Tom & Jerry No. 121, label 38 × 75 mm, 2 × 5 (ukuran lembar belum diverifikasi)",
            165,
            205,
            75,
            38,
            2,
            5,
            6,
            7.5,
            78,
            38,
            sumber="ukuran label pada kemasan; ukuran lembar dan margin perkiraan",
            terverifikasi=False,
        ),
    )
}
BAWAAN = "a4-21"
