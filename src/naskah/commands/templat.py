"""`naskah templat`: list the built-in templates, copy one to edit, check a user's template before using it."""

from __future__ import annotations

import dataclasses
import difflib
import functools
from collections.abc import Callable, Iterable, Mapping
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from naskah.errors import NaskahError, TemplateError, UsageError
from naskah.rendering import registry, template_check, template_names
from naskah.rendering.filters import make_document_environment
from naskah.rendering.output import atomic_write_bytes, output_errors
from naskah.rendering.template_check import Finding

STARTERS = ("advokasi", "upacara", "hari-kartini", "rapat")  # the `naskah init` examples, shipped in the package


def daftar() -> list[str]:
    """Return one line per built-in template: its name and what it is for."""
    names = registry.builtin_names()
    width = max(map(len, names), default=0)
    return [f"{name:<{width}}  {registry.DESCRIPTIONS.get(name, '')}".rstrip() for name in names]


def salin(nama: str, tujuan: Path, *, timpa: bool) -> Path:
    """Copy built-in template `nama` into folder `tujuan` (or to file `tujuan` ending in .docx); return the copy."""
    source = registry.builtin(nama.removesuffix(".docx"))
    target = tujuan if tujuan.suffix.lower() == ".docx" else tujuan / source.name
    if target.exists() and not timpa:
        raise UsageError(f"{target} sudah ada; gunakan --timpa untuk menimpanya")
    with output_errors(target):
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(target, source.read_bytes())
    return target


@dataclasses.dataclass(frozen=True)
class Laporan:
    """What `periksa` found in a template: the data it reads and the problems, each with its paragraph."""

    berkas: Path
    jenis: str | None
    dipakai: tuple[str, ...]
    masalah: tuple[Finding, ...]

    def lines(self) -> list[str]:
        """Return the report as the lines printed for the clerk."""
        jenis = f"jenis {self.jenis}" if self.jenis else "jenis tidak diketahui (pakai --jenis)"
        lines = [f"{self.berkas}: {jenis}", f"Data yang dipakai ({len(self.dipakai)}):"]
        lines += [f"  {name}" for name in self.dipakai] or ["  (tidak ada tag)"]
        if not self.masalah:
            return [*lines, "Tidak ada masalah."]
        lines.append(f"{len(self.masalah)} masalah:")
        return lines + [f"  - {finding}" for finding in self.masalah]


def periksa(berkas: Path, jenis: str | None = None) -> Laporan:
    """Check the user's template `berkas` for kind `jenis` (guessed from the file name when None)."""
    if not berkas.is_file():
        raise TemplateError(f"{berkas}: berkas templat tidak ditemukan")
    jenis = jenis or tebak_jenis(berkas)
    paragraphs = [p for p in template_check.paragraphs(berkas) if p.tags or "{" in p.text]
    broken = [finding for p in paragraphs for finding in template_check.broken_tags(p)]
    damaged = {id(finding.paragraph) for finding in broken}
    readable = [p if id(p) not in damaged else dataclasses.replace(p, tags=()) for p in paragraphs]
    env = make_document_environment(sandboxed=True)
    uses, syntax = template_names.uses(readable, env)
    problems = broken + syntax + template_names.unknown_filters(readable, env)
    problems += template_names.unsafe_attributes(readable, env)
    if jenis is not None:
        problems += _not_provided(uses, tersedia(jenis))
    if jenis is not None and not problems:
        problems += coba_isi(berkas, jenis)
    return Laporan(berkas, jenis, _outermost(u.path for u in uses), tuple(problems))


def coba_isi(berkas: Path, jenis: str) -> list[Finding]:
    """Return the error of filling `berkas` with every example context of `jenis` in the sandbox, if any."""
    from naskah.rendering.docx_engine import PreparedTemplate

    try:
        template = PreparedTemplate.load(berkas, make_document_environment(sandboxed=True))
        for context in contoh_konteks(jenis):
            template.render_part_xml(context)
    except NaskahError as exc:
        return [Finding(f"gagal diisi dengan data contoh: {exc}")]
    return []


def _outermost(paths: Iterable[str]) -> tuple[str, ...]:
    """Return `paths` without those that only lead to another (``kop`` when ``kop.alamat`` is there), shown."""
    unique = list(dict.fromkeys(paths))
    inner = {p[:i] for p in unique for i in range(len(p)) if p[i] in ".["}
    return tuple(_shown(p) for p in unique if p not in inner)


