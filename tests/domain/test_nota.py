"""Memorandum rules: party labels, the opening with the date in words, default articles, closing, signature sides."""

from __future__ import annotations

import datetime as dt

import pytest

from naskah.domain import nota
from naskah.domain.schema import Ayat, Pasal, Pejabat, Pihak


def test_party_labels_are_ordinal_words_in_capitals():
    assert [nota.label_pihak(i) for i in (1, 2, 3, 4, 11)] == [
        "PIHAK PERTAMA",
        "PIHAK KEDUA",
        "PIHAK KETIGA",
        "PIHAK KEEMPAT",
        "PIHAK KESEBELAS",
    ]
    with pytest.raises(ValueError):
        nota.label_pihak(0)


def test_parties_named_together():
    assert nota.sebutan_bersama(2) == "PIHAK PERTAMA dan PIHAK KEDUA"
    assert nota.sebutan_bersama(3) == "PIHAK PERTAMA, PIHAK KEDUA, dan PIHAK KETIGA"


def test_opening_sentence_as_agreements_write_it():
    assert nota.kalimat_pembuka(dt.date(2013, 11, 25), "Kantor Bupati Luwu Utara") == (
        "Pada hari ini Senin, tanggal Dua Puluh Lima bulan November tahun Dua Ribu Tiga Belas (25-11-2013), "
        "bertempat di Kantor Bupati Luwu Utara, kami yang bertanda tangan di bawah ini:"
    )


def test_opening_in_small_letters_without_kami_digits_or_place():
    text = nota.kalimat_pembuka(dt.date(2025, 8, 1), None, kami=False, angka=False, kapital=False)
    assert text == (
        "Pada hari ini Jumat, tanggal satu bulan Agustus tahun dua ribu dua puluh lima, "
        "yang bertanda tangan di bawah ini:"
    )


def test_opening_spells_eyd_day_names_and_small_dates():
    text = nota.kalimat_pembuka(dt.date(2025, 8, 1), "Gedong Tataan")
    assert text.startswith("Pada hari ini Jumat, tanggal Satu bulan Agustus tahun Dua Ribu Dua Puluh Lima (01-08-2025)")


def test_parties_numbered_in_roman_or_arabic():
    assert [nota.nomor_pihak(i, "romawi") for i in (1, 2, 3)] == ["I.", "II.", "III."]
    assert nota.nomor_pihak(2, "angka") == "2."


def test_party_with_appointment_and_power_of_attorney_names_the_institution_seat_last():
    pihak = Pihak(
        instansi="Pemerintah Kabupaten Luwu Utara",
        alamat="Jalan Simpursiang Nomor 1, Masamba",
        pejabat=Pejabat(jabatan="Kepala Dinas Pendidikan Kabupaten Luwu Utara", nama="Jamaluddin"),
        pengangkatan={
            "naskah": "Keputusan Bupati Luwu Utara",
            "nomor": "821.2/045/BKPSDM/2023",
            "tanggal": "2023-01-09",
        },
        kuasa={"naskah": "Surat Kuasa Bupati Luwu Utara", "nomor": "180/12/Hukum", "tanggal": "2024-11-20"},
    )
    assert nota.uraian_pihak(pihak, "Kepala Dinas Pendidikan Kabupaten Luwu Utara", 1, terakhir=False) == (
        "Kepala Dinas Pendidikan Kabupaten Luwu Utara, diangkat berdasarkan Keputusan Bupati Luwu Utara "
        "Nomor 821.2/045/BKPSDM/2023 tanggal 9 Januari 2023, dalam hal ini bertindak untuk dan atas nama "
        "Pemerintah Kabupaten Luwu Utara berdasarkan Surat Kuasa Bupati Luwu Utara Nomor 180/12/Hukum "
        "tanggal 20 November 2024, berkedudukan di Jalan Simpursiang Nomor 1, Masamba, selanjutnya disebut "
        "PIHAK PERTAMA;"
    )


def test_legal_basis_and_own_titles():
    assert nota.dasar_hukum(["Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah.", " PP 28/2018 "]) == [
        "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
        "PP 28/2018;",
    ]
    assert nota.nama_naskah("KESEPAKATAN BERSAMA") == "Kesepakatan Bersama"
    assert nota.nama_naskah("PERJANJIAN SEWA MENYEWA KENDARAAN DINAS DAN PERALATAN") == (
        "Perjanjian Sewa Menyewa Kendaraan Dinas dan Peralatan"
    )
    assert nota.kalimat_para_pihak(2, "N", "T", ada_pertimbangan=False, ada_dasar=True).endswith(
        "PARA PIHAK, berdasarkan:"
    )
    assert nota.kalimat_kesepakatan("Kesepakatan Bersama", "X", True, True).startswith(
        "Berdasarkan pertimbangan dan ketentuan tersebut di atas, PARA PIHAK sepakat"
    )


def test_party_description_ends_with_a_semicolon_except_the_last():
    pihak = Pihak(
        instansi="Pengadilan Agama Palopo",
        alamat="Palopo",
        pejabat=Pejabat(jabatan="Ketua Pengadilan Agama Palopo", nama="Budi"),
    )
    first = nota.uraian_pihak(pihak, "Ketua Pengadilan Agama Palopo", 1, terakhir=False)
    assert first == (
        "Ketua Pengadilan Agama Palopo, dalam hal ini bertindak untuk dan atas nama Pengadilan Agama Palopo, "
        "berkedudukan di Palopo, selanjutnya disebut PIHAK PERTAMA;"
    )
    assert nota.uraian_pihak(pihak, "Ketua", 2, terakhir=True).endswith("selanjutnya disebut PIHAK KEDUA.")


