"""`surat.urut: otomatis` through the commands, and `naskah agenda daftar/ekspor/impor/batal`."""

from __future__ import annotations

import datetime as dt
import getpass
import textwrap
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from naskah.agenda.buku import BukuAgenda
from naskah.agenda.catatan import BATAL, GAGAL, IMPOR, TERBIT
from naskah.agenda.excel import KOLOM
from naskah.cli import main
from tests.conftest import EXAMPLES, docx_text

PROFIL = textwrap.dedent("""\
    pemerintah: Pemerintah Provinsi Kalimantan Timur
    perangkat_daerah: [Dinas Kependudukan, Pemberdayaan Perempuan, dan Perlindungan Anak]
    singkatan: DKP3A
    alamat: Jalan Milono Nomor 1, Samarinda 75121
    provinsi: Kalimantan Timur
    kota: Samarinda
    wilayah: Provinsi Kalimantan Timur
    kepala_daerah: Gubernur Kalimantan Timur
    agenda:
      lokasi: {lokasi}
      mulai: {{tahun: 2025, urut: 1041}}
    """)

ACARA = textwrap.dedent("""\
    instansi: profil/dkp3a.yaml
    acara:
      nama: Sosialisasi Pencegahan Perkawinan Anak se-Kalimantan Timur
      tanggal: 2025-03-12
      mulai: "09.00"
      tempat: Ruang Rapat Tepian I, Kantor Gubernur Kalimantan Timur
    surat:
      kka: "400.2.9"
      urut: otomatis
      sifat: Penting
      hal: Undangan Sosialisasi
      tanggal: 2025-03-03
    penandatangan:
      jabatan: Kepala Dinas Kependudukan, Pemberdayaan Perempuan, dan Perlindungan Anak
      nama: Noryani Sorayalita, S.Sos., M.Si.
      atas_nama: Gubernur Kalimantan Timur
    penerima:
      - jabatan: Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Samarinda
      - jabatan: Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Berau
      - nama: Ketua Tim Penggerak PKK Provinsi Kalimantan Timur
    """)


@pytest.fixture(autouse=True)
def _no_register_from_the_environment(monkeypatch):
    monkeypatch.delenv("NASKAH_AGENDA", raising=False)


def kantor(tmp_path: Path, lokasi: str = "agenda-dkp3a.sqlite", acara: str = ACARA) -> Path:
    (tmp_path / "profil").mkdir(exist_ok=True)
    (tmp_path / "profil" / "dkp3a.yaml").write_text(PROFIL.format(lokasi=f'"{lokasi}"'), encoding="utf-8")
    event = tmp_path / "sosialisasi.yaml"
    event.write_text(acara, encoding="utf-8")
    return event


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_periksa_shows_the_number_that_would_be_taken_without_taking_it(tmp_path):
    event = kantor(tmp_path)
    for _ in range(2):
        out = run("periksa", str(event))
        assert "nomor   : 400.2.9/1041/DKP3A/III/2025 (surat.urut: otomatis" in out
    assert not (tmp_path / "profil" / "agenda-dkp3a.sqlite").exists()


def test_undangan_takes_one_number_for_the_batch_and_records_it(lokasi, tmp_path):
    event = kantor(tmp_path, lokasi)
    out = run("undangan", str(event), "-o", str(tmp_path / "hasil"))
    assert "3 surat undangan" in out
    letters = sorted((tmp_path / "hasil").glob("*.docx"))
    assert len(letters) == 4  # three letters and the print file, all with the one number
    for letter in letters:
        assert "400.2.9/1041/DKP3A/III/2025" in docx_text(letter)
    with BukuAgenda(lokasi if "://" in lokasi else tmp_path / "profil" / lokasi) as buku:
        [catatan] = buku.daftar()
    assert (catatan.status, catatan.jenis, catatan.urut) == (TERBIT, "undangan", 1041)
    assert (catatan.tanggal, catatan.hal, catatan.sifat, catatan.kka) == (
        dt.date(2025, 3, 3),
        "Undangan Sosialisasi",
        "Penting",
        "400.2.9",
    )
    assert catatan.tujuan.startswith("Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Samarinda; ")
    assert catatan.jumlah_tujuan == 3
    assert catatan.penandatangan.startswith("a.n. Gubernur Kalimantan Timur Kepala Dinas Kependudukan")
    assert catatan.berkas_acara == str(event.resolve())
    assert catatan.folder_keluaran == str((tmp_path / "hasil").resolve())
    assert sorted(catatan.berkas_ditulis) == sorted(str(p) for p in letters)
    assert catatan.pengguna == getpass.getuser()


