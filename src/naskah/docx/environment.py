"""Jinja environments for naskah templates and translation of Jinja errors into naskah errors."""

from __future__ import annotations

import datetime as dt
import decimal
import math
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

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


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """The sandbox for users' templates, with `**` bounded: `9 ** 9 ** 9` would hang, even at compile time."""

    intercepted_binops = frozenset(["**"])

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: object, right: object) -> object:
        if operator == "**" and _too_big_power(left, right):
            raise SecurityError("pangkat bilangan terlalu besar")
        return super().call_binop(context, operator, left, right)


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
        message = (
            f"{template_name}: kode di templat gagal dijalankan ({type(exc).__name__}: {_one_line(str(exc))[:120]})"
        )
        raise RenderError(message) from exc


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
