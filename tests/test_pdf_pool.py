"""The PDF pool: chunks of whole letters, parallel workers, servers elsewhere, lost workers, nothing left behind.

Tests marked `libreoffice` start real unoserver workers (a few seconds each), so they convert small batches.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from naskah.cli import main
from naskah.docx import PreparedTemplate
from naskah.docx.environment import make_environment
from naskah.docx.merge import PAGE_BREAK
from naskah.domain.loader import load_event
from naskah.errors import UsageError
from naskah.jenis import undangan
from naskah.keluaran import OutputFolder, gabungan
from naskah.pdf import chunks, config, server, step
from naskah.pdf.config import PdfSettings
from tests.conftest import docx_text
from tests.corpus.berkas import with_penerima
from tests.docx.docx_fixtures import LETTER_CONTEXT, build_letter

KABUPATEN = ["Luwu Utara", "Toraja Utara", "Bantaeng", "Sinjai", "Kepulauan Selayar", "Enrekang", "Pinrang"]
posix_only = pytest.mark.skipif(os.name != "posix", reason="sinyal dan /proc hanya di Linux")


def event_with(tmp_path: Path, count: int) -> Path:
    """Write an event file whose recipient list (CSV) holds `count` distinct people; return its path."""
    rows = ["nama,jabatan"]
    for i in range(1, count + 1):
        rows.append(f"Penerima Nomor {i:03d},Camat Kecamatan {KABUPATEN[i % len(KABUPATEN)]} Ke-{i:03d}")
    (tmp_path / "daftar.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    event = tmp_path / "acara.yaml"
    event.write_text(with_penerima("daftar.csv"), encoding="utf-8")
    return event


def write_letters(tmp_path: Path, count: int) -> tuple[OutputFolder, list[Path]]:
    """Write `count` invitations and their print file into tmp_path/hasil; return the folder and the files."""
    loaded = load_event(event_with(tmp_path, count))
    folder = OutputFolder(tmp_path / "hasil", overwrite=False)
    return folder, undangan.buat(loaded, folder, daftar=False)


def page_owners(pdf: Path) -> list[str]:
    """Return, per page of `pdf`, the 'Penerima Nomor NNN' it is addressed to."""
    owners = []
    for page in PdfReader(pdf).pages:
        text = " ".join((page.extract_text() or "").split())
        found = [f"{n:03d}" for n in range(1, 1000) if f"Penerima Nomor {n:03d}" in text]
        owners.append(found[0] if len(found) == 1 else "?")
    return owners


def assert_every_letter_in_order(folder: Path, count: int) -> None:
    assert page_owners(folder / "undangan-gabungan.pdf") == [f"{n:03d}" for n in range(1, count + 1)]
    letters = sorted(p for p in folder.glob("[0-9]*.pdf"))
    assert len(letters) == count
    for number, letter in enumerate(letters, start=1):
        assert page_owners(letter) == [f"{number:03d}"], letter.name


def office_processes(marker: str) -> list[int]:
    """Return the pids of running processes whose command line mentions `marker` (zombies excluded)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if marker in command and state != "Z":
            found.append(int(entry.name))
    return found


def soffice_of(worker: server.LocalServer) -> int:
    """Return the pid of the soffice.bin of `worker`."""
    assert worker.folder is not None
    pids = [p for p in office_processes(str(worker.folder)) if b"soffice" in Path(f"/proc/{p}/cmdline").read_bytes()]
    pids = [p for p in pids if b"--accept" in Path(f"/proc/{p}/cmdline").read_bytes()]
    assert pids, "LibreOffice pekerja tidak ditemukan"
    return pids[-1]


# --------------------------------------------------------------------------- chunks, without LibreOffice


def document_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read("word/document.xml").decode("utf-8")


