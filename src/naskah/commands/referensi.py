"""Generate the README reference (event-file keys and commands) from the schema and the Click commands."""

from __future__ import annotations

import json
import re
import typing
from typing import Any

import click
from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from naskah.domain import schema
from naskah.domain.keys import _model_in

MULAI = "<!-- referensi:mulai (dibuat oleh tools/perbarui_readme.py; jangan diubah manual) -->"
SELESAI = "<!-- referensi:selesai -->"


def reference_markdown(group: click.Group) -> str:
    """Return the markdown reference: every event-file key, then every command."""
    parts = ["## Referensi berkas acara", "", _legend(), ""]
    parts += _model_section(schema.BerkasAcara, "")
    parts += ["## Referensi perintah", ""]
    parts += _commands(group, "naskah")
    return "\n".join(parts).rstrip() + "\n"


def replace_reference(readme: str, group: click.Group) -> str:
    """Return `readme` with the text between the reference markers regenerated."""
    pattern = re.compile(re.escape(MULAI) + ".*?" + re.escape(SELESAI), re.DOTALL)
    block = f"{MULAI}\n{reference_markdown(group)}{SELESAI}"
    if not pattern.search(readme):
        return readme.rstrip() + "\n\n" + block + "\n"
    return pattern.sub(lambda _: block, readme)


def _legend() -> str:
    return ("Kolom *wajib* bertanda **ya** harus diisi. Nilai bawaan dipakai bila kunci tidak ditulis. "
            "Masalah dilaporkan dengan jalur kunci, mis. `penerima[3].nama` (butir daftar dihitung mulai 1).")


def _model_section(model: type[BaseModel], prefix: str) -> list[str]:
    title = f"### `{prefix}`" if prefix else "### Tingkat atas"
    lines = [title, "", (model.__doc__ or "").strip().splitlines()[0], "",
             "| kunci | wajib | bawaan | keterangan | contoh |", "|---|---|---|---|---|"]
    nested: list[tuple[type[BaseModel], str]] = []
    for name, field in model.model_fields.items():
        path = f"{prefix}.{name}" if prefix else name
        lines.append(_row(name, field))
        inner = _model_in(field.annotation)
        if inner is not None and all(inner is not m for m, _ in nested):
            nested.append((inner, path + ("[]" if typing.get_origin(field.annotation) is list else "")))
    lines.append("")
    for inner, path in nested:
        lines += _model_section(inner, path)
    return lines


def _row(name: str, field: Any) -> str:
    required = "ya" if field.is_required() else ""
    default = "" if field.is_required() else _default(field)
    example = f"`{_compact(field.examples[0])}`" if field.examples else ""
    return f"| `{name}` | {required} | {default} | {field.description or ''} | {example} |"


def _default(field: Any) -> str:
    if field.default_factory is not None:
        value = field.default_factory()
        return "" if isinstance(value, BaseModel) or value in ([], {}) else f"`{_compact(value)}`"
    if field.default is PydanticUndefined or field.default is None:
        return ""
    return f"`{_compact(field.default)}`"


def _compact(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _commands(group: click.Group, prefix: str) -> list[str]:
    lines: list[str] = []
    # The group's settings (help option names) reach the subcommands as they do when run from the shell.
    ctx = click.Context(group, info_name=prefix, **group.context_settings)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if command is None or command.hidden:
            continue
        full = f"{prefix} {name}"
        if isinstance(command, click.Group):
            lines += [f"### `{full}`", "", command.help or "", ""] + _commands(command, full)
            continue
        sub = click.Context(command, info_name=full, parent=ctx, terminal_width=100, max_content_width=100)
        lines += [f"### `{full}`", "", "```", command.get_help(sub), "```", ""]
    return lines
