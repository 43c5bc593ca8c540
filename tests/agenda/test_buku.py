"""The register on both backends: consecutive numbers, counters, never a number twice, migrations.

Every test runs on SQLite and on PostgreSQL (the `lokasi` fixture); see conftest.py for the cluster.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlalchemy as sa

from naskah.agenda import penyimpanan
from naskah.agenda.aturan import Aturan
from naskah.agenda.buku import BukuAgenda
from naskah.agenda.catatan import BATAL, DIPESAN, GAGAL, Entri
from naskah.domain.schema import MulaiAgenda
from naskah.errors import AgendaError
from tests.conftest import ROOT


def entri(
    tanggal: dt.date = dt.date(2024, 6, 18), kka: str | None = "400.14", unit: str | None = "DP3A", **extra
) -> Entri:
    values = dict(
        jenis="undangan",
        tanggal=tanggal,
        hal="Undangan Rapat Koordinasi Stunting",
        sifat="Segera",
        kka=kka,
        unit=unit,
        tujuan="Camat Wara; Camat Bara",
        jumlah_tujuan=2,
        penandatangan="Kepala Dinas Kesehatan (dr. Ishaq Iskandar, M.Kes.)",
    )
    return Entri(**{**values, **extra})


def nomor(urut: int) -> str:
    return f"400.14/{urut}/DP3A/2024"


def test_numbers_are_consecutive_and_recorded_with_the_letter(lokasi):
    with BukuAgenda(lokasi) as buku:
        taken = [buku.pesan_satu(entri(), nomor) for _ in range(3)]
        assert [c.urut for c in taken] == [1, 2, 3]
        assert [c.nomor for c in taken] == [nomor(1), nomor(2), nomor(3)]
        first = buku.daftar()[0]
    assert first.status == DIPESAN
    assert (first.hal, first.sifat, first.kka, first.unit) == (
        "Undangan Rapat Koordinasi Stunting",
        "Segera",
        "400.14",
        "DP3A",
    )
    assert first.tujuan == "Camat Wara; Camat Bara" and first.jumlah_tujuan == 2
    assert first.penandatangan.startswith("Kepala Dinas Kesehatan")
    import getpass

    assert first.pengguna == getpass.getuser()
    assert first.dicatat_pada is not None


def test_start_value_continues_a_paper_register_only_in_its_year(lokasi):
    aturan = Aturan(mulai=(MulaiAgenda(urut=216, tahun=2024),))
    with BukuAgenda(lokasi, aturan) as buku:
        assert buku.berikut(entri()) == 216
        assert buku.pesan_satu(entri()).urut == 216
        assert buku.pesan_satu(entri()).urut == 217
        assert buku.pesan_satu(entri(dt.date(2025, 1, 2))).urut == 1  # the yearly reset ignores 2024's start


def test_counter_per_classification_and_unit_when_the_rules_say_so(lokasi):
    with BukuAgenda(lokasi, Aturan(lingkup=("kka", "unit"))) as buku:
        assert buku.pesan_satu(entri(kka="400.14")).urut == 1
        assert buku.pesan_satu(entri(kka="005")).urut == 1
        assert buku.pesan_satu(entri(kka="400.14")).urut == 2
        assert buku.pesan_satu(entri(kka="400.14", unit="Sekretariat")).urut == 1
        assert buku.pesan_satu(entri(kka="400.14", tanggal=dt.date(2025, 3, 1))).urut == 1


def test_a_counter_without_reset_runs_on_across_years(lokasi):
    with BukuAgenda(lokasi, Aturan(reset="tidak")) as buku:
        assert buku.pesan_satu(entri(dt.date(2024, 12, 30))).urut == 1
        assert buku.pesan_satu(entri(dt.date(2025, 1, 2))).urut == 2


def test_cancelled_and_failed_numbers_stay_and_are_never_given_again(lokasi):
    with BukuAgenda(lokasi) as buku:
        one, two = buku.pesan_satu(entri(), nomor), buku.pesan_satu(entri(), nomor)
        buku.gagal(one.id, "templat rusak")
        buku.terbit(two.id, [Path("/hasil/undangan-gabungan.docx")])
        cancelled = buku.batal(nomor(2), "acara ditunda")
        assert buku.pesan_satu(entri(), nomor).urut == 3
        rows = {c.urut: c for c in buku.daftar()}
    assert rows[1].status == GAGAL and rows[1].keterangan == "templat rusak"
    assert cancelled.status == BATAL and rows[2].status == BATAL and rows[2].keterangan == "acara ditunda"
    assert rows[2].berkas_ditulis == ("/hasil/undangan-gabungan.docx",)
    assert rows[2].dibatalkan_oleh
    assert rows[3].status == DIPESAN


def test_cancelling_asks_for_a_known_number_a_reason_and_only_once(lokasi):
    with BukuAgenda(lokasi) as buku:
        buku.pesan_satu(entri(), nomor)
        with pytest.raises(AgendaError, match="tidak ada di buku agenda"):
            buku.batal("400.14/99/DP3A/2024", "salah")
        with pytest.raises(AgendaError, match="alasan"):
            buku.batal(nomor(1), "  ")
        buku.batal(nomor(1), "salah tanggal")
        with pytest.raises(AgendaError, match="sudah dibatalkan: salah tanggal"):
            buku.batal(nomor(1), "lagi")


def test_a_rerun_of_the_same_batch_keeps_its_number_until_it_is_cancelled(lokasi):
    batch = entri(berkas_acara="/data/rakor.yaml", sumber="surat.urut")
    with BukuAgenda(lokasi) as buku:
        first = buku.pesan_satu(batch, nomor)
        buku.gagal(first.id, "berkas sudah ada")
        again = buku.pesan_satu(batch, nomor)
        other = buku.pesan_satu(entri(berkas_acara="/data/hut-kota.yaml", sumber="surat.urut"), nomor)
        buku.batal(nomor(1), "diganti surat baru")
        fresh = buku.pesan_satu(batch, nomor)
        # the same file edited into another letter (new date or hal) is another batch: a new number
        next_month = buku.pesan_satu(dataclasses.replace(batch, tanggal=dt.date(2024, 7, 15)), nomor)
        other_hal = buku.pesan_satu(dataclasses.replace(batch, hal="Undangan Evaluasi"), nomor)
    assert (first.urut, again.urut, other.urut, fresh.urut) == (1, 1, 2, 3)
    assert (next_month.urut, other_hal.urut) == (4, 5)
    assert again.dipakai_lagi and not fresh.dipakai_lagi
    assert again.status == DIPESAN and again.keterangan is None


def test_peeking_takes_nothing_and_creates_no_register(tmp_path):
    path = tmp_path / "agenda.sqlite"
    with BukuAgenda(path, Aturan(mulai=(MulaiAgenda(urut=40),))) as buku:
        assert buku.berikut(entri()) == 40
        assert buku.berikut(entri(), sebelumnya=1) == 41
        assert not path.exists()
        assert buku.pesan_satu(entri()).urut == 40
        assert buku.berikut(entri()) == buku.berikut(entri()) == 41


def test_an_older_register_is_upgraded_in_place(lokasi):
    simpanan = penyimpanan.Penyimpanan(lokasi)
    penyimpanan.naikkan_sampai(simpanan, 1)  # a register as the first release made it
    with simpanan.engine.begin() as conn:
        columns = {c["name"] for c in sa.inspect(conn).get_columns("surat_keluar")}
        assert "dibatalkan_oleh" not in columns
        conn.execute(sa.text("INSERT INTO penghitung (lingkup, terakhir) VALUES ('tahun=2024', 7)"))
    simpanan.tutup()
    with BukuAgenda(lokasi) as buku:
        assert buku.pesan_satu(entri(), nomor).urut == 8
        buku.batal(nomor(8), "uji")
        with buku.simpanan.baca() as conn:
            assert penyimpanan.versi(conn) == penyimpanan.VERSI == 2
            assert "dibatalkan_oleh" in {c["name"] for c in sa.inspect(conn).get_columns("surat_keluar")}


def test_a_register_from_a_newer_naskah_is_refused(tmp_path):
    path = tmp_path / "agenda.sqlite"
    with BukuAgenda(path) as buku:
        buku.pesan_satu(entri())
        with buku.simpanan.engine.begin() as conn:
            conn.execute(sa.text("UPDATE naskah_skema SET versi = 99"))
        with pytest.raises(AgendaError, match="lebih baru"):
            buku.pesan_satu(entri())


def test_an_unreachable_register_is_reported_in_indonesian(tmp_path):
    with pytest.raises(AgendaError, match="folder buku agenda .* tidak ada"):
        BukuAgenda(tmp_path / "tidak-ada" / "agenda.sqlite")
    with BukuAgenda("postgresql://naskah@/agenda?host=/nonexistent-socket-dir") as buku:
        with pytest.raises(AgendaError, match="tidak dapat dihubungi"):
            buku.pesan_satu(entri())
    not_a_register = tmp_path / "catatan.sqlite"
    not_a_register.write_text("ini bukan basis data, tetapi catatan rapat yang salah nama\n" * 100)
    with BukuAgenda(not_a_register) as buku:
        with pytest.raises(AgendaError, match="bukan berkas buku agenda"):
            buku.pesan_satu(entri())
    with pytest.raises(AgendaError, match="alamat PostgreSQL buku agenda tidak sah"):
        BukuAgenda("postgresql://naskah@server:port-bukan-angka/agenda")


# ---------------------------------------------------------------------- several processes at once

PROSES, PER_PROSES = 4, 25


def test_concurrent_processes_take_distinct_consecutive_numbers(lokasi, tmp_path):
    """N processes × M allocations on one register: N×M numbers, all distinct, 1…N×M without a gap."""
    go = tmp_path / "mulai"
    command = [sys.executable, "-m", "tests.agenda.pekerja", lokasi, str(PER_PROSES), str(go)]
    workers = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True) for _ in range(PROSES)]
    assert all(w.stdout is not None and w.stdout.readline().strip() == "siap" for w in workers)
    go.touch()  # every worker has its register open: they all start taking numbers at once
    outputs = [w.communicate(timeout=300)[0] for w in workers]
    assert [w.returncode for w in workers] == [0] * PROSES
    taken = [int(line) for out in outputs for line in out.split()]
    assert len(taken) == PROSES * PER_PROSES
    assert sorted(taken) == list(range(1, PROSES * PER_PROSES + 1))
    with BukuAgenda(lokasi) as buku:
        recorded = [c.urut for c in buku.daftar()]
    assert sorted(recorded) == sorted(taken)
    # each process saw its own numbers rise; and the processes really interleaved
    per_process = [[int(x) for x in out.split()] for out in outputs]
    assert all(numbers == sorted(numbers) for numbers in per_process)
    assert any(max(a) > min(b) for a in per_process for b in per_process if a is not b)


def _event(tmp_path: Path, lokasi: str, name: str) -> Path:
    path = tmp_path / name
    path.write_text(
        textwrap.dedent(f"""\
            instansi:
              pemerintah: Pemerintah Kabupaten Sleman
              perangkat_daerah: [Dinas Kesehatan]
              singkatan: Dinkes
              alamat: Jalan Kesehatan Nomor 1, Sleman 55511
              provinsi: Daerah Istimewa Yogyakarta
              kota: Sleman
              wilayah: Kabupaten Sleman
              kepala_daerah: Bupati Sleman
              agenda:
                lokasi: "{lokasi}"
            acara:
              nama: Rapat Koordinasi Percepatan Penurunan Stunting
              tanggal: 2024-08-05
              mulai: "08.30"
              tempat: Ruang Rapat Sembada, Kantor Bupati Sleman
            surat:
              kka: "400.7"
              urut: otomatis
              tanggal: 2024-07-29
            penandatangan:
              jabatan: Kepala Dinas Kesehatan
              nama: dr. Cahya Purnama, M.Kes.
            penerima:
              - jabatan: Camat Depok
              - jabatan: Camat Mlati
            """),
        encoding="utf-8",
    )
    return path


def test_a_process_killed_after_taking_its_number_leaves_it_recorded_not_reused(lokasi, tmp_path, monkeypatch):
    monkeypatch.delenv("NASKAH_AGENDA", raising=False)
    killed = _event(tmp_path, lokasi, "rakor-stunting.yaml")
    run = subprocess.run(
        [sys.executable, "-m", "tests.agenda.pekerja_mati", str(killed), str(tmp_path / "hasil")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == -signal.SIGKILL, run.stderr
    with BukuAgenda(lokasi) as buku:
        [left] = buku.daftar()
        assert (left.urut, left.status, left.nomor) == (1, DIPESAN, "400.7/1/Dinkes/VII/2024")
        assert left.berkas_acara == str(killed.resolve())
        assert left.folder_keluaran == str((tmp_path / "hasil").resolve())
        # another letter gets the next number; the killed one's number is not handed out again
        assert buku.pesan_satu(entri(dt.date(2024, 7, 30))).urut == 2


def test_the_sqlite_lock_is_waited_for_not_failed(tmp_path):
    """A second process waits for a first one holding the register (as during a slow network share)."""
    path = tmp_path / "agenda.sqlite"
    with BukuAgenda(path) as buku:
        buku.pesan_satu(entri())
    script = (
        "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
        "c.execute('BEGIN IMMEDIATE'); print('ok', flush=True); time.sleep(1.5); c.execute('COMMIT')"
    )
    with subprocess.Popen([sys.executable, "-c", script, str(path)], stdout=subprocess.PIPE, text=True) as holder:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        with BukuAgenda(path) as buku:
            assert buku.pesan_satu(entri()).urut == 2  # not "database is locked": it waited its turn
        assert holder.wait(timeout=30) == 0


def test_start_values_per_classification_apply_to_their_own_counter(tmp_path):
    aturan = Aturan(lingkup=("kka",), mulai=(MulaiAgenda(urut=90, kka="005"), MulaiAgenda(urut=12, tahun=2023)))
    with BukuAgenda(tmp_path / "agenda.sqlite", aturan) as buku:
        assert buku.pesan_satu(entri(kka="005")).urut == 90
        assert buku.pesan_satu(entri(kka="400.14")).urut == 1  # 2023's start is not 2024's
        assert buku.pesan_satu(entri(dt.date(2023, 11, 1), kka="400.14")).urut == 12
        assert buku.pesan_satu(entri(kka="005")).urut == 91
