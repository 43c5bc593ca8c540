"""The attendance sheet's signature never stands alone on a page, whatever the number of rows (issue 11).

Rendered through LibreOffice and read back from the PDF geometry. A probe run finds, for each kind of sheet, the
last row a page holds; the sheets under test then end a few rows before that page's foot, exactly at it, and one
row past it. On the old layout (the block as a table after the attendance table) the signature's page held no
attendee row for most of those counts: LibreOffice keeps no table row with what follows the table.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import pytest

from naskah.domain.yamlio import read_yaml
from naskah.pdf.soffice import convert_to_pdf
from tests.conftest import EXAMPLES
from tests.tata_letak.geometri import Baris, Halaman, read
from tests.test_daftar_hadir import run, variant

pytestmark = pytest.mark.libreoffice

TEMPAT_TANGGAL = "Palopo, 24 Juni 2024"  # the Palopo event's place and date, first line of the block
NAMA = "Hj. Andi Rahmawati"  # its signer, the block's name line
PROBE_ROWS = 70  # enough for three pages of the tallest rows on the widest page
AROUND = range(-5, 2)  # row counts from five before a page's last row to one past it
JABATAN = (
    "Camat Wara Utara",
    "Kepala Bidang Pencegahan dan Pengendalian Penyakit, Dinas Kesehatan Kota Palopo",
    "Lurah Balandai",
    "Ketua Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga Kecamatan Bara",
    "Kepala Sekolah SMP Negeri 8 Palopo",
    "Sekretaris Dinas Pendidikan",
    "Kepala Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan Anak Kota Palopo",
)


@dataclasses.dataclass(frozen=True)
class Lembar:
    """One kind of sheet: paper, columns, pre-filled names or blank rows, and which page's foot to end at."""

    nama: str
    kertas: str
    kolom: tuple[str, ...]
    isi: bool
    halaman: int  # the table ends at the foot of this page (1: the page with the kop)
    nomor_kolom: bool = False  # the column-index row (1, 2, 3, …) repeated under the heading


LEMBAR = (
    Lembar("a4-kosong", "A4", ("no", "nama", "jabatan_instansi", "telepon", "tanda_tangan"), False, 1),
    Lembar("a4-nama", "A4", ("no", "nama", "jabatan_instansi", "jenis_kelamin", "telepon", "tanda_tangan"), True, 2),
    Lembar("f4-nama", "F4", ("no", "nama", "jabatan_instansi", "jenis_kelamin", "telepon", "tanda_tangan"), True, 1),
    Lembar(
        "f4-lanskap",
        "F4",
        ("no", "nama", "jabatan_instansi", "jenis_kelamin", "nip", "telepon", "email", "tanda_tangan"),
        True,
        2,
        nomor_kolom=True,
    ),
)


def _penerima(count: int) -> list[dict[str, Any]]:
    """Attendees with jabatan of one to three lines, in a fixed order, so a shorter list is a prefix of a longer."""
    return [
        {
            "nama": f"Andi Nurhaliza {i + 1}, S.Pd., M.Si.",
            "jabatan": JABATAN[i * 3 % len(JABATAN)],
            "jenis_kelamin": "LP"[i % 2],
            "nip": f"19{70 + i % 6:02d}0512 199803 {1 + i % 2} {i + 1:03d}",  # L/P: 1 for men, 2 for women
            "telepon": f"0812{42001101 + i * 7919:08d}",
            "email": f"andi.nurhaliza{i + 1}@palopokota.go.id",
        }
        for i in range(count)
    ]


def _render(folder: Path, lembar: Lembar, rows: int) -> Path:
    profile = read_yaml(EXAMPLES / "profil" / "pemkot-palopo-dp3a.yaml").data
    instansi = {
        **profile,
        "logo": str(EXAMPLES / "profil" / "logo-palopo.png"),
        "lambang_negara": str(EXAMPLES / "profil" / "garuda.png"),
        "gaya": {**profile["gaya"], "kertas": lembar.kertas},
    }
    settings = {
        "kolom": list(lembar.kolom),
        "baris_kosong": "0",
        "per_kelompok": "tidak",
        "nomor_kolom": "ya" if lembar.nomor_kolom else "tidak",
    }
    event = variant(folder, instansi=instansi, penerima=_penerima(rows), daftar_hadir=settings)
    out = folder / "hasil"
    result = run("daftar-hadir", event, "-o", out, *([] if lembar.isi else ["--kosong-saja"]))
    assert result.exit_code == 0, result.output
    return out / "daftar-hadir.docx"


def _to_pdf(paths: list[Path], outdir: Path) -> list[list[Halaman]]:
    outdir.mkdir(parents=True, exist_ok=True)
    targets = [outdir / f"{i:03d}.pdf" for i in range(len(paths))]
    convert_to_pdf(paths, outdir, targets=targets)
    return [read(target) for target in targets]


