"""The command line: help, version, init, periksa, and one clean Indonesian error with an exit code."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from naskah import __version__
from naskah.cli import main
from naskah.errors import Stopped
from tests.events import BASE

JENIS = ("advokasi", "upacara", "hari-kartini", "rapat")


def run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"naskah {__version__}"


def test_help_is_indonesian_and_lists_every_command():
    result = run("--help")
    assert result.exit_code == 0
    assert "berkas acara YAML" in result.output
    for name in (
        "init",
        "periksa",
        "undangan",
        "sambutan",
        "daftar-hadir",
        "nota-kesepahaman",
        "susunan-acara",
        "semua",
        "templat",
    ):
        assert f"  {name}" in result.output


def test_python_dash_m_works():
    done = subprocess.run([sys.executable, "-m", "naskah", "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and __version__ in done.stdout


@pytest.mark.parametrize("jenis", JENIS)
def test_init_writes_a_file_that_passes_periksa(tmp_path, jenis):
    target = tmp_path / f"{jenis}.yaml"
    assert run("init", "--jenis", jenis, target).exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert text.count("\n# ") >= 10  # every top-level key is explained
    result = run("periksa", target)
    assert result.exit_code == 0, result.output
    assert "sah." in result.output
    assert "peringatan" not in result.output


def test_init_never_overwrites(tmp_path):
    target = tmp_path / "acara.yaml"
    target.write_text("punya saya\n", encoding="utf-8")
    result = run("init", target)
    assert result.exit_code != 0
    assert "sudah ada" in result.output
    assert target.read_text(encoding="utf-8") == "punya saya\n"


def test_periksa_valid_file(tmp_path):
    path = tmp_path / "acara.yaml"
    path.write_text(BASE, encoding="utf-8")
    result = run("periksa", path)
    assert result.exit_code == 0
    assert "Senin, 24 Juni 2024, 09.00 WITA s.d. selesai" in result.output


def test_periksa_reports_every_problem_with_line_and_exit_1(tmp_path):
    path = tmp_path / "acara.yaml"
    path.write_text(BASE.replace("2024-06-24", "2024-02-30").replace('"09.00"', '"25.00"'), encoding="utf-8")
    result = run("periksa", path)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines[0].startswith(f"{path}:10: acara.tanggal: ")
    assert lines[1].startswith(f"{path}:11: acara.mulai: ")
    assert lines[-1] == "2 masalah ditemukan; perbaiki lalu jalankan lagi."
    assert "Traceback" not in result.output


def test_periksa_prints_warnings_but_passes(tmp_path):
    path = tmp_path / "acara.yaml"
    path.write_text(BASE.replace("  nama: Rapat", "  tempt: x\n  nama: Rapat"), encoding="utf-8")
    result = run("periksa", path)
    assert result.exit_code == 0
    assert (
        f"peringatan: {path}:9: acara.tempt: kunci 'tempt' tidak dikenal dan diabaikan (maksud Anda 'tempat'?)"
        in result.output
    )


def test_missing_file_is_one_line(tmp_path):
    result = run("periksa", tmp_path / "tidak-ada.yaml")
    assert result.exit_code == 1
    assert (
        result.output.strip()
        == f"{tmp_path / 'tidak-ada.yaml'}: berkas tidak ditemukan (periksa nama dan letak berkas)"
    )


def test_unknown_option_is_usage_error():
    result = run("periksa", "--tidak-ada")
    assert result.exit_code == 2


def test_periksa_runs_the_documents_own_checks(tmp_path):
    path = tmp_path / "acara.yaml"
    path.write_text(BASE + "susunan_acara:\n  preset: hari-kartini\n  hapus:\n    - Tari Pembukaan\n", encoding="utf-8")
    result = run("periksa", path)
    assert result.exit_code == 1
    assert f"{path}:16: susunan_acara.hapus[1]: " in result.output
    path.write_text(
        BASE + "hadirin:\n  - Ketua Klub Catur\nsambutan:\n  - oleh:\n      jabatan: Wali Kota Palopo\n"
        "      nama: Budi\n",
        encoding="utf-8",
    )
    result = run("periksa", path)
    assert result.exit_code == 0
    assert "Ketua Klub Catur" in result.output and "peringatan" in result.output


def test_the_systems_reasons_are_said_in_indonesian():
    import errno

    from naskah.errors import os_reason

    assert os_reason(PermissionError(errno.EACCES, "Permission denied")).startswith("tidak ada izin")
    assert os_reason(OSError(errno.ENOSPC, "No space left on device")).startswith("disk penuh")
    assert os_reason(OSError("tanpa errno")) == "galat sistem berkas"


def _group_raising(exc: BaseException):
    from naskah.cli import NaskahGroup

    @click.group(cls=NaskahGroup)
    def group() -> None:
        pass

    @group.command("jalan")
    def run() -> None:
        raise exc

    return group


def _set_name_error(inner: BaseException) -> RuntimeError:
    try:
        try:
            raise inner
        except BaseException as exc:
            raise RuntimeError("Error calling __set_name__ on 'Field' instance") from exc
    except RuntimeError as wrapped:
        return wrapped


@pytest.mark.parametrize(
    ("inner", "code", "said"),
    [(KeyboardInterrupt(), 130, "Dibatalkan"), (Stopped(15), 143, "Dihentikan (SIGTERM)")],
    ids=["ctrl-c", "sigterm"],
)
def test_a_stop_signal_wrapped_by_python_during_an_import_still_stops_cleanly(inner, code, said):
    result = CliRunner().invoke(_group_raising(_set_name_error(inner)), ["jalan"])
    assert result.exit_code == code and said in result.output and "Traceback" not in result.output


def test_a_runtime_error_without_an_interrupt_is_not_taken_for_one():
    result = CliRunner().invoke(_group_raising(RuntimeError("bug")), ["jalan"])
    assert isinstance(result.exception, RuntimeError) and result.exit_code == 1
