"""Benchmark `--pdf` (issue 15); run `make bench` or this file. Not a test: it prints figures and ratios.

In one run, against baselines measured in the same run on the same machine:

1. N letters (default 1,000) to PDF with the pool of local workers (`tambah_pdf`: worker start-up, chunks,
   conversion, the cut per letter and the joined print file) against one plain ``soffice --convert-to pdf``
   of the same print file: the ratio and milliseconds per page.
2. The same through two unoservers on loopback (``--pdf-server``), started beforehand as an office runs them.
3. The docx step (`naskah undangan --tanpa-daftar`, per-recipient files and the print file) for 1,000 and
   100,000 recipients from a CSV list: time and peak RSS, their ratio, and the floor of creating as many
   files of the same sizes with plain writes.

python tools/bench_pdf.py                 # everything (several minutes)
python tools/bench_pdf.py -n 300 --besar 20000
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

from naskah.domain.loader import LoadedEvent, load_event
from naskah.jenis import undangan
from naskah.keluaran import OutputFolder
from naskah.pdf import server, soffice, step
from naskah.pdf.config import PdfSettings

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "advokasi-palopo.yaml"
TARGET_SPEEDUP, TARGET_MS_PER_PAGE, TARGET_RSS_RATIO = 3.0, 10.0, 1.5
# Runs the command as its own child so ru_maxrss is that command's peak alone.
_MEASURE = (
    "import resource, subprocess, sys, time; t = time.perf_counter(); "
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
    "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def with_recipients(loaded: LoadedEvent, count: int) -> LoadedEvent:
    """Return `loaded` with its recipient list repeated up to `count` recipients."""
    penerima = list(itertools.islice(itertools.cycle(loaded.berkas.penerima), count))
    sources = loaded.sources
    if sources is not None and sources.penerima_file is not None:  # messages name each copy's row
        rows = tuple(itertools.islice(itertools.cycle(sources.penerima_rows), count))
        sources = dataclasses.replace(sources, penerima_rows=rows)
    berkas = loaded.berkas.model_copy(update={"penerima": penerima})
    return dataclasses.replace(loaded, berkas=berkas, sources=sources)


def line(label: str, value: str) -> None:
    print(f"  {label:<58} {value}", flush=True)


def letters_in(folder: Path, loaded: LoadedEvent) -> tuple[OutputFolder, list[Path]]:
    out = OutputFolder(folder, overwrite=False)
    return out, undangan.buat(loaded, out, daftar=False)


def timed_pdf(folder: OutputFolder, written: list[Path], settings: PdfSettings) -> float:
    started = time.perf_counter()
    with folder:
        step.tambah_pdf([(folder, written)], pengaturan=settings)
    return time.perf_counter() - started


def bench_pdf(count: int, work: Path) -> None:
    cores = os.cpu_count() or 1
    print(f"PDF: {count} surat undangan ({cores} inti, load average {os.getloadavg()[0]:.1f})")
    loaded = with_recipients(load_event(EXAMPLE), count)
    folder, written = letters_in(work / "soffice", loaded)
    merged = folder.path / undangan.NAMA_GABUNGAN
    started = time.perf_counter()
    soffice.convert_to_pdf([merged], work, targets=[work / "satu.pdf"], timeout=3600)
    single = time.perf_counter() - started
    pages = len(PdfReader(work / "satu.pdf").pages)
    line(f"satu soffice --convert-to pdf berkas gabungan ({pages} hlm.)", f"{single:7.2f} s  {ms(single, pages)}")

    folder, written = letters_in(work / "pool", loaded)
    pooled = timed_pdf(folder, written, PdfSettings())
    line(f"--pdf, {cores} pekerja lokal (mulai, potong, gabung: semua)", f"{pooled:7.2f} s  {ms(pooled, pages)}")
    verdict(single / pooled, pooled * 1000 / pages)

    python = server.find_uno_python()
    if python is None:
        line("dua server loopback", "dilewati: tidak ada Python dengan uno")
        return
    servers = [server.LocalServer(python, name=f"server {n}", port=server.free_port()) for n in (1, 2)]
    try:
        for one in servers:
            one.start()
        folder, written = letters_in(work / "server", loaded)
        addresses = tuple((one.host, one.port) for one in servers)
        remote = timed_pdf(folder, written, PdfSettings(servers=addresses))
    finally:
        for one in servers:
            one.stop()
    line("--pdf-server ×2 di loopback (server sudah berjalan)", f"{remote:7.2f} s  {ms(remote, pages)}")
    verdict(single / remote, remote * 1000 / pages)


def ms(seconds: float, pages: int) -> str:
    return f"{seconds * 1000 / pages:6.1f} ms/hlm."


def verdict(speedup: float, ms_per_page: float) -> None:
    ok_speed = "ya" if speedup >= TARGET_SPEEDUP else "TIDAK"
    ok_page = "ya" if ms_per_page <= TARGET_MS_PER_PAGE else "TIDAK"
    line(
        "  terhadap satu soffice",
        f"{speedup:5.2f}×  (sasaran ≥ {TARGET_SPEEDUP:g}×: {ok_speed}; ≤ {TARGET_MS_PER_PAGE:g} ms/hlm.: {ok_page})",
    )


def event_with_list(folder: Path, count: int) -> Path:
    """Write an event whose recipients come from a CSV of `count` rows; return the event file."""
    sys.path.insert(0, str(ROOT))
    from tests.corpus.berkas import with_penerima

    kabupaten = ["Luwu Utara", "Toraja Utara", "Bantaeng", "Sinjai", "Kepulauan Selayar", "Enrekang", "Pinrang"]
    with (folder / f"daftar-{count}.csv").open("w", encoding="utf-8") as fp:
        fp.write("nama,jabatan\n")
        for i in range(1, count + 1):
            fp.write(f"Penerima Nomor {i},Camat Kecamatan {kabupaten[i % len(kabupaten)]} {i}\n")
    event = folder / f"acara-{count}.yaml"
    event.write_text(with_penerima(f"daftar-{count}.csv"), encoding="utf-8")
    return event


def bench_memory(sizes: tuple[int, int], work: Path) -> None:
    print(f"docx: surat per penerima + berkas gabungan (naskah undangan --tanpa-daftar), load {os.getloadavg()[0]:.1f}")
    naskah = str(Path(sys.executable).with_name("naskah"))
    peaks = {}
    for count in sizes:
        event = event_with_list(work, count)
        out = work / f"hasil-{count}"
        command = [sys.executable, "-c", _MEASURE, naskah, "undangan", str(event), "-o", str(out), "--tanpa-daftar"]
        seconds, peak_kib = subprocess.run(command, capture_output=True, text=True, check=True).stdout.split()
        peaks[count] = int(peak_kib) / 1024
        floor = file_floor(out, work / f"lantai-{count}")
        shutil.rmtree(out)
        line(f"{count:>7} penerima", f"{float(seconds):7.1f} s  puncak RSS {peaks[count]:6.0f} MB")
        line("          lantai: menulis berkas yang sama besarnya saja", f"{floor:7.1f} s")
    small, big = sizes
    ratio = peaks[big] / peaks[small]
    ok = "ya" if ratio <= TARGET_RSS_RATIO else "TIDAK"
    line(f"  RSS {big} / {small}", f"{ratio:5.2f}×  (sasaran ≤ {TARGET_RSS_RATIO:g}×: {ok})")


def file_floor(made: Path, folder: Path) -> float:
    """Return the time to create files of the sizes in `made` with plain writes: what the disk alone costs."""
    sizes = [path.stat().st_size for path in made.iterdir()]
    folder.mkdir()
    started = time.perf_counter()
    for number, size in enumerate(sizes):
        with (folder / f"{number}.docx").open("wb") as fp:
            fp.write(os.urandom(size) if number == 0 else b"\0" * size)
    seconds = time.perf_counter() - started
    shutil.rmtree(folder)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=1000, help="surat untuk PDF (bawaan 1000)")
    parser.add_argument("--kecil", type=int, default=1000, help="penerima pada ukuran kecil (bawaan 1000)")
    parser.add_argument("--besar", type=int, default=100_000, help="penerima pada ukuran besar (bawaan 100000)")
    parser.add_argument("--tanpa-pdf", action="store_true", help="ukur memori saja")
    parser.add_argument("--tanpa-memori", action="store_true", help="ukur PDF saja")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="naskah-bench-") as work:
        if not args.tanpa_pdf:
            (Path(work) / "pdf").mkdir()
            bench_pdf(args.n, Path(work) / "pdf")
        if not args.tanpa_memori:
            (Path(work) / "docx").mkdir()
            bench_memory((args.kecil, args.besar), Path(work) / "docx")


if __name__ == "__main__":
    main()
