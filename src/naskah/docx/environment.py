"""Jinja environments for naskah templates and translation of Jinja errors into naskah errors."""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import math
import re
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from naskah.errors import NaskahError, RenderError, TemplateError

_SNIPPET_LEN = 80
_XML_TAG = re.compile(r"<[^>]*>")
_UNDEFINED_PATTERNS = (
    re.compile(r"^'(?P<name>[^']+)' is undefined$"),
    re.compile(r"has no attribute '(?P<name>[^']+)'$"),
    re.compile(r"has no element (?P<name>.+)$"),
)


def make_environment(
    *, sandboxed: bool = False, filters: Mapping[str, Callable[..., object]] | None = None
) -> jinja2.Environment:
    """Return a strict, autoescaping environment; `sandboxed` for templates written by users.

    Autoescaping is what keeps ``&`` or ``<`` in a value from breaking the document XML.
    """
    cls = BoundedSandbox if sandboxed else jinja2.Environment
    env = cls(autoescape=True, undefined=jinja2.StrictUndefined, finalize=_printable)
    register_filters(env, filters or {})
    return env


_MAX_POWER_DIGITS = 1000
# Bounds for a user's template, so that no template can take the machine's memory or run for ever.
MAX_SEQUENCE = 1_000_000  # items of a list, characters of a string, made by `*` or `+`
MAX_WIDTH = 10_000  # widths and counts given to filters and `%` formatting (center, indent, wordwrap…)
MAX_OUTPUT_CHARS = 32 * 1024 * 1024  # characters of XML one part of one document may produce
TIME_BUDGET_SECONDS = 10.0  # to fill one part of one document; a letter takes milliseconds
_WIDTH_FILTERS = {"center": ("width",), "indent": ("width",), "wordwrap": ("width",), "truncate": ("length",)}
_FORMAT_WIDTH = re.compile(r"%[-#0 +]*(\d+|\*)?(?:\.(\d+|\*))?")


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """The sandbox for users' templates, bounded in memory and time.

    `**` is bounded (`9 ** 9 ** 9` would hang, even at compile time), `*` and `+` cannot make sequences
    longer than `MAX_SEQUENCE`, `%` and the width filters take no huge widths (Jinja's own sandbox
    already bounds `range`), one part of a document may produce at most `MAX_OUTPUT_CHARS` and must be
    filled within `TIME_BUDGET_SECONDS` (nested loops are otherwise endless).
    Intercepting an operator also stops Jinja folding it at compile time.
    """

    intercepted_binops = frozenset(["**", "*", "+", "%"])

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.template_class = BoundedTemplate
        for name, params in _WIDTH_FILTERS.items():
            self.filters[name] = _bounded_widths(name, self.filters[name], params)
        self.filters["format"] = _bounded_format(self.filters["format"])

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: object, right: object) -> object:
        if operator == "**" and _too_big_power(left, right):
            raise SecurityError("pangkat bilangan terlalu besar")
        if operator in ("*", "+") and _too_long(operator, left, right):
            raise TemplateBoundError(
                f"deret atau teks yang dibuat dengan '{operator}' melebihi {_n(MAX_SEQUENCE)} unsur"
            )
        if operator == "%" and isinstance(left, str):
            _check_format_widths(left)
        return super().call_binop(context, operator, left, right)


class TemplateBoundError(SecurityError):
    """A user's template went past one of the sandbox's bounds (size, width, output, time)."""


def _too_long(operator: str, left: object, right: object) -> bool:
    sequences = (str, list, tuple, bytes)
    if operator == "*":
        for seq, count in ((left, right), (right, left)):
            if isinstance(seq, sequences) and isinstance(count, int) and not isinstance(count, bool):
                return len(seq) * count > MAX_SEQUENCE
        return False
    if isinstance(left, sequences) and isinstance(right, sequences):
        return len(left) + len(right) > MAX_SEQUENCE
    return False


def _check_format_widths(template: str) -> None:
    for match in _FORMAT_WIDTH.finditer(template):
        for number in match.groups():
            if number and number.isdigit() and int(number) > MAX_WIDTH:
                raise TemplateBoundError(f"lebar format {number} melebihi batas {_n(MAX_WIDTH)}")


def _n(number: int) -> str:
    """Return `number` with Indonesian thousands dots (1.000.000)."""
    return f"{number:,}".replace(",", ".")


def _bounded_widths(name: str, func: Callable[..., object], params: tuple[str, ...]) -> Callable[..., object]:
    @functools.wraps(func)
    def bounded(*args: object, **kwargs: object) -> object:
        numbers = [*args[1:], *(kwargs.get(name) for name in params)]
        if any(isinstance(n, int) and n > MAX_WIDTH for n in numbers):
            raise TemplateBoundError(f"angka untuk filter {name} melebihi batas {_n(MAX_WIDTH)}")
        return func(*args, **kwargs)

    return bounded