def test_a_print_file_is_cut_into_chunks_of_whole_letters_in_order(tmp_path):
    folder, written = write_letters(tmp_path, 11)
    merged = next(p for p in written if p.name == "undangan-gabungan.docx")
    (tmp_path / "potongan").mkdir()
    made = list(chunks.split_merged(merged, 11, 4, tmp_path / "potongan"))
    assert [(c.first, c.letters) for c in made] == [(0, 4), (4, 4), (8, 3)]
    for chunk in made:
        xml = document_xml(chunk.path)
        # one section: a page break before each letter but the first, the body's own properties closing it
        assert xml.count(PAGE_BREAK) == chunk.letters - 1 and xml.count("<w:sectPr") == 1
        assert not xml[xml.index("<w:body>") :].startswith(f"<w:body>{PAGE_BREAK}")
        assert xml.rstrip().endswith("</w:sectPr></w:body></w:document>")
        text = docx_text(chunk.path)
        numbers = [n for n in range(1, 12) if f"Ke-{n:03d}" in text]
        assert numbers == list(range(chunk.first + 1, chunk.stop + 1))
    with zipfile.ZipFile(merged) as whole, zipfile.ZipFile(made[0].path) as part:
        others = sorted(n for n in whole.namelist() if n != chunks.DOCUMENT)
        assert sorted(n for n in part.namelist() if n != chunks.DOCUMENT) == others
        assert all(whole.read(n) == part.read(n) for n in others)  # kop images, styles, footer unchanged


def test_a_print_file_of_one_section_per_letter_is_cut_at_its_section_breaks(tmp_path):
    """A letter showing its page number keeps a section of its own; chunks end with its section's properties."""
    template = PreparedTemplate.load(build_letter(tmp_path / "surat.docx", page_number=True), make_environment())
    merged = tmp_path / "gabungan.docx"
    with gabungan(template, merged) as writer:
        for n in range(1, 8):
            writer.add(template.render_part_xml(dict(LETTER_CONTEXT, penerima=f"Ke-{n:03d}")))
    (tmp_path / "potongan").mkdir()
    made = list(chunks.split_merged(merged, 7, 3, tmp_path / "potongan"))
    assert [(c.first, c.letters) for c in made] == [(0, 3), (3, 3), (6, 1)]
    for chunk in made:
        xml = document_xml(chunk.path)
        assert xml.count("<w:sectPr") == chunk.letters and PAGE_BREAK not in xml
        assert xml.rstrip().endswith("</w:sectPr></w:body></w:document>")
        numbers = [n for n in range(1, 8) if f"Ke-{n:03d}" in docx_text(chunk.path)]
        assert numbers == list(range(chunk.first + 1, chunk.stop + 1))


def test_a_print_file_that_does_not_match_its_letters_is_kept_whole(tmp_path):
    folder, written = write_letters(tmp_path, 3)
    merged = next(p for p in written if p.name == "undangan-gabungan.docx")
    assert [(c.first, c.letters) for c in chunks.split_merged(merged, 3, 1, tmp_path)] == [(0, 1), (1, 1), (2, 1)]
    assert [c.path for c in chunks.split_merged(merged, 2, 1, tmp_path)] == [merged]
    assert [c.path for c in chunks.split_merged(merged, 4, 1, tmp_path)] == [merged]


# --------------------------------------------------------------------------- settings


def test_servers_from_options_then_environment_then_config_file(tmp_path):
    konfig = tmp_path / "naskah.yaml"
    konfig.write_text("pdf:\n  server: [kantor-pdf.local:2003]\n  potongan: 20\n  pekerja: 1\n", encoding="utf-8")
    environ = {"NASKAH_KONFIG": str(konfig)}
    from_file = config.load_settings(environ=environ)
    assert from_file.servers == (("kantor-pdf.local", 2003),) and from_file.chunk == 20 and from_file.workers == 1
    environ["NASKAH_PDF_SERVER"] = "10.0.0.5:2003, 10.0.0.6:2004"
    assert config.load_settings(environ=environ).servers == (("10.0.0.5", 2003), ("10.0.0.6", 2004))
    assert config.load_settings(["[::1]:2005"], 3, environ=environ).servers == (("::1", 2005),)
    assert config.load_settings(["[::1]:2005"], 3, environ=environ).workers == 3


def test_local_workers_default_to_one_per_core_and_none_beside_servers():
    assert PdfSettings().local_workers(cores=4) == 4
    assert PdfSettings(servers=(("a", 1),)).local_workers(cores=4) == 0
    assert PdfSettings(servers=(("a", 1),), workers=2).local_workers(cores=4) == 2


@pytest.mark.parametrize("address", ["kantor-pdf", "kantor-pdf:0", "kantor-pdf:99999", "http://x:2003/"])
def test_a_bad_server_address_names_the_form_to_write(address):
    with pytest.raises(UsageError, match="bukan alamat server PDF; tulis HOST:PORT"):
        config.load_settings([address], environ={"NASKAH_KONFIG": "/tidak/ada.yaml"})


