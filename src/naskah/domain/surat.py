"""The letter number (nomor surat) built from the office's pattern.

`pola_nomor` is a small template language of its own, not Python's `str.format` (whose format specs
crash on text, pad by nested fields or allocate without bound): literal text, and fields `{name}` or
`{name:0N}` (the value padded with zeros to N characters, N at most 9). Nothing else.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from naskah.domain import bilangan
from naskah.domain.schema import OTOMATIS, Instansi, Surat
from naskah.errors import PolaNomorError, RenderError

ISIAN_NOMOR = ("kka", "urut", "unit", "bulan", "bulan_romawi", "tahun")
# A field: a name, optionally ':' and a spec; a brace inside it (nesting) makes it unmatched.
_FIELD = re.compile(r"\{([^{}:]*)(?::([^{}]*))?\}")
_PAD = re.compile(r"0([1-9])")


@dataclasses.dataclass(frozen=True)
class _Isian:
    name: str
    width: int  # 0: as written


def _parse(pola: str) -> list[str | _Isian]:
    """Return `pola` as literal texts and fields; raise `PolaNomorError` for anything else."""
    parts: list[str | _Isian] = []
    position = 0
    for match in _FIELD.finditer(pola):
        parts.append(_literal(pola[position : match.start()]))
        parts.append(_field(match))
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


def _field(match: re.Match[str]) -> _Isian:
    name, spec = match.group(1).strip(), match.group(2)
    if name not in ISIAN_NOMOR:
        what = f"isian '{{{name}}}' tidak dikenal" if name else "isian '{}' tanpa nama"
        raise PolaNomorError(what, f"pilih dari: {', '.join(ISIAN_NOMOR)}")
    if spec is None:
        return _Isian(name, 0)
    pad = _PAD.fullmatch(spec.strip())
    if pad is None:
        raise PolaNomorError(
            f"format ':{spec}' pada isian '{{{name}}}' tidak dikenal",
            f"yang boleh hanya angka nol diikuti lebar 1 sampai 9, mis. {{{name}:03}} menjadi 007",
        )
    return _Isian(name, int(pad.group(1)))


def isian_pola(pola: str) -> list[str]:
    """Return the field names used by `pola`; an invalid pattern raises `PolaNomorError` (a ValueError)."""
    return [part.name for part in _parse(pola) if isinstance(part, _Isian)]


def masalah_pola(pola: str) -> PolaNomorError | None:
    """Return what is wrong with `pola` (its message names the field and what is allowed), or None."""
    try:
        _parse(pola)
    except PolaNomorError as exc:
        return exc
    return None


def isi_nilai(pola: str, values: dict[str, str]) -> str:
    """Return `pola` with its fields filled from `values` (zero-padded where the field says so)."""
    out = []
    for part in _parse(pola):
        if isinstance(part, str):
            out.append(part)
        else:
            out.append(values.get(part.name, "").rjust(part.width, "0"))
    return "".join(out)


def otomatis(value: str | None) -> bool:
    """Return whether a number field says 'otomatis': taken from the buku agenda when the documents are made."""
    return value is not None and value.strip().lower() == OTOMATIS


def dari_agenda(surat: Surat) -> bool:
    """Return whether the letter's number is to be taken from the buku agenda."""
    return otomatis(surat.nomor) or (not surat.nomor and otomatis(surat.urut))


def isi_pola(pola: str, *, kka: str | None, urut: str | None, unit: str | None, tanggal: dt.date) -> str:
    """Return `pola` filled in: the number of a letter (or an MoU party) dated `tanggal`."""
    values = {
        "kka": kka or "",
        "urut": urut or "",
        "unit": unit or "",
        "bulan": f"{tanggal.month:02d}",
        "bulan_romawi": bilangan.romawi(tanggal.month),
        "tahun": str(tanggal.year),
    }
    return isi_nilai(pola, values)


def nomor_surat(surat: Surat, instansi: Instansi) -> str:
    """Return the letter number: the written `nomor`, or `pola_nomor` filled from the surat data."""
    if dari_agenda(surat):
        # A letter must never be printed with the word 'otomatis' in its number.
        raise RenderError("nomor surat belum diambil dari buku agenda (surat.urut: otomatis)")
    if surat.nomor:
        return surat.nomor
    unit = surat.unit or instansi.singkatan
    return isi_pola(surat.pola_nomor, kka=surat.kka, urut=surat.urut, unit=unit, tanggal=surat.tanggal)


def kekurangan_nomor(surat: Surat, instansi: Instansi) -> list[str]:
    """Return the surat keys still needed to build the number (empty when it can be built)."""
    if surat.nomor and not otomatis(surat.nomor):
        return []
    # 'nomor: otomatis' takes the urut from the buku agenda: only the pattern's other parts are needed.
    urut = OTOMATIS if otomatis(surat.nomor) else surat.urut
    needed = {"kka": surat.kka, "urut": urut, "unit": surat.unit or instansi.singkatan}
    return [key for key in isian_pola(surat.pola_nomor) if key in needed and not needed[key]]