@dataclasses.dataclass(frozen=True)
class Tata:
    """What the PDF shows: the attendee row numbers on each page, where the block stands, the headings."""

    baris: list[list[int]]  # per page, the numbers of the attendee rows on it
    ttd: tuple[int, float] | None  # page index and top of the block's first line
    nama: tuple[int, float] | None  # page index and top of the name line
    judul: list[float | None]  # per page, the top of the repeated column heading ("No. … Nama")


def _tata(pages: list[Halaman]) -> Tata:
    heading = [next((line for line in page.baris if _is_heading(line)), None) for page in pages]
    first = next(h for h in heading if h is not None)
    column_end = first.kata[1].x0  # a row number stands left of the "Nama" heading
    rows = [
        [
            int(line.kata[0].teks)
            for line in page.baris
            if h is not None
            and line.top > h.top
            and re.fullmatch(r"\d+", line.kata[0].teks)
            and line.kata[0].x1 < column_end
            and not all(k.teks.isdigit() for k in line.kata)  # the column-index row, not an attendee's
        ]
        for page, h in zip(pages, heading, strict=True)
    ]
    return Tata(rows, _where(pages, TEMPAT_TANGGAL), _where(pages, NAMA), [h.top if h else None for h in heading])


def _is_heading(line: Baris) -> bool:
    words = [k.teks for k in line.kata]
    return words[:2] == ["No.", "Nama"]


def _where(pages: list[Halaman], start: str) -> tuple[int, float] | None:
    found = [(p, line.top) for p, page in enumerate(pages) for line in page.baris if line.teks.startswith(start)]
    return found[-1] if found else None


@pytest.fixture(scope="module")
def sheets(tmp_path_factory, soffice, pdftotext) -> dict[str, dict[int, Tata]]:
    """Per kind of sheet, the layout for each row count around the foot of its page."""
    folder = tmp_path_factory.mktemp("ttd-daftar-hadir")
    probes = _to_pdf([_render(folder / f"probe-{s.nama}", s, PROBE_ROWS) for s in LEMBAR], folder / "probe-pdf")
    last_rows = {s.nama: _tata(pages).baris[s.halaman - 1][-1] for s, pages in zip(LEMBAR, probes, strict=True)}
    cases = [(s, last_rows[s.nama] + d) for s in LEMBAR for d in AROUND]
    layouts = _to_pdf([_render(folder / f"{s.nama}-{n:03d}", s, n) for s, n in cases], folder / "pdf")
    result: dict[str, dict[int, Tata]] = {s.nama: {} for s in LEMBAR}
    for (s, n), pages in zip(cases, layouts, strict=True):
        result[s.nama][n] = _tata(pages)
    return result


@pytest.mark.parametrize("lembar", LEMBAR, ids=lambda s: s.nama)
def test_the_signatures_page_holds_the_last_attendee_rows(sheets, lembar):
    layouts = sheets[lembar.nama]
    assert [problem for rows, tata in layouts.items() for problem in _problems(rows, tata)] == []
    # The counts straddle a page's foot: the shortest sheet ends on that page, the longest after it.
    pages = [tata.ttd[0] for tata in layouts.values() if tata.ttd]
    assert min(pages) == lembar.halaman - 1 and max(pages) == lembar.halaman


def _problems(rows: int, tata: Tata) -> list[str]:
    if tata.ttd is None or tata.nama is None:
        return [f"{rows} baris: blok ttd tidak ditemukan"]
    page, top = tata.ttd
    if tata.nama[0] != page or tata.nama[1] < top:
        return [f"{rows} baris: blok ttd terpisah dari namanya"]
    if not tata.baris[page]:
        return [f"{rows} baris: ttd sendirian di halaman {page + 1}"]
    problems = []
    if tata.baris[page][-1] != rows:
        problems.append(f"{rows} baris: baris terakhir di atas ttd nomor {tata.baris[page][-1]}")
    if [n for numbers in tata.baris for n in numbers] != list(range(1, rows + 1)):
        problems.append(f"{rows} baris: nomor baris di PDF tidak urut 1 sampai {rows}")
    return problems


@pytest.mark.parametrize("lembar", LEMBAR, ids=lambda s: s.nama)
def test_the_column_heading_still_repeats_above_the_rows_of_every_page(sheets, lembar):
    for rows, tata in sheets[lembar.nama].items():
        for page, numbers in enumerate(tata.baris):
            if numbers or page == 0:
                assert tata.judul[page] is not None, f"{rows} baris: judul kolom tidak diulang di halaman {page + 1}"
