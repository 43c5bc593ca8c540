"""Tata tempat at a provincial event (UU 9/2010 Pasal 10) and offices written the way offices write them."""

from __future__ import annotations

import pytest

from naskah.domain.protokol import (
    KAB_KOTA,
    PROVINSI,
    Hadirin,
    baris_penghormatan,
    cakupan,
    cari_peringkat,
    tingkat_wilayah,
    urutkan,
)

JATENG = "Provinsi Jawa Tengah"

# A Gubernur's speech at a provincial event, guests typed as a Biro Umum clerk would, in no order.
HADIRIN_JATENG = [
    Hadirin("Para Lurah se-Kota Semarang"),
    Hadirin("Bupati/Wali Kota se-Jawa Tengah"),
    Hadirin("Kepala Dinas Kesehatan"),
    Hadirin("Rektor Universitas Diponegoro"),
    Hadirin("Kajati Jawa Tengah"),
    Hadirin("Kapolda Jateng", mewakili=True),
    Hadirin("Pangdam IV/Diponegoro"),
    Hadirin("Ketua DPRD Jawa Tengah", nama="Dr. Sumanto, S.H., M.H.", beserta="jajarannya"),
    Hadirin("Sekretaris Daerah Provinsi Jawa Tengah"),
    Hadirin("Kepala Kantor Wilayah Kementerian Agama Provinsi Jawa Tengah"),
    Hadirin("Asisten Pemerintahan dan Kesejahteraan Rakyat Setda Provinsi Jawa Tengah"),
    Hadirin("Staf Ahli Gubernur"),
    Hadirin("Camat Semarang Tengah"),
]


def teks(hasil) -> list[str]:
    return [baris.teks for baris in hasil.baris]


def test_gubernur_speech_follows_pasal_10():
    hasil = urutkan(HADIRIN_JATENG, wilayah=JATENG)
    assert baris_penghormatan(hasil, sapaan="Yang saya hormati") == [
        "Yang saya hormati, Ketua DPRD Jawa Tengah, Dr. Sumanto, S.H., M.H. beserta jajarannya;",
        "Yang saya hormati, Sekretaris Daerah Provinsi Jawa Tengah;",
        "Yang saya hormati, Unsur Forum Koordinasi Pimpinan Daerah Provinsi Jawa Tengah atau yang mewakili;",
        "Yang saya hormati, Bupati/Wali Kota se-Jawa Tengah;",
        "Yang saya hormati, Para Asisten, Staf Ahli Gubernur, dan Kepala Perangkat Daerah Lingkup Pemerintah "
        "Provinsi Jawa Tengah;",
        # Rector and Kakanwil share huruf p (instansi vertikal): input order.
        "Yang saya hormati, Rektor Universitas Diponegoro;",
        "Yang saya hormati, Kepala Kantor Wilayah Kementerian Agama Provinsi Jawa Tengah;",
        "Yang saya hormati, Para Camat dan Lurah se-Provinsi Jawa Tengah;",
        "Hadirin yang berbahagia.",
    ]
    assert hasil.tidak_dikenal == ()


def test_forkopimda_provinsi_merges_only_at_a_provincial_event():
    anggota = ["Kapolda NTB", "Danrem 162/Wira Bhakti", "Kajati NTB", "Wakil Ketua DPRD NTB"]
    assert teks(urutkan(anggota, wilayah="Provinsi Nusa Tenggara Barat")) == [
        "Unsur Forum Koordinasi Pimpinan Daerah Provinsi Nusa Tenggara Barat"
    ]
    # At a kota event they keep their own lines, before the host's officials (Pasal 11 ayat 2).
    di_kota = urutkan([*anggota, "Wali Kota Mataram"], wilayah="Kota Mataram")
    assert teks(di_kota)[-1] == "Wali Kota Mataram"
    assert len(di_kota.baris) == 5


def test_bupati_before_ketua_dprd_at_a_kab_event_after_it_at_a_provincial_one():
    tamu = ["Ketua DPRD Provinsi Jawa Tengah", "Bupati Banyumas"]
    assert teks(urutkan(tamu, wilayah=JATENG)) == ["Ketua DPRD Provinsi Jawa Tengah", "Bupati Banyumas"]
    # At the kabupaten's own event the provincial official still comes first (Pasal 11 ayat 2).
    assert teks(urutkan(tamu, wilayah="Kabupaten Banyumas")) == ["Ketua DPRD Provinsi Jawa Tengah", "Bupati Banyumas"]


def test_kab_kota_officials_take_their_pasal_10_letters_at_a_provincial_event():
    tamu = [
        "Camat Mataram",
        "Anggota DPRD Kota Mataram",
        "Wakil Bupati Lombok Barat",
        "Ketua DPRD Kabupaten Lombok Timur",
        "Tokoh Agama",
        "Kepala Perwakilan BPK Provinsi NTB",
        "Bupati Lombok Tengah",
        "Anggota DPRD NTB",
    ]
    assert teks(urutkan(tamu, wilayah="Provinsi NTB", gabung_forkopimda=False)) == [
        "Anggota DPRD NTB",  # i
        "Bupati Lombok Tengah",  # j
        "Kepala Perwakilan BPK Provinsi NTB",  # k
        "Tokoh Agama",  # l
        "Ketua DPRD Kabupaten Lombok Timur",  # m
        "Wakil Bupati Lombok Barat",  # n
        "Anggota DPRD Kota Mataram",  # o
        "Camat Mataram",  # after q: not in Pasal 10
    ]


