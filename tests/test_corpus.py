"""Bad-input corpus through the real CLI: one clear Indonesian line, the right exit code, nothing written."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from naskah.cli import main
from tests.conftest import docx_text
from tests.corpus.berkas import (
    CSV_OK,
    EVENT,
    docx_with_body_text,
    junk_zip,
    replaced,
    rezip,
    snapshot,
    with_penerima,
    xlsx,
)
from tests.corpus.kasus import CASES, Case
from tests.corpus.templat import BOMBS, BROKEN, BROKEN_BUILDERS

# Words that betray an untranslated message (PyYAML's, click's or Python's own).
ENGLISH = re.compile(r"\b(Error|Invalid|invalid|not|the|does|such|expected|found|while|cannot|could|is|of)\b")


def prepare(tmp_path: Path, case: Case) -> Path:
    for name, content in case.files:
        target = tmp_path / name
        target.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    event = tmp_path / "acara.yaml"
    event.write_bytes(case.text if isinstance(case.text, bytes) else case.text.encode("utf-8"))
    (tmp_path / "hasil").mkdir()
    (tmp_path / "hasil" / "catatan.txt").write_text("milik pengguna\n", encoding="utf-8")
    return event


def invoke(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def message_line(stderr: str, names: tuple[str, ...]) -> str:
    """Return the stderr line naming all of `names`; fail showing stderr when there is none."""
    lines = [line for line in stderr.splitlines() if all(n in line for n in names)]
    assert lines, f"tidak ada baris yang memuat {names}:\n{stderr}"
    return lines[0]


RUNS = [pytest.param(case, command, id=f"{case.id}-{command}") for case in CASES for command in case.commands]


@pytest.mark.parametrize(("case", "command"), RUNS)
def test_bad_input_is_one_clear_line_and_writes_nothing(tmp_path, case, command):
    event = prepare(tmp_path, case)
    before = snapshot(tmp_path)
    args = [command, event] if command == "periksa" else [command, event, "-o", tmp_path / "hasil"]
    result = invoke(*args)
    assert result.exit_code == case.code, result.output
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    line = message_line(result.stderr, case.expected())
    assert str(tmp_path) in line or case.names[0] in line
    assert not ENGLISH.search(line.replace(str(tmp_path), "")), line
    assert snapshot(tmp_path) == before


def test_the_corpus_base_event_is_valid(tmp_path):
    event = tmp_path / "acara.yaml"
    event.write_text(EVENT, encoding="utf-8")
    result = invoke("undangan", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert len(list((tmp_path / "hasil").glob("*.docx"))) >= 2


def test_the_corpus_is_big_enough():
    assert len(CASES) >= 50
    assert len({c.id for c in CASES}) == len(CASES)


# --------------------------------------------------------------------------- inputs that must WORK


def run_undangan(tmp_path: Path, text: str, files: dict[str, bytes] | None = None):
    """Return the result of `naskah undangan` on `text` and the visible text of every letter written."""
    for name, content in (files or {}).items():
        (tmp_path / name).write_bytes(content)
    event = tmp_path / "acara.yaml"
    event.write_text(text, encoding="utf-8")
    result = invoke("undangan", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    letters = sorted((tmp_path / "hasil").glob("*.docx"))
    return result, {p.name: docx_text(p) for p in letters}


def test_csv_in_latin_1_works_with_the_right_names(tmp_path):
    data = "nama;jabatan\nJosé Ramos-Horta;Lurah Wara\nAndré Müller;Camat Wara Utara\n".encode("cp1252")
    result, texts = run_undangan(tmp_path, with_penerima("daftar.csv"), {"daftar.csv": data})
    assert "bukan UTF-8" in result.stderr and "daftar.csv" in result.stderr
    letters = "".join(texts.values())
    assert "José Ramos-Horta" in letters and "André Müller" in letters
    assert "\ufffd" not in letters


def test_csv_with_utf8_bom_works_and_finds_the_nama_column(tmp_path):
    data = "\ufeffnama,jabatan\nI Gusti Ayu Ngurah,Lurah Wara\n".encode("utf-8")
    result, texts = run_undangan(tmp_path, with_penerima("daftar.csv"), {"daftar.csv": data})
    assert "peringatan" not in result.stderr
    assert any("I Gusti Ayu Ngurah" in t for t in texts.values())
    assert not any("\ufeff" in t for t in texts.values())


def test_csv_quotes_doubled_by_excel_are_read_back(tmp_path):
    data = b'nama,jabatan\n"Yayasan ""Harapan"" Bangsa","Ketua, Bidang Anak"\n'
    _, texts = run_undangan(tmp_path, with_penerima("daftar.csv"), {"daftar.csv": data})
    assert any('Yayasan "Harapan" Bangsa' in t and "Ketua, Bidang Anak" in t for t in texts.values())


def test_control_characters_in_csv_are_stripped_with_a_warning(tmp_path):
    data = b"nama,jabatan\nBudi\x07 Santoso,Lurah\x0b Wara\n"
    result, texts = run_undangan(tmp_path, with_penerima("daftar.csv"), {"daftar.csv": data})
    assert message_line(result.stderr, ("peringatan: ", "daftar.csv: baris 2, kolom nama: ", "karakter kendali"))
    assert message_line(result.stderr, ("daftar.csv: baris 2, kolom jabatan: ", "karakter kendali"))
    assert any("Budi Santoso" in t and "Lurah Wara" in t for t in texts.values())


def test_control_characters_in_xlsx_are_stripped_with_a_warning(tmp_path):
    # Excel stores a pasted BEL or ESC as _x0007_ / _x001B_ inside the cell text.
    book = rezip(
        xlsx([["nama", "jabatan"], ["Budi MARK Santoso", "Lurah Wara"]]),
        lambda n, b: b.replace(b"MARK", b"_x0007__x001B_") if "sheet1" in n else b,
    )
    result, texts = run_undangan(tmp_path, with_penerima("daftar.xlsx"), {"daftar.xlsx": book})
    assert message_line(result.stderr, ("peringatan: ", "daftar.xlsx: baris 2, kolom nama: ", "karakter kendali"))
    letters = "".join(texts.values())
    assert "Budi  Santoso" in letters and "_x00" not in letters


def test_right_to_left_text_and_emoji_survive_into_the_document(tmp_path):
    text = replaced("Rapat Koordinasi", "Rapat 🇮🇩 Koordinasi مرحبا \u202bشكرا\u202c").replace(
        "nama: Budi Santoso", 'nama: "Budi 👍🏽 Santoso עברית"'
    )
    _, texts = run_undangan(tmp_path, text)
    budi = next(t for t in texts.values() if "Budi" in t)
    assert "Budi 👍🏽 Santoso עברית" in budi
    assert "Rapat 🇮🇩 Koordinasi مرحبا \u202bشكرا\u202c" in budi


# --------------------------------------------------------------------------- output folders


def event_in(tmp_path: Path) -> Path:
    event = tmp_path / "acara.yaml"
    event.write_text(EVENT, encoding="utf-8")
    return event


def test_output_folder_that_is_a_file(tmp_path):
    event = event_in(tmp_path)
    (tmp_path / "hasil").write_text("bukan folder", encoding="utf-8")
    before = snapshot(tmp_path)
    result = invoke("undangan", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 1
    assert message_line(result.stderr, ("Galat: ", str(tmp_path / "hasil"), "bukan folder"))
    assert snapshot(tmp_path) == before


def test_event_path_that_is_a_folder(tmp_path):
    result = invoke("undangan", tmp_path, "-o", tmp_path / "hasil")
    assert result.exit_code == 1
    assert message_line(result.stderr, (f"{tmp_path}: ", "folder, bukan berkas acara"))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["undangan", "daftar-hadir", "semua"])
def test_output_folder_below_a_file_cannot_be_made(tmp_path, command):
    event = event_in(tmp_path)
    (tmp_path / "berkas").write_text("x", encoding="utf-8")
    before = snapshot(tmp_path)
    result = invoke(command, event, "-o", tmp_path / "berkas" / "hasil")
    assert result.exit_code == 1, result.output
    assert message_line(result.stderr, (str(tmp_path / "berkas" / "hasil"), "tidak dapat dibuat"))
    assert "Traceback" not in result.output
    assert snapshot(tmp_path) == before


def test_output_folder_in_proc_cannot_be_written(tmp_path):
    result = invoke("undangan", event_in(tmp_path), "-o", "/proc/naskah-hasil")
    assert result.exit_code == 1
    assert message_line(result.stderr, ("/proc/naskah-hasil", "keluaran"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root menulis di folder 0o500 juga; varian berkas-sebagai-folder di atas")
def test_read_only_output_folder(tmp_path):
    folder = tmp_path / "hasil"
    folder.mkdir(mode=0o500)
    try:
        result = invoke("undangan", event_in(tmp_path), "-o", folder)
        assert result.exit_code == 1
        assert message_line(result.stderr, (str(folder), "tidak dapat ditulisi"))
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize("command", ["undangan", "daftar-hadir", "semua"])
def test_existing_output_is_refused_without_timpa_and_left_unchanged(tmp_path, command):
    event = event_in(tmp_path)
    first = invoke(command, event, "-o", tmp_path / "hasil")
    assert first.exit_code == 0, first.output
    before = snapshot(tmp_path)
    again = invoke(command, event, "-o", tmp_path / "hasil")
    assert again.exit_code == 2
    assert message_line(again.stderr, (str(tmp_path / "hasil"), "sudah ada", "--timpa"))
    assert snapshot(tmp_path) == before
    assert invoke(command, event, "-o", tmp_path / "hasil", "--timpa").exit_code == 0


# --------------------------------------------------------------------------- usage, templates, pictures


def test_missing_output_option_is_a_usage_error(tmp_path):
    result = invoke("undangan", event_in(tmp_path))
    assert result.exit_code == 2
    assert "--keluaran" in result.stderr


def test_missing_event_file_names_it(tmp_path):
    result = invoke("undangan", tmp_path / "tidak-ada.yaml", "-o", tmp_path / "hasil")
    assert result.exit_code == 1
    assert message_line(result.stderr, (str(tmp_path / "tidak-ada.yaml"), "tidak ditemukan"))
    assert not (tmp_path / "hasil").exists()


def test_penerima_option_with_a_broken_list_names_that_list(tmp_path):
    (tmp_path / "lain.xlsx").write_text(CSV_OK, encoding="utf-8")
    event = event_in(tmp_path)
    before = snapshot(tmp_path)
    result = invoke("undangan", event, "-o", tmp_path / "hasil", "--penerima", tmp_path / "lain.xlsx")
    assert result.exit_code == 1
    assert message_line(result.stderr, (f"{tmp_path / 'lain.xlsx'}: ", "bukan berkas Excel"))
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("command", ["undangan", "daftar-hadir"])
def test_penerima_option_with_a_missing_list_is_indonesian(tmp_path, command):
    result = invoke(command, event_in(tmp_path), "-o", tmp_path / "hasil", "--penerima", tmp_path / "tidak-ada.csv")
    assert result.exit_code == 1
    assert message_line(result.stderr, ("tidak-ada.csv", "tidak ditemukan"))


def with_template(tmp_path: Path, content: bytes, kind: str = "undangan") -> Path:
    (tmp_path / "templat.docx").write_bytes(content)
    event = tmp_path / "acara.yaml"
    event.write_text(EVENT + f"templat:\n  {kind}: templat.docx\n", encoding="utf-8")
    return event


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (CSV_OK.encode(), "templat.docx"),
        (junk_zip(), "templat.docx"),
        (docx_with_body_text("{{ kop.nama_salah }}"), "nama_salah"),
        (docx_with_body_text("{% for x in %}"), "baris"),
        (docx_with_body_text("{{ kop.pemerintah | tidak_ada }}"), "tidak_ada"),
    ],
    ids=["teks", "zip-sampah", "kolom-salah", "for-rusak", "filter-salah"],
)
def test_broken_user_template_is_one_line_and_writes_nothing(tmp_path, content, needle):
    event = with_template(tmp_path, content)
    before = snapshot(tmp_path)
    result = invoke("undangan", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("Galat: ") and "templat.docx" in result.stderr and needle in result.stderr
    assert "Traceback" not in result.output
    assert snapshot(tmp_path) == before


# docxtpl would swallow everything up to the next '}}'; the template is checked before use instead.
def test_unclosed_tag_in_user_template_is_refused_not_swallowed(tmp_path):
    event = with_template(tmp_path, docx_with_body_text("{{ kop.pemerintah "))
    before = snapshot(tmp_path)
    result = invoke("undangan", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 1
    assert (
        "templat.docx" in result.stderr and "tidak berpasangan" in result.stderr and "kop.pemerintah" in result.stderr
    )
    assert snapshot(tmp_path) == before


def test_logo_that_is_not_a_picture(tmp_path):
    (tmp_path / "logo.png").write_text("bukan gambar", encoding="utf-8")
    event = tmp_path / "acara.yaml"
    event.write_text(replaced("  kota: Palopo\n", "  kota: Palopo\n  logo: logo.png\n"), encoding="utf-8")
    before = snapshot(tmp_path)
    result = invoke("undangan", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 1, result.output
    assert "logo" in result.stderr and "Traceback" not in result.output
    assert snapshot(tmp_path) == before


# --------------------------------------------------------------------------- a real process


SUBPROCESS_CASES = [
    "alias-melingkar",
    "logo-nul",
    "xlsx-lembar-rusak",
    "csv-sel-raksasa",
    "kurung-bersarang",
    "alias-teks-panjang",
    "pola-lebar-raksasa",
    "csv-kutip-tak-ditutup",
    "xlsx-rumus-tanpa-nilai",
]


@pytest.mark.parametrize("case_id", SUBPROCESS_CASES)
def test_no_traceback_reaches_stderr_of_a_real_process(tmp_path, case_id):
    case = next(c for c in CASES if c.id == case_id)
    event = prepare(tmp_path, case)
    before = snapshot(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "naskah", "undangan", str(event), "-o", str(tmp_path / "hasil")],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "Error:" not in done.stderr
    assert message_line(done.stderr, case.expected())
    assert snapshot(tmp_path) == before


def test_existing_output_in_a_real_process(tmp_path):
    event = event_in(tmp_path)
    command = [sys.executable, "-m", "naskah", "undangan", str(event), "-o", str(tmp_path / "hasil")]
    assert subprocess.run(command, capture_output=True, check=False, timeout=60).returncode == 0
    before = snapshot(tmp_path)
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 2 and "sudah ada" in done.stderr and "Traceback" not in done.stderr
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (None, "tidak ditemukan"),
        (b"bukan docx", "bukan berkas .docx"),
        (junk_zip(), "bukan dokumen Word"),
        (docx_with_body_text("{{ kop.pemerintah "), "tidak berpasangan"),
        (docx_with_body_text("{{ ''.__class__ }}"), "bagian dalam Python"),
    ],
    ids=["hilang", "teks", "zip-sampah", "tag-terbuka", "python"],
)
def test_templat_periksa_on_bad_files(tmp_path, content, needle):
    target = tmp_path / "templat.docx"
    if content is not None:
        target.write_bytes(content)
    before = snapshot(tmp_path)
    result = invoke("templat", "periksa", target, "--jenis", "undangan")
    assert result.exit_code == 1, result.output
    assert "templat.docx" in result.output and needle in result.output
    assert "Traceback" not in result.output
    assert snapshot(tmp_path) == before


# --------------------------------------------------------------------------- hostile templates: bounded, one line


@pytest.fixture
def short_time_budget(monkeypatch):
    """One second per part instead of ten: the endless loops end sooner (a letter takes milliseconds)."""
    from naskah.docx import environment

    monkeypatch.setattr(environment, "TIME_BUDGET_SECONDS", 1.0)


@pytest.mark.parametrize("bomb", BOMBS, ids=[b.id for b in BOMBS])
def test_template_bombs_stop_with_one_line_naming_the_bound(tmp_path, bomb, short_time_budget):
    event = with_template(tmp_path, bomb.bytes())
    (tmp_path / "hasil").mkdir()
    (tmp_path / "hasil" / "catatan.txt").write_text("milik pengguna\n", encoding="utf-8")
    before = snapshot(tmp_path)
    result = invoke("undangan", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 1, result.output
    line = message_line(result.stderr, ("templat.docx", *bomb.words))
    assert line.startswith("Galat: ") and "Traceback" not in result.output
    assert not ENGLISH.search(line.replace(str(tmp_path), "")), line
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize(("case_id", "content", "words"), BROKEN, ids=[c[0] for c in BROKEN])
def test_broken_template_packages_are_told_in_indonesian(tmp_path, case_id, content, words):
    event = with_template(tmp_path, content if content is not None else BROKEN_BUILDERS[case_id]())
    before = snapshot(tmp_path)
    result = invoke("undangan", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 1, result.output
    line = message_line(result.stderr, ("templat.docx", *words))
    assert "simpan ulang" in line and not ENGLISH.search(line.replace(str(tmp_path), "")), line
    assert snapshot(tmp_path) == before


BOUNDED_RUN = """
import resource, sys
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from naskah.docx import environment
environment.TIME_BUDGET_SECONDS = 1.0
from naskah.cli import main
main(sys.argv[2:], prog_name="naskah")
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="resource limits as on POSIX")
@pytest.mark.parametrize("bomb", BOMBS, ids=[b.id for b in BOMBS])
def test_every_template_bomb_runs_within_an_address_space_limit(tmp_path, bomb):
    """Each bomb, unbounded, needs gigabytes (or never ends); under 1.5 GiB of address space it ends cleanly."""
    event = with_template(tmp_path, bomb.bytes())
    limit = 1536 * 1024 * 1024
    command = [sys.executable, "-c", BOUNDED_RUN, str(limit), "undangan", str(event), "-o", str(tmp_path / "hasil")]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 1, done.stderr[-2000:]
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr
    assert message_line(done.stderr, ("templat.docx", *bomb.words))
    assert not (tmp_path / "hasil").exists()


