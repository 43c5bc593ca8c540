"""`naskah sambutan`: §8 speeches from the examples, greeting order, switchable greetings, Pasal 44 speaker line."""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml
from click.testing import CliRunner
from docx.shared import Mm, Pt

from naskah.cli import main
from naskah.domain.yamlio import TextLoader
from tests.conftest import EXAMPLES, docx_text

PALOPO = EXAMPLES / "advokasi-palopo.yaml"
PESAWARAN = EXAMPLES / "hari-kartini-pesawaran.yaml"
SAMBUTAN_PALOPO = "sambutan-1-penjabat-wali-kota-palopo.docx"

# §8's example, in its order (and the peserta line after every official)
PENGHORMATAN_PALOPO = [
    "Yang saya hormati, Unsur Forum Koordinasi Pimpinan Daerah Kota Palopo atau yang mewakili;",
    "Yang saya hormati, Ketua Pengadilan Agama Palopo beserta jajaran;",
    "Yang saya hormati, Para Asisten, Staf Ahli Wali Kota, dan Kepala Perangkat Daerah Lingkup Pemerintah Kota Palopo;",
    "Yang saya hormati, Para Camat dan Lurah se-Kota Palopo;",
    "Para narasumber, pengelola lembaga penyedia layanan, dan peserta kegiatan;",
    "Hadirin yang berbahagia.",
]


def run(*args: Any):
    return CliRunner().invoke(main, [str(a) for a in args])


def salin_contoh(tmp_path: Path, contoh: Path, ubah: Callable[[dict[str, Any]], None] | None = None) -> Path:
    """Copy the examples folder into `tmp_path`, apply `ubah` to the event's data, return the copy's path."""
    folder = shutil.copytree(EXAMPLES, tmp_path / "contoh")
    target = Path(folder) / contoh.name
    if ubah is not None:
        data = yaml.load(target.read_text(encoding="utf-8"), Loader=TextLoader)  # every scalar stays text
        ubah(data)
        target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


