"""Ceremonies and rundowns as offices run them (issue 13): national-day presets, headers, columns, dates, MC."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from naskah.cli import main
from naskah.domain.schema import BerkasAcara
from naskah.domain.susunan import susun
from tests.conftest import docx_text

SLEMAN = {
    "instansi": {
        "pemerintah": "Pemerintah Kabupaten Sleman",
        "perangkat_daerah": ["Sekretariat Daerah"],
        "alamat": "Jalan Parasamya Nomor 1, Beran, Tridadi, Sleman 55511",
        "provinsi": "Daerah Istimewa Yogyakarta",
        "kota": "Sleman",
        "wilayah": "Kabupaten Sleman",
        "kepala_daerah": "Bupati Sleman",
    },
    "acara": {
        "nama": "Upacara Peringatan Hari Kesaktian Pancasila Tahun 2025",
        "jenis": "upacara",
        "tanggal": "2025-10-01",
        "mulai": "08.00",
        "tempat": "Lapangan Pemda Kabupaten Sleman",
        "pakaian": "Pakaian Dinas Upacara (PDU)",
    },
    "susunan_acara": {
        "preset": "hari-kesaktian-pancasila",
        "tema": "Pancasila Perekat Bangsa Menuju Indonesia Raya",
    },
    "petugas": [
        {"peran": "Inspektur Upacara", "nama": "Harda Kiswaya, S.E., M.Si.", "jabatan": "Bupati Sleman"},
        {"peran": "Komandan Upacara", "nama": "Kompol Bambang Wijanarko"},
        {"peran": "Pembaca Ikrar", "nama": "Y. Gustan Ganda", "jabatan": "Ketua DPRD Kabupaten Sleman"},
        {"peran": "Pembaca Doa", "nama": "H. Ahmad Zainuri, S.Ag."},
    ],
}


def tulis(tmp_path: Path, data: dict[str, Any]) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    event = tmp_path / "acara.yaml"
    event.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return event


def buat(tmp_path: Path, data: dict[str, Any]) -> tuple[str, str, str]:
    """Return the command output, the rundown text and the MC script text."""
    out = tmp_path / "hasil"
    result = CliRunner().invoke(main, ["susunan-acara", str(tulis(tmp_path, data)), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return result.output, docx_text(out / "susunan-acara.docx"), docx_text(out / "naskah-pembawa-acara.docx")


def langkah(data: dict[str, Any]) -> list[str]:
    return [b.acara for b in susun(BerkasAcara.model_validate(data)).baris]


def dengan(susunan: dict[str, Any], **acara: Any) -> dict[str, Any]:
    data = {**SLEMAN, "susunan_acara": susunan, "petugas": []}
    data["acara"] = {**SLEMAN["acara"], **acara}
    return data


def test_hari_kesaktian_pancasila_ikrar_by_the_ketua_dprd_and_no_amanat(tmp_path):
    output, teks, mc = buat(tmp_path, SLEMAN)
    assert "peringatan" not in output  # 1 October 2025 is a Wednesday and the day itself
    lines = teks.splitlines()
    assert "Tema\t:\tPancasila Perekat Bangsa Menuju Indonesia Raya" in lines
    assert "Pukul\t:\t08.00 waktu setempat s.d. selesai" in lines
    assert "Sifat upacara\t:\tSederhana, khidmat, dan tertib" in lines
    assert "No. | Waktu | Acara | Pelaksana" in lines  # waktu setempat: no WIB in the heading
    steps = langkah(SLEMAN)
    assert "Amanat inspektur upacara" not in " ".join(steps)
    uud = steps.index("Pembacaan Pembukaan UUD Negara Republik Indonesia Tahun 1945")
    assert steps[uud + 1 : uud + 3] == [
        "Pembacaan Ikrar oleh Ketua Dewan Perwakilan Rakyat Daerah Kabupaten Sleman",
        "Penandatanganan naskah Ikrar",
    ]
    assert "Pengibaran bendera Merah Putih satu tiang penuh diiringi lagu kebangsaan Indonesia Raya" in steps
    assert any(line.endswith("| Y. Gustan Ganda") and "Pembacaan Ikrar" in line for line in lines)
    # the half-mast rules under the rundown
    assert "Catatan:" in lines
    assert any("30 September bendera Merah Putih dikibarkan setengah tiang" in line for line in lines)
    assert any("1 Oktober bendera Merah Putih dikibarkan satu tiang penuh" in line for line in lines)
    # officers the preset needs and the file does not name are listed to be filled in
    assert "Perwira Upacara |  | " in lines and "Pembaca Pembukaan UUD 1945 |  | " in lines
    assert "PETUGAS UPACARA" in lines
    assert "Pembawa acara:\tPembacaan Ikrar oleh Ketua Dewan Perwakilan Rakyat Daerah Kabupaten Sleman." in mc


def test_hari_kesaktian_pancasila_on_another_day_is_warned(tmp_path):
    output, _, _ = buat(tmp_path, {**SLEMAN, "acara": {**SLEMAN["acara"], "tanggal": "2025-10-02"}})
    assert (
        "acara.tanggal: Hari Kesaktian Pancasila diperingati pada tanggalnya, 1 Oktober 2025, bukan 2 Oktober 2025"
        in output
    )


def test_hkn_on_a_saturday_names_the_next_working_day(tmp_path):
    data = dengan({"preset": "hari-kesadaran-nasional"}, nama="Upacara Hari Kesadaran Nasional", tanggal="2026-10-17")
    output, _, _ = buat(tmp_path, data)
    assert "peringatan:" in output
    assert (
        "acara.tanggal: upacara jatuh pada hari Sabtu (17 Oktober 2026); hari kerja berikutnya Senin, 19 Oktober 2026"
        in output
    )


def test_hkn_on_a_holiday_and_on_a_working_day(tmp_path):
    libur = dengan({"preset": "hari-kesadaran-nasional"}, tanggal="2025-06-06")  # Iduladha, a Friday
    output, _, _ = buat(tmp_path / "libur", libur)
    assert "hari libur nasional Hari Raya Idul Adha (6 Juni 2025); hari kerja berikutnya Selasa, 10 Juni 2025" in output
    biasa = dengan({"preset": "hari-kesadaran-nasional"}, tanggal="2025-09-17")
    output, _, _ = buat(tmp_path / "biasa", biasa)
    assert "acara.tanggal" not in output


def test_the_commanders_two_reports_are_worded_as_said():
    steps = langkah(dengan({"preset": "upacara-bendera"}))
    laporan = [s for s in steps if s.startswith("Laporan komandan")]
    assert laporan == [
        "Laporan komandan upacara kepada inspektur upacara bahwa upacara siap dimulai",
        "Laporan komandan upacara kepada inspektur upacara bahwa upacara telah selesai",
    ]


def test_hut_kemerdekaan_ri_has_the_proclamation_and_paskibraka():
    steps = langkah(dengan({"preset": "hut-kemerdekaan-ri"}, tanggal="2025-08-17"))
    laporan = steps.index("Laporan komandan upacara kepada inspektur upacara bahwa upacara siap dimulai")
    assert steps[laporan + 1].startswith("Detik-detik Proklamasi")
    assert steps[laporan + 2] == "Pembacaan teks Proklamasi Kemerdekaan Indonesia"
    assert "Pasukan Pengibar Bendera Pusaka" in steps[laporan + 3]
    assert not any(s.startswith("Amanat") for s in steps)


@pytest.mark.parametrize(
    ("preset", "ada", "amanat"),
    [
        (
            "hut-korpri",
            ["Pembacaan Panca Prasetya KORPRI", "Menyanyikan lagu Mars KORPRI"],
            "Presiden Republik Indonesia",
        ),
        ("hari-pendidikan-nasional", [], "Menteri Pendidikan Dasar dan Menengah Republik Indonesia"),
        ("hari-sumpah-pemuda", ["Pembacaan naskah Sumpah Pemuda diikuti peserta"], "Menteri Pemuda dan Olahraga"),
        ("hari-pahlawan", ["Pembacaan pesan-pesan pahlawan"], "Menteri Sosial Republik Indonesia"),
    ],
)
def test_national_day_presets_have_their_own_steps(preset, ada, amanat):
    steps = langkah(dengan({"preset": preset}))
    for step in ada:
        assert step in steps
    (kalimat,) = [s for s in steps if s.startswith("Amanat")]
    assert amanat in kalimat
    if preset != "hut-korpri":
        assert "Pembacaan Panca Prasetya KORPRI" not in steps


def test_hari_pahlawan_silence_at_0815_local_time():
    hasil = susun(BerkasAcara.model_validate(dengan({"preset": "hari-pahlawan"}, tanggal="2025-11-10")))
    hening = next(b for b in hasil.baris if b.acara.startswith("Mengheningkan cipta"))
    assert hening.keterangan == "serentak pukul 08.15 waktu setempat selama 60 detik"
    assert not hasil.peringatan  # 10 November 2025 is a Monday and the day itself


def test_school_hari_kartini_without_flag_or_korpri_and_the_biography_after_the_amanat():
    steps = langkah(dengan({"preset": "hari-kartini", "kosakata": "sekolah"}, tanggal="2025-04-21"))
    assert not any("Pengibaran" in s for s in steps)
    assert "Pembacaan Panca Prasetya KORPRI" not in steps
    amanat = steps.index("Amanat pembina upacara")
    assert steps[amanat + 1 : amanat + 3] == [
        "Pembacaan riwayat singkat R.A. Kartini",
        'Menyanyikan lagu "Ibu Kita Kartini"',
    ]


PELATIHAN = {
    **SLEMAN,
    "acara": {
        "nama": "Pembukaan Pelatihan Dasar CPNS Golongan III Angkatan II",
        "jenis": "lainnya",
        "tanggal": "2025-07-14",
        "mulai": "08.30",
        "tempat": "Aula BKPSDM Kabupaten Sleman",
    },
    "susunan_acara": {
        "kolom": ["rentang", "durasi", "acara", "penanggung_jawab", "keterangan"],
        "langkah": [
            {"acara": "Pembukaan", "durasi": "5", "penanggung_jawab": "Bidang Pengembangan Kompetensi"},
            {"acara": "Laporan penyelenggaraan", "durasi": "10", "oleh": "Kepala BKPSDM Kabupaten Sleman"},
            {
                "acara": "Pembukaan pelatihan oleh Sekretaris Daerah Kabupaten Sleman",
                "durasi": "15",
                "oleh": "Sekretaris Daerah Kabupaten Sleman",
                "keterangan": "pemukulan gong",
            },
            {"acara": "Orientasi program pelatihan", "durasi": "90", "oleh": "Widyaiswara Ahli Madya"},
        ],
    },
    "petugas": [],
}


def test_time_range_duration_and_penanggung_jawab_columns(tmp_path):
    _, teks, _ = buat(tmp_path, PELATIHAN)
    lines = teks.splitlines()
    assert "No. | Waktu (WIB) | Durasi | Acara | Penanggung Jawab | Keterangan" in lines
    assert "1. | 08.30 – 08.35 | ± 5 menit | Pembukaan | Bidang Pengembangan Kompetensi | " in lines
    assert (
        "3. | 08.45 – 09.00 | ± 15 menit | Pembukaan pelatihan oleh Sekretaris Daerah Kabupaten Sleman |  | "
        "pemukulan gong"
    ) in lines
    assert "4. | 09.00 – 10.30 | ± 1 jam 30 menit | Orientasi program pelatihan |  | " in lines
    assert "Sifat upacara" not in teks and "PETUGAS" not in teks


def test_mc_script_for_own_steps_opens_leads_in_and_closes(tmp_path):
    _, _, mc = buat(tmp_path, PELATIHAN)
    lines = mc.splitlines()
    buka = lines.index("1. Pembukaan (08.30 WIB)")
    assert lines[buka + 1].startswith("Pembawa acara:\tAssalamu'alaikum")
    assert (
        "Pembawa acara:\tAcara selanjutnya, laporan penyelenggaraan. Kepada Kepala BKPSDM Kabupaten Sleman, "
        "waktu dan tempat kami persilakan."
    ) in lines
    # the performer named in the step is not named twice, and whoever spoke last is thanked
    assert (
        "Pembawa acara:\tTerima kasih kepada Kepala BKPSDM Kabupaten Sleman. Acara selanjutnya, pembukaan pelatihan "
        "oleh Sekretaris Daerah Kabupaten Sleman. Kepada Sekretaris Daerah Kabupaten Sleman, waktu dan tempat kami "
        "persilakan."
    ) in lines
    penutup = lines.index("Penutup")
    assert lines[penutup + 1] == "Pembawa acara:\tTerima kasih kepada Widyaiswara Ahli Madya."
    assert any("demikian rangkaian Pembukaan Pelatihan Dasar CPNS" in line for line in lines[penutup:])
    step_names = {"Pembukaan", "Laporan penyelenggaraan", "Orientasi program pelatihan"}
    assert not any(line.removeprefix("Pembawa acara:\t").rstrip(".") in step_names for line in lines)


def test_mc_names_the_petugas_of_an_inserted_ceremony_step(tmp_path):
    data = {
        **SLEMAN,
        "susunan_acara": {
            **SLEMAN["susunan_acara"],
            "sisipkan": [
                {
                    "acara": "Pembacaan sambutan tertulis Menteri Dalam Negeri",
                    "oleh": "Wakil Bupati Sleman",
                    "setelah": "Penandatanganan naskah Ikrar",
                }
            ],
        },
    }
    _, _, mc = buat(tmp_path, data)
    assert "Pembawa acara:\tPembacaan sambutan tertulis Menteri Dalam Negeri, oleh Wakil Bupati Sleman." in mc
    lines = mc.splitlines()
    assert lines[lines.index("Sebelum upacara dimulai") + 1] == (
        "Pembawa acara:\tUpacara Peringatan Hari Kesaktian Pancasila Tahun 2025 akan segera dimulai. Para peserta "
        "upacara dimohon menempati tempat yang telah ditentukan."
    )


def test_own_sifat_and_waktu_setempat_win_over_the_preset(tmp_path):
    data = dengan(
        {"preset": "upacara-bendera", "sifat": "Khidmat dan tertib", "waktu_setempat": "ya"}, tanggal="2025-09-17"
    )
    _, teks, _ = buat(tmp_path, data)
    assert "Sifat upacara\t:\tKhidmat dan tertib" in teks
    assert "Pukul\t:\t08.00 waktu setempat s.d. selesai" in teks
    tanpa = dengan({"preset": "hari-pahlawan", "waktu_setempat": "tidak"}, tanggal="2025-11-10")
    _, teks, _ = buat(tmp_path / "wib", tanpa)
    assert "Pukul\t:\t08.00 WIB s.d. selesai" in teks
