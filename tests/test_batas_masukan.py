"""Inputs bounded and worded in Indonesian: FIFOs, devices, huge or encrypted files, memory bombs.

The bombs run in a real process under an address-space limit: a reader that inflated them would be
killed (MemoryError, a traceback) instead of exiting 1 with its Indonesian message.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from naskah.cli import main
from tests.corpus.berkas import EVENT, PROFILE, snapshot, with_penerima, workbook
from tests.corpus.kasus import LONG_ALIAS

GIB = 1024**3


def invoke(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def prepared(tmp_path: Path, text: str, files: dict[str, bytes] | None = None) -> Path:
    for name, content in (files or {}).items():
        (tmp_path / name).write_bytes(content)
    event = tmp_path / "acara.yaml"
    event.write_text(text, encoding="utf-8")
    (tmp_path / "hasil").mkdir()
    return event


def xlsx_bomb() -> bytes:
    """Return a valid workbook whose sheet inflates from a few MB to 1 GiB of rows."""
    base = workbook([["nama", "jabatan"], ["Budi", "Lurah Wara"]])
    out = io.BytesIO()
    row = b'<row><c t="inlineStr"><is><t>Budi Santoso</t></is></c><c t="inlineStr"><is><t>Lurah</t></is></c></row>'
    chunk = row * 10_000
    with (
        zipfile.ZipFile(io.BytesIO(base)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target,
    ):
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                target.writestr(info, source.read(info.filename))
                continue
            with target.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
                sheet.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
                written = 0
                while written < GIB:
                    sheet.write(chunk)
                    written += len(chunk)
                sheet.write(b"</sheetData></worksheet>")
    return out.getvalue()


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return xlsx_bomb()


# --------------------------------------------------------------------------- files that are not files


def test_event_file_that_is_a_fifo_is_refused_before_reading(tmp_path):
    fifo = tmp_path / "acara.yaml"
    os.mkfifo(fifo)
    result = invoke("periksa", fifo)  # reading it would block forever
    assert result.exit_code == 1
    assert f"{fifo}: ini bukan berkas biasa" in result.stderr


def test_event_file_that_is_a_device_is_refused_before_reading():
    result = invoke("periksa", "/dev/zero")  # reading it would fill memory
    assert result.exit_code == 1
    assert "/dev/zero: ini bukan berkas biasa" in result.stderr


def test_recipient_list_that_is_a_fifo_is_refused(tmp_path):
    event = prepared(tmp_path, with_penerima("daftar.csv"))
    os.mkfifo(tmp_path / "daftar.csv")
    result = invoke("periksa", event)
    assert result.exit_code == 1
    assert "bukan berkas biasa" in result.stderr


def test_a_plain_large_event_file_is_not_blamed_on_aliases(tmp_path):
    rows = "".join(f"  - nama: Penerima Nomor {i}\n    jabatan: Kepala Seksi {i}\n" for i in range(110_000))
    text = EVENT.split("penerima:")[0] + "penerima:\n" + rows + "tembusan:" + EVENT.split("tembusan:")[1]
    event = prepared(tmp_path, text)
    result = invoke("periksa", event)
    assert result.exit_code == 1
    assert f"{event}: berkas terlalu besar (6,6 MB; paling besar 5 MB)" in result.stderr
    assert "alias" not in result.stderr and ".xlsx" in result.stderr


def test_duplicate_key_in_a_profile_is_one_problem(tmp_path):
    event = prepared(
        tmp_path,
        "instansi: kantor.yaml\nacara:" + EVENT.split("acara:")[1],
        {"kantor.yaml": (PROFILE + "kota: X\n").encode()},
    )
    result = invoke("periksa", event)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "kantor.yaml:" in lines[0] and "dua kali" in lines[0] and "None" not in result.stderr


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (EVENT + "---\nlain: 1\n", "lebih dari satu dokumen"),
        (EVENT + "x: &a 1\ny: &a 2\n", "dipakai dua kali"),
        (EVENT + "x: |0\n  teks\n", "'|' atau '>'"),
        (EVENT + 'x: "\\x4"\n', "kutip ganda"),
        ("%YAML 1.1\n%YAML 1.1\n---\n" + EVENT, "'%YAML'"),
        (EVENT + "x: !<tag:yaml.org,2002:str\n", "tag YAML"),
    ],
)
def test_pyyaml_english_never_reaches_the_user(tmp_path, text, words):
    result = invoke("periksa", prepared(tmp_path, text))
    assert result.exit_code == 1
    assert words in result.stderr, result.stderr
    for english in ("found", "expected", "while", "but "):
        assert english not in result.stderr.replace(str(tmp_path), ""), result.stderr


# --------------------------------------------------------------------------- workbooks


def test_password_protected_workbook_is_called_protected(tmp_path):
    ooxml = pytest.importorskip("msoffcrypto.format.ooxml")
    encrypted = io.BytesIO()
    ooxml.OOXMLFile(io.BytesIO(workbook([["nama", "jabatan"], ["Budi", "Lurah"]]))).encrypt("rahasia", encrypted)
    event = prepared(tmp_path, with_penerima("daftar.xlsx"), {"daftar.xlsx": encrypted.getvalue()})
    before = snapshot(tmp_path)
    result = invoke("undangan", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 1
    assert "daftar.xlsx: berkas Excel ini dilindungi kata sandi" in result.stderr
    assert "tanpa kata sandi" in result.stderr
    assert snapshot(tmp_path) == before


def test_xlsx_bomb_is_refused_by_its_declared_size(tmp_path, bomb):
    event = prepared(tmp_path, with_penerima("daftar.xlsx"), {"daftar.xlsx": bomb})
    before = snapshot(tmp_path)
    result = invoke("undangan", event, "-o", tmp_path / "hasil")
    assert result.exit_code == 1
    assert "daftar.xlsx: berkas Excel terlalu besar: bagian 'xl/worksheets/sheet1.xml' 1 GB" in result.stderr
    assert "paling besar 50 MB" in result.stderr
    assert snapshot(tmp_path) == before


def test_too_many_rows_are_refused_with_the_limit(tmp_path, monkeypatch):
    from naskah.domain import lembar_xlsx

    monkeypatch.setattr(lembar_xlsx, "MAX_BARIS", 50)
    book = workbook([["nama", "jabatan"]] + [[f"P{i}", "Staf"] for i in range(60)])
    event = prepared(tmp_path, with_penerima("daftar.xlsx"), {"daftar.xlsx": book})
    result = invoke("periksa", event)
    assert result.exit_code == 1
    assert "daftar.xlsx: daftar terlalu panjang: lebih dari 50 baris berisi" in result.stderr


# --------------------------------------------------------------------------- bombs under a memory limit


LIMITED = textwrap.dedent("""\
    import resource, sys
    resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
    from naskah.cli import main
    sys.argv = ["naskah", *sys.argv[1:]]
    main()
    """)


def run_limited(*args: object) -> subprocess.CompletedProcess[str]:
    code = LIMITED.format(limit=GIB)
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True, check=False, timeout=300
    )


def test_the_limit_is_real():
    # The same harness dies on a gigabyte of its own: the bombs below pass because they are bounded.
    done = subprocess.run(
        [sys.executable, "-c", LIMITED.format(limit=GIB).split("from naskah")[0] + "b = bytearray(2 * 1024**3)\n"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode != 0 and "MemoryError" in done.stderr


def test_xlsx_bomb_under_an_address_space_limit(tmp_path, bomb):
    event = prepared(tmp_path, with_penerima("daftar.xlsx"), {"daftar.xlsx": bomb})
    done = run_limited("undangan", event, "-o", tmp_path / "hasil")
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr
    assert "berkas Excel terlalu besar" in done.stderr
    assert list((tmp_path / "hasil").iterdir()) == []


def test_yaml_alias_bomb_under_an_address_space_limit(tmp_path):
    event = prepared(tmp_path, LONG_ALIAS)
    done = run_limited("undangan", event, "-o", tmp_path / "hasil")
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr
    assert "berkas terlalu besar setelah alias '*…' diuraikan" in done.stderr
    assert list((tmp_path / "hasil").iterdir()) == []


def test_penerima_option_naming_a_fifo_says_what_it_is(tmp_path):
    event = prepared(tmp_path, EVENT)
    os.mkfifo(tmp_path / "daftar.csv")
    result = invoke("undangan", event, "-o", tmp_path / "hasil", "--penerima", tmp_path / "daftar.csv")
    assert result.exit_code == 1
    assert f"{tmp_path / 'daftar.csv'}: ini bukan berkas biasa" in result.stderr
