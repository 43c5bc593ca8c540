"""The package list in setup.cfg is the source tree's: an editable install hides a stale entry, a clean one fails."""

from __future__ import annotations

import configparser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def listed_packages() -> set[str]:
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    return {line.strip() for line in config["options"]["packages"].splitlines() if line.strip()}


def source_packages() -> set[str]:
    source = ROOT / "src"
    found = {".".join(init.parent.relative_to(source).parts) for init in source.rglob("__init__.py")}
    return found | {"naskah.templates"}  # templates/ is shipped as a package through package_dir


def test_setup_cfg_lists_exactly_the_packages_in_the_source_tree():
    assert listed_packages() == source_packages()
