"""The valid event texts tests build their variants from (each test changes one thing)."""

from __future__ import annotations

import textwrap

BASE = textwrap.dedent("""\
    instansi:
      pemerintah: Pemerintah Kota Palopo
      alamat: Jalan Andi Djemma Nomor 1, Palopo 91921
      provinsi: Sulawesi Selatan
      kota: Palopo
      wilayah: Kota Palopo
      kepala_daerah: Wali Kota Palopo
    acara:
      nama: Rapat Koordinasi
      tanggal: 2024-06-24
      mulai: "09.00"
      tempat: Aula Kantor Wali Kota Palopo
    """)

SURAT = textwrap.dedent("""\
    surat:
      kka: "400.14"
      urut: "215"
      unit: DP3A
      tanggal: 2024-06-18
    penandatangan:
      jabatan: Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak
      nama: Andi Rahmawati, S.E., M.M.
      golongan: IV/c
      nip: "19700512 199803 2 004"
    """)

# The corpus base: the minimal event with an agenda item, a letter, two recipients and a tembusan.
EVENT = (
    BASE.replace(
        "  tempat: Aula Kantor Wali Kota Palopo\n",
        "  tempat: Aula Kantor Wali Kota Palopo\n  agenda:\n    - Pembukaan\n",
    )
    + SURAT
    + "penerima:\n  - nama: Budi Santoso\n    jabatan: Lurah Wara\n  - jabatan: Camat Wara Utara\n"
    + "tembusan:\n  - Wali Kota Palopo\n"
)
