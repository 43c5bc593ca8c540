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


@dataclasses.dataclass(frozen=True)
class Isian:
    """One piece of data a template of some kind may use: its path, its type, an example value."""

    nama: str
    jenis: str
    contoh: str


def data(jenis: str, acara: Path | None = None) -> tuple[str, list[Isian]]:
    """Return where the values come from and every data path a template of kind `jenis` may use.

    With `acara` the values are the event's own (its first document of that kind: e.g. the first
    recipient's letter); without it, those of the `naskah init` examples.
    """
    from naskah.jenis import semua_templat

    if jenis not in NAMA_TEMPLAT:
        raise UsageError(f"jenis templat '{jenis}' tidak dikenal; pilihan: {', '.join(NAMA_TEMPLAT)}")
    if acara is None:
        contexts = list(registry.example_contexts(jenis))
        source = "contoh bawaan naskah init"
    else:
        from naskah.commands import buat
        from naskah.domain.loader import load_event

        loaded = load_event(acara)
        kind = semua_templat()[jenis][0]
        buat.wajib_ada(kind, loaded)
        contexts = list(kind.modul().contoh_konteks(jenis, loaded))
        source = str(acara)
    offered = template_names.available(contexts)
    values: dict[str, object] = {}
    for context in contexts:
        for key, value in context.items():
            _first_values(value, key, values)
    names = [name for name in values if name in offered.paths or name in offered.open_lists]
    return source, [Isian(_shown(name), _type_name(values[name]), _example(values[name])) for name in names]


def data_lines(jenis: str, acara: Path | None = None) -> list[str]:
    """Return `data` as the lines printed by `naskah templat data`."""
    source, items = data(jenis, acara)
    width = max((len(item.nama) for item in items), default=0)
    kinds = max((len(item.jenis) for item in items), default=0)
    text = next((item.nama for item in items if item.jenis == "teks" and "[" not in item.nama), "…")
    lines = [f"Data untuk templat {jenis} (nilai dari {source}); tulis di templat, mis. {{{{ {text} }}}}:"]
    lines += [f"  {i.nama:<{width}}  {i.jenis:<{kinds}}  {i.contoh}".rstrip() for i in items]
    lines.append(
        "Butir daftar ([…]) diulang dengan {%p for butir in … %} … {%p endfor %} (baris tabel: {%tr for %}); "
        "lihat templat bawaan ('naskah templat salin')."
    )
    return lines


def _first_values(value: object, path: str, values: dict[str, object]) -> None:
    """Record the first value seen at `path` and below (a list: its first item stands for all)."""
    values.setdefault(path, value)
    fields = template_names._fields(value)
    if fields is not None:
        for key, inner in fields.items():
            _first_values(inner, f"{path}.{key}", values)
    elif isinstance(value, list | tuple):
        if not value:
            values.setdefault(f"{path}[]", None)
        for item in value:
            _first_values(item, f"{path}[]", values)


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "ya/tidak"
    if isinstance(value, int | float):
        return "angka"
    if isinstance(value, str):
        return "teks"
    if isinstance(value, list | tuple):
        return f"daftar ({len(value)} butir)"
    if value is None:
        return "kosong"
    return "bagian" if template_names._fields(value) is not None else "nilai"


def _example(value: object) -> str:
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, str | int | float):
        text = " ".join(str(value).split())
        return f"«{text[:57]}…»" if len(text) > 60 else f"«{text}»"
    return ""
