"""Issue 12: letters and speeches as Pemda offices write them, for several provinces, levels and signers.

Each case is an event file of its own (not the examples): a Setda letter a.n. Bupati Banyumas, a Pj. Sekda
of NTB, a kecamatan invitation in Palopo, a Jakarta office's event in Mataram, a Gubernur Jawa Tengah's speech
with Forkopimda provinsi, a Bali office's speech and a flag ceremony's amanat.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from naskah.cli import main
from tests.conftest import EXAMPLES, docx_text

SETDA_BANYUMAS = """\
instansi:
  pemerintah: Pemerintah Kabupaten Banyumas
  alamat: Jalan Kabupaten Nomor 1, Purwokerto 53114
  provinsi: Jawa Tengah
  kota: Purwokerto
  wilayah: Kabupaten Banyumas
  kepala_daerah: Bupati Banyumas
  lambang_negara: null
  gaya: {GAYA}
acara:
  nama: Rapat Koordinasi Penanganan Stunting
  tanggal: 2024-07-15
  mulai: "09.00"
  tempat: Ruang Rapat Sekretariat Daerah
surat:
  kka: "400.5"
  urut: "112"
  unit: Kesra
  tanggal: 2024-07-08
penandatangan:
{PENANDATANGAN}
penerima:
  - jabatan: Camat Purwokerto Timur
  - jabatan: Kepala Dinas Kesehatan Kabupaten Banyumas
"""

SEKDA_BANYUMAS = """\
  jabatan: Sekretaris Daerah
  nama: Drs. Agus Nur Hadie, M.Si.
  atas_nama: Bupati Banyumas
  pangkat: Pembina Utama Madya
  golongan: IV/d
  nip: "19680411 199303 1 009"
"""

ASISTEN_BANYUMAS = """\
  jabatan: Asisten Pemerintahan dan Kesejahteraan Rakyat
  nama: Tri Martono, S.H., M.M.
  atas_nama: Bupati Banyumas
  untuk_beliau: Sekretaris Daerah
  pangkat: Pembina Tk. I
  golongan: IV/b
  nip: "19700512 199803 1 004"
"""

PJ_SEKDA_NTB = """\
instansi:
  pemerintah: Pemerintah Provinsi Nusa Tenggara Barat
  perangkat_daerah: [Sekretariat Daerah]
  alamat: Jalan Pejanggik Nomor 12, Mataram 83121
  provinsi: NTB
  kota: Mataram
  wilayah: Provinsi Nusa Tenggara Barat
  kepala_daerah: Gubernur Nusa Tenggara Barat
acara:
  nama: Rapat Evaluasi Realisasi Anggaran Triwulan II
  tanggal: 2024-07-22
  mulai: "13.30"
  selesai: "16.00"
  tempat: Ruang Rapat Anggrek Kantor Gubernur
surat:
  kka: "900.1"
  urut: "77"
  unit: BPKAD
  tanggal: 2024-07-16
penandatangan:
  jabatan: Sekretaris Daerah
  status: Pj.
  nama: Ir. H. Ibnu Salim, M.Si.
  golongan: IV/c
  nip: "19690815 199503 1 003"
  atas_nama: Gubernur Nusa Tenggara Barat
penerima:
  - jabatan: Kepala Badan Pengelolaan Keuangan dan Aset Daerah Provinsi Nusa Tenggara Barat
"""

KECAMATAN_WARA = """\
instansi:
  pemerintah: Pemerintah Kota Palopo
  perangkat_daerah: [Kecamatan Wara]
  singkatan: Kec.Wr
  alamat: Jalan Samiun Nomor 3, Palopo 91911
  provinsi: Sulawesi Selatan
  kota: Palopo
  wilayah: Kecamatan Wara
  kepala_daerah: Wali Kota Palopo
  gaya:
    label_rincian: kapital
    kepala_surat: perihal
    rincian_waktu: terpisah
    tulisan_di: di
acara:
  nama: Musyawarah Perencanaan Pembangunan Kecamatan Wara Tahun 2025
  tanggal: 2024-02-06
  mulai: "08.30"
  sampai_selesai: tidak
  tempat: Aula Kantor Camat Wara
