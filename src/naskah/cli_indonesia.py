"""Click's own words in Indonesian: help headings, the help option, and usage errors."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import IO, Any

import click

HELP_OPTION = "Tampilkan bantuan ini lalu keluar."

# click's usage messages (English, from its gettext catalogue) and their Indonesian wording.
_USAGE_MESSAGES = (
    (r"Missing argument '(?P<a>.+)'\.", "argumen {a} belum diisi"),
    (r"Missing option (?P<a>'.+')\.", "pilihan {a} wajib diisi"),
    (
        r"No such option:? '?(?P<a>[^'\s]+)'?\.? Did you mean '?(?P<b>[^'\s?]+)'?\?",
        "pilihan {a} tidak dikenal; maksud Anda {b}?",
    ),
    (r"No such option:? '?(?P<a>[^'\s]+)'?\.?", "pilihan {a} tidak dikenal"),
    (
        r"No such command '(?P<a>.+?)'\.\s*Did you mean '?(?P<b>[^'?]+)'?\?",
        "perintah '{a}' tidak dikenal; maksud Anda '{b}'?",
    ),
    (r"No such command '(?P<a>.+)'\.", "perintah '{a}' tidak dikenal"),
    (r"Option (?P<a>'.+') requires an argument\.", "pilihan {a} memerlukan nilai"),
    (r"Got unexpected extra arguments? \((?P<a>.+)\)", "argumen berlebih: {a}"),
    (
        r"Invalid value for (?P<a>.+?): (?P<b>.+) is not one of (?P<c>.+)\.",
        "nilai {b} untuk {a} tidak dikenal; pilih salah satu: {c}",
    ),
    (
        r"Invalid value for (?P<a>.+?): (?P<b>.+) is not a valid (?:integer|float)( range)?\.",
        "nilai {b} untuk {a} harus berupa angka",
    ),
    (r"Invalid value for (?P<a>.+?): (?P<b>.+)", "nilai tidak sah untuk {a}: {b}"),
)

# click's words inside the help of one option, and the metavars it makes up for an option's value.
_HELP_EXTRAS = ((r"\bdefault: ", "bawaan: "), (r"\brequired\b", "wajib"), (r"\benv var: ", "variabel lingkungan: "))
METAVARS = {
    "PATH": "FOLDER",
    "DIRECTORY": "FOLDER",
    "FILE": "BERKAS",
    "FILENAME": "BERKAS",
    "TEXT": "TEKS",
    "INTEGER": "ANGKA",
    "FLOAT": "ANGKA",
    "BOOLEAN": "YA/TIDAK",
}


def indonesian_help_record(record: tuple[str, str]) -> tuple[str, str]:
    """Return one option's help line with click's own words (metavar, [default: …], [required]) in Indonesian."""
    names, text = record
    names = re.sub(r"\b(" + "|".join(METAVARS) + r")\b(?=$|\s|\.\.\.)", lambda m: METAVARS[m.group(1)], names)
    extra = re.search(r"\s*\[([^\[\]]*)\]$", text)
    if extra:
        words = extra.group(1)
        for pattern, wording in _HELP_EXTRAS:
            words = re.sub(pattern, wording, words)
        text = f"{text[: extra.start()]}{extra.group(0)[: extra.group(0).index('[')]}[{words}]"
    return names, text


def pilihan(choices: Sequence[str]) -> click.Choice:
    """Return a choice of `choices` that accepts any case ('Gabungan', 'LANSKAP')."""
    return click.Choice(list(choices), case_sensitive=False)


def indonesian_message(message: str) -> str:
    """Return click's usage `message` worded in Indonesian (unchanged when it is not one we know)."""
    for pattern, wording in _USAGE_MESSAGES:
        match = re.fullmatch(pattern, message.strip(), re.DOTALL)
        if match:
            return wording.format(**match.groupdict())
    return message


class IndonesianUsageError(click.UsageError):
    """A usage error shown as 'Pemakaian: …', a hint, and 'Galat: …' (exit code 2)."""

    def show(self, file: IO[Any] | None = None) -> None:
        if self.ctx is not None:
            click.echo(self.ctx.get_usage(), file=file, err=True)
            click.echo(f"Coba '{self.ctx.command_path} --help' untuk bantuan.\n", file=file, err=True)
        click.echo(f"Galat: {indonesian_message(self.format_message())}", file=file, err=True)


class IndonesianHelp:
    """Mixin for click commands and groups: Indonesian headings and help option, usage errors translated."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", "[PILIHAN]")
        super().__init__(*args, **kwargs)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = HELP_OPTION
        return option

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix="Pemakaian: ")

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        params = [p for p in self.get_params(ctx) if isinstance(p, click.Option)]  # type: ignore[attr-defined]
        records = [indonesian_help_record(r) for p in params if (r := p.get_help_record(ctx)) is not None]
        if records:
            with formatter.section("Pilihan"):
                formatter.write_dl(records)
        if isinstance(self, click.Group):
            _format_commands(self, ctx, formatter)

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:
            return super().make_context(*args, **kwargs)  # type: ignore[misc]
        except click.UsageError as exc:
            raise as_indonesian(exc) from exc


def as_indonesian(exc: click.UsageError) -> IndonesianUsageError:
    """Return `exc` as a usage error that shows itself in Indonesian."""
    if isinstance(exc, IndonesianUsageError):
        return exc
    return IndonesianUsageError(exc.format_message(), exc.ctx)


def _format_commands(group: click.Group, ctx: click.Context, formatter: click.HelpFormatter) -> None:
    commands = [(name, group.get_command(ctx, name)) for name in group.list_commands(ctx)]
    rows = [
        (name, cmd.get_short_help_str(formatter.width - 6 - len(name)))
        for name, cmd in commands
        if cmd is not None and not cmd.hidden
    ]
    if rows:
        with formatter.section("Perintah"):
            formatter.write_dl(rows)


class IndonesianCommand(IndonesianHelp, click.Command):
    """A command whose help and usage errors are Indonesian."""
