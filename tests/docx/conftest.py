"""Fixtures for the rendering tests: templates built with python-docx in `tmp_path`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.docx.docx_fixtures import build_letter


@pytest.fixture
def letter(tmp_path: Path) -> Callable[..., Path]:
    """Return a builder: ``letter(name="surat.docx", **options)`` → path of a fixture template."""

    def build(name: str = "surat.docx", **options: Any) -> Path:
        return build_letter(tmp_path / name, **options)

    return build
