"""The checks on users' templates refuse only what really breaks; what naskah repairs is a warning."""

from __future__ import annotations

import warnings
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from naskah.cli import main
from naskah.docx.check import broken_tags, paragraphs, refuse_broken
from naskah.errors import NaskahWarning, TemplateError
from tests.conftest import docx_text
from tests.corpus.berkas import EVENT, docx_with_body_text


def template(tmp_path: Path, *texts: str) -> Path:
    document = docx.Document()
    for text in texts:
        document.add_paragraph(text)
    path = tmp_path / "templat.docx"
    document.save(str(path))
    return path


def findings(path: Path) -> list[tuple[str, bool]]:
    return [(f.message, f.blocking) for p in paragraphs(path) for f in broken_tags(p)]


@pytest.mark.parametrize(
    "text",
    [
        "{% if jumlah > 1 %}banyak{% endif %}",
        "{% if jumlah < 1 or jumlah >= 10 %}x{% endif %}",
        '{{ "R & D" }}',
        "{{ nama|default('Testé&xx;') }}",
        "{% if a and b %}{{ a ~ ' & ' ~ b }}{% endif %}",
        "Prosa dengan { { kurung } } dan {{ nama }}",
        "himpunan { {a}, {b} }",
    ],
)
def test_what_both_engines_render_is_not_refused(tmp_path, text):
    path = template(tmp_path, text)
    assert [f for f in findings(path) if f[1]] == []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NaskahWarning)
        refuse_broken(path, "templat.docx")


def test_curly_quotes_word_puts_in_are_straightened_with_a_warning(tmp_path):
    path = template(tmp_path, "{{ nama|default(“tanpa nama”) }} {{ ‘x’ }}")
    assert [blocking for _, blocking in findings(path)] == [False, False]
    with pytest.warns(NaskahWarning, match="kutip melengkung"):
        refuse_broken(path, "templat.docx")


def test_quotes_docxtpl_does_not_straighten_are_still_refused(tmp_path):
    path = template(tmp_path, "{{ nama|default(«tanpa nama») }}")
    with pytest.raises(TemplateError, match="tanda kutip «»"):
        refuse_broken(path, "templat.docx")


@pytest.mark.parametrize("text", ["{{ nama ", "{% if a %", "{{ a }} }}"])
def test_unpaired_tags_are_still_refused(tmp_path, text):
    with pytest.raises(TemplateError, match="tidak berpasangan"):
        refuse_broken(template(tmp_path, text), "templat.docx")


def test_a_spaced_tag_is_a_warning_not_a_refusal(tmp_path):
    path = template(tmp_path, "Yth. { { tujuan.yth } }")
    assert [blocking for _, blocking in findings(path)] == [False]


def run_with(tmp_path: Path, text: str):
    (tmp_path / "templat.docx").write_bytes(docx_with_body_text(text))
    event = tmp_path / "acara.yaml"
    event.write_text(EVENT + "templat:\n  undangan: templat.docx\n", encoding="utf-8")
    return CliRunner().invoke(main, ["undangan", str(event), "-o", str(tmp_path / "hasil"), "--tanpa-daftar"])


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ('{% if tembusan|length >= 1 and 2 > 1 %}Dengan tembusan{% endif %} {{ "R & D" }}', "Dengan tembusan R & D"),
        ("{{ nama_tidak_ada|default('Testé&xx;') }}", "Testé&xx;"),
        ("{{ “Bagian Umum & Protokol” }}", "Bagian Umum & Protokol"),
        ("Rumus { {x} } tetap teks", "Rumus { {x} } tetap teks"),
    ],
    ids=["banding-dan-ampersand", "default-entitas", "kutip-melengkung", "prosa-kurung"],
)
def test_a_run_prints_them_as_the_clerk_wrote_them(tmp_path, text, printed):
    result = run_with(tmp_path, text)
    assert result.exit_code == 0, result.output
    letters = sorted((tmp_path / "hasil").glob("[0-9]*.docx"))
    assert letters and all(printed in docx_text(p) for p in letters)
    assert "&amp;" not in docx_text(letters[0])
    if "“" in text:
        assert "peringatan: " in result.stderr and "templat.docx: tanda kutip melengkung" in result.stderr


def test_naskah_templat_periksa_lists_the_warning_but_finds_no_problem(tmp_path):
    (tmp_path / "templat.docx").write_bytes(docx_with_body_text("{{ “Bagian Umum” }} dan prosa { {x} }"))
    result = CliRunner().invoke(main, ["templat", "periksa", str(tmp_path / "templat.docx"), "--jenis", "undangan"])
    assert result.exit_code == 0, result.output
    assert "peringatan: tanda kutip melengkung" in result.output and "Tidak ada masalah." in result.output
