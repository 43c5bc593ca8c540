"""`naskah init`: every starter is the YAML it was made from, and renders through `semua` with no Python
spelling (a list, a mapping, None, True) in any document."""

from __future__ import annotations

import html
import re
import zipfile
from importlib.resources import files
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from naskah.cli import JENIS_INIT, main
from naskah.commands.init import starter_text
from naskah.domain.yamlio import TextLoader

# What Python's str() of a value looks like when it leaks into a document.
ARTEFACTS = ("['", '["', "{'", "None", "True", "False", "[]", "{}")


def all_text(path: Path) -> str:
    """Return the text of every run in every part of a .docx: body, headers, footers, footnotes."""
    with zipfile.ZipFile(path) as archive:
        parts = [
            archive.read(n).decode("utf-8") for n in archive.namelist() if n.startswith("word/") and n.endswith(".xml")
        ]
    runs = ("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)) for xml in parts)
    return html.unescape("\n".join(runs))


@pytest.mark.parametrize("jenis", JENIS_INIT)
def test_the_starter_reads_back_as_the_sample_it_was_written_from(jenis):
    sample = (files("naskah.templates") / "awal" / f"{jenis}.yaml").read_text(encoding="utf-8")
    assert yaml.load(starter_text(jenis), Loader=TextLoader) == yaml.load(sample, Loader=TextLoader)


@pytest.mark.parametrize("jenis", JENIS_INIT)
def test_every_starter_renders_through_semua_without_python_artefacts(tmp_path, jenis):
    event = tmp_path / "acara.yaml"
    runner = CliRunner()
    assert runner.invoke(main, ["init", "--jenis", jenis, str(event)]).exit_code == 0
    result = runner.invoke(main, ["semua", str(event), "-o", str(tmp_path / "hasil")])
    assert result.exit_code == 0, result.output
    documents = sorted((tmp_path / "hasil").rglob("*.docx"))
    assert len(documents) >= 3
    for document in documents:
        text = all_text(document)
        assert len(text) > 100, document
        found = [artefact for artefact in ARTEFACTS if artefact in text]
        assert not found, f"{document.relative_to(tmp_path)}: {found}"


def test_advokasi_speech_prints_its_points_as_points(tmp_path):
    event = tmp_path / "acara.yaml"
    CliRunner().invoke(main, ["init", "--jenis", "advokasi", str(event)])
    CliRunner().invoke(main, ["sambutan", str(event), "-o", str(tmp_path / "s")])
    (speech,) = (tmp_path / "s").glob("*.docx")
    text = all_text(speech)
    assert "Perkuat pendampingan keluarga melalui layanan konseling." in text
    assert "'Perkuat" not in text and "konseling.'" not in text


def test_empty_lists_and_mappings_are_written_as_yaml_not_python():
    from naskah.commands.init import _entry

    assert _entry("tembusan", [], None, 0, explain=False) == ["tembusan: []"]
    assert _entry("templat", {}, None, 0, explain=False) == ["templat: {}"]
    assert _entry("isi", [["a", "b"]], None, 0, explain=False) == ["isi:", '  - - "a"', '    - "b"']