def test_a_bad_server_address_on_the_command_line_is_one_indonesian_line(tmp_path):
    out = tmp_path / "hasil"
    args = ["undangan", str(event_with(tmp_path, 2)), "-o", str(out), "--pdf", "--pdf-server", "kantor"]
    result = CliRunner().invoke(main, args, env={"NASKAH_KONFIG": str(tmp_path / "tidak-ada.yaml")})
    assert result.exit_code != 0
    assert "Galat: --pdf-server: 'kantor' bukan alamat server PDF" in result.output
    assert "Traceback" not in result.output and not out.exists()


# --------------------------------------------------------------------------- with LibreOffice


@pytest.fixture(scope="module")
def uno_python(request) -> str:
    request.getfixturevalue("soffice")
    python = server.find_uno_python()
    if python is None:
        if os.environ.get("NASKAH_WAJIB_LIBREOFFICE"):
            pytest.fail("tidak ada Python dengan modul uno (python3-uno), padahal CI mewajibkannya")
        pytest.skip("python3-uno tidak terpasang")
    return python


@pytest.mark.libreoffice
def test_chunks_on_two_workers_give_every_letter_its_own_pdf_in_order(tmp_path, uno_python, monkeypatch):
    seen, folders = [], set()
    original = server.LocalServer.convert

    def convert(self, *args):
        seen.append(self.name)
        folders.add(self.folder)
        return original(self, *args)

    monkeypatch.setattr(server.LocalServer, "convert", convert)
    folder, written = write_letters(tmp_path, 9)
    with folder:
        made = step.tambah_pdf([(folder, written)], pengaturan=PdfSettings(workers=2, chunk=2))
    assert len(made) == 10 and made[-1].name == "undangan-gabungan.pdf"
    assert len(seen) == 5 and set(seen) == {"pekerja 1", "pekerja 2"}  # 5 chunks, both workers used
    assert_every_letter_in_order(folder.path, 9)
    assert len(folders) == 2 and not any(folder.exists() for folder in folders)  # profiles gone
    assert not [pid for folder in folders for pid in office_processes(str(folder))]  # LibreOffice gone


class CrashingWorker(server.LocalServer):
    """A worker whose LibreOffice is killed (or frozen) while it converts its first chunk."""

    def __init__(self, python: str, sig: signal.Signals):
        super().__init__(python, name="pekerja rusak")
        self.sig = sig
        self.starts = 0
        self.victims: list[int] = []

    def start(self) -> None:
        self.starts += 1
        super().start()

    def convert(self, source: Path, target: Path, timeout: float) -> None:
        if self.starts == 1 and not self.victims:
            self.victims.append(soffice_of(self))
            threading.Timer(0.2, os.kill, (self.victims[0], self.sig)).start()
        super().convert(source, target, timeout)


@posix_only
@pytest.mark.libreoffice
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGSTOP], ids=["crash", "hang"])
def test_a_crashed_or_hung_worker_is_restarted_and_its_chunk_retried(tmp_path, uno_python, monkeypatch, sig):
    broken = CrashingWorker(uno_python, sig)
    monkeypatch.setattr(step, "make_endpoints", lambda *a: [broken, server.LocalServer(uno_python)])
    folder, written = write_letters(tmp_path, 8)
    with folder:
        step.tambah_pdf([(folder, written)], pengaturan=PdfSettings(chunk=2, timeout=6))
    assert broken.starts == 2  # restarted once
    assert not [pid for pid in broken.victims if pid in office_processes("soffice")]  # the lost one is gone
    assert_every_letter_in_order(folder.path, 8)


@pytest.fixture
def loopback_servers(uno_python):
    """Two real unoservers on loopback, as an office would run them on other machines."""
    servers = [server.LocalServer(uno_python, name=f"server {n}", port=server.free_port()) for n in (1, 2)]
    try:
        for one in servers:
            one.start()
        yield servers
    finally:
        for one in servers:
            one.stop()


@posix_only
@pytest.mark.libreoffice
def test_a_server_lost_mid_batch_leaves_the_batch_complete_and_in_order(tmp_path, loopback_servers, monkeypatch):
    first, second = loopback_servers
    calls = {first.port: 0, second.port: 0}
    original = server.RemoteServer.convert

    def convert(self, source, target, timeout):
        calls[self.port] += 1
        if self.port == first.port and calls[self.port] == 2:  # the machine goes away as its second chunk is sent
            # Killed before the call rather than on a timer: a two-letter chunk can convert faster than any delay.
            os.kill(first.process.pid, signal.SIGTERM)
            first.process.wait(timeout=60)
        return original(self, source, target, timeout)

    monkeypatch.setattr(server.RemoteServer, "convert", convert)
    folder, written = write_letters(tmp_path, 12)
    addresses = tuple(("127.0.0.1", one.port) for one in loopback_servers)
    with folder:
        step.tambah_pdf([(folder, written)], pengaturan=PdfSettings(servers=addresses, chunk=2))
    assert first.process.poll() is not None and not server.responds("127.0.0.1", first.port, timeout=1)
    assert calls[first.port] >= 2 and calls[second.port] >= 4
    assert_every_letter_in_order(folder.path, 12)


