"""Envelopes and label sheets through LibreOffice: every recipient's lines inside their own label or the
envelope's address area, on the right page, nothing outside the paper.

The documents of every case are written first and converted with one LibreOffice run (a fresh profile),
then read back with pdfplumber, which gives each word's position.
"""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

import pdfplumber
import pytest

from naskah.commands import buat
from naskah.domain import ukuran_amplop
from naskah.domain.lembar_label import LembarLabel
from naskah.domain.loader import LoadedEvent, load_event
from naskah.jenis import cari
from naskah.jenis._alamat import Alamat
from naskah.jenis.label import konteks as label_konteks
from naskah.jenis.undangan.konteks import alamat_tujuan
from naskah.pdf import soffice as pdf
from tests.events import BASE

pytestmark = pytest.mark.libreoffice

MM = 72 / 25.4  # points per millimetre
SLACK_MM = 0.6  # rounding to twips and the layout engine's half-point positions

PESAWARAN = textwrap.dedent("""\
    instansi:
      pemerintah: Pemerintah Kabupaten Pesawaran
      perangkat_daerah:
        - Dinas Pemberdayaan Perempuan, Perlindungan Anak,
        - Pengendalian Penduduk dan Keluarga Berencana
      alamat: Jalan Raya Kedondong Nomor 45, Gedong Tataan, Pesawaran 35371
      telepon: "(0721) 5620123"
      laman: dp3appkb.pesawarankab.go.id
      provinsi: Lampung
      kota: Gedong Tataan
      wilayah: Kabupaten Pesawaran
      kepala_daerah: Bupati Pesawaran
    acara:
      nama: Sosialisasi Pencegahan Perkawinan Anak
      tanggal: 2025-03-11
      mulai: "08.30"
      tempat: Balai Desa Bernung
    surat:
      nomor: "400.14/31/DP3APPKB/III/2025"
      tanggal: 2025-03-03
      sifat: Segera
    """)

# The longest kop an office writes: three lines of perangkat daerah, a long address, web and e-mail.
KOP_PANJANG = textwrap.dedent("""\
    instansi:
      pemerintah: Pemerintah Provinsi Nusa Tenggara Timur
      perangkat_daerah:
        - Dinas Pemberdayaan Perempuan, Perlindungan Anak,
        - Pengendalian Penduduk, Keluarga Berencana
        - dan Pemberdayaan Masyarakat Desa
      alamat: Jalan Basuki Rahmat Nomor 1, Kelurahan Naikolan, Kecamatan Maulafa, Kupang 85111
      telepon: "(0380) 8552 123"
      faksimile: "(0380) 8552 124"
      laman: dp3ap2kbpmd.nttprov.go.id
      pos_el: sekretariat.dp3ap2kbpmd@nttprov.go.id
      provinsi: Nusa Tenggara Timur
      kota: Kupang
      wilayah: Provinsi Nusa Tenggara Timur
      kepala_daerah: Gubernur Nusa Tenggara Timur
    acara:
      nama: Rapat Koordinasi Daerah
      tanggal: 2025-05-20
      mulai: "09.00"
      tempat: Aula El Tari
    surat:
      nomor: "400.14/77/DP3AP2KBPMD/V/2025"
      tanggal: 2025-05-12
      sifat: Rahasia
    """)

OTHER_RECIPIENTS = [
    {"nama": "Dr. H. Muhammad Amin, S.H.I., M.H.", "jabatan": "Ketua Pengadilan Agama Gedong Tataan"},
    {
        "jabatan": "Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk "
        "dan Keluarga Berencana Kabupaten Pesawaran"
    },
    {"jabatan": "Camat Way Lima", "alamat": "Jalan Pahlawan Nomor 3, Way Lima"},
    {"jabatan": "Kepala Desa Bernung", "instansi": "Kecamatan Gedong Tataan"},
    {"nama": "I Gusti Ayu Made Sri Wahyuni Kusumawardhani"},
    {"jabatan": "Kepala Dinas Perumahan & Kawasan Permukiman Kabupaten Pesawaran"},
    {"jabatan": "Ketua Tim Penggerak PKK", "instansi": "Kabupaten Pesawaran", "alamat": "Gedong Tataan"},
]


def recipients(count: int) -> list[dict[str, str]]:
    schools = [{"jabatan": f"Kepala Sekolah Dasar Negeri {i} Gedong Tataan"} for i in range(1, count + 1)]
    return (OTHER_RECIPIENTS + schools)[:count]


