"""Find the template for a document kind: the user's own (sandboxed) or the built-in one."""

from __future__ import annotations

import dataclasses
import struct
import zlib
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from naskah.domain.loader import LoadedEvent
from naskah.errors import TemplateError

BUILTIN = files("naskah.templates")

# One line each for `naskah templat daftar`.
DESCRIPTIONS = {
    "undangan": "Surat undangan (kop, nomor, alamat tujuan, rincian acara, tanda tangan, tembusan)",
    "undangan_daftar": "Surat undangan dengan lampiran DAFTAR UNDANGAN",
    "sambutan": "Naskah sambutan (huruf besar untuk dibacakan)",
    "susunan_acara": "Susunan acara dan daftar petugas",
    "pembawa_acara": "Naskah pembawa acara",
    "daftar_hadir": "Daftar hadir dengan kolom tanda tangan zig-zag",
    "nota_kesepahaman": "Nota kesepahaman / perjanjian kerja sama",
}


@dataclasses.dataclass(frozen=True)
class TemplateChoice:
    """Which template renders a kind, and whether it is the user's (rendered in the sandbox)."""

    source: Path | Traversable
    user_owned: bool
    name: str


def builtin_names() -> list[str]:
    """Return the names of the built-in .docx templates."""
    return sorted(p.name.removesuffix(".docx") for p in BUILTIN.iterdir() if p.name.endswith(".docx"))


def builtin(name: str) -> Traversable:
    """Return the built-in template `name`; raise `TemplateError` naming the choices when absent."""
    candidate = BUILTIN / f"{name}.docx"
    if not candidate.is_file():
        raise TemplateError(f"templat bawaan '{name}' tidak ada; pilihan: {', '.join(builtin_names())}")
    return candidate


def choose(loaded: LoadedEvent, kind: str) -> TemplateChoice:
    """Return the template for `kind`: the event's, else the office profile's, else the built-in one."""
    berkas = loaded.berkas
    user = berkas.templat.get(kind) or berkas.instansi.templat.get(kind)
    if user:
        from naskah.rendering.template_check import refuse_broken  # reads the .docx: only for users' templates

        refuse_broken(Path(user), Path(user).name)
        return TemplateChoice(Path(user), True, Path(user).name)
    return TemplateChoice(builtin(kind), False, f"{kind}.docx")


def _png_bening() -> bytes:
    """Return a 1 × 1 fully transparent PNG: keeps a picture's place empty without a placeholder showing."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0\0\0\0\0"))
        + chunk(b"IEND", b"")
    )


BENING = _png_bening()


def images(loaded: LoadedEvent) -> dict[str, bytes]:
    """Return the pictures for the templates' `logo` and `garuda` marks; an image not given prints nothing,
    never the template's grey or gold placeholder."""
    instansi = loaded.berkas.instansi
    chosen = {"logo": instansi.logo, "garuda": instansi.lambang_negara}
    return {name: Path(path).read_bytes() if path else BENING for name, path in chosen.items()}