def test_a_long_list_is_recorded_as_daftar_terlampir_with_its_count(tmp_path):
    many = "".join(f"  - jabatan: Camat Kecamatan Nomor {i}\n" for i in range(1, 31))
    event = kantor(tmp_path, acara=ACARA.split("penerima:")[0] + "penerima:\n" + many)
    run("undangan", str(event), "-o", str(tmp_path / "hasil"))
    with BukuAgenda(tmp_path / "profil" / "agenda-dkp3a.sqlite") as buku:
        [catatan] = buku.daftar()
    assert (catatan.tujuan, catatan.jumlah_tujuan) == ("Daftar terlampir (30 penerima)", 30)


def test_a_failed_run_records_its_number_as_failed_and_the_next_letter_gets_the_next(tmp_path):
    event = kantor(tmp_path)
    (tmp_path / "hasil").mkdir()
    (tmp_path / "hasil" / "undangan-gabungan.docx").write_text("milik orang lain")
    result = CliRunner().invoke(main, ["undangan", str(event), "-o", str(tmp_path / "hasil")])
    assert result.exit_code != 0 and "sudah ada" in result.output
    register = tmp_path / "profil" / "agenda-dkp3a.sqlite"
    with BukuAgenda(register) as buku:
        [failed] = buku.daftar()
    assert failed.status == GAGAL and "sudah ada" in failed.keterangan
    other = tmp_path / "lain"
    other.mkdir()
    (other / "profil").mkdir()
    (other / "profil" / "dkp3a.yaml").write_text(PROFIL.format(lokasi=f'"{register}"'), encoding="utf-8")
    (other / "rapat.yaml").write_text(ACARA.replace("Undangan Sosialisasi", "Undangan Rapat"), encoding="utf-8")
    run("undangan", str(other / "rapat.yaml"), "-o", str(tmp_path / "hasil-rapat"))
    with BukuAgenda(register) as buku:
        assert [(c.urut, c.status) for c in buku.daftar()] == [(1041, GAGAL), (1042, TERBIT)]


def test_semua_numbers_the_letter_and_the_mou_party_naskah_issues(tmp_path):
    mou = textwrap.dedent("""\
        pihak:
          - instansi: Pengadilan Tinggi Agama Samarinda
            pejabat: {jabatan: Ketua Pengadilan Tinggi Agama Samarinda, nama: "Dr. H. Abdul Hakim, M.H.", kedudukan: luar}
            nomor: W17-A/1234/HK.05/III/2025
            alamat: Jalan M. Yamin Nomor 1, Samarinda
          - instansi: Pemerintah Provinsi Kalimantan Timur
            pejabat: {jabatan: Gubernur Kalimantan Timur, nama: "Rudy Mas'ud"}
            nomor: otomatis
            alamat: Jalan Gajah Mada Nomor 2, Samarinda
        nota_kesepahaman:
          tentang: Pencegahan Perkawinan Anak
          kka: "100.3.7"
          tanggal: 2025-03-12
        """)
    event = kantor(tmp_path, acara=ACARA + mou)
    out = run("periksa", str(event))
    assert "400.2.9/1041/DKP3A/III/2025" in out and "100.3.7/1042/DKP3A/III/2025" in out
    out = run("semua", str(event), "-o", str(tmp_path / "hasil"))
    assert "Nomor dari buku agenda: 400.2.9/1041/DKP3A/III/2025\n" in out
    assert "Nomor dari buku agenda: 100.3.7/1042/DKP3A/III/2025\n" in out
    text = docx_text(tmp_path / "hasil" / "nota-kesepahaman.docx")
    assert "100.3.7/1042/DKP3A/III/2025" in text and "W17-A/1234/HK.05/III/2025" in text
    with BukuAgenda(tmp_path / "profil" / "agenda-dkp3a.sqlite") as buku:
        rows = buku.daftar()
    assert [(c.jenis, c.urut, c.status) for c in rows] == [
        ("undangan", 1041, TERBIT),
        ("nota_kesepahaman", 1042, TERBIT),
    ]
    assert rows[1].tujuan == "Pengadilan Tinggi Agama Samarinda"
    assert all("nota-kesepahaman" in f for f in rows[1].berkas_ditulis)
    assert not any("nota-kesepahaman" in f for f in rows[0].berkas_ditulis)
    # documents without a number (sambutan, daftar hadir) took none; a rerun keeps both numbers
    out = run("semua", str(event), "-o", str(tmp_path / "hasil"), "--timpa")
    assert "400.2.9/1041/DKP3A/III/2025 (nomor yang sudah diambil berkas acara ini)" in out
    with BukuAgenda(tmp_path / "profil" / "agenda-dkp3a.sqlite") as buku:
        assert [c.urut for c in buku.daftar()] == [1041, 1042]