def event_file(folder: Path, name: str, head: str, people: list[dict[str, str]], extra: str = "") -> Path:
    lines = ["penerima:"]
    for person in people:
        first = True
        for key, value in person.items():
            lines.append(f'  {"- " if first else "  "}{key}: "{value}"')
            first = False
    path = folder / f"{name}.yaml"
    path.write_text(head + extra + "\n".join(lines) + "\n", encoding="utf-8")
    return path


# Label cases: (name, event head, extra instansi YAML, recipients, skipped, preset option)
CUSTOM = textwrap.indent(
    textwrap.dedent("""\
    label:
      ukuran_sendiri:
        kertas_lebar: 210
        kertas_tinggi: 297
        lebar: 99
        tinggi: 67.7
        kolom: 2
        baris: 4
        kiri: 5
        atas: 13
        jarak_mendatar: 101
        jarak_tegak: 68
    """),
    "  ",
)
# Labels reaching the paper's edges (no margin at all): the last row gives way, no blank pages.
EDGE_TO_EDGE = textwrap.indent(
    textwrap.dedent("""\
    label:
      ukuran_sendiri: {lebar: 70, tinggi: 37.125, kolom: 3, baris: 8, kiri: 0, atas: 0}
    """),
    "  ",
)
LABEL_CASES = [
    ("a4-21", PESAWARAN, "", 30, 4, None),
    ("a4-24", BASE, "", 25, 0, "a4-24"),
    ("a4-14", PESAWARAN, "", 9, 13, "a4-14"),
    ("tj-103", BASE, "", 13, 1, "tj-103"),
    ("sendiri", PESAWARAN, CUSTOM, 12, 3, None),
    ("tepi-ke-tepi", BASE, EDGE_TO_EDGE, 30, 2, None),
]
ENVELOPES = ("pemda", "dl", "c5", "c4")


def with_profile_extra(head: str, extra: str) -> str:
    """Return `head` with `extra` YAML added inside its `instansi:` section (after kepala_daerah)."""
    end = head.index("\n", head.index("kepala_daerah:")) + 1
    return head[:end] + extra + head[end:]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, soffice):
    """Write every label and envelope case, convert them all in one LibreOffice run; return the cases."""
    folder = tmp_path_factory.mktemp("amplop-label")
    cases: dict[str, tuple[LoadedEvent, Path, dict[str, object]]] = {}
    for name, head, extra, count, skipped, preset in LABEL_CASES:
        path = event_file(folder, f"label-{name}", with_profile_extra(head, extra), recipients(count))
        loaded = load_event(path)
        options = {"lewati": skipped, "lembar": preset}
        result = buat.buat(cari("label"), loaded, folder / f"label-{name}", timpa=False, **options)
        cases[f"label-{name}"] = (loaded, result.berkas[0], options)
    for size in ENVELOPES:
        heads = {"pemda": PESAWARAN, "c4": PESAWARAN, "dl": KOP_PANJANG}
        head = heads.get(size, BASE + 'surat:\n  nomor: "005/12/DP3A/VI/2024"\n  tanggal: 2024-06-18\n')
        path = event_file(folder, f"amplop-{size}", head, recipients(9))
        loaded = load_event(path)
        result = buat.buat(cari("amplop"), loaded, folder / f"amplop-{size}", timpa=False, ukuran=size)
        cases[f"amplop-{size}"] = (loaded, result.berkas[-1], {"ukuran": size})
    docs = [doc for _, doc, _ in cases.values()]
    pdfs = pdf.convert_to_pdf(docs, folder, targets=[folder / f"{name}.pdf" for name in cases])
    return {name: (*case, pdf_path) for (name, case), pdf_path in zip(cases.items(), pdfs, strict=True)}


def expected_lines(loaded: LoadedEvent, index: int) -> list[str]:
    return [line.teks for line in Alamat.dari(loaded).baris(loaded.berkas.penerima[index])[1]]


def words_in(words: list[dict], box_mm: tuple[float, float, float, float]) -> list[dict]:
    x0, y0, x1, y1 = (v * MM for v in box_mm)
    slack = SLACK_MM * MM
    return [
        w
        for w in words
        if w["x0"] >= x0 - slack and w["x1"] <= x1 + slack and w["top"] >= y0 - slack and w["bottom"] <= y1 + slack
    ]


