"""Layout that holds for any office's event (issue 11), checked on the PDF geometry through LibreOffice.

One module fixture renders everything — the seeded CI subset of the harness and the cases of every defect the
issue lists — and converts it in a single soffice run (its start costs more than many pages). Each test then
asks the shared report about its own documents. The larger sweep is `make tata-letak`.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from tests.tata_letak import check_all
from tests.tata_letak.acara import acara
from tests.tata_letak.invarian import Laporan
from tests.tata_letak.render import EXAMPLES, Dokumen, render_event

pytestmark = pytest.mark.libreoffice

# The CI subset: every kind, A4 and F4, every signer chain, 1 to 1,000 recipients (5,000 only in the sweep).
SUBSET = (0, 1, 2, 4, 5, 6, 10, 13, 15, 21)
LONG_NOMOR = "400.5.7/1187/Setda/XII/2026"


def case(seed: int, base: int, **changes: Any) -> tuple[int, dict[str, Any]]:
    """Return event `base` of the generator with `changes` (dotted keys) applied, under its own seed."""
    event = copy.deepcopy(acara(base))
    for dotted, value in changes.items():
        *path, last = dotted.split(".")
        target = event
        for key in path:
            target = target[key]
        target[last] = value
    return seed, event


def _cases() -> dict[str, list[tuple[int, dict[str, Any], tuple[str, ...]]]]:
    letters = ("undangan", "undangan_daftar")
    few = [_recipient(i) for i in range(25)]
    return {
        "nomor": [(*case(900_001, 1, **{"surat.nomor": LONG_NOMOR, "penerima": few}), letters)],
        # A nomor wrapped at its column's edge beside a date line as wide as its column: they ran together.
        "nomor_tanggal": [
            (
                *case(
                    900_005,
                    1,
                    **{"surat.nomor": "005/1187/Diskominfo.Sandi/X/2026", "surat.tempat": "Sumba Barat Daya"},
                    **{"surat.tanggal": "2026-10-26", "instansi.gaya.kertas": "A4", "penerima": few[:2]},
                ),
                ("undangan",),
            )
        ],
        "kop": [(*case(900_002, 4, **{"instansi.faksimile": "(0298) 523024"}), ("undangan", "daftar-hadir"))],
        "lampiran": [
            (
                *case(900_003, 3, **{"instansi.gaya.kertas": paper, "penerima": [_recipient(i) for i in range(1000)]}),
                ("undangan_daftar",),
            )
            for paper in ("A4",)
        ],
        "telepon": [(*case(900_004, 5, **{"penerima": [_recipient(i) for i in range(30)]}), ("daftar-hadir",))],
        # Speeches and MoUs of every length: one of them ends where the old layout left the block alone.
        "sambutan": [(*case(900_100 + n, 7, **{"sambutan": [_speech(n)]}), ("sambutan",)) for n in range(0, 24)],
        "nota": [(*case(900_200 + n, 8, **{"pasal": _articles(n)}), ("nota-kesepahaman",)) for n in range(0, 14)],
    }


def _recipient(i: int) -> dict[str, Any]:
    return {"jabatan": f"Kepala Desa Sukamaju {i + 1} Kecamatan Tengah", "telepon": f"08219300{4404 + i:04d}"}


def _speech(n: int) -> dict[str, Any]:
    sentence = "Pelayanan publik yang cepat, mudah, dan terjangkau adalah hak setiap warga di wilayah kita."
    return {
        "oleh": {"jabatan": "Bupati Boyolali", "nama": "Drs. Agus Salim"},
        "isi": [" ".join([sentence] * (1 + k % 4)) for k in range(4 + n // 2)] + [sentence * (n % 2)] * (n % 2),
    }


def _articles(n: int) -> list[dict[str, Any]]:
    text = "Para pihak sepakat melaksanakan kerja sama ini dengan itikad baik sesuai kewenangan masing-masing."
    return [{"judul": f"Pelaksanaan {i + 1}", "ayat": [{"teks": text * (1 + (i + n) % 3)}]} for i in range(2 + n)]


@pytest.fixture(scope="module")
def report(tmp_path_factory, soffice, pdftotext) -> tuple[Laporan, dict[str, list[int]]]:
    folder = tmp_path_factory.mktemp("tata-letak")
    documents: list[Dokumen] = []
    for seed in SUBSET:
        documents += render_event(folder / f"acara-{seed:05d}", seed)
    seeds: dict[str, list[int]] = {"subset": list(SUBSET)}
    for name, cases in _cases().items():
        seeds[name] = []
        for seed, event, kinds in cases:
            documents += render_event(folder / f"acara-{seed:05d}", seed, event, kinds)
            seeds[name].append(seed)
    documents += _palopo_attendance(folder)
    seeds["palopo"] = [0]
    laporan = check_all(documents, folder)
    print(f"\n{laporan.ringkasan(sum(len(s) for s in seeds.values()))}")
    return laporan, seeds


def _palopo_attendance(folder: Path) -> list[Dokumen]:
    """The Palopo example's attendance sheet, whose phone column wrapped `08219300440` / `4`."""
    import shutil

    from tests.tata_letak.render import _naskah

    example = shutil.copytree(EXAMPLES, folder / "contoh")
    out = example / "hasil" / "daftar-hadir"
    _naskah("daftar-hadir", example / "advokasi-palopo.yaml", "-o", out)
    shutil.copy(example / "advokasi-palopo.yaml", example / "acara-daftar.yaml")  # where the checks look
    return [Dokumen(0, "daftar_hadir", {}, out / "daftar-hadir.docx")]


