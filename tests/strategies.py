"""Hypothesis strategies for naskah's inputs: event trees, damaged valid events, recipient tables, raw bytes."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

from naskah.domain import schema
from naskah.domain.penerima_berkas import KOLOM

# A complete, valid event touching every section, written as the plain data a YAML file holds.
VALID_EVENT: dict[str, Any] = {
    "instansi": {
        "pemerintah": "Pemerintah Kota Palopo",
        "perangkat_daerah": ["Dinas Pemberdayaan Perempuan", "dan Perlindungan Anak"],
        "singkatan": "DP3A",
        "alamat": "Jalan Andi Djemma Nomor 1, Palopo 91921",
        "telepon": "(0471) 21001",
        "provinsi": "Sulawesi Selatan",
        "kota": "Palopo",
        "wilayah": "Kota Palopo",
        "kepala_daerah": "Wali Kota Palopo",
        "gaya": {"kertas": "F4", "garis_bawah_nama": "ya", "ambang_daftar_undangan": "20"},
    },
    "acara": {
        "nama": "Rapat Koordinasi Perlindungan Anak",
        "jenis": "rapat",
        "tanggal": "2024-06-24",
        "mulai": "09.00",
        "selesai": "12.00",
        "tempat": "Aula Kantor Wali Kota Palopo",
        "pakaian": "Pakaian Dinas Harian",
        "agenda": ["Pembukaan", "Paparan"],
        "narahubung": "Isra (0812-4000-1111)",
    },
    "surat": {
        "kka": "400.14",
        "urut": "215",
        "unit": "DP3A",
        "tanggal": "2024-06-18",
        "sifat": "Penting",
        "kalimat_pembuka": "Dalam rangka {acara}, kami mengundang Bapak/Ibu.",
    },
    "penandatangan": {
        "jabatan": "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
        "nama": "Andi Rahmawati, S.E., M.M.",
        "golongan": "IV/c",
        "nip": "19700512 199803 2 004",
    },
    "penerima": [
        {"nama": "Budi Santoso", "jabatan": "Lurah Wara", "alamat": "Palopo"},
        {"jabatan": "Camat Wara Utara", "instansi": "Kecamatan Wara Utara"},
        {"nama": "Siti Aminah", "jabatan": "Ketua TP PKK", "jenis_kelamin": "P", "kelompok": "undangan"},
    ],
    "tembusan": ["Wali Kota Palopo", "Sekretaris Daerah Kota Palopo"],
    "hadirin": [{"jabatan": "Ketua Pengadilan Agama Palopo", "beserta": "jajaran"}, "Camat se-Kota Palopo"],
    "susunan_acara": {
        "langkah": [
            {"acara": "Pembukaan", "durasi": "10", "oleh": "Pembawa Acara"},
            {"acara": "Paparan", "waktu": "09.30"},
        ]
    },
    "petugas": [{"peran": "Pembawa Acara", "nama": "Nurul Fadhilah"}],
    "sambutan": [
        {
            "oleh": {"jabatan": "Wali Kota Palopo", "nama": "Asrul Sani", "status": "Pj."},
            "isi": ["Selamat datang di {acara}.", ["Butir pertama", "Butir kedua"]],
            "terima_kasih": ["Pengadilan Agama Palopo"],
        }
    ],
    "pihak": [
        {
            "instansi": "Pengadilan Agama Palopo",
            "alamat": "Jalan Andi Djemma, Palopo",
            "pejabat": {"jabatan": "Ketua Pengadilan Agama Palopo", "nama": "Muhammad Ali", "kedudukan": "luar"},
        },
        {
            "instansi": "Pemerintah Kota Palopo",
            "alamat": "Jalan Andi Djemma Nomor 1, Palopo",
            "pejabat": {"jabatan": "Wali Kota Palopo", "nama": "Asrul Sani", "status": "Pj."},
        },
    ],
    "nota_kesepahaman": {"tentang": "Perlindungan Perempuan dan Anak", "pertimbangan": ["bahwa perlu kerja sama"]},
    "pasal": [
        {"judul": "Maksud dan Tujuan", "ayat": ["Ayat pertama.", {"teks": "Ayat kedua:", "butir": ["satu", "dua"]}]}
    ],
    "daftar_hadir": {"baris_kosong": "5"},
}

# Values that have tripped YAML, Jinja, XML or our parsers somewhere.
TRICKY = (
    "",
    " ",
    "~",
    "null",
    "no",
    "yes",
    "10:30",
    "09.00",
    "25.00",
    "0812345",
    "2024-02-30",
    "24 Juni 2024",
    "{{ 7*7 }}",
    "{% for x in y %}",
    "{acara}",
    "{nama_acara}",
    "{",
    "}",
    "& < > \" '",
    "]]>",
    "<w:p>",
    "\x07bel",
    "tab\there",
    "baris\nbaru",
    "\u202eRTL مرحبا",
    "😀👍🏽",
    "x" * 6000,
    "../../etc/passwd",
    "CON",
    "a\\b",
    "\ufeff",
    "\u2028",
    "a\x00b",
    "y" * 300 + ".png",
    "/dev/null",
    ".",
    "19700512 199803 2 004",
    "197005121998032004",
    "Sulawesi Selatn",
)


def texts() -> st.SearchStrategy[str]:
    """Return any text: Hypothesis's full unicode range, plus the tricky values above."""
    return st.one_of(st.text(max_size=40), st.sampled_from(TRICKY))