surat:
  nomor: 050/45/Kec.Wr/II/2024
  tanggal: 2024-01-30
  hal: Undangan Musrenbang Kecamatan
  catatan: Setiap kelurahan membawa daftar usulan prioritas.
  tujuan_bernomor: {BERNOMOR}
penandatangan:
  jabatan: Camat Wara
  nama: Andi Baso Rahman, S.STP., M.Si.
  pangkat: Pembina
  golongan: IV/a
  nip: "19830714 200112 1 002"
penerima:
  - jabatan: Lurah Amassangan
  - jabatan: Lurah Dangerakko
  - jabatan: Lurah Tompotikka
"""

JAKARTA_DI_MATARAM = """\
instansi:
  pemerintah: Pemerintah Provinsi DKI Jakarta
  perangkat_daerah: [Dinas Pariwisata dan Ekonomi Kreatif]
  alamat: Jalan Kuningan Barat Nomor 2, Jakarta 12710
  provinsi: DKI Jakarta
  kota: Jakarta
  wilayah: Provinsi DKI Jakarta
  kepala_daerah: Gubernur DKI Jakarta
acara:
  nama: Temu Bisnis Pariwisata Jakarta - Nusa Tenggara Barat
  tanggal: 2024-09-10
  mulai: "10.00"
  tempat: Hotel Lombok Raya, Jalan Panca Usaha Nomor 11
  kota: Mataram
  provinsi: Nusa Tenggara Barat
surat:
  kka: "500.13"
  urut: "301"
  unit: Disparekraf
  tanggal: 2024-08-26
penandatangan:
  jabatan: Kepala Dinas Pariwisata dan Ekonomi Kreatif
  nama: Andhika Permata, S.E., M.M.
  golongan: IV/c
  nip: "19710203 199703 1 005"
penerima:
  - jabatan: Kepala Dinas Pariwisata Provinsi Nusa Tenggara Barat
    alamat: Mataram
"""

GUBERNUR_JATENG = """\
instansi:
  pemerintah: Pemerintah Provinsi Jawa Tengah
  alamat: Jalan Pahlawan Nomor 9, Semarang 50243
  provinsi: Jawa Tengah
  kota: Semarang
  wilayah: Provinsi Jawa Tengah
  kepala_daerah: Gubernur Jawa Tengah
  gaya: {GAYA}
acara:
  nama: Rapat Koordinasi Percepatan Penurunan Stunting Provinsi Jawa Tengah Tahun 2024
  tanggal: 2024-08-14
  mulai: "09.00"
  tempat: Gedung Gradhika Bhakti Praja
hadirin:
  - Para Lurah se-Kota Semarang
  - Bupati/Wali Kota se-Jawa Tengah
  - Kepala Dinas Kesehatan
  - Rektor Universitas Diponegoro
  - Kajati Jawa Tengah
  - jabatan: Kapolda Jateng
    mewakili: ya
  - Pangdam IV/Diponegoro
  - jabatan: Ketua DPRD Jawa Tengah
    nama: Dr. Sumanto, S.H., M.H.
    beserta: jajarannya
  - Sekretaris Daerah Provinsi Jawa Tengah
  - Ketua Dekranasda Provinsi Jawa Tengah
  - Para tamu undangan
  - Hadirin yang berbahagia
sambutan:
  - oleh:
      jabatan: Gubernur Jawa Tengah
      nama: Ahmad Luthfi, S.H., S.St.M.K.
    isi:
      - Stunting adalah persoalan bersama.
"""

UPACARA_BALI = """\
instansi:
  pemerintah: Pemerintah Kabupaten Gianyar
  alamat: Jalan Ngurah Rai Nomor 20, Gianyar 80511
  provinsi: Bali
  kota: Gianyar
  wilayah: Kabupaten Gianyar
  kepala_daerah: Bupati Gianyar
  gaya: {GAYA}
acara:
  nama: Upacara Peringatan Hari Kesadaran Nasional
  jenis: hari-kesadaran-nasional
  tanggal: 2024-08-19
  mulai: "07.30"
  tempat: Lapangan Astina Gianyar