def failures(report, name: str, *invariants: str) -> list[str]:
    laporan, seeds = report
    wanted = {f"acara {seed} " for seed in seeds[name]}
    return [
        line
        for line in laporan.gagal
        if any(w in line for w in wanted) and (not invariants or line.split(":")[0] in invariants)
    ]


def test_the_seeded_subset_holds_every_invariant(report):
    laporan, _ = report
    assert laporan.dokumen >= 70 and laporan.halaman >= 150
    assert set(laporan.diperiksa) >= {"area_cetak", "kop_tanpa_yatim", "label_sebaris", "lampiran_lembar"}
    assert failures(report, "subset") == []


def test_the_attendance_sheets_signature_never_stands_alone(report):
    # The block is the table's last row, kept with the last two attendee rows (tests/test_daftar_hadir_halaman.py).
    alone = [line for line in failures(report, "subset", "ttd_tidak_sendiri") if " daftar_hadir " in line]
    assert alone == []


def test_a_long_letter_number_stays_beside_its_label_and_wraps_only_after_a_slash(report):
    assert failures(report, "nomor", "label_sebaris", "nomor_utuh") == []
    laporan, _ = report
    assert laporan.diperiksa["nomor_utuh"] >= 3


def test_the_kop_never_leaves_one_word_on_a_line(report):
    assert failures(report, "kop", "kop_tanpa_yatim") == []


def test_the_lampiran_count_is_the_lampirans_pages(report):
    assert failures(report, "lampiran", "lampiran_lembar") == []


def test_no_phone_number_wraps_in_the_attendance_sheet(report):
    assert failures(report, "telepon", "sel_utuh") == []
    assert failures(report, "palopo", "sel_utuh") == []


def test_a_speechs_signature_never_stands_alone_whatever_its_length(report):
    assert failures(report, "sambutan", "ttd_tidak_sendiri") == []


def test_an_mous_signatures_never_stand_alone_whatever_its_length(report):
    assert failures(report, "nota", "ttd_tidak_sendiri") == []


def test_a_wrapped_nomor_stands_clear_of_the_date_beside_it(report):
    assert failures(report, "nomor_tanggal") == []
    assert failures(report, "nomor_tanggal", "nomor_utuh") == [] and report[0].diperiksa["nomor_utuh"]