def test_a_full_disk_is_one_indonesian_line_and_leaves_nothing(tmp_path, monkeypatch):
    """Every write lands on /dev/full, which fails as a full disk does (ENOSPC) when the data is flushed."""
    from naskah import keluaran

    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    real_fdopen = os.fdopen

    def full(fd: int, *args: object, **kwargs: object):
        os.close(os.open("/dev/null", os.O_RDONLY))
        replacement = os.open("/dev/full", os.O_WRONLY)
        os.dup2(replacement, fd)
        os.close(replacement)
        return real_fdopen(fd, *args, **kwargs)

    event = event_in(tmp_path)
    (tmp_path / "hasil").mkdir()
    (tmp_path / "hasil" / "catatan.txt").write_text("milik pengguna\n", encoding="utf-8")
    before = snapshot(tmp_path)
    monkeypatch.setattr(keluaran.os, "fdopen", full)
    result = invoke("undangan", event, "-o", tmp_path / "hasil")
    monkeypatch.undo()
    assert result.exit_code == 1, result.output
    line = message_line(result.stderr, ("hasil", "disk penuh"))
    assert "No space" not in result.stderr and "Traceback" not in result.output, line
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("command", ["undangan", "semua"])
def test_a_300_character_folder_name_is_one_indonesian_line(tmp_path, command):
    event = event_in(tmp_path)
    before = snapshot(tmp_path)
    result = invoke(command, event, "-o", tmp_path / ("h" * 300))
    assert result.exit_code == 1, result.output
    line = message_line(result.stderr, ("terlalu panjang",))
    assert "File name too long" not in result.stderr and "Traceback" not in result.output, line
    assert snapshot(tmp_path) == before