def test_otomatis_without_a_register_is_one_clear_line_at_the_key(tmp_path):
    event = kantor(tmp_path)
    (tmp_path / "profil" / "dkp3a.yaml").write_text(PROFIL.split("agenda:")[0], encoding="utf-8")
    result = CliRunner().invoke(main, ["undangan", str(event), "-o", str(tmp_path / "hasil")])
    assert result.exit_code == 1
    assert "surat.urut: nomor 'otomatis' perlu buku agenda" in result.output
    assert "NASKAH_AGENDA" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "hasil").exists()


def test_the_environment_variable_overrides_the_profile(tmp_path, monkeypatch):
    event = kantor(tmp_path)
    shared = tmp_path / "bersama.sqlite"
    monkeypatch.setenv("NASKAH_AGENDA", str(shared))
    run("undangan", str(event), "-o", str(tmp_path / "hasil"))
    assert shared.exists() and not (tmp_path / "profil" / "agenda-dkp3a.sqlite").exists()
    assert "400.2.9/1041/DKP3A/III/2025" in run("agenda", "daftar")


def test_nomor_otomatis_and_a_pattern_without_urut(tmp_path):
    event = kantor(tmp_path, acara=ACARA.replace("  urut: otomatis\n", "  nomor: otomatis\n"))
    assert "400.2.9/1041/DKP3A/III/2025" in run("periksa", str(event))
    broken = ACARA.replace("  urut: otomatis\n", '  urut: otomatis\n  pola_nomor: "{kka}/{unit}/{tahun}"\n')
    event = kantor(tmp_path, acara=broken)
    result = CliRunner().invoke(main, ["periksa", str(event)])
    assert result.exit_code == 1 and "pola nomor tanpa {urut}" in result.output


def _register(tmp_path: Path) -> Path:
    """Fill a register with letters of several dates, units and classifications; return its path."""
    from tests.agenda.test_buku import entri

    path = tmp_path / "agenda.sqlite"
    with BukuAgenda(path) as buku:
        for day, kka, unit in [(3, "400.2.9", "DKP3A"), (10, "005", "Sekretariat"), (17, "400.2", "DKP3A")]:
            e = entri(dt.date(2025, 3, day), kka=kka, unit=unit, tujuan=f"Tujuan {day}", hal=f"Hal {day}")
            buku.pesan_satu(e, lambda urut, kka=kka: f"{kka}/{urut}/2025")
        buku.batal("005/2/2025", "salah alamat")
    return path


def test_daftar_filters_by_date_unit_and_classification(tmp_path):
    path = str(_register(tmp_path))
    assert run("agenda", "daftar", "-a", path).count("\n") == 4
    assert "3 nomor" in run("agenda", "daftar", "-a", path)
    by_date = run("agenda", "daftar", "-a", path, "--dari", "2025-03-05", "--sampai", "15-03-2025")
    assert "005/2/2025" in by_date and "400.2.9/1/2025" not in by_date and "1 nomor" in by_date
    by_unit = run("agenda", "daftar", "-a", path, "--unit", "DKP3A")
    assert "2 nomor" in by_unit and "005/2/2025" not in by_unit
    assert "2 nomor" in run("agenda", "daftar", "-a", path, "--kka", "400.2")  # 400.2 and 400.2.9
    assert "[salah alamat]" in run("agenda", "daftar", "-a", path, "--status", "batal")
    result = CliRunner().invoke(main, ["agenda", "daftar", "-a", path, "--dari", "kemarin"])
    assert result.exit_code == 2 and "--dari 'kemarin' bukan tanggal" in result.output


def test_ekspor_writes_the_srikandi_columns_as_recorded(tmp_path):
    path = _register(tmp_path)
    target = tmp_path / "agenda-maret.xlsx"
    assert "3 nomor ditulis" in run("agenda", "ekspor", str(target), "-a", str(path))
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == KOLOM
    assert rows[0][:7] == ("Nomor", "Tanggal", "Hal", "Sifat", "Klasifikasi", "Tujuan", "Penandatangan")
    with BukuAgenda(path) as buku:
        recorded = buku.daftar()
    assert len(rows) == len(recorded) + 1
    for row, c in zip(rows[1:], recorded, strict=True):
        assert row[0] == c.nomor and row[1].date() == c.tanggal
        assert row[2:7] == (c.hal, c.sifat, c.kka, c.tujuan, c.penandatangan)
        assert row[7] == c.status and (row[8] or None) == c.keterangan
    assert sheet.cell(2, 2).number_format == "DD/MM/YYYY"
    result = CliRunner().invoke(main, ["agenda", "ekspor", str(target), "-a", str(path)])
    assert result.exit_code != 0 and "--timpa" in result.output


