"""Minimal zip reading and writing that copies already-deflated members without recompressing them."""

from __future__ import annotations

import dataclasses
import io
import re
import struct
import zipfile
import zlib
from typing import BinaryIO

from naskah.errors import OutputError, TemplateError

DEFLATE_LEVEL = 1  # per-letter XML is small: level 1 is ~2x faster and only ~15 % larger
_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")
_LOCAL_SIG, _CENTRAL_SIG, _END_SIG = 0x04034B50, 0x02014B50, 0x06054B50
_VERSION = 20
_UTF8_FLAG = 0x800
_DOS_DATE_1980 = (1 << 5) | 1  # 1980-01-01: generated parts get a fixed, reproducible timestamp
_LIMIT_32 = 0xFFFFFFFF
_LIMIT_16 = 0xFFFF


@dataclasses.dataclass(frozen=True, slots=True)
class RawMember:
    """One zip member kept in its stored form: `data` is the deflated (or stored) bytes."""

    name: str
    method: int
    crc: int
    size: int
    data: bytes
    dos_time: int = 0
    dos_date: int = _DOS_DATE_1980

    def content(self) -> bytes:
        """Return the uncompressed bytes: never more than `size` and one byte, whatever the data holds."""
        if self.method == zipfile.ZIP_STORED:
            return self.data
        return zlib.decompressobj(-zlib.MAX_WBITS).decompress(self.data, self.size + 1)


def deflate_member(name: str, content: bytes, level: int = DEFLATE_LEVEL) -> RawMember:
    """Return `content` deflated into a `RawMember` called `name`."""
    compressor = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS)
    data = compressor.compress(content) + compressor.flush()
    return RawMember(name, zipfile.ZIP_DEFLATED, zlib.crc32(content), len(content), data)


# Bounds for a template .docx: a real one is a few MB at most; a crafted one could need gigabytes.
MAX_PARTS = 1000
MAX_UNPACKED = 64 * 1024 * 1024  # all parts together, uncompressed
MAX_XML_PART = 16 * 1024 * 1024  # one XML part, uncompressed (lxml and Jinja need many times this)
MAX_PARAGRAPHS = 50_000  # per part; a 100-page template has a few thousand
_STORY = re.compile(r"^word/[^/]+\.xml$")
_PARAGRAPH_START = re.compile(rb"<w:p[ >/]")