def start_pdf_run(event: Path, out: Path, temp: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "naskah", "undangan", str(event), "-o", str(out), "--pdf", "--pdf-pekerja", "2"]
    env = {
        **os.environ,
        "TMPDIR": str(temp),
        "NASKAH_KONFIG": str(temp / "tidak-ada.yaml"),
        "NASKAH_PDF_POTONGAN": "10",
    }
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def wait_for(check, what: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


@posix_only
@pytest.mark.libreoffice
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGKILL], ids=["sigterm", "ctrl-c", "kill"])
def test_stopping_a_pdf_run_leaves_no_libreoffice_and_no_profile(tmp_path, uno_python, sig):
    temp = tmp_path / "tmp"
    temp.mkdir()
    out = tmp_path / "hasil"
    process = start_pdf_run(event_with(tmp_path, 200), out, temp)
    wait_for(lambda: len(office_processes(f"{temp}/naskah-lo-")) >= 2 or process.poll() is not None, "tidak mulai")
    assert process.poll() is None, process.communicate()
    wait_for(lambda: list(temp.glob("naskah-pdf-*/*/*.pdf")), "belum ada potongan yang selesai")
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=120)
    if sig != signal.SIGKILL:  # the CLI's convention: 130 for Ctrl-C, 128 + the signal's number otherwise
        code, said = (130, "Dibatalkan") if sig == signal.SIGINT else (128 + sig, "Dihentikan (SIGTERM)")
        assert process.returncode == code and said in stderr and "Traceback" not in stderr, stderr
        assert not out.exists()
    # killed outright, naskah cleans nothing itself: the workers' watchdogs do, within moments
    wait_for(lambda: not office_processes(str(temp)), "LibreOffice masih berjalan", seconds=60)
    wait_for(lambda: not list(temp.iterdir()), f"tertinggal: {list(temp.iterdir())}", seconds=60)


def test_no_server_answering_fails_in_indonesian_and_leaves_nothing(tmp_path, monkeypatch):
    from naskah.pdf import pool

    monkeypatch.setattr(pool, "ALL_DOWN_LIMIT", 1.0)
    started = time.time() - 1
    out = tmp_path / "hasil"
    closed = server.free_port()  # nobody listens there
    args = ["undangan", str(event_with(tmp_path, 3)), "-o", str(out), "--pdf", "--pdf-server", f"127.0.0.1:{closed}"]
    result = CliRunner().invoke(main, args, env={"NASKAH_KONFIG": str(tmp_path / "tidak-ada.yaml")})
    assert result.exit_code == 1, result.output
    assert "Galat: tidak ada pekerja atau server PDF yang dapat dihubungi; periksa --pdf-server" in result.output
    assert not out.exists()
    assert not [p for p in Path(tempfile.gettempdir()).glob("naskah-pdf-*") if p.stat().st_mtime > started]


def test_a_libreoffice_that_cannot_start_is_reported_at_once(tmp_path, monkeypatch):
    broken = tmp_path / "penjaga-rusak.py"
    broken.write_text("import sys\nprint('soffice: cannot open display')\nsys.exit(1)\n", encoding="utf-8")
    monkeypatch.setattr(server, "WATCHDOG", broken)
    monkeypatch.setattr(server.soffice, "find_soffice_or_none", lambda: None)
    workers = [server.LocalServer(sys.executable, name=f"pekerja {n}") for n in (1, 2)]
    monkeypatch.setattr(step, "make_endpoints", lambda *a: workers)
    folder, written = write_letters(tmp_path, 3)
    started = time.monotonic()
    with pytest.raises(step.PdfError, match="LibreOffice \\(unoserver\\) tidak dapat dijalankan: soffice: cannot"):
        with folder:
            step.tambah_pdf([(folder, written)], pengaturan=PdfSettings(workers=2))
    assert time.monotonic() - started < 45  # not the minute-long wait for servers that may come back
    assert not (tmp_path / "hasil").exists() and all(w.folder is None for w in workers)
