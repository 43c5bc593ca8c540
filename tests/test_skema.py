"""Every file naskah writes is valid against the OOXML schema (issue 11): Word opens it without repair.

The validator is tested first: it must catch the misorderings and the on/off value Word rejects. Then a sample
of every kind is written — per recipient, the merged print file, the daftar letter, and a letter from a user's
own template (what naskah adds to it: page setup, section breaks) — and each must have zero schema errors.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from naskah.cli import main
from tests.conftest import EXAMPLES, ROOT
from tests.skema import schema_errors

PALOPO = EXAMPLES / "advokasi-palopo.yaml"
PESAWARAN = EXAMPLES / "hari-kartini-pesawaran.yaml"


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def rewrite_document(source: Path, target: Path, change) -> Path:
    """Copy the .docx `source` to `target` with word/document.xml passed through `change`."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "word/document.xml":
                data = change(data.decode("utf-8")).encode("utf-8")
            new.writestr(item, data)
    return target


@pytest.fixture(scope="module")
def blank(tmp_path_factory) -> Path:
    """python-docx's own blank document with a bordered, centred table in schema order."""
    path = tmp_path_factory.mktemp("skema") / "kosong.docx"
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    document.save(str(path))
    return path


def test_the_validator_passes_python_docx_own_blank_document(blank):
    assert schema_errors(blank) == []


def test_the_validator_catches_properties_out_of_order(blank, tmp_path):
    # w:tblW after w:tblLook: the kind of misordering issue 11 found in the built-in templates.
    def misorder(xml: str) -> str:
        start = xml.index("<w:tblW ")
        end = xml.index("/>", start) + 2
        tbl_w = xml[start:end]
        return xml[:start] + xml[end:].replace("</w:tblPr>", tbl_w + "</w:tblPr>", 1)

    errors = schema_errors(rewrite_document(blank, tmp_path / "salah.docx", misorder))
    assert len(errors) == 1 and "tblW" in errors[0]


def test_the_validator_catches_an_on_off_only_value(blank, tmp_path):
    def header_true(xml: str) -> str:
        return xml.replace("<w:tr>", '<w:tr><w:trPr><w:tblHeader w:val="true"/></w:trPr>', 1)

    changed = rewrite_document(blank, tmp_path / "salah.docx", header_true)
    assert "<w:tblHeader" in zipfile.ZipFile(changed).read("word/document.xml").decode()
    errors = schema_errors(changed)
    assert len(errors) == 1 and "'true'" in errors[0]


@pytest.mark.parametrize("template", sorted((ROOT / "templates").glob("*.docx")), ids=lambda p: p.name)
def test_every_built_in_template_is_schema_valid(template):
    assert schema_errors(template) == []


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> list[Path]:
    """A sample of every kind from both examples: the first letters, the print file, the daftar letter."""
    out = tmp_path_factory.mktemp("semua")
    for example in (PALOPO, PESAWARAN):
        result = run("semua", example, "-o", out / example.stem)
        assert result.exit_code == 0, result.output
    # semua writes flat: the per-recipient letters are the files named by their number.
    letters = sorted((out / PALOPO.stem).glob("0*.docx"))[:2]
    others = [p for p in out.rglob("*.docx") if not p.name[0].isdigit()]
    return letters + sorted(others)


def test_every_kind_written_is_schema_valid(written):
    names = {p.name for p in written}
    assert {"undangan-gabungan.docx", "undangan-daftar.docx", "naskah-pembawa-acara.docx"} <= names
    assert {"susunan-acara.docx", "daftar-hadir.docx", "nota-kesepahaman.docx", "amplop-gabungan.docx"} <= names
    assert any(name.startswith("sambutan-") for name in names) and any(n[0].isdigit() for n in names)
    errors = [line for path in written for line in schema_errors(path)]
    assert errors == []


def test_letters_from_a_users_own_template_stay_schema_valid(tmp_path):
    """naskah's additions to a user's template (page setup, section breaks of the print file) are valid too."""
    template = tmp_path / "undangan-sendiri.docx"
    document = docx.Document()
    document.add_paragraph("Nomor: {{ surat.nomor }}")
    document.add_paragraph("Yth. {{ tujuan.yth }}")
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "{{ surat.hal }}"
    document.add_paragraph("{{ ttd.nama }}")
    document.save(str(template))
    folder = shutil.copytree(EXAMPLES, tmp_path / "contoh")
    event = folder / PALOPO.name
    text = event.read_text(encoding="utf-8")
    event.write_text(text + f"\ntemplat:\n  undangan: {template}\n", encoding="utf-8")
    result = run("undangan", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 0, result.output
    written = sorted((tmp_path / "hasil").glob("*.docx"))
    assert any(p.name == "undangan-gabungan.docx" for p in written)
    assert [line for path in written[:3] + written[-2:] for line in schema_errors(path)] == []
