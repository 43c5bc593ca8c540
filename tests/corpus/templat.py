"""Hostile user templates for the corpus: archive bombs, runaway Jinja, broken packages; with the message each gives."""

from __future__ import annotations

import dataclasses
import functools
import io
import zipfile

from tests.corpus.berkas import builtin_template, docx_with_body_text, rezip

BZIP2_SIZE = 100 * 1024 * 1024  # declared and real size of the bzip2 member: above the 64 MiB bound


@functools.cache
def bzip2_bomb() -> bytes:
    """Return the built-in template plus a picture-like member that is 100 MiB of zeros in a few hundred bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(builtin_template())) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        target.writestr("word/media/isian.bin", bytes(BZIP2_SIZE), zipfile.ZIP_BZIP2)
    return out.getvalue()


@functools.cache
def million_paragraphs() -> bytes:
    """Return the built-in template with a million empty paragraphs in its body (a few tens of KB zipped)."""
    empty = b"<w:p/>" * 1_000_000
    return rezip(
        builtin_template(),
        lambda n, b: b.replace(b"<w:body>", b"<w:body>" + empty, 1) if n == "word/document.xml" else b,
    )


def core_properties_in_latin_1() -> bytes:
    """Return a template whose docProps/core.xml has a tag and is stored in Latin-1 (not UTF-8)."""
    core = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Undangan Dinas Pemuda & Olahraga {{ acara.nama }} '
        "– Pangéran</dc:title></cp:coreProperties>"
    ).replace("&", "&amp;")
    return rezip(builtin_template(), lambda n, b: core.encode("latin-1", "replace") if n == "docProps/core.xml" else b)


def bad_crc() -> bytes:
    """Return the built-in template with one byte of a stored member flipped, so its CRC no longer matches."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(builtin_template())) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info), zipfile.ZIP_STORED)
    data = bytearray(out.getvalue())
    at = data.index(b"<w:body>")
    data[at + 2] ^= 0x01
    return bytes(data)


@dataclasses.dataclass(frozen=True)
class Bomb:
    """A template that, unbounded, takes gigabytes or runs for ever; and the words of the message it must give."""

    id: str
    content: bytes | None  # None: built lazily by `build`
    words: tuple[str, ...]
    build: str = ""

    def bytes(self) -> bytes:
        return self.content if self.content is not None else globals()[self.build]()


BOMBS = [
    Bomb("bzip2", None, ("isian.bin", "melebihi batas 64,0 MiB"), build="bzip2_bomb"),
    Bomb("sejuta-paragraf", None, ("paragraf, melebihi batas 50000",), build="million_paragraphs"),
    Bomb("ulang-daftar", docx_with_body_text("{{ ([1]*10**9)|length }}"), ("'*'", "1.000.000 unsur")),
    Bomb("ulang-teks", docx_with_body_text('{{ ("ab" * 10**5) * 10**5 }}'), ("'*'", "1.000.000 unsur")),
    Bomb(
        "gandakan",
        docx_with_body_text(
            "{% set ns = namespace(s='x') %}{% for i in range(64) %}{% set ns.s = ns.s + ns.s %}"
            "{% endfor %}{{ ns.s|length }}"
        ),
        ("'+'", "1.000.000 unsur"),
    ),
    Bomb(
        "perulangan-bersarang",
        docx_with_body_text("{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}"),
        ("melebihi", "detik per naskah"),
    ),
    Bomb(
        "keluaran-raksasa",
        docx_with_body_text('{% for i in range(99999) %}{{ "x" * 999999 }}{% endfor %}'),
        ("hasil isian melebihi 32 MiB",),
    ),
    Bomb("lebar-center", docx_with_body_text('{{ "x"|center(10**9) }}'), ("filter center", "10.000")),
    Bomb("lebar-format", docx_with_body_text('{{ "%999999999s"|format(1) }}'), ("lebar format", "10.000")),
    Bomb("lebar-persen", docx_with_body_text('{{ "%.999999999f" % 1 }}'), ("lebar format", "10.000")),
    Bomb(
        "angka-panjang",
        docx_with_body_text("{{ (10**999) * (10**999) * (10**999) * (10**999) * (10**999) }}"),
        ("lebih dari 4300 angka",),
    ),
]

BROKEN = [
    ("bukan-zip", b"PK\x03\x04 ini bukan docx", ("bukan arsip zip",)),
    ("crc", None, ("CRC tidak cocok",)),
    ("core-latin-1", None, ("docProps/core.xml", "tidak berkode UTF-8")),
]
BROKEN_BUILDERS = {"crc": bad_crc, "core-latin-1": core_properties_in_latin_1}
