"""The larger layout sweep: `python -m tests.tata_letak [--acara N] [--mulai S] [--folder F]` (make tata-letak)."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from tests.tata_letak import jalankan


def main() -> int:
    parser = argparse.ArgumentParser(description="Sapuan tata letak: acara acak berbenih, dirender LibreOffice.")
    parser.add_argument("--acara", type=int, default=120, help="jumlah acara (bawaan 120)")
    parser.add_argument("--mulai", type=int, default=1000, help="benih pertama (bawaan 1000)")
    parser.add_argument("--per-batch", type=int, default=40, help="acara per satu kali LibreOffice")
    parser.add_argument("--folder", type=Path, help="simpan hasil di sini (bawaan: folder sementara)")
    args = parser.parse_args()
    seeds = list(range(args.mulai, args.mulai + args.acara))
    failures = 0
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.folder or Path(temporary)
        totals = None
        for start in range(0, len(seeds), args.per_batch):
            batch = seeds[start : start + args.per_batch]
            laporan = jalankan(batch, folder / f"batch-{start:05d}")
            for line in laporan.gagal:
                print(line)
            failures += len(laporan.gagal)
            if totals is None:
                totals = laporan
            else:
                totals.dokumen += laporan.dokumen
                totals.halaman += laporan.halaman
                totals.diperiksa.update(laporan.diperiksa)
                totals.gagal += laporan.gagal
            print(totals.ringkasan(start + len(batch)), flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
