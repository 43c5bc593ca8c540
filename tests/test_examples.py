"""Every example event file passes `periksa` without warnings."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from naskah.cli import main
from tests.conftest import EXAMPLES

EVENTS = sorted(EXAMPLES.glob("*.yaml"))


def test_the_two_reference_events_are_there():
    assert {p.name for p in EVENTS} >= {"advokasi-palopo.yaml", "hari-kartini-pesawaran.yaml"}


@pytest.mark.parametrize("event", EVENTS, ids=[p.stem for p in EVENTS])
def test_example_passes_periksa_without_warnings(event):
    result = CliRunner().invoke(main, ["periksa", str(event)])
    assert result.exit_code == 0, result.output
    assert "peringatan" not in result.output


@pytest.mark.parametrize("event", EVENTS, ids=[p.stem for p in EVENTS])
def test_example_renders_every_document_it_has_data_for(event, tmp_path):
    import zipfile

    import docx

    out = tmp_path / "hasil"
    result = CliRunner().invoke(main, ["semua", str(event), "-o", str(out)])
    assert result.exit_code == 0, result.output
    written = sorted(out.rglob("*.docx"))
    assert written, "tidak ada naskah yang ditulis"
    for path in written:
        docx.Document(str(path))  # reopens
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.endswith(".xml"):
                    xml = archive.read(name).decode("utf-8")
                    assert not any(tag in xml for tag in ("{{", "{%", "}}", "%}")), f"{path.name}:{name}"
