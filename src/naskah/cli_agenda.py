"""`naskah agenda …`: the office's register of outgoing letters, a thin layer over `naskah.agenda`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from naskah.agenda.buku import BukuAgenda

POLA_BAWAAN = "{kka}/{urut}/{unit}/{bulan_romawi}/{tahun}"


def _lokasi_options(func: Any) -> Any:
    func = click.option(
        "-p",
        "--profil",
        type=click.Path(path_type=Path),
        metavar="BERKAS",
        help="Profil instansi (atau berkas acara) yang memuat agenda.lokasi dan aturan penomoran.",
    )(func)
    return click.option(
        "-a",
        "--agenda",
        "lokasi",
        metavar="BERKAS|URL",
        help="Buku agenda: berkas SQLite atau alamat postgresql://… (bawaan: NASKAH_AGENDA, lalu profil).",
    )(func)


def _filter_options(func: Any) -> Any:
    func = click.option("--status", metavar="STATUS", help="Hanya status ini: dipesan, terbit, gagal, batal, impor.")(
        func
    )
    func = click.option(
        "--kka", metavar="KODE", help="Hanya kode klasifikasi ini (beserta turunannya, mis. 400 → 400.14)."
    )(func)
    func = click.option("--unit", metavar="KODE", help="Hanya unit pengolah ini, mis. DP3A.")(func)
    func = click.option("--sampai", metavar="TANGGAL", help="Sampai tanggal surat ini (2024-06-30).")(func)
    return click.option("--dari", metavar="TANGGAL", help="Sejak tanggal surat ini (2024-06-01).")(func)


def _tanggal(value: str | None, option: str) -> dt.date | None:
    from naskah.domain import tanggal
    from naskah.errors import UsageError

    if not value:
        return None
    try:
        return tanggal.parse_tanggal(value)
    except ValueError:
        raise UsageError(f"{option} '{value}' bukan tanggal; tulis mis. 2024-06-18") from None


def _buku(lokasi: str | None, profil: Path | None) -> BukuAgenda:
    from naskah.agenda.pengaturan import buka

    return buka(lokasi, profil)


def _saring(
    buku: BukuAgenda, dari: str | None, sampai: str | None, unit: str | None, kka: str | None, status: str | None
) -> Any:
    from naskah.agenda.catatan import STATUS
    from naskah.errors import UsageError

    if status and status not in STATUS:
        raise UsageError(f"--status '{status}' tidak dikenal; pilih dari: {', '.join(STATUS)}")
    return buku.daftar(
        dari=_tanggal(dari, "--dari"), sampai=_tanggal(sampai, "--sampai"), unit=unit, kka=kka, status=status
    )


def pasang(group: click.Group) -> None:
    """Add the `agenda` commands to `group`."""

    @group.command("daftar")
    @_lokasi_options
    @_filter_options
    def daftar_command(
        lokasi: str | None,
        profil: Path | None,
        dari: str | None,
        sampai: str | None,
        unit: str | None,
        kka: str | None,
        status: str | None,
    ) -> None:
        """Tampilkan nomor-nomor di buku agenda, urut tanggal lalu nomor urut."""
        from naskah.agenda.tampilan import baris_daftar

        with _buku(lokasi, profil) as buku:
            catatan = _saring(buku, dari, sampai, unit, kka, status)
            for line in baris_daftar(catatan):
                click.echo(line)
            click.echo(f"{len(catatan)} nomor di buku agenda {buku.nama}.")

    @group.command("ekspor")
    @click.argument("berkas", type=click.Path(path_type=Path))
    @_lokasi_options
    @_filter_options
    @click.option("--timpa", is_flag=True, help="Timpa berkas Excel yang sudah ada.")
    def ekspor_command(
        berkas: Path,
        lokasi: str | None,
        profil: Path | None,
        dari: str | None,
        sampai: str | None,
        unit: str | None,
        kka: str | None,
        status: str | None,
        timpa: bool,
    ) -> None:
        """Tulis buku agenda ke BERKAS .xlsx dengan kolom untuk registrasi naskah keluar di SRIKANDI."""
        from naskah.agenda import excel

        with _buku(lokasi, profil) as buku:
            catatan = _saring(buku, dari, sampai, unit, kka, status)
            excel.ekspor(catatan, berkas, timpa=timpa)
        click.echo(f"{len(catatan)} nomor ditulis ke {berkas}.")

    @group.command("impor")
    @click.argument("berkas", type=click.Path(path_type=Path))
    @_lokasi_options
    @click.option(
        "--pola",
        default=POLA_BAWAAN,
        show_default=True,
        metavar="POLA",
        help="Pola nomor pada buku lama, untuk membaca nomor urut, kode klasifikasi, dan unit bila kolomnya tidak ada.",
    )
    def impor_command(berkas: Path, lokasi: str | None, profil: Path | None, pola: str) -> None:
        """Masukkan buku agenda lama dari BERKAS .xlsx (kolom Nomor, Tanggal, Hal, …); nomor berikutnya melanjutkannya."""
        from naskah.agenda import excel

        rows = excel.impor(berkas, pola)
        with _buku(lokasi, profil) as buku:
            count = buku.impor(rows)
            click.echo(f"{count} nomor dari {berkas} dimasukkan ke buku agenda {buku.nama}.")

    @group.command("batal")
    @click.argument("nomor")
    @click.option("--alasan", metavar="TEKS", help="Alasan pembatalan (wajib; dicatat bersama nomornya).")
    @_lokasi_options
    def batal_command(nomor: str, alasan: str | None, lokasi: str | None, profil: Path | None) -> None:
        """Batalkan NOMOR: nomornya tetap tercatat beserta alasannya dan tidak akan dipakai lagi."""
        from naskah.errors import UsageError

        if not alasan or not alasan.strip():
            raise UsageError('tulis alasan pembatalan, mis. --alasan "acara ditunda"')
        with _buku(lokasi, profil) as buku:
            catatan = buku.batal(nomor, alasan)
        click.echo(f"Nomor {catatan.nomor} dibatalkan: {alasan}")
