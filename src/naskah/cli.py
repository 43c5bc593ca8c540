"""Command line: parse options, call one function of `naskah.commands`, show the result in Indonesian."""

from __future__ import annotations

import signal
import sys
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from naskah import __version__, cli_agenda
from naskah.cli_indonesia import IndonesianCommand, IndonesianHelp, as_indonesian, pilihan
from naskah.domain.lembar_label import PRESET as LEMBAR_LABEL
from naskah.domain.ukuran_amplop import UKURAN as UKURAN_AMPLOP
from naskah.errors import InputFileError, NaskahError, NaskahWarning, Stopped, os_reason
from naskah.jenis import JENIS, Jenis

JENIS_INIT = ("advokasi", "upacara", "hari-kartini", "rapat")
# No existence or kind checks here: click would word them in English; the loader and OutputFolder
# say the same in Indonesian.
EVENT = click.Path(path_type=Path)
OUTDIR = click.Path(path_type=Path)


def _remember_baris_judul(ctx: click.Context, _param: Any, value: str | None) -> None:
    if value is not None and not (value.strip().isdecimal() and int(value) >= 1):
        raise click.BadParameter(f"'{value}' bukan nomor baris; tulis nomor baris judul kolom, mis. 3")
    ctx.meta["naskah.baris_judul"] = int(value) if value is not None else None


BARIS_JUDUL_OPTION = click.option(
    "--baris-judul",
    metavar="N",
    expose_value=False,
    callback=_remember_baris_judul,
    help="Nomor baris judul kolom di daftar penerima .xlsx/.csv (bawaan: baris pertama yang memuat "
    "judul kolom seperti nama dan jabatan).",
)


def _baris_judul() -> int | None:
    """Return --baris-judul of the running command (None when not given)."""
    return click.get_current_context().meta.get("naskah.baris_judul")


PENERIMA_OPTION = click.option(
    "--penerima",
    "daftar_penerima",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Daftar penerima .csv/.xlsx (baris judul: nama, jabatan, …) pengganti 'penerima' di berkas acara.",
)