def sambutan_teks(tmp_path: Path, event: Path, nama: str = SAMBUTAN_PALOPO) -> str:
    result = run("sambutan", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 0, result.output
    return docx_text(tmp_path / "hasil" / nama)


@pytest.fixture(scope="module")
def palopo(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("palopo")
    result = run("sambutan", PALOPO, "-o", folder)
    assert result.exit_code == 0, result.output
    assert result.output == f"1 naskah sambutan ditulis ke {folder}\n"
    return folder / SAMBUTAN_PALOPO


def test_palopo_golden(palopo, golden):
    golden("sambutan_palopo", docx_text(palopo))


def test_pesawaran_golden(tmp_path, golden):
    nama = "sambutan-1-asisten-perekonomian-dan-pembangunan-sekretariat-daerah-kabupaten-pesawaran.docx"
    golden("sambutan_pesawaran", sambutan_teks(tmp_path, PESAWARAN, nama))


def test_no_template_tags_leak(palopo):
    text = docx_text(palopo)
    assert "{{" not in text and "{%" not in text and "}}" not in text


def test_heading_in_capitals_names_the_principal_occasion_place_and_date(palopo):
    lines = docx_text(palopo).splitlines()
    assert lines[:4] == [
        "SAMBUTAN",
        "PENJABAT WALI KOTA PALOPO",
        "PADA PEMBUKAAN ADVOKASI KEBIJAKAN PENDAMPINGAN PENGEMBANGAN LEMBAGA PENYEDIA LAYANAN PENINGKATAN KUALITAS "
        "KELUARGA KOTA PALOPO TAHUN 2024 DAN PENANDATANGANAN NOTA KESEPAHAMAN ANTARA PENGADILAN AGAMA PALOPO DAN "
        "PEMERINTAH KOTA PALOPO",
        "PALOPO, 24 JUNI 2024",
    ]


def penghormatan(text: str) -> list[str]:
    lines = text.splitlines()
    awal = next(i for i, line in enumerate(lines) if line.startswith("Yang saya hormati"))
    akhir = lines.index("Hadirin yang berbahagia.")
    return lines[awal : akhir + 1]


def test_greetings_follow_section_8_order(palopo):
    assert penghormatan(docx_text(palopo)) == PENGHORMATAN_PALOPO


@pytest.mark.parametrize("seed", [1, 2, 3, "terbalik"])
def test_greeting_order_does_not_depend_on_the_event_file_order(tmp_path, seed):
    def acak(data: dict[str, Any]) -> None:
        if seed == "terbalik":
            data["hadirin"].reverse()
        else:
            random.Random(seed).shuffle(data["hadirin"])

    event = salin_contoh(tmp_path, PALOPO, acak)
    assert penghormatan(sambutan_teks(tmp_path, event)) == PENGHORMATAN_PALOPO


def test_the_speech_keeps_the_principals_voice_when_a_deputy_reads_it(palopo):
    text = docx_text(palopo)
    assert "Nuryadin" not in text and "ASISTEN ADMINISTRASI" not in text
    assert "secara resmi saya nyatakan dibuka." in text


def test_speaker_line_of_a_penjabat_is_the_bare_name(palopo):
    lines = [line for line in docx_text(palopo).splitlines() if line]
    assert lines[-2:] == ["PENJABAT WALI KOTA PALOPO,", "Asrul Sani"]


def test_speaker_line_of_an_official_keeps_the_gelar(tmp_path):
    nama = "sambutan-1-asisten-perekonomian-dan-pembangunan-sekretariat-daerah-kabupaten-pesawaran.docx"
    lines = [line for line in sambutan_teks(tmp_path, PESAWARAN, nama).splitlines() if line]
    assert lines[-2:] == [
        "ASISTEN PEREKONOMIAN DAN PEMBANGUNAN SEKRETARIAT DAERAH KABUPATEN PESAWARAN,",
        "Munzir Zen, S.E., M.M.",
    ]


def test_greetings_islam_multifaith_and_regional(palopo):
    text = docx_text(palopo)
    for salam in (
        "Assalamu'alaikum warahmatullahi wabarakatuh,",
        "Shalom,",
        "Om Swastiastu,",
        "Salamaki tapada salama.",
        "Wabillahi taufiq wal hidayah,",
        "Om Shanti Shanti Shanti Om,",
    ):
        assert salam in text.splitlines()
    assert "ke hadirat Allah SWT" in text


def test_each_greeting_can_be_switched_off(tmp_path):
    def tanpa(data: dict[str, Any]) -> None:
        data["sambutan"][0]["salam_islam"] = "tidak"

    event = salin_contoh(tmp_path, PALOPO, tanpa)
    profil = event.parent / "profil" / "pemkot-palopo-dp3a.yaml"
    text_profil = profil.read_text(encoding="utf-8")
    profil.write_text(
        text_profil.replace("salam_lintas_agama: ya", "salam_lintas_agama: tidak").replace(
            "salam_daerah: Salamaki tapada salama\n", ""
        ),
        encoding="utf-8",
    )
    text = sambutan_teks(tmp_path, event)
    for hilang in ("Assalamu", "Shalom", "Om Swastiastu", "Salamaki", "Wassalamu", "Bismillah", "Allah SWT"):
        assert hilang not in text
    assert "Salam sejahtera bagi kita semua." in text.splitlines()
    assert "ke hadirat Tuhan Yang Maha Esa" in text
    assert "Dengan memohon rahmat Tuhan Yang Maha Esa," in text


def test_pronoun_kami_and_no_opening_formula(tmp_path):
    def ubah(data: dict[str, Any]) -> None:
        data["sambutan"][0].update(kata_ganti="kami", membuka_acara="tidak")

    text = sambutan_teks(tmp_path, salin_contoh(tmp_path, PALOPO, ubah))
    assert "Yang kami hormati, Ketua Pengadilan Agama Palopo beserta jajaran;" in text
    assert "Yang saya hormati" not in text and "dibuka" not in text
    assert "PADA ADVOKASI KEBIJAKAN" in text


def test_body_points_are_numbered_and_placeholders_filled(palopo):
    lines = docx_text(palopo).splitlines()
    assert lines.count("3.\tDorong peningkatan partisipasi keluarga dalam kehidupan bermasyarakat di Kota Palopo.") == 1
    assert any(line.startswith("1.\tSebagai mitra pemerintah") for line in lines)
    assert not any("{acara}" in line or "{wilayah}" in line for line in lines)


def test_thanks_name_every_party(palopo):
    text = docx_text(palopo)
    assert (
        "terima kasih dan penghargaan kepada Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Palopo "
        "selaku penyelenggara, Pengadilan Agama Palopo atas kesediaannya bekerja sama dengan Pemerintah Kota "
        "Palopo, serta para narasumber dan seluruh peserta kegiatan."
    ) in text


def test_large_print_page_size_and_page_numbers(palopo):
    document = docx.Document(str(palopo))
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)
    normal = document.styles["Normal"]
    assert normal.font.size >= Pt(14) and normal.paragraph_format.line_spacing == 1.5
    assert "PAGE" in section.footer._element.xml


def test_paper_follows_the_profile(tmp_path):
    event = salin_contoh(tmp_path, PALOPO)
    profil = event.parent / "profil" / "pemkot-palopo-dp3a.yaml"
    profil.write_text(
        profil.read_text(encoding="utf-8").replace("kertas_sambutan: A4", "kertas_sambutan: A5"), encoding="utf-8"
    )
    sambutan_teks(tmp_path, event)
    section = docx.Document(str(tmp_path / "hasil" / SAMBUTAN_PALOPO)).sections[0]
    assert abs(section.page_width - Mm(148)) < Mm(1)


def test_unknown_office_is_warned_by_name_and_placed_by_its_title(tmp_path):
    def tambah(data: dict[str, Any]) -> None:
        data["hadirin"].insert(0, {"jabatan": "Ketua Dekranasda Kota Palopo"})

    event = salin_contoh(tmp_path, PALOPO, tambah)
    result = run("sambutan", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 0, result.output
    assert (
        "peringatan:" in result.output and "hadirin[1].jabatan: jabatan 'Ketua Dekranasda Kota Palopo'" in result.output
    )
    lines = penghormatan(docx_text(tmp_path / "hasil" / SAMBUTAN_PALOPO))
    assert "ditempatkan menurut sebutannya" in result.output
    # "Ketua …": with the leaders of organisations (Pasal 11 huruf i), before the perangkat daerah line (j).
    assert lines.index("Yang saya hormati, Ketua Dekranasda Kota Palopo;") == 2


def test_user_wording_is_text_not_template_code(tmp_path):
    def ubah(data: dict[str, Any]) -> None:
        data["sambutan"][0]["isi"] = ["Nilai {{ 7*7 }} & <b>tebal</b> {% if x %}tetap{% endif %} di {wilayah}."]

    text = sambutan_teks(tmp_path, salin_contoh(tmp_path, PALOPO, ubah))
    assert "Nilai {{ 7*7 }} & <b>tebal</b> {% if x %}tetap{% endif %} di Kota Palopo." in text.splitlines()


def test_without_sambutan_the_command_says_so(tmp_path):
    event = salin_contoh(tmp_path, PALOPO, lambda data: data.pop("sambutan"))
    result = run("sambutan", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 1
    assert "bagian 'sambutan'" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "hasil").exists()


def test_existing_output_needs_timpa(tmp_path):
    assert run("sambutan", PALOPO, "-o", tmp_path).exit_code == 0
    again = run("sambutan", PALOPO, "-o", tmp_path)
    assert again.exit_code == 2 and "--timpa" in again.output
    assert run("sambutan", PALOPO, "-o", tmp_path, "--timpa").exit_code == 0
