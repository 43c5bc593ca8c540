"""Agreements as offices make them (issue 13): a Pemda × Pengadilan Agama MoU and its PKS, a university MoU."""

from __future__ import annotations

import textwrap
import zipfile
from pathlib import Path

from click.testing import CliRunner
from lxml import etree

from naskah.cli import main
from naskah.domain.loader import load_event
from naskah.domain.susunan import susun
from tests.conftest import docx_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Kabupaten Luwu Utara and Pengadilan Agama Masamba: an MoU at the Bupati's level, then the PKS signed the
# same day by the heads of two perangkat daerah holding a surat kuasa from the Bupati.
LUWU_UTARA = textwrap.dedent("""\
    instansi:
      pemerintah: Pemerintah Kabupaten Luwu Utara
      perangkat_daerah: [Dinas Pengendalian Penduduk dan Keluarga Berencana]
      alamat: Jalan Simpursiang Nomor 4, Masamba 92961
      provinsi: Sulawesi Selatan
      kota: Masamba
      wilayah: Kabupaten Luwu Utara
      kepala_daerah: Bupati Luwu Utara
    acara:
      nama: Penandatanganan Nota Kesepahaman Pencegahan Perkawinan Anak
      tanggal: 2024-11-25
      mulai: "09.00"
      tempat: Aula Lagaligo Kantor Bupati Luwu Utara
    pihak:
      - instansi: Pemerintah Kabupaten Luwu Utara
        pejabat: {jabatan: Bupati Luwu Utara, nama: "Hj. Indah Putri Indriani, S.IP., M.Si."}
        pengangkatan:
          naskah: Keputusan Menteri Dalam Negeri
          nomor: 131.73-4418 Tahun 2021
          tanggal: 2021-02-24
        alamat: Jalan Simpursiang Nomor 1, Masamba
        nomor: 180/045/Huk/XI/2024
      - instansi: Pengadilan Agama Masamba
        pejabat: {jabatan: Ketua Pengadilan Agama Masamba, nama: "Drs. H. Muh. Arasy, M.H.", kedudukan: luar}
        pengangkatan: Keputusan Ketua Mahkamah Agung Republik Indonesia Nomor 1043/KMA/SK/VI/2023
        alamat: Jalan Lamaranginang Nomor 9, Masamba
        nomor: W20-A25/1877/HK.05/XI/2024
    nota_kesepahaman:
      tentang: Pencegahan Perkawinan Anak di Kabupaten Luwu Utara
      pertimbangan:
        - bahwa angka dispensasi kawin di Kabupaten Luwu Utara masih tinggi
      dasar_hukum:
        - Undang-Undang Nomor 16 Tahun 2019 tentang Perubahan atas Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan
        - Peraturan Mahkamah Agung Nomor 5 Tahun 2019 tentang Pedoman Mengadili Permohonan Dispensasi Kawin
      nomor_pihak: romawi
    perjanjian_kerja_sama:
      tentang: Pendampingan Pemohon Dispensasi Kawin
      pihak:
        - instansi: Pemerintah Kabupaten Luwu Utara
          pejabat:
            jabatan: Kepala Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten Luwu Utara
            nama: Andi Sulfikar, S.STP., M.Si.
          kuasa: {naskah: Surat Kuasa Bupati Luwu Utara, nomor: 180/046/Huk/XI/2024, tanggal: 2024-11-22}
          alamat: Jalan Simpursiang Nomor 4, Masamba
          nomor: 400.13/212/DPPKB/XI/2024
        - instansi: Pengadilan Agama Masamba
          pejabat: {jabatan: Panitera Pengadilan Agama Masamba, nama: "Muh. Yusuf, S.H.", kedudukan: luar}
          kuasa: Surat Kuasa Ketua Pengadilan Agama Masamba Nomor W20-A25/1876/OT.01/XI/2024
          alamat: Jalan Lamaranginang Nomor 9, Masamba
          nomor: W20-A25/1878/HK.05/XI/2024
    """)

