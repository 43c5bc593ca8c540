"""Nothing half-written: a batch stopped by Ctrl-C, killed, or failing half-way leaves only complete files."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from naskah.cli import main
from naskah.keluaran import LOCK, MANIFEST, read_manifest
from tests.corpus.berkas import docx_with_body_text, snapshot, with_penerima

TOTAL = 3000
TEMP_NAME = re.compile(r"\..+\.tmp")


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """Return an event file whose recipient list (a CSV) holds 3,000 people."""
    rows = ["nama,jabatan", *(f"Penerima Nomor {i},Lurah Kelurahan {i}" for i in range(1, TOTAL + 1))]
    (tmp_path / "daftar.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    event = tmp_path / "acara.yaml"
    event.write_text(with_penerima("daftar.csv"), encoding="utf-8")
    return event


def start(event: Path, out: Path, *extra: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "naskah", "undangan", str(event), "-o", str(out), *extra]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def letters_written(out: Path, at_least: int = 150, since: float = 0.0) -> Callable[[], bool]:
    """Return a check: have `at_least` letters been written into `out` after time `since`?"""

    def check() -> bool:
        letters = [p for p in out.glob("[0-9]*.docx") if not since or p.stat().st_mtime > since]
        return len(letters) >= at_least

    return check


def stop_midway(process: subprocess.Popen[str], ready: Callable[[], bool], sig: signal.Signals) -> tuple[int, str]:
    """Send `sig` once `ready()` holds, while the batch still runs; return the exit code and stderr."""
    deadline = time.monotonic() + 120
    while not ready():
        assert process.poll() is None, f"selesai sebelum dihentikan: {process.communicate()}"
        assert time.monotonic() < deadline, "batch tidak maju"
        time.sleep(0.02)
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=120)
    return process.returncode, stderr


def assert_complete(path: Path) -> None:
    with zipfile.ZipFile(path) as package:
        assert package.testzip() is None, path.name
    assert docx.Document(str(path)).paragraphs, path.name


def test_ctrl_c_in_a_fresh_folder_leaves_nothing(batch, tmp_path):
    out = tmp_path / "hasil"
    code, stderr = stop_midway(start(batch, out), letters_written(out), signal.SIGINT)
    assert code == 130
    assert "Dibatalkan" in stderr and "Traceback" not in stderr
    assert not out.exists()


def test_ctrl_c_keeps_what_was_there_and_leaves_no_temp_files(batch, tmp_path):
    out = tmp_path / "hasil"
    out.mkdir()
    (out / "catatan.txt").write_text("milik pengguna\n", encoding="utf-8")
    code, stderr = stop_midway(start(batch, out), letters_written(out), signal.SIGINT)
    assert code == 130, stderr
    assert [p.name for p in out.iterdir()] == ["catatan.txt"]


def test_ctrl_c_while_overwriting_leaves_every_file_complete(batch, tmp_path):
    out = tmp_path / "hasil"
    first = subprocess.run(
        [sys.executable, "-m", "naskah", "undangan", str(batch), "-o", str(out), "--tanpa-daftar"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert first.returncode == 0, first.stderr
    names = sorted(p.name for p in out.iterdir())
    assert MANIFEST in names
    started = time.time()
    for path in out.iterdir():
        os.utime(path, (started - 60, started - 60))  # whatever the clock's resolution, rewritten files look newer
    process = start(batch, out, "--tanpa-daftar", "--timpa")
    code, _ = stop_midway(process, letters_written(out, 100, since=started), signal.SIGINT)
    assert code == 130
    assert sorted(p.name for p in out.iterdir()) == names  # no temp file, nothing removed that was there before
    rewritten = [p for p in out.glob("*.docx") if p.stat().st_mtime > started]
    assert rewritten, "tidak ada berkas yang sempat ditimpa"
    for path in out.glob("*.docx"):
        with zipfile.ZipFile(path) as package:
            assert package.testzip() is None, path.name
    for path in rewritten:
        assert_complete(path)


def test_sigkill_leaves_only_complete_files_and_recognisable_temp_files(batch, tmp_path):
    out = tmp_path / "hasil"
    code, _ = stop_midway(start(batch, out), letters_written(out), signal.SIGKILL)
    assert code == -signal.SIGKILL
    files = sorted(p for p in out.iterdir() if p.name != LOCK)  # the kernel released the lock; its file may stay
    leftovers = [p for p in files if TEMP_NAME.fullmatch(p.name)]
    finals = [p for p in files if p not in leftovers]
    assert len(finals) >= 150
    assert "undangan-gabungan.docx" not in {p.name for p in finals}  # the print file only appears when complete
    assert all(re.fullmatch(r"\d{4}-[a-z0-9-]+\.docx", p.name) for p in finals), [p.name for p in finals][:5]
    for path in finals:
        assert_complete(path)
    assert any(p.name.startswith(".undangan-gabungan.docx.") for p in leftovers)


def test_a_run_failing_at_the_50th_recipient_removes_what_it_created(tmp_path):
    rows = ["nama,jabatan", *(f"Penerima Nomor {i},Lurah Kelurahan {i}" for i in range(1, 101))]
    (tmp_path / "daftar.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (tmp_path / "templat.docx").write_bytes(
        docx_with_body_text('{% if tujuan.yth.endswith(" 50") %}{{ kolom_yang_tidak_ada }}{% endif %}')
    )
    event = tmp_path / "acara.yaml"
    event.write_text(with_penerima("daftar.csv") + "templat:\n  undangan: templat.docx\n", encoding="utf-8")
    out = tmp_path / "hasil"
    out.mkdir()
    (out / "catatan.txt").write_text("milik pengguna\n", encoding="utf-8")
    before = snapshot(tmp_path)
    result = CliRunner().invoke(main, ["undangan", str(event), "-o", str(out), "--tanpa-daftar"])
    assert result.exit_code == 1, result.output
    assert "kolom_yang_tidak_ada" in result.stderr
    assert snapshot(tmp_path) == before


def test_the_failing_template_works_for_the_first_49(tmp_path):
    """The failure above really comes at the 50th letter: with 49 recipients the same template succeeds."""
    rows = ["nama,jabatan", *(f"Penerima Nomor {i},Lurah Kelurahan {i}" for i in range(1, 50))]
    (tmp_path / "daftar.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (tmp_path / "templat.docx").write_bytes(
        docx_with_body_text('{% if tujuan.yth.endswith(" 50") %}{{ kolom_yang_tidak_ada }}{% endif %}')
    )
    event = tmp_path / "acara.yaml"
    event.write_text(with_penerima("daftar.csv") + "templat:\n  undangan: templat.docx\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["undangan", str(event), "-o", str(tmp_path / "hasil"), "--tanpa-daftar"])
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "hasil").glob("*.docx"))) == 50


@pytest.mark.skipif(not hasattr(os, "fork"), reason="signals as on POSIX")
def test_the_temp_file_pattern_is_what_atomic_writes_use(tmp_path):
    from naskah.keluaran import atomic_open

    with pytest.raises(KeyboardInterrupt), atomic_open(tmp_path / "surat.docx") as fp:
        fp.write(b"x")
        (temp,) = list(tmp_path.iterdir())
        assert TEMP_NAME.fullmatch(temp.name)
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("after", ["open", "replace"])
def test_ctrl_c_right_after_a_system_call_leaves_no_temp_file(tmp_path, monkeypatch, after):
    """Python delivers Ctrl-C just after a system call returns: the temp file exists but was not yet handed back."""
    from naskah import keluaran as output

    real = getattr(os, after)

    def interrupted(*args, **kwargs):
        result = real(*args, **kwargs)
        if after == "open":
            os.close(result)  # the descriptor the interrupted caller never received
        raise KeyboardInterrupt

    monkeypatch.setattr(output.os, after, interrupted)
    with pytest.raises(KeyboardInterrupt), output.atomic_open(tmp_path / "surat.docx") as fp:
        fp.write(b"isi")
    monkeypatch.undo()
    assert [p.name for p in tmp_path.iterdir()] == (["surat.docx"] if after == "replace" else [])


def test_ctrl_c_while_checking_the_output_folder_removes_the_folder_it_made(tmp_path, monkeypatch):
    from naskah import keluaran as output

    real = os.open

    def interrupted(*args, **kwargs):
        os.close(real(*args, **kwargs))
        raise KeyboardInterrupt

    monkeypatch.setattr(output.os, "open", interrupted)
    with pytest.raises(KeyboardInterrupt):
        output.OutputFolder(tmp_path / "baru" / "hasil", overwrite=False)
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", ["undangan", "nota_kesepahaman"])
def test_semua_failing_at_one_document_removes_every_document_it_wrote(tmp_path, kind):
    import yaml

    from tests.strategies import VALID_EVENT

    (tmp_path / "templat.docx").write_bytes(docx_with_body_text("{{ kolom_yang_tidak_ada }}", kind))
    event = tmp_path / "acara.yaml"
    event.write_text(
        yaml.safe_dump({**VALID_EVENT, "templat": {kind: "templat.docx"}}, allow_unicode=True), encoding="utf-8"
    )
    out = tmp_path / "hasil"
    out.mkdir()
    (out / "catatan.txt").write_text("milik pengguna\n", encoding="utf-8")
    before = snapshot(tmp_path)
    result = CliRunner().invoke(main, ["semua", str(event), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "kolom_yang_tidak_ada" in result.stderr
    assert snapshot(tmp_path) == before


# --------------------------------------------------------------------------- SIGTERM, SIGHUP: as Ctrl-C

STOPS = [
    pytest.param(sig, id=sig.name) for sig in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if sig
]


@pytest.mark.parametrize("sig", STOPS)
def test_kill_or_closing_the_terminal_in_a_fresh_folder_leaves_nothing(batch, tmp_path, sig):
    out = tmp_path / "hasil"
    code, stderr = stop_midway(start(batch, out), letters_written(out), sig)
    assert code == 128 + sig, stderr
    assert f"Dihentikan ({sig.name})" in stderr and "Traceback" not in stderr
    if out.exists():  # on a loaded machine the signal may come after the run had finished writing: all complete
        names = {p.name for p in out.iterdir()}
        assert names == {MANIFEST, *read_manifest(out)["undangan"]}, sorted(names)[:5]
        assert len([n for n in names if n[0].isdigit()]) == TOTAL and "undangan-gabungan.docx" in names


@pytest.mark.parametrize("sig", STOPS)
def test_kill_keeps_what_was_there_and_leaves_no_temp_files(batch, tmp_path, sig):
    out = tmp_path / "hasil"
    out.mkdir()
    (out / "catatan.txt").write_text("milik pengguna\n", encoding="utf-8")
    code, stderr = stop_midway(start(batch, out), letters_written(out), sig)
    assert code == 128 + sig, stderr
    assert [p.name for p in out.iterdir()] == ["catatan.txt"]


# LibreOffice stopped on SIGTERM/SIGHUP/Ctrl-C with nothing left: tests/test_pdf_pool.py (the PDF pool's own test).


# --------------------------------------------------------------------------- two runs, one folder


def test_two_runs_into_one_folder_one_failing_lose_nothing(batch, tmp_path):
    """A second run while the first writes is refused at once; the first finishes every letter."""
    out = tmp_path / "hasil"
    out.mkdir()
    (out / "catatan.txt").write_text("milik pengguna\n", encoding="utf-8")
    (tmp_path / "rusak.docx").write_bytes(docx_with_body_text("{{ kolom_yang_tidak_ada }}"))
    failing = tmp_path / "gagal.yaml"
    failing.write_text(batch.read_text(encoding="utf-8") + "templat:\n  undangan: rusak.docx\n", encoding="utf-8")
    first = start(batch, out, "--tanpa-daftar")
    deadline = time.monotonic() + 120
    while not letters_written(out, 50)():
        assert first.poll() is None and time.monotonic() < deadline, first.communicate()
        time.sleep(0.02)
    second = subprocess.run(
        [sys.executable, "-m", "naskah", "undangan", str(failing), "-o", str(out), "--timpa", "--tanpa-daftar"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert first.poll() is None, "the first run should still be writing"
    assert second.returncode == 2, second.stderr
    assert "sedang dipakai naskah lain" in second.stderr and "Traceback" not in second.stderr
    _, stderr = first.communicate(timeout=300)
    assert first.returncode == 0, stderr
    letters = sorted(out.glob("[0-9]*.docx"))
    assert len(letters) == TOTAL
    assert (out / "undangan-gabungan.docx").is_file() and (out / "catatan.txt").is_file()
    for path in letters[:: TOTAL // 20]:
        assert_complete(path)
    # Now the failing run gets the folder: it fails and still removes none of the first run's letters.
    third = subprocess.run(
        [sys.executable, "-m", "naskah", "undangan", str(failing), "-o", str(out), "--timpa", "--tanpa-daftar"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert third.returncode == 1 and "kolom_yang_tidak_ada" in third.stderr, third.stderr
    assert sorted(out.glob("[0-9]*.docx")) == letters
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [MANIFEST, "catatan.txt", "undangan-gabungan.docx", *(p.name for p in letters)]
    )


def test_a_rerun_with_a_shorter_list_leaves_only_its_letters_and_foreign_files(tmp_path):
    rows = ["nama,jabatan", *(f"Penerima Nomor {i},Lurah Kelurahan {i}" for i in range(1, 61))]
    (tmp_path / "daftar.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    event = tmp_path / "acara.yaml"
    event.write_text(with_penerima("daftar.csv"), encoding="utf-8")
    out = tmp_path / "hasil"
    assert CliRunner().invoke(main, ["undangan", str(event), "-o", str(out)]).exit_code == 0
    assert len(list(out.glob("[0-9]*.docx"))) == 60
    (out / "catatan.txt").write_text("milik pengguna\n", encoding="utf-8")
    (out / "99-surat-ketik-sendiri.docx").write_bytes(b"milik pengguna")
    (tmp_path / "daftar.csv").write_text("\n".join(rows[:23]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["undangan", str(event), "-o", str(out), "--timpa"])
    assert result.exit_code == 0, result.output
    letters = sorted(p.name for p in out.glob("[0-9]*.docx"))
    assert len(letters) == 23 and "99-surat-ketik-sendiri.docx" in letters
    assert (out / "catatan.txt").read_text(encoding="utf-8") == "milik pengguna\n"
    assert (out / "99-surat-ketik-sendiri.docx").read_bytes() == b"milik pengguna"
    for name in letters:
        if name != "99-surat-ketik-sendiri.docx":
            assert (
                "Penerima Nomor" in docx.Document(str(out / name)).paragraphs[0].text
                or assert_complete(out / name) is None
            )


def test_timpa_into_the_folder_of_the_inputs_never_overwrites_them(tmp_path):
    """`-o . --timpa` next to a template named like an output: refused, nothing changed."""
    import yaml

    from tests.strategies import VALID_EVENT

    (tmp_path / "undangan-gabungan.docx").write_bytes(docx_with_body_text("Templat kantor"))
    event = tmp_path / "acara.yaml"
    event.write_text(
        yaml.safe_dump({**VALID_EVENT, "templat": {"undangan": "undangan-gabungan.docx"}}, allow_unicode=True),
        encoding="utf-8",
    )
    before = snapshot(tmp_path)
    result = CliRunner().invoke(main, ["undangan", str(event), "-o", str(tmp_path), "--timpa"])
    assert result.exit_code == 1, result.output
    assert "undangan-gabungan.docx" in result.stderr and "tidak akan ditimpa" in result.stderr
    assert snapshot(tmp_path) == before


# --------------------------------------------------------------------------- the handler itself, in-process

posix_only = pytest.mark.skipif(os.name != "posix", reason="sinyal ke proses sendiri hanya di POSIX")


def signal_self_and_wait(sig: int) -> None:
    """Send `sig` to this process and give Python's handler the chance to run (it runs between bytecodes)."""
    os.kill(os.getpid(), sig)
    for _ in range(200):
        time.sleep(0.005)


