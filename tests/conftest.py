"""Shared test helpers: visible text of .docx files, golden text files, LibreOffice availability."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="tulis ulang berkas golden/*.txt dari hasil sekarang")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "libreoffice: merender PDF dengan LibreOffice (pilih dengan -m libreoffice)")


def docx_text(path: Path) -> str:
    """Return the visible text of a .docx: paragraphs and tables in body order, headers and footers first."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        if block.tag.endswith("}p"):
            lines.append(Paragraph(block, document).text)
        elif block.tag.endswith("}tbl"):
            for row in Table(block, document).rows:
                lines.append(" | ".join(_unique_cells(row)))
    # Visible text: the layout's zero-width break opportunities show as nothing, its no-break spaces as spaces.
    return "\n".join(lines).replace("\u200b", "").replace("\u2060", "").replace("\u00a0", " ") + "\n"


def _unique_cells(row) -> list[str]:
    seen, cells = set(), []
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append(cell.text)
    return cells


@pytest.fixture
def golden(request: pytest.FixtureRequest):
    """Compare text with tests/golden/NAME.txt (or rewrite it with --update-golden)."""

    def check(name: str, actual: str) -> None:
        path = GOLDEN / f"{name}.txt"
        if request.config.getoption("--update-golden") or not path.exists() and os.environ.get("NASKAH_BUAT_GOLDEN"):
            path.write_text(actual, encoding="utf-8")
        assert path.exists(), f"golden {path.name} belum ada: jalankan pytest --update-golden"
        assert actual == path.read_text(encoding="utf-8")

    return check


@pytest.fixture(scope="session")
def soffice() -> str:
    """Return the LibreOffice executable; CI (NASKAH_WAJIB_LIBREOFFICE=1) fails instead of skipping."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        if os.environ.get("NASKAH_WAJIB_LIBREOFFICE"):
            pytest.fail("LibreOffice (soffice) tidak terpasang, padahal CI mewajibkannya")
        pytest.skip("LibreOffice tidak terpasang")
    return exe


@pytest.fixture(scope="session")
def pdftotext() -> str:
    """Return poppler's pdftotext (reads PDFs in the LibreOffice tests); CI fails instead of skipping."""
    exe = shutil.which("pdftotext")
    if exe is None:
        if os.environ.get("NASKAH_WAJIB_LIBREOFFICE"):
            pytest.fail("pdftotext (poppler-utils) tidak terpasang, padahal CI mewajibkannya")
        pytest.skip("pdftotext tidak terpasang")
    return exe
