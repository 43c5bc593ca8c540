"""Rundowns: the §9 presets and their vocabularies, edits by name, and the time computation."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from naskah.domain.loader import load_event
from naskah.domain.schema import BerkasAcara
from naskah.domain.susunan import PerubahanTidakSah, Tahap, hitung_waktu, punya_susunan, susun
from naskah.domain.susunan_preset import urutan_sambutan
from tests.conftest import EXAMPLES

# domain §9.2, in this order (the Pesawaran example)
HARI_KARTINI = [
    "Komandan upacara memasuki lapangan upacara",
    "Laporan perwira upacara kepada inspektur upacara",
    "Inspektur upacara memasuki lapangan upacara",
    "Penghormatan umum kepada inspektur upacara",
    "Laporan komandan upacara kepada inspektur upacara bahwa upacara siap dimulai",
    "Pengibaran bendera Merah Putih diiringi lagu kebangsaan Indonesia Raya",
    "Mengheningkan cipta dipimpin oleh inspektur upacara",
    "Pembacaan teks Pancasila oleh inspektur upacara diikuti peserta",
    "Pembacaan Pembukaan UUD Negara Republik Indonesia Tahun 1945",
    "Pembacaan Panca Prasetya KORPRI",
    "Pembacaan riwayat singkat R.A. Kartini",
    "Amanat inspektur upacara",
    'Menyanyikan lagu "Ibu Kita Kartini"',
    "Pembacaan doa",
    "Laporan komandan upacara kepada inspektur upacara bahwa upacara telah selesai",
    "Penghormatan umum kepada inspektur upacara",
    "Inspektur upacara meninggalkan lapangan upacara",
    "Upacara selesai",
]
KHUSUS_KARTINI = {
    "Pembacaan Panca Prasetya KORPRI",
    "Pembacaan riwayat singkat R.A. Kartini",
    'Menyanyikan lagu "Ibu Kita Kartini"',
}


def berkas(susunan: dict[str, Any] | None = None, **lain: Any) -> BerkasAcara:
    """Return a small valid event with `susunan` as its susunan_acara."""
    data: dict[str, Any] = {
        "instansi": {
            "pemerintah": "Pemerintah Kabupaten Pesawaran",
            "alamat": "Jalan Raya Kedondong Nomor 1",
            "provinsi": "Lampung",
            "kota": "Gedong Tataan",
            "wilayah": "Kabupaten Pesawaran",
            "kepala_daerah": "Bupati Pesawaran",
        },
        "acara": {"nama": "Upacara Bendera", "tanggal": "2024-04-22", "mulai": "07.30", "tempat": "Lapangan Upacara"},
        "susunan_acara": susunan,
        **lain,
    }
    return BerkasAcara.model_validate(data)


def teks(hasil) -> list[str]:
    return [b.acara for b in hasil.baris]


def waktu(hasil) -> list[str]:
    return [b.waktu for b in hasil.baris]


# --- presets -------------------------------------------------------------------------------------


def test_hari_kartini_is_section_9_2_in_order():
    assert teks(susun(berkas({"preset": "hari-kartini"}))) == HARI_KARTINI


def test_pesawaran_example_times_are_computed_from_0730():
    hasil = susun(load_event(EXAMPLES / "hari-kartini-pesawaran.yaml").berkas)
    assert teks(hasil) == HARI_KARTINI
    assert waktu(hasil) == [
        "07.30",
        "07.32",
        "07.34",
        "07.36",
        "07.37",
        "07.39",
        "07.44",
        "07.46",
        "07.48",
        "07.51",
        "07.53",
        "07.58",
        "08.13",
        "08.16",
        "08.19",
        "08.21",
        "08.22",
        "08.24",
    ]
    assert hasil.upacara and hasil.peringatan == ()


def test_upacara_bendera_has_neither_korpri_nor_kartini_items():
    langkah = teks(susun(berkas({"preset": "upacara-bendera"})))
    assert langkah == [t for t in HARI_KARTINI if t not in KHUSUS_KARTINI]


def test_hari_kesadaran_nasional_adds_panca_prasetya_after_the_uud():
    langkah = teks(susun(berkas({"preset": "hari-kesadaran-nasional"})))
    uud = langkah.index("Pembacaan Pembukaan UUD Negara Republik Indonesia Tahun 1945")
    assert langkah[uud + 1] == "Pembacaan Panca Prasetya KORPRI"
    assert "Pembacaan riwayat singkat R.A. Kartini" not in langkah


@pytest.mark.parametrize("preset", ["upacara-bendera", "hari-kesadaran-nasional", "hari-kartini"])
def test_school_vocabulary_uses_pembina_and_pemimpin(preset):
    hasil = susun(berkas({"preset": preset, "kosakata": "sekolah"}))
    semua = " ".join(teks(hasil) + [b.oleh for b in hasil.baris]).lower()
    assert "inspektur" not in semua and "komandan" not in semua and "perwira" not in semua
    assert teks(hasil)[:4] == [
        "Pemimpin upacara memasuki lapangan upacara",
        "Pembina upacara tiba di tempat upacara",
        "Penghormatan kepada pembina upacara",
        "Laporan pemimpin upacara kepada pembina upacara bahwa upacara siap dimulai",
    ]
    assert teks(hasil)[-2:] == ["Pembina upacara meninggalkan mimbar", "Upacara selesai, barisan dibubarkan"]


def test_petugas_names_the_performer_unless_a_role_is_shared():
    petugas = [
        {"peran": "Komandan Upacara", "nama": "Desi Ratnasari"},
        {"peran": "Pengibar Bendera", "nama": "Anisa"},
        {"peran": "pengibar bendera", "nama": "Fitri"},
    ]
    hasil = susun(berkas({"preset": "upacara-bendera"}, petugas=petugas))
    oleh = {b.acara: b.oleh for b in hasil.baris}
    assert oleh["Laporan komandan upacara kepada inspektur upacara bahwa upacara siap dimulai"] == "Desi Ratnasari"
    assert oleh["Amanat inspektur upacara"] == "Inspektur upacara"
    assert (
        oleh["Pengibaran bendera Merah Putih diiringi lagu kebangsaan Indonesia Raya"]
        == "Pengibar bendera dan paduan suara"
    )


def test_palopo_opening_follows_section_9_3():
    hasil = susun(load_event(EXAMPLES / "advokasi-palopo.yaml").berkas)
    jadwal = dict(zip(teks(hasil), waktu(hasil), strict=False))
    assert jadwal["Registrasi peserta dan pengisian daftar hadir"] == "08.30"
    assert jadwal["Kedatangan Penjabat Wali Kota Palopo (atau yang mewakili) dan undangan"] == "09.00"
    assert jadwal["Rehat kopi"] == "10.15"
    assert jadwal["Penyampaian materi advokasi dan diskusi"] == "10.30"
    assert jadwal["Penutup"] == "12.00"
    sambutan = [t for t in teks(hasil) if t.startswith("Sambutan")]
    assert sambutan == [
        "Sambutan Ketua Pengadilan Agama Palopo",
        "Sambutan Penjabat Wali Kota Palopo sekaligus membuka kegiatan secara resmi"
        " (dibacakan oleh Asisten Administrasi Umum Sekretariat Daerah Kota Palopo)",
    ]
    penandatanganan = teks(hasil).index(
        "Penandatanganan Nota Kesepahaman antara Pengadilan Agama Palopo dan "
        "Pemerintah Kota Palopo, dilanjutkan pertukaran naskah"
    )
    assert teks(hasil)[penandatanganan - 1] == sambutan[-1]


def test_speeches_go_from_lowest_rank_to_the_official_who_opens():
    orang = [
        {"oleh": {"jabatan": j, "nama": "X"}, "membuka_acara": b}
        for j, b in [("Bupati Pesawaran", "ya"), ("Camat Gedong Tataan", "tidak"), ("Kepala Dinas Pendidikan", "tidak")]
    ]
    urut = urutan_sambutan(berkas(None, sambutan=orang).sambutan)
    assert [s.oleh.jabatan for s in urut] == ["Camat Gedong Tataan", "Kepala Dinas Pendidikan", "Bupati Pesawaran"]


def test_own_steps_replace_the_preset():
    hasil = susun(berkas({"preset": "hari-kartini", "langkah": [{"acara": "Pembukaan"}, {"acara": "Penutup"}]}))
    assert teks(hasil) == ["Pembukaan", "Penutup"] and not hasil.upacara


def test_punya_susunan():
    assert not punya_susunan(berkas(None))
    assert not punya_susunan(berkas({"preset": "tanpa"}))
    assert punya_susunan(berkas({"langkah": [{"acara": "Pembukaan"}]}))


# --- edits by name -------------------------------------------------------------------------------


def test_sisipkan_after_before_and_at_the_end():
    hasil = susun(
        berkas(
            {
                "preset": "upacara-bendera",
                "sisipkan": [
                    {
                        "acara": "Pembacaan Keputusan Presiden tentang Satyalancana Karya Satya",
                        "setelah": "pembukaan uud",
                    },
                    {"acara": "Penyerahan Satyalancana Karya Satya", "sebelum": "Amanat"},
                    {"acara": "Foto bersama"},
                ],
            }
        )
    )
    langkah = teks(hasil)
    uud = langkah.index("Pembacaan Pembukaan UUD Negara Republik Indonesia Tahun 1945")
    assert langkah[uud + 1 : uud + 4] == [
        "Pembacaan Keputusan Presiden tentang Satyalancana Karya Satya",
        "Penyerahan Satyalancana Karya Satya",
        "Amanat inspektur upacara",
    ]
    assert langkah[-1] == "Foto bersama"


def test_hapus_removes_every_step_with_those_words_and_ganti_nama_renames():
    hasil = susun(
        berkas(
            {
                "preset": "hari-kartini",
                "hapus": ["Laporan perwira", "penghormatan umum"],
                "ganti_nama": {"Pembacaan doa": "Doa bersama"},
            }
        )
    )
    langkah = teks(hasil)
    assert len(langkah) == 15
    assert not any("erwira" in t or "Penghormatan umum" in t for t in langkah)
    assert "Doa bersama" in langkah and "Pembacaan doa" not in langkah


def test_a_renamed_step_can_still_be_found_by_its_preset_name():
    hasil = susun(
        berkas(
            {
                "preset": "hari-kartini",
                "ganti_nama": {"Pembacaan doa": "Doa bersama"},
                "sisipkan": [{"acara": "Menyanyikan Mars KORPRI", "setelah": "Pembacaan doa"}],
            }
        )
    )
    langkah = teks(hasil)
    assert langkah[langkah.index("Doa bersama") + 1] == "Menyanyikan Mars KORPRI"


@pytest.mark.parametrize(
    ("susunan", "kunci", "kata"),
    [
        ({"hapus": ["Amanat", "Pembacaan sumpah"]}, "susunan_acara.hapus[2]", "Pembacaan sumpah"),
        ({"ganti_nama": {"Pembacan doa": "Doa"}}, "susunan_acara.ganti_nama.Pembacan doa", "Pembacan doa"),
        (
            {"sisipkan": [{"acara": "X", "setelah": "Pembacaan sumpah"}]},
            "susunan_acara.sisipkan[1].setelah",
            "Pembacaan sumpah",
        ),
        (
            {"sisipkan": [{"acara": "X", "sebelum": "Laporan lurah"}]},
            "susunan_acara.sisipkan[1].sebelum",
            "Laporan lurah",
        ),
    ],
)
def test_an_unknown_step_name_is_an_error_naming_it(susunan, kunci, kata):
    with pytest.raises(PerubahanTidakSah) as info:
        susun(berkas({"preset": "hari-kartini", **susunan}))
    pesan = str(info.value)
    assert pesan.startswith(f"{kunci}: langkah '{kata}' tidak ada di susunan acara")
    assert "\n" not in pesan and info.value.kunci == kunci


def test_a_misspelt_step_gets_a_suggestion():
    with pytest.raises(PerubahanTidakSah) as info:
        susun(berkas({"preset": "hari-kartini", "ganti_nama": {"Pembacan doa": "Doa"}}))
    assert "mungkin maksudnya 'Pembacaan doa'" in info.value.saran


def test_setelah_and_sebelum_together_is_an_error():
    with pytest.raises(PerubahanTidakSah, match=r"sisipkan\[1\]: isi 'setelah' atau 'sebelum'"):
        susun(berkas({"preset": "hari-kartini", "sisipkan": [{"acara": "X", "setelah": "Amanat", "sebelum": "doa"}]}))


# --- times ---------------------------------------------------------------------------------------


def tahap(acara: str, durasi: int | None = None, waktu: str | None = None) -> Tahap:
    jam = dt.time(*map(int, waktu.split("."))) if waktu else None
    return Tahap("", acara, durasi=durasi, waktu=jam, asal=acara, kunci=f"susunan_acara.langkah[{acara}]")


def test_durations_add_up_and_cross_the_hour():
    jam, peringatan = hitung_waktu([tahap("a", 45), tahap("b", 20), tahap("c", 0), tahap("d")], dt.time(9, 0), 5)
    assert jam == ["09.00", "09.45", "10.05", "10.05"] and peringatan == []


def test_steps_without_duration_take_the_default():
    jam, _ = hitung_waktu([tahap("a"), tahap("b"), tahap("c")], dt.time(7, 55), 3)
    assert jam == ["07.55", "07.58", "08.01"]


def test_a_written_time_wins_and_the_clock_runs_on_from_it():
    jam, peringatan = hitung_waktu([tahap("a", 10), tahap("b", 15, "10.00"), tahap("c")], dt.time(9, 0), 5)
    assert jam == ["09.00", "10.00", "10.15"] and peringatan == []


def test_a_written_time_before_the_running_clock_is_kept_with_a_warning():
    jam, peringatan = hitung_waktu([tahap("a", 30), tahap("b", 10, "09.15")], dt.time(9, 0), 5)
    assert jam == ["09.00", "09.15"]
    [masalah] = peringatan
    assert masalah.kunci == "susunan_acara.langkah[b].waktu"
    assert "jam 09.15 untuk 'b' lebih awal daripada selesainya langkah sebelumnya (09.30)" in masalah.pesan


def test_a_first_step_before_the_start_names_the_start_not_a_previous_step():
    jam, peringatan = hitung_waktu([tahap("a", 30, "08.30"), tahap("b")], dt.time(9, 0), 5)
    assert jam == ["08.30", "09.00"]
    [masalah] = peringatan
    assert "lebih awal daripada mulainya susunan acara (09.00)" in masalah.pesan
    assert "susunan_acara.mulai" in masalah.pesan and "langkah sebelumnya" not in masalah.pesan


def test_the_clock_wraps_after_midnight():
    jam, _ = hitung_waktu([tahap("a", 90), tahap("b")], dt.time(23, 0), 5)
    assert jam == ["23.00", "00.30"]


def test_a_rundown_running_past_the_event_end_is_warned():
    _, peringatan = hitung_waktu([tahap("a", 90)], dt.time(9, 0), 5, batas=dt.time(10, 0))
    assert [p.kunci for p in peringatan] == ["acara.selesai"]
    assert "10.30" in peringatan[0].pesan


def test_written_times_in_the_event_file_are_used():
    hasil = susun(
        berkas(
            {
                "mulai": "08.00",
                "durasi_bawaan": 10,
                "langkah": [
                    {"acara": "Registrasi", "durasi": 30},
                    {"acara": "Pembukaan", "waktu": "08.45"},
                    {"acara": "Diskusi"},
                ],
            }
        )
    )
    assert waktu(hasil) == ["08.00", "08.45", "08.55"] and hasil.peringatan == ()


def test_an_empty_new_name_is_an_error_pointing_to_hapus():
    with pytest.raises(PerubahanTidakSah, match=r"ganti_nama.Pembacaan doa: nama baru .* kosong \(.*'hapus'\)"):
        susun(berkas({"preset": "hari-kartini", "ganti_nama": {"Pembacaan doa": " "}}))
