"""Tests for naskah.docx.zipparts: raw member copies that zipfile accepts as a valid archive."""

from __future__ import annotations

import io
import zipfile

import pytest

from naskah.docx.zipparts import ZipWriter, build_prefix, deflate_member, read_members
from naskah.errors import TemplateError


def sample_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document>" + "isi " * 500 + "</w:document>", zipfile.ZIP_DEFLATED)
        archive.writestr("word/media/logo.png", b"\x89PNG" + bytes(range(256)), zipfile.ZIP_STORED)
        archive.writestr("docProps/catatan-é.txt", "ünïcode", zipfile.ZIP_BZIP2)
    return buffer.getvalue()


def test_members_are_read_raw_and_verified():
    members = {m.name: m for m in read_members(sample_zip(), "contoh.zip")}
    assert members["word/document.xml"].content().startswith(b"<w:document>isi")
    assert members["word/document.xml"].method == zipfile.ZIP_DEFLATED
    assert members["word/media/logo.png"].method == zipfile.ZIP_STORED
    assert members["docProps/catatan-é.txt"].method == zipfile.ZIP_DEFLATED  # bzip2 re-deflated once


def test_rewritten_archive_is_valid_and_equal():
    members = read_members(sample_zip(), "contoh.zip")
    out = io.BytesIO()
    writer = ZipWriter(out, build_prefix(members[:1]))
    for member in members[1:]:
        writer.add(member)
    writer.add(deflate_member("word/baru.xml", b"<baru/>"))
    writer.finish()
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as archive:
        assert archive.testzip() is None
        assert archive.read("docProps/catatan-é.txt") == "ünïcode".encode()
        assert archive.read("word/baru.xml") == b"<baru/>"
        assert len(archive.namelist()) == 4


def test_streamed_member_gets_sizes_and_crc_patched():
    out = io.BytesIO()
    writer = ZipWriter(out)
    stream = writer.begin("word/document.xml")
    for i in range(1000):
        stream.write(f"<w:p>{i}</w:p>".encode())
    writer.end(stream)
    writer.add(deflate_member("sesudah.xml", b"ok"))
    writer.finish()
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as archive:
        assert archive.testzip() is None
        assert archive.read("word/document.xml").endswith(b"<w:p>999</w:p>")
        assert archive.read("sesudah.xml") == b"ok"


def test_corrupt_member_is_a_template_error():
    data = bytearray(sample_zip())
    start = data.index(b"word/document.xml") + len("word/document.xml")  # deflated data follows the name
    data[start + 5 : start + 15] = b"\x00" * 10
    with pytest.raises(TemplateError, match=r"^rusak\.docx: bukan berkas \.docx yang utuh"):
        read_members(bytes(data), "rusak.docx")


def test_encrypted_member_is_refused():
    data = bytearray(sample_zip())
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x1  # general purpose flag: encrypted
    with pytest.raises(TemplateError, match="terkunci kata sandi"):
        read_members(bytes(data), "sandi.docx")
