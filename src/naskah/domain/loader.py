"""Load an event file: read YAML (and its profile and recipient list), validate everything, report all at once."""

from __future__ import annotations

import dataclasses
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from naskah.domain import schema
from naskah.domain.daftar_penerima import DaftarPenerima
from naskah.domain.keys import unknown_key_warnings
from naskah.domain.messages import translate_errors
from naskah.domain.penerima_berkas import ada, baris_penerima, berkas_ada
from naskah.domain.semantics import check_semantics
from naskah.domain.yamlio import YamlDocument, read_yaml
from naskah.errors import InputFileError, Problem

# XML 1.0 cannot carry C0 control characters other than tab/newline; Excel pastes them in.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
MAX_TEXT = 5000


@dataclasses.dataclass(frozen=True)
class Sources:
    """Where each part of the merged data came from, to point problems at the right file and line."""

    event: YamlDocument
    profile: YamlDocument | None = None
    penerima_file: Path | None = None
    # Each recipient's row in the list file (or its place in the event file, once chosen): compact, not a tuple.
    penerima_rows: Sequence[int] = ()

    def locate(self, key_path: str, message: str, hint: str = "") -> Problem:
        """Return a `Problem` for `key_path` in whichever file holds it."""
        if self.profile is not None and (key_path == "instansi" or key_path.startswith("instansi.")):
            inner = key_path.removeprefix("instansi").lstrip(".")
            return Problem(str(self.profile.path), inner or key_path, message, hint, self.profile.line_of(inner))
        match = re.match(r"penerima\[(\d+)\]\.?(.*)", key_path)
        if self.penerima_file is not None and match:
            row = self.penerima_rows[int(match.group(1)) - 1]
            column = f", kolom {match.group(2)}" if match.group(2) else ""
            return Problem(str(self.penerima_file), f"baris {row}{column}", message, hint)
        if match and self.penerima_rows:  # recipients of the event file, chosen: point at their own place
            key_path = f"penerima[{self.penerima_rows[int(match.group(1)) - 1]}]" + key_path[match.end(1) + 1 :]
        return Problem(str(self.event.path), key_path, message, hint, self.event.line_of(key_path))


@dataclasses.dataclass(frozen=True)
class LoadedEvent:
    """A valid event: the data, where it came from, and the warnings worth showing."""

    berkas: schema.BerkasAcara
    path: Path
    warnings: tuple[Problem, ...]
    sources: Sources | None = dataclasses.field(default=None, compare=False, repr=False)

    @property
    def folder(self) -> Path:
        """Return the folder relative paths in the event file are resolved from."""
        return self.path.parent

    def nama_penerima(self, index: int, penerima: schema.Penerima | None = None) -> str:
        """Return how messages name recipient `index` (0-based): its row in the list file, or its place here.

        A writer that already holds the recipient passes it as `penerima`, saving a lookup per letter.
        """
        penerima = self.berkas.penerima[index] if penerima is None else penerima
        who = penerima.nama or penerima.jabatan or ""
        if self.sources is not None and self.sources.penerima_file is not None:
            where = f"{self.sources.penerima_file.name} baris {self.sources.penerima_rows[index]}"
        elif self.sources is not None and self.sources.penerima_rows:  # chosen with naskah.domain.pilih
            where = f"penerima ke-{self.sources.penerima_rows[index]}"
        else:
            where = f"penerima ke-{index + 1}"
        return f"{where} ({who})" if who else where

    def locate(self, key_path: str, message: str, hint: str = "") -> Problem:
        """Return a `Problem` at `key_path`, in the file and at the line that hold it (the list's row for penerima)."""
        if self.sources is None:
            return Problem(str(self.path), key_path, message, hint)
        return self.sources.locate(key_path, message, hint)


