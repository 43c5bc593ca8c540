"""Print what `--pdf` costs for a batch of invitations: one LibreOffice run on the print file, then the cut (not a test).

python tools/bench_pdf.py            # 1,000 letters from examples/advokasi-palopo.yaml
python tools/bench_pdf.py -n 200
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import os
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

from naskah.commands import pdf_step
from naskah.domain.loader import LoadedEvent, load_event
from naskah.jenis import undangan
from naskah.keluaran import OutputFolder
from naskah.rendering import pdf

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "advokasi-palopo.yaml"


def with_recipients(loaded: LoadedEvent, count: int) -> LoadedEvent:
    """Return `loaded` with its recipient list repeated up to `count` recipients."""
    penerima = list(itertools.islice(itertools.cycle(loaded.berkas.penerima), count))
    return dataclasses.replace(loaded, berkas=loaded.berkas.model_copy(update={"penerima": penerima}))


def timed(label: str, func, *args, **kwargs):
    started = time.perf_counter()
    result = func(*args, **kwargs)
    seconds = time.perf_counter() - started
    print(f"{label:<46} {seconds:8.2f} s")
    return result, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=1000, help="jumlah surat (bawaan 1000)")
    count = parser.parse_args().n
    print(f"--pdf: {count} surat ({os.cpu_count()} CPU, load average {os.getloadavg()[0]:.1f})")
    loaded = with_recipients(load_event(EXAMPLE), count)
    with tempfile.TemporaryDirectory() as work:
        folder = OutputFolder(Path(work) / "hasil", overwrite=False)
        written, _ = timed(f"{count} surat .docx + berkas gabungan", undangan.buat, loaded, folder, daftar=False)
        _, start_cost = timed(
            "1 surat ke PDF (satu kali LibreOffice mulai)",
            pdf.convert_to_pdf,
            [written[0]],
            Path(work),
            targets=[Path(work) / "satu.pdf"],
        )
        made, total = timed(f"--pdf: gabungan ke PDF + {count} PDF per surat", pdf_step.tambah_pdf, [(folder, written)])
        pages = len(PdfReader(folder.path / "undangan-gabungan.pdf").pages)
        cut_start = time.perf_counter()
        pdf.split_pdf(
            folder.path / "undangan-gabungan.pdf", [1] * pages, [Path(work) / f"u{i}.pdf" for i in range(pages)]
        )
        cut = time.perf_counter() - cut_start
    print(f"{'halaman gabungan':<46} {pages:8d}")
    print(f"{'PDF ditulis':<46} {len(made):8d}")
    print(f"{'pemotongan per surat (pypdf) saja':<46} {cut:8.2f} s  ({cut / pages * 1000:.1f} ms per surat)")
    convert = total - cut
    print(f"{'konversi LibreOffice per halaman':<46} {(convert - start_cost) / pages * 1000:8.1f} ms")
    print(f"{'--pdf seluruhnya per halaman':<46} {total / pages * 1000:8.1f} ms")
    print(f"{'perkiraan bila tiap surat dikonversi sendiri':<46} {start_cost * count:8.0f} s")


if __name__ == "__main__":
    main()
