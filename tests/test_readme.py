"""The README's reference is generated from the schema and the commands, and its two commands exist."""

from __future__ import annotations

import re

from naskah.cli import main
from naskah.commands.referensi import MULAI, SELESAI, replace_reference
from naskah.domain import schema
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_reference_is_up_to_date():
    assert replace_reference(README, main) == README, "jalankan: python tools/perbarui_readme.py"


def test_reference_names_every_schema_key():
    reference = README.split(MULAI)[1].split(SELESAI)[0]
    for model in (schema.BerkasAcara, schema.Acara, schema.Surat, schema.Instansi, schema.Gaya, schema.Penandatangan):
        for name in model.model_fields:
            assert f"| `{name}` |" in reference, f"{model.__name__}.{name} tidak ada di README"


def test_readme_gives_the_two_setup_commands_and_ci_runs_the_test_one():
    assert re.search(r"^make demo\b", README, re.MULTILINE)
    assert re.search(r"^make test\b", README, re.MULTILINE)
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
