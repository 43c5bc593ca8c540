"""Choosing recipients (--kelompok, --baris, --cari, --penerima on semua too) and naming letters (--nama-berkas).

The list is a workbook the way a Setda clerk makes one: a kelompok column, phone numbers and NIPs as text,
names with accents and titles, a kelompok typed in whatever case.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from naskah.cli import main
from naskah.domain import pilih
from naskah.domain.loader import load_event
from naskah.errors import InputFileError, UsageError
from tests.conftest import docx_text
from tests.events import EVENT

# Row 1 is the header, so the first recipient is row 2, as Excel shows it.
DAFTAR = [
    ("Drs. H. Andi Pangéran Mappanyukki", "Kepala Bappeda", "Pemerintah Kabupaten Luwu Utara", "undangan"),
    ("Ir. Sitti Rahmah Daeng Nginga", "Kepala Dinas Sosial", "Pemerintah Kota Palopo", "Undangan"),
    ("Prof. Dr. Hasanuddin Tahir, M.Si.", "Guru Besar", "Universitas Andi Djemma", "narasumber"),
    ("dr. Nurhaedah Yusuf, Sp.A.", "Dokter Spesialis Anak", "RSUD Sawerigading", "Narasumber"),
    ("Muh. Arief Rahman, S.Kom.", "Pranata Komputer", "Dinas Komunikasi dan Informatika", "panitia"),
    ("Andi Muhammad Fadli", "Lurah Amassangan", "Kecamatan Wara", "peserta"),
    ("Sulfiani Ramadhani", "Lurah Boting", "Kecamatan Wara", "peserta"),
    ("Hj. Besse Tenri Abeng", "Ketua TP PKK", "Kecamatan Wara Selatan", "peserta"),
]


def write_workbook(path: Path, rows=DAFTAR) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nama", "Jabatan", "Instansi", "Kelompok", "Telepon", "NIP"])
    for number, (nama, jabatan, instansi, kelompok) in enumerate(rows):
        sheet.append(
            [
                nama,
                jabatan,
                instansi,
                kelompok,
                f"08124200{number:04d}",
                f"1988091720110{1 + number % 2}1{number + 1:03d}",
            ]
        )
    for cells in sheet.iter_rows(min_row=2, min_col=5):
        for cell in cells:
            cell.number_format = "@"
    book.save(path)
    return path


@pytest.fixture
def acara(tmp_path: Path) -> Path:
    write_workbook(tmp_path / "penerima.xlsx")
    event = tmp_path / "acara.yaml"
    written = EVENT.split("penerima:\n")[0] + "penerima: penerima.xlsx\ntembusan:\n  - Wali Kota Palopo\n"
    event.write_text(written, encoding="utf-8")
    return event


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def letters(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.docx") if p.name[0].isdigit())


def addressed(folder: Path) -> list[str]:
    """Return, per letter, which recipient of DAFTAR it is written to (by jabatan)."""
    return [next(j for _, j, _, _ in DAFTAR if j in docx_text(p)) for p in letters(folder)]


def test_kelompok_chooses_by_the_group_column_in_any_case_and_repeats(acara, tmp_path):
    result = run("undangan", acara, "-o", tmp_path / "h", "--kelompok", "NARASUMBER", "--kelompok", "panitia")
    assert result.exit_code == 0, result.output
    assert addressed(tmp_path / "h") == ["Guru Besar", "Dokter Spesialis Anak", "Pranata Komputer"]
    assert "3 surat undangan per penerima" in result.output


def test_baris_counts_rows_as_excel_shows_them(acara, tmp_path):
    result = run("undangan", acara, "-o", tmp_path / "h", "--baris", "3-4, 9", "--hanya", "per-penerima")
    assert result.exit_code == 0, result.output
    # Row 2 is the first recipient: rows 3, 4 and 9 are the second, third and last.
    assert addressed(tmp_path / "h") == ["Kepala Dinas Sosial", "Guru Besar", "Ketua TP PKK"]


def test_cari_ignores_case_and_accents_over_name_jabatan_and_instansi(acara, tmp_path):
    for text, expected in (
        ("pangeran", ["Kepala Bappeda"]),  # written Pangéran
        ("KECAMATAN WARA", ["Lurah Amassangan", "Lurah Boting", "Ketua TP PKK"]),  # instansi
        ("lurah", ["Lurah Amassangan", "Lurah Boting"]),  # jabatan
    ):
        out = tmp_path / text
        result = run("undangan", acara, "-o", out, "--cari", text, "--hanya", "per-penerima")
        assert result.exit_code == 0, result.output
        assert addressed(out) == expected, text


def test_filters_combine_and_every_one_must_hold(acara, tmp_path):
    result = run("undangan", acara, "-o", tmp_path / "h", "--kelompok", "peserta", "--cari", "lurah", "--baris", "8-20")
    assert result.exit_code == 0, result.output
    assert addressed(tmp_path / "h") == ["Lurah Boting"]


@pytest.mark.parametrize(
    ("options", "named"),
    [
        (["--kelompok", "pers"], "--kelompok pers"),
        (["--cari", "Makassar"], "--cari 'Makassar'"),
        (["--baris", "40-50"], "--baris 40-50"),
    ],
)
def test_an_empty_selection_is_an_error_naming_the_filter_and_writes_nothing(acara, tmp_path, options, named):
    result = run("undangan", acara, "-o", tmp_path / "h", *options)
    assert result.exit_code == 2
    assert "tidak ada penerima di penerima.xlsx yang cocok dengan" in result.output
    assert named in result.output and "Traceback" not in result.output
    assert not (tmp_path / "h").exists()


def test_an_empty_kelompok_says_which_groups_there_are(acara, tmp_path):
    result = run("daftar-hadir", acara, "-o", tmp_path / "h", "--kelompok", "pers")
    assert "kelompok yang ada: Narasumber, Undangan, narasumber, panitia, peserta, undangan" in result.output


def test_a_malformed_row_list_is_a_usage_error(acara, tmp_path):
    for spec in ("dua", "5-2", "3,,4"):
        result = run("undangan", acara, "-o", tmp_path / "h", "--baris", spec)
        assert result.exit_code == 2, spec
        assert f"--baris {spec}" in result.output


def test_semua_takes_a_list_and_a_selection_and_every_kind_sees_only_the_chosen(acara, tmp_path):
    other = write_workbook(
        tmp_path / "lain.xlsx", DAFTAR[:2] + [("Rina Marlina", "Camat Telluwanua", "Kota", "peserta")]
    )
    out = tmp_path / "hasil"
    result = run("semua", acara, "-o", out, "--penerima", other, "--kelompok", "undangan")
    assert result.exit_code == 0, result.output
    assert addressed(out) == ["Kepala Bappeda", "Kepala Dinas Sosial"]  # semua writes flat, like undangan
    hadir = docx_text(out / "daftar-hadir.docx")
    assert "Mappanyukki" in hadir and "Rina Marlina" not in hadir and "Camat Telluwanua" not in hadir


def test_semua_refuses_an_empty_selection_before_writing_anything(acara, tmp_path):
    result = run("semua", acara, "-o", tmp_path / "hasil", "--cari", "tidak ada orang ini")
    assert result.exit_code == 2
    assert "--cari 'tidak ada orang ini'" in result.output
    assert not (tmp_path / "hasil").exists()


def test_recipients_written_in_the_event_are_chosen_by_their_place(tmp_path):
    event = tmp_path / "acara.yaml"
    event.write_text(EVENT, encoding="utf-8")  # Lurah Wara, then Camat Wara Utara
    loaded = pilih.pilih(load_event(event), pilih.Saringan(baris="2"))
    assert [p.jabatan for p in loaded.berkas.penerima] == ["Camat Wara Utara"]
    assert loaded.nama_penerima(0) == "penerima ke-2 (Camat Wara Utara)"
    assert loaded.locate("penerima[1].jabatan", "x").path == "penerima[2].jabatan"


def test_the_selection_keeps_each_recipients_row_for_messages(acara):
    loaded = pilih.pilih(load_event(acara), pilih.Saringan(kelompok=("panitia",)))
    assert loaded.nama_penerima(0) == "penerima.xlsx baris 6 (Muh. Arief Rahman, S.Kom.)"
    assert loaded.locate("penerima[1].nama", "x").path == "baris 6, kolom nama"


def test_no_filter_returns_the_event_itself(acara):
    loaded = load_event(acara)
    assert pilih.pilih(loaded, pilih.Saringan()) is loaded


# --------------------------------------------------------------------------- file names from a pattern


def test_nama_berkas_names_letters_from_the_pattern_made_safe(acara, tmp_path):
    out = tmp_path / "h"
    result = run("undangan", acara, "-o", out, "--nama-berkas", "{urut}_{nama}", "--hanya", "per-penerima")
    assert result.exit_code == 0, result.output
    names = [p.name for p in letters(out)]
    assert names[0] == "1_Drs-H-Andi-Pangeran-Mappanyukki.docx"
    assert names[2] == "3_Prof-Dr-Hasanuddin-Tahir-M-Si.docx"


def test_a_pattern_giving_equal_names_still_gives_one_file_per_letter(acara, tmp_path):
    out = tmp_path / "h"
    result = run("undangan", acara, "-o", out, "--nama-berkas", "{instansi}", "--kelompok", "peserta")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.glob("Kecamatan*")) == [
        "Kecamatan-Wara-2.docx",
        "Kecamatan-Wara-Selatan.docx",
        "Kecamatan-Wara.docx",
    ]


def test_gaya_nama_berkas_in_the_event_and_the_option_wins(acara, tmp_path):
    text = acara.read_text(encoding="utf-8").replace(
        "  kepala_daerah: Wali Kota Palopo\n",
        "  kepala_daerah: Wali Kota Palopo\n  gaya:\n    nama_berkas: '{jabatan}'\n",
    )
    acara.write_text(text, encoding="utf-8")
    run("undangan", acara, "-o", tmp_path / "a", "--kelompok", "panitia")
    assert (tmp_path / "a" / "Pranata-Komputer.docx").is_file()
    run("semua", acara, "-o", tmp_path / "b", "--kelompok", "panitia", "--nama-berkas", "surat-{urut}")
    assert (tmp_path / "b" / "surat-1.docx").is_file()


def test_the_pattern_language_is_pola_nomors_own_zero_padding_included(acara, tmp_path):
    result = run(
        "undangan", acara, "-o", tmp_path / "h", "--nama-berkas", "undangan-{urut:03}", "--kelompok", "panitia"
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "h" / "undangan-001.docx").is_file()


def test_the_default_names_stay_number_and_jabatan(acara, tmp_path):
    run("undangan", acara, "-o", tmp_path / "h", "--kelompok", "narasumber")
    assert [p.name for p in letters(tmp_path / "h")] == ["1-guru-besar.docx", "2-dokter-spesialis-anak.docx"]


@pytest.mark.parametrize(
    ("pola", "says"),
    [
        ("{urut}-{alamat}", "isian '{alamat}' tidak dikenal (pilih dari: urut, nama, jabatan, instansi)"),
        ("surat", "pola tanpa isian"),
        ("{urut}-{nama!r}", "isian '{nama!r}' tidak dikenal"),
        ("{0}", "isian '{0}' tidak dikenal"),
        ("{urut:>9}", "format ':>9' pada isian '{urut}' tidak dikenal"),
        ("{{urut}}", "kurung kurawal tidak berpasangan atau bersarang"),
    ],
)
def test_a_bad_pattern_is_refused_in_the_option_and_in_the_event(acara, tmp_path, pola, says):
    result = run("undangan", acara, "-o", tmp_path / "h", "--nama-berkas", pola)
    assert result.exit_code == 2 and says in result.output
    text = acara.read_text(encoding="utf-8").replace(
        "  kepala_daerah: Wali Kota Palopo\n",
        f"  kepala_daerah: Wali Kota Palopo\n  gaya:\n    nama_berkas: '{pola}'\n",
    )
    acara.write_text(text, encoding="utf-8")
    with pytest.raises(InputFileError) as caught:
        load_event(acara)
    assert any(p.path == "instansi.gaya.nama_berkas" and says in p.message for p in caught.value.problems)


def test_pattern_values_are_data_never_a_pattern(tmp_path):
    event = tmp_path / "acara.yaml"
    event.write_text(EVENT.replace("Budi Santoso", "'{jabatan} {urut}'"), encoding="utf-8")
    loaded = pilih.dengan_nama_berkas(load_event(event), "{nama}")
    from naskah.jenis.undangan import nama_berkas

    assert nama_berkas(loaded.berkas.penerima, loaded.berkas.instansi.gaya.nama_berkas)[0] == "jabatan-urut.docx"


def test_dengan_nama_berkas_refuses_with_a_usage_error(tmp_path):
    event = tmp_path / "acara.yaml"
    event.write_text(EVENT, encoding="utf-8")
    with pytest.raises(UsageError, match="--nama-berkas"):
        pilih.dengan_nama_berkas(load_event(event), "{tanggal}")
