"""Signature lines per office profile and the Pasal 44 notes (Permendagri 1/2023)."""

from __future__ import annotations

import pytest

from naskah.domain import wilayah
from naskah.domain.pejabat import ayat_pasal_44, blok_ttd, catatan_pasal_44, tidak_dicetak
from naskah.domain.schema import Gaya, Pejabat, Penandatangan

SEKDA = Pejabat(
    jabatan="Sekretaris Daerah Kabupaten Sleman",
    nama="Drs. Harda Kiswaya, M.Si.",
    golongan="IV/d",
    nip="196803111993031006",
)


@pytest.mark.parametrize(
    ("pejabat", "ayat", "hilang"),
    [
        (SEKDA, "ayat (3)", ["NIP", "pangkat"]),
        (SEKDA.model_copy(update={"status": "Pj."}), "ayat (5)", ["gelar", "NIP", "pangkat"]),
        (SEKDA.model_copy(update={"status": "Plh."}), "ayat (5)", ["gelar", "NIP", "pangkat"]),
        (Pejabat(jabatan="Bupati Sleman", nama="Dra. Kustini Sri Purnomo", status="Plt."), "ayat (4)", ["gelar"]),
        (
            Pejabat(jabatan="Kepala Dinas Kesehatan", nama="dr. Cahya Purnama, M.Kes.", nip="197003051999031004"),
            "ayat (3)",
            [],
        ),
    ],
)
def test_what_pasal_44_leaves_out_and_which_ayat(pejabat, ayat, hilang):
    assert ayat_pasal_44(pejabat) == ayat
    assert tidak_dicetak(pejabat) == hilang
    note = catatan_pasal_44(pejabat)
    assert (note is None) == (not hilang)
    if note:
        assert ayat in note


def test_older_perkada_drops_nothing_for_a_sekda():
    lama = Gaya(pasal_44="lama")
    assert tidak_dicetak(SEKDA.model_copy(update={"status": "Pj."}), lama) == []
    blok = blok_ttd(Penandatangan(**SEKDA.model_dump()), lama)
    assert (blok.nama, blok.pangkat, blok.nip) == (
        "Drs. Harda Kiswaya, M.Si.",
        "Pembina Utama Madya (IV/d)",
        "NIP 19680311 199303 1 006",
    )


def test_name_in_capitals_keeps_the_gelar_spelling():
    blok = blok_ttd(Penandatangan(**SEKDA.model_dump()), Gaya(huruf_nama_ttd="kapital"))
    assert blok.nama == "Drs. HARDA KISWAYA, M.Si."


@pytest.mark.parametrize(
    ("teks", "provinsi"),
    [
        ("Sekda Jateng", "Jawa Tengah"),
        ("Ketua DPRD DIY", "Daerah Istimewa Yogyakarta"),
        ("Kadis Lampung Selatan", None),
    ],
)
def test_province_at_the_end_of_a_jabatan(teks, provinsi):
    assert wilayah.provinsi_di_akhir(teks) == provinsi
