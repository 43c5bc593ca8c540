"""Data is never template code, XML specials survive, user templates stay in the sandbox, file names stay inside."""

from __future__ import annotations

import copy
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from naskah.cli import main
from naskah.keluaran import MANIFEST
from tests.conftest import docx_text
from tests.corpus.berkas import docx_with_body_text, snapshot
from tests.strategies import VALID_EVENT

# 7*191 = 1337: a number that appears nowhere else in the documents.
PAYLOAD = "{{ 7*191 }} {% for x in y %} & < > \" '"
EVALUATED = "1337"

# Every text field that reaches a document, given a marker m00, m01 … then the payload.
FIELD_PATHS: list[tuple[Any, ...]] = [
    ("instansi", "pemerintah"),
    ("instansi", "perangkat_daerah", 0),
    ("instansi", "alamat"),
    ("instansi", "telepon"),
    ("acara", "nama"),
    ("acara", "tempat"),
    ("acara", "pakaian"),
    ("acara", "agenda", 1),
    ("acara", "narahubung"),
    ("surat", "sifat"),
    ("surat", "kalimat_pembuka"),
    ("penandatangan", "jabatan"),
    ("penandatangan", "nama"),
    ("penerima", 0, "nama"),
    ("penerima", 0, "jabatan"),
    ("penerima", 0, "alamat"),
    ("penerima", 1, "jabatan"),
    ("tembusan", 0),
    ("hadirin", 0, "jabatan"),
    ("hadirin", 1),
    ("susunan_acara", "langkah", 0, "acara"),
    ("susunan_acara", "langkah", 0, "oleh"),
    ("petugas", 0, "peran"),
    ("petugas", 0, "nama"),
    ("sambutan", 0, "oleh", "jabatan"),
    ("sambutan", 0, "oleh", "nama"),
    ("sambutan", 0, "isi", 0),
    ("sambutan", 0, "isi", 1, 0),
    ("sambutan", 0, "terima_kasih", 0),
    ("pihak", 0, "instansi"),
    ("pihak", 0, "alamat"),
    ("pihak", 0, "pejabat", "nama"),
    ("pihak", 1, "pejabat", "jabatan"),
    ("nota_kesepahaman", "tentang"),
    ("nota_kesepahaman", "pertimbangan", 0),
    ("pasal", 0, "judul"),
    ("pasal", 0, "ayat", 0),
    ("pasal", 0, "ayat", 1, "butir", 0),
]
MARKERS = {f"m{i:02d}": ".".join(map(str, path)) for i, path in enumerate(FIELD_PATHS)}
BY_FIELD = {field: marker for marker, field in MARKERS.items()}


def injected_event() -> dict[str, Any]:
    """Return the valid event with a marker and the payload inside every field (before a name's gelar)."""
    event = copy.deepcopy(VALID_EVENT)
    for marker, path in zip(MARKERS, FIELD_PATHS, strict=False):
        node = event
        for key in path[:-1]:
            node = node[key]
        head, comma, gelar = node[path[-1]].partition(",")
        node[path[-1]] = f"{head} {marker} {PAYLOAD}{comma}{gelar}"
    return event


# Command → fields that must appear in each of its documents (so nothing after a payload went missing).
COMMANDS: dict[str, tuple[str, ...]] = {
    "undangan": (
        "acara.nama",
        "acara.tempat",
        "acara.agenda.1",
        "surat.kalimat_pembuka",
        "penandatangan.nama",
        "penandatangan.jabatan",
        "tembusan.0",
        "instansi.pemerintah",
        "instansi.alamat",
    ),
    "sambutan": (
        "acara.nama",
        "hadirin.0.jabatan",
        "hadirin.1",
        "sambutan.0.oleh.nama",
        "sambutan.0.isi.0",
        "sambutan.0.isi.1.0",
        "sambutan.0.terima_kasih.0",
    ),
    "susunan-acara": ("acara.nama", "susunan_acara.langkah.0.acara", "susunan_acara.langkah.0.oleh"),
    "daftar-hadir": ("acara.nama", "penerima.0.nama", "penerima.1.jabatan", "penandatangan.nama"),
    "nota-kesepahaman": (
        "pihak.0.instansi",
        "pihak.0.alamat",
        "pihak.0.pejabat.nama",
        "pihak.1.pejabat.jabatan",
        "nota_kesepahaman.tentang",
        "nota_kesepahaman.pertimbangan.0",
        "pasal.0.judul",
        "pasal.0.ayat.0",
        "pasal.0.ayat.1.butir.0",
    ),
    "undangan --daftar": ("acara.nama", "penerima.0.nama", "penerima.1.jabatan", "tembusan.0"),
}