def read_members(data: bytes, label: str) -> list[RawMember]:
    """Return the members of zip archive `data` in stored form, verified once by CRC and checked against the bounds."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = [info for info in archive.infolist() if not info.is_dir()]
            check_bounds(infos, label)
            return [_raw_member(data, info, archive, label) for info in infos]
    except zipfile.BadZipFile as exc:
        reason = str(exc) if str(exc).startswith(_OWN_REASON) else "bukan arsip zip atau arsipnya terpotong"
        if "CRC" in str(exc) and not str(exc).startswith(_OWN_REASON):
            reason = "isinya rusak, CRC tidak cocok"
        raise TemplateError(f"{label}: bukan berkas .docx yang utuh ({reason}); simpan ulang dari Word") from exc
    except (zlib.error, EOFError, struct.error, ValueError, NotImplementedError) as exc:
        msg = f"{label}: bukan berkas .docx yang utuh (isinya rusak); simpan ulang dari Word"
        raise TemplateError(msg) from exc


_OWN_REASON = "bagian "


def check_bounds(infos: list[zipfile.ZipInfo], label: str) -> None:
    """Raise `TemplateError` naming what is too big when the archive's parts pass the bounds (by their declared sizes).

    A part whose real size differs from the declared one fails its check when it is read (`_raw_member`).
    """
    fix = "buka templat di Word, hapus isi yang tidak perlu, lalu simpan ulang"
    if len(infos) > MAX_PARTS:
        raise TemplateError(f"{label}: berisi {len(infos)} bagian, melebihi batas {MAX_PARTS} bagian; {fix}")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNPACKED:
        biggest = max(infos, key=lambda info: info.file_size)
        raise TemplateError(
            f"{label}: isinya {_mib(total)} setelah dibuka (terbesar {biggest.filename}, {_mib(biggest.file_size)}), "
            f"melebihi batas {_mib(MAX_UNPACKED)}; {fix}"
        )
    for info in infos:
        if info.filename.endswith(".xml") and info.file_size > MAX_XML_PART:
            raise TemplateError(
                f"{label}: bagian {info.filename} berukuran {_mib(info.file_size)} setelah dibuka, melebihi batas "
                f"{_mib(MAX_XML_PART)}; {fix}"
            )


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MiB".replace(".", ",")


def _raw_member(data: bytes, info: zipfile.ZipInfo, archive: zipfile.ZipFile, label: str) -> RawMember:
    if info.flag_bits & 0x1:
        raise TemplateError(f"{label}: berkas .docx terkunci kata sandi; simpan ulang tanpa sandi")
    dos_date, dos_time = _dos_stamp(info)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        # bzip2 or lzma, which Word never writes: zipfile reads at most the declared (bounded) size.
        member = deflate_member(info.filename, archive.read(info))
        return _checked(dataclasses.replace(member, dos_time=dos_time, dos_date=dos_date), member.content(), label)
    header = _LOCAL.unpack_from(data, info.header_offset)
    if header[0] != _LOCAL_SIG:
        raise zipfile.BadZipFile(f"bagian {info.filename} rusak (kepala lokal)")
    start = info.header_offset + _LOCAL.size + header[9] + header[10]
    raw = data[start : start + info.compress_size]
    member = RawMember(info.filename, info.compress_type, info.CRC, info.file_size, raw, dos_time, dos_date)
    content = member.content()
    if len(content) != info.file_size or zlib.crc32(content) != info.CRC:
        raise zipfile.BadZipFile(f"bagian {info.filename} rusak (ukuran atau CRC tidak cocok)")
    return _checked(member, content, label)


def _checked(member: RawMember, content: bytes, label: str) -> RawMember:
    """Return `member` once its paragraph count (of a story part) is within the bound."""
    info = member
    if _STORY.match(info.name):
        paragraphs = len(_PARAGRAPH_START.findall(content))
        if paragraphs > MAX_PARAGRAPHS:
            raise TemplateError(
                f"{label}: bagian {info.name} berisi {paragraphs} paragraf, melebihi batas {MAX_PARAGRAPHS} "
                "paragraf; hapus paragraf kosong yang berlebihan di Word lalu simpan ulang"
            )
    return member


def _dos_stamp(info: zipfile.ZipInfo) -> tuple[int, int]:
    year, month, day, hour, minute, second = info.date_time
    return (max(year - 1980, 0) << 9) | (month << 5) | day, (hour << 11) | (minute << 5) | (second // 2)


@dataclasses.dataclass(frozen=True, slots=True)
class ZipPrefix:
    """Local entries written ahead of time, plus their central-directory records."""

    local: bytes
    central: tuple[bytes, ...]


class ZipWriter:
    """Write a zip archive to a binary file: raw members, freshly deflated ones, or a deflate stream."""

    def __init__(self, fp: BinaryIO, prefix: ZipPrefix | None = None):
        self._fp = fp
        self._offset = 0
        self._central: list[bytes] = []
        if prefix is not None:
            fp.write(prefix.local)
            self._offset = len(prefix.local)
            self._central.extend(prefix.central)

    def add(self, member: RawMember) -> None:
        """Append `member` as is: its data is copied, never recompressed."""
        header = self._local_header(member, len(member.data))
        self._central.append(self._central_record(member, len(member.data), self._offset))
        self._fp.write(header)
        self._fp.write(member.data)
        self._offset += len(header) + len(member.data)
        self._check_limits()

    def begin(self, name: str, level: int = DEFLATE_LEVEL) -> DeflateStream:
        """Start member `name` whose content is written bit by bit; call `end` before anything else."""
        header = self._local_header(RawMember(name, zipfile.ZIP_DEFLATED, 0, 0, b""), 0)
        self._fp.write(header)
        stream = DeflateStream(self._fp, name, level, self._offset)
        self._offset += len(header)
        return stream

    def end(self, stream: DeflateStream) -> None:
        """Finish the member started by `begin`: flush it and patch its sizes into its header."""
        stream.flush()
        if stream.raw_size > _LIMIT_32 or stream.size > _LIMIT_32:
            raise OutputError(f"{stream.name}: isi melebihi 4 GiB; pecah menjadi beberapa berkas")
        end = self._fp.tell()
        self._fp.seek(stream.header_offset + 14)  # crc32, compressed size, size follow 14 header bytes
        self._fp.write(struct.pack("<III", stream.crc, stream.raw_size, stream.size))
        self._fp.seek(end)
        done = RawMember(stream.name, zipfile.ZIP_DEFLATED, stream.crc, stream.size, b"")
        self._central.append(self._central_record(done, stream.raw_size, stream.header_offset))
        self._offset += stream.raw_size
        self._check_limits()

    def finish(self) -> None:
        """Write the central directory and the end record."""
        directory = b"".join(self._central)
        self._fp.write(directory)
        count = len(self._central)
        self._fp.write(_END.pack(_END_SIG, 0, 0, count, count, len(directory), self._offset, 0))

    def snapshot(self) -> ZipPrefix:
        """Return what was written so far as a reusable prefix (only for an in-memory `fp`)."""
        assert isinstance(self._fp, io.BytesIO)
        return ZipPrefix(self._fp.getvalue(), tuple(self._central))

    def _check_limits(self) -> None:
        if self._offset > _LIMIT_32 or len(self._central) >= _LIMIT_16:
            raise OutputError("berkas .docx melebihi batas zip (4 GiB); pecah menjadi beberapa berkas")

    @staticmethod
    def _local_header(member: RawMember, raw_size: int) -> bytes:
        encoded, flags = _encode_name(member.name)
        fields = (_LOCAL_SIG, _VERSION, flags, member.method, member.dos_time, member.dos_date)
        return _LOCAL.pack(*fields, member.crc, raw_size, member.size, len(encoded), 0) + encoded

    @staticmethod
    def _central_record(member: RawMember, raw_size: int, offset: int) -> bytes:
        encoded, flags = _encode_name(member.name)
        head = (_CENTRAL_SIG, _VERSION, _VERSION, flags, member.method, member.dos_time, member.dos_date)
        tail = (member.crc, raw_size, member.size, len(encoded), 0, 0, 0, 0, 0, offset)
        return _CENTRAL.pack(*head, *tail) + encoded


class DeflateStream:
    """Deflate and checksum chunks on their way into an open zip member."""

    def __init__(self, fp: BinaryIO, name: str, level: int, header_offset: int):
        self._fp = fp
        self.name = name
        self.header_offset = header_offset
        self._compressor = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS)
        self.crc = 0
        self.size = 0
        self.raw_size = 0

    def write(self, chunk: bytes) -> None:
        self.crc = zlib.crc32(chunk, self.crc)
        self.size += len(chunk)
        self._emit(self._compressor.compress(chunk))

    def flush(self) -> None:
        self._emit(self._compressor.flush())

    def _emit(self, data: bytes) -> None:
        if data:
            self._fp.write(data)
            self.raw_size += len(data)


def _encode_name(name: str) -> tuple[bytes, int]:
    try:
        return name.encode("ascii"), 0
    except UnicodeEncodeError:
        return name.encode("utf-8"), _UTF8_FLAG


def build_prefix(members: list[RawMember]) -> ZipPrefix:
    """Return `members` laid out once as a prefix that every output file starts with."""
    writer = ZipWriter(io.BytesIO())
    for member in members:
        writer.add(member)
    return writer.snapshot()
