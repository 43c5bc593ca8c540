"""Fuzzing: whatever the event file or recipient list holds, naskah ends in a result or a NaskahError."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from naskah.domain.lembar import GALAT_EXCEL, TANPA_LEBAR
from naskah.domain.loader import LoadedEvent, load_event
from naskah.domain.penerima_berkas import baca_penerima
from naskah.errors import InputFileError, NaskahError
from tests import strategies as s

# CI budget; NASKAH_FUZZ=2000 for a long local run.
EXAMPLES = int(os.environ.get("NASKAH_FUZZ", "80"))
FUZZ = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


def load_or_error(text: str | bytes, extra: dict[str, str | bytes] | None = None) -> LoadedEvent | None:
    """Return the loaded event written as `text`, or None after checking its NaskahError names the file."""
    with tempfile.TemporaryDirectory() as folder:
        for name, content in (extra or {}).items():
            s.write(Path(folder), name, content)
        path = s.write(Path(folder), "acara.yaml", text)
        try:
            return load_event(path)
        except InputFileError as exc:
            assert exc.problems, "InputFileError tanpa masalah"
            assert all(p.file and str(p).startswith(p.file) for p in exc.problems)
            return None
        except NaskahError as exc:
            assert str(exc).strip()
            return None


def test_the_valid_base_is_valid():
    loaded = load_or_error(s.dump(s.VALID_EVENT))
    assert loaded is not None
    assert loaded.warnings == ()
    assert len(loaded.berkas.penerima) == 3 and len(loaded.berkas.pihak) == 2


@FUZZ
@given(s.event_trees())
def test_random_yaml_trees(tree):
    load_or_error(s.dump(tree))


@FUZZ
@given(s.yaml_trees())
def test_random_top_level_values(tree):
    assert load_or_error(s.dump(tree)) is None or isinstance(tree, dict)


@FUZZ
@given(s.damaged_events())
def test_valid_event_with_random_nodes_replaced_or_deleted(event):
    load_or_error(s.dump(event))


@FUZZ
@given(s.retexted_events())
def test_valid_event_with_random_text_in_its_fields(event):
    loaded = load_or_error(s.dump(event))
    if loaded is not None:
        # Whatever was accepted is stored without the characters XML cannot carry.
        assert "\x07" not in loaded.berkas.model_dump_json()


@FUZZ
@given(s.mangled_yaml())
def test_valid_event_text_with_random_edits(text):
    load_or_error(text)


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes_as_event_file(data):
    load_or_error(data)


# --------------------------------------------------------------------------- recipient lists


def read_table(name: str, content: bytes):
    """Return what `baca_penerima` makes of `content` saved as `name`, checking every problem names it."""
    with tempfile.TemporaryDirectory() as folder:
        path = s.write(Path(folder), name, content)
        result = baca_penerima(path)
    for problem in (*result.masalah, *result.peringatan):
        assert problem.file == str(path)
    return result


@FUZZ
@given(s.tables(), st.sampled_from(("utf-8", "utf-8-sig", "cp1252")), st.sampled_from((",", ";", "\t")))
def test_random_csv_tables(rows, encoding, delimiter):
    read_table("daftar.csv", s.csv_bytes(rows, encoding, delimiter))


@settings(FUZZ, max_examples=max(EXAMPLES // 2, 1))
@given(s.tables())
def test_random_xlsx_tables(rows):
    read_table("daftar.xlsx", s.xlsx_bytes(rows))


@settings(FUZZ, max_examples=max(EXAMPLES // 2, 1))
@given(s.broken_xlsx())
def test_damaged_xlsx_files(data):
    read_table("daftar.xlsx", data)


@FUZZ
@given(st.binary(max_size=400), st.sampled_from(("daftar.csv", "daftar.xlsx")))
def test_random_bytes_as_recipient_list(data, name):
    read_table(name, data)


@FUZZ
@given(s.tables())
def test_random_csv_through_the_loader(rows):
    event = {**s.VALID_EVENT, "penerima": "daftar.csv"}
    load_or_error(s.dump(event), {"daftar.csv": s.csv_bytes(rows)})


# Text that prints something: a cell of only invisible characters (soft hyphen, zero-width space) counts as empty.
# Excel's error values (#N/A, #CALC! …) in a cell are refused on purpose (the formula lost its data).
SIMPLE_TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=30).filter(
    lambda text: (
        any(not char.isspace() and char not in TANPA_LEBAR for char in text) and text.strip().upper() not in GALAT_EXCEL
    )
)


@FUZZ
@given(
    st.lists(st.tuples(SIMPLE_TEXT, SIMPLE_TEXT), min_size=1, max_size=6),
    st.sampled_from(("utf-8", "utf-8-sig")),
    st.sampled_from((",", ";", "\t")),
)
def test_csv_cells_come_back_exactly(pairs, encoding, delimiter):
    result = read_table("daftar.csv", s.csv_bytes([["nama", "jabatan"], *pairs], encoding, delimiter))
    assert not result.masalah
    assert [(b.kolom["nama"], b.kolom["jabatan"]) for b in result.baris] == [(n.strip(), j.strip()) for n, j in pairs]


@settings(FUZZ, max_examples=max(EXAMPLES // 3, 1))
@given(st.lists(st.tuples(SIMPLE_TEXT, SIMPLE_TEXT), min_size=1, max_size=6))
def test_xlsx_cells_come_back_exactly(pairs):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    assume(not any(ILLEGAL_CHARACTERS_RE.search(n + j) for n, j in pairs))
    assume(not any(cell.startswith("=") for pair in pairs for cell in pair))  # openpyxl writes those as formulas
    result = read_table("daftar.xlsx", s.xlsx_bytes([["nama", "jabatan"], *pairs]))
    assert [(b.kolom["nama"], b.kolom["jabatan"]) for b in result.baris] == [(n.strip(), j.strip()) for n, j in pairs]


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_csv_without_a_trailing_newline_or_with_crlf(encoding, tmp_path):
    result = read_table("daftar.csv", "nama;jabatan\r\nBudi;Lurah Wara".encode(encoding))
    assert [b.kolom for b in result.baris] == [{"nama": "Budi", "jabatan": "Lurah Wara"}]


# --------------------------------------------------------------------------- rendering what was accepted

KINDS = ("undangan", "sambutan", "susunan_acara", "daftar_hadir", "nota_kesepahaman")


def render_everything(loaded: LoadedEvent) -> int:
    """Write every document `loaded` has data for, reopen each with python-docx; return how many."""
    import importlib

    import docx

    from naskah.keluaran import OutputFolder

    count = 0
    with tempfile.TemporaryDirectory() as folder:
        for kind in KINDS:
            commands = importlib.import_module(f"naskah.jenis.{kind}")
            if not commands.punya_data(loaded):
                continue
            try:
                with OutputFolder(Path(folder) / kind, overwrite=False) as keluaran:
                    paths = commands.buat(loaded, keluaran, kemajuan=lambda _: None)
            except NaskahError as exc:
                assert str(exc).strip()
                continue
            for path in paths:
                assert docx.Document(str(path)).paragraphs is not None
                count += 1
    return count


def test_the_valid_base_renders_every_document():
    loaded = load_or_error(s.dump(s.VALID_EVENT))
    assert (
        render_everything(loaded) >= 8
    )  # 3 letters + print file, sambutan, susunan + pembawa acara, daftar hadir, nota


@settings(FUZZ, max_examples=max(EXAMPLES // 3, 1))
@given(s.free_text_events())
def test_events_with_random_wording_render_into_documents_that_reopen(event):
    loaded = load_or_error(s.dump(event))
    if loaded is not None:
        render_everything(loaded)


@settings(FUZZ, max_examples=max(EXAMPLES // 4, 1))
@given(s.damaged_events())
def test_damaged_but_accepted_events_render_into_documents_that_reopen(event):
    loaded = load_or_error(s.dump(event))
    if loaded is not None:
        render_everything(loaded)
