"""A small pattern language with named fields only: `surat.pola_nomor` and `gaya.nama_berkas` both use it.

Not Python's `str.format` (whose format specs crash on text, pad by nested fields or allocate without
bound): literal text, and fields `{name}` or `{name:0N}` (the value padded with zeros to N characters, N
at most 9), each name one of the fields its user allows. Nothing else.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

from naskah.errors import PolaNomorError

# A field: a name, optionally ':' and a spec; a brace inside it (nesting) makes it unmatched.
_FIELD = re.compile(r"\{([^{}:]*)(?::([^{}]*))?\}")
_PAD = re.compile(r"0([1-9])")


@dataclasses.dataclass(frozen=True)
class _Isian:
    name: str
    width: int  # 0: as written


def _parse(pola: str, names: Sequence[str]) -> list[str | _Isian]:
    """Return `pola` as literal texts and fields; raise `PolaNomorError` for anything else."""
    parts: list[str | _Isian] = []
    position = 0
    for match in _FIELD.finditer(pola):
        parts.append(_literal(pola[position : match.start()]))
        parts.append(_field(match, names))
        position = match.end()
    parts.append(_literal(pola[position:]))
    return [part for part in parts if part != ""]


def _literal(text: str) -> str:
    if "{" in text or "}" in text:
        fragment = text[text.find("{") :] if "{" in text else text[: text.find("}") + 1]
        raise PolaNomorError(
            f"kurung kurawal tidak berpasangan atau bersarang di '{fragment[:40]}'",
            "tiap isian ditulis {nama} atau {nama:03}, tanpa kurung kurawal di dalamnya",
        )
    return text


def _field(match: re.Match[str], names: Sequence[str]) -> _Isian:
    name, spec = match.group(1).strip(), match.group(2)
    if name not in names:
        what = f"isian '{{{name}}}' tidak dikenal" if name else "isian '{}' tanpa nama"
        raise PolaNomorError(what, f"pilih dari: {', '.join(names)}")
    if spec is None:
        return _Isian(name, 0)
    pad = _PAD.fullmatch(spec.strip())
    if pad is None:
        raise PolaNomorError(
            f"format ':{spec}' pada isian '{{{name}}}' tidak dikenal",
            f"yang boleh hanya angka nol diikuti lebar 1 sampai 9, mis. {{{name}:03}} menjadi 007",
        )
    return _Isian(name, int(pad.group(1)))


def isian(pola: str, names: Sequence[str]) -> list[str]:
    """Return the field names used by `pola`; an invalid pattern raises `PolaNomorError` (a ValueError)."""
    return [part.name for part in _parse(pola, names) if isinstance(part, _Isian)]


def masalah(pola: str, names: Sequence[str]) -> PolaNomorError | None:
    """Return what is wrong with `pola` (its message names the field and what is allowed), or None."""
    try:
        _parse(pola, names)
    except PolaNomorError as exc:
        return exc
    return None


def isi(pola: str, values: Mapping[str, str], names: Sequence[str]) -> str:
    """Return `pola` with its fields filled from `values` (zero-padded where the field says so).

    Values are data: nothing in them is ever read as a pattern.
    """
    out = []
    for part in _parse(pola, names):
        if isinstance(part, str):
            out.append(part)
        else:
            out.append(values.get(part.name, "").rjust(part.width, "0"))
    return "".join(out)
