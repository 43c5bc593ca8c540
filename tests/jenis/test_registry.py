"""The table of kinds is the one answer to "does this event have kind X": periksa, semua and each command agree."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from naskah import jenis
from naskah.cli import main
from naskah.commands import periksa, semua
from naskah.domain.loader import load_event
from naskah.keluaran import read_manifest
from tests.conftest import EXAMPLES
from tests.test_sambutan import salin_contoh

PALOPO = EXAMPLES / "advokasi-palopo.yaml"
PESAWARAN = EXAMPLES / "hari-kartini-pesawaran.yaml"


def _drop(*keys: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        for key in keys:
            data.pop(key, None)

    return change


def _set(**values: Any) -> Callable[[dict[str, Any]], None]:
    return lambda data: data.update(values)


def _blank_attendance_without_list(data: dict[str, Any]) -> None:
    data.pop("penerima")
    data["daftar_hadir"] = {**data.get("daftar_hadir", {}), "isi_dari_penerima": False}


# Events with and without each kind's data, including the edge cases that used to disagree.
VARIANTS = {
    "palopo-semua-jenis": (PALOPO, None),
    "tanpa-penerima": (PALOPO, _drop("penerima")),
    "daftar-hadir-kosong-tanpa-penerima": (PALOPO, _blank_attendance_without_list),
    "tanpa-sambutan-dan-surat": (PALOPO, _drop("sambutan", "surat")),
    "susunan-preset-tanpa-tanpa-langkah": (PALOPO, _set(susunan_acara={"preset": "tanpa"})),
    "tanpa-pihak-dan-nota": (PALOPO, _drop("pihak", "nota_kesepahaman")),
    "pesawaran": (PESAWARAN, None),
    "pesawaran-tanpa-susunan": (PESAWARAN, _drop("susunan_acara")),
}


def run(*args: object) -> Any:
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.mark.parametrize("name", VARIANTS)
def test_periksa_semua_and_each_command_agree_on_which_kinds_an_event_has(tmp_path: Path, name: str) -> None:
    source, change = VARIANTS[name]
    event = salin_contoh(tmp_path, source, change)
    loaded = load_event(event)
    present = {item.nama for item in semua.yang_ada(loaded)}

    announced = run("periksa", event)
    assert announced.exit_code == 0, announced.output
    line = re.search(r"naskah\s+: (.*)", announced.output)
    assert line is not None
    assert line.group(1) == (", ".join(periksa.producible(loaded)) or "belum ada data naskah")
    assert len(periksa.producible(loaded)) == len(present)

    written = run("semua", event, "-o", tmp_path / "semua")
    if present:
        assert written.exit_code == 0, written.output
        assert set(read_manifest(tmp_path / "semua")) == present  # one folder; the manifest says which kind wrote what
    else:
        assert written.exit_code == 1

    for item in jenis.JENIS:
        target = tmp_path / "satu" / item.nama
        result = run(item.perintah, event, "-o", target)
        if item.nama in present:
            assert result.exit_code == 0, (item.nama, result.output)
            assert any(target.iterdir())
        else:
            assert result.exit_code == 1, (item.nama, result.output)
            assert f"belum diisi untuk {item.label}" in result.output
            assert "Traceback" not in result.output and not target.exists()


def test_the_table_names_a_built_in_template_for_every_template_kind() -> None:
    from naskah.jenis import _templates

    for name in jenis.NAMA_TEMPLAT:
        assert _templates.builtin(name).is_file()
    assert len(set(jenis.NAMA_TEMPLAT)) == len(jenis.NAMA_TEMPLAT)


def test_every_kind_module_implements_the_protocol() -> None:
    members = [name for name in jenis.KindModule.__dict__ if not name.startswith("_")]
    for item in jenis.JENIS:
        module = item.modul()
        assert all(callable(getattr(module, member, None)) for member in members), item.nama


def test_every_kind_has_its_cli_command_once() -> None:
    assert len({item.perintah for item in jenis.JENIS}) == len(jenis.JENIS)
    for item in jenis.JENIS:
        assert main.get_command(None, item.perintah) is not None  # type: ignore[arg-type]
