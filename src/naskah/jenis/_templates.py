"""Choosing and preparing the template of a document kind: the user's own (checked, sandboxed) or the built-in one."""

from __future__ import annotations

import dataclasses
import functools
import struct
import zlib
from collections.abc import Mapping
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from naskah.domain.loader import LoadedEvent
from naskah.errors import NaskahError, TemplateError, UsageError
from naskah.jenis import NAMA_TEMPLAT, semua_templat

if TYPE_CHECKING:
    from naskah.docx import PageSetup, PreparedTemplate

BUILTIN = files("naskah.templates")
STARTERS = ("advokasi", "upacara", "hari-kartini", "rapat")  # the `naskah init` examples, shipped in the package


@dataclasses.dataclass(frozen=True)
class TemplateChoice:
    """Which template renders a kind, and whether it is the user's (rendered in the sandbox)."""

    source: Path | Traversable
    user_owned: bool
    name: str


def builtin_names() -> list[str]:
    """Return the names of the built-in templates, in the order of the table of kinds."""
    return list(NAMA_TEMPLAT)


def description(name: str) -> str:
    """Return what built-in template `name` is for (one line of `naskah templat daftar`)."""
    return semua_templat()[name][1].keterangan


def builtin(name: str) -> Traversable:
    """Return the built-in template `name`; raise `TemplateError` naming the choices when absent."""
    candidate = BUILTIN / f"{name}.docx"
    if name not in NAMA_TEMPLAT or not candidate.is_file():
        raise TemplateError(f"templat bawaan '{name}' tidak ada; pilihan: {', '.join(builtin_names())}")
    return candidate


def choose(loaded: LoadedEvent, kind: str) -> TemplateChoice:
    """Return the template for `kind`: the event's, else the office profile's, else the built-in one.

    A user's template is checked before use exactly as `naskah templat periksa` checks it: broken tags,
    then a fill with the example data, so a template that cannot work stops the run before any letter.
    """
    berkas = loaded.berkas
    user = berkas.templat.get(kind) or berkas.instansi.templat.get(kind)
    if user:
        from naskah.docx.check import refuse_broken  # reads the .docx: only for users' templates

        refuse_broken(Path(user), str(user))
        try_example_fill(Path(user), kind)
        return TemplateChoice(Path(user), True, Path(user).name)
    return TemplateChoice(builtin(kind), False, f"{kind}.docx")


def prepare(
    loaded: LoadedEvent,
    kind: str,
    *,
    page: PageSetup | None,
    user_page: bool = True,
    images: Mapping[str, bytes] | None = None,
) -> PreparedTemplate:
    """Return the template for `kind` prepared once: in the sandbox if it is the user's, on `page`.

    `user_page` False keeps a user's template on its own page setup; `images` maps picture marks to the
    pictures to use instead (`office_images` for the kop's ``logo`` and ``garuda``).
    """
    from naskah.docx import PreparedTemplate
    from naskah.jenis._filters import make_document_environment

    choice = choose(loaded, kind)
    env = make_document_environment(sandboxed=choice.user_owned)
    if choice.user_owned and not user_page:
        page = None
    label = str(choice.source) if choice.user_owned else None  # the clerk's file: its full path in every message
    return PreparedTemplate.load(choice.source, env, page=page, images=images, label=label)


def try_example_fill(source: Path, kind: str) -> None:
    """Raise `TemplateError` if `source` cannot be filled with every example context of `kind` in the sandbox."""
    from naskah.docx import PreparedTemplate
    from naskah.jenis._filters import make_document_environment

    try:
        template = PreparedTemplate.load(source, make_document_environment(sandboxed=True), label=str(source))
        for context in example_contexts(kind):
            template.render_part_xml(context, untuk="data contoh")
    except NaskahError as exc:
        msg = f"{exc} (saat diisi data contoh; periksa dengan 'naskah templat periksa {source}')"
        raise TemplateError(msg) from exc


@functools.cache
def example_contexts(kind: str) -> tuple[Mapping[str, Any], ...]:
    """Return the contexts naskah builds for template `kind` from the example events.

    The examples are the starter event files of `naskah init`, shipped in the package, so the answer
    follows the context builders themselves and cannot drift from what rendering provides.
    """
    from naskah.domain.loader import load_event

    if kind not in NAMA_TEMPLAT:
        raise UsageError(f"jenis templat '{kind}' tidak dikenal; pilihan: {', '.join(NAMA_TEMPLAT)}")
    jenis = semua_templat()[kind][0]
    module = jenis.modul()
    contexts: list[Mapping[str, Any]] = []
    for name in STARTERS:
        with as_file(BUILTIN / "awal" / f"{name}.yaml") as path:
            loaded = load_event(path)
        if module.punya_data(loaded):
            contexts += module.contoh_konteks(kind, loaded)
    return tuple(contexts)


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


def office_images(loaded: LoadedEvent) -> dict[str, bytes]:
    """Return the pictures for the templates' `logo` and `garuda` marks; an image not given prints nothing,
    never the template's grey or gold placeholder."""
    instansi = loaded.berkas.instansi
    chosen = {"logo": instansi.logo, "garuda": instansi.lambang_negara}
    return {name: Path(path).read_bytes() if path else BENING for name, path in chosen.items()}