def tebak_jenis(berkas: Path) -> str | None:
    """Return the document kind named at the start of the file name (``undangan-dinas.docx`` → undangan)."""
    stem = berkas.stem.lower().replace("-", "_")
    matches = [kind for kind in KONTEKS if stem.startswith(kind)]
    return max(matches, key=len) if matches else None


def _not_provided(uses: Iterable[template_names.Use], offered: template_names.Available) -> list[Finding]:
    seen: set[tuple[str, int]] = set()
    found = []
    for use in uses:
        key = (use.path, id(use.paragraph))
        if key not in seen and not offered.provides(use.path):
            seen.add(key)
            found.append(
                Finding(
                    f"data '{_shown(use.path)}' tidak disediakan naskah untuk naskah ini{_maybe(use.path, offered)}",
                    use.paragraph,
                )
            )
    return found


def _maybe(path: str, offered: template_names.Available) -> str:
    close = difflib.get_close_matches(path, sorted(offered.paths), n=1, cutoff=0.6)
    return f"; mungkin maksudnya '{_shown(close[0])}'" if close else ""


def _shown(path: str) -> str:
    return path.replace("[]", "[…]")


# --------------------------------------------------------------------------- what naskah provides per kind


def _undangan(loaded: Any) -> list[Mapping[str, Any]]:
    from naskah.rendering import undangan_context

    batch = undangan_context.siapkan(loaded)
    return [batch.untuk(penerima) for penerima in loaded.berkas.penerima]


def _undangan_daftar(loaded: Any) -> list[Mapping[str, Any]]:
    from naskah.rendering import undangan_context

    return [undangan_context.siapkan(loaded).daftar(loaded.berkas)]


def _sambutan(loaded: Any) -> list[Mapping[str, Any]]:
    from naskah.rendering.sambutan_context import sambutan_context

    return [sambutan_context(item, loaded.berkas) for item in loaded.berkas.sambutan]


def _susunan_acara(loaded: Any) -> list[Mapping[str, Any]]:
    from naskah.rendering.susunan_context import susunan_context, susunan_dari

    return [susunan_context(loaded.berkas, susunan_dari(loaded)[0])]


def _pembawa_acara(loaded: Any) -> list[Mapping[str, Any]]:
    from naskah.rendering.susunan_context import pembawa_acara_context, susunan_dari

    return [pembawa_acara_context(loaded.berkas, susunan_dari(loaded)[0])]


def _daftar_hadir(loaded: Any) -> list[Mapping[str, Any]]:
    from naskah.rendering import daftar_hadir_context

    return list(daftar_hadir_context.susun(loaded).lembar)


def _nota_kesepahaman(loaded: Any) -> list[Mapping[str, Any]]:
    from naskah.rendering import nota_context

    return [nota_context.susun(loaded)]


# Kind → (command module whose `punya_data` says the example has data for it, context builder).
KONTEKS: dict[str, tuple[str, Callable[[Any], Iterable[Mapping[str, Any]]]]] = {
    "undangan": ("undangan", _undangan),
    "undangan_daftar": ("undangan", _undangan_daftar),
    "sambutan": ("sambutan", _sambutan),
    "susunan_acara": ("susunan_acara", _susunan_acara),
    "pembawa_acara": ("susunan_acara", _pembawa_acara),
    "daftar_hadir": ("daftar_hadir", _daftar_hadir),
    "nota_kesepahaman": ("nota_kesepahaman", _nota_kesepahaman),
}


def tersedia(jenis: str) -> template_names.Available:
    """Return the data paths naskah gives a template of kind `jenis`, read from real example contexts."""
    return template_names.available(contoh_konteks(jenis))


@functools.cache
def contoh_konteks(jenis: str) -> tuple[Mapping[str, Any], ...]:
    """Return the contexts naskah builds for kind `jenis` from the example events.

    The examples are the starter event files of `naskah init`, shipped in the package, so the answer
    follows the context builders themselves and cannot drift from what rendering provides.
    """
    import importlib

    from naskah.domain.loader import load_event

    if jenis not in KONTEKS:
        raise UsageError(f"jenis '{jenis}' tidak dikenal; pilihan: {', '.join(KONTEKS)}")
    module, build = KONTEKS[jenis]
    commands = importlib.import_module(f"naskah.commands.{module}")
    contexts: list[Mapping[str, Any]] = []
    for name in STARTERS:
        with as_file(files("naskah.templates") / "awal" / f"{name}.yaml") as path:
            loaded = load_event(path)
        if commands.punya_data(loaded):
            contexts += build(loaded)
    return tuple(contexts)
