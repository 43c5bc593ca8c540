"""The addressee block of envelopes and address labels: the invitation's own wording, fitted to a box.

The lines are the surat undangan's (naskah.jenis.undangan.konteks: `Yth.` + jabatan or name, the jabatan
under a name, `di -` / `di` and the city per gaya.alamat_surat and gaya.di_tempat), so a letter and its
envelope always agree. Each line also comes as a ready Word run (as docxtpl's RichText writes it) at the
size chosen for the box, which the built-in templates print with ``{{r tujuan.r_yth }}``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from markupsafe import Markup, escape

from naskah.domain.loader import LoadedEvent
from naskah.domain.muat_teks import Baris, Muat, pilih_ukuran
from naskah.domain.schema import Penerima
from naskah.jenis.undangan.konteks import Rekam, Undangan, penulis_alamat

KEPADA = "Kepada"


@dataclasses.dataclass(frozen=True)
class Kotak:
    """The box the addressee's lines must fit, in millimetres, and the font sizes allowed (points)."""

    lebar: float
    tinggi: float
    terbesar: float
    terkecil: float  # the text shrinks down to this size before it wraps
    batas_bawah: float  # and, wrapped, down to this one if it must


@dataclasses.dataclass(frozen=True)
class Alamat:
    """Builds the addressee block of each recipient for one event."""

    undangan: Undangan
    kepada: bool  # Pemda style (gaya.alamat_surat 'pemda') opens with 'Kepada'

    @classmethod
    def dari(cls, loaded: LoadedEvent) -> Alamat:
        """Return the addressee wording of `loaded`'s invitation (no surat or penandatangan needed)."""
        instansi = loaded.berkas.instansi
        return cls(penulis_alamat(instansi), kepada=instansi.gaya.alamat_surat == "pemda")

    def baris(self, penerima: Penerima) -> tuple[Rekam, list[Baris]]:
        """Return the invitation's `tujuan` record for `penerima` and its printed lines, in order."""
        tujuan = self.undangan.untuk(penerima)["tujuan"]
        lines = [Baris(KEPADA)] if self.kepada else []
        lines.append(Baris(f"Yth. {tujuan.yth}", tebal=True))
        lines += [Baris(line) for line in tujuan.lanjutan]
        lines += [Baris(tujuan.di), Baris(tujuan.kota)]
        return tujuan, lines

    def tujuan(self, penerima: Penerima, kotak: Kotak) -> tuple[Rekam, Muat]:
        """Return the context record `tujuan` of `penerima` fitted to `kotak`, and the fit chosen."""
        tujuan, lines = self.baris(penerima)
        fit = pilih_ukuran(
            lines,
            kotak.lebar,
            kotak.tinggi,
            terbesar=kotak.terbesar,
            terkecil=kotak.terkecil,
            batas_bawah=kotak.batas_bawah,
        )
        half_points = round(fit.ukuran_pt * 2)

        def rich(line: Baris) -> Markup:
            return run_xml(line.teks, half_points, bold=line.tebal)

        record = Rekam(
            kepada=KEPADA if self.kepada else "",
            yth=tujuan.yth,
            lanjutan=list(tujuan.lanjutan),
            di=tujuan.di,
            kota=tujuan.kota,
            huruf=fit.ukuran_pt,
            r_kepada=rich(Baris(KEPADA)) if self.kepada else "",
            r_yth=rich(Baris(f"Yth. {tujuan.yth}", tebal=True)),
            r_lanjutan=[rich(Baris(line)) for line in tujuan.lanjutan],
            r_di=rich(Baris(tujuan.di)),
            r_kota=rich(Baris(tujuan.kota)),
        )
        return record, fit


def run_xml(teks: str, half_points: int, *, bold: bool = False) -> Markup:
    """Return a Word run of `teks` at `half_points` / 2 pt, as docxtpl's RichText writes it, for ``{{r … }}``.

    Markup: the strict environment prints it as it is (the text inside is escaped here, once).
    """
    weight = "<w:b/><w:bCs/>" if bold else ""
    size = f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'
    return Markup(f'<w:r><w:rPr>{weight}{size}</w:rPr><w:t xml:space="preserve">{escape(teks)}</w:t></w:r>')


def nama_penerima(penerima: Penerima) -> str:
    """Return how a warning names `penerima`."""
    return penerima.nama or penerima.jabatan or "penerima"


@dataclasses.dataclass(frozen=True)
class Kiriman:
    """The batch-invariant context of addressed pieces (envelopes, labels); `untuk` adds one recipient's addressee."""

    bersama: dict[str, Any]
    alamat: Alamat
    kotak: Kotak

    def untuk(self, penerima: Penerima) -> dict[str, Any]:
        """Return the full template context of the piece addressed to `penerima`."""
        return {**self.bersama, "tujuan": self.alamat.tujuan(penerima, self.kotak)[0]}

    def muat(self, penerima: Penerima) -> Muat:
        """Return how `penerima`'s addressee fits its box (for the warnings of `periksa`)."""
        return self.alamat.tujuan(penerima, self.kotak)[1]
