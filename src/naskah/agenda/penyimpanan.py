"""Where the buku agenda lives: an SQLite file or a PostgreSQL database, its tables and their migrations.

Both backends go through SQLAlchemy Core (psycopg 3 for PostgreSQL), so allocation is one piece of SQL.
Every write runs in a transaction that holds the register for itself from its first statement:
SQLite's ``BEGIN IMMEDIATE`` (other processes wait on the file lock, up to `TUNGGU_DETIK`) and, on
PostgreSQL, the counter row's lock taken by ``INSERT … ON CONFLICT DO UPDATE``.

Migrations are numbered steps kept here rather than an Alembic tree: the register has two tables, and
the steps must run under the same lock as an allocation, so two clerks opening a new (or older) register
at the same moment never both create or upgrade it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from naskah.agenda.lokasi import adalah_postgres
from naskah.errors import AgendaError

TUNGGU_DETIK = 60  # how long a process waits for another one's allocation before giving up
_KUNCI_MIGRASI_PG = 727_016  # pg_advisory_xact_lock key: one migrating process at a time

metadata = sa.MetaData()

penghitung = sa.Table(
    "penghitung",
    metadata,
    sa.Column("lingkup", sa.String(200), primary_key=True),  # '2024', '2024|kka=400.14', 'semua'
    sa.Column("terakhir", sa.Integer, nullable=False),
)

_VERSI_2_KOLOM = ("dibatalkan_oleh", "dibatalkan_pada")


def _kolom_surat_keluar(versi: int) -> list[Any]:
    """Return fresh columns (and the unique number constraint) of `surat_keluar` as of schema `versi`."""
    columns: list[Any] = [
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("lingkup", sa.String(200), nullable=False),
        sa.Column("urut", sa.Integer, nullable=False),
        sa.Column("nomor", sa.String(200), nullable=False),
        sa.Column("jenis", sa.String(40), nullable=False),  # undangan, nota_kesepahaman, impor
        sa.Column("sumber", sa.String(200)),  # the event file's key that asked for it: surat.urut, pihak[2].nomor
        sa.Column("status", sa.String(20), nullable=False),  # dipesan, terbit, gagal, batal, impor
        sa.Column("tanggal", sa.Date, nullable=False),
        sa.Column("hal", sa.Text, nullable=False),
        sa.Column("sifat", sa.String(60), nullable=False),
        sa.Column("kka", sa.String(60)),
        sa.Column("unit", sa.String(60)),
        sa.Column("tujuan", sa.Text, nullable=False),
        sa.Column("jumlah_tujuan", sa.Integer, nullable=False),
        sa.Column("penandatangan", sa.Text, nullable=False),
        sa.Column("berkas_acara", sa.Text),
        sa.Column("folder_keluaran", sa.Text),
        sa.Column("berkas_ditulis", sa.Text),  # JSON list of the files written
        sa.Column("pengguna", sa.String(120), nullable=False),
        sa.Column("dicatat_pada", sa.DateTime(timezone=True), nullable=False),
        sa.Column("diubah_pada", sa.DateTime(timezone=True)),
        sa.Column("keterangan", sa.Text),  # why a generation failed, why a number was cancelled
        # Never two letters with one number in one counter, whatever a bug elsewhere might attempt.
        sa.UniqueConstraint("lingkup", "urut", name="uq_surat_keluar_lingkup_urut"),
    ]
    if versi >= 2:  # cancelling keeps the number with who cancelled it and when
        columns += [
            sa.Column("dibatalkan_oleh", sa.String(120)),
            sa.Column("dibatalkan_pada", sa.DateTime(timezone=True)),
        ]
    return columns


surat_keluar = sa.Table("surat_keluar", metadata, *_kolom_surat_keluar(2))
INDEKS_TANGGAL = sa.Index("ix_surat_keluar_tanggal", surat_keluar.c.tanggal)

skema = sa.Table("naskah_skema", metadata, sa.Column("versi", sa.Integer, nullable=False))


def _migrasi_1(conn: Connection) -> None:
    """The first register: counters and letters, without the cancellation columns."""
    penghitung.create(conn)
    sa.Table("surat_keluar", sa.MetaData(), *_kolom_surat_keluar(1)).create(conn)


def _migrasi_2(conn: Connection) -> None:
    """Cancelling a number keeps who did it and when; listing by date gets an index."""
    for name in _VERSI_2_KOLOM:
        column = surat_keluar.c[name]
        kind = column.type.compile(dialect=conn.dialect)
        conn.exec_driver_sql(f"ALTER TABLE surat_keluar ADD COLUMN {name} {kind}")
    INDEKS_TANGGAL.create(conn)


MIGRASI: tuple[Callable[[Connection], None], ...] = (_migrasi_1, _migrasi_2)
VERSI = len(MIGRASI)


def tampil(lokasi: str) -> str:
    """Return `lokasi` fit to print: a PostgreSQL URL without its password."""
    if adalah_postgres(lokasi):
        return _pg_url(lokasi).render_as_string(hide_password=True)
    return lokasi


def _pg_url(lokasi: str) -> sa.URL:
    try:
        url = sa.make_url(lokasi.replace("postgres:", "postgresql:", 1) if lokasi.startswith("postgres:") else lokasi)
    except (sa.exc.ArgumentError, ValueError):
        raise AgendaError(
            "alamat PostgreSQL buku agenda tidak sah; tulis mis. postgresql://naskah@server/agenda"
        ) from None
    return url.set(drivername="postgresql+psycopg")


class Penyimpanan:
    """One open register: an engine and the transactions allocation, cancelling and listing run in."""

    def __init__(self, lokasi: str) -> None:
        self.lokasi = lokasi
        self.postgres = adalah_postgres(lokasi)
        self.engine = self._engine()

    def _engine(self) -> Engine:
        if self.postgres:
            return sa.create_engine(_pg_url(self.lokasi), poolclass=sa.NullPool)
        return _sqlite_engine(Path(self.lokasi))

    def ada(self) -> bool:
        """Return whether the register exists already (periksa must not create it)."""
        if not self.postgres:
            return Path(self.lokasi).is_file()
        with self._terhubung() as conn:
            return sa.inspect(conn).has_table("naskah_skema")

    @contextmanager
    def transaksi(self) -> Iterator[Connection]:
        """Yield a connection inside a write transaction on an up-to-date register; commit at the end."""
        with self._terhubung() as conn, conn.begin():
            if self.postgres:
                # Only the first transaction on a new register migrates; the others wait here and see it done.
                if versi(conn) < VERSI:
                    conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _KUNCI_MIGRASI_PG})
                    _naikkan(conn)
            else:
                _naikkan(conn)  # BEGIN IMMEDIATE already keeps every other process out
            yield conn

    @contextmanager
    def baca(self) -> Iterator[Connection]:
        """Yield a connection for reading only, without creating or upgrading the register."""
        with self._terhubung() as conn, conn.begin():
            yield conn

    @contextmanager
    def _terhubung(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except sa.exc.DBAPIError as exc:  # never a driver's English message or traceback for the clerk
            raise AgendaError(self._pesan(exc)) from None

    def _pesan(self, exc: sa.exc.DBAPIError) -> str:
        where = tampil(self.lokasi)
        text = str(exc.orig).lower()
        if "not a database" in text:
            return f"{where} bukan berkas buku agenda (SQLite); periksa agenda.lokasi atau NASKAH_AGENDA"
        if "permission denied" in text and self.postgres:
            return f"pengguna PostgreSQL pada {where} tidak berhak menulis buku agenda; minta admin memberi hak"
        if "locked" in text or "busy" in text:
            return f"buku agenda {where} sedang dipakai terlalu lama oleh proses lain; coba lagi sebentar lagi"
        if self.postgres:
            return (
                f"buku agenda {where} tidak dapat dihubungi; periksa alamat, sandi, dan jaringan ke server PostgreSQL"
            )
        return f"buku agenda {where} tidak dapat dibuka; periksa foldernya ada dan boleh ditulis"

    def tutup(self) -> None:
        self.engine.dispose()


def _sqlite_engine(path: Path) -> Engine:
    if not path.parent.is_dir():
        raise AgendaError(f"folder buku agenda {path.parent} tidak ada; buat foldernya atau perbaiki agenda.lokasi")
    engine = sa.create_engine(f"sqlite:///{path}", connect_args={"timeout": TUNGGU_DETIK}, poolclass=sa.NullPool)

    @sa.event.listens_for(engine, "connect")
    def _manual_transactions(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # pysqlite must not open (deferred) transactions by itself

    @sa.event.listens_for(engine, "begin")
    def _begin_immediate(conn: Connection) -> None:
        # IMMEDIATE takes the write lock at once: two processes never both read the same counter value.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def versi(conn: Connection) -> int:
    """Return the schema version of the register (0 for an empty database)."""
    if not sa.inspect(conn).has_table("naskah_skema"):
        return 0
    return int(conn.execute(sa.select(skema.c.versi)).scalar_one())


def _naikkan(conn: Connection, sampai: int = VERSI) -> None:
    """Bring the register up to version `sampai` in place, inside the caller's transaction."""
    current = versi(conn)
    if current > VERSI:
        raise AgendaError(f"buku agenda dibuat oleh naskah yang lebih baru (skema {current}); perbarui naskah")
    if current == 0:
        skema.create(conn)
        conn.execute(skema.insert().values(versi=0))
    for number in range(current + 1, sampai + 1):
        MIGRASI[number - 1](conn)
        conn.execute(skema.update().values(versi=number))


def naikkan_sampai(penyimpanan: Penyimpanan, sampai: int) -> None:
    """Create or upgrade the register only up to version `sampai` (tests build an older register with it)."""
    with penyimpanan._terhubung() as conn, conn.begin():
        _naikkan(conn, sampai)
