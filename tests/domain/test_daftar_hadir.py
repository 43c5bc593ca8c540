"""Attendance-sheet rules: columns, orientation, blank rows, grouping into sheets, widths, zig-zag signing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from naskah.domain import daftar_hadir as dh
from naskah.domain.schema import Penerima


def orang(jabatan: str, kelompok: str | None = None, **fields) -> Penerima:
    return Penerima(jabatan=jabatan, kelompok=kelompok, **fields)


# --------------------------------------------------------------------------- columns and orientation


def test_columns_keep_the_event_files_order_and_drop_repeats():
    chosen = dh.pilih_kolom(["tanda_tangan", "no", "nama", "no"])
    assert [k.kunci for k in chosen] == ["tanda_tangan", "no", "nama"]
    assert [k.judul for k in chosen] == ["Tanda Tangan", "No.", "Nama"]


def test_default_columns_have_the_headings_of_domain_11():
    default = ["no", "nama", "jabatan_instansi", "jenis_kelamin", "telepon", "tanda_tangan"]
    assert [k.judul for k in dh.pilih_kolom(default)] == [
        "No.",
        "Nama",
        "Jabatan/Instansi",
        "L/P",
        "Nomor HP",
        "Tanda Tangan",
    ]


@pytest.mark.parametrize("kunci, pesan", [([], "minimal satu kolom"), (["no", "paraf"], "'paraf' tidak dikenal")])
def test_bad_column_lists_are_refused_in_indonesian(kunci, pesan):
    with pytest.raises(ValueError, match=pesan):
        dh.pilih_kolom(kunci)


@pytest.mark.parametrize(
    "jumlah, pilihan, hasil",
    [(6, "otomatis", "potret"), (7, "otomatis", "lanskap"), (3, "lanskap", "lanskap"), (8, "potret", "potret")],
)
def test_portrait_up_to_six_columns_unless_overridden(jumlah, pilihan, hasil):
    assert dh.orientasi(jumlah, pilihan) == hasil


# --------------------------------------------------------------------------- blank rows


@pytest.mark.parametrize(
    "aturan, jumlah, hasil",
    [
        ("20%", 31, 7),
        ("20%", 30, 6),
        ("20%", 1, 1),
        ("20 %", 41, 9),
        ("0%", 41, 0),
        ("15", 41, 15),
        (" 15 ", 0, 15),
        ("0", 5, 0),
    ],
)
def test_blank_rows_are_a_count_or_a_percentage_rounded_up(aturan, jumlah, hasil):
    assert dh.baris_kosong(aturan, jumlah) == hasil


def test_a_percentage_of_an_empty_list_still_gives_a_sheet_to_fill_in():
    assert dh.baris_kosong("20%", 0) == dh.BARIS_TANPA_DAFTAR


@pytest.mark.parametrize("aturan", ["", "dua puluh", "20%%", "-5", "1.5", "20 persen", "5001", "501%"])
def test_unreadable_or_huge_blank_row_rules_are_refused(aturan):
    with pytest.raises(ValueError, match="baris kosong"):
        dh.baris_kosong(aturan, 10)


@given(st.integers(0, 100), st.integers(1, 2000))
def test_a_percentage_never_falls_short(persen, jumlah):
    blank = dh.baris_kosong(f"{persen}%", jumlah)
    assert blank * 100 >= jumlah * persen > (blank - 1) * 100


# --------------------------------------------------------------------------- sheets per group


def test_sheets_follow_undangan_narasumber_peserta_panitia_then_other_groups_then_no_group():
    people = [
        orang("A", "panitia"),
        orang("B", "Peserta"),
        orang("C", "media"),
        orang("D"),
        orang("E", "undangan"),
        orang("F", "narasumber"),
        orang("G", "peserta "),
        orang("H", "pendamping"),
    ]
    sheets = dh.kelompokkan(people)
    assert [s.nama for s in sheets] == ["undangan", "narasumber", "peserta", "panitia", "media", "pendamping", None]
    assert [[p.jabatan for p in s.penerima] for s in sheets] == [["E"], ["F"], ["B", "G"], ["A"], ["C"], ["H"], ["D"]]
    assert [s.judul for s in sheets][:3] == ["DAFTAR HADIR UNDANGAN", "DAFTAR HADIR NARASUMBER", "DAFTAR HADIR PESERTA"]
    assert sheets[-1].judul == "DAFTAR HADIR"


def test_one_sheet_when_grouping_is_off_or_nobody_has_a_group():
    people = [orang("A", "panitia"), orang("B", "undangan")]
    assert [len(s.penerima) for s in dh.kelompokkan(people, per_kelompok=False)] == [2]
    only = dh.kelompokkan([orang("A"), orang("B")])
    assert len(only) == 1 and only[0].nama is None and only[0].judul == "DAFTAR HADIR"
    assert dh.kelompokkan([]) == [dh.Kelompok(None, ())]


# --------------------------------------------------------------------------- widths and cells


@given(st.lists(st.sampled_from(list(dh.KOLOM)), min_size=1, max_size=8, unique=True), st.integers(8, 200))
def test_spans_fill_the_grid_exactly_and_every_column_gets_one(kunci, satuan):
    spans = dh.bagi_lebar(dh.pilih_kolom(kunci), satuan)
    assert sum(spans) == satuan and min(spans) >= 1


def test_spans_follow_the_weights():
    spans = dict(
        zip(
            ["no", "nama", "jabatan_instansi", "tanda_tangan"],
            dh.bagi_lebar(dh.pilih_kolom(["no", "nama", "jabatan_instansi", "tanda_tangan"]), 50),
            strict=False,
        )
    )
    assert spans["no"] < spans["tanda_tangan"] < spans["nama"] < spans["jabatan_instansi"]


def test_signature_cells_zig_zag_odd_left_even_right():
    assert [dh.tanda_tangan(n, 30)[1] for n in range(1, 6)] == ["kiri", "kanan", "kiri", "kanan", "kiri"]
    text = dh.tanda_tangan(7, 30)[0]
    assert text.startswith("7. ") and set(text[3:]) == {"."}
    assert len(dh.tanda_tangan(7, 60)[0]) > len(text)  # a wider column gets a longer dotted line
    assert dh.tanda_tangan(12345, 5)[0] == "12345. ..."  # never fewer than three dots


@pytest.mark.parametrize(
    "jabatan, instansi, hasil",
    [
        ("Camat Bara", "Kecamatan Bara", "Camat Bara"),
        ("Lurah Balandai", "Kecamatan Bara", "Lurah Balandai, Kecamatan Bara"),
        ("Kepala Kepolisian Resor Palopo", "Kepolisian Resor Palopo", "Kepala Kepolisian Resor Palopo"),
        (
            "Komandan Distrik Militer 1403/Sawerigading",
            "Komando Distrik Militer 1403/Sawerigading",
            "Komandan Distrik Militer 1403/Sawerigading",
        ),
        (
            "Kepala Bidang Kesehatan Masyarakat",
            "Dinas Kesehatan",
            "Kepala Bidang Kesehatan Masyarakat, Dinas Kesehatan",
        ),
        ("Guru", None, "Guru"),
        (None, "SD Negeri 1 Palopo", "SD Negeri 1 Palopo"),
    ],
)
def test_jabatan_instansi_names_the_office_only_when_the_jabatan_does_not(jabatan, instansi, hasil):
    assert dh.jabatan_instansi(jabatan, instansi) == hasil


def test_cells_are_filled_from_the_recipient():
    person = Penerima(
        nama="Isra, SKM.,M.Kes.",
        jabatan="Kepala Bidang",
        nip="198809172011012003",
        jenis_kelamin="P",
        telepon="0812 4000 1111",
        email="isra@palopokota.go.id",
    )
    assert dh.isi_sel("nama", person) == "Isra, S.K.M., M.Kes."
    assert dh.isi_sel("nip", person) == "19880917 201101 2 003"
    assert dh.isi_sel("nip", person, "rapat") == "198809172011012003"
    assert [dh.isi_sel(k, person) for k in ("jenis_kelamin", "telepon", "email")] == [
        "P",
        "0812 4000 1111",
        "isra@palopokota.go.id",
    ]


def test_someone_invited_by_jabatan_gets_only_the_jabatan_pre_filled():
    kapolres = Penerima(jabatan="Kepala Kepolisian Resor Palopo", telepon="0471 21110", email="polres@example.id")
    assert [dh.isi_sel(k, kapolres) for k in ("nama", "telepon", "email")] == [
        "",
        "",
        "",
    ]  # the office's, not the attendee's
    assert dh.isi_sel("jabatan_instansi", kapolres) == "Kepala Kepolisian Resor Palopo"
