"""Click's own words reach the clerk in Indonesian: help headings, the help option, usage errors."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from naskah.cli import main
from naskah.cli_indonesia import indonesian_message


def run(*args: str):
    return CliRunner().invoke(main, list(args), prog_name="naskah")


def test_help_is_indonesian_throughout():
    result = run("undangan", "--help")
    assert result.exit_code == 0
    assert result.output.startswith("Pemakaian: naskah undangan [PILIHAN] BERKAS")
    assert "Pilihan:" in result.output and "Tampilkan bantuan ini lalu keluar." in result.output
    for english in ("Usage:", "Options:", "Show this message"):
        assert english not in result.output
    assert "Perintah:" in run("--help").output and "Tampilkan versi naskah" in run("--help").output


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["periksa"], "Galat: argumen BERKAS belum diisi"),
        (["undangan", "x.yaml"], "Galat: pilihan '-o' / '--keluaran' wajib diisi"),
        (["undangan", "x.yaml", "-o"], "Galat: pilihan '-o' memerlukan nilai"),
        (["periksa", "--tmpa", "x.yaml"], "Galat: pilihan --tmpa tidak dikenal"),
        (["bikin"], "Galat: perintah 'bikin' tidak dikenal"),
        (
            ["init", "--jenis", "pesta", "x.yaml"],
            "Galat: nilai 'pesta' untuk '--jenis' tidak dikenal; pilih salah satu:",
        ),
        (["periksa", "a.yaml", "b.yaml"], "Galat: argumen berlebih: b.yaml"),
    ],
)
def test_usage_errors_are_indonesian_with_exit_2(args, expected):
    result = run(*args)
    assert result.exit_code == 2
    assert expected in result.output
    if args[-1] != "-o":  # click raises "requires an argument" without a context, so with no usage line
        assert "Pemakaian: naskah" in result.output and "untuk bantuan" in result.output
    assert "Error:" not in result.output and "Try '" not in result.output


def test_unknown_messages_pass_through_unchanged():
    assert indonesian_message("Sesuatu yang lain.") == "Sesuatu yang lain."


def every_command(group=main, path=()):
    """Yield the argument list of every command's --help, subgroups included."""
    import click

    for name, command in group.commands.items():
        yield [*path, name]
        if isinstance(command, click.Group):
            yield from every_command(command, (*path, name))


ENGLISH_HELP = ("[required", "default:", " PATH", " FILE", " TEXT", " INTEGER", "Usage:", "Options:", "Show this")


@pytest.mark.parametrize("command", list(every_command()), ids=" ".join)
def test_no_help_page_carries_clicks_english(command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    found = [word for word in ENGLISH_HELP if word in result.output]
    assert not found, found


def test_required_defaults_and_metavars_are_indonesian():
    assert "[wajib]" in run("undangan", "--help").output
    assert "-o, --keluaran FOLDER" in run("semua", "--help").output
    assert "--penerima BERKAS" in run("semua", "--help").output
    assert "[bawaan: advokasi]" in run("init", "--help").output
    assert "--jenis TEKS" in run("templat", "periksa", "--help").output


def test_a_mistyped_command_gets_its_suggestion_in_indonesian():
    result = run("semuaa", "x.yaml")
    assert result.exit_code == 2
    assert "Galat: perintah 'semuaa' tidak dikenal; maksud Anda 'semua'?" in result.output
    assert "Did you mean" not in result.output


def test_choices_accept_any_case(tmp_path):
    result = run("init", "--jenis", "RAPAT", str(tmp_path / "a.yaml"))
    assert result.exit_code == 0, result.output
    assert "(rapat)" in (tmp_path / "a.yaml").read_text(encoding="utf-8")
    result = run("daftar-hadir", str(tmp_path / "a.yaml"), "-o", str(tmp_path / "h"), "--orientasi", "Lanskap")
    assert result.exit_code == 0, result.output
    assert "(lanskap)" in result.output


def test_a_non_number_for_a_number_option_is_worded_in_indonesian():
    assert indonesian_message("Invalid value for '--n': 'x' is not a valid integer.") == (
        "nilai 'x' untuk '--n' harus berupa angka"
    )


# --------------------------------------------------------------------------- the schema's choices


def schema_problem(tmp_path, gaya: str):
    from naskah.domain.loader import load_event
    from naskah.errors import InputFileError
    from tests.events import BASE

    event = tmp_path / "acara.yaml"
    event.write_text(BASE.replace("  kepala_daerah:", f"  gaya:\n{gaya}  kepala_daerah:"), encoding="utf-8")
    try:
        return load_event(event)
    except InputFileError as exc:
        return exc.problems


@pytest.mark.parametrize(("written", "kertas"), [("Folio", "F4"), ("folio", "F4"), ("f4", "F4"), ("a4", "A4")])
def test_paper_names_clerks_use_are_accepted_and_normalised(tmp_path, written, kertas):
    loaded = schema_problem(tmp_path, f"    kertas: {written}\n")
    assert loaded.berkas.instansi.gaya.kertas == kertas


def test_other_choices_in_the_schema_take_any_case(tmp_path):
    loaded = schema_problem(tmp_path, "    alamat_surat: ANRI\n    label_rincian: Kapital\n")
    assert loaded.berkas.instansi.gaya.alamat_surat == "anri"
    assert loaded.berkas.instansi.gaya.label_rincian == "kapital"


def test_a_wrong_choice_lists_the_choices_with_atau(tmp_path):
    [problem] = schema_problem(tmp_path, "    kertas: B5\n")
    assert problem.path == "instansi.gaya.kertas"
    assert problem.hint == "pilih salah satu: 'F4' atau 'A4'"
    assert " or " not in str(problem)


@pytest.mark.parametrize("written", ["", "\n      x: '1'", "\n      - a"], ids=["kosong", "bagian", "daftar"])
def test_pydantics_messages_never_show_python_spelling(tmp_path, written):
    problems = schema_problem(
        tmp_path, f"    kertas:{written}\n    di_tempat:{written}\n    ambang_daftar_undangan:{written}\n"
    )
    assert len(problems) == 3
    for problem in problems:
        text = str(problem)
        assert not any(python in text for python in ("None", "{'", "['", "Input should", " or ")), text


def test_an_error_kind_naskah_does_not_word_itself_is_still_indonesian():
    from naskah.domain.messages import _message

    message, _ = _message({"type": "url_parsing", "msg": "Input should be a valid URL", "input": "x y"})
    assert message == "nilai tidak sah (tertulis: 'x y')"


def test_a_status_without_its_dot_or_in_other_case_is_the_status(tmp_path):
    from naskah.domain.loader import load_event
    from tests.events import BASE, SURAT

    for written, status in (("Pjs", "Pjs."), ("plt", "Plt."), ("PLH.", "Plh."), ("Definitif", "definitif")):
        event = tmp_path / f"{written}.yaml"
        event.write_text(BASE + SURAT + f"  status: {written}\n", encoding="utf-8")
        assert load_event(event).berkas.penandatangan.status == status
