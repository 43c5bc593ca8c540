"""Tests for naskah.keluaran: atomic writes, safe names, an output folder that cleans up."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from naskah.errors import OutputError, UsageError
from naskah.keluaran import (
    LOCK,
    MANIFEST,
    OutputFolder,
    atomic_open,
    atomic_write_bytes,
    output_errors,
    read_manifest,
    safe_filename,
    write_manifest,
)

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
    write_manifest(tmp_path, {"undangan": ["a.docx"]})
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
    write_manifest(tmp_path, {"undangan": ["lama.docx"]})
    with pytest.raises(RuntimeError):
        with OutputFolder(tmp_path, overwrite=True) as folder:
            folder.path_for("lama.docx")
            raise RuntimeError
    assert (tmp_path / "lama.docx").exists()


def write_run(folder: Path, jenis: str, names: list[str], *, overwrite: bool = False) -> None:
    """Write `names` into `folder` as one successful run of kind `jenis`."""
    with OutputFolder(folder, overwrite=overwrite, jenis=jenis) as out:
        for name in names:
            atomic_write_bytes(out.path_for(name), f"{jenis} {name}".encode())


def test_a_run_records_its_files_per_kind_in_the_manifest(tmp_path):
    write_run(tmp_path, "undangan", ["001-a.docx", "002-b.docx"])
    write_run(tmp_path, "sambutan", ["sambutan-1.docx"])
    assert read_manifest(tmp_path) == {"undangan": ["001-a.docx", "002-b.docx"], "sambutan": ["sambutan-1.docx"]}
    assert sorted(p.name for p in tmp_path.iterdir()) == [MANIFEST, "001-a.docx", "002-b.docx", "sambutan-1.docx"]


def test_timpa_removes_the_previous_runs_stale_files_of_that_kind_only(tmp_path):
    write_run(tmp_path, "undangan", [f"{i:02d}-x.docx" for i in range(1, 61)])
    write_run(tmp_path, "sambutan", ["sambutan-1.docx"])
    (tmp_path / "catatan.txt").write_text("milik pengguna", encoding="utf-8")
    write_run(tmp_path, "undangan", [f"{i:02d}-x.docx" for i in range(1, 23)], overwrite=True)
    letters = sorted(p.name for p in tmp_path.glob("*-x.docx"))
    assert letters == [f"{i:02d}-x.docx" for i in range(1, 23)]
    assert (tmp_path / "sambutan-1.docx").exists() and (tmp_path / "catatan.txt").exists()
    assert read_manifest(tmp_path)["undangan"] == letters


def test_without_timpa_an_earlier_run_of_the_same_kind_is_refused(tmp_path):
    write_run(tmp_path, "undangan", ["001-a.docx"])
    with pytest.raises(UsageError, match="hasil undangan dari proses sebelumnya sudah ada \\(1 berkas.*--timpa"):
        write_run(tmp_path, "undangan", ["001-lain.docx"])


def test_timpa_never_replaces_a_file_naskah_did_not_write(tmp_path):
    (tmp_path / "undangan-gabungan.docx").write_bytes(b"templat pengguna")
    with pytest.raises(OutputError, match="bukan hasil naskah"):
        write_run(tmp_path, "undangan", ["001-a.docx", "undangan-gabungan.docx"], overwrite=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["undangan-gabungan.docx"]
    assert (tmp_path / "undangan-gabungan.docx").read_bytes() == b"templat pengguna"


def test_an_input_is_never_overwritten_even_when_the_manifest_lists_it(tmp_path):
    (tmp_path / "acara.yaml").write_text("acara: {}", encoding="utf-8")
    write_manifest(tmp_path, {"undangan": ["acara.yaml"]})
    with pytest.raises(OutputError, match="berkas masukan"):
        with OutputFolder(tmp_path, overwrite=True, inputs=[tmp_path / "acara.yaml"], jenis="undangan") as out:
            out.path_for("acara.yaml")
    assert (tmp_path / "acara.yaml").read_text(encoding="utf-8") == "acara: {}"


def test_stale_files_that_are_inputs_now_are_kept(tmp_path):
    write_run(tmp_path, "undangan", ["001-a.docx", "templat.docx"])
    with OutputFolder(tmp_path, overwrite=True, inputs=[tmp_path / "templat.docx"], jenis="undangan") as out:
        atomic_write_bytes(out.path_for("001-a.docx"), b"baru")
    assert (tmp_path / "templat.docx").exists()


def test_a_manifest_naming_paths_outside_the_folder_deletes_nothing_there(tmp_path):
    outside = tmp_path / "penting.docx"
    outside.write_bytes(b"x")
    (tmp_path / "hasil").mkdir()
    (tmp_path / "hasil" / MANIFEST).write_text(
        '{"jenis": {"undangan": ["../penting.docx", "/etc/passwd", "a/b"]}}', encoding="utf-8"
    )
    write_run(tmp_path / "hasil", "undangan", ["001-a.docx"], overwrite=True)
    assert outside.exists()


def test_a_failed_run_keeps_the_previous_manifest_and_its_files(tmp_path):
    write_run(tmp_path, "undangan", ["001-a.docx", "002-b.docx"])
    with pytest.raises(RuntimeError):
        with OutputFolder(tmp_path, overwrite=True, jenis="undangan") as out:
            atomic_write_bytes(out.path_for("001-a.docx"), b"baru")
            raise RuntimeError
    assert read_manifest(tmp_path) == {"undangan": ["001-a.docx", "002-b.docx"]}
    assert (tmp_path / "002-b.docx").exists()
    assert not (tmp_path / LOCK).exists()


def test_a_second_run_into_a_locked_folder_is_refused_and_removes_nothing(tmp_path):
    with OutputFolder(tmp_path, overwrite=False, jenis="undangan") as first:
        atomic_write_bytes(first.path_for("001-a.docx"), b"x")
        with pytest.raises(UsageError, match=f"sedang dipakai naskah lain \\(proses {os.getpid()}\\)"):
            with OutputFolder(tmp_path, overwrite=True, jenis="undangan"):
                pass
        assert (tmp_path / "001-a.docx").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [MANIFEST, "001-a.docx"]


def test_a_lock_file_left_by_a_killed_run_does_not_block(tmp_path):
    (tmp_path / LOCK).write_text("999999999\n", encoding="ascii")  # no process holds it locked
    write_run(tmp_path, "undangan", ["001-a.docx"])
    assert not (tmp_path / LOCK).exists()


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "disk penuh"),
        (errno.ENAMETOOLONG, "terlalu panjang"),
        (errno.EROFS, "hanya dapat dibaca"),
        (errno.EACCES, "izin"),
    ],
)
def test_os_errors_are_told_in_indonesian(tmp_path, code, words):
    with OutputFolder(tmp_path, overwrite=False) as out:
        target = out.path_for("a.docx")
        with pytest.raises(OutputError) as info, output_errors(target), atomic_open(target):
            raise OSError(code, os.strerror(code))
    message = str(info.value)
    assert words in message and os.strerror(code) not in message