def load_event(path: Path | str, penerima: Path | str | None = None, baris_judul: int | None = None) -> LoadedEvent:
    """Read and validate the event file at `path`; raise `InputFileError` listing every problem.

    `penerima` names a CSV/XLSX recipient list used instead of the event file's own `penerima`;
    `baris_judul` is the row of that list holding the column headers (found by itself when None).
    """
    path = Path(path)
    if penerima is not None and not ada(Path(penerima)):
        raise InputFileError(
            [
                Problem(
                    str(penerima), "", "berkas daftar penerima tidak ditemukan", "periksa nama berkas pada --penerima"
                )
            ]
        )
    document = read_yaml(path)
    if penerima is not None and isinstance(document.data, dict):
        # An absolute path: the list is read and validated exactly as if the event file named it.
        document = dataclasses.replace(document, data={**document.data, "penerima": str(Path(penerima).resolve())})
    errors: list[Problem] = []
    warnings: list[Problem] = []
    if not isinstance(document.data, dict):
        raise InputFileError(
            [
                Problem(
                    str(path),
                    "",
                    "berkas acara harus berisi bagian-bagian 'kunci: nilai'",
                    "mulai dari 'naskah init' untuk contoh berkas yang benar",
                    1,
                )
            ]
        )
    data, sources = _merge_sources(document, errors, warnings, baris_judul)
    # The recipients are validated one by one into a compact list, the rest of the file as one model.
    items = data.pop("penerima") if isinstance(data.get("penerima"), (list, _Baris)) else None
    data = _clean_text(data, "", sources, errors, warnings)
    warnings += unknown_key_warnings(data, schema.BerkasAcara, sources.locate)
    berkas = _validate(data, sources, errors)
    if items is not None:
        daftar = _validate_penerima(items, sources, errors, warnings)
        berkas = berkas.model_copy(update={"penerima": daftar}) if berkas is not None and not errors else None
    if berkas is not None:
        berkas = check_semantics(berkas, sources, errors, warnings)
    if errors or berkas is None:  # an invalid model always leaves a problem in `errors`
        raise InputFileError(errors, warnings)
    return LoadedEvent(berkas, path, tuple(warnings), sources)


def _merge_sources(
    document: YamlDocument, errors: list[Problem], warnings: list[Problem], baris_judul: int | None = None
) -> tuple[dict[str, Any], Sources]:
    data = dict(document.data)
    profile = None
    instansi = data.get("instansi")
    if isinstance(instansi, str):
        profile = _read_profile(document, instansi, errors)
        data["instansi"] = _resolve_paths(profile.data, profile.path.parent) if profile else None
    elif isinstance(instansi, dict):
        data["instansi"] = _resolve_paths(instansi, document.path.parent)
    penerima_file: Path | None = None
    rows: array[int] = array("I")  # filled as the list's rows are read
    if isinstance(data.get("penerima"), str):
        penerima_file = _joined(document.path.parent, data["penerima"])
        data["penerima"] = _Baris(penerima_file, document, errors, warnings, baris_judul, rows)
    elif baris_judul is not None:
        warnings.append(
            Problem(
                str(document.path),
                "penerima",
                "--baris-judul diabaikan: penerima ditulis di berkas acara, bukan di berkas .xlsx/.csv",
                "",
                document.line_of("penerima"),
            )
        )
    data["templat"] = _resolve_map(data.get("templat"), document.path.parent)
    if isinstance(data.get("pihak"), list):
        data["pihak"] = [_resolve_paths(p, document.path.parent) if isinstance(p, dict) else p for p in data["pihak"]]
    pks = data.get("perjanjian_kerja_sama")
    if isinstance(pks, dict) and isinstance(pks.get("pihak"), list):
        data["perjanjian_kerja_sama"] = {
            **pks,
            "pihak": [_resolve_paths(p, document.path.parent) if isinstance(p, dict) else p for p in pks["pihak"]],
        }
    return data, Sources(document, profile, penerima_file, rows)


def _read_profile(document: YamlDocument, name: str, errors: list[Problem]) -> YamlDocument | None:
    target = _joined(document.path.parent, name)
    if not berkas_ada(target):
        errors.append(
            Problem(
                str(document.path),
                "instansi",
                f"berkas profil instansi '{name}' tidak ditemukan",
                "tulis letak berkas relatif terhadap berkas acara",
                document.line_of("instansi"),
            )
        )
        return None
    try:
        profile = read_yaml(target)
    except InputFileError as exc:
        errors.extend(exc.problems)
        return None
    if not isinstance(profile.data, dict):
        errors.append(Problem(str(target), "", "profil instansi harus berisi 'kunci: nilai'", "", 1))
        return None
    return profile


def _resolve_paths(instansi: dict[str, Any], folder: Path) -> dict[str, Any]:
    resolved = dict(instansi)
    for key in ("logo", "lambang_negara"):
        if isinstance(resolved.get(key), str):
            resolved[key] = str(_joined(folder, resolved[key]))
    if "templat" in resolved:
        resolved["templat"] = _resolve_map(resolved["templat"], folder)
    return resolved


