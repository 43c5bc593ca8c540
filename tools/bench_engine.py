"""Print ms per letter: naive docxtpl loop vs PreparedTemplate files vs one merged file (not a test)."""

from __future__ import annotations

import argparse
import io
import struct
import tempfile
import time
import tracemalloc
import zlib
from pathlib import Path

import docx
from docx.shared import Mm

from naskah.docx import PreparedTemplate
from naskah.docx.environment import make_environment
from naskah.docx.page import PageSetup
from naskah.keluaran import atomic_write_bytes, gabungan, tulis_docx

PARAGRAPHS = (
    "Sehubungan dengan pelaksanaan {{ acara }} yang akan diselenggarakan oleh {{ instansi }}, "
    "bersama ini kami mengundang Bapak/Ibu untuk hadir pada kegiatan tersebut.",
    "Hari/tanggal\t: {{ tanggal }}",
    "Waktu\t: {{ waktu }}",
    "Tempat\t: {{ tempat }}",
    "Demikian undangan ini kami sampaikan. Atas perhatian dan kehadiran Bapak/Ibu kami ucapkan terima kasih.",
)


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\0\0\0\0")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def build_letter(path: Path) -> Path:
    """Write a one-page invitation template with a logo in the header, tags and a rundown table."""
    document = docx.Document()
    header = document.sections[0].header.paragraphs[0]
    header.add_run().add_picture(io.BytesIO(_png()), width=Mm(20))
    header.add_run("PEMERINTAH KABUPATEN {{ kabupaten }}")
    document.add_paragraph("Nomor\t: {{ nomor }}")
    document.add_paragraph("Kepada Yth. {{ penerima.nama }}")
    document.add_paragraph("{{ penerima.jabatan }}")
    for text in PARAGRAPHS:
        document.add_paragraph(text)
    table = document.add_table(rows=3, cols=2)
    table.rows[0].cells[0].text = "{%tr for s in susunan %}"
    table.rows[1].cells[0].text = "{{ s.waktu }}"
    table.rows[1].cells[1].text = "{{ s.kegiatan }}"
    table.rows[2].cells[0].text = "{%tr endfor %}"
    document.add_paragraph("{%p if catatan %}")
    document.add_paragraph("Catatan: {{ catatan }}")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{{ pejabat }}")
    document.save(path)
    return path


def context(i: int) -> dict[str, object]:
    return {
        "kabupaten": "Sleman",
        "nomor": f"005/{i}/2025",
        "acara": "Rapat Koordinasi",
        "instansi": "Bappeda",
        "tanggal": "Senin, 18 Agustus 2025",
        "waktu": "09.00 WIB",
        "tempat": "Aula",
        "catatan": "Pakaian dinas",
        "penerima": {"nama": f"Kepala Dinas {i} & Staf", "jabatan": "Kepala"},
        "pejabat": "Drs. H. Ahmad",
        "susunan": [{"waktu": f"0{h}.00", "kegiatan": f"Sesi {h}"} for h in range(1, 6)],
    }


def naive(template: Path, out: Path, n: int) -> float:
    from docxtpl import DocxTemplate

    start = time.perf_counter()
    for i in range(n):
        doc = DocxTemplate(template)
        doc.render(context(i), jinja_env=make_environment())
        doc.save(out / f"naive-{i}.docx")
    return time.perf_counter() - start


def fast(template: Path, out: Path, n: int) -> float:
    start = time.perf_counter()
    prepared = PreparedTemplate.load(template, make_environment(), page=PageSetup(215, 330))
    for i in range(n):
        tulis_docx(prepared, prepared.render_part_xml(context(i)), out / f"fast-{i}.docx")
    return time.perf_counter() - start


def io_floor(template: Path, out: Path, n: int) -> float:
    """Time to write `n` finished files of the same size atomically: what the file system alone costs."""
    prepared = PreparedTemplate.load(template, make_environment(), page=PageSetup(215, 330))
    tulis_docx(prepared, prepared.render_part_xml(context(0)), out / "contoh.docx")
    data = (out / "contoh.docx").read_bytes()
    start = time.perf_counter()
    for i in range(n):
        atomic_write_bytes(out / f"io-{i}.docx", data)
    return time.perf_counter() - start


def merged(template: Path, out: Path, n: int) -> float:
    start = time.perf_counter()
    prepared = PreparedTemplate.load(template, make_environment(), page=PageSetup(215, 330))
    with gabungan(prepared, out / "gabungan.docx") as writer:
        for i in range(n):
            writer.add(prepared.render_part_xml(context(i)))
    return time.perf_counter() - start


def check_cost(template: Path, n: int) -> tuple[float, float]:
    """Return (render with the well-formedness check, render without it) in seconds for `n` letters."""
    prepared = PreparedTemplate.load(template, make_environment(), page=PageSetup(215, 330))
    start = time.perf_counter()
    for i in range(n):
        prepared.render_part_xml(context(i))
    checked = time.perf_counter() - start
    prepared._check_xml = lambda *_: None  # type: ignore[method-assign]  # the baseline: the same loop unchecked
    start = time.perf_counter()
    for i in range(n):
        prepared.render_part_xml(context(i))
    return checked, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=1000, help="letters for the fast paths")
    parser.add_argument("--naive", type=int, default=100, help="letters for the naive loop (it is slow)")
    parser.add_argument("--dir", type=Path, default=None, help="where to write (default: system temp)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        out = Path(folder)
        template = build_letter(out / "surat.docx")
        naive_ms = naive(template, out, args.naive) / args.naive * 1000
        fast_ms = fast(template, out, args.n) / args.n * 1000
        floor_ms = io_floor(template, out, args.n) / args.n * 1000
        merged_s = merged(template, out, args.n)
        checked_s, unchecked_s = check_cost(template, args.n)
        tracemalloc.start()
        merged(template, out, max(args.n // 10, 1))
        small_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        merged(template, out, args.n)
        big_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    merged_ms = merged_s / args.n * 1000
    print(f"naive docxtpl   : {naive_ms:7.3f} ms/letter (n={args.naive})")
    print(f"PreparedTemplate: {fast_ms:7.3f} ms/letter (n={args.n}, one file each)  {naive_ms / fast_ms:5.1f}x")
    print(f"  of which disk : {floor_ms:7.3f} ms/letter (atomic write of ready-made bytes)")
    print(f"MergedWriter    : {merged_ms:7.3f} ms/letter (n={args.n}, {merged_s:.3f} s)  {naive_ms / merged_ms:5.1f}x")
    check_ms = (checked_s - unchecked_s) / args.n * 1000
    print(f"  XML check     : {check_ms:7.3f} ms/letter ({checked_s / unchecked_s:4.2f}x the unchecked render)")
    print(
        f"merge peak mem  : {small_peak / 1e6:.1f} MB (n={max(args.n // 10, 1)}), {big_peak / 1e6:.1f} MB (n={args.n})"
    )


if __name__ == "__main__":
    main()
