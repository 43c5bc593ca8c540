"""Memory flat in the length of the recipient list (issue #15 item 4): loading and taking recipients.

A list ten times longer may not cost ten times the memory: the list is streamed from the file, each
recipient validated once and kept packed, a `Penerima` built only as a writer takes it. Measured with
tracemalloc (allocations, not wall-clock time), so the bound holds on a busy machine too.
"""

from __future__ import annotations

import csv
import tracemalloc
from pathlib import Path

import pytest

from naskah.domain.loader import load_event
from naskah.domain.pilih import Saringan, pilih
from naskah.errors import InputFileError
from naskah.jenis import undangan
from naskah.keluaran import OutputFolder
from tests.conftest import docx_text
from tests.corpus.berkas import with_penerima

KELOMPOK = ("undangan", "narasumber", "peserta", "panitia")


def write_list(path: Path, count: int, broken: tuple[int, ...] = ()) -> Path:
    """Write `count` varied recipients; rows listed in `broken` (1-based data rows) have neither nama nor jabatan."""
    with path.open("w", encoding="utf-8", newline="") as fp:
        writer = csv.writer(fp, delimiter=";")
        writer.writerow(["No", "Nama Lengkap", "Jabatan", "Unit Kerja", "Alamat", "No. HP", "Kelompok"])
        for i in range(1, count + 1):
            if i in broken:
                writer.writerow([i, "", "", "Dinas Kominfo", "Makassar", "", ""])
                continue
            writer.writerow(
                [
                    i,
                    f"Hj. Nurhayati Baso {i}, S.Sos." if i % 3 else "",
                    f"Kepala Bidang {('Pelayanan', 'Perencanaan', 'Umum')[i % 3]} {i}",
                    ("Dinas Sosial Kota Palopo", "Bappeda Kota Palopo", "Kecamatan Wara Utara")[i % 3],
                    ("Palopo", "Makassar", "")[i % 3],
                    f"0813{i:08d}",
                    KELOMPOK[i % 4],
                ]
            )
    return path


def event(tmp_path: Path, count: int, broken: tuple[int, ...] = ()) -> Path:
    write_list(tmp_path / f"daftar-{count}.csv", count, broken)
    target = tmp_path / f"acara-{count}.yaml"
    target.write_text(with_penerima(f"daftar-{count}.csv"), encoding="utf-8")
    return target


def peak_of_load_and_iterate(path: Path) -> tuple[int, int]:
    """Return (peak bytes traced while loading and taking every recipient, recipients taken)."""
    tracemalloc.start()
    try:
        loaded = load_event(path)
        taken = sum(1 for p in loaded.berkas.penerima if p.nama or p.jabatan)
        return tracemalloc.get_traced_memory()[1], taken
    finally:
        tracemalloc.stop()


def test_memory_of_a_list_ten_times_longer_stays_flat(tmp_path):
    load_event(event(tmp_path, 50))  # imports and caches outside the measurement
    small, n_small = peak_of_load_and_iterate(event(tmp_path, 2_000))
    large, n_large = peak_of_load_and_iterate(event(tmp_path, 20_000))
    assert (n_small, n_large) == (2_000, 20_000)
    # 18,000 more recipients: the old loader (every row, then a model each) went from 32 to 44 MiB; now 5 → 5.
    assert large - small < 2 * 2**20, f"{small / 2**20:.1f} MiB → {large / 2**20:.1f} MiB"
    assert large < 1.25 * small


def test_packed_recipients_read_back_as_validated(tmp_path):
    loaded = load_event(event(tmp_path, 1_200))  # more than two packed blocks
    penerima = loaded.berkas.penerima
    assert len(penerima) == 1_200
    assert penerima[0].nama == "Hj. Nurhayati Baso 1, S.Sos." and penerima[0].telepon == "081300000001"
    assert penerima[2].nama is None and penerima[2].jabatan == "Kepala Bidang Pelayanan 3"
    assert penerima[1].alamat is None and penerima[-1] == list(penerima)[-1]
    assert [p.kelompok for p in penerima[1_019:1_023]] == ["undangan", "narasumber", "peserta", "panitia"]
    assert loaded.nama_penerima(1_099) == f"daftar-1200.csv baris 1101 ({penerima[1_099].nama})"
    chosen = pilih(loaded, Saringan(kelompok=("Narasumber",), baris="600-1201"))
    assert [p.jabatan for p in chosen.berkas.penerima][:2] == [
        "Kepala Bidang Perencanaan 601",
        "Kepala Bidang Umum 605",
    ]
    assert len(chosen.berkas.penerima) == 150 and chosen.nama_penerima(0).startswith("daftar-1200.csv baris 602 ")


def test_every_bad_row_is_reported_at_once_before_any_letter(tmp_path):
    path = event(tmp_path, 3_000, broken=(7, 1_500, 2_999))
    with pytest.raises(InputFileError) as failure:
        load_event(path)
    rows = [p.path for p in failure.value.problems]
    assert rows == ["baris 8", "baris 1501", "baris 3000"]
    assert all(p.file.endswith("daftar-3000.csv") for p in failure.value.problems)


def test_letters_from_a_streamed_list_are_the_recipients_in_order(tmp_path):
    loaded = load_event(event(tmp_path, 600))
    with OutputFolder(tmp_path / "hasil", overwrite=False, jenis="undangan") as folder:
        paths = undangan.buat(loaded, folder, hanya=undangan.PER_PENERIMA)
    assert len(paths) == 600 and paths[0].name.startswith("001-")
    for index in (0, 2, 511, 512, 599):  # either side of a packed block's edge
        text = docx_text(paths[index])
        expected = loaded.berkas.penerima[index]
        assert (expected.nama or expected.jabatan) in text
        assert f"Kepala Bidang {('Pelayanan', 'Perencanaan', 'Umum')[(index + 1) % 3]} {index + 1}" in text
