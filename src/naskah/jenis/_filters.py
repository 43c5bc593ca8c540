"""The Indonesian formatting helpers as Jinja filters, for built-in and users' templates alike."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jinja2

from naskah.domain import bilangan, ejaan, gelar, nip, tanggal, tata_letak


def domain_filters() -> dict[str, Callable[..., object]]:
    """Return every filter naskah offers to templates, by name."""
    return {
        "hari": tanggal.hari,
        "tanggal": tanggal.tanggal,
        "tanggal_panjang": tanggal.tanggal_panjang,
        "tanggal_terbilang": tanggal.tanggal_terbilang,
        "tanggal_angka": tanggal.tanggal_angka,
        "tanggal_hijriah": tanggal.tanggal_hijriah,
        "jam": tanggal.jam,
        "pukul": tanggal.pukul,
        "terbilang": bilangan.terbilang,
        "jumlah": bilangan.jumlah,
        "rupiah": bilangan.rupiah,
        "rupiah_terbilang": bilangan.rupiah_terbilang,
        "romawi": bilangan.romawi,
        "format_nip": nip.format_nip,
        "nama_bergelar": gelar.normalise_nama,
        "kapital_nama": ejaan.kapital_nama,
        "kapital_jabatan": ejaan.kapital_jabatan,
        "jabatan_ttd": ejaan.jabatan_ttd,
        "patah_miring": tata_letak.patah_miring,
        "tanpa_yatim": tata_letak.tanpa_yatim,
    }


def make_document_environment(*, sandboxed: bool = False) -> jinja2.Environment:
    """Return the strict, autoescaping environment with every domain filter registered."""
    from naskah.docx.environment import make_environment

    return make_environment(sandboxed=sandboxed, filters=domain_filters())
