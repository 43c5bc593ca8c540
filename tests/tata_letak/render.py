"""Write the harness's events, render their documents with naskah, and convert them all in one LibreOffice run."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner

from naskah.cli import main
from naskah.pdf.soffice import convert_to_pdf
from tests.tata_letak.acara import acara

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PER_EVENT_RECIPIENTS = 80  # the letters and the attendance sheet take the first ones; the daftar letter all


@dataclasses.dataclass
class Dokumen:
    """One rendered document: its kind, the event it came from, its .docx and (after conversion) its PDF."""

    seed: int
    jenis: str  # undangan, undangan_daftar, sambutan, susunan_acara, pembawa_acara, daftar_hadir, nota_kesepahaman
    event: dict[str, Any]
    docx: Path
    pdf: Path | None = None


KINDS = ("undangan", "undangan_daftar", "sambutan", "susunan-acara", "nota-kesepahaman", "daftar-hadir")


def write_event(folder: Path, event: dict[str, Any]) -> tuple[Path, Path]:
    """Write `event` as `folder`/acara.yaml (first recipients) and acara-daftar.yaml (all of them)."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(EXAMPLES / "profil" / "logo-palopo.png", folder / "logo.png")
    shutil.copy(EXAMPLES / "profil" / "garuda.png", folder / "garuda.png")
    short = {**event, "penerima": event["penerima"][:PER_EVENT_RECIPIENTS]}
    paths = folder / "acara.yaml", folder / "acara-daftar.yaml"
    for path, data in zip(paths, (short, event), strict=True):
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return paths


def render_event(
    folder: Path, seed: int, event: dict[str, Any] | None = None, kinds: tuple[str, ...] = KINDS
) -> list[Dokumen]:
    """Write the `kinds` of document of event `seed` (or `event`) under `folder`; return them (two letters)."""
    event = event if event is not None else acara(seed)
    short, full = write_event(folder, event)
    out = folder / "hasil"
    documents = []
    if "undangan" in kinds:
        _naskah("undangan", short, "-o", out / "undangan", "--hanya", "per-penerima", "--tanpa-daftar")
        documents += [Dokumen(seed, "undangan", event, p) for p in sorted((out / "undangan").glob("*.docx"))[:2]]
    if "undangan_daftar" in kinds and len(event["penerima"]) > 1:
        _naskah("undangan", full, "-o", out / "daftar", "--daftar")
        documents.append(Dokumen(seed, "undangan_daftar", event, out / "daftar" / "undangan-daftar.docx"))
    for command in [k for k in kinds if "-" in k or k == "sambutan"]:
        _naskah(command, short, "-o", out / command)
        for path in sorted((out / command).glob("*.docx")):
            jenis = "pembawa_acara" if path.name.startswith("naskah-pembawa") else command.replace("-", "_")
            documents.append(Dokumen(seed, jenis, event, path))
    return documents


def _naskah(*args: object) -> None:
    result = CliRunner().invoke(main, [*(str(a) for a in args), "--timpa"])
    if result.exit_code != 0:
        raise AssertionError(f"naskah {' '.join(map(str, args))} gagal:\n{result.output}")


def to_pdf(documents: list[Dokumen], outdir: Path) -> None:
    """Convert every document with a single LibreOffice run (its start costs more than a page)."""
    outdir.mkdir(parents=True, exist_ok=True)
    targets = [outdir / f"{d.seed:05d}-{index:03d}-{d.jenis}.pdf" for index, d in enumerate(documents)]
    convert_to_pdf([d.docx for d in documents], outdir, targets=targets)
    for document, target in zip(documents, targets, strict=True):
        document.pdf = target
