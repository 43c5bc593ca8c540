"""PDF through LibreOffice: errors that name the fix, one run for many files, print files cut per letter.

Tests marked `libreoffice` render real PDFs (the `soffice` fixture fails instead of skipping in CI).
"""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from pypdf import PdfReader, PdfWriter

from naskah.cli import main
from naskah.docx import PreparedTemplate
from naskah.domain.loader import load_event
from naskah.errors import PdfError
from naskah.jenis import undangan
from naskah.jenis._filters import make_document_environment
from naskah.keluaran import OutputFolder, gabungan, tulis_docx
from naskah.pdf import soffice as lo
from naskah.pdf import split
from naskah.pdf import step as pdf_step
from naskah.pdf.pool import Pool
from tests.conftest import EXAMPLES

F4_POINTS = (215 / 25.4 * 72, 330 / 25.4 * 72)  # 609.4 × 935.4 pt
posix_only = pytest.mark.skipif(os.name != "posix", reason="skrip soffice tiruan memakai /bin/sh")


def fake_program(folder: Path, name: str, script: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Put a shell script called `name` first on PATH."""
    folder.mkdir(exist_ok=True)
    program = folder / name
    program.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")


def small_docx(path: Path, *lines: str) -> Path:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def blank_pdf(path: Path, heights: list[int]) -> Path:
    writer = PdfWriter()
    for height in heights:
        writer.add_blank_page(width=100, height=height)
    with path.open("wb") as fp:
        writer.write(fp)
    return path


def heights(path: Path) -> list[int]:
    return [round(float(page.mediabox.height)) for page in PdfReader(path).pages]


def pdf_text(path: Path, *, layout: bool = False) -> str:
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


# --------------------------------------------------------------------------- errors naming the fix


def test_missing_libreoffice_names_the_install_command(tmp_path, monkeypatch):
    monkeypatch.setattr(lo.shutil, "which", lambda name: None)
    monkeypatch.setattr(lo, "_KNOWN_PLACES", ())
    with pytest.raises(PdfError, match="apt-get install libreoffice-writer-nogui fonts-liberation2"):
        lo.convert_to_pdf([small_docx(tmp_path / "a.docx", "x")], tmp_path)


@posix_only
def test_a_hanging_libreoffice_is_stopped_after_the_timeout(tmp_path, monkeypatch):
    fake_program(tmp_path / "bin", "soffice", "sleep 30", monkeypatch)
    source = small_docx(tmp_path / "a.docx", "x")
    with pytest.raises(PdfError, match="tidak selesai dalam 0.5 detik"):
        lo.convert_to_pdf([source], tmp_path, timeout=0.5)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx", "bin"]  # no temp folder, no PDF


@posix_only
def test_libreoffice_writing_nothing_is_an_error_not_a_missing_file(tmp_path, monkeypatch):
    fake_program(tmp_path / "bin", "soffice", "exit 0", monkeypatch)
    source = small_docx(tmp_path / "surat.docx", "x")
    with pytest.raises(PdfError, match="surat.docx: LibreOffice tidak menghasilkan PDF"):
        lo.convert_to_pdf([source], tmp_path)
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".naskah-pdf-*"))


# A stand-in for LibreOffice that writes a minimal PDF per input; with CRASH_AFTER set it stops (exit 134, as
# on SIGABRT) once it has written that many in one run, the way a long real run sometimes ends (exit 0 seen too).
FAKE_SOFFICE = r"""
echo run >> "$RUNS"
out=""; prev=""; done=0
for arg in "$@"; do
  if [ "$prev" = "--outdir" ]; then out="$arg"; fi
  prev="$arg"
done
mkdir -p "$out"
for arg in "$@"; do
  case "$arg" in
    *.docx)
      if [ -n "$CRASH_AFTER" ] && [ "$done" -ge "$CRASH_AFTER" ]; then exit "${CRASH_CODE:-134}"; fi
      name=$(basename "$arg" .docx)
      printf '%%PDF-1.4\n%%%%EOF\n' > "$out/$name.pdf"
      done=$((done + 1));;
  esac
