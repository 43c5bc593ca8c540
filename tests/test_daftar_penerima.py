"""Recipient lists as clerks make them (openpyxl workbooks, cp1252 CSVs with ';'), read right through the CLI."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from naskah.cli import main
from naskah.domain.loader import load_event
from tests.conftest import docx_text
from tests.corpus.berkas import EVENT, replaced, rezip, snapshot, with_penerima, workbook
from tests.corpus.kasus import HEADER, TITLE, csv_cp1252


def invoke(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def event_with_list(tmp_path: Path, name: str, content: bytes, text: str | None = None) -> Path:
    (tmp_path / name).write_bytes(content)
    event = tmp_path / "acara.yaml"
    event.write_text(text or with_penerima(name), encoding="utf-8")
    return event


def letters(folder: Path) -> dict[str, str]:
    return {p.name: docx_text(p) for p in sorted(folder.glob("[0-9]*.docx"))}


def people(rows: int, phone: object = None) -> list[list[object]]:
    return [
        [i, f"Andi Baso {i}", f"Lurah Kelurahan {i}", "Kecamatan Wara", phone if phone is not None else 81234567000 + i]
        for i in range(1, rows + 1)
    ]


# --------------------------------------------------------------------------- the header row


def test_title_rows_merged_title_blank_row_and_no_column_are_read_past(tmp_path):
    book = workbook([TITLE, [], HEADER, *people(3)], merged=("A1:E1",))
    event = event_with_list(tmp_path, "daftar.xlsx", book)
    result = invoke("undangan", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 0, result.output
    assert "No" not in result.stderr and "tidak dikenal" not in result.stderr
    texts = letters(tmp_path / "hasil")
    assert len(texts) == 3
    assert all("DAFTAR UNDANGAN" not in t for t in texts.values())
    assert any("Andi Baso 2" in t and "Lurah Kelurahan 2" in t for t in texts.values())


def test_baris_judul_names_the_header_row(tmp_path):
    # Row 2 names two known columns by accident ("nama" and "jabatan" as words of a note).
    rows = [TITLE, ["nama", "jabatan", "diisi oleh sekretariat"], [], HEADER, *people(2)]
    event = event_with_list(tmp_path, "daftar.xlsx", workbook(rows))
    result = invoke("periksa", event, "--baris-judul", 4)
    assert result.exit_code == 0, result.output
    assert "undangan (2 penerima)" in result.output
    loaded = load_event(event, baris_judul=4)
    assert [p.nama for p in loaded.berkas.penerima] == ["Andi Baso 1", "Andi Baso 2"]
    assert [row for row in loaded.sources.penerima_rows] == [5, 6]


@pytest.mark.parametrize("command", ["undangan", "daftar-hadir", "semua", "sambutan"])
def test_baris_judul_on_an_empty_row_is_refused_on_every_command(tmp_path, command):
    event = event_with_list(tmp_path, "daftar.xlsx", workbook([TITLE, [], HEADER, *people(2)]))
    (tmp_path / "hasil").mkdir()
    before = snapshot(tmp_path)
    result = invoke(command, event, "-o", tmp_path / "hasil", "--baris-judul", 2)
    assert result.exit_code == 1, result.output
    assert f"{tmp_path / 'daftar.xlsx'}: baris 2: baris judul yang ditunjuk --baris-judul kosong" in result.stderr
    assert snapshot(tmp_path) == before


def test_header_merged_over_two_rows_is_read_from_its_lowest_named_cell(tmp_path):
    rows = [
        ["No", "Nama", "Jabatan", "Kontak", None],
        [None, None, None, "Telepon", "Email"],
        [1, "Hj. Rosmiati", "Kepala Dinas Sosial", "081355550001", "rosmiati@palopokota.go.id"],
    ]
    book = workbook(rows, merged=("A1:A2", "B1:B2", "C1:C2", "D1:E1"))
    event = event_with_list(tmp_path, "daftar.xlsx", book)
    loaded = load_event(event)
    assert loaded.warnings == ()
    (person,) = loaded.berkas.penerima
    assert (person.nama, person.telepon, person.email) == (
        "Hj. Rosmiati",
        "081355550001",
        "rosmiati@palopokota.go.id",
    )


def test_a_merged_cell_holds_for_every_row_it_covers(tmp_path):
    rows = [["Nama", "Jabatan", "Instansi"], ["A. Tenri", "Kepala Seksi I", "Dinas Kesehatan"]]
    rows += [["B. Daeng", "Kepala Seksi II", None], ["C. Puang", "Kepala Seksi III", None], ["D. Lala", "Staf", "RSUD"]]
    event = event_with_list(tmp_path, "daftar.xlsx", workbook(rows, merged=("C2:C4",)))
    instansi = [p.instansi for p in load_event(event).berkas.penerima]
    assert instansi == ["Dinas Kesehatan", "Dinas Kesehatan", "Dinas Kesehatan", "RSUD"]


# --------------------------------------------------------------------------- phones and NIPs stored as numbers


def test_numeric_phones_in_xlsx_get_their_zero_back_with_one_warning(tmp_path):
    rows = [HEADER, *people(60)]
    rows[5][4] = 6281355550005  # typed with the country code
    event = event_with_list(tmp_path, "daftar.xlsx", workbook(rows))
    loaded = load_event(event)
    phones = [p.telepon for p in loaded.berkas.penerima]
    assert phones[0] == "081234567001" and phones[4] == "+62 81355550005"
    (warning,) = [w for w in loaded.warnings if "telepon" in w.path]
    assert warning.path == "baris 2–61 (60 baris), kolom telepon"
    assert "angka 0" in warning.message and "Teks" in warning.hint


def test_cp1252_semicolon_csv_with_a_title_row_reads_names_and_phones(tmp_path):
    text = "DAFTAR UNDANGAN RAPAT KOORDINASI;;\n;;\nNo;Nama;Jabatan;No. HP\n"
    text += "1;André Pangérang;Camat Wara Timur;81244440001\n2;Siti Aïsyah;Lurah Surutanga;081244440002\n"
    event = event_with_list(tmp_path, "daftar.csv", csv_cp1252(text))
    result = invoke("undangan", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 0, result.output
    assert "daftar.csv: baris 4, kolom telepon: nomor telepon tersimpan sebagai angka" in result.stderr
    assert "Windows-1252" in result.stderr
    texts = "".join(letters(tmp_path / "hasil").values())
    assert "André Pangérang" in texts and "Siti Aïsyah" in texts
    phones = [p.telepon for p in load_event(event).berkas.penerima]
    assert phones == ["081244440001", "081244440002"]


def test_restored_phones_print_on_the_attendance_sheet(tmp_path):
    text = with_penerima("daftar.xlsx") + "daftar_hadir:\n  kolom: [no, nama, telepon, tanda_tangan]\n"
    event = event_with_list(tmp_path, "daftar.xlsx", workbook([HEADER, *people(2)]), text)
    result = invoke("daftar-hadir", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 0, result.output
    (sheet,) = (tmp_path / "hasil").glob("*.docx")
    content = docx_text(sheet)
    assert "081234567001" in content and "| 81234567001" not in content


def test_xlsx_nip_typed_as_a_number_names_cause_and_fix_once_for_many_rows(tmp_path):
    rows = [["nama", "jabatan", "nip"]] + [[f"P{i}", "Staf", 197005121998032000 + i] for i in range(30)]
    event = event_with_list(tmp_path, "daftar.xlsx", workbook(rows))
    result = invoke("periksa", event)
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if "NIP tersimpan sebagai angka" in line]
    assert len(lines) == 1, result.stderr
    assert "baris 2–31 (30 baris), kolom nip" in lines[0] and "ketik ulang" in lines[0]


# --------------------------------------------------------------------------- what Excel hides, stale files


def test_hidden_rows_get_no_letter_and_are_named_in_one_warning(tmp_path):
    event = event_with_list(tmp_path, "daftar.xlsx", workbook([HEADER, *people(6)], hidden=(3, 4)))
    result = invoke("undangan", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 0, result.output
    assert "daftar.xlsx: baris 3–4 (2 baris): baris tersembunyi di Excel dan dilewati" in result.stderr
    texts = "".join(letters(tmp_path / "hasil").values())
    assert len(letters(tmp_path / "hasil")) == 4
    assert "Andi Baso 2 " not in texts.replace("\n", " ") and "Andi Baso 1" in texts and "Andi Baso 6" in texts


def test_stale_dimension_is_ignored_and_every_row_and_column_read(tmp_path):
    rows = [["nama", "jabatan", "instansi"], ["Budi", "Lurah Wara", "Kec. Wara"]]
    rows += [["Siti", "Lurah Amassangan", "Kec. Wara"], ["Ani", "Lurah Boting", "Kec. Wara"]]
    book = rezip(workbook(rows), lambda n, b: b.replace(b'ref="A1:C4"', b'ref="A1:B2"') if "sheet" in n else b)
    assert b'ref="A1:B2"' in _member(book, "xl/worksheets/sheet1.xml")
    loaded = load_event(event_with_list(tmp_path, "daftar.xlsx", book))
    assert [(p.nama, p.instansi) for p in loaded.berkas.penerima] == [
        ("Budi", "Kec. Wara"),
        ("Siti", "Kec. Wara"),
        ("Ani", "Kec. Wara"),
    ]


def _member(book: bytes, name: str) -> bytes:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(book)) as archive:
        return archive.read(name)


def test_list_on_the_second_sheet_is_read_and_the_sheet_named(tmp_path):
    book = workbook([HEADER, *people(2)], before=("Petunjuk",))
    result = invoke("undangan", event_with_list(tmp_path, "daftar.xlsx", book), "-o", tmp_path / "hasil")
    assert result.exit_code == 0, result.output
    assert "lembar pertama 'Petunjuk' kosong; daftar dibaca dari lembar 'Daftar'" in result.stderr
    assert len(letters(tmp_path / "hasil")) == 2


# --------------------------------------------------------------------------- encodings, invisible text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_csv_is_read(tmp_path, encoding):
    text = "nama\tjabatan\nI Made Wiratama\tKepala Dinas Pariwisata\nNi Luh Ayu\tCamat Kuta\n"
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data  # Excel's "Unicode Text"
    loaded = load_event(event_with_list(tmp_path, "daftar.csv", data))
    assert [p.nama for p in loaded.berkas.penerima] == ["I Made Wiratama", "Ni Luh Ayu"]


def test_zero_width_only_cell_counts_as_empty(tmp_path):
    data = "nama,jabatan\n\u200b\u200c,Kepala Bappeda\nBudi,Lurah Wara\n".encode()
    loaded = load_event(event_with_list(tmp_path, "daftar.csv", data))
    assert [p.nama for p in loaded.berkas.penerima] == [None, "Budi"]


def test_multiline_cell_that_swallowed_rows_is_warned_about(tmp_path):
    data = b'nama,jabatan\n"Budi,Lurah Wara\nSiti,Camat",Wara\nAni,Lurah Boting\n'
    loaded = load_event(event_with_list(tmp_path, "daftar.csv", data))
    (warning,) = [w for w in loaded.warnings if "ganti baris" in w.message]
    assert warning.path == "baris 2"


# --------------------------------------------------------------------------- warnings grouped and ordered


def test_sixty_phone_warnings_are_one_line_after_the_one_that_matters(tmp_path):
    text = replaced("  tanggal: 2024-06-24\n", "  tanggal: 2024-06-24\n  hari: Selasa\n")
    text = text.split("penerima:")[0] + "penerima: daftar.csv\ntembusan:" + text.split("tembusan:")[1]
    rows = "".join(f"{i};Penerima {i};Staf Seksi {i};8124444{i:04d}\n" for i in range(1, 61))
    event = event_with_list(tmp_path, "daftar.csv", csv_cp1252("No;Nama;Jabatan;HP\n" + rows), text)
    result = invoke("undangan", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert "'Selasa' tidak cocok" in lines[0]
    phone = [line for line in lines if "kolom telepon" in line]
    assert len(phone) == 1 and "baris 2–61 (60 baris), kolom telepon" in phone[0]
    assert lines[-1].startswith(f"{len(lines) - 1} peringatan")


def test_a_weekday_warning_stays_alone_and_uncounted(tmp_path):
    event = tmp_path / "acara.yaml"
    event.write_text(replaced("  tanggal: 2024-06-24\n", "  tanggal: 2024-06-24\n  hari: Selasa\n"), encoding="utf-8")
    result = invoke("periksa", event)
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line]
    assert len(warnings) == 1 and "peringatan:" in warnings[0]


def test_base_event_still_reads_without_a_word(tmp_path):
    event = tmp_path / "acara.yaml"
    event.write_text(EVENT, encoding="utf-8")
    assert invoke("periksa", event).stderr == ""


def test_an_untitled_notes_column_in_a_csv_is_one_warning_not_shifted_rows(tmp_path):
    data = b"nama,jabatan\nBudi,Lurah Wara,hadir\nSiti,Camat Wara,izin\nAni,Lurah Boting,\n"
    loaded = load_event(event_with_list(tmp_path, "daftar.csv", data))
    assert [p.jabatan for p in loaded.berkas.penerima] == ["Lurah Wara", "Camat Wara", "Lurah Boting"]
    (warning,) = [w for w in loaded.warnings if "kolom C" in w.message]
    assert warning.path == "baris 2–3 (2 baris)"
