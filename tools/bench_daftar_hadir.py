"""Time `naskah daftar-hadir` on a list of N attendees (default 5,000), phase by phase (not a test).

Run: python tools/bench_daftar_hadir.py [--baris 5000] [--ulang 3]
"""

from __future__ import annotations

import argparse
import csv
import shutil
import tempfile
import time
from pathlib import Path

from naskah.domain.loader import load_event
from naskah.jenis import daftar_hadir
from naskah.jenis.daftar_hadir import konteks as dhc
from naskah.keluaran import OutputFolder, gabungan

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
KELOMPOK = ("peserta", "peserta", "peserta", "undangan", "panitia")


def write_event(folder: Path, rows: int) -> Path:
    """Write the Palopo event with a recipient list of `rows` people into `folder`; return the event file."""
    shutil.copytree(EXAMPLES / "profil", folder / "profil")
    with (folder / "penerima.csv").open("w", newline="", encoding="utf-8") as fp:
        writer = csv.writer(fp)
        writer.writerow(["nama", "jabatan", "instansi", "telepon", "jenis_kelamin", "kelompok"])
        for i in range(1, rows + 1):
            writer.writerow(
                [
                    f"Peserta Nomor {i}, S.Pd.",
                    "Guru Ahli Pertama",
                    f"SD Negeri {i % 97 + 1} Palopo",
                    f"0812{i:08d}",
                    "LP"[i % 2],
                    KELOMPOK[i % len(KELOMPOK)],
                ]
            )
    text = (EXAMPLES / "advokasi-palopo.yaml").read_text(encoding="utf-8")
    event = folder / "acara.yaml"
    event.write_text(text.replace("penerima: penerima-palopo.xlsx", "penerima: penerima.csv"), encoding="utf-8")
    return event


def measure(event: Path, out: Path) -> dict[str, float]:
    """Return seconds per phase for one run: load, context, template, render + write, and the total."""
    times: dict[str, float] = {}
    start = last = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal last
        now = time.perf_counter()
        times[name], last = now - last, now

    loaded = load_event(event)
    lap("baca berkas acara + daftar")
    susunan = dhc.susun(loaded)
    lap("susun konteks")
    with OutputFolder(out, overwrite=True) as folder:
        template = daftar_hadir._template(loaded, susunan.page)
        lap("siapkan templat")
        with gabungan(template, folder.path_for(daftar_hadir.NAMA_BERKAS)) as writer:
            for sheet in susunan.lembar:
                writer.add(template.render_part_xml(sheet))
        lap("isi + tulis docx")
    times["jumlah (tanpa baca)"] = time.perf_counter() - start - times["baca berkas acara + daftar"]
    times["jumlah"] = time.perf_counter() - start
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--baris", type=int, default=5000)
    parser.add_argument("--ulang", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        event = write_event(Path(tmp), args.baris)
        runs = [measure(event, Path(tmp) / f"hasil-{i}") for i in range(args.ulang)]
        size = (Path(tmp) / "hasil-0" / daftar_hadir.NAMA_BERKAS).stat().st_size
    print(f"{args.baris} penerima, terbaik dari {args.ulang} kali; berkas {size / 1e6:.1f} MB")
    for name in runs[0]:
        print(f"  {name:<28} {min(run[name] for run in runs):6.2f} s")


if __name__ == "__main__":
    main()