@posix_only
@pytest.mark.parametrize("sig", [signal.SIGINT, *(p.values[0] for p in STOPS)], ids=lambda s: s.name)
def test_a_stop_inside_a_deferred_step_waits_for_the_steps_end(sig):
    from naskah import stopping
    from naskah.cli import stop_signals_as_interrupt

    finished = False
    with pytest.raises(KeyboardInterrupt), stop_signals_as_interrupt():
        with stopping.deferred():  # e.g. starting LibreOffice: cut inside Popen, the child would run on unowned
            signal_self_and_wait(sig)
            finished = True
    assert finished


@posix_only
@pytest.mark.parametrize("sig", [signal.SIGINT, *(p.values[0] for p in STOPS)], ids=lambda s: s.name)
def test_a_second_stop_does_not_cut_the_clean_up_short(sig):
    from naskah.cli import stop_signals_as_interrupt

    cleaned = False
    with pytest.raises(KeyboardInterrupt), stop_signals_as_interrupt():
        try:
            signal_self_and_wait(sig)
        finally:  # the clean-up (files removed, LibreOffice killed), stopped a second time as impatient users do
            signal_self_and_wait(signal.SIGINT)
            cleaned = True
    assert cleaned
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the handlers are given back


def test_ctrl_c_inside_string_code_still_exits_130_under_python_m():
    root = Path(__file__).resolve().parents[1]
    command = [sys.executable, "-m", "tests.probes.henti_dalam_exec", "uji-henti"]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=60)
    assert done.returncode == 130 and "Dibatalkan" in done.stderr and "Traceback" not in done.stderr, done