def test_impor_reads_a_hand_kept_register_and_numbering_goes_on_after_it(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["No. Surat", "Tgl Surat", "Perihal", "Kepada", "Sifat", "Status"])
    sheet.append(
        [
            "400.2.9/1039/DKP3A/III/2025",
            dt.datetime(2025, 3, 1),
            "Undangan Rapat",
            "Bupati Kutai Kartanegara",
            "Biasa",
            "",
        ]
    )
    sheet.append(
        ["400.2.9/1040/DKP3A/III/2025", "2 Maret 2025", "Laporan Triwulan", "Gubernur Kalimantan Timur", None, "batal"]
    )
    sheet.append([None, None, None, None, None, None])
    old = tmp_path / "buku-lama.xlsx"
    book.save(old)
    event = kantor(tmp_path)
    profil = tmp_path / "profil" / "dkp3a.yaml"
    profil.write_text(
        PROFIL.format(lokasi='"agenda.sqlite"').replace("{tahun: 2025, urut: 1041}", "[]"), encoding="utf-8"
    )
    assert "2 nomor" in run("agenda", "impor", str(old), "-p", str(profil))
    listing = run("agenda", "daftar", "-p", str(event))
    assert "400.2.9/1039/DKP3A/III/2025" in listing and "batal" in listing
    assert "400.2.9/1041/DKP3A/III/2025" in run("periksa", str(event))
    with BukuAgenda(tmp_path / "profil" / "agenda.sqlite") as buku:
        rows = buku.daftar()
    assert [(c.urut, c.status, c.kka, c.unit) for c in rows] == [
        (1039, IMPOR, "400.2.9", "DKP3A"),
        (1040, BATAL, "400.2.9", "DKP3A"),
    ]
    # the same book again: every number is there already, nothing is added
    result = CliRunner().invoke(main, ["agenda", "impor", str(old), "-p", str(profil)])
    assert result.exit_code == 1 and "sudah ada di buku agenda; tidak ada yang diimpor" in result.output
    with BukuAgenda(tmp_path / "profil" / "agenda.sqlite") as buku:
        assert len(buku.daftar()) == 2