def _remember(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    ctx.meta[f"naskah.{param.name}"] = value
    return value


def pdf_options(func: Any) -> Any:
    """Add where PDFs are made (--pdf-server, --pdf-pekerja); read by `pdf_settings`, not passed to the command."""
    func = click.option(
        "--pdf-pekerja",
        type=click.IntRange(min=0),
        expose_value=False,
        callback=_remember,
        help="Jumlah LibreOffice yang bekerja bersamaan di komputer ini (bawaan: satu per inti prosesor).",
    )(func)
    return click.option(
        "--pdf-server",
        metavar="HOST:PORT",
        multiple=True,
        expose_value=False,
        callback=_remember,
        help="Server unoserver di komputer lain untuk membuat PDF (boleh berulang; juga NASKAH_PDF_SERVER).",
    )(func)


def pdf_settings() -> Any:
    """Return the PDF settings: --pdf-server/--pdf-pekerja of this command, then environment and config file."""
    from naskah.pdf.config import load_settings

    meta = click.get_current_context().meta
    return load_settings(meta.get("naskah.pdf_server") or (), meta.get("naskah.pdf_pekerja"))


def document_options(func: Any) -> Any:
    """Add the options every document command shares: the event file, the output folder, overwrite, PDF."""
    func = BARIS_JUDUL_OPTION(func)
    func = pdf_options(func)
    func = click.option(
        "--pdf",
        is_flag=True,
        help="Buat juga PDF tiap naskah (perlu LibreOffice; berkas gabungan dikonversi sekali lalu dipotong per surat).",
    )(func)
    func = click.option(
        "--timpa",
        is_flag=True,
        help="Ganti hasil naskah sebelumnya di folder keluaran: berkas lama yang tidak dibuat lagi dihapus, "
        "berkas yang bukan buatan naskah tidak pernah disentuh.",
    )(func)
    func = click.option("-o", "--keluaran", type=OUTDIR, metavar="FOLDER", required=True, help="Folder hasil.")(func)
    return click.argument("berkas", type=EVENT)(func)


class NaskahGroup(IndonesianHelp, click.Group):
    """Turn every NaskahError into Indonesian lines on stderr and its exit code; never a traceback."""

    command_class = IndonesianCommand
    group_class = type  # subgroups (templat) are NaskahGroups too

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("subcommand_metavar", "PERINTAH [ARGUMEN]...")
        super().__init__(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            with stop_signals_as_interrupt(), warnings_shown():
                return super().invoke(ctx)
        except click.UsageError as exc:  # an unknown command is found here, after parsing
            raise as_indonesian(exc) from exc
        except NaskahError as exc:
            show_error(exc)
            ctx.exit(exc.exit_code)
        except OSError as exc:  # a file-system failure no layer below foresaw: still one Indonesian line
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"Galat: {where}{os_reason(exc)}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt as exc:  # Ctrl-C, or Stopped (SIGTERM, SIGHUP)
            stopped(ctx, exc)
        except RuntimeError as exc:  # Python wraps a signal that lands inside __set_name__ (a lazy import)
            interrupt = wrapped_interrupt(exc)
            if interrupt is None:
                raise
            stopped(ctx, interrupt)


def stopped(ctx: click.Context, exc: KeyboardInterrupt) -> None:
    """Say the run was stopped (its half-written files already removed) and exit 130 or 128 + the signal."""
    forget_interrupt_in_string_code()
    if isinstance(exc, Stopped):
        click.echo(f"Dihentikan ({exc.name}); berkas yang belum selesai tidak ditinggalkan.", err=True)
        ctx.exit(128 + exc.signum)
    click.echo("Dibatalkan; berkas yang belum selesai tidak ditinggalkan.", err=True)
    ctx.exit(130)


def forget_interrupt_in_string_code() -> None:
    """Keep `python -m naskah` from dying by SIGINT after it handled the stop and chose its exit code.

    CPython marks a KeyboardInterrupt that ends code run from a string (`exec` of a str, as dataclasses and
    lazy imports do) as unhandled even when a caller catches it, and under `-m` then ends the process by
    SIGINT instead of our exit code. It clears the mark when it next runs code from a string, so run one.
    """
    exec("pass", {})


def wrapped_interrupt(exc: BaseException) -> KeyboardInterrupt | None:
    """Return the KeyboardInterrupt `exc` was raised from or during, if any."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt):
            return cause
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return None


# Signals that stop a run: Ctrl-C, `kill`, closing the terminal.
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


@contextmanager
def stop_signals_as_interrupt() -> Iterator[None]:
    """Turn Ctrl-C into KeyboardInterrupt and SIGTERM, SIGHUP into `Stopped` (a KeyboardInterrupt) while the block runs.

    So every clean-up that runs on Ctrl-C runs on them too: half-written files removed, LibreOffice
    killed with its work folder and profile. Once the first arrives, further ones (a second Ctrl-C
    included) are ignored so the clean-up itself is not cut short, which would leave files behind and
    end the process by the signal instead of its exit code. Inside `naskah.stopping.deferred` a signal
    waits for the block's end: Ctrl-C too, which Python's own handler would raise inside
    `subprocess.Popen`. Signal handlers can only be set in the main thread.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    from naskah import stopping

    def on_signal(signum: int, _frame: object) -> None:
        for other in STOP_SIGNALS:
            signal.signal(other, signal.SIG_IGN)
        stopping.stop(signum, interrupt=signum == signal.SIGINT)

    previous = {sig: signal.signal(sig, on_signal) for sig in STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextmanager
def warnings_shown() -> Iterator[None]:
    """Print warnings the core raises with `warnings.warn` (e.g. a template's straightened quotes) in Indonesian style."""

    def show(message: Warning | str, category: type[Warning], *_: object, **__: object) -> None:
        click.echo(f"peringatan: {message}", err=True)

    with warnings.catch_warnings():
        warnings.simplefilter("always", NaskahWarning)
        previous, warnings.showwarning = warnings.showwarning, show
        try:
            yield
        finally:
            warnings.showwarning = previous


def show_error(exc: NaskahError) -> None:
    """Print `exc` as one line per problem (the same one on many rows folded), then a count when there are several."""
    from naskah.domain.ringkas import ringkas

    if isinstance(exc, InputFileError):
        echo_warnings(exc.warnings)
        for line in ringkas(exc.problems):
            click.echo(line, err=True)
        if len(exc.problems) > 1:
            click.echo(f"{len(exc.problems)} masalah ditemukan; perbaiki lalu jalankan lagi.", err=True)
        return
    click.echo(f"Galat: {exc}", err=True)


def echo_warnings(warnings: Any) -> None:
    """Print the warnings on stderr, marked so they are not mistaken for errors: grouped, meaningful first, counted."""
    from naskah.domain.ringkas import hitungan, ringkas

    warnings = list(warnings)
    for line in ringkas(warnings):
        click.echo(f"peringatan: {line}", err=True)
    if len(warnings) > 1:
        click.echo(hitungan(warnings), err=True)


@click.group(cls=NaskahGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    __version__,
    "--version",
    "-V",
    prog_name="naskah",
    message="%(prog)s %(version)s",
    help="Tampilkan versi naskah lalu keluar.",
)
def main() -> None:
    """Buat naskah dinas Pemda (undangan, sambutan, daftar hadir, nota kesepahaman, susunan acara) dari satu berkas acara YAML.

    Mulai dengan 'naskah init acara.yaml', isi berkasnya, periksa dengan 'naskah periksa acara.yaml',
    lalu buat naskahnya, mis. 'naskah semua acara.yaml -o hasil'.
    """


@main.command("init")
@click.option("--jenis", type=pilihan(JENIS_INIT), default="advokasi", show_default=True, help="Jenis acara contoh.")
@click.argument("berkas", type=EVENT)
def init_command(jenis: str, berkas: Path) -> None:
    """Tulis berkas acara awal berisi contoh dan penjelasan tiap kunci (tidak menimpa berkas yang ada)."""
    from naskah.commands import init

    init.write_starter(berkas, jenis)
    click.echo(f"Berkas acara awal ditulis: {berkas}")
    click.echo(f"Ubah isinya, lalu periksa dengan: naskah periksa {berkas}")


@main.command("periksa")
@click.argument("berkas", type=EVENT)
@BARIS_JUDUL_OPTION
@PENERIMA_OPTION
def periksa_command(berkas: Path, daftar_penerima: Path | None) -> None:
    """Periksa berkas acara (dan templat yang disebutnya); semua masalah dilaporkan sekaligus beserta nomor barisnya."""
    from naskah.commands import periksa

    loaded, warnings = periksa.check(berkas, _baris_judul(), penerima=daftar_penerima)
    echo_warnings(warnings)
    click.echo(periksa.summary(loaded, warnings))


def _load(berkas: Path, penerima: Path | None = None, **pilihan: Any) -> Any:
    """Return the validated event at `berkas` (recipients from `penerima`, chosen by `pilihan`), warnings printed.

    `pilihan` holds the selection options (--kelompok, --baris, --cari) and --nama-berkas; the selection
    applies before anything is rendered.
    """
    from naskah.domain import pilih
    from naskah.domain.loader import load_event

    loaded = load_event(berkas, penerima=penerima, baris_judul=_baris_judul())
    echo_warnings(loaded.warnings)
    saringan = pilih.Saringan(tuple(pilihan.get("kelompok") or ()), pilihan.get("baris"), pilihan.get("cari"))
    return pilih.dengan_nama_berkas(pilih.pilih(loaded, saringan), pilihan.get("nama_berkas"))


PILIHAN_PENERIMA = ("daftar_penerima", "kelompok", "baris", "cari", "nama_berkas")


def _pop_pilihan(opsi: dict[str, Any]) -> dict[str, Any]:
    """Remove the recipient-choosing options from a command's `opsi` and return them."""
    return {key: opsi.pop(key) for key in PILIHAN_PENERIMA if key in opsi}


SELECTION_OPTIONS: tuple[Callable[[Any], Any], ...] = (
    PENERIMA_OPTION,
    click.option(
        "--kelompok",
        multiple=True,
        metavar="NAMA",
        help="Hanya penerima kelompok NAMA (kolom kelompok); boleh diulang: --kelompok undangan --kelompok narasumber.",
    ),
    click.option(
        "--baris",
        metavar="2-10,15",
        help="Hanya penerima pada baris ini: nomor baris di Excel, atau urutan penerima di berkas acara.",
    ),
    click.option(
        "--cari", metavar="TEKS", help="Hanya penerima yang nama, jabatan, atau instansinya memuat TEKS (huruf bebas)."
    ),
)
NAMA_BERKAS_OPTION = click.option(
    "--nama-berkas",
    metavar="POLA",
    help="Nama berkas surat per penerima dari isian {urut}, {nama}, {jabatan}, {instansi}, "
    "mis. '{urut}-{instansi}'. Bawaan: gaya.nama_berkas, atau nomor urut dan jabatan.",
)

# The options of one kind's command beyond the ones every document command has; keyed by the kind's name.
KIND_OPTIONS: dict[str, tuple[Callable[[Any], Any], ...]] = {
    "undangan": (
        *SELECTION_OPTIONS,
        NAMA_BERKAS_OPTION,
        click.option(
            "--hanya",
            type=pilihan(["per-penerima", "gabungan"]),
            help="Tulis hanya surat per penerima, atau hanya berkas gabungan untuk dicetak.",
        ),
        click.option(
            "--daftar/--tanpa-daftar",
            "daftar",
            default=None,
            help="Satu surat dengan lampiran DAFTAR UNDANGAN saja, atau tanpa surat itu. "
            "Bawaan: menurut surat.daftar_undangan (otomatis: ditambahkan bila penerima melebihi ambang).",
        ),
    ),
    "amplop": (
        *SELECTION_OPTIONS,
        click.option(
            "--ukuran",
            type=pilihan(list(UKURAN_AMPLOP)),
            help="Ukuran amplop: pemda (110 × 230 mm), dl (110 × 220), c5 (162 × 229), c4 (229 × 324). "
            "Bawaan: instansi.amplop.ukuran.",
        ),
        click.option("--per-penerima", is_flag=True, help="Tulis juga satu berkas amplop per penerima."),
    ),
    "label": (
        *SELECTION_OPTIONS,
        click.option(
            "--lembar",
            type=pilihan(list(LEMBAR_LABEL)),
            help="Lembar label. Bawaan: instansi.label (lembar atau ukuran_sendiri).",
        ),
        click.option(
            "--lewati",
            type=int,
            default=0,
            metavar="K",
            help="Lewati K label pertama pada lembar yang sebagian sudah terpakai.",
        ),
    ),
    "daftar_hadir": (
        *SELECTION_OPTIONS,
        click.option(
            "--kosong-saja", is_flag=True, help="Hanya baris kosong bernomor, tanpa nama dari daftar penerima."
        ),
        click.option(
            "--baris-kosong",
            metavar="N|P%",
            help="Baris kosong tambahan per lembar: jumlah (15) atau persen dari daftar (20%). "
            "Bawaan: daftar_hadir.baris_kosong.",
        ),
        click.option(
            "--orientasi",
            type=pilihan(["potret", "lanskap"]),
            help="Orientasi halaman. Bawaan: potret sampai 6 kolom, lanskap bila lebih.",
        ),
    ),
}


def _kind_command(jenis: Jenis) -> click.Command:
    """Return the command that writes one document kind, its options from `KIND_OPTIONS`."""

    def command(berkas: Path, keluaran: Path, timpa: bool, pdf: bool, **opsi: Any) -> None:
        from naskah.commands import buat

        pilihan = _pop_pilihan(opsi)
        loaded = _load(berkas, pilihan.pop("daftar_penerima", None), **pilihan)
        if not opsi.get("kosong_saja"):  # blank sheets need no data from the event
            buat.wajib_ada(jenis, loaded)
        echo_warnings(buat.peringatan(jenis, loaded))
        if pdf:
            _warn_fonts()
        pengaturan = pdf_settings() if pdf else None
        with _progress(jenis.modul().jumlah_langkah(loaded, **opsi)) as step, pdf_progress() as kemajuan_pdf:
            hasil = buat.buat(
                jenis,
                loaded,
                keluaran,
                timpa=timpa,
                pdf=pdf,
                kemajuan=step,
                lapor=click.echo,
                pengaturan_pdf=pengaturan,
                kemajuan_pdf=kemajuan_pdf,
                **opsi,
            )
        click.echo(hasil.ringkasan)
        echo_pdfs(hasil.pdf, keluaran)

    command.__doc__ = jenis.bantuan
    for option in reversed(KIND_OPTIONS.get(jenis.nama, ())):
        command = option(command)
    return main.command(jenis.perintah)(document_options(command))


@contextmanager
def _progress(total: int) -> Iterator[Callable[[int], None]]:
    """Yield a step function that advances a progress bar, shown only on a terminal and for batches."""
    if total < 2 or not sys.stdout.isatty():
        yield lambda _: None
        return
    with click.progressbar(length=total, label="Menulis naskah", update_min_steps=max(1, total // 200)) as bar:
        yield bar.update


for _jenis in JENIS:
    _kind_command(_jenis)


def _selection_options(func: Any) -> Any:
    for option in reversed((*SELECTION_OPTIONS, NAMA_BERKAS_OPTION)):
        func = option(func)
    return func


@main.command("semua")
@document_options
@_selection_options
def semua_command(berkas: Path, keluaran: Path, timpa: bool, pdf: bool, **pilihan: Any) -> None:
    """Buat semua naskah yang datanya ada di berkas acara, ke satu folder seperti perintah tiap jenis naskah.

    Berkas acara diperiksa lebih dahulu; bila ada yang gagal, tidak ada berkas yang ditinggalkan.
    """
    from naskah.commands import semua

    loaded = _load(berkas, pilihan.pop("daftar_penerima", None), **pilihan)
    echo_warnings(semua.peringatan(loaded))
    if pdf:
        _warn_fonts()
    with pdf_progress() as kemajuan:
        pengaturan = pdf_settings() if pdf else None
        results = semua.buat_semua(
            loaded, keluaran, timpa=timpa, pdf=pdf, lapor=click.echo, pengaturan_pdf=pengaturan, kemajuan_pdf=kemajuan
        )
    for line in semua.ringkasan(results, keluaran):
        click.echo(line)


def _warn_fonts() -> None:
    from naskah.pdf import step as pdf_step

    for warning in pdf_step.peringatan():
        click.echo(f"peringatan: {warning}", err=True)


@contextmanager
def pdf_progress() -> Iterator[Callable[[int, int], None]]:
    """Yield a callback (pages converted, pages expected) that shows a bar with the time left, on a terminal."""
    if not sys.stdout.isatty():
        yield lambda pages, total: None
        return
    bars: list[Any] = []

    def advance(pages: int, total: int) -> None:
        if not bars:
            click.echo("")  # below the bar of the .docx step, which is still open
            bars.append(click.progressbar(length=total, label="Membuat PDF (halaman)", show_pos=True, show_eta=True))
            bars[0].__enter__()
        bars[0].length = total
        bars[0].update(pages)

    try:
        yield advance
    finally:
        if bars:
            bars[0].__exit__(None, None, None)


def echo_pdfs(pdfs: list[Path], keluaran: Path) -> None:
    """Say how many PDFs were written, when there are any."""
    if pdfs:
        click.echo(f"PDF: {len(pdfs)} berkas ditulis ke {keluaran}.")


@main.group("templat")
def templat_group() -> None:
    """Lihat, salin, dan periksa templat .docx sendiri.

    Templat sendiri dipakai dengan menuliskannya di berkas acara (kunci 'templat') atau di profil
    instansi (instansi.templat), mis. 'templat: {undangan: templat/undangan-dinas.docx}'.
    """


@templat_group.command("daftar")
def templat_daftar_command() -> None:
    """Tampilkan templat bawaan, satu baris per templat."""
    from naskah.commands import templat

    for line in templat.daftar():
        click.echo(line)


@templat_group.command("salin")
@click.argument("nama")
@click.argument("tujuan", type=click.Path(path_type=Path))
@click.option("--timpa", is_flag=True, help="Timpa berkas yang sudah ada.")
def templat_salin_command(nama: str, tujuan: Path, timpa: bool) -> None:
    """Salin templat bawaan NAMA ke folder TUJUAN untuk diubah di Word atau LibreOffice."""
    from naskah.commands import templat

    target = templat.salin(nama, tujuan, timpa=timpa)
    click.echo(f"Templat disalin: {target}")
    click.echo(
        f"Ubah di Word/LibreOffice, periksa dengan 'naskah templat periksa {target}', lalu tulis "
        f"di berkas acara: templat: {{{nama.removesuffix('.docx')}: {target}}}"
    )


@templat_group.command("periksa")
@click.argument("berkas", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--jenis", help="Jenis naskah templat ini, mis. undangan atau daftar_hadir (bawaan: ditebak dari nama berkas)."
)
def templat_periksa_command(berkas: Path, jenis: str | None) -> None:
    """Periksa templat .docx: data yang dipakai, data yang tidak disediakan, dan tag yang dirusak Word."""
    from naskah.commands import templat

    laporan = templat.periksa(berkas, jenis)
    for line in laporan.lines():
        click.echo(line)
    if laporan.masalah:
        raise click.exceptions.Exit(1)


@main.group("agenda")
def agenda_group() -> None:
    """Buku agenda surat keluar: nomor surat 'otomatis', daftar, ekspor ke Excel, impor, pembatalan.

    Letak buku agenda: --agenda, variabel NASKAH_AGENDA, atau agenda.lokasi di profil instansi (--profil).
    """


cli_agenda.pasang(agenda_group)


@templat_group.command("data")
@click.argument("jenis")
@click.argument("acara", required=False, type=EVENT)
def templat_data_command(jenis: str, acara: Path | None) -> None:
    """Tampilkan data yang dapat dipakai templat JENIS: nama, jenisnya, dan nilainya dari berkas ACARA.

    Tanpa ACARA, nilainya dari contoh 'naskah init'. Mis. 'naskah templat data undangan acara.yaml'.
    """
    from naskah.commands import templat

    for line in templat.data_lines(jenis.removesuffix(".docx"), acara):
        click.echo(line)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
