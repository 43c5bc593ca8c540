"""Every command the README shows works: the POSIX blocks run here, the Windows ones are checked.

Each ```sh block runs with bash in a fresh copy of the repository, with the files the README asks the
clerk to make by hand (the Excel list, the event file of the walk-through) already there. Set-up commands
that would install packages are checked, not run: `make X` as `make -n X`, `pip install .` by the
package being where it is run; `naskah agenda …` lines, which need a register with entries (run in
tests/agenda), are parsed with every option. ```bat blocks (Windows) are parsed: every naskah command line must be a
valid command with valid options, and the set-up lines are the ones the README's Windows route gives.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest

from naskah.cli import main
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"^```(sh|bat)\n(.*?)^```", README, re.DOTALL | re.MULTILINE)
SH = [body for lang, body in BLOCKS if lang == "sh"]
BAT = [body for lang, body in BLOCKS if lang == "bat"]
BIN = Path(sys.executable).parent
COPIED = ("src", "templates", "examples", "tools", "Makefile", "setup.cfg", "pyproject.toml", "README.md")


def write_clerks_list(path: Path) -> None:
    """The list the walk-through asks for: a header row, a kelompok column, NIP and telepon as text."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nama", "Jabatan", "Instansi", "Kelompok", "No. HP", "NIP"])
    rows = [
        ("Drs. Andi Baso Mappaturung", "Kepala Dinas Pendidikan", "Dinas Pendidikan Kabupaten Sukamaju", "undangan"),
        ("Hj. St. Aisyah, S.Pd.", "Kepala Dinas Kesehatan", "Dinas Kesehatan Kabupaten Sukamaju", "undangan"),
        ("Prof. Dr. Ir. Rahmat Hidayat", "Guru Besar", "Universitas Hasanuddin", "narasumber"),
        ("dr. Wahyuni Pratiwi, M.Kes.", "Dosen", "Politeknik Kesehatan Makassar", "narasumber"),
        ("", "Camat Sukamaju Utara", "Kecamatan Sukamaju Utara", "peserta"),
        ("Muhammad Irfan, S.Kom.", "Lurah Bone", "Kecamatan Sukamaju", "peserta"),
        ("Nurhalimah, S.E.", "Bendahara", "Sekretariat Daerah", "panitia"),
    ]
    for number, row in enumerate(rows):
        sheet.append([*row, f"0852991{number:05d}", f"1979030{number + 1}200501{1 + number % 2}00{number + 1}"])
    for cells in sheet.iter_rows(min_row=2, min_col=5):
        for cell in cells:
            cell.number_format = "@"
    book.save(path)


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """A copy of the repository as a reader has it after `make demo`: `.venv/bin/naskah` is there."""
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(source, tmp_path / name)
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(tmp_path / ".venv")], check=True)
    (tmp_path / ".venv" / "bin" / "naskah").unlink(missing_ok=True)
    (tmp_path / ".venv" / "bin" / "naskah").symlink_to(BIN / "naskah")
    write_clerks_list(tmp_path / "daftar-undangan.xlsx")
    return tmp_path


def runnable(line: str) -> str:
    """Return `line` as the test runs it: installing set-up checked instead of done."""
    words = shlex.split(line, comments=True)
    if not words:
        return line
    if words[:2] == ["naskah", "agenda"]:  # needs a register with entries: parsed, see below
        return f"naskah agenda {shlex.quote(words[2])} --help >/dev/null"
    if words[0] == "make":
        return f"make -n {shlex.join(words[1:])} >/dev/null"
    if words[:3] == ["pip", "install", "."]:
        return "test -f setup.cfg -a -d src/naskah  # pip install . (checked, not run)"
    if "--pdf" in words and not shutil.which("soffice"):
        return shlex.join(w for w in words if w != "--pdf")
    return line


AGENDA = [
    shlex.split(line, comments=True)
    for block in SH
    for line in block.splitlines()
    if shlex.split(line, comments=True)[:2] == ["naskah", "agenda"]
]


def parse(args: list[str]) -> click.Command:
    """Parse `args` as the naskah command line down to the command itself; return that command.

    A group's own `make_context` leaves its subcommand's arguments unparsed, so each level is parsed.
    """
    command: click.Command = main
    context = command.make_context("naskah", list(args), resilient_parsing=False)
    while isinstance(command, click.Group):
        rest = [*context._protected_args, *context.args]
        name, found, rest = command.resolve_command(context, rest)
        assert found is not None and name is not None, args
        command = found
        context = command.make_context(name, rest, parent=context)
    return command


@pytest.mark.parametrize("words", AGENDA, ids=[" ".join(w[:3]) for w in AGENDA])
def test_every_agenda_command_in_the_readme_parses(words):
    # The register commands need a register with entries; tests/agenda runs them on one. Here: the
    # command and every option the README shows exist and take the values written.
    assert parse(words[1:]).name == words[2]


