"""A separate process taking numbers from a register, for the concurrency tests.

    python -m tests.agenda.pekerja LOKASI JUMLAH MULAI_FILE   → prints the numbers it took, one a line

It waits until MULAI_FILE exists, so that every worker starts taking numbers at the same moment.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from pathlib import Path

from naskah.agenda.buku import BukuAgenda
from naskah.agenda.catatan import Entri


def main(lokasi: str, jumlah: int, mulai: Path) -> None:
    entri = Entri(
        "undangan",
        dt.date(2024, 6, 18),
        "Undangan",
        "Biasa",
        "400.14",
        "DP3A",
        f"proses {os.getpid()}",
        1,
        "Kepala Dinas",
    )
    with BukuAgenda(lokasi) as buku:
        buku.berikut(entri)  # connect (and import everything) before the start signal
        print("siap", flush=True)
        while not mulai.exists():
            time.sleep(0.005)
        for _ in range(jumlah):
            print(buku.pesan_satu(entri, lambda urut: f"400.14/{urut}/DP3A/2024").urut, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]))
