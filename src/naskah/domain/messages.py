"""Turn pydantic's validation errors into Indonesian problems located by key path and line."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from naskah.errors import Problem

Locate = Callable[[str, str, str], Problem]

_MESSAGES = {
    "missing": "wajib diisi",
    "string_type": "harus berupa teks",
    "string_too_short": "tidak boleh kosong",
    "int_parsing": "harus berupa bilangan bulat",
    "int_type": "harus berupa bilangan bulat",
    "int_from_float": "harus berupa bilangan bulat",
    "bool_parsing": "tulis 'ya' atau 'tidak'",
    "bool_type": "tulis 'ya' atau 'tidak'",
    "list_type": "harus berupa daftar (baris-baris yang diawali '- ')",
    "dict_type": "harus berupa bagian berisi 'kunci: nilai'",
    "model_type": "harus berupa bagian berisi 'kunci: nilai'",
    "model_attributes_type": "harus berupa bagian berisi 'kunci: nilai'",
    "date_type": "harus berupa tanggal, mis. 2024-06-24",
    "time_type": "harus berupa jam, mis. '09.00'",
}


def translate_errors(exc: ValidationError, data: Any, locate: Locate) -> list[Problem]:
    """Return one `Problem` per distinct key path in `exc`, worded in Indonesian."""
    problems: dict[str, Problem] = {}
    for error in exc.errors(include_url=False):
        key_path = _key_path(error["loc"], data)
        if key_path in problems:
            continue
        message, hint = _message(dict(error))
        problems[key_path] = locate(key_path, message, hint)
    return list(problems.values())


def _key_path(loc: tuple[Any, ...], data: Any) -> str:
    """Return the user-facing path of `loc`, dropping pydantic's union and validator tags."""
    parts: list[str] = []
    node = data
    for item in loc:
        if isinstance(item, int) and isinstance(node, list):
            parts.append(f"[{item + 1}]")
            node = node[item] if item < len(node) else None
        elif isinstance(item, str) and (isinstance(node, dict) or _is_field_name(item)) and not _is_tag(item):
            parts.append(f".{item}" if parts else item)
            node = node.get(item) if isinstance(node, dict) else None
    return "".join(parts)


def _is_tag(item: str) -> bool:
    return "[" in item or "-" in item or item in ("str", "list", "int", "bool", "none")


def _is_field_name(item: str) -> bool:
    return item.replace("_", "").isalnum() and item.islower()


def _message(error: dict[str, Any]) -> tuple[str, str]:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "value_error":
        return str(ctx.get("error", error["msg"])), ""
    if kind == "literal_error":
        value = error.get("input")
        said = "belum diisi" if value is None else f"nilai {_shown(value)} tidak dikenal"
        return said, f"pilih salah satu: {_atau(str(ctx.get('expected', '')))}"
    if kind in ("greater_than_equal", "greater_than"):
        return f"paling kecil {ctx.get('ge', ctx.get('gt'))}", ""
    if kind in ("less_than_equal", "less_than"):
        return f"paling besar {ctx.get('le', ctx.get('lt'))}", ""
    if kind == "too_short" and isinstance(error.get("input"), str):
        return "tidak boleh kosong", ""  # Teks' min_length reports like a list's
    if kind == "too_short":
        return f"minimal {ctx.get('min_length')} butir", ""
    if kind == "too_long":
        return f"paling banyak {ctx.get('max_length')} butir", ""
    if kind == "missing":
        return "wajib diisi", ""
    if kind in _MESSAGES:
        return f"{_MESSAGES[kind]} (tertulis: {_shown(error.get('input'))})", ""
    return f"nilai tidak sah (tertulis: {_shown(error.get('input'))})", ""  # pydantic's own words are English


def _atau(choices: str) -> str:
    """Return pydantic's choice list ("'F4' or 'A4'") with Indonesian 'atau'."""
    return re.sub(r"(?<=') or (?=')", " atau ", choices)


def _shown(value: Any) -> str:
    """Return how the clerk wrote `value`, in words: never Python's own spelling of None, a list or a dict."""
    if value is None:
        return "kosong"
    if isinstance(value, dict):
        return "bagian berisi 'kunci: nilai'"
    if isinstance(value, list | tuple):
        return "daftar berbutir '- '"
    text = f"'{value}'" if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "…"
