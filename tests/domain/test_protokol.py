"""Tests for the tata tempat engine: §7 ordering, §8 wording, spellings, and order-independence."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from naskah.domain.protokol import (
    KAB_KOTA,
    NASIONAL,
    PROVINSI,
    UMUM,
    Hadirin,
    HasilUrutan,
    baris_penghormatan,
    cari_peringkat,
    menurut_sebutan,
    urutkan,
)

PALOPO = "Kota Palopo"

# The §8 hadirin, scrambled; the Kapolres flag is what yields "atau yang mewakili" on the Forkopimda line.
HADIRIN_PALOPO = [
    Hadirin("Camat se-Kota Palopo"),
    Hadirin("Lurah se-Kota Palopo"),
    Hadirin("Kepala Perangkat Daerah Lingkup Pemerintah Kota Palopo"),
    Hadirin("Ketua Pengadilan Agama Palopo", beserta="jajaran"),
    Hadirin("Kapolres Palopo", mewakili=True),
    Hadirin("Dandim 1403/Sawerigading"),
    Hadirin("Kajari Palopo"),
    Hadirin("Ketua DPRD Kota Palopo"),
    Hadirin("Asisten Administrasi Umum Setda Kota Palopo"),
    Hadirin("Staf Ahli Wali Kota"),
]

PENGHORMATAN_PALOPO = [
    "Yang saya hormati, Unsur Forum Koordinasi Pimpinan Daerah Kota Palopo atau yang mewakili;",
    "Yang saya hormati, Ketua Pengadilan Agama Palopo beserta jajaran;",
    "Yang saya hormati, Para Asisten, Staf Ahli Wali Kota, dan Kepala Perangkat Daerah Lingkup Pemerintah Kota Palopo;",
    "Yang saya hormati, Para Camat dan Lurah se-Kota Palopo;",
    "Hadirin yang berbahagia.",
]


def teks(hasil: HasilUrutan) -> list[str]:
    """Return the worded lines of `hasil`."""
    return [baris.teks for baris in hasil.baris]


# --- §8 example ------------------------------------------------------------------------------


def test_palopo_example_matches_section_8():
    hasil = urutkan(HADIRIN_PALOPO, wilayah=PALOPO)
    assert baris_penghormatan(hasil) == PENGHORMATAN_PALOPO
    assert hasil.tidak_dikenal == ()


def test_palopo_example_with_peserta_reproduces_the_whole_block():
    peserta = "Para narasumber, pengelola lembaga penyedia layanan, dan peserta kegiatan"
    hasil = urutkan([peserta, *HADIRIN_PALOPO], wilayah=PALOPO)
    assert baris_penghormatan(hasil) == [*PENGHORMATAN_PALOPO[:-1], f"{peserta};", "Hadirin yang berbahagia."]
    assert hasil.tidak_dikenal == ()


def test_forkopimda_line_carries_its_members_and_best_rank():
    forkopimda = urutkan(HADIRIN_PALOPO, wilayah=PALOPO).baris[0]
    assert [h.jabatan for h in forkopimda.anggota] == [
        "Ketua DPRD Kota Palopo",
        "Dandim 1403/Sawerigading",
        "Kapolres Palopo",
        "Kajari Palopo",
    ]
    assert forkopimda.peringkat == cari_peringkat("Ketua DPRD Kota Palopo")


def test_group_without_mewakili_flag_has_no_atau_yang_mewakili():
    hasil = urutkan(["Kapolres Palopo", "Kajari Palopo", "Ketua DPRD Kota Palopo"], wilayah=PALOPO)
    assert teks(hasil) == ["Unsur Forum Koordinasi Pimpinan Daerah Kota Palopo"]


def test_kami_sapaan():
    hasil = urutkan(["Ketua Pengadilan Agama Palopo"])
    assert baris_penghormatan(hasil, sapaan="Yang kami hormati") == [
        "Yang kami hormati, Ketua Pengadilan Agama Palopo;",
        "Hadirin yang berbahagia.",
    ]


def test_no_hadirin_still_closes_with_hadirin_yang_berbahagia():
    assert baris_penghormatan(urutkan([])) == ["Hadirin yang berbahagia."]


# --- ordering ---------------------------------------------------------------------------------


def test_levels_nasional_before_provinsi_before_kab_kota():
    hasil = urutkan(["Ketua DPRD Kota Palopo", "Wali Kota Palopo", "Gubernur Sulawesi Selatan", "Menteri Agama"])
    assert teks(hasil) == ["Menteri Agama", "Gubernur Sulawesi Selatan", "Wali Kota Palopo", "Ketua DPRD Kota Palopo"]


def test_pasal_10_officials_precede_the_host_kepala_daerah():
    hasil = urutkan(["Wali Kota Palopo", "Kepala Dinas Pendidikan Provinsi Sulawesi Selatan"])
    assert teks(hasil) == ["Kepala Dinas Pendidikan Provinsi Sulawesi Selatan", "Wali Kota Palopo"]


def test_without_gabung_forkopimda_members_follow_statutory_listing_order():
    masukan = [
        "Kajari Palopo",
        "Ketua Pengadilan Negeri Palopo",
        "Kapolres Palopo",
        "Dandim 1403/Sawerigading",
        "Sekretaris Daerah Kota Palopo",
        "Ketua DPRD Kota Palopo",
    ]
    hasil = urutkan(masukan, gabung_forkopimda=False)
    assert teks(hasil) == [
        "Ketua DPRD Kota Palopo",
        "Sekretaris Daerah Kota Palopo",
        "Dandim 1403/Sawerigading",
        "Kapolres Palopo",
        "Ketua Pengadilan Negeri Palopo",
        "Kajari Palopo",
    ]


def test_single_forkopimda_member_keeps_own_line_and_rank():
    hasil = urutkan(["Kajari Palopo", "Ketua Pengadilan Agama Palopo"], wilayah=PALOPO)
    assert teks(hasil) == ["Ketua Pengadilan Agama Palopo", "Kajari Palopo"]


def test_provincial_forkopimda_is_not_merged_into_the_host_line():
    hasil = urutkan(["Kapolres Palopo", "Kapolda Sulawesi Selatan", "Kajari Palopo"], wilayah=PALOPO)
    assert teks(hasil) == ["Kapolda Sulawesi Selatan", "Unsur Forum Koordinasi Pimpinan Daerah Kota Palopo"]


@pytest.mark.parametrize("urutan", [(0, 1), (1, 0)])
def test_equal_rank_keeps_input_order(urutan):
    pengadilan = ["Ketua Pengadilan Negeri Palopo", "Ketua Pengadilan Agama Palopo"]
    masukan = [pengadilan[i] for i in urutan]
    assert teks(urutkan(["Kepala Dinas Kesehatan", *masukan])) == [*masukan, "Kepala Dinas Kesehatan"]


def test_unknown_offices_are_placed_by_their_title_and_reported():
    masukan = ["Rektor Universitas Andi Djemma", "Lurah Amassangan", "Ketua TP PKK Kota Palopo", "Wali Kota Palopo"]
    hasil = urutkan(masukan)
    # Rektor: with the vertical agencies (huruf k); "Ketua …": with the organisations' leaders (huruf i).
    assert teks(hasil) == [
        "Wali Kota Palopo",
        "Ketua TP PKK Kota Palopo",
        "Rektor Universitas Andi Djemma",
        "Lurah Amassangan",
    ]
    assert hasil.tidak_dikenal == ("Ketua TP PKK Kota Palopo",)
    assert menurut_sebutan("Ketua TP PKK Kota Palopo").huruf == "i"


@pytest.mark.parametrize(
    ("jabatan", "sebelum", "sesudah"),
    [
        ("Kepala Kantor Cabang BPJS Kesehatan Palopo", "Kepala Dinas Kesehatan", "Camat Wara"),
        ("Direktur RSUD Sawerigading", "Ketua KPU Kota Palopo", "Lurah Amassangan"),
        ("Pimpinan Bank Sulselbar Cabang Palopo", "Kepala Dinas Kesehatan", "Kepala Bagian Umum"),
        ("Wakil Ketua Pengadilan Agama Palopo", "Ketua Pengadilan Agama Palopo", "Anggota DPRD Kota Palopo"),
    ],
)
def test_unknown_offices_by_title_stand_between_known_ranks(jabatan, sebelum, sesudah):
    hasil = urutkan([sesudah, jabatan, sebelum], gabung_forkopimda=False)
    assert teks(hasil) == [sebelum, jabatan, sesudah]
    assert hasil.tidak_dikenal == (jabatan,)


def test_offices_without_a_title_come_last_in_input_order():
    hasil = urutkan(["Rekan-rekan Media", "Lurah Amassangan", "Insan Pers", "Wali Kota Palopo"])
    assert teks(hasil) == ["Wali Kota Palopo", "Lurah Amassangan", "Rekan-rekan Media", "Insan Pers"]
    assert [baris.peringkat for baris in hasil.baris[2:]] == [None, None]


def test_peserta_come_after_unknown_offices_without_sapaan():
    hasil = urutkan(["Peserta kegiatan", "Rekan-rekan Media", "Camat Wara"])
    assert baris_penghormatan(hasil) == [
        "Yang saya hormati, Camat Wara;",
        "Yang saya hormati, Rekan-rekan Media;",
        "Peserta kegiatan;",
        "Hadirin yang berbahagia.",
    ]


# --- grouping wording -------------------------------------------------------------------------


def test_kabupaten_wording_of_peer_groups():
    masukan = [
        "Kepala Desa se-Kabupaten Luwu",
        "Staf Ahli Bupati Luwu",
        "Camat se-Kabupaten Luwu",
        "Kepala Dinas Kesehatan",
        "Lurah se-Kabupaten Luwu",
        "Kepala Bappeda",
    ]
    assert teks(urutkan(masukan, wilayah="Kabupaten Luwu")) == [
        "Para Staf Ahli Bupati dan Kepala Perangkat Daerah Lingkup Pemerintah Kabupaten Luwu",
        "Para Camat, Lurah, dan Kepala Desa se-Kabupaten Luwu",
    ]


def test_groups_without_wilayah_drop_the_place():
    masukan = ["Kapolres", "Dandim", "Asisten I", "Asisten II", "Camat Wara", "Camat Bara"]
    assert teks(urutkan(masukan)) == [
        "Unsur Forum Koordinasi Pimpinan Daerah",
        "Para Asisten",
        "Para Camat",
    ]


def test_explicit_kelompok_merges_under_its_label_at_its_best_rank():
    label = "Para Ketua Organisasi Wanita"
    masukan = [
        Hadirin("Ketua TP PKK Kota Palopo", kelompok=label),
        Hadirin("Camat Wara"),
        Hadirin("Ketua DWP Kota Palopo", kelompok=label, mewakili=True),
        Hadirin("Ketua MUI Kota Palopo", kelompok=label),
    ]
    hasil = urutkan(masukan)
    assert teks(hasil) == [f"{label} atau yang mewakili", "Camat Wara"]
    assert hasil.baris[0].peringkat == cari_peringkat("Ketua MUI Kota Palopo")


def test_shared_beserta_is_kept_and_mixed_beserta_dropped():
    sama = [Hadirin("Camat Wara", beserta="jajaran"), Hadirin("Lurah Amassangan", beserta="jajaran")]
    campur = [Hadirin("Camat Wara", beserta="jajaran"), Hadirin("Lurah Amassangan", beserta="staf")]
    assert teks(urutkan(sama, wilayah=PALOPO)) == ["Para Camat dan Lurah se-Kota Palopo beserta jajaran"]
    assert teks(urutkan(campur, wilayah=PALOPO)) == ["Para Camat dan Lurah se-Kota Palopo"]


def test_single_line_wording_keeps_jabatan_and_name_and_adds_beserta_then_mewakili():
    orang = Hadirin("  Kepala Dinas   Kesehatan ", nama="dr.  A", mewakili=True, beserta="jajaran")
    assert teks(urutkan([orang])) == ["Kepala Dinas Kesehatan, dr. A beserta jajaran atau yang mewakili"]


def test_a_named_guest_keeps_an_own_line():
    ketua = Hadirin("Ketua DPRD Provinsi Jawa Tengah", nama="Dr. Sumanto, S.H., M.H.", beserta="jajarannya")
    assert teks(urutkan([ketua], wilayah="Provinsi Jawa Tengah")) == [
        "Ketua DPRD Provinsi Jawa Tengah, Dr. Sumanto, S.H., M.H. beserta jajarannya"
    ]
    bersama = [
        Hadirin("Kapolres Palopo", nama="AKBP Safi'i Nafsikin"),
        Hadirin("Kajari Palopo"),
        Hadirin("Dandim 1403"),
    ]
    assert teks(urutkan(bersama, wilayah=PALOPO)) == [
        "Unsur Forum Koordinasi Pimpinan Daerah Kota Palopo",
        "Kapolres Palopo, AKBP Safi'i Nafsikin",
    ]


# --- spellings --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("jabatan", "tingkat", "huruf", "urutan"),
    [
        ("Presiden Republik Indonesia", NASIONAL, "a", 0),
        ("Menteri Dalam Negeri", NASIONAL, "n", 0),
        ("Anggota DPR RI", NASIONAL, "n", 1),
        ("Gubernur Bank Indonesia", NASIONAL, "m", 1),
        ("Ketua KPU RI", NASIONAL, "m", 2),
        ("Gubernur Sulawesi Selatan", PROVINSI, "a", 0),
        ("Wakil Gubernur Sulawesi Selatan", PROVINSI, "b", 0),
        ("Ketua DPRD Provinsi Sulawesi Selatan", PROVINSI, "d", 0),
        ("Kapolda Sulsel", PROVINSI, "g", 2),
        ("Kepala Kejaksaan Tinggi Sulawesi Selatan", PROVINSI, "g", 4),
        ("Ketua PTA Makassar", PROVINSI, "g", 3),
        ("Kepala Dinas Pendidikan Provinsi Sulawesi Selatan", PROVINSI, "p", 1),
        ("Kakanwil Kemenag Sulsel", PROVINSI, "p", 2),
        ("Walikota Palopo", KAB_KOTA, "a", 0),
        ("Wali Kota Palopo", KAB_KOTA, "a", 0),
        ("Bupati Luwu", KAB_KOTA, "a", 0),
        ("Wawali", KAB_KOTA, "b", 0),
        ("Wakil Walikota Palopo", KAB_KOTA, "b", 0),
        ("Mantan Wali Kota Palopo", KAB_KOTA, "c", 0),
        ("Ketua DPRD Kota Palopo", KAB_KOTA, "d", 0),
        ("Wakil Ketua DPRD Kota Palopo", KAB_KOTA, "e", 0),
        ("Sekda", KAB_KOTA, "f", 0),
        ("Sekretaris Daerah Kota Palopo", KAB_KOTA, "f", 0),
        ("Dandim 1403/Sawerigading", KAB_KOTA, "f", 1),
        ("Komandan Kodim 1403/Sawerigading", KAB_KOTA, "f", 1),
        ("Kapolres Palopo", KAB_KOTA, "f", 2),
        ("Kepala Kepolisian Resor Palopo", KAB_KOTA, "f", 2),
        ("Ketua PN Palopo", KAB_KOTA, "f", 3),
        ("Ketua Pengadilan Negeri Palopo", KAB_KOTA, "f", 3),
        ("Ketua PA Palopo", KAB_KOTA, "f", 3),
        ("Ketua Pengadilan Agama Palopo", KAB_KOTA, "f", 3),
        ("Kajari Palopo", KAB_KOTA, "f", 4),
        ("Kepala Kejaksaan Negeri Palopo", KAB_KOTA, "f", 4),
        ("Ketua DPD Partai Golkar Kota Palopo", KAB_KOTA, "g", 0),
        ("Anggota DPRD Kota Palopo", KAB_KOTA, "h", 0),
        ("Tokoh Agama", KAB_KOTA, "i", 0),
        ("Tokoh Adat", KAB_KOTA, "i", 0),
        ("Tokoh Masyarakat", KAB_KOTA, "i", 0),
        ("Asisten I", KAB_KOTA, "j", 0),
        ("Asisten III Setda Kota Palopo", KAB_KOTA, "j", 0),
        ("Asisten Administrasi Umum Setda Kota Palopo", KAB_KOTA, "j", 0),
        ("Kaban Kesbangpol", KAB_KOTA, "j", 1),
        ("Kepala Badan Perencanaan Pembangunan Daerah", KAB_KOTA, "j", 1),
        ("Kadis Kesehatan", KAB_KOTA, "j", 2),
        ("Kadisdik Kota Palopo", KAB_KOTA, "j", 2),
        ("Kepala Dinas Pengendalian Penduduk dan KB", KAB_KOTA, "j", 2),
        ("Staf Ahli Wali Kota Bidang Hukum", KAB_KOTA, "j", 3),
        ("Kepala Perangkat Daerah Lingkup Pemerintah Kota Palopo", KAB_KOTA, "j", 3),
        ("Kepala Perwakilan BI", KAB_KOTA, "j", 4),
        ("Kepala Kantor Perwakilan Bank Indonesia", KAB_KOTA, "j", 4),
        ("Ketua KPU Kota Palopo", KAB_KOTA, "j", 5),
        ("Kepala Badan Pusat Statistik Kota Palopo", KAB_KOTA, "k", 0),
        ("Danramil Wara", KAB_KOTA, "k", 2),
        ("Kapolsek Wara", KAB_KOTA, "k", 3),
        ("Kepala Bagian Umum Setda Kota Palopo", KAB_KOTA, "l", 0),
        ("Camat se-Kota Palopo", KAB_KOTA, "l", 1),
        ("Lurah se-Kota Palopo", KAB_KOTA, "m", 0),
        ("Kepala Desa se-Kabupaten Luwu", KAB_KOTA, "m", 0),
        ("  KAPOLRES   palopo ", KAB_KOTA, "f", 2),
        ("Yth. Bapak Pj. Wali Kota Palopo", KAB_KOTA, "a", 0),
    ],
)
def test_spellings(jabatan, tingkat, huruf, urutan):
    peringkat = cari_peringkat(jabatan)
    assert peringkat is not None
    assert (peringkat.tingkat, peringkat.huruf, peringkat.urutan) == (tingkat, huruf, urutan)


@pytest.mark.parametrize("awalan", ["Pj.", "Pj", "Penjabat", "Plt.", "Pelaksana Tugas", "Plh.", "Pelaksana Harian"])
@pytest.mark.parametrize("jabatan", ["Wali Kota Palopo", "Kepala Dinas Kesehatan", "Sekretaris Daerah"])
def test_acting_officials_take_the_office_rank(awalan, jabatan):
    assert cari_peringkat(f"{awalan} {jabatan}") == cari_peringkat(jabatan) is not None


@pytest.mark.parametrize(
    "jabatan",
    ["Inspektur Upacara", "Ketua Panitia HUT", "Ketua DPD KNPI", "Presiden Direktur PT Semen", "Wakil Menteri", ""],
)
def test_lookalikes_are_not_offices(jabatan):
    assert cari_peringkat(jabatan) is None


def test_forkopimda_flags_follow_pp_12_2022():
    anggota = ["Ketua DPRD", "Wakil Ketua DPRD", "Kapolres", "Dandim", "Kajari"]
    bukan = ["Wali Kota", "Sekda", "Ketua Pengadilan Agama", "Ketua Pengadilan Negeri", "Camat"]
    assert all(cari_peringkat(j).forkopimda for j in anggota)
    assert not any(cari_peringkat(j).forkopimda for j in bukan)


# --- properties -------------------------------------------------------------------------------

# Known offices with pairwise distinct ranks, or equal ranks that merge into one line anyway.
KOLAM = [
    Hadirin("Menteri Agama"),
    Hadirin("Gubernur Sulawesi Selatan"),
    Hadirin("Kapolda Sulawesi Selatan"),
    Hadirin("Wali Kota Palopo"),
    Hadirin("Wakil Wali Kota Palopo"),
    Hadirin("Ketua DPRD Kota Palopo"),
    Hadirin("Wakil Ketua DPRD Kota Palopo", mewakili=True),
    Hadirin("Sekretaris Daerah Kota Palopo"),
    Hadirin("Dandim 1403/Sawerigading"),
    Hadirin("Kapolres Palopo", beserta="jajaran"),
    Hadirin("Ketua Pengadilan Agama Palopo", beserta="jajaran"),
    Hadirin("Kajari Palopo"),
    Hadirin("Anggota DPRD Kota Palopo"),
    Hadirin("Tokoh Agama"),
    Hadirin("Asisten I"),
    Hadirin("Staf Ahli Wali Kota"),
    Hadirin("Kepala Dinas Pendidikan"),
    Hadirin("Kepala Dinas Kesehatan", mewakili=True),
    Hadirin("Kepala Perwakilan Bank Indonesia"),
    Hadirin("Ketua KPU Kota Palopo"),
    Hadirin("Danramil Wara"),
    Hadirin("Kapolsek Wara"),
    Hadirin("Kepala Bagian Umum"),
    Hadirin("Camat Wara"),
    Hadirin("Camat Bara"),
    Hadirin("Lurah Amassangan"),
    Hadirin("Kepala Desa Buntu"),
    Hadirin("Ketua TP PKK", kelompok="Para Ketua Organisasi Wanita"),
    Hadirin("Ketua DWP", kelompok="Para Ketua Organisasi Wanita"),
    Hadirin("Peserta kegiatan"),
]


@st.composite
def kolam_teracak(draw):
    """Draw a sub-list of KOLAM in pool order and the same entries shuffled."""
    pilihan = draw(st.lists(st.sampled_from(range(len(KOLAM))), unique=True))
    urut = [KOLAM[i] for i in sorted(pilihan)]
    return urut, draw(st.permutations(urut))


@given(kolam_teracak(), st.booleans(), st.sampled_from([None, PALOPO]))
def test_shuffling_known_offices_does_not_change_the_lines(pasangan, gabung, wilayah):
    urut, acak = pasangan
    assert teks(urutkan(acak, wilayah=wilayah, gabung_forkopimda=gabung)) == teks(
        urutkan(urut, wilayah=wilayah, gabung_forkopimda=gabung)
    )


@given(kolam_teracak(), st.booleans())
def test_every_guest_is_greeted_exactly_once(pasangan, gabung):
    _, acak = pasangan
    hasil = urutkan(acak, gabung_forkopimda=gabung)
    assert Counter(h for baris in hasil.baris for h in baris.anggota) == Counter(acak)


def tempat(baris) -> tuple[int, tuple[int, str, int]]:
    """Return where a line belongs: officials by §7 key, then unknown offices, then peserta."""
    if baris.peringkat is None:
        return (1, (0, "", 0))
    return (2 if baris.peringkat.tingkat == UMUM else 0, baris.peringkat.kunci)


@given(kolam_teracak(), st.booleans())
def test_lines_are_ordered_officials_then_unknown_then_peserta(pasangan, gabung):
    _, acak = pasangan
    urutan = [tempat(baris) for baris in urutkan(acak, gabung_forkopimda=gabung).baris]
    assert urutan == sorted(urutan)