petugas:
  - peran: Inspektur Upacara
    nama: Dewa Gede Alit Mudiarta, S.Sos., M.Si.
    jabatan: Sekretaris Daerah Kabupaten Gianyar
hadirin:
  - Unsur Forkopimda Kabupaten Gianyar
  - Para peserta upacara
sambutan:
  - oleh:
      jabatan: Bupati Gianyar
      nama: I Made Mahayastra, S.T.
    dibacakan_oleh:
      jabatan: Sekretaris Daerah Kabupaten Gianyar
      nama: Dewa Gede Alit Mudiarta, S.Sos., M.Si.
    salam_islam: tidak
    isi:
      - Kesadaran berbangsa adalah tugas kita bersama.
"""


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def tulis(tmp_path: Path, teks: str, nama: str = "acara.yaml") -> Path:
    target = tmp_path / nama
    target.write_text(teks, encoding="utf-8")
    return target


def setda(tmp_path: Path, penandatangan: str = SEKDA_BANYUMAS, gaya: str = "{}") -> Path:
    return tulis(tmp_path, SETDA_BANYUMAS.replace("{GAYA}", gaya).replace("{PENANDATANGAN}\n", penandatangan))


def surat_pertama(tmp_path: Path, event: Path) -> str:
    out = tmp_path / "hasil"
    result = run("undangan", event, "-o", out, "--hanya", "per-penerima")
    assert result.exit_code == 0, result.output
    return docx_text(sorted(out.glob("*.docx"))[0])


def baris(teks: str) -> list[str]:
    return [line for line in teks.splitlines() if line.strip()]


# --------------------------------------------------------------------------- kop


def test_setda_letter_an_bupati_has_the_setda_kop_not_the_kop_jabatan(tmp_path):
    text = surat_pertama(tmp_path, setda(tmp_path))
    assert text.startswith(" | PEMERINTAH KABUPATEN BANYUMAS\nSEKRETARIAT DAERAH\nJalan Kabupaten Nomor 1")
    assert "\nBUPATI BANYUMAS\n" not in text.split("a.n.")[0]
    assert "a.n. BUPATI BANYUMAS\nSEKRETARIS DAERAH,\n" in text


def test_the_bupati_signing_himself_keeps_the_kop_jabatan(tmp_path):
    bupati = "  jabatan: Bupati Banyumas\n  nama: Sadewo Tri Lastiono, S.E., M.Si.\n"
    # The kop jabatan needs its Garuda (issue 11: without it 'otomatis' falls back to the kop instansi).
    (tmp_path / "garuda.png").write_bytes((EXAMPLES / "profil" / "garuda.png").read_bytes())
    event = setda(tmp_path, bupati)
    event.write_text(event.read_text().replace("lambang_negara: null", "lambang_negara: garuda.png"))
    text = surat_pertama(tmp_path, event)
    assert text.startswith("\nBUPATI BANYUMAS\n")


# --------------------------------------------------------------------------- signature, Pasal 44


def test_sekda_typed_nip_and_pangkat_are_left_out_and_the_check_says_which_ayat(tmp_path):
    event = setda(tmp_path)
    result = run("periksa", event)
    assert result.exit_code == 0, result.output
    assert "NIP dan pangkat yang diisi tidak dicetak pada tanda tangan: Pasal 44 ayat (3)" in result.output
    assert "gaya.pasal_44: lama" in result.output
    text = surat_pertama(tmp_path, event)
    assert "Drs. Agus Nur Hadie, M.Si.\n" in text and "NIP" not in text and "Pembina" not in text


def test_older_perkada_prints_the_sekdas_nip_and_pangkat(tmp_path):
    event = setda(tmp_path, gaya="{pasal_44: lama}")
    assert "Pasal 44" not in run("periksa", event).output
    text = surat_pertama(tmp_path, event)
    assert "Drs. Agus Nur Hadie, M.Si.\nPembina Utama Madya (IV/d)\nNIP 19680411 199303 1 009\n" in text


def test_signature_in_capitals_with_pangkat_as_written_and_no_golongan(tmp_path):
    gaya = "{huruf_nama_ttd: kapital, pangkat_ttd: seperti_ditulis, golongan_ttd: tidak, format_nip: rapat}"
    text = surat_pertama(tmp_path, setda(tmp_path, ASISTEN_BANYUMAS, gaya))
    assert "u.b.\nASISTEN PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT,\n\n\n\n\nTRI MARTONO, S.H., M.M.\n" in text
    assert "\nPembina Tk. I\nNIP 197005121998031004\n" in text


@pytest.mark.parametrize(
    ("gaya", "pangkat"),
    [
        ("{}", "Pembina Tingkat I (IV/b)"),
        ("{golongan_ttd: tidak}", "Pembina Tingkat I"),
        ("{pangkat_ttd: seperti_ditulis}", "Pembina Tk. I (IV/b)"),
    ],
)
def test_pangkat_line_per_gaya(tmp_path, gaya, pangkat):
    text = surat_pertama(tmp_path, setda(tmp_path, ASISTEN_BANYUMAS, gaya))
    assert f"Tri Martono, S.H., M.M.\n{pangkat}\nNIP 19700512 199803 1 004\n" in text


def test_pj_sekda_prints_the_bare_name_and_the_check_names_ayat_5(tmp_path):
    event = tulis(tmp_path, PJ_SEKDA_NTB)
    result = run("periksa", event)
    assert "gelar, NIP dan pangkat yang diisi tidak dicetak pada tanda tangan: Pasal 44 ayat (5)" in result.output
    lines = baris(surat_pertama(tmp_path, event))
    ttd = lines.index("a.n. GUBERNUR NUSA TENGGARA BARAT")
    assert lines[ttd : ttd + 3] == ["a.n. GUBERNUR NUSA TENGGARA BARAT", "Pj. SEKRETARIS DAERAH,", "Ibnu Salim"]


def test_pj_sekda_on_an_older_perkada_keeps_gelar_nip_and_pangkat(tmp_path):
    event = tulis(tmp_path, PJ_SEKDA_NTB.replace("  wilayah:", "  gaya: {pasal_44: lama}\n  wilayah:"))
    text = surat_pertama(tmp_path, event)
    assert "Ir. H. Ibnu Salim, M.Si.\nPembina Utama Muda (IV/c)\nNIP 19690815 199503 1 003\n" in text


# --------------------------------------------------------------------------- time zone


def test_event_elsewhere_prints_the_local_time_zone_and_warns(tmp_path):
    event = tulis(tmp_path, JAKARTA_DI_MATARAM)
    result = run("periksa", event)
    assert "acara di Nusa Tenggara Barat ditulis dengan waktu WITA, bukan WIB" in result.output
    text = surat_pertama(tmp_path, event)
    assert "pukul\t:\t10.00 WITA s.d. selesai\n" in text and "WIB" not in text


def test_event_in_the_issuers_province_has_no_zone_warning(tmp_path):
    event = tulis(tmp_path, JAKARTA_DI_MATARAM.replace("  provinsi: Nusa Tenggara Barat\n", "  provinsi: DKI\n"))
    result = run("periksa", event)
    assert result.exit_code == 0 and "zona" not in result.output and "WITA" not in result.output


def test_unknown_event_province_is_an_error_at_its_key(tmp_path):
    event = tulis(tmp_path, JAKARTA_DI_MATARAM.replace("provinsi: Nusa Tenggara Barat", "provinsi: Nusa Barat"))
    result = run("periksa", event)
    assert result.exit_code != 0 and "acara.provinsi" in result.output


# --------------------------------------------------------------------------- kecamatan invitation, styles


def test_kecamatan_invitation_in_the_older_perkada_style(tmp_path):
    text = surat_pertama(tmp_path, tulis(tmp_path, KECAMATAN_WARA.replace("{BERNOMOR}", "tidak")))
    assert text.startswith(" | PEMERINTAH KOTA PALOPO\nKECAMATAN WARA\n")
    assert "Nomor\t:\t050/45/Kec.Wr/II/2024\nLampiran\t:\t-\nPerihal\t:\tUndangan Musrenbang Kecamatan" in text
    assert "Sifat" not in text
    assert "Yth.\tLurah Amassangan\ndi\nPALOPO\n" in text
    assert (
        "Hari\t:\tSelasa\nTanggal\t:\t6 Februari 2024\nJam\t:\t08.30 WITA\nTempat\t:\tAula Kantor Camat Wara\n" in text
    )
    assert "s.d. selesai" not in text
    assert "Catatan\t:\tSetiap kelurahan membawa daftar usulan prioritas.\n" in text


def test_one_letter_to_several_numbered_addressees(tmp_path):
    event = tulis(tmp_path, KECAMATAN_WARA.replace("{BERNOMOR}", "ya"))
    out = tmp_path / "hasil"
    result = run("undangan", event, "-o", out)
    assert result.exit_code == 0, result.output
    assert "satu surat untuk semua penerima undangan-bernomor.docx" in result.output
    assert [p.name for p in out.glob("*.docx")] == ["undangan-bernomor.docx"]
    text = docx_text(out / "undangan-bernomor.docx")
    assert "Yth.\t1. Lurah Amassangan;\n2. Lurah Dangerakko;\n3. Lurah Tompotikka.\ndi\nPALOPO\n" in text


def test_daftar_letter_to_addressees_elsewhere_reads_tempat(tmp_path):
    event = tulis(tmp_path, JAKARTA_DI_MATARAM)
    out = tmp_path / "hasil"
    assert run("undangan", event, "-o", out, "--daftar").exit_code == 0
    text = docx_text(out / "undangan-daftar.docx")
    assert "Yth.\tBapak/Ibu (daftar terlampir)\ndi -\nMATARAM\n" in text  # every addressee in Mataram
    tambah = JAKARTA_DI_MATARAM + "  - jabatan: Kepala Dinas Pariwisata Kota Denpasar\n    alamat: Denpasar\n"
    out2 = tmp_path / "hasil2"
    assert run("undangan", tulis(tmp_path, tambah, "dua.yaml"), "-o", out2, "--daftar").exit_code == 0
    assert "Yth.\tBapak/Ibu (daftar terlampir)\ndi -\nTempat\n" in docx_text(out2 / "undangan-daftar.docx")


def test_default_closing_is_the_demikian_formula(tmp_path):
    text = surat_pertama(tmp_path, setda(tmp_path))
    assert (
        "Demikian undangan ini kami sampaikan. Atas perhatian dan kehadiran Bapak/Ibu, kami ucapkan terima kasih."
        in text
    )


# --------------------------------------------------------------------------- speeches


def sambutan(tmp_path: Path, teks: str) -> tuple[str, str]:
    out = tmp_path / "hasil"
    result = run("sambutan", tulis(tmp_path, teks), "-o", out)
    assert result.exit_code == 0, result.output
    return docx_text(next(out.glob("sambutan-*.docx"))), result.output


def test_gubernur_jawa_tengah_greets_in_pasal_10_order(tmp_path):
    text, output = sambutan(tmp_path, GUBERNUR_JATENG.replace("{GAYA}", "{}"))
    lines = baris(text)
    awal = lines.index("Yang saya hormati, Ketua DPRD Jawa Tengah, Dr. Sumanto, S.H., M.H. beserta jajarannya;")
    assert lines[awal : awal + 9] == [
        "Yang saya hormati, Ketua DPRD Jawa Tengah, Dr. Sumanto, S.H., M.H. beserta jajarannya;",
        "Yang saya hormati, Sekretaris Daerah Provinsi Jawa Tengah;",
        "Yang saya hormati, Unsur Forum Koordinasi Pimpinan Daerah Provinsi Jawa Tengah atau yang mewakili;",
        "Yang saya hormati, Bupati/Wali Kota se-Jawa Tengah;",
        # Unknown, placed by its title "Ketua …" with the leaders of organisations (Pasal 10 huruf l).
        "Yang saya hormati, Ketua Dekranasda Provinsi Jawa Tengah;",
        "Yang saya hormati, Kepala Dinas Kesehatan;",
        "Yang saya hormati, Rektor Universitas Diponegoro;",
        "Yang saya hormati, Para Lurah se-Kota Semarang;",
        "Para tamu undangan;",
    ]
    # The guest list's own closing closes the list once.
    assert lines[awal + 9] == "Hadirin yang berbahagia."
    assert text.count("Hadirin yang berbahagia") == 1
    assert "jabatan 'Ketua Dekranasda Provinsi Jawa Tengah' tidak ada di tabel tata tempat" in output
    assert "ditempatkan menurut sebutannya" in output


def test_title_order_heading_form_short_greeting_and_capital_saya(tmp_path):
    gaya = (
        "{judul_sambutan: [jabatan, sambutan, acara, tempat, tanggal], penghormatan_sambutan: judul, "
        "ragam_salam: ringkas, kata_ganti_kapital: ya}"
    )
    text, _ = sambutan(tmp_path, GUBERNUR_JATENG.replace("{GAYA}", gaya))
    lines = baris(text)
    assert lines[:5] == [
        "GUBERNUR JAWA TENGAH",
        "SAMBUTAN",
        "PADA RAPAT KOORDINASI PERCEPATAN PENURUNAN STUNTING PROVINSI JAWA TENGAH TAHUN 2024",
        "GEDUNG GRADHIKA BHAKTI PRAJA",
        "14 AGUSTUS 2024",
    ]
    assert lines[5:7] == ["Assalamu'alaikum warahmatullahi wabarakatuh,", "Salam sejahtera untuk kita semua."]
    awal = lines.index("Yang Saya hormati:")
    assert lines[awal + 1] == "Ketua DPRD Jawa Tengah, Dr. Sumanto, S.H., M.H. beserta jajarannya;"
    assert "Shalom" not in text and "Om Shanti" not in text
    assert "Demikian yang dapat Saya sampaikan." in text


def test_own_greeting_lines_replace_the_set(tmp_path):
    gaya = "{salam_pembuka: [Selamat pagi, Salam sejahtera untuk kita semua], salam_penutup: [Salam sehat]}"
    text, _ = sambutan(tmp_path, GUBERNUR_JATENG.replace("{GAYA}", gaya))
    lines = baris(text)
    assert lines[4:6] == ["Selamat pagi,", "Salam sejahtera untuk kita semua."]
    assert lines[-3:-1] == ["Salam sehat.", "GUBERNUR JAWA TENGAH,"] and "Assalamu" not in text


def test_bali_opens_with_om_swastiastu_and_the_inspektur_reads_an_amanat(tmp_path):
    text, _ = sambutan(tmp_path, UPACARA_BALI.replace("{GAYA}", "{}"))
    lines = baris(text)
    assert lines[0] == "AMANAT"
    assert lines[4:6] == ["Om Swastiastu,", "Salam sejahtera bagi kita semua,"]
    assert "Yang saya hormati, Unsur Forkopimda Kabupaten Gianyar;" in lines


def test_a_speech_that_is_not_the_inspekturs_stays_sambutan(tmp_path):
    teks = UPACARA_BALI.replace("{GAYA}", "{}").replace("peran: Inspektur Upacara", "peran: Komandan Upacara")
    text, _ = sambutan(tmp_path, teks)
    assert baris(text)[0] == "SAMBUTAN"
    forced = teks.replace("    salam_islam: tidak\n", "    salam_islam: tidak\n    jenis: amanat\n")
    (tmp_path / "x").mkdir()
    assert baris(sambutan(tmp_path / "x", forced)[0])[0] == "AMANAT"


def test_the_mcs_script_uses_the_same_greeting_set(tmp_path):
    teks = GUBERNUR_JATENG.replace("{GAYA}", "{ragam_salam: ringkas}") + "susunan_acara:\n  preset: pembukaan-mou\n"
    event = tulis(tmp_path, teks)
    out = tmp_path / "hasil"
    result = run("susunan-acara", event, "-o", out)
    assert result.exit_code == 0, result.output
    text = docx_text(out / "naskah-pembawa-acara.docx")
    assert "Salam sejahtera untuk kita semua." in text.splitlines()
    assert "Shalom" not in text and "Om Shanti" not in text
