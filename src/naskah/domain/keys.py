"""Warn about keys the schema does not know, suggesting the closest known key."""

from __future__ import annotations

import difflib
import functools
import types
import typing
from collections.abc import Callable
from typing import Any, Union

from pydantic import BaseModel

from naskah.errors import Problem

Locate = Callable[[str, str, str], Problem]


def unknown_key_warnings(data: Any, model: type[BaseModel], locate: Locate, key_path: str = "") -> list[Problem]:
    """Return a warning for every key in `data` that `model` (recursively) does not define."""
    if not isinstance(data, dict):
        return []
    warnings: list[Problem] = []
    fields = model.model_fields
    for key, value in data.items():
        child = f"{key_path}.{key}" if key_path else str(key)
        if key not in fields:
            warnings.append(locate(child, f"kunci '{key}' tidak dikenal dan diabaikan", _suggestion(str(key), fields)))
            continue
        warnings += _nested(value, fields[key].annotation, locate, child)
    return warnings


def _nested(value: Any, annotation: Any, locate: Locate, key_path: str) -> list[Problem]:
    if not isinstance(value, (dict, list)):
        return []
    model = _model_in(annotation)
    if model is None:
        return []
    if isinstance(value, list):
        return [
            w for i, item in enumerate(value) for w in unknown_key_warnings(item, model, locate, f"{key_path}[{i + 1}]")
        ]
    return unknown_key_warnings(value, model, locate, key_path)


@functools.cache  # one answer per annotation; a 10,000-recipient list asks 50,000 times
def _model_in(annotation: Any) -> type[BaseModel] | None:
    """Return the first pydantic model inside `annotation` (list[...], X | None, Annotated[...])."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None


def _suggestion(key: str, fields: dict[str, Any]) -> str:
    close = difflib.get_close_matches(key.lower(), list(fields), n=1, cutoff=0.6)
    if close:
        return f"maksud Anda '{close[0]}'?"
    return f"kunci yang dikenal: {', '.join(fields)}"