def invoke(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> dict[str, list[tuple[Path, str]]]:
    """Return, per command, every .docx it wrote for the injected event with its visible text."""
    folder = tmp_path_factory.mktemp("suntik")
    event = folder / "acara.yaml"
    event.write_text(
        yaml.safe_dump(injected_event(), allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8"
    )
    written = {}
    for command in COMMANDS:
        out = folder / re.sub(r"\W+", "-", command)
        result = invoke(*command.split(" ", 1)[:1], event, "-o", out, *command.split(" ")[1:])
        assert result.exit_code == 0, f"{command}: {result.output}"
        written[command] = [(p, docx_text(p)) for p in sorted(out.glob("*.docx"))]
        assert written[command], command
    return written


@pytest.mark.parametrize("command", COMMANDS)
def test_payload_prints_literally_in_every_document(documents, command):
    for path, text in documents[command]:
        assert EVALUATED not in text, path.name
        # The daftar letter's lampiran prints each value in the lines naskah broke it into (issue 11): a line
        # break there is a space of the value, not a cut.
        folded = text.casefold().replace("\n", " ")
        for marker in MARKERS:
            if marker in folded:
                # The whole payload follows its marker: nothing evaluated, escaped twice, or cut at '<' or '&'.
                assert f"{marker} {PAYLOAD}".casefold() in folded, f"{path.name}: {MARKERS[marker]}"


@pytest.mark.parametrize("command", COMMANDS)
def test_nothing_after_a_payload_is_lost(documents, command):
    required = COMMANDS[command]
    for path, text in documents[command]:
        missing = [field for field in required if BY_FIELD[field] not in text.casefold()]
        assert not missing, f"{path.name}: {missing}"


def test_every_field_reaches_some_document(documents):
    seen = {
        marker for docs in documents.values() for _, text in docs for marker in MARKERS if marker in text.casefold()
    }
    assert {MARKERS[m] for m in set(MARKERS) - seen} == set()


@pytest.mark.parametrize("command", COMMANDS)
def test_document_xml_is_well_formed_and_holds_no_live_tags(documents, command):
    from lxml import etree

    for path, _ in documents[command]:
        with zipfile.ZipFile(path) as package:
            assert package.testzip() is None
            xml = package.read("word/document.xml")
        etree.fromstring(xml)
        # Escaped once by autoescape: the payload's '<' is '&lt;' in the XML, never a raw or doubly escaped one.
        assert b"&amp;lt;" not in xml and b"&amp;amp;" not in xml


# --------------------------------------------------------------------------- user templates and the sandbox

REACHING = [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'] }}",
    "{{ self._TemplateReference__context }}",
    "{{ namespace.__class__ }}",
    "{{ '' | attr('__class__') }}",
    "{{ '{0.__class__}'.format('') }}",
]
TEMPLATE_KINDS = {
    "undangan": "undangan",
    "sambutan": "sambutan",
    "susunan_acara": "susunan-acara",
    "daftar_hadir": "daftar-hadir",
    "nota_kesepahaman": "nota-kesepahaman",
}


def event_with_template(tmp_path: Path, kind: str, tag: str) -> Path:
    (tmp_path / "templat.docx").write_bytes(docx_with_body_text(tag, kind))
    event = {**copy.deepcopy(VALID_EVENT), "templat": {kind: "templat.docx"}}
    path = tmp_path / "acara.yaml"
    path.write_text(yaml.safe_dump(event, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("tag", REACHING)
@pytest.mark.parametrize("kind", TEMPLATE_KINDS)
def test_user_template_reaching_for_python_internals_is_stopped(tmp_path, kind, tag):
    event = event_with_template(tmp_path, kind, tag)
    before = snapshot(tmp_path)
    result = invoke(TEMPLATE_KINDS[kind], event, "-o", tmp_path / "hasil")
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(  # the user's template is named by its full path
        f"Galat: {tmp_path / 'templat.docx'}: template mencoba menjangkau bagian dalam Python dan dihentikan"
    )
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    assert snapshot(tmp_path) == before


def test_the_same_template_without_the_tag_works(tmp_path):
    event = event_with_template(tmp_path, "undangan", "{{ kop.pemerintah }}")
    result = invoke("undangan", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 0, result.output
    assert "PEMERINTAH KOTA PALOPO" in docx_text(tmp_path / "hasil" / "undangan-gabungan.docx")


# Template code that raises an ordinary Python error is the template's fault too: one line, exit 1.
RAISING = [
    "{{ 1/0 }}",
    "{{ range(1000000) | list }}",
    "{{ tujuan | tanggal }}",
    "{{ kop.pemerintah | romawi }}",
    "{{ 10 ** 100000 }}",
    "{{ 9 ** (9 ** 9) }}",
]


@pytest.mark.parametrize("tag", RAISING)
def test_user_template_raising_a_python_error_is_one_line(tmp_path, tag):
    event = event_with_template(tmp_path, "undangan", tag)
    before = snapshot(tmp_path)
    result = invoke("undangan", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Galat: {tmp_path / 'templat.docx'}: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("tag", ["{{ self }}", "{{ lipsum }}", "{{ cycler }}", "{{ namespace() }}", "{{ kop }}"])
def test_user_template_cannot_print_python_objects(tmp_path, tag):
    event = event_with_template(tmp_path, "undangan", tag)
    before = snapshot(tmp_path)
    result = invoke("undangan", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Galat: {tmp_path / 'templat.docx'}: ")
    assert snapshot(tmp_path) == before


# --------------------------------------------------------------------------- recipient names as file names

NASTY_NAMES = [
    "../../etc/x",
    "CON",
    "nul.txt",
    "a/b\\c",
    "😀👍🏽",
    "N" * 300,
    "..",
    ".",
    "LPT1",
    "com9.docx",
    "/etc/passwd",
    "C:\\Windows\\win.ini",
    "a\tb\nc",
    "\u202eexe.docx",
    "Ñoño Çelik",
    "-rf",
    "~root",
]


def test_recipient_names_make_safe_file_names_inside_the_folder(tmp_path):
    event = {**copy.deepcopy(VALID_EVENT), "penerima": [{"nama": name} for name in NASTY_NAMES]}
    path = tmp_path / "acara.yaml"
    path.write_text(yaml.safe_dump(event, allow_unicode=True, sort_keys=False), encoding="utf-8")
    out = tmp_path / "a" / "b" / "hasil"
    result = invoke("undangan", path, "-o", out, "--tanpa-daftar")
    assert result.exit_code == 0, result.output
    written = sorted(p for p in tmp_path.rglob("*") if p.is_file() and p.name != MANIFEST)
    assert [p.relative_to(tmp_path).as_posix() for p in written if p.parent != out] == ["acara.yaml"]
    names = [p.name for p in written if p.parent == out]
    assert len(names) == len(NASTY_NAMES) + 1  # one letter each, plus the print file
    for name in names:
        stem = name.removesuffix(".docx")
        assert re.fullmatch(r"[A-Za-z0-9_-]+\.docx", name), name
        assert len(name.encode()) <= 120, name
        assert stem.split("-", 1)[-1].upper() not in {"CON", "PRN", "AUX", "NUL", "LPT1", "COM9"}, name
    assert len({n.casefold() for n in names}) == len(names)


@pytest.mark.parametrize("jabatan", ["../../etc/x", "CON", "a/b\\c", "😀"])
def test_the_sambutan_file_name_is_safe_too(tmp_path, jabatan):
    event = copy.deepcopy(VALID_EVENT)
    event["sambutan"][0]["oleh"]["jabatan"] = jabatan
    path = tmp_path / "acara.yaml"
    path.write_text(yaml.safe_dump(event, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = invoke("sambutan", path, "-o", tmp_path / "hasil")
    assert result.exit_code == 0, result.output
    files = [p for p in tmp_path.rglob("*") if p.is_file() and p.name not in ("acara.yaml", MANIFEST)]
    assert len(files) == 1 and files[0].parent == tmp_path / "hasil"
    assert re.fullmatch(r"[A-Za-z0-9_-]+\.docx", files[0].name), files[0].name