def assert_placed(words: list[dict], box_mm: tuple[float, float, float, float]) -> None:
    """Check the text starts at the label's indent and is centred in its height: the sheet did not drift."""
    x0, y0, _, y1 = box_mm
    left = min(w["x0"] for w in words) / MM
    middle = (min(w["top"] for w in words) + max(w["bottom"] for w in words)) / 2 / MM
    assert left == pytest.approx(x0 + label_konteks.JARAK_KIRI_KANAN, abs=0.5)
    assert middle == pytest.approx((y0 + y1) / 2, abs=1.2)


def joined(words: list[dict]) -> str:
    return " ".join(w["text"] for w in words)


def squash(lines: list[str]) -> str:
    return " ".join(" ".join(lines).split())


def sheet_of(loaded: LoadedEvent, options: dict[str, object]) -> LembarLabel:
    return loaded.berkas.instansi.label.geometri(options.get("lembar"))  # type: ignore[arg-type]


@pytest.mark.parametrize("case", [c[0] for c in LABEL_CASES])
def test_every_recipient_is_inside_its_own_label_on_the_right_page(rendered, case):
    loaded, _, options, pdf_path = rendered[f"label-{case}"]
    sheet = sheet_of(loaded, options)
    skipped = int(options["lewati"])
    count = len(loaded.berkas.penerima)
    with pdfplumber.open(pdf_path) as document:
        assert len(document.pages) == math.ceil((count + skipped) / sheet.per_lembar)
        for page in document.pages:
            assert (round(page.width / MM), round(page.height / MM)) == (
                round(sheet.kertas_lebar),
                round(sheet.kertas_tinggi),
            )
        pages = [page.extract_words(keep_blank_chars=False, use_text_flow=True) for page in document.pages]
    placed = set()
    for index in range(count):
        slot = index + skipped
        page_words = pages[slot // sheet.per_lembar]
        inside = words_in(page_words, sheet.kotak(slot))
        assert joined(inside) == squash(expected_lines(loaded, index)), f"label {slot + 1} ({case})"
        assert_placed(inside, sheet.kotak(slot))
        placed |= {id(w) for w in inside}
    strays = [w["text"] for words in pages for w in words if id(w) not in placed]
    assert strays == [], "teks di luar label mana pun, atau pada label yang seharusnya kosong"


@pytest.mark.parametrize("size", ENVELOPES)
def test_envelope_text_inside_the_envelope_and_the_address_in_its_area(rendered, size):
    loaded, _, _, pdf_path = rendered[f"amplop-{size}"]
    envelope = ukuran_amplop.UKURAN[size]
    area = ukuran_amplop.bidang_alamat(envelope)
    sender = ukuran_amplop.bidang_pengirim(envelope)
    printable = (
        ukuran_amplop.MARGIN_KIRI,
        ukuran_amplop.MARGIN_ATAS,
        envelope.lebar - ukuran_amplop.MARGIN_KANAN,
        envelope.tinggi - ukuran_amplop.MARGIN_BAWAH,
    )
    kop = loaded.berkas.instansi
    with pdfplumber.open(pdf_path) as document:
        assert len(document.pages) == len(loaded.berkas.penerima)
        for index, page in enumerate(document.pages):
            assert (round(page.width / MM), round(page.height / MM)) == (round(envelope.lebar), round(envelope.tinggi))
            words = page.extract_words(use_text_flow=True)
            assert len(words_in(words, printable)) == len(words), "teks di luar bidang cetak amplop"
            address = words_in(words, area)
            assert joined(address) == squash(expected_lines(loaded, index))
            yth, _ = alamat_tujuan(loaded.berkas.penerima[index])
            assert f"Yth. {' '.join(yth.split())}" in joined(address)  # the invitation's own wording
            top_left = joined(words_in(words, sender))
            assert kop.pemerintah.upper() in top_left
            for line in kop.perangkat_daerah:
                assert line.upper() in top_left
            assert squash([kop.alamat]) in top_left and (kop.pos_el or "") in top_left  # nothing of the kop cut off
            marked = loaded.berkas.surat.sifat.upper()
            sifat = [w["text"] for w in words if w["text"] in ("SEGERA", "RAHASIA", "BIASA")]
            assert sifat == ([] if marked == "BIASA" else [marked])
            rest = [w for w in words if w not in address and w not in words_in(words, sender)]
            assert [w["text"] for w in rest] == sifat