done
"""


def crashing_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, crash_after: int) -> list[Path]:
    fake_program(tmp_path / "bin", "soffice", FAKE_SOFFICE, monkeypatch)
    monkeypatch.setenv("RUNS", str(tmp_path / "runs.txt"))
    monkeypatch.setenv("CRASH_AFTER", str(crash_after))
    return [small_docx(tmp_path / f"surat-{n}.docx", "x") for n in range(5)]


def soffice_runs(tmp_path: Path) -> int:
    return (tmp_path / "runs.txt").read_text().count("run")


@posix_only
@pytest.mark.parametrize("code", ["134", "0"])
def test_a_libreoffice_dying_part_way_is_restarted_for_the_rest(tmp_path, monkeypatch, code):
    monkeypatch.setenv("CRASH_CODE", code)
    sources = crashing_soffice(tmp_path, monkeypatch, crash_after=2)
    (tmp_path / "pdf").mkdir()
    made = lo.convert_to_pdf(sources, tmp_path / "pdf")
    assert [p.name for p in made] == [f"surat-{n}.pdf" for n in range(5)]
    assert all(lo.is_pdf(p) for p in made) and soffice_runs(tmp_path) == 3


@posix_only
def test_a_libreoffice_that_keeps_dying_is_given_up_naming_the_first_file_left(tmp_path, monkeypatch):
    sources = crashing_soffice(tmp_path, monkeypatch, crash_after=1)
    (tmp_path / "pdf").mkdir()
    with pytest.raises(
        PdfError, match=r"berhenti sebelum selesai \(kode 134\), 3 kali; 2 berkas belum menjadi PDF, mulai dari surat-3"
    ):
        lo.convert_to_pdf(sources, tmp_path / "pdf")
    assert soffice_runs(tmp_path) == 1 + lo.RESTARTS
    assert list((tmp_path / "pdf").iterdir()) == []  # nothing half-done left under a final name


@posix_only
def test_arial_falling_back_to_dejavu_is_warned_about(tmp_path, monkeypatch):
    fake_program(tmp_path / "bin", "fc-match", 'echo \'DejaVuSans.ttf: "DejaVu Sans" "Book"\'', monkeypatch)
    warning = lo.font_warning()
    assert warning is not None and "DejaVu Sans" in warning and "fonts-liberation2" in warning


@posix_only
def test_arial_resolving_to_liberation_sans_is_fine(tmp_path, monkeypatch):
    fake_program(
        tmp_path / "bin", "fc-match", 'echo \'LiberationSans-Regular.ttf: "Liberation Sans" "Regular"\'', monkeypatch
    )
    assert lo.font_warning() is None


def test_the_time_limit_grows_with_the_documents(tmp_path):
    small = small_docx(tmp_path / "kecil.docx", "x")
    big = tmp_path / "besar.docx"
    big.write_bytes(b"x" * 2048 * 1024)
    assert lo.default_timeout([small]) >= lo.BASE_TIMEOUT
    assert lo.default_timeout([small, big]) >= lo.default_timeout([small]) + 200


def test_pdf_without_libreoffice_fails_clearly_and_leaves_no_documents(tmp_path, monkeypatch):
    monkeypatch.setattr(lo.shutil, "which", lambda name: None)
    monkeypatch.setattr(lo, "_KNOWN_PLACES", ())
    out = tmp_path / "hasil"
    result = CliRunner().invoke(main, ["sambutan", str(EXAMPLES / "advokasi-palopo.yaml"), "-o", str(out), "--pdf"])
    assert result.exit_code == 1
    assert result.output.startswith("Galat: LibreOffice (soffice) tidak ditemukan")
    assert "apt-get install libreoffice-writer-nogui fonts-liberation2" in result.output
    assert not out.exists()


# --------------------------------------------------------------------------- cutting a print file


def test_split_pdf_by_page_counts(tmp_path):
    merged = blank_pdf(tmp_path / "gabungan.pdf", [101, 102, 103, 104])
    parts = split.split_pdf(merged, [1, 2, 1], [tmp_path / "a.pdf", tmp_path / "b.pdf", tmp_path / "c.pdf"])
    assert [heights(p) for p in parts] == [[101], [102, 103], [104]]


def test_split_pdf_by_ranges(tmp_path):
    merged = blank_pdf(tmp_path / "gabungan.pdf", [101, 102, 103])
    parts = split.split_pdf(merged, [range(2, 3), range(0, 2)], [tmp_path / "a.pdf", tmp_path / "b.pdf"])
    assert [heights(p) for p in parts] == [[103], [101, 102]]


def test_page_counts_that_do_not_add_up_refuse_to_cut(tmp_path):
    merged = blank_pdf(tmp_path / "gabungan.pdf", [101, 102, 103])
    with pytest.raises(PdfError, match="3 halaman"):
        split.split_pdf(merged, [1, 1], [tmp_path / "a.pdf", tmp_path / "b.pdf"])
    assert not (tmp_path / "a.pdf").exists()


def test_one_page_per_letter_needs_no_text(tmp_path):
    class Unreadable(list):
        def __getitem__(self, index):
            raise AssertionError("markers must not be read when pages == letters")

    merged = blank_pdf(tmp_path / "gabungan.pdf", [101, 102, 103])
    assert split.letter_page_counts(merged, Unreadable(["a", "b", "c"])) == [1, 1, 1]


def test_markers_are_the_first_line_not_every_letter_shares():
    texts = [
        ["KOP", "Nomor: 1", "Yth. Camat Bara", "isi"],
        ["KOP", "Nomor: 1", "Yth. Camat Wara", "isi", "lampiran"],
        ["KOP", "Nomor: 1", "Yth. Camat Wara", "isi"],
    ]
    assert pdf_step.letter_markers(texts) == ["Yth. Camat Bara", "Yth. Camat Wara", "Yth. Camat Wara"]


def test_identical_letters_fall_back_to_their_first_line():
    assert pdf_step.letter_markers([["KOP", "isi"], ["KOP", "isi"]]) == ["KOP", "KOP"]


# --------------------------------------------------------------------------- with LibreOffice


@pytest.mark.libreoffice
def test_one_run_converts_many_files_even_with_equal_names(tmp_path, soffice, pdftotext):
    first = small_docx(tmp_path / "satu" / "surat.docx", "Surat pertama")
    second = small_docx(tmp_path / "dua" / "surat.docx", "Surat kedua")
    out = tmp_path / "pdf"
    out.mkdir()
    made = lo.convert_to_pdf([first, second], out, targets=[out / "1.pdf", out / "2.pdf"])
    assert made == [out / "1.pdf", out / "2.pdf"]
    assert "Surat pertama" in pdf_text(made[0]) and "Surat kedua" in pdf_text(made[1])
    assert sorted(p.name for p in out.iterdir()) == ["1.pdf", "2.pdf"]  # the work folder is gone


@pytest.mark.libreoffice
def test_arial_resolves_to_a_metric_compatible_font(soffice):
    assert lo.font_warning() is None


@pytest.fixture(scope="module")
def palopo_pdfs(tmp_path_factory, request):
    """Render the Palopo invitations and their PDFs once: (folder, docx written, PDFs written)."""
    request.getfixturevalue("soffice")
    request.getfixturevalue("pdftotext")
    loaded = load_event(EXAMPLES / "advokasi-palopo.yaml")
    with OutputFolder(tmp_path_factory.mktemp("undangan"), overwrite=False) as folder:
        written = undangan.buat(loaded, folder, daftar=False)
        made = pdf_step.tambah_pdf([(folder, written)])
    return folder.path, written, made, len(loaded.berkas.penerima)


@pytest.mark.libreoffice
def test_every_palopo_invitation_is_one_f4_page(palopo_pdfs):
    folder, written, made, recipients = palopo_pdfs
    letters = [p for p in made if p.name != "undangan-gabungan.pdf"]
    assert len(letters) == recipients
    for letter in letters:
        pages = PdfReader(letter).pages
        assert len(pages) == 1, letter.name
        size = (float(pages[0].mediabox.width), float(pages[0].mediabox.height))
        assert size == pytest.approx(F4_POINTS, abs=1.5), letter.name


@pytest.mark.libreoffice
def test_the_print_file_has_one_page_per_recipient(palopo_pdfs):
    folder, written, made, recipients = palopo_pdfs
    assert len(PdfReader(folder / "undangan-gabungan.pdf").pages) == recipients


@pytest.mark.libreoffice
def test_each_cut_letter_is_addressed_to_its_own_recipient(palopo_pdfs):
    folder, written, made, recipients = palopo_pdfs
    for letter in (folder / "01-ketua-dewan-perwakilan-rakyat-daerah-kota-palopo.pdf", folder / "20-camat-bara.pdf"):
        assert letter in made
    assert "Yth. Ketua Dewan Perwakilan Rakyat Daerah" in " ".join(pdf_text(made[0]).split())
    assert "Yth. Camat Bara" in pdf_text(folder / "20-camat-bara.pdf")


@pytest.mark.libreoffice
def test_no_template_tag_is_left_in_the_invitation_pdfs(palopo_pdfs):
    folder, written, made, recipients = palopo_pdfs
    text = pdf_text(folder / "undangan-gabungan.pdf")
    assert "{{" not in text and "{%" not in text and "}}" not in text


def multi_page_template(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("SURAT CONTOH")
    document.add_paragraph("Kepada Yth. {{ nama }}")
    document.add_paragraph("{%p for baris in isi %}")
    document.add_paragraph("{{ baris }}")
    document.add_paragraph("{%p endfor %}")
    document.save(str(path))
    return path


@pytest.mark.libreoffice
def test_letters_of_several_pages_are_cut_at_their_first_page(tmp_path, soffice, pdftotext, monkeypatch):
    jobs = []
    convert_all = Pool.convert_all
    monkeypatch.setattr(
        Pool, "convert_all", lambda pool, items: convert_all(pool, (jobs.append(j) or j for j in items))
    )
    template = PreparedTemplate.load(multi_page_template(tmp_path / "t.docx"), make_document_environment())
    letters = [("Camat Bara", ["Salam"]), ("Camat Wara", [f"Baris {n}" for n in range(120)]), ("Camat Wara", ["Salam"])]
    with OutputFolder(tmp_path / "hasil", overwrite=False) as folder:
        written = []
        with gabungan(template, folder.path_for("contoh-gabungan.docx")) as merged:
            for number, (nama, isi) in enumerate(letters, start=1):
                rendered = template.render_part_xml({"nama": nama, "isi": isi})
                written.append(folder.path_for(f"{number}.docx"))
                tulis_docx(template, rendered, written[-1])
                merged.add(rendered)
        made = pdf_step.tambah_pdf([(folder, [*written, folder.path / "contoh-gabungan.docx"])])
    pages = [len(PdfReader(folder.path / f"{n}.pdf").pages) for n in (1, 2, 3)]
    assert pages[0] == 1 and pages[1] > 1 and pages[2] == 1
    assert sum(pages) == len(PdfReader(folder.path / "contoh-gabungan.pdf").pages)
    assert "Salam" in pdf_text(folder.path / "3.pdf") and "Baris 0" in pdf_text(folder.path / "2.pdf")
    assert len(made) == 4
    converted = {job.source.name for job in jobs}
    assert converted and not converted & {"1.docx", "2.docx", "3.docx"}  # cut from the print file's chunks


@pytest.mark.libreoffice
def test_page_two_of_a_long_attendance_sheet_repeats_the_header_labels(tmp_path, soffice, pdftotext):
    from naskah.jenis import daftar_hadir

    loaded = load_event(EXAMPLES / "advokasi-palopo.yaml")
    with OutputFolder(tmp_path / "hasil", overwrite=False) as folder:
        written = daftar_hadir.buat(loaded, folder, kosong_saja=True, baris_kosong="80")
        made = pdf_step.tambah_pdf([(folder, written)])
    first, second = (pdf_text_page(made[0], page) for page in (1, 2))
    assert "DAFTAR HADIR" in first and "DAFTAR HADIR" not in second  # page 2 continues the first sheet
    labels = ("No.", "Nama", "Jabatan/Instansi", "Tanda Tangan")
    assert all(squash(label) in squash(first) for label in labels)
    assert all(squash(label) in squash(second) for label in labels)


def pdf_text_page(path: Path, page: int) -> str:
    args = ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def squash(text: str) -> str:
    # pdftotext breaks a narrow cell's label over lines ("N", "o", "."); compare without whitespace
    return "".join(text.split())


@pytest.mark.libreoffice
def test_pdf_option_of_a_single_document_command(tmp_path, soffice):
    out = tmp_path / "hasil"
    result = CliRunner().invoke(
        main, ["nota-kesepahaman", str(EXAMPLES / "advokasi-palopo.yaml"), "-o", str(out), "--pdf"]
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == f"PDF: 1 berkas ditulis ke {out}."
    names = sorted(p.name for p in out.iterdir() if p.name != ".naskah-keluaran.json")
    assert names == ["nota-kesepahaman.docx", "nota-kesepahaman.pdf"]


@posix_only
def test_libreoffice_writing_something_that_is_not_a_pdf_is_an_error(tmp_path, monkeypatch):
    script = (
        'out=""; prev=""; for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; last="$a"; done; '
        'mkdir -p "$out"; echo "Error: source file could not be loaded" > "$out/$(basename "$last" .docx).pdf"'
    )
    fake_program(tmp_path / "bin", "soffice", script, monkeypatch)
    source = small_docx(tmp_path / "sambutan.docx", "x")
    with pytest.raises(PdfError, match="sambutan.docx: LibreOffice tidak menghasilkan PDF yang sah"):
        lo.convert_to_pdf([source], tmp_path)
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".naskah-pdf-*"))


def test_a_merged_pdf_that_is_not_a_pdf_is_one_indonesian_error(tmp_path):
    from naskah.pdf import split

    broken = tmp_path / "gabungan.pdf"
    broken.write_text("bukan PDF", encoding="utf-8")
    with pytest.raises(PdfError, match="hasil LibreOffice bukan PDF yang sah"):
        split.page_count(broken)
