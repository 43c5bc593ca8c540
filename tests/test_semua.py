"""`naskah semua`: every document the event has data for, in one folder like each kind's command, all or nothing.

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
from naskah.keluaran import MANIFEST, read_manifest, write_manifest
from tests.conftest import EXAMPLES

PALOPO = EXAMPLES / "advokasi-palopo.yaml"
PESAWARAN = EXAMPLES / "hari-kartini-pesawaran.yaml"
ALL_KINDS = {"undangan", "sambutan", "susunan_acara", "daftar_hadir", "nota_kesepahaman", "amplop", "label"}


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


def test_every_document_goes_into_the_one_folder_as_each_kinds_command_writes_it(palopo, tmp_path):
    out, _ = palopo
    names = {p.name for p in out.iterdir()}
    assert not [p for p in out.iterdir() if p.is_dir()]
    assert {"undangan-gabungan.docx", "sambutan-1-penjabat-wali-kota-palopo.docx", "daftar-hadir.docx"} <= names
    assert {"susunan-acara.docx", "naskah-pembawa-acara.docx", "nota-kesepahaman.docx"} <= names
    assert {"amplop-gabungan.docx", "label-gabungan.docx"} <= names  # envelopes per recipient only on request
    assert [p.name for p in out.glob(".*")] == [MANIFEST]  # no temporary files left behind
    manifest = read_manifest(out)
    assert set(manifest) == ALL_KINDS
    assert sorted(n for kind in manifest.values() for n in kind) == sorted(names - {MANIFEST})
    single = tmp_path / "undangan-saja"
    assert run("undangan", PALOPO, "-o", single).exit_code == 0
    assert {p.name for p in single.iterdir()} == {MANIFEST, *manifest["undangan"]}


def test_the_summary_names_each_kind_and_its_count(palopo):
    out, output = palopo
    recipients = len(load_event(PALOPO).berkas.penerima)
    letters = len(read_manifest(out)["undangan"])
    assert letters >= recipients + 1  # one per recipient plus the print file
    assert output.splitlines()[0] == f"Ditulis ke {out}:"
    assert re.search(rf"undangan\s+{letters} docx$", output, re.MULTILINE)
    assert re.search(r"nota kesepahaman\s+1 docx$", output, re.MULTILINE)
    total = sum(1 for p in out.iterdir() if p.name != MANIFEST)
    assert output.splitlines()[-1] == f"Selesai: {total} berkas, {len(ALL_KINDS)} jenis naskah."


def test_only_documents_with_data_are_written(tmp_path):
    loaded = load_event(PESAWARAN)
    expected = {item.nama for item in semua.yang_ada(loaded)}
    assert expected and expected != ALL_KINDS  # a ceremony: no invitations, no MoU
    result = run("semua", PESAWARAN, "-o", tmp_path / "hasil")
    assert result.exit_code == 0, result.output
    assert set(read_manifest(tmp_path / "hasil")) == expected


def test_redoing_only_the_invitations_replaces_exactly_what_semua_wrote_for_them(palopo, tmp_path):
    out = tmp_path / "hasil"
    assert run("semua", PALOPO, "-o", out).exit_code == 0
    before = tree(out)
    manifest = read_manifest(out)
    result = run("undangan", PALOPO, "-o", out, "--timpa")
    assert result.exit_code == 0, result.output
    after = tree(out)
    assert set(after) == set(before)
    others = [n for kind, names in manifest.items() if kind != "undangan" for n in names]
    assert all(after[n] == before[n] for n in others)
    assert read_manifest(out) == manifest


def test_semua_never_writes_through_a_symlinked_subfolder(tmp_path):
    """The old layout's subfolders are not used any more; a symlink there to outside stays untouched."""
    outside = tmp_path / "luar"
    outside.mkdir()
    out = tmp_path / "hasil"
    out.mkdir()
    (out / "undangan").symlink_to(outside, target_is_directory=True)
    assert run("semua", PALOPO, "-o", out).exit_code == 0
    assert list(outside.iterdir()) == []


def test_semua_refuses_a_symlinked_file_pointing_outside(tmp_path):
    outside = tmp_path / "luar.docx"
    outside.write_bytes(b"milik orang lain")
    out = tmp_path / "hasil"
    out.mkdir()
    (out / "daftar-hadir.docx").symlink_to(outside)
    write_manifest(out, {"daftar_hadir": ["daftar-hadir.docx"]})
    result = run("semua", PALOPO, "-o", out, "--timpa")
    assert result.exit_code == 1
    assert "ke luar folder" in result.stderr
    assert outside.read_bytes() == b"milik orang lain"
    assert sorted(p.name for p in out.iterdir()) == [MANIFEST, "daftar-hadir.docx"]


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
    out.mkdir()
    (out / "catatan.txt").write_text("milik pengguna", encoding="utf-8")
    monkeypatch.setattr(nota_kesepahaman, "buat", lambda loaded, keluaran: (_ for _ in ()).throw(RenderError("x")))
    assert run("semua", PALOPO, "-o", out).exit_code == 1
    assert tree(out) == {"catatan.txt": b"milik pengguna"}


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
    text = pdf_text(palopo_pdf / "nota-kesepahaman.pdf", layout=True)
    assert any(all(name in line for name in names) for line in text.splitlines()), names
