"""Benchmark `naskah undangan` against the naive docxtpl loop (issue #3); run `make bench` or this file.

In one run: the whole command (a subprocess: start-up, loading, every letter, the merged file) for N = 1,000
and N = 10,000 generated recipients, best of a few runs after flushing the disk; the naive loop (a fresh
``DocxTemplate(...).render(ctx, env); save`` per letter, same template and contexts) for N = 1,000 in full and
for N = 10,000 on a sample extrapolated linearly; the merged file of 1,000 letters alone; peak memory of the
command at both sizes; and (issue #15) the command at N = 1,000 and N = 100,000 once each: time, peak RSS and
their ratio, beside the disk's floor for creating 100,001 files. Timings depend on the machine and on what else
runs on it: the load average is printed.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "advokasi-palopo.yaml"
SIZES = (1_000, 10_000)
REPEATS = {1_000: 5, 10_000: 3}
SETTLE_S = 3  # this VM's disk: file creation costs swing 10x while the journal commits earlier writes
NAIVE_SAMPLE = 500  # letters timed for the naive loop at N = 10,000, then extrapolated
TARGET_RATIO = {1_000: 25, 10_000: 40}
TARGET_MERGED_S, TARGET_RSS_RATIO = 0.3, 1.5
MEMORY_SIZES = (1_000, 100_000)  # issue #15: peak RSS flat in N; 100,000 letters plus the merged file in 30 s
TARGET_100K_S = 30
# Runs the command as its own child so ru_maxrss is that command's peak alone.
_MEASURE = (
    "import resource, subprocess, sys, time; t = time.perf_counter(); "
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
    "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def main() -> None:
    """Run every measurement and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--folder",
        type=Path,
        default=ROOT / "build",
        help="where the letters are written (default: build/ of the repository)",
    )
    base = parser.parse_args().folder
    base.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bench-undangan-", dir=base) as folder:
        work = Path(folder)
        event = write_event(work)
        lists = {n: write_recipients(work / f"penerima-{n}.csv", n) for n in SIZES}
        print(f"naskah undangan: benchmark ({os.cpu_count()} CPU, load average {os.getloadavg()[0]:.1f})")
        print(f"folder kerja {work}: membuat satu berkas kosong {file_floor(work) * 1000:.3f} ms\n")
        command = {n: time_command(event, lists[n], work / f"hasil-{n}", REPEATS[n]) for n in SIZES}
        naive = {n: time_naive(event, lists[n], work / f"naif-{n}", n if n <= 1_000 else NAIVE_SAMPLE) for n in SIZES}
        merged = time_merged(event, lists[1_000], work / "gabungan.docx")
        report(command, naive, merged)
        floor = file_floor(work)
        lists |= {n: write_recipients(work / f"penerima-{n}.csv", n) for n in MEMORY_SIZES if n not in lists}
        memory = {n: time_command(event, lists[n], work / f"memori-{n}", 1) for n in MEMORY_SIZES}
    memory_report(memory, floor)
    pdf_report()


def file_floor(work: Path, count: int = 1_000) -> float:
    """Return the seconds one empty file takes to create and rename into place in `work` (the disk's floor)."""
    floor = work / "floor"
    floor.mkdir()
    os.sync()
    started = time.perf_counter()
    for i in range(count):
        (floor / f".{i}.tmp").touch()
        os.replace(floor / f".{i}.tmp", floor / f"{i}.docx")
    elapsed = time.perf_counter() - started
    shutil.rmtree(floor)
    return elapsed / count


def settle() -> None:
    """Flush earlier writes and let the disk settle, the same for every timed run (ours and the naive loop)."""
    os.sync()
    time.sleep(SETTLE_S)


def write_event(work: Path) -> Path:
    """Return the Palopo example's invitation alone, for `--penerima` lists: absolute profile, no daftar letter."""
    from naskah.domain.yamlio import read_yaml

    example = read_yaml(EXAMPLE).data  # every scalar as text, exactly as naskah reads it
    data = {key: example[key] for key in ("instansi", "acara", "surat", "penandatangan", "tembusan")}
    data["instansi"] = str((EXAMPLE.parent / data["instansi"]).resolve())
    data["surat"] = {**data["surat"], "daftar_undangan": "tidak"}
    data["penerima"] = [{"jabatan": "Camat Wara"}]
    target = work / "acara.yaml"
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


def write_recipients(path: Path, count: int) -> Path:
    """Write `count` plausible, distinct recipients as CSV and return `path`."""
    with path.open("w", encoding="utf-8", newline="") as fp:
        writer = csv.writer(fp)
        writer.writerow(["nama", "jabatan", "instansi", "alamat", "telepon"])
        for i in range(1, count + 1):
            writer.writerow(
                [
                    f"Andi Penerima {i}, S.E.",
                    f"Kepala Seksi Pelayanan {i}",
                    "Dinas Sosial Kota Palopo",
                    "Palopo",
                    f"0812{i:08d}",
                ]
            )
    return path


def time_command(event: Path, listing: Path, out: Path, repeats: int) -> tuple[float, int]:
    """Return the best wall time (s) of the whole command and its peak RSS (KiB)."""
    best: tuple[float, int] | None = None
    for run in range(repeats):
        # Earlier runs' files are flushed, not deleted: deleting thousands of files slows the next creates.
        settle()
        target = out / f"run-{run}"
        cmd = [sys.executable, "-m", "naskah", "undangan", str(event), "-o", str(target), "--penerima", str(listing)]
        done = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"naskah undangan gagal:\n{done.stderr}")
        seconds, rss = done.stdout.split()
        if best is None or float(seconds) < best[0]:
            best = (float(seconds), int(rss))
    shutil.rmtree(out, ignore_errors=True)
    return best