# Universitas Cokroaminoto Palopo and the Pemkot: a Kesepakatan Bersama under one shared number.
KAMPUS = textwrap.dedent("""\
    instansi:
      pemerintah: Pemerintah Kota Palopo
      alamat: Jalan Andi Djemma Nomor 1, Palopo 91921
      provinsi: Sulawesi Selatan
      kota: Palopo
      wilayah: Kota Palopo
      kepala_daerah: Wali Kota Palopo
    acara:
      nama: Penandatanganan Kesepakatan Bersama
      tanggal: 2025-02-03
      mulai: "10.00"
      tempat: Ruang Pola Kantor Wali Kota Palopo
    pihak:
      - instansi: Universitas Cokroaminoto Palopo
        pejabat: {jabatan: Rektor Universitas Cokroaminoto Palopo, nama: "Prof. Dr. Hanafie Mahtika, M.Si.", kedudukan: luar}
        alamat: Jalan Latamacelling Nomor 19, Palopo
      - instansi: Pemerintah Kota Palopo
        pejabat: {jabatan: Wali Kota Palopo, nama: Asrul Sani, status: Pj.}
        alamat: Jalan Jenderal Sudirman Nomor 1, Palopo
    nota_kesepahaman:
      judul: kesepakatan bersama
      tentang: Tridharma Perguruan Tinggi dalam Pembangunan Daerah
      nomor: 01/KB/UNCP-PLP/II/2025
      tempat: Ruang Pola Kantor Wali Kota Palopo
      pembuka: {kami: tidak, tanggal_angka: tidak}
    """)


