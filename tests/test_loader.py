"""The event loader: valid files load, and each malformed file gives the right message at the right line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from naskah.domain.loader import load_event
from naskah.errors import InputFileError
from tests.events import BASE, SURAT


def write(tmp_path: Path, text: str, name: str = "acara.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list:
    with pytest.raises(InputFileError) as info:
        load_event(path)
    return info.value.problems


def line_containing(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if needle in line)


def test_minimal_event_loads_and_derives_the_zone(tmp_path):
    loaded = load_event(write(tmp_path, BASE))
    assert loaded.berkas.acara.zona_waktu == "WITA"
    assert loaded.berkas.acara.tanggal == dt.date(2024, 6, 24)
    assert loaded.berkas.acara.mulai == dt.time(9, 0)
    assert loaded.berkas.acara.selesai is None
    assert loaded.warnings == ()


def test_yaml_11_traps_cannot_happen(tmp_path):
    text = BASE.replace('mulai: "09.00"', "mulai: 10:30") + SURAT.replace(
        'nip: "19700512 199803 2 004"', "nip: 197005121998032004"
    )
    text += "penerima:\n  - nama: Budi\n    jabatan: Lurah Wara\n    telepon: 081234567890\n  - nama: no\n    jabatan: Camat Wara\n"
    berkas = load_event(write(tmp_path, text)).berkas
    assert berkas.acara.mulai == dt.time(10, 30)  # not 630
    assert berkas.penandatangan.nip == "197005121998032004"  # text, not int
    assert berkas.penerima[0].telepon == "081234567890"  # keeps its 0
    assert berkas.penerima[1].nama == "no"  # not False


def test_all_problems_are_reported_at_once(tmp_path):
    text = BASE.replace("2024-06-24", "2024-02-30").replace('"09.00"', '"25.00"').replace("  kota: Palopo\n", "")
    problems = problems_of(write(tmp_path, text))
    assert {p.path for p in problems} == {"acara.tanggal", "acara.mulai", "instansi.kota"}


def _replace(old: str, new: str, extra: str = ""):
    return lambda: BASE.replace(old, new) + extra


CASES = [
    # (id, build text, expected path, substring of the message, text on the expected line or None)
    ("tanggal tidak ada", _replace("2024-06-24", "2024-02-30"), "acara.tanggal", "tidak ada", "tanggal: 2024-02-30"),
    ("jam 25", _replace('"09.00"', '"25.00"'), "acara.mulai", "jam", "mulai:"),
    ("jam tanpa menit", _replace('"09.00"', '"9"'), "acara.mulai", "09.00", "mulai:"),
    ("tanggal kata", _replace("2024-06-24", "besok"), "acara.tanggal", "tanggal", "tanggal: besok"),
    (
        "tempat hilang",
        _replace("  tempat: Aula Kantor Wali Kota Palopo\n", ""),
        "acara.tempat",
        "wajib diisi",
        "acara:",
    ),
    ("acara hilang", lambda: BASE.split("acara:")[0], "acara", "wajib diisi", None),
    (
        "provinsi salah ketik",
        _replace("Sulawesi Selatan", "Sulawesi Selatn"),
        "instansi.provinsi",
        "Sulawesi Selatan",
        "provinsi:",
    ),
    (
        "jenis acara",
        _replace("  nama: Rapat Koordinasi\n", "  nama: Rapat Koordinasi\n  jenis: pesta\n"),
        "acara.jenis",
        "pilih salah satu",
        "jenis: pesta",
    ),
    (
        "zona waktu",
        _replace("  nama: Rapat Koordinasi\n", "  nama: Rapat Koordinasi\n  zona_waktu: WITB\n"),
        "acara.zona_waktu",
        "tidak dikenal",
        "zona_waktu",
    ),
    ("acara berupa daftar", lambda: BASE.split("acara:")[0] + "acara:\n  - Rapat\n", "acara", "kunci: nilai", "acara:"),
    (
        "nip 17 angka",
        lambda: BASE + SURAT.replace("19700512 199803 2 004", "19700512 199803 2 04"),
        "penandatangan.nip",
        "18",
        "nip:",
    ),
    ("nip lahir mustahil", lambda: BASE + SURAT.replace("19700512", "19701332"), "penandatangan.nip", "lahir", "nip:"),
    ("golongan", lambda: BASE + SURAT.replace("IV/c", "V/a"), "penandatangan.golongan", "V/a", "golongan:"),
    (
        "status tidak dikenal",
        lambda: BASE + SURAT + "  status: Pjb\n",
        "penandatangan.status",
        "pilih salah satu",
        "status: Pjb",
    ),
    (
        "ub tanpa an",
        lambda: BASE + SURAT + "  untuk_beliau: Sekretaris Daerah\n",
        "penandatangan.untuk_beliau",
        "a.n.",
        "untuk_beliau",
    ),
    ("nomor surat kurang", lambda: BASE + SURAT.replace('  kka: "400.14"\n', ""), "surat", "kka", "surat:"),
    (
        "pola nomor",
        lambda: BASE + SURAT.replace("  unit: DP3A\n", "  unit: DP3A\n  pola_nomor: '{kka}/{nomer}'\n"),
        "surat.pola_nomor",
        "nomer",
        "pola_nomor",
    ),
    (
        "surat tanpa tanggal",
        lambda: BASE + SURAT.replace("  tanggal: 2024-06-18\n", ""),
        "surat.tanggal",
        "wajib diisi",
        "surat:",
    ),
    (
        "kertas",
        _replace(
            "  kepala_daerah: Wali Kota Palopo\n", "  kepala_daerah: Wali Kota Palopo\n  gaya:\n    kertas: Letter\n"
        ),
        "instansi.gaya.kertas",
        "F4",
        "kertas: Letter",
    ),
    (
        "ya tidak",
        _replace(
            "  kepala_daerah: Wali Kota Palopo\n",
            "  kepala_daerah: Wali Kota Palopo\n  gaya:\n    garis_bawah_nama: mungkin\n",
        ),
        "instansi.gaya.garis_bawah_nama",
        "'ya' atau 'tidak'",
        "garis_bawah_nama",
    ),
    (
        "penerima tanpa nama",
        lambda: BASE + "penerima:\n  - instansi: Dinas X\n",
        "penerima[1]",
        "nama",
        "instansi: Dinas X",
    ),
    ("berkas penerima hilang", lambda: BASE + "penerima: tidak-ada.xlsx\n", "penerima", "tidak ditemukan", "penerima:"),
    (
        "logo hilang",
        _replace("  kota: Palopo\n", "  kota: Palopo\n  logo: tidak-ada.png\n"),
        "instansi.logo",
        "tidak ditemukan",
        "logo:",
    ),
    (
        "satu pihak",
        lambda: (
            BASE
            + "pihak:\n  - instansi: Pengadilan Agama Palopo\n    alamat: Palopo\n    pejabat:\n      jabatan: Ketua\n      nama: Budi\nnota_kesepahaman:\n  tentang: Kerja sama\n"
        ),
        "pihak",
        "dua pihak",
        "pihak:",
    ),
    (
        "isian tak dikenal",
        lambda: (
            BASE
            + "sambutan:\n  - oleh:\n      jabatan: Wali Kota Palopo\n      nama: Budi\n    isi:\n      - Selamat datang di {nama_acara}.\n"
        ),
        "sambutan[1].isi[1]",
        "nama_acara",
        "Selamat datang",
    ),
    ("teks terlalu panjang", _replace("Rapat Koordinasi", "x" * 10_000), "acara.nama", "terlalu panjang", "nama: xxx"),
    (
        "kunci ganda",
        _replace("  tempat: Aula", '  mulai: "10.00"\n  tempat: Aula'),
        "acara.mulai",
        "dua kali",
        'mulai: "10.00"',
    ),
    (
        "durasi negatif",
        lambda: BASE + "susunan_acara:\n  langkah:\n    - acara: Pembukaan\n      durasi: -5\n",
        "susunan_acara.langkah[1].durasi",
        "paling kecil 0",
        "durasi: -5",
    ),
    (
        "baris kosong",
        lambda: BASE + "daftar_hadir:\n  baris_kosong: banyak\n",
        "daftar_hadir.baris_kosong",
        "20%",
        "baris_kosong",
    ),
    (
        "daftar hadir kolom",
        lambda: BASE + "daftar_hadir:\n  kolom: [no, nama, paraf]\n",
        "daftar_hadir.kolom[3]",
        "paraf",
        "kolom:",
    ),
]


@pytest.mark.parametrize(("build", "path", "needle", "line_text"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_malformed_event_reports_path_message_and_line(tmp_path, build, path, needle, line_text):
    text = build()
    problems = problems_of(write(tmp_path, text))
    matching = [p for p in problems if p.path == path]
    assert matching, f"tidak ada masalah untuk {path}: {[str(p) for p in problems]}"
    problem = matching[0]
    assert needle in f"{problem.message} {problem.hint}"
    if line_text is not None:
        assert problem.line == line_containing(text, line_text)
    assert str(problem).startswith(f"{tmp_path / 'acara.yaml'}:")


@pytest.mark.parametrize(
    ("text", "needle", "line"),
    [
        ("acara:\n\tnama: x\n", "tab", 2),
        ("acara:\n  nama: 'belum ditutup\n  tempat: x\n", "tanda kutip", 2),
        ("- satu\n- dua\n", "kunci: nilai", 1),
        ("", "kunci: nilai", 1),
        ("acara: [a, b\n", "", 2),
    ],
)
def test_yaml_syntax_errors_name_the_line(tmp_path, text, needle, line):
    problems = problems_of(write(tmp_path, text))
    assert len(problems) == 1
    assert problems[0].line == line
    assert needle in f"{problems[0].message} {problems[0].hint}"


def test_non_utf8_file_is_reported(tmp_path):
    path = tmp_path / "acara.yaml"
    path.write_bytes(BASE.replace("Rapat", "Rapat K\xe9").encode("latin-1"))
    problem = problems_of(path)[0]
    assert "UTF-8" in problem.message and problem.line == 9


@pytest.mark.parametrize(
    ("text", "path", "needle"),
    [
        (
            BASE.replace("  nama: Rapat", "  tangal: 2024-06-24\n  nama: Rapat"),
            "acara.tangal",
            "maksud Anda 'tanggal'?",
        ),
        (BASE.replace("  tanggal: 2024-06-24", "  hari: Selasa\n  tanggal: 2024-06-24"), "acara.hari", "Senin"),
        (BASE + SURAT.replace("2024-06-18", "2024-06-28"), "surat.tanggal", "sesudah tanggal acara"),
        (
            BASE + SURAT.replace("Andi Rahmawati, S.E., M.M.", "Andi Rahmawati, S.E., M.Xyz."),
            "penandatangan.nama",
            "M.Xyz",
        ),
        (
            BASE + SURAT.replace("Andi Rahmawati, S.E., M.M.", "ANDI RAHMAWATI, S.E., M.M."),
            "penandatangan.nama",
            "'Andi Rahmawati'",
        ),
    ],
)
def test_warnings_do_not_fail(tmp_path, text, path, needle):
    loaded = load_event(write(tmp_path, text))
    assert any(w.path == path and needle in f"{w.message} {w.hint}" for w in loaded.warnings), [
        str(w) for w in loaded.warnings
    ]


def test_control_character_in_yaml_is_rejected_with_its_line(tmp_path):
    problem = problems_of(write(tmp_path, BASE.replace("Rapat Koordinasi", "Rapat\x07 Koordinasi")))[0]
    assert "karakter kendali" in problem.message and problem.line == 9


def test_control_character_in_recipient_file_is_removed_with_a_warning(tmp_path):
    (tmp_path / "daftar.csv").write_text("nama,jabatan\nBudi\x07 Santoso,Lurah Wara\n", encoding="utf-8")
    loaded = load_event(write(tmp_path, BASE + "penerima: daftar.csv\n"))
    assert loaded.berkas.penerima[0].nama == "Budi Santoso"
    assert any("karakter kendali" in w.message and w.path == "baris 2, kolom nama" for w in loaded.warnings)


def test_profile_file_problems_name_the_profile(tmp_path):
    profile = "\n".join(
        line[2:] if line.startswith("  ") else line for line in BASE.split("acara:")[0].splitlines()[1:]
    )
    (tmp_path / "profil").mkdir()
    write(tmp_path / "profil", profile.replace("Sulawesi Selatan", "Atlantis"), "kantor.yaml")
    text = "instansi: profil/kantor.yaml\nacara:" + BASE.split("acara:")[1]
    problem = problems_of(write(tmp_path, text))[0]
    assert problem.file.endswith("kantor.yaml") and problem.path == "provinsi" and problem.line == 3


def test_recipient_file_problems_name_the_row(tmp_path):
    (tmp_path / "daftar.csv").write_text(
        "nama,jabatan,nip\nBudi,Lurah Wara,\n,,\nAni,Camat Wara,12345\n", encoding="utf-8"
    )
    problems = problems_of(write(tmp_path, BASE + "penerima: daftar.csv\n"))
    assert problems[0].file.endswith("daftar.csv")
    assert problems[0].path == "baris 4, kolom nip"


def test_a_jabatan_of_punctuation_only_is_an_error_at_its_line(tmp_path):
    text = BASE + SURAT.replace(
        "  jabatan: Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak\n", '  jabatan: ","\n'
    )
    path = write(tmp_path, text)
    [problem] = problems_of(path)
    assert problem.path == "penandatangan.jabatan" and "tidak berisi kata" in problem.message
    assert problem.line == line_containing(text, 'jabatan: ","')


def test_a_hijri_date_outside_the_converters_table_is_an_error_at_its_key(tmp_path):
    text = (
        (BASE + SURAT)
        .replace("tanggal: 2024-06-24", "tanggal: 2080-06-24")
        .replace("  tanggal: 2024-06-18\n", "  tanggal: 2080-06-18\n  hijriah: {tampil: ya}\n")
    )
    [problem] = problems_of(write(tmp_path, text))
    assert problem.path == "surat.hijriah" and "16 November 2077" in problem.message
    assert problem.line == line_containing(text, "hijriah:")