@pytest.mark.parametrize(
    ("jabatan", "huruf", "urutan"),
    [
        ("Sekda Jateng", "g", 0),
        ("Sekretaris Daerah DIY", "g", 0),
        ("Sekretaris Daerah Provinsi Daerah Istimewa Yogyakarta", "g", 0),
        ("Sekdaprov NTB", "g", 0),
        ("Ketua DPRD DKI Jakarta", "d", 0),
        ("Ketua DPRD Jawa Tengah", "d", 0),
        ("Wakil Ketua DPRD Prov. Sulsel", "f", 0),
        ("Anggota DPRD Provinsi Nusa Tenggara Barat", "i", 0),
        ("Kepala Kepolisian Daerah Nusa Tenggara Barat", "g", 2),
        ("Danrem 072/Pamungkas", "g", 1),
        ("Kajati DIY", "g", 4),
        ("Kabinda Jawa Tengah", "g", 5),
        ("Kepala Dinas Pemberdayaan Masyarakat dan Desa Provinsi Jawa Tengah", "p", 1),
        ("Kepala Dinas Kesehatan Jateng", "p", 1),
        ("Staf Ahli Gubernur Bidang Ekonomi", "p", 0),
        ("Kepala Biro Pemerintahan Setda Provinsi NTB", "p", 4),
        ("Kepala Bappeda Provinsi Jawa Tengah", "p", 3),
        ("Ketua KPU Provinsi Jawa Tengah", "k", 2),
        ("Ketua DPD Partai Gerindra Jawa Tengah", "h", 0),
        ("Unsur Forkopimda Provinsi Jawa Tengah", "d", 0),
    ],
)
def test_provincial_offices_as_offices_write_them(jabatan, huruf, urutan):
    peringkat = cari_peringkat(jabatan)
    assert (peringkat.tingkat, peringkat.huruf, peringkat.urutan) == (PROVINSI, huruf, urutan)


@pytest.mark.parametrize(
    "jabatan",
    ["Ketua DPRD Kota Yogyakarta", "Sekretaris Daerah Kota Bengkulu", "Kepala Dinas Pendidikan Lampung Selatan"],
)
def test_a_kab_kota_named_like_a_province_stays_kab_kota(jabatan):
    assert cari_peringkat(jabatan).tingkat == KAB_KOTA


def test_an_office_naming_no_place_takes_the_hosts_level():
    assert cari_peringkat("Kepala Dinas Kesehatan", PROVINSI).huruf == "p"
    assert cari_peringkat("Kepala Dinas Kesehatan", KAB_KOTA).huruf == "j"
    assert cakupan("Kepala Dinas Kesehatan") is None


@pytest.mark.parametrize(
    ("wilayah", "tingkat"),
    [
        ("Provinsi Jawa Tengah", PROVINSI),
        ("Daerah Istimewa Yogyakarta", PROVINSI),
        ("DKI Jakarta", PROVINSI),
        ("Kota Yogyakarta", KAB_KOTA),
        ("Kabupaten Pesawaran", KAB_KOTA),
        ("Kecamatan Wara", KAB_KOTA),
        (None, KAB_KOTA),
    ],
)
def test_level_of_the_host(wilayah, tingkat):
    assert tingkat_wilayah(wilayah) == tingkat


def test_kecamatan_host_names_its_villages_and_the_pemda():
    tamu = [
        "Kapolsek Wara",
        "Danramil Wara",
        "Lurah Amassangan",
        "Lurah Dangerakko",
        "Kepala Dinas Sosial",
        "Dandim 1403",
    ]
    hasil = urutkan(tamu, wilayah="Kecamatan Wara", daerah="Kota Palopo")
    assert teks(hasil) == [
        "Dandim 1403",
        "Kepala Dinas Sosial",
        "Unsur Forum Koordinasi Pimpinan Kecamatan Wara",
        "Para Lurah se-Kecamatan Wara",
    ]
    # At the kota's own event the Danramil and Kapolsek keep their own lines.
    assert teks(urutkan(tamu, wilayah="Kota Palopo"))[2:4] == ["Danramil Wara", "Kapolsek Wara"]


def test_lurah_never_come_before_vertical_agencies_and_rectors():
    tamu = [
        "Lurah Pajang",
        "Kepala Desa Sumberejo",
        "Rektor Universitas Muhammadiyah Surakarta",
        "Kepala BPS Kota Surakarta",
    ]
    for wilayah in ("Kota Surakarta", JATENG):
        hasil = teks(urutkan(tamu, wilayah=wilayah))
        assert hasil[-1] == "Para Lurah dan Kepala Desa se-" + wilayah
        assert set(hasil[:2]) == {"Rektor Universitas Muhammadiyah Surakarta", "Kepala BPS Kota Surakarta"}