def test_considerations_always_read_bahwa_and_end_with_a_semicolon():
    assert nota.pertimbangan(["bahwa A perlu.", "Bahwa B;", "Pengadilan Agama berwenang"]) == [
        "bahwa A perlu;",
        "bahwa B;",
        "bahwa Pengadilan Agama berwenang;",
    ]


def test_without_considerations_the_parties_agree_straight_away():
    text = nota.kalimat_para_pihak(2, "Nota Kesepahaman", "Kerja Sama X", ada_pertimbangan=False)
    assert text.endswith(
        "disebut PARA PIHAK, sepakat untuk membuat Nota Kesepahaman tentang Kerja Sama X "
        "dengan ketentuan sebagai berikut:"
    )
    assert nota.kalimat_para_pihak(2, "N", "T", ada_pertimbangan=True).endswith("menerangkan hal-hal sebagai berikut:")


def test_default_articles_follow_domain_10():
    pasal = nota.pasal_bawaan("NOTA KESEPAHAMAN", "Kerja Sama X", 2, 2)
    assert [p.judul for p in pasal] == [
        "Maksud dan Tujuan",
        "Ruang Lingkup",
        "Pelaksanaan",
        "Pembiayaan",
        "Jangka Waktu",
        "Penyelesaian Perselisihan",
        "Lain-lain",
        "Penutup",
    ]
    jangka = " ".join(a.teks for a in pasal[4].ayat)
    assert "jangka waktu 2 (dua) tahun" in jangka and "3 (tiga) bulan" in jangka
    assert "mengenai Kerja Sama X" in pasal[0].ayat[0].teks
    assert pasal[-1].ayat[0].teks == nota.kalimat_penutup("Nota Kesepahaman", 2)


def test_default_articles_use_the_chosen_document_name_and_term():
    pasal = nota.pasal_bawaan("PERJANJIAN KERJA SAMA", "X", 5, 3)
    text = " ".join(a.teks for p in pasal for a in p.ayat)
    assert "Nota Kesepahaman" not in text
    assert "Perjanjian Kerja Sama ini berlaku untuk jangka waktu 5 (lima) tahun" in text
    assert "rangkap 3 (tiga) asli" in text


def test_closing_clause_counts_the_originals_in_words_and_names_the_meterai():
    assert nota.kalimat_penutup("Kesepakatan Bersama", 2) == (
        "Kesepakatan Bersama ini dibuat dalam rangkap 2 (dua) asli, masing-masing bermeterai cukup dan "
        "mempunyai kekuatan hukum yang sama, serta berlaku sejak tanggal ditandatangani oleh PARA PIHAK."
    )


def test_closing_clause_stands_alone_only_without_an_article_penutup():
    own = [Pasal(judul="Ruang Lingkup", ayat=[Ayat(teks="a")])]
    assert nota.penutup_terpisah(own, "TUTUP") == "TUTUP"
    assert nota.penutup_terpisah([*own, Pasal(judul="PENUTUP", ayat=[Ayat(teks="b")])], "TUTUP") is None


def test_ayat_are_numbered_only_when_there_are_several_and_items_are_lettered():
    printed = nota.susun_pasal(
        [
            Pasal(judul="Ruang Lingkup", ayat=[Ayat(teks="meliputi:", butir=["satu;", "dua; dan", "tiga."])]),
            Pasal(judul="Jangka Waktu", ayat=[Ayat(teks="x"), Ayat(teks="y")]),
        ]
    )
    assert [(p.nomor, p.judul) for p in printed] == [(1, "RUANG LINGKUP"), (2, "JANGKA WAKTU")]
    assert printed[0].ayat[0].nomor == "" and printed[0].ayat[0].butir == (
        ("a.", "satu;"),
        ("b.", "dua; dan"),
        ("c.", "tiga."),
    )
    assert [a.nomor for a in printed[1].ayat] == ["(1)", "(2)"]


def test_letters_continue_past_z():
    assert [nota.huruf(i) for i in (0, 2, 25, 26, 27)] == ["a", "c", "z", "aa", "ab"]


def test_title_lines_name_every_party():
    assert nota.baris_judul(["Pengadilan Agama Palopo", "Pemerintah Kota Palopo"]) == [
        "ANTARA",
        "PENGADILAN AGAMA PALOPO",
        "DENGAN",
        "PEMERINTAH KOTA PALOPO",
    ]
    assert nota.baris_judul(["A", "B", "C"]) == ["ANTARA", "A", "B", "DAN", "C"]


@pytest.mark.parametrize(
    "pilihan, sisi",
    [
        ([None, None], ["kanan", "kiri"]),  # PIHAK PERTAMA on the right (§10)
        (["kiri", None], ["kiri", "kanan"]),
        ([None, "kanan"], ["kiri", "kanan"]),
        ([None, None, None], ["kanan", "kiri", "kanan"]),
        (["kiri", "kiri"], ["kiri", "kiri"]),
    ],
)
def test_signature_sides_honour_choices_and_balance_the_rest(pilihan, sisi):
    assert nota.sisi_ttd(pilihan) == sisi


def test_signature_rows_pair_left_and_right():
    assert nota.baris_ttd(["kanan", "kiri"]) == [(1, 0)]
    assert nota.baris_ttd(["kanan", "kiri", "kanan"]) == [(1, 0), (None, 2)]
    assert nota.baris_ttd(["kiri", "kiri"]) == [(0, None), (1, None)]