def contexts(event: Path, listing: Path):
    """Return the loaded event and one template context per recipient, built as the command builds them."""
    from naskah.domain.loader import load_event
    from naskah.jenis.undangan import konteks as undangan_context

    loaded = load_event(event, penerima=listing)
    batch = undangan_context.siapkan(loaded)
    return loaded, [batch.untuk(p) for p in loaded.berkas.penerima]


def time_naive(event: Path, listing: Path, out: Path, sample: int) -> tuple[float, int]:
    """Return the naive loop's time for the whole list (extrapolated from `sample` letters) and the sample size."""
    from docxtpl import DocxTemplate

    from naskah.jenis._filters import make_document_environment

    _, items = contexts(event, listing)
    env, template = make_document_environment(), ROOT / "templates" / "undangan.docx"
    out.mkdir()
    settle()
    started = time.perf_counter()
    for i, context in enumerate(items[:sample]):
        document = DocxTemplate(template)
        document.render(context, env)
        document.save(out / f"{i}.docx")
    elapsed = time.perf_counter() - started
    shutil.rmtree(out)
    return elapsed * len(items) / sample, sample


def time_merged(event: Path, listing: Path, target: Path) -> tuple[float, float]:
    """Return (prepare, render + merged file) seconds for the 1,000-letter print file alone."""
    from naskah.jenis import undangan
    from naskah.keluaran import gabungan

    loaded, items = contexts(event, listing)
    started = time.perf_counter()
    template = undangan.prepare_template(loaded, "undangan")
    prepared = time.perf_counter()
    with gabungan(template, target) as merged:
        for context in items:
            merged.add(template.render_part_xml(context))
    return prepared - started, time.perf_counter() - prepared


def report(command: dict, naive: dict, merged: tuple[float, float]) -> None:
    """Print the figures, each next to its target."""
    print(f"{'N':>7}  {'naskah undangan':>16}  {'per surat':>10}  {'loop docxtpl naif':>22}  {'rasio':>7}  target")
    for n in SIZES:
        seconds, _ = command[n]
        naive_s, sample = naive[n]
        how = "" if sample == n else f" ({sample} surat ×{n // sample})"
        ratio = naive_s / seconds
        print(
            f"{n:>7,}  {seconds:>14.2f} s  {seconds / n * 1000:>7.2f} ms  {naive_s:>10.1f} s{how:>11}  "
            f"{ratio:>6.1f}×  ≥ {TARGET_RATIO[n]}× {_mark(ratio >= TARGET_RATIO[n])}"
        )
    prepare, merge = merged
    print(
        f"\nberkas gabungan 1.000 surat saja: {merge:.3f} s (target ≤ {TARGET_MERGED_S} s) "
        f"{_mark(merge <= TARGET_MERGED_S)}; menyiapkan templat sekali: {prepare:.3f} s"
    )
    rss = {n: command[n][1] for n in SIZES}
    ratio = rss[10_000] / rss[1_000]
    print(
        f"RSS puncak perintah: {rss[1_000] / 1024:.0f} MB (1.000), {rss[10_000] / 1024:.0f} MB (10.000); "
        f"rasio {ratio:.2f} (target ≤ {TARGET_RSS_RATIO}) {_mark(ratio <= TARGET_RSS_RATIO)}"
    )
    if any(sample != n for n, (_, sample) in naive.items()):
        print(f"\nLoop naif untuk N = 10.000 diukur pada {NAIVE_SAMPLE} surat lalu dikalikan secara linear.")


def memory_report(memory: dict[int, tuple[float, int]], floor: float) -> None:
    """Print the issue #15 figures: time and peak RSS at 1,000 and 100,000 recipients, and the disk's floor."""
    small, large = MEMORY_SIZES
    print(f"\nDaftar panjang (satu kali jalan per ukuran; {_angka(small)} dan {_angka(large)} penerima):")
    for n in MEMORY_SIZES:
        seconds, rss = memory[n]
        print(
            f"{_angka(n):>9} penerima: {seconds:7.1f} s ({seconds / n * 1000:.2f} ms/surat), RSS puncak {rss / 1024:.0f} MB"
        )
    ratio = memory[large][1] / memory[small][1]
    print(
        f"rasio RSS {_angka(large)}/{_angka(small)}: {ratio:.2f} (target ≤ {TARGET_RSS_RATIO}) {_mark(ratio <= TARGET_RSS_RATIO)}"
    )
    seconds = memory[large][0]
    print(
        f"{_angka(large)} surat + berkas gabungan: {seconds:.1f} s (target ≤ {TARGET_100K_S} s bila disk mengizinkan) "
        f"{_mark(seconds <= TARGET_100K_S)}; batas bawah disk untuk {_angka(large + 1)} berkas kosong: "
        f"{floor * (large + 1):.1f} s ({floor * 1000:.3f} ms/berkas)"
    )


def pdf_report() -> None:
    """Print the --pdf figures for 1,000 letters (tools/bench_pdf.py) when LibreOffice is installed."""
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        print("\n--pdf: LibreOffice tidak terpasang, tidak diukur.")
        return
    print("\n--pdf, 1.000 surat (tools/bench_pdf.py):")
    subprocess.run([sys.executable, str(ROOT / "tools" / "bench_pdf.py"), "-n", "1000"], check=True)


def _angka(n: int) -> str:
    return f"{n:,}".replace(",", ".")  # Indonesian thousands dots


def _mark(ok: bool) -> str:
    return "ok" if ok else "BELUM"


if __name__ == "__main__":
    main()
