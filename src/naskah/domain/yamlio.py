"""Read YAML so that every scalar stays text, and remember the line of every key path.

YAML 1.1 (PyYAML) turns `10:30` into 630, `0812…` into a number without its zero, an 18-digit NIP
into an int and the key `no:` into False. Our loader resolves no implicit types except null, so
those values arrive exactly as written; the schema parses dates, times and numbers itself.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import yaml

from naskah.domain.batas import MB, angka, baca_berkas
from naskah.errors import InputFileError, Problem


class TextLoader(yaml.SafeLoader):
    """SafeLoader whose plain scalars are all strings (null excepted), with a bound on the nodes it composes."""

    composed = 0

    def compose_scalar_node(self, anchor: Any) -> yaml.ScalarNode:
        self._count_node()
        return super().compose_scalar_node(anchor)

    def compose_sequence_node(self, anchor: Any) -> yaml.SequenceNode:
        self._count_node()
        return super().compose_sequence_node(anchor)

    def compose_mapping_node(self, anchor: Any) -> yaml.MappingNode:
        self._count_node()
        return super().compose_mapping_node(anchor)

    def _count_node(self) -> None:
        # Counted while composing, so a file of a million tiny values stops before its nodes fill memory.
        self.composed += 1
        if self.composed > MAX_NODES:
            raise _TooManyNodes(self.peek_event().start_mark)

    def construct_scalar(self, node: Any) -> Any:
        value = super().construct_scalar(node)
        # A value of only zero-width characters looks empty on paper: it is empty.
        if isinstance(value, str) and value and not value.strip(_ZERO_WIDTH + " \t\n"):
            return ""
        return value


class _TooManyNodes(Exception):
    def __init__(self, mark: Any) -> None:
        super().__init__("too many nodes")
        self.mark = mark


# Characters that print nothing: zero-width space/joiners, word joiner, BOM, soft hyphen.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"


TextLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag == "tag:yaml.org,2002:null"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclasses.dataclass(frozen=True)
class YamlDocument:
    """Parsed data plus the 1-based line of each key path (``acara.tanggal``, ``penerima[2].nama``)."""

    path: Path
    data: Any
    lines: dict[str, int]

    def line_of(self, key_path: str) -> int | None:
        """Return the line of `key_path`, or of its nearest parent that has one."""
        while key_path:
            if key_path in self.lines:
                return self.lines[key_path]
            key_path = _parent(key_path)
        return self.lines.get("")


def join(parent: str, key: str | int) -> str:
    """Return the key path of `key` under `parent`; list items are numbered from 1 for humans."""
    if isinstance(key, int):
        return f"{parent}[{key + 1}]"
    return f"{parent}.{key}" if parent else str(key)


def _parent(key_path: str) -> str:
    if key_path.endswith("]"):
        return key_path[: key_path.rindex("[")]
    return key_path.rpartition(".")[0]


def read_yaml(path: Path) -> YamlDocument:
    """Return the parsed YAML of `path`; raise `InputFileError` for unreadable or malformed files."""
    text = _read_text(path)
    _check_brackets(text, path)
    try:
        loader = TextLoader(text)  # the reader already rejects control characters here
        node = loader.get_single_node()
        if node is not None:
            _check_shape(node, path)
        data = loader.construct_document(node) if node is not None else None
    except RecursionError as exc:  # PyYAML composes nested collections recursively
        problem = Problem(str(path), "", _TOO_DEEP, _SHAPE_HINT, 1)
        raise InputFileError([problem]) from exc
    except _TooManyNodes as exc:
        problem = Problem(str(path), "", _TOO_MANY, _TOO_MANY_HINT, exc.mark.line + 1)
        raise InputFileError([problem]) from exc
    except yaml.MarkedYAMLError as exc:
        raise InputFileError([_syntax_problem(path, exc)]) from exc
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        problem = Problem(
            str(path),
            "",
            f"karakter kendali tak terlihat (kode {exc.character:#04x}) tidak boleh ada",
            "hapus karakter itu; biasanya terbawa saat menyalin dari Excel",
            line,
        )
        raise InputFileError([problem]) from exc
    except yaml.YAMLError as exc:  # PyYAML's own words are English: they stay out of the message
        problem = Problem(str(path), "", "YAML tidak dapat dibaca", "periksa indentasi dan tanda kutip", 1)
        raise InputFileError([problem]) from exc
    loader.dispose()
    lines: dict[str, int] = {}
    problems: list[Problem] = []
    if node is not None:
        _record_lines(node, "", lines, problems, str(path))
    if problems:
        raise InputFileError(problems)
    return YamlDocument(path, data, lines)


def _read_text(path: Path) -> str:
    raw = baca_berkas(path, MAX_BYTES, "berkas acara", _TOO_MANY_HINT)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problem = Problem(str(path), "", "berkas bukan teks UTF-8", "simpan ulang berkas sebagai UTF-8", line)
        raise InputFileError([problem]) from exc


_TAG_TIDAK_DIKENAL = ("tag YAML '!…' tidak dikenal", "hapus tanda '!' atau tulis nilai dalam tanda kutip")
# PyYAML's problem texts, worded for a clerk: (fragment of the English text, message, hint).
_SYNTAX = (
    ("'\\t'", "ada karakter tab", "gunakan spasi untuk indentasi, bukan tab"),
    (
        "mapping values are not allowed",
        "titik dua ':' di tempat yang tidak boleh",
        "nilai yang memuat ':' ditulis dalam tanda kutip, dan indentasi harus sejajar",
    ),
    ("could not find expected ':'", "tanda ':' tidak ditemukan", "periksa indentasi baris ini dan baris sebelumnya"),
    ("did not find expected key", "indentasi tidak sejajar", "kunci dalam satu bagian harus sejajar"),
    ("expected <block end>", "indentasi tidak sejajar", "kunci dalam satu bagian harus sejajar"),
    ("unexpected end of stream", "tanda kutip belum ditutup", "tutup tanda kutip pada nilai ini"),
    ("expected ',' or ']'", "daftar [ … ] belum ditutup", "tutup dengan ']'"),
    ("expected ',' or '}'", "bagian { … } belum ditutup", "tutup dengan '}'"),
    ("found undefined alias", "alias '*…' tidak dikenal", "hapus tanda '*' atau tulis dalam tanda kutip"),
    (
        "found unknown escape character",
        "karakter '\\' tidak sah dalam tanda kutip ganda",
        "gunakan tanda kutip tunggal",
    ),
    (
        "could not determine a constructor",
        "tag YAML '!…' tidak dikenal",
        "hapus tanda '!' atau tulis nilai dalam tanda kutip",
    ),
    ("found unhashable key", "kunci berupa daftar atau bagian", "kunci ditulis sebagai teks biasa, mis. 'nama:'"),
    (
        "expected alphabetic or numeric character",
        "nama sesudah '&' atau '*' tidak sah",
        "nilai yang diawali '&' atau '*' ditulis dalam tanda kutip",
    ),
    (
        "that cannot start any token",
        "nilai diawali karakter yang tidak boleh tanpa tanda kutip",
        "tulis nilai dalam tanda kutip",
    ),
    (
        "sequence entries are not allowed",
        "butir '- ' di tempat yang tidak boleh",
        "sejajarkan '- ' dengan butir lain di atasnya",
    ),
    (
        "mapping keys are not allowed",
        "kunci di tempat yang tidak boleh",
        "periksa indentasi baris ini dan baris sebelumnya",
    ),
    (
        "but found another document",
        "berkas berisi lebih dari satu dokumen YAML (ada baris '---' di tengah)",
        "hapus baris '---' itu; satu berkas acara berisi satu dokumen",
    ),
    (
        "document separator",
        "baris '---' atau '...' berada di dalam teks bertanda kutip",
        "tutup tanda kutip sebelum baris itu",
    ),
    ("found duplicate anchor", "nama '&…' dipakai dua kali", "beri nama lain pada salah satu '&…'"),
    ("recursive node", "alias '*…' merujuk ke bagiannya sendiri", "tulis isinya tanpa alias"),
    ("for merging", "'<<' harus diikuti alias ke sebuah bagian", "tulis '<<: *nama' dengan '&nama' pada sebuah bagian"),
    (
        "while scanning a directive",
        "baris yang diawali '%' tidak sah",
        "tulis nilai yang diawali '%' dalam tanda kutip",
    ),
    ("YAML directive", "baris '%YAML' tidak sah", "hapus baris '%YAML' di awal berkas"),
    ("incompatible YAML document", "baris '%YAML' tidak sah", "hapus baris '%YAML' di awal berkas"),
    ("tag handle", *_TAG_TIDAK_DIKENAL),
    ("while parsing a tag", *_TAG_TIDAK_DIKENAL),
    ("while scanning a tag", *_TAG_TIDAK_DIKENAL),
    ("non-specific tag", *_TAG_TIDAK_DIKENAL),
    (
        "while scanning a block scalar",
        "teks '|' atau '>' tidak sah",
        "tulis '|' sendiri di akhir baris, lalu teksnya di baris-baris berikutnya dengan indentasi",
    ),
    (
        "escape sequence",
        "kode '\\x…' atau '\\u…' tidak sah dalam tanda kutip ganda",
        "gunakan tanda kutip tunggal",
    ),
    ("expected URI", "tag YAML '!…' tidak sah", "hapus tanda '!' atau tulis nilai dalam tanda kutip"),
    (
        "expected a comment or a line break",
        "ada teks sesudah nilai yang sudah selesai",
        "tulis seluruh nilai dalam satu tanda kutip",
    ),
    (
        "expected the node content",
        "nilai tidak lengkap",
        "tulis nilai sesudah tanda '&…' atau '!…', atau hapus tandanya",
    ),
    ("while scanning a simple key", "tanda ':' tidak ditemukan", "periksa indentasi baris ini dan baris sebelumnya"),
    (
        "expected '<document start>'",
        "ada teks di luar bagian mana pun",
        "periksa indentasi; tiap bagian diawali 'kunci:' di kolom pertama",
    ),
)


def _syntax_problem(path: Path, exc: yaml.MarkedYAMLError) -> Problem:
    # An unclosed quote or bracket is found at the end of the file; its opening (context) is what to fix.
    opened = exc.context_mark is not None and "while scanning" in (exc.context or "")
    mark = exc.context_mark if opened else (exc.problem_mark or exc.context_mark)
    line = mark.line + 1 if mark else None
    what = f"{exc.context or ''} {exc.problem or ''}"
    for fragment, message, hint in _SYNTAX:
        if fragment in what:
            return Problem(str(path), "", f"YAML tidak sah: {message}", hint, line)
    # PyYAML's own words are English: a clerk gets the line and what usually causes it.
    return Problem(str(path), "", "YAML tidak sah di sekitar baris ini", "periksa indentasi dan tanda kutip", line)


# Far beyond any event file; they stop nesting that would exhaust Python's stack, files whose parsing alone
# would take minutes and hundreds of MB, and aliases ("billion laughs", an anchor inside itself, or one long
# text repeated by many '*…') that would make every later walk endless or every letter enormous.
MAX_BYTES = 5 * MB
MAX_DEPTH = 40
MAX_NODES = 500_000
MAX_EXPANDED_CHARS = 10_000_000
_TOO_DEEP = f"bagian bersarang terlalu dalam (lebih dari {MAX_DEPTH} tingkat)"
_TOO_BIG = f"berkas terlalu besar setelah alias '*…' diuraikan (lebih dari {angka(MAX_NODES)} nilai)"
_TOO_LONG = (
    f"berkas terlalu besar setelah alias '*…' diuraikan (teksnya lebih dari {angka(MAX_EXPANDED_CHARS)} karakter)"
)
_TOO_MANY = f"berkas terlalu besar: lebih dari {angka(MAX_NODES)} nilai"
_TOO_MANY_HINT = "daftar penerima yang panjang ditulis di berkas .xlsx atau .csv (penerima: daftar.xlsx)"
_SHAPE_HINT = "periksa indentasi, dan jangan membuat alias '*…' yang merujuk ke bagiannya sendiri"
_ALIAS_HINT = "jangan mengulang bagian atau teks panjang dengan banyak alias '*…'; tulis isinya sekali"


def _check_shape(root: yaml.Node, path: Path) -> None:
    """Raise `InputFileError` if the tree under `root` (aliases expanded) is too deep or too large.

    Composing already bounds the distinct nodes (and the file size their text), so what exceeds a bound
    here was multiplied by aliases.
    """
    stack = [(root, 1)]
    count = chars = 0
    while stack:
        node, depth = stack.pop()
        count += 1
        if isinstance(node, yaml.ScalarNode):
            chars += len(node.value)
        if depth > MAX_DEPTH or count > MAX_NODES or chars > MAX_EXPANDED_CHARS:
            message, hint = (
                (_TOO_DEEP, _SHAPE_HINT)
                if depth > MAX_DEPTH
                else (_TOO_BIG, _SHAPE_HINT)
                if count > MAX_NODES
                else (_TOO_LONG, _ALIAS_HINT)
            )
            raise InputFileError([Problem(str(path), "", message, hint, node.start_mark.line + 1)])
        stack.extend((child, depth + 1) for child in _children(node))


# PyYAML's scanner slows quadratically with [ { nesting (2000 levels: seconds; 40000: many minutes), so
# runaway nesting is refused before parsing. Brackets inside quotes count too: the limit is generous.
MAX_BRACKETS = 200


def _check_brackets(text: str, path: Path) -> None:
    depth = 0
    for match in re.finditer(r"[\[\]{}]", text):
        depth = depth + 1 if match.group() in "[{" else max(depth - 1, 0)
        if depth > MAX_BRACKETS:
            line = text.count("\n", 0, match.start()) + 1
            raise InputFileError(
                [
                    Problem(
                        str(path),
                        "",
                        f"kurung [ {{ bersarang terlalu dalam (lebih dari {MAX_BRACKETS})",
                        "tutup setiap '[' dengan ']' dan setiap '{' dengan '}'",
                        line,
                    )
                ]
            )


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [item for pair in node.value for item in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _record_lines(node: yaml.Node, key_path: str, lines: dict[str, int], problems: list[Problem], file: str) -> None:
    lines[key_path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            child = join(key_path, key)
            line = key_node.start_mark.line + 1
            if key in seen:
                problems.append(
                    Problem(
                        file,
                        child,
                        f"kunci '{key}' tertulis dua kali (juga di baris {seen[key]})",
                        "hapus salah satunya",
                        line,
                    )
                )
            seen[key] = line
            _record_lines(value_node, child, lines, problems, file)
            lines[child] = line
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record_lines(item, join(key_path, index), lines, problems, file)
