"""Click's own words reach the clerk in Indonesian: help headings, the help option, usage errors."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from naskah.cli import main
from naskah.cli_indonesia import indonesian_message


def run(*args: str):
    return CliRunner().invoke(main, list(args), prog_name="naskah")


def test_help_is_indonesian_throughout():
    result = run("undangan", "--help")
    assert result.exit_code == 0
    assert result.output.startswith("Pemakaian: naskah undangan [PILIHAN] BERKAS")
    assert "Pilihan:" in result.output and "Tampilkan bantuan ini lalu keluar." in result.output
    for english in ("Usage:", "Options:", "Show this message"):
        assert english not in result.output
    assert "Perintah:" in run("--help").output and "Tampilkan versi naskah" in run("--help").output


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["periksa"], "Galat: argumen BERKAS belum diisi"),
        (["undangan", "x.yaml"], "Galat: pilihan '-o' / '--keluaran' wajib diisi"),
        (["undangan", "x.yaml", "-o"], "Galat: pilihan '-o' memerlukan nilai"),
        (["periksa", "--tmpa", "x.yaml"], "Galat: pilihan --tmpa tidak dikenal"),
        (["bikin"], "Galat: perintah 'bikin' tidak dikenal"),
        (
            ["init", "--jenis", "pesta", "x.yaml"],
            "Galat: nilai 'pesta' untuk '--jenis' tidak dikenal; pilih salah satu:",
        ),
        (["periksa", "a.yaml", "b.yaml"], "Galat: argumen berlebih: b.yaml"),
    ],
)
def test_usage_errors_are_indonesian_with_exit_2(args, expected):
    result = run(*args)
    assert result.exit_code == 2
    assert expected in result.output
    if args[-1] != "-o":  # click raises "requires an argument" without a context, so with no usage line
        assert "Pemakaian: naskah" in result.output and "untuk bantuan" in result.output
    assert "Error:" not in result.output and "Try '" not in result.output


def test_unknown_messages_pass_through_unchanged():
    assert indonesian_message("Sesuatu yang lain.") == "Sesuatu yang lain."
