"""The README's reference is generated from the schema and the commands, and its two commands exist."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import click

from naskah.cli import main
from naskah.commands.referensi import MULAI, SELESAI, replace_reference
from naskah.domain import schema
from naskah.jenis import JENIS, NAMA_TEMPLAT
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_reference_is_up_to_date():
    # A fresh interpreter: click caches each command's help option, so earlier CliRunner calls on a
    # subcommand alone would change the generated help text.
    script = (
        "import sys; from naskah.cli import main; from naskah.commands.referensi import replace_reference; "
        "sys.stdout.write(replace_reference(sys.stdin.read(), main))"
    )
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}  # CI may run without a UTF-8 locale
    done = subprocess.run(
        [sys.executable, "-c", script], input=README, capture_output=True, encoding="utf-8", env=env, check=True
    )
    assert done.stdout == README, "jalankan: python tools/perbarui_readme.py"


def test_reference_generation_replaces_only_the_marked_block():
    stale = README.replace(SELESAI, "usang\n" + SELESAI)
    assert replace_reference(stale, main).count(MULAI) == 1
    assert "usang" not in replace_reference(stale, main)


def test_reference_names_every_schema_key():
    reference = README.split(MULAI)[1].split(SELESAI)[0]
    for model in (schema.BerkasAcara, schema.Acara, schema.Surat, schema.Instansi, schema.Gaya, schema.Penandatangan):
        for name in model.model_fields:
            assert f"| `{name}` |" in reference, f"{model.__name__}.{name} tidak ada di README"


def test_readme_gives_the_two_setup_commands_and_ci_runs_the_test_one():
    assert re.search(r"^make demo\b", README, re.MULTILINE)
    assert re.search(r"^make test\b", README, re.MULTILINE)
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


REFERENCE = README.split(MULAI)[1].split(SELESAI)[0]


def test_every_usage_line_names_the_program_once_and_its_own_command():
    usages = re.findall(r"^Pemakaian: (.*)$", REFERENCE, re.MULTILINE)
    headings = re.findall(r"^### `(naskah [^`]*)`$", REFERENCE, re.MULTILINE)
    assert usages and all(not usage.startswith("naskah naskah") for usage in usages)
    groups = {f"naskah {name}" for name, command in main.commands.items() if isinstance(command, click.Group)}
    commands = [h for h in headings if h not in groups]  # a group's own usage is not printed
    assert [usage.split(" [")[0].split(" BERKAS")[0] for usage in usages] == commands


def test_every_document_kind_has_its_command_in_the_reference():
    for jenis in JENIS:
        assert f"### `naskah {jenis.perintah}`" in REFERENCE
        assert jenis.bantuan.split(":")[0] in REFERENCE


def test_the_template_key_lists_exactly_the_template_kinds_naskah_accepts():
    rows = [line for line in REFERENCE.splitlines() if line.startswith("| `templat` |")]
    assert len(rows) == 2  # the event's and the office profile's
    for row in rows:
        listed = re.search(r"per jenis naskah[^(]*\(([^)]*)\)", row)
        assert listed is not None and listed.group(1).split(", ") == list(NAMA_TEMPLAT)
