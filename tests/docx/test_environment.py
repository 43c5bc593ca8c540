"""Tests for naskah.docx.environment: strict, escaped, sandboxed Jinja and Indonesian errors."""

from __future__ import annotations

import jinja2
import pytest
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import escape

from naskah.docx.environment import jinja_errors, make_environment, register_filters
from naskah.errors import RenderError, TemplateError


def render(source: str, *, sandboxed: bool = False, **context: object) -> str:
    env = make_environment(sandboxed=sandboxed)
    with jinja_errors("surat.docx", source):
        return env.from_string(source).render(context)


def test_values_are_escaped_for_xml():
    assert render("<w:t>{{ v }}</w:t>", v="PT Maju & Jaya <Tbk>") == "<w:t>PT Maju &amp; Jaya &lt;Tbk&gt;</w:t>"


@pytest.mark.parametrize("value", ["{{ 7*7 }}", "{% for x in y %}", "{# komentar #}", "{{ cycler.__init__ }}"])
def test_data_is_never_template_code(value):
    assert render("{{ v }}", v=value) == value


@given(st.text())
def test_any_value_prints_as_escaped_text(value):
    assert render("{{ v }}", v=value) == str(escape(value))


def test_missing_field_names_the_field_and_template():
    with pytest.raises(RenderError, match=r"^surat\.docx: kolom 'nama' tidak tersedia"):
        render("Yth. {{ nama }}")


@pytest.mark.parametrize("source", ["{{ acara.tempat }}", "{{ acara['tempat'] }}"])
def test_missing_key_names_the_key(source):
    with pytest.raises(RenderError, match="kolom 'tempat' tidak tersedia"):
        render(source, acara={})


@pytest.mark.parametrize(
    "source",
    ["{{ ''.__class__.__mro__ }}", "{{ cycler.__init__.__globals__ }}", "{{ ''.format.__globals__ }}"],
)
def test_sandbox_stops_python_internals(source):
    with pytest.raises(RenderError, match="bagian dalam Python dan dihentikan"):
        render(source, sandboxed=True)


def test_sandbox_still_renders_ordinary_templates():
    assert render("{{ a | upper }} {{ b }}", sandboxed=True, a="x", b=1) == "X 1"


def test_syntax_error_gives_line_and_text():
    with pytest.raises(TemplateError) as info:
        render("baris satu\n<w:t>Kepada {{ nama }</w:t>")
    message = str(info.value)
    assert message.startswith("surat.docx, baris 2: penulisan tag template salah")
    assert "«Kepada {{ nama }»" in message
    assert "\n" not in message


def test_filters_are_registered_in_one_place():
    env = make_environment(filters={"teriak": lambda s: f"{s}!"})
    register_filters(env, {"bisik": str.lower})
    assert env.from_string("{{ 'A' | teriak }} {{ 'B' | bisik }}").render() == "A! b"


@pytest.mark.parametrize("filters", [{"bukan nama": str}, {"x": "bukan fungsi"}])
def test_bad_filters_are_refused(filters):
    with pytest.raises(TypeError):
        make_environment(filters=filters)


def test_sandboxed_environment_is_immutable_sandbox():
    env = make_environment(sandboxed=True)
    assert isinstance(env, jinja2.sandbox.ImmutableSandboxedEnvironment)
    assert env.autoescape is True
    assert env.undefined is jinja2.StrictUndefined


@pytest.mark.parametrize("source", ["{{ self }}", "{{ cycler }}", "{{ lipsum }}", "{{ namespace }}", "{{ data }}"])
def test_templates_print_data_never_python_objects(source):
    env = make_environment(sandboxed=True)
    with pytest.raises(RenderError, match="tidak boleh dicetak"):
        with jinja_errors("surat.docx"):
            env.from_string(source).render(data={"a": 1})


@pytest.mark.parametrize("source", ["{{ 10 ** 100000 }}", "{{ 9 ** (9 ** 9) }}", "{{ x ** 100000 }}"])
def test_huge_powers_are_stopped_before_they_hang(source):
    env = make_environment(sandboxed=True)
    with pytest.raises(RenderError, match="pangkat bilangan terlalu besar"):
        with jinja_errors("surat.docx", user_code=True):
            env.from_string(source).render(x=10)


@pytest.mark.parametrize("source", ["{{ 1/0 }}", "{{ range(10**6) | list }}", "{{ 'x' | terbilang }}"])
def test_python_errors_in_user_templates_are_one_line(source):
    env = make_environment(sandboxed=True)
    env.filters["terbilang"] = int
    with pytest.raises(RenderError, match="^surat.docx: kode di templat gagal dijalankan"):
        with jinja_errors("surat.docx", user_code=True):
            env.from_string(source).render()


def test_python_errors_in_builtin_templates_keep_their_traceback():
    with pytest.raises(ZeroDivisionError):
        with jinja_errors("undangan.docx"):
            make_environment().from_string("{{ 1/0 }}").render()