def test_impor_reports_every_bad_row_at_once(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Nomor", "Tanggal", "Hal"])
    book.active.append(["400/ABC/DKP3A/III/2025", "2025-03-01", "Tanpa urut"])
    book.active.append(["400/7/DKP3A/III/2025", "tanggal 31", "Tanggal rusak"])
    book.active.append([None, "2025-03-04", "Tanpa nomor"])
    path = tmp_path / "rusak.xlsx"
    book.save(path)
    result = CliRunner().invoke(main, ["agenda", "impor", str(path), "-a", str(tmp_path / "agenda.sqlite")])
    assert result.exit_code == 1
    assert "baris 2: nomor urut tidak terbaca" in result.output
    assert "baris 3, kolom tanggal: tanggal tidak terbaca" in result.output
    assert "baris 4: nomor kosong" in result.output
    assert "3 masalah" in result.output
    assert not (tmp_path / "agenda.sqlite").exists()


def test_batal_keeps_the_number_with_its_reason(tmp_path):
    path = str(_register(tmp_path))
    assert "dibatalkan: acara diundur" in run(
        "agenda", "batal", "400.2/3/2025", "--alasan", "acara diundur", "-a", path
    )
    result = CliRunner().invoke(main, ["agenda", "batal", "400.2/3/2025", "--alasan", "lagi", "-a", path])
    assert result.exit_code == 1 and "sudah dibatalkan: acara diundur" in result.output
    result = CliRunner().invoke(main, ["agenda", "batal", "400.2/3/2025", "-a", path])
    assert result.exit_code == 2 and "--alasan" in result.output
    listing = run("agenda", "daftar", "-a", path, "--status", "batal")
    assert "400.2/3/2025" in listing and "005/2/2025" in listing


def test_agenda_commands_without_a_register_say_where_to_name_it(tmp_path):
    result = CliRunner().invoke(main, ["agenda", "daftar"])
    assert result.exit_code == 2 and "NASKAH_AGENDA" in result.output


@pytest.mark.parametrize("example", ["advokasi-palopo.yaml", "hari-kartini-pesawaran.yaml"])
def test_the_examples_with_a_typed_urut_take_no_number(example, tmp_path, monkeypatch):
    register = tmp_path / "agenda.sqlite"
    monkeypatch.setenv("NASKAH_AGENDA", str(register))
    run("semua", str(EXAMPLES / example), "-o", str(tmp_path / "hasil"))
    assert not register.exists()
    if example.startswith("advokasi"):
        letter = tmp_path / "hasil" / "undangan-gabungan.docx"
        assert "400.14/215/DP3A/2024" in docx_text(letter)


def test_a_failed_semua_marks_every_number_it_took_as_failed(tmp_path):
    mou = textwrap.dedent("""\
        pihak:
          - instansi: Universitas Mulawarman
            pejabat: {jabatan: Rektor Universitas Mulawarman, nama: "Prof. Dr. H. Abdunnur, M.Si.", kedudukan: luar}
            alamat: Jalan Kuaro, Samarinda
          - instansi: Pemerintah Provinsi Kalimantan Timur
            pejabat: {jabatan: Gubernur Kalimantan Timur, nama: "Rudy Mas'ud"}
            nomor: otomatis
            alamat: Jalan Gajah Mada Nomor 2, Samarinda
        nota_kesepahaman:
          tentang: Riset Ketahanan Keluarga
          kka: "100.3.7"
        """)
    event = kantor(tmp_path, acara=ACARA + mou)
    blocked = tmp_path / "hasil"
    blocked.mkdir(parents=True)
    (blocked / "nota-kesepahaman.docx").write_text("naskah lama")
    result = CliRunner().invoke(main, ["semua", str(event), "-o", str(tmp_path / "hasil")])
    assert result.exit_code != 0 and "Nomor dari buku agenda" not in result.output
    assert [p.name for p in blocked.iterdir()] == ["nota-kesepahaman.docx"]  # all or nothing, as before
    with BukuAgenda(tmp_path / "profil" / "agenda-dkp3a.sqlite") as buku:
        assert [(c.urut, c.status) for c in buku.daftar()] == [(1041, GAGAL), (1042, GAGAL)]


def test_periksa_still_checks_when_the_shared_register_is_unreachable(tmp_path):
    event = kantor(tmp_path, "postgresql://naskah@/agenda?host=/tidak-ada-soket")
    out = run("periksa", str(event))
    assert "sah." in out and "nomor   : otomatis (buku agenda belum dapat dibaca: buku agenda" in out


def test_a_bad_agenda_profile_is_reported_with_its_line(tmp_path):
    kantor(tmp_path)
    profil = tmp_path / "profil" / "dkp3a.yaml"
    profil.write_text(profil.read_text().replace("agenda:\n", "agenda:\n  lingkup: [bidang]\n"), encoding="utf-8")
    result = CliRunner().invoke(main, ["agenda", "daftar", "-p", str(profil)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{profil}:10: agenda.lingkup[1]" in result.output


def test_a_letter_is_never_rendered_with_the_word_otomatis(tmp_path):
    from naskah.domain import surat
    from naskah.domain.loader import load_event
    from naskah.errors import RenderError

    loaded = load_event(kantor(tmp_path))
    with pytest.raises(RenderError, match="belum diambil dari buku agenda"):
        surat.nomor_surat(loaded.berkas.surat, loaded.berkas.instansi)


def test_the_import_pattern_reads_the_parts_of_a_number():
    from naskah.agenda.excel import pola_regex

    parts = pola_regex("{kka}/{urut}/{unit}/{bulan_romawi}/{tahun}").match("400.14/0215/DP3A/VI/2024")
    assert parts is not None and parts.groupdict() == {
        "kka": "400.14",
        "urut": "0215",
        "unit": "DP3A",
        "bulan_romawi": "VI",
        "tahun": "2024",
    }
    assert pola_regex("{tahun}-{urut}/{kka}/{tahun}").match("2024-7/005/2024")["urut"] == "7"
    assert pola_regex("{tahun}-{urut}/{kka}/{tahun}").match("2024-7/005/2025") is None


def test_runs_that_take_no_number_do_not_load_the_database_driver(tmp_path):
    import subprocess
    import sys

    script = (
        "import sys; from naskah.cli import main\n"
        "try:\n    main(['periksa', sys.argv[1]])\nexcept SystemExit:\n    pass\n"
        "print('sqlalchemy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(EXAMPLES / "advokasi-palopo.yaml")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip().splitlines()[-1] == "False"
