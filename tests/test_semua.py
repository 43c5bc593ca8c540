"""`naskah semua`: every document the event has data for, one folder per kind, all or nothing; with --pdf too.

Tests marked `libreoffice` render real PDFs (the `soffice` fixture fails instead of skipping in CI).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from naskah.cli import main
from naskah.commands import semua
from naskah.domain.loader import load_event
from naskah.errors import RenderError
from naskah.jenis import nota_kesepahaman
from tests.conftest import EXAMPLES

PALOPO = EXAMPLES / "advokasi-palopo.yaml"
PESAWARAN = EXAMPLES / "hari-kartini-pesawaran.yaml"
ALL_FOLDERS = {"undangan", "sambutan", "susunan-acara", "daftar-hadir", "nota-kesepahaman", "amplop", "label"}


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def tree(folder: Path) -> dict[str, bytes]:
    """Return every file under `folder` (relative name → content); temp files included, so leftovers show."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def palopo(tmp_path_factory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("semua") / "advokasi-palopo"
    result = run("semua", PALOPO, "-o", out)
    assert result.exit_code == 0, result.output
    return out, result.output


def test_every_document_goes_into_its_own_folder(palopo):
    out, _ = palopo
    assert {p.name for p in out.iterdir()} == ALL_FOLDERS
    assert (out / "undangan" / "undangan-gabungan.docx").is_file()
    assert (out / "sambutan" / "sambutan-1-penjabat-wali-kota-palopo.docx").is_file()
    assert {p.name for p in (out / "susunan-acara").iterdir()} == {"susunan-acara.docx", "naskah-pembawa-acara.docx"}
    assert [p.name for p in (out / "daftar-hadir").iterdir()] == ["daftar-hadir.docx"]
    assert [p.name for p in (out / "nota-kesepahaman").iterdir()] == ["nota-kesepahaman.docx"]
    assert [p.name for p in (out / "amplop").iterdir()] == ["amplop-gabungan.docx"]  # per recipient only on request
    assert [p.name for p in (out / "label").iterdir()] == ["label-gabungan.docx"]
    assert not [p for p in out.rglob(".*")]  # no temporary files left behind


def test_the_summary_names_each_kind_its_count_and_folder(palopo):
    out, output = palopo
    recipients = len(load_event(PALOPO).berkas.penerima)
    letters = len(list((out / "undangan").glob("*.docx")))
    assert letters >= recipients + 1  # one per recipient plus the print file
    assert re.search(rf"undangan\s+{letters} docx\s+{re.escape(str(out / 'undangan'))}", output)
    assert re.search(rf"nota kesepahaman\s+1 docx\s+{re.escape(str(out / 'nota-kesepahaman'))}", output)
    total = sum(1 for p in out.rglob("*") if p.is_file())
    assert output.splitlines()[-1] == f"Selesai: {total} berkas, {len(ALL_FOLDERS)} jenis naskah."


def test_only_documents_with_data_are_written(tmp_path):
    loaded = load_event(PESAWARAN)
    expected = {item.folder for item in semua.yang_ada(loaded)}
    assert expected and expected != ALL_FOLDERS  # a ceremony: no invitations, no MoU
    result = run("semua", PESAWARAN, "-o", tmp_path / "hasil")
    assert result.exit_code == 0, result.output
    assert {p.name for p in (tmp_path / "hasil").iterdir()} == expected


def test_an_invalid_event_writes_nothing(tmp_path):
    event = tmp_path / "acara.yaml"
    event.write_text(
        PALOPO.read_text(encoding="utf-8").replace('tanggal: "2024-06-24"', 'tanggal: "2024-06-31"'), encoding="utf-8"
    )
    for name in ("penerima-palopo.xlsx",):
        (tmp_path / name).write_bytes((EXAMPLES / name).read_bytes())
    result = run("semua", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert not (tmp_path / "hasil").exists()


def test_an_existing_folder_keeps_only_what_it_had_when_the_event_is_invalid(tmp_path):
    out = tmp_path / "hasil"
    out.mkdir()
    (out / "catatan.txt").write_text("milik pengguna", encoding="utf-8")
    result = run("semua", tmp_path / "tidak-ada.yaml", "-o", out)
    assert result.exit_code == 1
    assert tree(out) == {"catatan.txt": b"milik pengguna"}


def test_a_document_failing_midway_removes_everything_this_run_wrote(tmp_path, monkeypatch):
    def fail(loaded, keluaran, **opsi):
        keluaran.path_for("setengah.docx").write_bytes(b"x")
        raise RenderError("templat rusak")

    monkeypatch.setattr(nota_kesepahaman, "buat", fail)
    result = run("semua", PALOPO, "-o", tmp_path / "hasil")
    assert result.exit_code == 1
    assert "templat rusak" in result.output
    assert not (tmp_path / "hasil").exists()


def test_a_failure_leaves_a_users_existing_folder_as_it_was(tmp_path, monkeypatch):
    out = tmp_path / "hasil"
    (out / "undangan").mkdir(parents=True)
    (out / "undangan" / "catatan.txt").write_text("milik pengguna", encoding="utf-8")
    monkeypatch.setattr(nota_kesepahaman, "buat", lambda loaded, keluaran: (_ for _ in ()).throw(RenderError("x")))
    assert run("semua", PALOPO, "-o", out).exit_code == 1
    assert tree(out) == {"undangan/catatan.txt": b"milik pengguna"}


def test_existing_documents_are_kept_without_timpa(palopo, tmp_path):
    out = tmp_path / "hasil"
    assert run("semua", PALOPO, "-o", out).exit_code == 0
    before = tree(out)
    result = run("semua", PALOPO, "-o", out)
    assert result.exit_code == 2
    assert "--timpa" in result.output
    assert tree(out) == before
    assert run("semua", PALOPO, "-o", out, "--timpa").exit_code == 0


# --------------------------------------------------------------------------- with LibreOffice


def pdf_text(path: Path, *, layout: bool = False, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    args = ["pdftotext", *(["-layout"] if layout else []), *pages, str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def palopo_pdf(tmp_path_factory, request) -> Path:
    request.getfixturevalue("soffice")
    request.getfixturevalue("pdftotext")
    out = tmp_path_factory.mktemp("semua-pdf") / "hasil"
    result = run("semua", PALOPO, "-o", out, "--pdf")
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.libreoffice
def test_every_document_gets_its_pdf(palopo_pdf):
    documents = sorted(p.with_suffix("") for p in palopo_pdf.rglob("*.docx"))
    assert documents == sorted(p.with_suffix("") for p in palopo_pdf.rglob("*.pdf"))


@pytest.mark.libreoffice
def test_no_template_tag_is_left_in_any_pdf(palopo_pdf):
    for path in palopo_pdf.rglob("*.pdf"):
        text = pdf_text(path)
        assert text.strip(), path.name
        assert not any(mark in text for mark in ("{{", "{%", "%}", "}}")), path.name


@pytest.mark.libreoffice
def test_the_mou_signature_blocks_stand_side_by_side(palopo_pdf):
    pihak = load_event(PALOPO).berkas.pihak
    names = [p.pejabat.nama for p in pihak[:2]]
    text = pdf_text(palopo_pdf / "nota-kesepahaman" / "nota-kesepahaman.pdf", layout=True)
    assert any(all(name in line for name in names) for line in text.splitlines()), names
