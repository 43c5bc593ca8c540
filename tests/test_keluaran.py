"""Tests for naskah.keluaran: atomic writes, safe names, an output folder that cleans up."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from naskah.errors import OutputError, UsageError
from naskah.keluaran import OutputFolder, atomic_open, atomic_write_bytes, safe_filename

RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def test_atomic_write_replaces_whole_file(tmp_path):
    target = tmp_path / "a.docx"
    target.write_bytes(b"lama")
    atomic_write_bytes(target, b"baru")
    assert target.read_bytes() == b"baru"
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]


@pytest.mark.parametrize("error", [ValueError, KeyboardInterrupt])
def test_atomic_open_leaves_old_file_and_no_temp_on_error(tmp_path, error):
    target = tmp_path / "a.docx"
    target.write_bytes(b"lama")
    with pytest.raises(error):
        with atomic_open(target) as fp:
            fp.write(b"setengah")
            raise error
    assert target.read_bytes() == b"lama"
    assert [p.name for p in tmp_path.iterdir()] == ["a.docx"]


def test_atomic_write_into_missing_folder_is_output_error(tmp_path):
    with pytest.raises(OutputError, match="tidak dapat ditulis"):
        atomic_write_bytes(tmp_path / "tidak-ada" / "a.docx", b"x")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Sri Wahyuningsih, M.Pd.", "Dr-Sri-Wahyuningsih-M-Pd"),
        ("Pangéran Diponegoro", "Pangeran-Diponegoro"),
        ("../../etc/x", "etc-x"),
        ("..\\..\\Windows\\system32", "Windows-system32"),
        ("CON", "CON_"),
        ("nul", "nul_"),
        ("com1", "com1_"),
        ("COM¹", "COM1_"),
        ("lpt9 ", "lpt9_"),
        ("con.txt", "con-txt"),
        ("🎉🎉", "tanpa-nama"),
        ("", "tanpa-nama"),
        ("   ", "tanpa-nama"),
        (".", "tanpa-nama"),
        ("..", "tanpa-nama"),
        ("a__b--c  d", "a_b-c-d"),
        ("x" * 300, "x" * 80),
        ("Bapak Camat Ngaglik 🎉", "Bapak-Camat-Ngaglik"),
    ],
)
def test_safe_filename_table(text, expected):
    assert safe_filename(text) == expected


def test_safe_filename_trims_to_max_len_without_trailing_dash():
    assert safe_filename("abc def ghi", max_len=4) == "abc"


@given(st.text(), st.integers(min_value=1, max_value=120))
def test_safe_filename_is_always_safe(text, max_len):
    name = safe_filename(text, max_len=max_len)
    assert re.fullmatch(r"[A-Za-z0-9_-]+", name)
    assert len(name) <= max(max_len, 10) + 1
    assert name.upper() not in RESERVED


def test_output_folder_creates_missing_folders(tmp_path):
    folder = OutputFolder(tmp_path / "hasil" / "undangan", overwrite=False)
    assert folder.path.is_dir()


def test_output_folder_removes_its_files_on_error(tmp_path):
    existing = tmp_path / "hasil"
    existing.mkdir()
    (existing / "lama.docx").write_bytes(b"lama")
    with pytest.raises(KeyboardInterrupt):
        with OutputFolder(existing, overwrite=False) as folder:
            for name in ("001-ani.docx", "002-budi.docx"):
                atomic_write_bytes(folder.path_for(name), b"baru")
            raise KeyboardInterrupt
    assert [p.name for p in existing.iterdir()] == ["lama.docx"]


def test_output_folder_removes_folders_it_created_on_error(tmp_path):
    with pytest.raises(RuntimeError):
        with OutputFolder(tmp_path / "a" / "b", overwrite=False) as folder:
            atomic_write_bytes(folder.path_for("x.docx"), b"x")
            raise RuntimeError
    assert list(tmp_path.iterdir()) == []


def test_output_folder_keeps_files_on_success(tmp_path):
    with OutputFolder(tmp_path, overwrite=False) as folder:
        atomic_write_bytes(folder.path_for("x.docx"), b"x")
    assert (tmp_path / "x.docx").read_bytes() == b"x"


def test_output_folder_refuses_to_overwrite(tmp_path):
    (tmp_path / "002-budi.docx").write_bytes(b"lama")
    (tmp_path / "003-citra.docx").write_bytes(b"lama")
    folder = OutputFolder(tmp_path, overwrite=False)
    with pytest.raises(UsageError) as info:
        folder.check_free(["001-ani.docx", "002-budi.docx", "003-citra.docx"])
    message = str(info.value)
    assert "002-budi.docx sudah ada (dan 1 berkas lain)" in message and "gunakan --timpa" in message
    with pytest.raises(UsageError, match="gunakan --timpa"):
        folder.path_for("002-budi.docx")


def test_overwrite_allows_and_keeps_replaced_files_after_error(tmp_path):
    (tmp_path / "a.docx").write_bytes(b"lama")
    with pytest.raises(RuntimeError):
        with OutputFolder(tmp_path, overwrite=True) as folder:
            atomic_write_bytes(folder.path_for("a.docx"), b"baru")
            raise RuntimeError
    assert (tmp_path / "a.docx").read_bytes() == b"baru"


def test_duplicate_names_are_numbered_case_insensitively(tmp_path):
    folder = OutputFolder(tmp_path, overwrite=False)
    names = [folder.path_for(n).name for n in ("Budi.docx", "budi.docx", "Budi.docx", "README")]
    assert names == ["Budi.docx", "budi-2.docx", "Budi-3.docx", "README"]


@pytest.mark.parametrize("name", ["../x.docx", "a/b.docx", "..", ".", "", "a\\b.docx"])
def test_path_for_never_leaves_the_folder(tmp_path, name):
    folder = OutputFolder(tmp_path / "hasil", overwrite=True)
    with pytest.raises(OutputError):
        folder.path_for(name)


def test_path_for_refuses_symlinks_pointing_outside(tmp_path):
    folder = OutputFolder(tmp_path / "hasil", overwrite=True)
    (folder.path / "jebakan.docx").symlink_to(tmp_path / "luar.docx")
    with pytest.raises(OutputError, match="ke luar folder"):
        folder.path_for("jebakan.docx")


@pytest.mark.parametrize(
    ("i", "total", "label", "expected"),
    [
        (1, 120, "Ani Lestari", "001-Ani-Lestari.docx"),
        (7, 9, "Budi", "7-Budi.docx"),
        (42, 10000, "../x", "00042-x.docx"),
    ],
)
def test_numbered_name(i, total, label, expected):
    assert OutputFolder.numbered_name(i, total, label, ".docx") == expected


def test_folder_that_is_a_file_is_output_error(tmp_path):
    blocker = tmp_path / "hasil"
    blocker.write_bytes(b"")
    with pytest.raises(OutputError, match="bukan folder"):
        OutputFolder(blocker, overwrite=False)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder_is_output_error(tmp_path):
    locked = tmp_path / "terkunci"
    locked.mkdir(mode=0o500)
    with pytest.raises(OutputError, match="tidak dapat ditulisi"):
        OutputFolder(locked, overwrite=False)


def test_unwritable_folder_message_names_folder_and_fix(tmp_path, monkeypatch):
    def deny(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", deny)
    with pytest.raises(OutputError) as info:
        OutputFolder(tmp_path, overwrite=False)
    expected = f"folder keluaran {tmp_path} tidak dapat ditulisi; periksa izinnya atau pilih folder lain"
    assert str(info.value) == expected


def test_path_for_records_only_new_files(tmp_path: Path):
    (tmp_path / "lama.docx").write_bytes(b"x")
    with pytest.raises(RuntimeError):
        with OutputFolder(tmp_path, overwrite=True) as folder:
            folder.path_for("lama.docx")
            raise RuntimeError
    assert (tmp_path / "lama.docx").exists()