def render(tmp_path: Path, text: str) -> list[Path]:
    event = tmp_path / "acara.yaml"
    event.write_text(text, encoding="utf-8")
    out = tmp_path / "hasil"
    result = CliRunner().invoke(main, ["nota-kesepahaman", str(event), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return sorted(out.glob("*.docx"))


def test_mou_and_pks_come_from_one_event_file(tmp_path):
    paths = render(tmp_path, LUWU_UTARA)
    assert [p.name for p in paths] == ["nota-kesepahaman.docx", "perjanjian-kerja-sama.docx"]
    mou, pks = (docx_text(p) for p in paths)
    assert "PERJANJIAN KERJA SAMA" in pks.splitlines() and "NOTA KESEPAHAMAN" not in pks.splitlines()
    # the PKS is signed by the heads of perangkat daerah on the Bupati's power of attorney
    assert (
        "Kepala Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten Luwu Utara, dalam hal ini bertindak "
        "untuk dan atas nama Pemerintah Kabupaten Luwu Utara berdasarkan Surat Kuasa Bupati Luwu Utara Nomor "
        "180/046/Huk/XI/2024 tanggal 22 November 2024, berkedudukan di Jalan Simpursiang Nomor 4, Masamba, "
        "selanjutnya disebut PIHAK PERTAMA;"
    ) in pks
    # ... and names the memorandum it carries out as its last legal basis
    assert (
        "Nota Kesepahaman antara Pemerintah Kabupaten Luwu Utara dan Pengadilan Agama Masamba Nomor "
        "180/045/Huk/XI/2024 dan Nomor W20-A25/1877/HK.05/XI/2024 tentang Pencegahan Perkawinan Anak di "
        "Kabupaten Luwu Utara;"
    ) in pks
    assert "NOMOR : 400.13/212/DPPKB/XI/2024" in pks and "NOMOR : 180/045/Huk/XI/2024" not in pks
    assert "Sulfikar" not in mou and "Indah Putri" not in pks


def test_mou_parties_in_roman_numbers_with_appointment_and_both_recital_kinds(tmp_path):
    mou = docx_text(render(tmp_path, LUWU_UTARA)[0])
    assert "I. | Hj. Indah Putri Indriani, S.IP., M.Si. | : | Bupati Luwu Utara, diangkat berdasarkan Keputusan " in mou
    assert "Nomor 131.73-4418 Tahun 2021 tanggal 24 Februari 2021, dalam hal ini bertindak untuk dan atas nama" in mou
    assert "Keputusan Ketua Mahkamah Agung Republik Indonesia Nomor 1043/KMA/SK/VI/2023, dalam hal ini" in mou
    lines = mou.splitlines()
    bahwa = lines.index("a.\tbahwa angka dispensasi kawin di Kabupaten Luwu Utara masih tinggi;")
    assert lines[bahwa + 1] == "Dengan memperhatikan:"
    assert lines[bahwa + 2].startswith("1.\tUndang-Undang Nomor 16 Tahun 2019")
    assert lines[bahwa + 3].startswith("2.\tPeraturan Mahkamah Agung Nomor 5 Tahun 2019")
    assert lines[bahwa + 4].startswith("Berdasarkan pertimbangan dan ketentuan tersebut di atas, PARA PIHAK sepakat")
    # the title names the parties in the parties' order
    start = lines.index("NOTA KESEPAHAMAN")
    assert lines[start + 1 : start + 5] == [
        "ANTARA",
        "PEMERINTAH KABUPATEN LUWU UTARA",
        "DENGAN",
        "PENGADILAN AGAMA MASAMBA",
    ]


def test_university_agreement_with_one_shared_number_and_a_plain_opening(tmp_path):
    (path,) = render(tmp_path, KAMPUS)
    assert path.name == "kesepakatan-bersama.docx"
    lines = docx_text(path).splitlines()
    start = lines.index("KESEPAKATAN BERSAMA")
    assert lines[start + 1 : start + 9] == [
        "ANTARA",
        "UNIVERSITAS COKROAMINOTO PALOPO",
        "DENGAN",
        "PEMERINTAH KOTA PALOPO",
        "TENTANG",
        "TRIDHARMA PERGURUAN TINGGI DALAM PEMBANGUNAN DAERAH",
        "NOMOR : 01/KB/UNCP-PLP/II/2025",
        "TANGGAL : 3 FEBRUARI 2025",
    ]
    assert (
        "Pada hari ini Senin, tanggal Tiga bulan Februari tahun Dua Ribu Dua Puluh Lima, bertempat di Ruang Pola "
        "Kantor Wali Kota Palopo, yang bertanda tangan di bawah ini:"
    ) in lines
    # no considerations and no legal basis: straight to the articles
    assert any(
        line.endswith(
            "PARA PIHAK, sepakat untuk membuat Kesepakatan Bersama tentang Tridharma Perguruan "
            "Tinggi dalam Pembangunan Daerah dengan ketentuan sebagai berikut:"
        )
        for line in lines
    )


def test_the_signatures_never_stand_alone_on_their_page(tmp_path):
    """The last article and everything after it keep with the next paragraph; signature rows never split."""
    path = render(tmp_path, KAMPUS)[0]
    with zipfile.ZipFile(path) as archive:
        body = etree.fromstring(archive.read("word/document.xml")).find(f"{W}body")
    blocks = list(body)
    table = max(i for i, b in enumerate(blocks) if b.tag == f"{W}tbl")  # the signature table comes last
    last_pasal = max(
        i for i, b in enumerate(blocks[:table]) if b.tag == f"{W}p" and "".join(b.itertext()).startswith("Pasal ")
    )
    kept = [b for b in blocks[last_pasal:table] if b.tag == f"{W}p"]
    assert kept and all(b.find(f"{W}pPr/{W}keepNext") is not None for b in kept)
    earlier = [b for b in blocks[:last_pasal] if b.tag == f"{W}p" and "".join(b.itertext()).startswith("(1)")]
    assert earlier and all(b.find(f"{W}pPr/{W}keepNext") is None for b in earlier)
    rows = blocks[table].findall(f"{W}tr")
    assert rows and all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows)


def test_the_rundown_signs_the_pks_in_the_same_step_as_the_mou(tmp_path):
    event = tmp_path / "acara.yaml"
    event.write_text(LUWU_UTARA + "susunan_acara:\n  preset: pembukaan-mou\n", encoding="utf-8")
    steps = [b.acara for b in susun(load_event(event).berkas).baris]
    assert (
        "Penandatanganan Nota Kesepahaman antara Pemerintah Kabupaten Luwu Utara dan Pengadilan Agama Masamba serta "
        "Perjanjian Kerja Sama tentang Pendampingan Pemohon Dispensasi Kawin, dilanjutkan pertukaran naskah"
    ) in steps


def test_a_contract_with_its_own_title_is_worded_with_that_title(tmp_path):
    sewa = KAMPUS.replace("judul: kesepakatan bersama", "judul: Perjanjian Pinjam Pakai Gedung dan Peralatan")
    (path,) = render(tmp_path, sewa)
    assert path.name == "perjanjian-pinjam-pakai-gedung-dan-peralatan.docx"
    text = docx_text(path)
    assert "PERJANJIAN PINJAM PAKAI GEDUNG DAN PERALATAN\nANTARA\n" in text
    assert "Perjanjian Pinjam Pakai Gedung dan Peralatan ini dibuat dalam rangkap 2 (dua) asli" in text
    # a contract is carried out through a work plan, not through a further PKS
    assert "ditindaklanjuti dengan rencana kerja yang disusun bersama oleh PARA PIHAK" in text
