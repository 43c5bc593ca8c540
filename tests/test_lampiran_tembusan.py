"""The daftar letter's `Lampiran : N lembar` at every page boundary, and a tembusan list that never splits (issue 11).

The lampiran's page count is computed from its lines (konteks.lampiran_halaman); here it is checked against
what LibreOffice prints, for recipient counts on both sides of the lampiran's first and second page boundary,
on A4 and F4, with one-line names and with long names, titles, jabatan and instansi that take several lines,
through the built-in template and through an office's own `undangan` template (lampiran.py). The tembusan
cases grow a letter line by line past its page, so its signature and tembusan cross the page's foot.
One module fixture renders everything and converts it in one soffice run.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.tata_letak import check_all
from tests.tata_letak.acara import acara
from tests.tata_letak.geometri import read
from tests.tata_letak.invarian import Laporan, dalam_anggaran
from tests.tata_letak.render import Dokumen, render_event, write_event

pytestmark = pytest.mark.libreoffice

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
LONG = (
    {
        "nama": "Prof. Dr. drg. Maria Goreti Tambunan, M.Kes., Sp.Perio.",
        "jabatan": "Kepala Bidang Pengarusutamaan Gender dan Pemberdayaan Perempuan",
        "instansi": "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana "
        "Kabupaten Hulu Sungai Selatan",
    },
    {"nama": "Ir. Hj. Siti Nur'aini Rahmawati Ramadhani, S.Sos., M.Si.", "jabatan": "Lurah Wara Utara"},
    {"jabatan": "Direktur Rumah Sakit Umum Daerah dr. Soediran Mangun Sumarso Kabupaten Wonogiri"},
    {"nama": "I Gusti Ngurah Bagus Wiratama, S.T.", "jabatan": "Kepala Kepolisian Resor Minahasa Tenggara"},
)


def recipient(i: int, panjang: bool) -> dict[str, Any]:
    if panjang and i % 2 == 0:
        return dict(LONG[i // 2 % len(LONG)])
    return {"jabatan": f"Kepala Desa Sukamaju {i + 1} Kecamatan Tengah"}


def event(base: int, paper: str, count: int, panjang: bool) -> dict[str, Any]:
    changed = copy.deepcopy(acara(base))
    changed["instansi"]["gaya"]["kertas"] = paper
    changed["penerima"] = [recipient(i, panjang) for i in range(count)]
    return changed


def stated_pages(folder: Path, changed: dict[str, Any]) -> int:
    """Return the pages naskah states for the lampiran of `changed` (what the letter's Lampiran line says)."""
    from naskah.domain.loader import load_event
    from naskah.jenis.undangan import konteks

    _, full = write_event(folder, changed)
    loaded = load_event(full)
    return konteks.lampiran_halaman(loaded.berkas, konteks.siapkan(loaded).bersama["surat"].nomor)


def boundaries(folder: Path, base: int, paper: str, panjang: bool, steps: int = 2) -> list[int]:
    """Return the first recipient counts whose lampiran takes 2, 3 … pages (`steps` of them)."""
    found, previous = [], 1
    for count in range(2, 400):
        pages = stated_pages(folder, event(base, paper, count, panjang))
        if pages != previous:
            found.append(count)
            previous = pages
        if len(found) == steps:
            return found
    raise AssertionError("no page boundary found")


# Bases: events of the generator with different signers (a.n., u.b., long jabatan), kops and letter numbers.
LAMPIRAN_CASES = (("A4", False, 3), ("A4", True, 12), ("F4", False, 14), ("F4", True, 3))


def _lampiran_documents(folder: Path) -> list[Dokumen]:
    documents: list[Dokumen] = []
    seed = 960_000
    probe = folder / "probe"
    for paper, panjang, base in LAMPIRAN_CASES:
        for boundary in boundaries(probe, base, paper, panjang):
            for count in range(boundary - 2, boundary + 2):
                seed += 1
                changed = event(base, paper, count, panjang)
                documents += render_event(folder / f"acara-{seed}", seed, changed, ("undangan_daftar",))
    # An office's own `undangan` template: the lampiran page is lampiran.py's, counted the same way.
    first = boundaries(probe, 5, "F4", True, steps=1)[0]
    for count in range(first - 2, first + 2):
        seed += 1
        changed = {**event(5, "F4", count, True), "templat": {"undangan": "undangan-kantor.docx"}}
        (folder / f"acara-{seed}").mkdir(parents=True)
        shutil.copy(TEMPLATES / "undangan.docx", folder / f"acara-{seed}" / "undangan-kantor.docx")
        documents += render_event(folder / f"acara-{seed}", seed, changed, ("undangan_daftar",))
    return documents


PEMBUKA = (
    "Dalam rangka pelaksanaan {acara}, dengan hormat kami mengundang Bapak/Ibu untuk hadir pada rapat yang akan "
    "membahas rencana kerja, pembagian tugas dan jadwal pelaksanaan kegiatan di setiap perangkat daerah."
)


def _tembusan_documents(folder: Path) -> list[Dokumen]:
    """Letters whose opening grows a sentence at a time: the signature and tembusan cross the page's foot."""
    documents: list[Dokumen] = []
    seed = 970_000
    for paper, base in (("A4", 2), ("F4", 10)):
        for sentences in range(0, 15):
            seed += 1
            changed = copy.deepcopy(acara(base))
            changed["instansi"]["gaya"]["kertas"] = paper
            changed["tembusan"] = [
                "Bupati Boyolali (sebagai laporan)",
                "Wakil Bupati Boyolali",
                "Sekretaris Daerah Kabupaten Boyolali",
                "Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kabupaten Boyolali",
                "Inspektur Kabupaten Boyolali",
                "Arsip",
            ][: 3 + seed % 4]
            changed["acara"]["agenda"] = changed["acara"]["agenda"][:2]
            changed["surat"]["kalimat_pembuka"] = " ".join([PEMBUKA] * (1 + sentences))
            changed["penerima"] = [{"jabatan": "Camat Simo", "nama": "Drs. Agus Salim"}]
            documents += render_event(folder / f"acara-{seed}", seed, changed, ("undangan",))
    return documents


def _budget_documents(folder: Path) -> list[Dokumen]:
    """Letters at the one-page budget's limit, with the longest three tembusan: still one page each."""
    documents: list[Dokumen] = []
    seed = 980_000
    longest = sorted(
        (
            "Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah {w}",
            "Sekretaris Daerah {w}",
            "Inspektur {w}",
            "Wakil {b}",
        ),
        key=len,
    )[-3:]
    for base in range(20, 60):
        changed = copy.deepcopy(acara(base))
        wilayah, kepala = changed["instansi"]["wilayah"], changed["instansi"]["kepala_daerah"]
        changed["acara"]["agenda"] = changed["acara"]["agenda"][:4]
        changed["tembusan"] = [t.format(w=wilayah, b=kepala) for t in longest]
        changed["penerima"] = changed["penerima"][:1]
        if dalam_anggaran(changed) and len(documents) < 8:
            seed += 1
            documents += render_event(folder / f"acara-{seed}", seed, changed, ("undangan",))[:1]
    return documents


@pytest.fixture(scope="module")
def report(tmp_path_factory, soffice, pdftotext) -> tuple[Laporan, list[Dokumen]]:
    folder = tmp_path_factory.mktemp("lampiran-tembusan")
    documents = _lampiran_documents(folder) + _tembusan_documents(folder) + _budget_documents(folder)
    laporan = check_all(documents, folder)
    print(f"\n{laporan.ringkasan(len({d.seed for d in documents}))}")
    return laporan, documents


def failures(report, jenis: str, *invariants: str) -> list[str]:
    laporan, _ = report
    return [line for line in laporan.gagal if f" {jenis} (" in line and line.split(":")[0] in invariants]


def test_the_stated_lampiran_pages_are_the_printed_pages_on_both_sides_of_each_boundary(report):
    laporan, documents = report
    assert failures(report, "undangan_daftar", "lampiran_lembar", "lampiran_butir") == []
    daftar = [d for d in documents if d.jenis == "undangan_daftar"]
    assert len(daftar) == len(LAMPIRAN_CASES) * 2 * 4 + 4
    assert laporan.diperiksa["lampiran_butir"] == len(daftar)
    stated = {len(d.event["penerima"]): d for d in daftar}
    assert len(stated) > 20  # many different lengths, one- to four-page lampirans


def test_the_lampiran_keeps_its_signature_with_names_and_its_number_whole(report):
    assert failures(report, "undangan_daftar", "ttd_tidak_sendiri", "nomor_utuh", "label_sebaris", "area_cetak") == []


def test_a_tembusan_list_is_never_split_and_stays_with_the_signature(report):
    laporan, documents = report
    assert failures(report, "undangan", "tembusan_utuh") == []
    letters = [d for d in documents if d.jenis == "undangan"]
    assert laporan.diperiksa["tembusan_utuh"] >= 2 * len(letters)
    assert {len(read(d.pdf)) for d in letters} >= {1, 2}  # the letters grow across the page's foot


def test_a_longer_letter_still_flows_with_its_closing_beside_the_signature(report):
    assert failures(report, "undangan", "penutup_bersama_ttd", "ttd_tidak_sendiri") == []


def test_a_letter_within_the_budget_still_fits_one_page_with_its_tembusan(report):
    laporan, documents = report
    assert failures(report, "undangan", "satu_halaman") == []
    assert laporan.diperiksa["satu_halaman"] == len([d for d in documents if d.seed >= 980_000]) >= 6
