"""The buku agenda surat keluar: take a number, record what became of it, cancel it, list and import.

A number is taken and committed *before* the letters are written (status 'dipesan'), then marked
'terbit' with the files written, or 'gagal' with the reason. Holding one transaction open across the
rendering instead would block every other clerk for as long as a batch and its PDFs take, and its
rollback would hand the number out again although a process killed mid-way may already have written
(or printed) letters bearing it. Committed first, a number is never lost and never given twice.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from naskah.agenda.aturan import Aturan
from naskah.agenda.catatan import (
    _DAPAT_DIPAKAI_LAGI,
    BATAL,
    DIPESAN,
    GAGAL,
    TERBIT,
    BarisImpor,
    Catatan,
    Entri,
    pengguna,
)
from naskah.agenda.penyimpanan import Penyimpanan, penghitung, surat_keluar, tampil
from naskah.errors import AgendaError


def _sekarang() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class BukuAgenda:
    """The register at `lokasi` (an SQLite path or a PostgreSQL URL) under the office's numbering rules."""

    def __init__(self, lokasi: str | Path, aturan: Aturan | None = None) -> None:
        self.simpanan = Penyimpanan(str(lokasi))
        self.aturan = aturan or Aturan()

    def __enter__(self) -> BukuAgenda:
        return self

    def __exit__(self, *_: object) -> None:
        self.tutup()

    def tutup(self) -> None:
        self.simpanan.tutup()

    @property
    def nama(self) -> str:
        return tampil(self.simpanan.lokasi)

    # ------------------------------------------------------------------ taking numbers

    def pesan(self, permintaan: Sequence[tuple[Entri, Callable[[int], str]]]) -> list[Catatan]:
        """Take one number per (entri, bentuk) in one transaction; `bentuk(urut)` writes the full number."""
        with self.simpanan.transaksi() as conn:
            return [self._pesan_satu(conn, entri, bentuk) for entri, bentuk in permintaan]

    def pesan_satu(self, entri: Entri, bentuk: Callable[[int], str] = str) -> Catatan:
        return self.pesan([(entri, bentuk)])[0]

    def _pesan_satu(self, conn: Connection, entri: Entri, bentuk: Callable[[int], str]) -> Catatan:
        lingkup = self.aturan.kunci(entri.tanggal, entri.kka, entri.unit)
        earlier = self._nomor_batch(conn, entri, lingkup)
        values = {**_kolom_entri(entri), "status": DIPESAN, "pengguna": pengguna(), "keterangan": None}
        if earlier is not None:
            values.update(nomor=bentuk(earlier.urut), diubah_pada=_sekarang(), berkas_ditulis="[]")
            conn.execute(surat_keluar.update().where(surat_keluar.c.id == earlier.id).values(**values))
            return dataclasses.replace(self._satu(conn, earlier.id), dipakai_lagi=True)
        urut = self._naikkan_penghitung(conn, lingkup, self.aturan.awal(entri.tanggal, entri.kka, entri.unit))
        values.update(lingkup=lingkup, urut=urut, nomor=bentuk(urut), dicatat_pada=_sekarang(), berkas_ditulis="[]")
        try:
            new_id = conn.execute(surat_keluar.insert().values(**values).returning(surat_keluar.c.id)).scalar_one()
        except sa.exc.IntegrityError:
            raise AgendaError(
                f"nomor urut {urut} ({lingkup}) sudah tercatat di buku agenda {self.nama}; periksa agenda.mulai"
            ) from None
        return self._satu(conn, new_id)

    def _nomor_batch(self, conn: Connection, entri: Entri, lingkup: str) -> Catatan | None:
        """Return the number this event file's same letter already holds (a rerun keeps it), if any.

        The same letter: same event file and key, same counter, and the same date, hal and classification,
        so an event file edited into next month's invitation takes a new number.
        """
        if not (entri.berkas_acara and entri.sumber):
            return None
        c = surat_keluar.c
        kka = c.kka.is_(None) if entri.kka is None else c.kka == entri.kka
        query = (
            sa.select(surat_keluar)
            .where(c.berkas_acara == entri.berkas_acara, c.sumber == entri.sumber, c.jenis == entri.jenis)
            .where(c.lingkup == lingkup, c.status.in_(_DAPAT_DIPAKAI_LAGI))
            .where(c.tanggal == entri.tanggal, c.hal == entri.hal, kka)
            .order_by(c.id.desc())
            .limit(1)
        )
        row = conn.execute(query).first()
        return Catatan.dari_baris(row) if row else None

    def _naikkan_penghitung(self, conn: Connection, lingkup: str, awal: int) -> int:
        """Return the counter's next number and store it, in one statement that locks the counter's row."""
        insert = (postgresql.insert if self.simpanan.postgres else sqlite.insert)(penghitung)
        following = penghitung.c.terakhir + 1
        statement = (
            insert.values(lingkup=lingkup, terakhir=awal)
            .on_conflict_do_update(
                index_elements=[penghitung.c.lingkup],
                set_={"terakhir": sa.case((following > awal, following), else_=awal)},
            )
            .returning(penghitung.c.terakhir)
        )
        return int(conn.execute(statement).scalar_one())

    def berikut(self, entri: Entri, sebelumnya: int = 0) -> int:
        """Return the number `entri` would take now, without taking it (`sebelumnya` taken before it in one run)."""
        lingkup = self.aturan.kunci(entri.tanggal, entri.kka, entri.unit)
        awal = self.aturan.awal(entri.tanggal, entri.kka, entri.unit)
        if not self.simpanan.ada():
            return awal + sebelumnya
        with self.simpanan.baca() as conn:
            if sa.inspect(conn).has_table("surat_keluar"):
                earlier = self._nomor_batch(conn, entri, lingkup)
                if earlier is not None:
                    return earlier.urut
            query = sa.select(penghitung.c.terakhir).where(penghitung.c.lingkup == lingkup)
            terakhir = conn.execute(query).scalar_one_or_none() or 0
        return max(terakhir + 1, awal) + sebelumnya

    # ------------------------------------------------------------------ what became of a number

    def terbit(self, id_: int, berkas: Iterable[Path | str]) -> None:
        """Record that the letters of number `id_` were written, and which files."""
        files = json.dumps([str(p) for p in berkas], ensure_ascii=False)
        self._ubah(id_, status=TERBIT, berkas_ditulis=files, keterangan=None)

    def gagal(self, id_: int, alasan: str) -> None:
        """Record that writing the letters of number `id_` failed: the number stays taken, with the reason."""
        self._ubah(id_, status=GAGAL, keterangan=alasan[:2000])

    def _ubah(self, id_: int, **values: Any) -> None:
        with self.simpanan.transaksi() as conn:
            conn.execute(
                surat_keluar.update().where(surat_keluar.c.id == id_).values(diubah_pada=_sekarang(), **values)
            )

    def batal(self, nomor: str, alasan: str) -> Catatan:
        """Cancel `nomor`: it stays in the register with `alasan` and is never given again."""
        if not alasan.strip():
            raise AgendaError("tulis alasan pembatalan dengan --alasan")
        with self.simpanan.transaksi() as conn:
            rows = conn.execute(sa.select(surat_keluar).where(surat_keluar.c.nomor == nomor.strip())).all()
            if not rows:
                raise AgendaError(f"nomor {nomor} tidak ada di buku agenda {self.nama}; lihat 'naskah agenda daftar'")
            if len(rows) > 1:
                raise AgendaError(f"nomor {nomor} tercatat {len(rows)} kali di buku agenda; batalkan lewat tahunnya")
            found = Catatan.dari_baris(rows[0])
            if found.status == BATAL:
                raise AgendaError(f"nomor {nomor} sudah dibatalkan: {found.keterangan}")
            keterangan = f"{found.keterangan}; dibatalkan: {alasan}" if found.keterangan else alasan
            conn.execute(
                surat_keluar.update()
                .where(surat_keluar.c.id == found.id)
                .values(
                    status=BATAL,
                    keterangan=keterangan,
                    dibatalkan_oleh=pengguna(),
                    dibatalkan_pada=_sekarang(),
                    diubah_pada=_sekarang(),
                )
            )
            return self._satu(conn, found.id)

    # ------------------------------------------------------------------ reading, importing

    def daftar(
        self,
        *,
        dari: dt.date | None = None,
        sampai: dt.date | None = None,
        unit: str | None = None,
        kka: str | None = None,
        status: str | None = None,
    ) -> list[Catatan]:
        """Return the register's numbers in order (date, then number), filtered as asked."""
        if not self.simpanan.ada():
            return []
        c = surat_keluar.c
        query = sa.select(surat_keluar).order_by(c.tanggal, c.lingkup, c.urut)
        if dari:
            query = query.where(c.tanggal >= dari)
        if sampai:
            query = query.where(c.tanggal <= sampai)
        if unit:
            query = query.where(c.unit == unit)
        if kka:
            # a classification code selects its sub-codes as well: 400 → 400.14
            query = query.where(sa.or_(c.kka == kka, c.kka.like(f"{kka}.%")))
        if status:
            query = query.where(c.status == status)
        with self.simpanan.transaksi() as conn:
            return [Catatan.dari_baris(row) for row in conn.execute(query)]

    def impor(self, rows: Sequence[BarisImpor]) -> int:
        """Add an older register's numbers, all or none; counters go on after the highest one imported."""
        with self.simpanan.transaksi() as conn:
            taken: dict[str, int] = {}
            for row in rows:
                lingkup = self.aturan.kunci(row.entri.tanggal, row.entri.kka, row.entri.unit)
                values = {**_kolom_entri(row.entri), "lingkup": lingkup, "urut": row.urut, "nomor": row.nomor}
                values.update(status=row.status, keterangan=row.keterangan, pengguna=pengguna())
                values.update(dicatat_pada=_sekarang(), berkas_ditulis="[]")
                try:
                    with conn.begin_nested():
                        conn.execute(surat_keluar.insert().values(**values))
                except sa.exc.IntegrityError:
                    raise AgendaError(
                        f"nomor {row.nomor} (urut {row.urut}, {lingkup}) sudah ada di buku agenda; tidak ada yang diimpor"
                    ) from None
                taken[lingkup] = max(taken.get(lingkup, 0), row.urut)
            for lingkup, highest in taken.items():
                self._naikkan_penghitung_ke(conn, lingkup, highest)
        return len(rows)

    def _naikkan_penghitung_ke(self, conn: Connection, lingkup: str, highest: int) -> None:
        insert = (postgresql.insert if self.simpanan.postgres else sqlite.insert)(penghitung)
        current = penghitung.c.terakhir
        conn.execute(
            insert.values(lingkup=lingkup, terakhir=highest).on_conflict_do_update(
                index_elements=[penghitung.c.lingkup],
                set_={"terakhir": sa.case((current > highest, current), else_=highest)},
            )
        )

    def _satu(self, conn: Connection, id_: int) -> Catatan:
        return Catatan.dari_baris(conn.execute(sa.select(surat_keluar).where(surat_keluar.c.id == id_)).one())


def _kolom_entri(entri: Entri) -> dict[str, Any]:
    return dataclasses.asdict(entri)
