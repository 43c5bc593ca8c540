"""`naskah susunan-acara`: the rundown with petugas, and the MC script built from the same rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from docx.shared import Mm

from naskah.domain.loader import load_event
from naskah.jenis import susunan_acara
from naskah.jenis._templates import builtin
from naskah.keluaran import MANIFEST
from tests.conftest import docx_text
from tests.domain.test_susunan import HARI_KARTINI
from tests.test_sambutan import PALOPO, PESAWARAN, run, salin_contoh

SUSUNAN, MC = "susunan-acara.docx", "naskah-pembawa-acara.docx"


def buat(tmp_path: Path, event: Path) -> Path:
    folder = tmp_path / "hasil"
    result = run("susunan-acara", event, "-o", folder)
    assert result.exit_code == 0, result.output
    return folder


@pytest.fixture(scope="module")
def pesawaran(tmp_path_factory) -> Path:
    return buat(tmp_path_factory.mktemp("pesawaran"), PESAWARAN)


@pytest.fixture(scope="module")
def palopo(tmp_path_factory) -> Path:
    return buat(tmp_path_factory.mktemp("palopo"), PALOPO)


@pytest.mark.parametrize(("contoh", "nama"), [("pesawaran", "pesawaran"), ("palopo", "palopo")])
def test_goldens(request, golden, contoh, nama):
    folder = request.getfixturevalue(contoh)
    golden(f"susunan_acara_{nama}", docx_text(folder / SUSUNAN))
    golden(f"pembawa_acara_{nama}", docx_text(folder / MC))


def test_both_files_and_one_summary_line(tmp_path):
    result = run("susunan-acara", PESAWARAN, "-o", tmp_path)
    assert result.output == f"Susunan acara dan naskah pembawa acara (2 berkas) ditulis ke {tmp_path}\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != MANIFEST) == [MC, SUSUNAN]


def rundown(folder: Path) -> list[list[str]]:
    """Return the rundown table rows (No, Waktu, Acara, Pelaksana) without the header."""
    lines = docx_text(folder / SUSUNAN).splitlines()
    awal = next(i for i, line in enumerate(lines) if line.startswith("No. | Waktu"))
    rows = []
    for line in lines[awal + 1 :]:
        if " | " not in line:
            break
        rows.append(line.split(" | "))
    return rows


def test_pesawaran_steps_in_section_9_2_order_with_times_in_wib(pesawaran):
    rows = rundown(pesawaran)
    assert [r[2] for r in rows] == HARI_KARTINI
    assert [r[0] for r in rows] == [f"{n}." for n in range(1, 19)]
    assert rows[0][1] == "07.30" and rows[12][1] == "08.13" and rows[-1][1] == "08.24"
    assert "No. | Waktu (WIB) | Acara | Pelaksana" in docx_text(pesawaran / SUSUNAN)


def test_pesawaran_header_names_the_ceremony_day_time_place(pesawaran):
    lines = docx_text(pesawaran / SUSUNAN).splitlines()
    assert lines[:2] == [
        "SUSUNAN UPACARA BENDERA BULANAN DAN PERINGATAN HARI KARTINI TAHUN 2024",
        "PEMERINTAH KABUPATEN PESAWARAN",
    ]
    assert "Hari, tanggal\t:\tSenin, 22 April 2024" in lines
    assert "Pukul\t:\t07.30 s.d. 08.30 WIB" in lines


def test_pesawaran_petugas_table(pesawaran):
    text = docx_text(pesawaran / SUSUNAN)
    assert "PETUGAS UPACARA\nPeran | Nama | Jabatan\n" in text
    assert (
        "Inspektur Upacara | Munzir Zen, S.E., M.M.\nNIP 19680315 199403 1 006 | Asisten Perekonomian dan "
        "Pembangunan Sekretariat Daerah Kabupaten Pesawaran"
    ) in text
    assert "Pembaca Riwayat Singkat R.A. Kartini | Nurhasanah, S.Sos." in text
    assert text.count("Pengibar Bendera | ") == 3


def test_mc_script_gives_the_ceremony_commands(pesawaran):
    lines = docx_text(pesawaran / MC).splitlines()
    hormat = lines.index("4. Penghormatan umum kepada inspektur upacara (07.36 WIB)")
    assert lines[hormat + 1 : hormat + 5] == [
        "Pembawa acara:\tPenghormatan umum kepada inspektur upacara.",
        "Komandan upacara:\tKepada inspektur upacara, hormat, gerak!",
        "(Setelah penghormatan dibalas inspektur upacara:)",
        "Komandan upacara:\tTegak, gerak!",
    ]
    assert (
        "Komandan upacara:\tLapor, Upacara Bendera Bulanan dan Peringatan Hari Kartini Tahun 2024 siap dimulai. "
        "Laporan selesai." in lines
    )
    assert '13. Menyanyikan lagu "Ibu Kita Kartini" (08.13 WIB)' in lines


def test_palopo_mc_announces_the_speech_read_by_the_deputy(palopo):
    text = docx_text(palopo / MC)
    assert (
        "Pembawa acara:\tTerima kasih kepada Ketua Pengadilan Agama Palopo. Acara selanjutnya, sambutan Penjabat "
        "Wali Kota Palopo sekaligus membuka kegiatan secara resmi, yang "
        "dibacakan oleh Asisten Administrasi Umum Sekretariat Daerah Kota Palopo. Kepada yang terhormat Asisten "
        "Administrasi Umum Sekretariat Daerah Kota Palopo, waktu dan tempat kami persilakan."
    ) in text
    assert "Yang kami hormati, Penjabat Wali Kota Palopo yang diwakili oleh Asisten Administrasi Umum" in text


def test_palopo_rundown_has_no_petugas_table(palopo):
    text = docx_text(palopo / SUSUNAN)
    assert "PETUGAS" not in text and "No. | Waktu (WITA) | Acara | Pelaksana" in text


def test_no_template_tags_leak(palopo, pesawaran):
    for path in (palopo / SUSUNAN, palopo / MC, pesawaran / SUSUNAN, pesawaran / MC):
        text = docx_text(path)
        assert "{{" not in text and "{%" not in text and "}}" not in text


def test_school_vocabulary_reaches_the_documents(tmp_path):
    def sekolah(data: dict[str, Any]) -> None:
        data["susunan_acara"]["kosakata"] = "sekolah"
        data["petugas"] = []

    folder = buat(tmp_path, salin_contoh(tmp_path, PESAWARAN, sekolah))
    assert rundown(folder)[0][2:] == ["Pemimpin upacara memasuki lapangan upacara", "Pemimpin upacara"]
    assert "Pemimpin upacara:\tKepada pembina upacara, hormat, gerak!" in docx_text(folder / MC)
    assert "inspektur" not in (docx_text(folder / SUSUNAN) + docx_text(folder / MC)).lower()


def test_unknown_step_is_one_line_with_file_line_and_key_path(tmp_path):
    def salah(data: dict[str, Any]) -> None:
        data["susunan_acara"]["hapus"] = ["Pembacaan sumpah"]

    event = salin_contoh(tmp_path, PESAWARAN, salah)
    result = run("susunan-acara", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 1
    line = next(
        i for i, text in enumerate(event.read_text(encoding="utf-8").splitlines(), 1) if "Pembacaan sumpah" in text
    )
    assert result.output.startswith(f"{event}:{line}: susunan_acara.hapus[1]: langkah 'Pembacaan sumpah' tidak ada")
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
    assert not (tmp_path / "hasil").exists()


def test_written_time_before_the_clock_is_a_printed_warning(tmp_path):
    def jam(data: dict[str, Any]) -> None:
        data["susunan_acara"]["sisipkan"] = [{"acara": "Pemberian penghargaan", "sebelum": "Amanat", "waktu": "07.40"}]

    result = run("susunan-acara", salin_contoh(tmp_path, PESAWARAN, jam), "-o", tmp_path / "hasil")
    assert result.exit_code == 0
    assert "peringatan:" in result.output
    assert "susunan_acara.sisipkan[1].waktu: jam 07.40 untuk 'Pemberian penghargaan' lebih awal" in result.output


def test_own_steps_with_a_performer_get_an_invitation_in_the_mc_script(tmp_path):
    def rapat(data: dict[str, Any]) -> None:
        data["susunan_acara"] = {
            "langkah": [
                {"acara": "Pembukaan", "durasi": "10"},
                {"acara": "Paparan persiapan Hari Kartini", "durasi": "30", "oleh": "Kepala Dinas PPPA"},
            ]
        }

    folder = buat(tmp_path, salin_contoh(tmp_path, PESAWARAN, rapat))
    assert rundown(folder) == [
        ["1.", "07.30", "Pembukaan", ""],
        ["2.", "07.40", "Paparan persiapan Hari Kartini", "Kepala Dinas PPPA"],
    ]
    assert "SUSUNAN UPACARA" in docx_text(folder / SUSUNAN) and "PETUGAS\n" in docx_text(folder / SUSUNAN)
    mc = docx_text(folder / MC).splitlines()
    # the own "Pembukaan" is the MC's opening, the next step is led into, and the script closes by itself
    pembukaan = mc.index("1. Pembukaan (07.30 WIB)")
    assert mc[pembukaan + 1].startswith("Pembawa acara:\tAssalamu'alaikum")
    assert (
        "Pembawa acara:\tAcara selanjutnya, paparan persiapan Hari Kartini. Kepada Kepala Dinas PPPA, waktu dan "
        "tempat kami persilakan."
    ) in mc
    penutup = mc.index("Penutup")
    assert mc[penutup + 1] == "Pembawa acara:\tTerima kasih kepada Kepala Dinas PPPA."


def test_without_susunan_the_command_says_so(tmp_path):
    event = salin_contoh(tmp_path, PESAWARAN, lambda data: data.pop("susunan_acara"))
    result = run("susunan-acara", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 1 and "susunan_acara" in result.output
    assert not susunan_acara.punya_data(load_event(event))


def test_a_users_own_template_renders_and_keeps_its_page(tmp_path):
    def milik_sendiri(data: dict[str, Any]) -> None:
        data["templat"] = {"susunan_acara": "templat-susunan.docx"}

    event = salin_contoh(tmp_path, PESAWARAN, milik_sendiri)
    (event.parent / "templat-susunan.docx").write_bytes(builtin("susunan_acara").read_bytes())  # an F4 template
    profil = event.parent / "profil" / "pemkab-pesawaran.yaml"
    profil.write_text(profil.read_text(encoding="utf-8").replace("kertas: F4", "kertas: A4"), encoding="utf-8")
    folder = buat(tmp_path, event)
    assert [r[2] for r in rundown(folder)] == HARI_KARTINI
    tinggi = {name: docx.Document(str(folder / name)).sections[0].page_height for name in (SUSUNAN, MC)}
    assert abs(tinggi[SUSUNAN] - Mm(330)) < Mm(1)  # the user's page stays
    assert abs(tinggi[MC] - Mm(297)) < Mm(1)  # the built-in MC script follows the profile
