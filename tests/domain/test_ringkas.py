"""Warnings grouped: the same message on many rows is one line, what may change a letter first."""

from __future__ import annotations

from naskah.domain.ringkas import hitungan, lokasi_baris, rentang, ringkas
from naskah.errors import Problem

PHONE = "nomor telepon tersimpan sebagai angka sehingga angka 0 di depannya hilang"


def row(number: int, message: str = "sel kosong", column: str = "nama", file: str = "daftar.xlsx") -> Problem:
    return Problem(file, f"baris {number}, kolom {column}", message, "isi selnya")


def test_rows_with_the_same_message_are_one_line_with_ranges():
    lines = ringkas([row(n) for n in [*range(2, 62), 70, 72, 73]])
    assert lines == ["daftar.xlsx: baris 2–61, 70, 72–73 (63 baris), kolom nama: sel kosong (isi selnya)"]


def test_different_columns_files_messages_and_hints_stay_apart():
    problems = [row(2), row(3), row(2, column="jabatan"), row(2, file="lain.csv"), row(4, message="lain")]
    problems.append(Problem("daftar.xlsx", "baris 5, kolom nama", "sel kosong", "hint lain"))
    lines = ringkas(problems)
    assert len(lines) == 5
    assert lines[0].startswith("daftar.xlsx: baris 2–3 (2 baris), kolom nama: ")


def test_a_single_row_is_printed_exactly_as_before():
    problem = Problem("acara.yaml", "acara.tempt", "kunci 'tempt' tidak dikenal dan diabaikan", "", 9)
    assert ringkas([problem]) == [str(problem)]
    assert ringkas([row(7)]) == [str(row(7))]


def test_yaml_list_items_with_the_same_message_fold_into_one_line():
    problems = [Problem("acara.yaml", f"penerima[{i}].nama", "gelar tidak dikenal", "", 10 + i) for i in (1, 2, 3, 7)]
    (line,) = ringkas(problems)
    assert line == "acara.yaml:11: penerima[1–3, 7].nama (4 butir): gelar tidak dikenal"


def test_warnings_that_may_change_a_letter_come_before_routine_ones():
    routine = [row(n, PHONE, "telepon") for n in range(2, 40)]
    weekday = Problem("acara.yaml", "acara.hari", "'Selasa' tidak cocok: 24 Juni 2024 jatuh pada hari Senin", "", 11)
    encoding = Problem("daftar.csv", "", "berkas CSV bukan UTF-8; dibaca sebagai Windows-1252", "")
    lines = ringkas([*routine, encoding, weekday])
    assert lines[0].startswith("acara.yaml:11: acara.hari:")
    assert "kolom telepon" in lines[1] and "Windows-1252" in lines[2]


def test_unlocated_identical_problems_are_not_merged_away():
    problem = Problem("daftar.csv", "", "berkas CSV bukan UTF-8", "")
    assert len(ringkas([problem, problem])) == 2


def test_ranges_and_counts():
    assert rentang([9, 2, 3, 4, 3]) == "2–4, 9"
    assert rentang(range(1, 40, 2)) == "1, 3, 5, 7, 9, 11, …"
    assert lokasi_baris([5]) == "baris 5"
    assert lokasi_baris([5, 6], "telepon") == "baris 5–6 (2 baris), kolom telepon"
    assert (
        hitungan([row(n) for n in range(2, 62)] + [row(2, "lain")])
        == "61 peringatan (2 jenis); periksa sebelum mencetak."
    )
    assert hitungan([row(2), row(3, "lain")]) == "2 peringatan; periksa sebelum mencetak."
