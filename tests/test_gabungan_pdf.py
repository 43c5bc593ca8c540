"""The print file prints every letter exactly as the letter alone prints (issue 15: cheaper pages, same look).

The letters of a print file share one section, each after the first behind a 0.1-pt page-break paragraph,
because LibreOffice converts that much faster than one section per letter. This checks, through LibreOffice
and poppler's geometry, that nothing moves: page for page, every text line of the print file's PDF stands
where it stands in the PDF of that recipient's own letter (written by the unchanged single-letter path), within
1 pt, and so does every picture; a letter that runs onto a second page keeps its kop on the first page only.
"""

from __future__ import annotations

import copy
import re
import subprocess
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from naskah.pdf.soffice import convert_to_pdf
from tests.tata_letak.acara import acara
from tests.tata_letak.render import _naskah, write_event

pytestmark = pytest.mark.libreoffice

TOLERANCE = 1.0  # points
Baris = tuple[str, float, float]  # text, left, top


def _events() -> dict[str, dict[str, Any]]:
    """Varied offices: A4 and F4, kop instansi and kop jabatan, Pemda and ANRI layouts, a two-page letter."""
    chosen = {}
    for seed in range(40):
        event = acara(seed)
        key = (event["instansi"]["gaya"]["kertas"], event["surat"].get("kop", "instansi"))
        if key not in chosen and len(event["penerima"]) >= 3:
            chosen[key] = event
    events = {f"acara-{n}": event for n, event in enumerate(chosen.values())}
    anri = copy.deepcopy(events["acara-1"])
    anri["instansi"]["gaya"]["alamat_surat"] = "anri"  # Yth. on the left, no header table
    events["anri"] = anri
    long = copy.deepcopy(next(iter(chosen.values())))
    long["acara"]["agenda"] = [f"Paparan program kerja bidang {n} beserta tanya jawab" for n in range(1, 31)]
    events["panjang"] = long
    for event in events.values():
        event["penerima"] = event["penerima"][:3]
    return events


@pytest.fixture(scope="module")
def printed(tmp_path_factory, soffice, pdftotext) -> dict[str, tuple[Path, list[Path]]]:
    """Render each event's letters and print file and convert them all in one LibreOffice run."""
    folder = tmp_path_factory.mktemp("gabungan")
    made: dict[str, tuple[Path, list[Path]]] = {}
    for name, event in _events().items():
        short, _ = write_event(folder / name, event)
        out = folder / name / "hasil"
        _naskah("undangan", short, "-o", out, "--tanpa-daftar")
        letters = sorted(p for p in out.glob("[0-9]*.docx"))
        made[name] = (out / "undangan-gabungan.docx", letters)
    sources = [path for merged, letters in made.values() for path in (merged, *letters)]
    (folder / "pdf").mkdir()
    convert_to_pdf(sources, folder / "pdf", targets=[folder / "pdf" / f"{i:03d}.pdf" for i in range(len(sources))])
    pdfs = iter(sorted((folder / "pdf").glob("*.pdf")))
    return {name: (next(pdfs), [next(pdfs) for _ in letters]) for name, (_, letters) in made.items()}


def lines(pdf: Path) -> list[list[Baris]]:
    """Return per page the text lines of `pdf` from ``pdftotext -bbox-layout``: text, left and top in points."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    pages = []
    for page in re.findall(r"<page .*?</page>", xml.stdout, re.S):
        found = re.findall(r'<line xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(.*?)</line>', page, re.S)
        pages.append([(" ".join(re.findall(r">([^<]*)</word>", body)), float(x), float(y)) for x, y, body in found])
    return pages


def pictures(pdf: Path) -> list[list[tuple[float, float, float, float]]]:
    """Return per page the boxes of `pdf`'s pictures (the kop's logo or Garuda)."""
    with pdfplumber.open(str(pdf)) as document:
        return [[(i["x0"], i["top"], i["x1"], i["bottom"]) for i in page.images] for page in document.pages]


def differences(merged: list[list[Baris]], alone: list[list[Baris]]) -> list[str]:
    """Return every line of `merged` that is not where, or not what, the same line of `alone` is."""
    if len(merged) != len(alone):
        return [f"{len(merged)} halaman di berkas gabungan, {len(alone)} di surat masing-masing"]
    found = []
    for number, (ours, theirs) in enumerate(zip(merged, alone, strict=True), start=1):
        if [text for text, _, _ in ours] != [text for text, _, _ in theirs]:
            found.append(f"hlm. {number}: barisnya lain")
            continue
        for (text, x0, y0), (_, x1, y1) in zip(ours, theirs, strict=True):
            if abs(x0 - x1) > TOLERANCE or abs(y0 - y1) > TOLERANCE:
                found.append(f"hlm. {number}: {text[:40]!r} bergeser {x0 - x1:+.2f}, {y0 - y1:+.2f} pt")
    return found


def test_the_events_cover_both_papers_both_kops_and_a_letter_of_two_pages(printed):
    kinds = {(e["instansi"]["gaya"]["kertas"], e["surat"].get("kop", "instansi")) for e in _events().values()}
    assert {paper for paper, _ in kinds} == {"A4", "F4"} and len(kinds) >= 3
    _, letters = printed["panjang"]
    assert all(len(lines(pdf)) == 2 for pdf in letters)


@pytest.mark.parametrize("name", sorted(_events()))
def test_every_line_of_the_print_file_stands_where_the_letter_alone_puts_it(printed, name):
    merged, letters = printed[name]
    alone = [page for pdf in letters for page in lines(pdf)]
    assert len(letters) == 3
    assert differences(lines(merged), alone) == []


@pytest.mark.parametrize("name", sorted(_events()))
def test_every_picture_of_the_print_file_stands_where_the_letter_alone_puts_it(printed, name):
    merged, letters = printed[name]
    alone = [page for pdf in letters for page in pictures(pdf)]
    ours = pictures(merged)
    assert len(ours) == len(alone) and sum(map(len, ours)) >= len(letters)  # one kop picture per letter at least
    for page, (a, b) in enumerate(zip(ours, alone, strict=True), start=1):
        assert len(a) == len(b), f"hlm. {page}"
        for box, other in zip(a, b, strict=True):
            assert max(abs(p - q) for p, q in zip(box, other, strict=True)) <= TOLERANCE, f"hlm. {page}"


def test_the_check_sees_a_letter_moved_by_two_points():
    page = [("Nomor : 400.5/12/Setda/2026", 85.0, 120.0), ("Hal : Undangan", 85.0, 134.0)]
    moved = [(text, x, y + 2.0) for text, x, y in page]
    assert differences([page], [page]) == []
    assert len(differences([moved], [page])) == 2
    assert differences([page, page], [page]) == ["2 halaman di berkas gabungan, 1 di surat masing-masing"]