def scalars() -> st.SearchStrategy[Any]:
    """Return any value a YAML dumper can write as a scalar."""
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(),
        texts(),
        st.dates(min_value=dt.date(1, 1, 1)),
        st.times().map(lambda t: t.strftime("%H:%M")),
    )


def _schema_keys() -> list[str]:
    """Return every key name used anywhere in the schema, so random trees hit real fields."""
    models = [v for v in vars(schema).values() if isinstance(v, type) and issubclass(v, schema.Model)]
    return sorted({name for model in models for name in model.model_fields})


KEYS = _schema_keys()


def keys() -> st.SearchStrategy[str]:
    """Return schema key names most of the time, random text sometimes."""
    return st.one_of(st.sampled_from(KEYS), st.text(max_size=8))


def yaml_trees() -> st.SearchStrategy[Any]:
    """Return random nested data: dicts keyed by schema names, lists, and any scalar."""
    return st.recursive(
        scalars(),
        lambda children: st.lists(children, max_size=4) | st.dictionaries(keys(), children, max_size=5),
        max_leaves=25,
    )


def event_trees() -> st.SearchStrategy[dict[str, Any]]:
    """Return random top-level mappings shaped loosely like an event file."""
    return st.dictionaries(st.sampled_from(sorted(schema.BerkasAcara.model_fields)), yaml_trees(), max_size=8)


def paths_in(tree: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Return the path (keys and indexes) of every node under `tree`, itself excluded."""
    children: list[tuple[Any, Any]] = []
    if isinstance(tree, dict):
        children = list(tree.items())
    elif isinstance(tree, list):
        children = list(enumerate(tree))
    found = []
    for key, value in children:
        found.append((*prefix, key))
        found += paths_in(value, (*prefix, key))
    return found


def _parent(tree: Any, path: tuple[Any, ...]) -> Any:
    for key in path[:-1]:
        tree = tree[key]
    return tree


@st.composite
def damaged_events(draw: st.DrawFn) -> dict[str, Any]:
    """Return the valid event with one to three nodes replaced by random data, or deleted."""
    event = copy.deepcopy(VALID_EVENT)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(paths_in(event)))
        parent = _parent(event, path)
        if draw(st.booleans()) and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(yaml_trees())
    return event


@st.composite
def retexted_events(draw: st.DrawFn) -> dict[str, Any]:
    """Return the valid event with random text in some of its text fields (any field may be chosen)."""
    event = copy.deepcopy(VALID_EVENT)
    for path in paths_in(event):
        parent = _parent(event, path)
        if isinstance(parent[path[-1]], str) and draw(st.integers(0, 3)) == 0:
            parent[path[-1]] = draw(texts())
    return event


# Keys whose value is free wording: any non-blank text is valid there (and must reach the documents intact).
FREE_TEXT = frozenset(
    {
        "pemerintah",
        "perangkat_daerah",
        "alamat",
        "telepon",
        "nama",
        "tempat",
        "pakaian",
        "agenda",
        "narahubung",
        "jabatan",
        "instansi",
        "tembusan",
        "hadirin",
        "beserta",
        "oleh",
        "peran",
        "terima_kasih",
        "tentang",
        "pertimbangan",
        "judul",
        "ayat",
        "butir",
        "teks",
        "acara",
        "sifat",
    }
)


def _free_text_paths(tree: Any) -> list[tuple[Any, ...]]:
    return [
        path
        for path in paths_in(tree)
        if isinstance(_parent(tree, path)[path[-1]], str)
        and [key for key in path if isinstance(key, str)][-1] in FREE_TEXT
    ]


def free_texts() -> st.SearchStrategy[str]:
    """Return non-blank text a person could type into a wording field."""
    return st.one_of(st.text(min_size=1, max_size=60), st.sampled_from(TRICKY)).filter(
        lambda t: t.strip() and len(t) <= 5000 and "{" not in t.replace("{{", "").replace("{%", "")
    )


@st.composite
def free_text_events(draw: st.DrawFn) -> dict[str, Any]:
    """Return the valid event with random (mostly valid) text in some of its free wording fields."""
    event = copy.deepcopy(VALID_EVENT)
    for path in _free_text_paths(event):
        if draw(st.integers(0, 2)) == 0:
            _parent(event, path)[path[-1]] = draw(free_texts())
    return event


def dump(data: Any) -> str:
    """Return `data` as YAML text the way a person could have written it."""
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


@st.composite
def mangled_yaml(draw: st.DrawFn) -> str:
    """Return the valid event's YAML text with random characters inserted, deleted or replaced."""
    text = dump(VALID_EVENT)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 5))
        text = (
            text[:at]
            + draw(
                st.sampled_from(
                    ("", ":", "-", " ", "  ", "\n", "'", '"', "[", "{", "&a", "*a", "!!python/object", "\t", "#", "? ")
                )
            )
            + text[at + cut :]
        )
    return text


