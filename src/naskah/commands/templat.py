"""`naskah templat`: list the built-in templates, copy one to edit, check a user's template before using it."""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterable
from pathlib import Path

from naskah.docx import check as template_check
from naskah.docx import names as template_names
from naskah.docx.check import Finding
from naskah.errors import NaskahError, TemplateError, UsageError
from naskah.jenis import NAMA_TEMPLAT
from naskah.jenis import _templates as registry
from naskah.jenis._filters import make_document_environment
from naskah.keluaran import atomic_write_bytes, output_errors


def daftar() -> list[str]:
    """Return one line per built-in template: its name and what it is for."""
    names = registry.builtin_names()
    width = max(map(len, names), default=0)
    return [f"{name:<{width}}  {registry.description(name)}".rstrip() for name in names]


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
    peringatan: tuple[Finding, ...] = ()  # what naskah repairs or reads as text; the template still works

    def lines(self) -> list[str]:
        """Return the report as the lines printed for the clerk."""
        jenis = f"jenis {self.jenis}" if self.jenis else "jenis tidak diketahui (pakai --jenis)"
        lines = [f"{self.berkas}: {jenis}", f"Data yang dipakai ({len(self.dipakai)}):"]
        lines += [f"  {name}" for name in self.dipakai] or ["  (tidak ada tag)"]
        lines += [f"  peringatan: {finding}" for finding in self.peringatan]
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
    found = [finding for p in paragraphs for finding in template_check.broken_tags(p)]
    broken = [finding for finding in found if finding.blocking]
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
    warnings = tuple(finding for finding in found if not finding.blocking)
    return Laporan(berkas, jenis, _outermost(u.path for u in uses), tuple(problems), warnings)


def coba_isi(berkas: Path, jenis: str) -> list[Finding]:
    """Return the error of filling `berkas` with every example context of `jenis` in the sandbox, if any.

    The same fill runs whenever an event chooses a user's template, so `periksa` and generation agree.
    """
    try:
        registry.try_example_fill(berkas, jenis)
    except NaskahError as exc:
        return [Finding(f"gagal diisi dengan data contoh: {exc.__cause__ or exc}")]
    return []


def _outermost(paths: Iterable[str]) -> tuple[str, ...]:
    """Return `paths` without those that only lead to another (``kop`` when ``kop.alamat`` is there), shown."""
    unique = list(dict.fromkeys(paths))
    inner = {p[:i] for p in unique for i in range(len(p)) if p[i] in ".["}
    return tuple(_shown(p) for p in unique if p not in inner)


def tebak_jenis(berkas: Path) -> str | None:
    """Return the document kind named at the start of the file name (``undangan-dinas.docx`` → undangan)."""
    stem = berkas.stem.lower().replace("-", "_")
    matches = [kind for kind in NAMA_TEMPLAT if stem.startswith(kind)]
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


def tersedia(jenis: str) -> template_names.Available:
    """Return the data paths naskah gives a template of kind `jenis`, read from real example contexts."""
    return template_names.available(registry.example_contexts(jenis))