def _bounded_format(func: Callable[..., object]) -> Callable[..., object]:
    @functools.wraps(func)
    def bounded(value: object, *args: object, **kwargs: object) -> object:
        if isinstance(value, str):
            _check_format_widths(value)
        return func(value, *args, **kwargs)

    return bounded


class BoundedTemplate(jinja2.Template):
    """A template of the bounded sandbox: its output is counted and its time limited while it renders."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        ctx = self.new_context(dict(*args, **kwargs))
        try:
            with _time_budget(TIME_BUDGET_SECONDS):
                return "".join(_bounded_output(self.root_render_func(ctx), TIME_BUDGET_SECONDS))
        except Exception:
            self.environment.handle_exception()
        raise AssertionError("unreachable")  # handle_exception always raises


def _bounded_output(chunks: Iterable[str], budget: float) -> Iterator[str]:
    """Yield `chunks`, stopping the template once they pass `MAX_OUTPUT_CHARS` or its time is up."""
    total = 0
    deadline = time.monotonic() + budget
    for count, chunk in enumerate(chunks):
        total += len(chunk)
        if total > MAX_OUTPUT_CHARS:
            raise TemplateBoundError(f"hasil isian melebihi {MAX_OUTPUT_CHARS // (1024 * 1024)} MiB teks")
        if count % 1024 == 0 and time.monotonic() > deadline:  # where there is no timer signal
            raise _overtime(budget)
        yield chunk


def _overtime(budget: float) -> TemplateBoundError:
    return TemplateBoundError(f"mengisi templat melebihi {budget:g} detik per naskah (mungkin perulangan tanpa akhir)")


@contextmanager
def _time_budget(seconds: float) -> Iterator[None]:
    """Interrupt the block with `TemplateBoundError` after `seconds` (a real-time timer; POSIX main thread only)."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    armed = [True]

    def expire(_signum: int, _frame: object) -> None:
        if armed[0]:
            armed[0] = False
            raise _overtime(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _too_big_power(base: object, exponent: object) -> bool:
    if not isinstance(base, (int, float)) or not isinstance(exponent, (int, float)):
        return False
    magnitude = abs(exponent) * math.log10(max(abs(base), 2))
    return magnitude > _MAX_POWER_DIGITS


# What a template may print: data, never Python objects (`{{ self }}`, `{{ cycler }}`, a function).
_PRINTABLE = (str, int, float, decimal.Decimal, dt.date, dt.time)


def _printable(value: object) -> object:
    if value is None or isinstance(value, _PRINTABLE) or isinstance(value, jinja2.Undefined):
        return value
    raise SecurityError(f"nilai bertipe {type(value).__name__} tidak boleh dicetak; cetak isinya, mis. kop.pemerintah")


def register_filters(env: jinja2.Environment, filters: Mapping[str, Callable[..., object]]) -> None:
    """Add `filters` to `env`; the one place where naskah's domain filters enter Jinja."""
    for name, func in filters.items():
        if not name.isidentifier() or not callable(func):
            msg = f"filter {name!r} tidak sah: nama harus pengenal Python dan nilainya fungsi"
            raise TypeError(msg)
        env.filters[name] = func


# Errors that code in a user's template can raise by itself ({{ 1/0 }}, {{ 10 ** 100000 }}, a bad filter input).
_USER_CODE_ERRORS = (ArithmeticError, ValueError, TypeError, LookupError, AttributeError, RecursionError)


@contextmanager
def jinja_errors(template_name: str, source: str | None = None, *, user_code: bool = False) -> Iterator[None]:
    """Translate Jinja errors raised in the block into naskah errors naming `template_name`.

    With `user_code` (a sandboxed user template) ordinary Python errors are the template's fault
    too and become one line; in built-in templates they are our bugs and keep their traceback.
    """
    try:
        yield
    except NaskahError:
        raise
    except jinja2.TemplateError as exc:
        raise translate_error(exc, template_name, source) from exc
    except _USER_CODE_ERRORS as exc:
        if not user_code:
            raise
        raise RenderError(f"{template_name}: kode di templat gagal dijalankan ({user_code_reason(exc)})") from exc
    except MemoryError as exc:
        if not user_code:
            raise
        raise RenderError(
            f"{template_name}: templat memerlukan memori terlalu banyak; sederhanakan templatnya"
        ) from exc


# Python's own (English) words for what a template's code did wrong, in Indonesian.
_PYTHON_REASONS = (
    (
        re.compile(r"Exceeds the limit \((\d+) digits\)"),
        "bilangan lebih dari {0} angka; periksa nilai yang diubah jadi angka",
    ),
    (re.compile(r"invalid literal for int\(\) with base \d+: (.*)"), "{0} bukan bilangan bulat"),
    (re.compile(r"could not convert string to float: (.*)"), "{0} bukan bilangan"),
    (re.compile(r"unsupported operand type"), "jenis nilai tidak dapat dihitung bersama (mis. teks ditambah angka)"),
    (re.compile(r"can only concatenate"), "teks dan angka tidak dapat digabung dengan '+'; pakai '~'"),
    (
        re.compile(r"not supported between instances"),
        "nilai berbeda jenis tidak dapat dibandingkan (mis. teks dan angka)",
    ),
    (re.compile(r"index out of range"), "nomor urut melewati panjang daftar"),
)
_PYTHON_ERRORS = {
    ZeroDivisionError: "pembagian dengan nol",
    OverflowError: "bilangan terlalu besar",
    RecursionError: "makro memanggil dirinya sendiri terlalu dalam",
    KeyError: "kunci tidak ada dalam data",
    IndexError: "nomor urut melewati panjang daftar",
}


def user_code_reason(exc: BaseException) -> str:
    """Return why the code in a user's template failed, in Indonesian."""
    text = _one_line(str(exc))
    for pattern, reason in _PYTHON_REASONS:
        match = pattern.search(text)
        if match:
            return reason.format(*(group[:60] for group in match.groups()))
    for kind, reason in _PYTHON_ERRORS.items():
        if isinstance(exc, kind):
            return reason
    if isinstance(exc, TypeError):
        return "jenis nilai tidak cocok untuk operasi atau filter itu"
    if isinstance(exc, ValueError):
        return "nilai tidak sesuai untuk operasi atau filter itu"
    return f"galat {type(exc).__name__}"


def translate_error(exc: jinja2.TemplateError, template_name: str, source: str | None = None) -> NaskahError:
    """Return the naskah error (one Indonesian line) matching Jinja error `exc`."""
    if isinstance(exc, SecurityError):
        return security_error(exc, template_name)
    if isinstance(exc, jinja2.UndefinedError):
        return undefined_error(exc, template_name)
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return syntax_error(exc, template_name, source)
    return RenderError(f"{template_name}: gagal mengisi template ({_one_line(str(exc))})")


def undefined_error(exc: jinja2.UndefinedError, template_name: str) -> RenderError:
    """Return a `RenderError` naming the missing field of `exc`."""
    message = _one_line(exc.message or "")
    for pattern in _UNDEFINED_PATTERNS:
        match = pattern.search(message)
        if match:
            name = match.group("name").strip("'\"")
            return RenderError(
                f"{template_name}: kolom '{name}' tidak tersedia dalam data "
                "(periksa ejaan di template atau lengkapi berkas acara)"
            )
    return RenderError(f"{template_name}: ada kolom yang tidak tersedia dalam data ({message})")


def security_error(exc: SecurityError, template_name: str) -> RenderError:
    """Return a `RenderError` saying the sandbox stopped the template."""
    if isinstance(exc, TemplateBoundError):
        return RenderError(
            f"{template_name}: templat dihentikan karena {_one_line(exc.message or str(exc))}; "
            "sederhanakan perulangan atau rumus di templat itu"
        )
    return RenderError(
        f"{template_name}: template mencoba menjangkau bagian dalam Python dan dihentikan "
        f"({_one_line(exc.message or str(exc))})"
    )


def syntax_error(exc: jinja2.TemplateSyntaxError, template_name: str, source: str | None = None) -> TemplateError:
    """Return a `TemplateError` with the line number and the offending text of `exc`."""
    lineno = exc.lineno or 0
    snippet = _line_text(source if source is not None else exc.source, lineno)
    where = f"{template_name}, baris {lineno}" if lineno else template_name
    text = f": «{snippet}»" if snippet else ""
    return TemplateError(f"{where}: penulisan tag template salah ({_one_line(exc.message or '')}){text}")


def _line_text(source: str | None, lineno: int) -> str:
    """Return the visible text (XML tags removed) of line `lineno` in `source`, shortened."""
    if not source or lineno < 1:
        return ""
    lines = source.splitlines()
    if lineno > len(lines):
        return ""
    text = _one_line(_XML_TAG.sub("", lines[lineno - 1]))
    return text if len(text) <= _SNIPPET_LEN else text[: _SNIPPET_LEN - 1] + "…"


def _one_line(text: str) -> str:
    return " ".join(text.split())