def _resolve_map(mapping: Any, folder: Path) -> Any:
    if not isinstance(mapping, dict):
        return {} if mapping is None else mapping
    return {key: str(_joined(folder, value)) if isinstance(value, str) else value for key, value in mapping.items()}


def _joined(folder: Path, name: str) -> Path:
    """Return `name` resolved against `folder`; a name the system refuses stays as written, to be reported missing."""
    try:
        return (folder / name).resolve()
    except (OSError, ValueError):
        return (folder / name).absolute()


class _Baris:
    """The rows of a recipient-list file, read as they are validated: no list of every row is built.

    Each row's number is appended to `rows` before the row is handed on, so its problems name it.
    """

    def __init__(
        self,
        target: Path,
        document: YamlDocument,
        errors: list[Problem],
        warnings: list[Problem],
        baris_judul: int | None,
        rows: array[int],
    ) -> None:
        self._args = (target, document, errors, warnings, baris_judul)
        self._rows = rows

    def __iter__(self) -> Iterator[dict[str, str]]:
        target, document, errors, warnings, baris_judul = self._args
        for row in baris_penerima(target, baris_judul, errors, warnings):
            self._rows.append(row.nomor)
            yield row.kolom
        if errors and not ada(target):  # the file the event file names is missing: point at that line
            errors[-1] = dataclasses.replace(
                errors[-1], file=str(document.path), path="penerima", line=document.line_of("penerima")
            )


def _validate_penerima(
    items: Iterable[Any], sources: Sources, errors: list[Problem], warnings: list[Problem]
) -> DaftarPenerima:
    """Return every valid recipient of `items`, packed; each invalid one leaves its problems in `errors`."""
    daftar = DaftarPenerima()
    for number, item in enumerate(items, start=1):
        key_path = f"penerima[{number}]"
        cleaned = _clean_text(item, key_path, sources, errors, warnings)
        if isinstance(item, dict) and not isinstance(items, _Baris):  # a list file has known columns only
            warnings += unknown_key_warnings(cleaned, schema.Penerima, sources.locate, key_path)
        try:
            penerima = schema.Penerima.model_validate(cleaned)
        except ValidationError as exc:

            def locate(inner: str, message: str, hint: str = "", at: str = key_path) -> Problem:
                return sources.locate(f"{at}.{inner}" if inner else at, message, hint)

            errors.extend(translate_errors(exc, cleaned, locate))
            continue
        if not errors:  # once one row fails nothing is rendered: the rest are only checked
            daftar.tambah(penerima)
    return daftar


def _clean_text(value: Any, key_path: str, sources: Sources, errors: list[Problem], warnings: list[Problem]) -> Any:
    if isinstance(value, str):
        return _clean_string(value, key_path, sources, errors, warnings)
    if isinstance(value, dict):
        return {key: _clean_text(item, _join(key_path, key), sources, errors, warnings) for key, item in value.items()}
    if isinstance(value, list):
        return [_clean_text(item, f"{key_path}[{i + 1}]", sources, errors, warnings) for i, item in enumerate(value)]
    return value


def _clean_string(value: str, key_path: str, sources: Sources, errors: list[Problem], warnings: list[Problem]) -> str:
    if len(value) > MAX_TEXT:
        errors.append(
            sources.locate(
                key_path,
                f"teks terlalu panjang ({len(value)} karakter, paling banyak {MAX_TEXT})",
                "pecah menjadi beberapa paragraf atau butir",
            )
        )
    cleaned = _CONTROL.sub("", value)
    if cleaned != value:
        warnings.append(
            sources.locate(
                key_path,
                "karakter kendali (tak terlihat, biasanya dari salinan Excel) dibuang",
                "periksa teksnya bila ada yang hilang",
            )
        )
    return cleaned


def _join(parent: str, key: Any) -> str:
    return f"{parent}.{key}" if parent else str(key)


def _validate(data: dict[str, Any], sources: Sources, errors: list[Problem]) -> schema.BerkasAcara | None:
    try:
        berkas = schema.BerkasAcara.model_validate(data)
    except ValidationError as exc:
        # A missing profile already has its problem; "instansi: harus berupa bagian" would only repeat it.
        known = {(p.file, p.path) for p in errors}
        if isinstance(sources.event.data.get("instansi"), str) and sources.profile is None:
            known.add((str(sources.event.path), "instansi"))  # the unreadable profile has its own problems
        errors.extend(p for p in translate_errors(exc, data, sources.locate) if (p.file, p.path) not in known)
        return None
    return None if errors else berkas