# --------------------------------------------------------------------------- recipient tables

HEADER_NAMES = (
    *KOLOM,
    "Nama Lengkap",
    "NAMA",
    " jabatan ",
    "No. HP",
    "L/P",
    "E-mail",
    "Unit Kerja",
    "keterangan",
    "",
    "no",
)


def cells() -> st.SearchStrategy[Any]:
    """Return any value a spreadsheet cell may hold."""
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**20), 10**20),
        st.floats(),
        texts(),
        st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(9999, 1, 1)),
        st.dates(min_value=dt.date(1900, 3, 1)),
        st.times(),
    )


def tables() -> st.SearchStrategy[list[list[Any]]]:
    """Return a header row (mostly known names) and up to eight rows of random cells."""
    header = st.lists(st.one_of(st.sampled_from(HEADER_NAMES), st.text(max_size=10)), min_size=0, max_size=8)
    return st.tuples(header, st.lists(st.lists(cells(), max_size=9), max_size=8)).map(lambda t: [t[0], *t[1]])


def csv_bytes(rows: list[list[Any]], encoding: str = "utf-8", delimiter: str = ",") -> bytes:
    """Return `rows` written as CSV in `encoding` (characters it cannot hold become '?')."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows([["" if c is None else str(c) for c in row] for row in rows])
    return buffer.getvalue().encode(encoding, errors="replace")


def xlsx_bytes(rows: list[list[Any]]) -> bytes:
    """Return `rows` as an .xlsx workbook, typed cells kept (text Excel could not hold is cleaned first)."""
    import openpyxl
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append([ILLEGAL_CHARACTERS_RE.sub("", c)[:32000] if isinstance(c, str) else c for c in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@st.composite
def broken_xlsx(draw: st.DrawFn) -> bytes:
    """Return a real workbook with one member replaced by junk, dropped, or truncated."""
    good = xlsx_bytes(draw(tables()))
    with zipfile.ZipFile(io.BytesIO(good)) as source:
        members = {info.filename: source.read(info.filename) for info in source.infolist()}
    victim = draw(st.sampled_from(sorted(members)))
    action = draw(st.sampled_from(("junk", "drop", "truncate")))
    if action == "drop":
        del members[victim]
    elif action == "junk":
        members[victim] = draw(st.binary(max_size=64))
    else:
        members[victim] = members[victim][: draw(st.integers(0, len(members[victim])))]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name, data in members.items():
            target.writestr(name, data)
    return buffer.getvalue()


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """Write `content` to `folder/name` and return the path."""
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path
