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
    parts += _model_section(schema.BerkasAcara, "", _sample_values())
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
    return (
        "Kolom *wajib* bertanda **ya** harus diisi. Nilai bawaan dipakai bila kunci tidak ditulis. "
        "Masalah dilaporkan dengan jalur kunci, mis. `penerima[3].nama` (butir daftar dihitung mulai 1)."
    )


def _sample_values() -> dict[str, Any]:
    """Return key path → value from the `naskah init` samples, the examples for keys the schema gives none."""
    from importlib.resources import files

    import yaml

    from naskah.domain.yamlio import TextLoader

    found: dict[str, Any] = {}
    for sample in sorted((files("naskah.templates") / "awal").iterdir(), key=lambda p: p.name):
        _collect(yaml.load(sample.read_text(encoding="utf-8"), Loader=TextLoader), "", found)
    return found


def _collect(value: Any, path: str, found: dict[str, Any]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _collect(item, f"{path}.{key}" if path else str(key), found)
    elif isinstance(value, list) and value and isinstance(value[0], dict):
        for item in value:
            _collect(item, f"{path}[]", found)
    elif value not in (None, [], ""):
        found.setdefault(path, value)


def _model_section(
    model: type[BaseModel],
    prefix: str,
    samples: dict[str, Any],
    documented: dict[type[BaseModel], str] | None = None,
    intro: str = "",
) -> list[str]:
    """Return the table of `model` at `prefix`, then its sub-sections; a model already shown is only referred to."""
    documented = {} if documented is None else documented
    documented[model] = prefix
    title = f"### `{prefix}`" if prefix else "### Tingkat atas"
    intro = intro or "Satu berkas acara YAML berisi bagian-bagian berikut."
    lines = [title, "", intro, "", "| kunci | wajib | bawaan | keterangan | contoh |", "|---|---|---|---|---|"]
    nested: list[tuple[type[BaseModel], str, str]] = []
    for name, field in model.model_fields.items():
        path = f"{prefix}.{name}" if prefix else name
        inner = _model_in(field.annotation)  # type: ignore[arg-type]  # annotations are hashable types
        see = ""
        if inner is not None:
            sub = path + ("[]" if typing.get_origin(field.annotation) is list else "")
            see = f" Isinya seperti `{documented[inner]}`." if inner in documented else f" Rincian di bagian `{sub}`."
        lines.append(_row(name, field, samples.get(path), see))
        if inner is not None and inner not in documented and all(inner is not m for m, _, _ in nested):
            nested.append((inner, sub, field.description or ""))
    lines.append("")
    for inner, path, description in nested:
        if inner not in documented:
            lines += _model_section(inner, path, samples, documented, description)
    return lines


def _row(name: str, field: Any, sample: Any, see: str = "") -> str:
    required = "ya" if field.is_required() else ""
    default = "" if field.is_required() else _default(field)
    shown = field.examples[0] if field.examples else sample
    example = f"`{_compact(shown)}`" if shown not in (None, "") else ""
    return f"| `{name}` | {required} | {default} | {field.description or ''}{see} | {example} |"


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
        # info_name is the command's own name: click prefixes the parent's path ("naskah templat salin").
        sub = click.Context(command, info_name=name, parent=ctx, terminal_width=100, max_content_width=100)
        lines += [f"### `{full}`", "", "```", command.get_help(sub), "```", ""]
    return lines
