"""Command line: parse options, call one function of `naskah.commands`, show the result in Indonesian."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from naskah import __version__
from naskah.errors import InputFileError, NaskahError

JENIS_INIT = ("advokasi", "upacara", "hari-kartini", "rapat")
EVENT = click.Path(exists=False, dir_okay=False, path_type=Path)
OUTDIR = click.Path(file_okay=False, path_type=Path)


def document_options(func: Any) -> Any:
    """Add the options every document command shares: the event file, the output folder, overwrite."""
    func = click.option("--timpa", is_flag=True, help="Timpa berkas hasil yang sudah ada di folder keluaran.")(func)
    func = click.option("-o", "--keluaran", type=OUTDIR, required=True, help="Folder hasil.")(func)
    return click.argument("berkas", type=EVENT)(func)


class NaskahGroup(click.Group):
    """Turn every NaskahError into Indonesian lines on stderr and its exit code; never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NaskahError as exc:
            show_error(exc)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Dibatalkan; berkas yang belum selesai tidak ditinggalkan.", err=True)
            ctx.exit(130)


def show_error(exc: NaskahError) -> None:
    """Print `exc` as one line per problem, then a count when there are several."""
    if isinstance(exc, InputFileError):
        echo_warnings(exc.warnings)
        for problem in exc.problems:
            click.echo(str(problem), err=True)
        if len(exc.problems) > 1:
            click.echo(f"{len(exc.problems)} masalah ditemukan; perbaiki lalu jalankan lagi.", err=True)
        return
    click.echo(f"Galat: {exc}", err=True)


def echo_warnings(warnings: Any) -> None:
    """Print each warning on stderr, marked so it is not mistaken for an error."""
    for warning in warnings:
        click.echo(f"peringatan: {warning}", err=True)


@click.group(cls=NaskahGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="naskah", message="%(prog)s %(version)s")
def main() -> None:
    """Buat naskah dinas Pemda (undangan, sambutan, daftar hadir, nota kesepahaman, susunan acara) dari satu berkas acara YAML.

    Mulai dengan 'naskah init acara.yaml', isi berkasnya, periksa dengan 'naskah periksa acara.yaml',
    lalu buat naskahnya, mis. 'naskah semua acara.yaml -o hasil'.
    """


@main.command("init")
@click.option("--jenis", type=click.Choice(JENIS_INIT), default="advokasi", show_default=True, help="Jenis acara contoh.")
@click.argument("berkas", type=EVENT)
def init_command(jenis: str, berkas: Path) -> None:
    """Tulis berkas acara awal berisi contoh dan penjelasan tiap kunci (tidak menimpa berkas yang ada)."""
    from naskah.commands import init

    init.write_starter(berkas, jenis)
    click.echo(f"Berkas acara awal ditulis: {berkas}")
    click.echo(f"Ubah isinya, lalu periksa dengan: naskah periksa {berkas}")


@main.command("periksa")
@click.argument("berkas", type=EVENT)
def periksa_command(berkas: Path) -> None:
    """Periksa berkas acara; semua masalah dilaporkan sekaligus beserta nomor barisnya."""
    from naskah.commands import periksa

    loaded = periksa.check(berkas)
    echo_warnings(loaded.warnings)
    click.echo(periksa.summary(loaded))


def _not_yet(name: str) -> None:
    raise click.UsageError(f"perintah '{name}' belum tersedia pada versi ini")


@main.command("undangan")
@document_options
def undangan_command(berkas: Path, keluaran: Path, timpa: bool) -> None:
    """Buat surat undangan: satu berkas per penerima dan satu berkas gabungan untuk dicetak."""
    _not_yet("undangan")


@main.command("sambutan")
@document_options
def sambutan_command(berkas: Path, keluaran: Path, timpa: bool) -> None:
    """Buat naskah sambutan untuk tiap pejabat di bagian 'sambutan'."""
    _not_yet("sambutan")


@main.command("susunan-acara")
@document_options
def susunan_acara_command(berkas: Path, keluaran: Path, timpa: bool) -> None:
    """Buat susunan acara, daftar petugas, dan naskah pembawa acara."""
    _not_yet("susunan-acara")


@main.command("daftar-hadir")
@document_options
def daftar_hadir_command(berkas: Path, keluaran: Path, timpa: bool) -> None:
    """Buat daftar hadir berisi nama penerima dan baris kosong."""
    _not_yet("daftar-hadir")


@main.command("nota-kesepahaman")
@document_options
def nota_kesepahaman_command(berkas: Path, keluaran: Path, timpa: bool) -> None:
    """Buat nota kesepahaman (atau perjanjian kerja sama) antara para pihak."""
    _not_yet("nota-kesepahaman")


@main.command("semua")
@document_options
def semua_command(berkas: Path, keluaran: Path, timpa: bool) -> None:
    """Buat semua naskah yang datanya ada di berkas acara."""
    _not_yet("semua")


@main.group("templat")
def templat_group() -> None:
    """Lihat, salin, dan periksa templat .docx."""


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