def test_parsing_a_readme_line_would_catch_a_wrong_option():
    with pytest.raises(click.UsageError):
        parse(["agenda", "daftar", "--dari-tanggal", "2024-06-01"])
    with pytest.raises(click.UsageError):
        parse(["semua", "acara.yaml", "-o", "hasil", "--kelompk", "x"])


def needs_event(block: str) -> bool:
    """Return whether the block uses acara.yaml without making it (it was made in the walk-through)."""
    return "acara.yaml" in block and "init" not in block


@pytest.mark.parametrize("block", SH, ids=[f"blok-{i + 1}" for i in range(len(SH))])
def test_every_posix_command_in_the_readme_runs(repo_copy, block):
    script = ["set -euo pipefail"]
    if needs_event(block):
        script.append("naskah init --jenis rapat acara.yaml >/dev/null")
    script += [runnable(line) for line in block.splitlines()]
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", "PYTHONIOENCODING": "utf-8"}
    env.pop("VIRTUAL_ENV", None)
    done = subprocess.run(
        ["bash", "-c", "\n".join(script)], cwd=repo_copy, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"{block}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
    assert "Traceback" not in done.stderr


def test_the_walk_through_really_makes_the_documents(repo_copy):
    walk = next(block for block in SH if "naskah semua" in block and "daftar-undangan.xlsx" in block)
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    script = "\n".join(["set -e", *(runnable(line) for line in walk.splitlines())])
    subprocess.run(["bash", "-c", script], cwd=repo_copy, env=env, check=True, capture_output=True)
    letters = sorted((repo_copy / "hasil").glob("[0-9]*.docx"))
    assert len(letters) == 7  # one per row of the clerk's list
    assert (repo_copy / "hasil" / "daftar-hadir.docx").is_file()


def test_the_readme_shows_the_blocks_it_promises():
    assert len(SH) >= 6 and len(BAT) >= 1
    for heading in (
        "## Acara baru dalam 15 menit",
        "## Menyiapkan daftar penerima di Excel",
        "## Kop dan templat sendiri",
        "## Mencetak",
        "## Windows",
        "### Menjalankan `naskah` setelah `make demo`",
    ):
        assert f"\n{heading}\n" in README, heading


# --------------------------------------------------------------------------- Windows

WINDOWS_SETUP = {"py -m venv .venv", r".venv\Scripts\pip install ."}


def windows_lines() -> list[str]:
    return [line.strip() for block in BAT for line in block.splitlines() if line.strip()]


def test_the_windows_route_installs_as_the_readme_says_and_runs_naskah_from_the_venv():
    lines = windows_lines()
    assert lines[:2] == ["py -m venv .venv", r".venv\Scripts\pip install ."]
    for line in lines:
        assert line in WINDOWS_SETUP or line.startswith(".venv\\Scripts\\naskah "), line
        assert "/" not in line.replace("-o ", ""), f"{line}: Windows paths use \\"


@pytest.mark.parametrize("line", [line for line in windows_lines() if "naskah " in line])
def test_every_windows_naskah_command_is_a_valid_command(line):
    args = shlex.split(line.split("naskah ", 1)[1], posix=False)
    try:
        parse(args)
    except click.UsageError as exc:  # pragma: no cover - the message is the failure
        pytest.fail(f"{line}: {exc.format_message()}")
    posix = [body for body in SH if shlex.join(args) in body or " ".join(args) in body]
    assert posix, f"{line}: the same command is not in a POSIX block, so it is never run here"


def test_the_windows_soffice_path_is_where_naskah_looks():
    from naskah.pdf import soffice as pdf

    mentioned = re.findall(r"`(C:\\[^`]*soffice\.exe)`", README)
    assert mentioned and all(path in pdf._KNOWN_PLACES for path in mentioned)


# --------------------------------------------------------------------------- make demo


def installed(repo: Path) -> None:
    """Mark the copy's .venv as installed (newer than every source), so `make demo` runs naskah at once."""
    stamp = repo / ".venv" / ".terpasang"
    stamp.touch()
    newest = max(p.stat().st_mtime for p in repo.rglob("*") if p.is_file() and ".venv" not in p.parts)
    os.utime(stamp, (newest + 10, newest + 10))


@pytest.mark.libreoffice
def test_make_demo_writes_the_pdfs_when_libreoffice_is_installed(repo_copy, soffice):
    installed(repo_copy)
    done = subprocess.run(["make", "demo"], cwd=repo_copy, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    out = repo_copy / "hasil" / "advokasi-palopo"
    docx = sorted(out.rglob("*.docx"))
    pdfs = {p.with_suffix(".docx") for p in out.rglob("*.pdf")}
    assert docx and set(docx) == pdfs  # a PDF beside every document
    assert ".venv/bin/naskah" in done.stdout  # where the command is, said at the end
