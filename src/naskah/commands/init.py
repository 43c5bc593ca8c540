"""`naskah init`: write a starter event file whose comments come from the schema's descriptions."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from naskah.domain import schema
from naskah.domain.keys import _model_in
from naskah.domain.yamlio import TextLoader
from naskah.errors import OutputError, os_reason
from naskah.keluaran import atomic_write_bytes

HEADER = """\
# Berkas acara naskah ({jenis}).
# Setiap kunci dijelaskan pada komentar di atasnya. Teks yang memuat titik dua, jam, NIP, atau
# nomor telepon ditulis dalam tanda kutip. Periksa dengan: naskah periksa {name}
"""


def write_starter(target: Path, jenis: str) -> None:
    """Write the commented starter for `jenis` to `target`; never overwrite an existing file."""
    if target.exists():
        raise OutputError(f"{target} sudah ada dan tidak ditimpa; pilih nama berkas lain")
    text = starter_text(jenis, target.name)
    try:
        atomic_write_bytes(target, text.encode("utf-8"))
    except OSError as exc:
        raise OutputError(f"{target} tidak dapat ditulis ({os_reason(exc)}); periksa foldernya") from exc


def starter_text(jenis: str, name: str = "acara.yaml") -> str:
    """Return the starter YAML text for `jenis`, every key preceded by its description."""
    sample = yaml.load(
        (files("naskah.templates") / "awal" / f"{jenis}.yaml").read_text(encoding="utf-8"), Loader=TextLoader
    )
    lines = [HEADER.format(jenis=jenis, name=name)]
    lines += _mapping(sample, schema.BerkasAcara, 0)
    return "\n".join(lines) + "\n"


def _mapping(data: dict[str, Any], model: Any, indent: int, *, explain: bool = True) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    for key, value in data.items():
        field = model.model_fields.get(key) if model is not None else None
        if explain and field is not None and field.description:
            lines.append(f"{pad}# {field.description}")
        lines += _entry(key, value, _model_in(field.annotation) if field else None, indent, explain=explain)
        if indent == 0:
            lines.append("")
    return lines


def _entry(key: str, value: Any, model: Any, indent: int, *, explain: bool) -> list[str]:
    pad = " " * indent
    if isinstance(value, dict) and value:
        return [f"{pad}{key}:"] + _mapping(value, model, indent + 2, explain=explain)
    if isinstance(value, dict):
        return [f"{pad}{key}: {{}}"]
    if isinstance(value, list) and value:
        items = [_item(item, model, indent + 2, explain=explain and i == 0) for i, item in enumerate(value)]
        return [f"{pad}{key}:"] + [line for item in items for line in item]
    return [f"{pad}{key}: {'[]' if isinstance(value, list) else _scalar(value)}"]


def _item(item: Any, model: Any, indent: int, *, explain: bool) -> list[str]:
    """Return a list item; only the first item of a list is explained, its comments above the '- '."""
    pad = " " * indent
    if isinstance(item, list) and item:  # a nested list (the points of a speech section): "- - first"
        lines = [line for sub in item for line in _item(sub, model, indent + 2, explain=explain)]
    elif isinstance(item, dict) and item:
        lines = _mapping(item, model, indent + 2, explain=explain)
    else:
        return [f"{pad}- {_scalar(item)}"]
    first = next(i for i, line in enumerate(lines) if not line.lstrip().startswith("#"))
    head = [f"{pad}{line.lstrip()}" for line in lines[:first]]
    return head + [f"{pad}- {lines[first].lstrip()}"] + lines[first + 1 :]


def _scalar(value: Any) -> str:
    """Return `value` as a YAML scalar; never Python's own spelling of a list, a mapping or None."""
    if value is None:
        return "null"
    if isinstance(value, list | dict):
        return "[]" if isinstance(value, list) else "{}"  # only empty ones reach here
    return json.dumps(str(value), ensure_ascii=False)
