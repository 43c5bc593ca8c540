"""The built-in templates are reproducible: rebuilding them from tools/templat changes no byte."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_rebuilding_the_templates_gives_the_committed_files_byte_for_byte(tmp_path: Path) -> None:
    env = {**os.environ, "NASKAH_TEMPLAT_KELUARAN": str(tmp_path)}
    subprocess.run([sys.executable, "-m", "tools.templat"], cwd=ROOT, env=env, check=True, capture_output=True)
    committed = sorted((ROOT / "templates").glob("*.docx"))
    rebuilt = sorted(tmp_path.glob("*.docx"))
    assert [p.name for p in rebuilt] == [p.name for p in committed]
    changed = [p.name for p in committed if p.read_bytes() != (tmp_path / p.name).read_bytes()]
    assert changed == [], f"jalankan: python -m tools.templat (berubah: {', '.join(changed)})"
