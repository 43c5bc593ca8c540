"""`naskah init`: write a starter event file whose comments come from the schema's descriptions."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from typing import Any

from naskah.domain import schema
from naskah.domain.keys import _model_in
from naskah.domain.yamlio import TextLoader
from naskah.errors import OutputError
from naskah.rendering.output import atomic_write_bytes

import yaml

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
        raise OutputError(f"{target} tidak dapat ditulis ({exc.strerror}); periksa foldernya") from exc


def starter_text(jenis: str, name: str = "acara.yaml") -> str:
    """Return the starter YAML text for `jenis`, every key preceded by its description."""
    sample = yaml.load((files("naskah.templates") / "awal" / f"{jenis}.yaml").read_text(encoding="utf-8"), Loader=TextLoader)
    lines = [HEADER.format(jenis=jenis, name=name)]
    lines += _mapping(sample, schema.BerkasAcara, 0)
    return "\n".join(lines) + "\n"


def _mapping(data: dict[str, Any], model: Any, indent: int) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    for key, value in data.items():
        field = model.model_fields[key] if model is not None and key in model.model_fields else None
        if field is not None and field.description and indent <= 4:
            lines.append(f"{pad}# {field.description}")
        lines += _entry(key, value, _model_in(field.annotation) if field else None, indent)
        if indent == 0:
            lines.append("")
    return lines


def _entry(key: str, value: Any, model: Any, indent: int) -> list[str]:
    pad = " " * indent
    if isinstance(value, dict):
        return [f"{pad}{key}:"] + _mapping(value, model, indent + 2)
    if isinstance(value, list):
        if not value:
            return [f"{pad}{key}: []"]
        return [f"{pad}{key}:"] + [line for item in value for line in _item(item, model, indent + 2)]
    return [f"{pad}{key}: {_scalar(value)}"]


def _item(item: Any, model: Any, indent: int) -> list[str]:
    pad = " " * indent
    if isinstance(item, dict):
        inner = _mapping(item, model, indent + 2)
        inner = [line for line in inner if not line.lstrip().startswith("#")] if indent > 2 else inner
        first = inner.index(next(line for line in inner if not line.lstrip().startswith("#")))
        inner[first] = f"{pad}- {inner[first].lstrip()}"
        return inner
    if isinstance(item, list):
        return [f"{pad}-"] + [line for sub in item for line in _item(sub, None, indent + 2)]
    return [f"{pad}- {_scalar(item)}"]


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    return json.dumps(str(value), ensure_ascii=False)



