"""Users' own templates: list and copy the built-in ones, check one for broken tags, render it in the sandbox."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from naskah.cli import main
from naskah.commands import templat
from naskah.docx.check import paragraphs
from naskah.docx.names import uses
from naskah.jenis import NAMA_TEMPLAT as JENIS_TEMPLAT
from naskah.jenis import _templates as registry
from naskah.jenis._filters import make_document_environment
from tests.conftest import EXAMPLES, docx_text

MARK = "TEMPLAT SENDIRI KANTOR KAMI"


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def template_with(path: Path, *lines: str, base: str | None = None) -> Path:
    """Write a template: the built-in `base` (or an empty document) with `lines` appended as paragraphs."""
    document = docx.Document(str(registry.builtin(base))) if base else docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


@pytest.fixture
def event_folder(tmp_path: Path) -> Path:
    """A copy of examples/ in `tmp_path`, so an event there can name templates beside it."""
    shutil.copytree(EXAMPLES, tmp_path / "contoh")
    return tmp_path / "contoh"


def with_templates(folder: Path, mapping: dict[str, str], *, event: str = "advokasi-palopo.yaml") -> Path:
    """Return a copy of `event` naming the user's templates of `mapping` (kind → file name)."""
    lines = "".join(f"  {kind}: {name}\n" for kind, name in mapping.items())
    target = folder / f"dengan-templat-{event}"
    target.write_text(f"templat:\n{lines}" + (folder / event).read_text(encoding="utf-8"), encoding="utf-8")
    return target


# --------------------------------------------------------------------------- daftar, salin


def test_daftar_lists_every_builtin_template_with_its_line():
    result = run("templat", "daftar")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert len(lines) == len(registry.builtin_names())
    for name, line in zip(registry.builtin_names(), lines, strict=False):
        assert line.split()[0] == name
        assert line.endswith(registry.description(name))


def test_salin_copies_the_builtin_template_unchanged(tmp_path):
    result = run("templat", "salin", "undangan", tmp_path / "templat")
    assert result.exit_code == 0, result.output
    copy = tmp_path / "templat" / "undangan.docx"
    assert copy.read_bytes() == registry.builtin("undangan").read_bytes()
    assert f"Templat disalin: {copy}" in result.output


def test_salin_never_overwrites_without_timpa(tmp_path):
    target = tmp_path / "undangan.docx"
    target.write_bytes(b"hasil suntingan pengguna")
    result = run("templat", "salin", "undangan", tmp_path)
    assert result.exit_code == 2
    assert "--timpa" in result.output
    assert target.read_bytes() == b"hasil suntingan pengguna"
    assert run("templat", "salin", "undangan", tmp_path, "--timpa").exit_code == 0
    assert target.read_bytes() == registry.builtin("undangan").read_bytes()


def test_salin_of_an_unknown_template_names_the_choices(tmp_path):
    result = run("templat", "salin", "surat-cinta", tmp_path)
    assert result.exit_code == 1
    assert "templat bawaan 'surat-cinta' tidak ada; pilihan: " in result.output
    assert not list(tmp_path.iterdir())


# --------------------------------------------------------------------------- periksa


@pytest.mark.parametrize("jenis", sorted(JENIS_TEMPLAT))
def test_every_builtin_template_uses_only_what_naskah_provides(jenis):
    laporan = templat.periksa(Path(str(registry.builtin(jenis))), jenis)
    assert laporan.dipakai
    assert [str(m) for m in laporan.masalah] == []


def test_the_kind_is_guessed_from_the_file_name(tmp_path):
    assert templat.tebak_jenis(tmp_path / "undangan-dinas.docx") == "undangan"
    assert templat.tebak_jenis(tmp_path / "daftar-hadir-rapat.docx") == "daftar_hadir"
    assert templat.tebak_jenis(tmp_path / "surat.docx") is None


def test_an_unknown_kind_names_the_choices(tmp_path):
    result = run("templat", "periksa", template_with(tmp_path / "t.docx", "{{ x }}"), "--jenis", "surat")
    assert result.exit_code == 2
    assert f"jenis templat 'surat' tidak dikenal; pilihan: {', '.join(JENIS_TEMPLAT)}" in result.output


def split_tag_in_hyperlink(document) -> None:
    """Append a paragraph whose tag starts inside a hyperlink and ends outside it (Word does this)."""
    paragraph = document.add_paragraph("Kepada Yth. ")
    link = f'<w:hyperlink {nsdecls("w", "r")} r:id="rId99"><w:r><w:t xml:space="preserve">{{{{ tujuan.</w:t></w:r></w:hyperlink>'
    paragraph._p.append(parse_xml(link))
    paragraph.add_run("yth }} di tempat")


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Hal : {{ surat.hal|default(“Undangan”) }}")
    split_tag_in_hyperlink(document)
    document.add_paragraph("{% if surat.sifat %")
    document.add_paragraph("Tanggal: {{ surat.tempat_tanggal|tanggal_aneh }}")
    document.add_paragraph("Nomor: {{ surat.nomr }}")
    joined = document.add_paragraph("Sifat: ")
    joined.add_run("{{ surat.")
    joined.add_run("sifat }}").bold = True  # split across runs, but docxtpl joins these: not a problem
    path = tmp_path / "undangan-rusak.docx"
    document.save(str(path))
    return path


def test_periksa_reports_each_broken_tag_with_its_paragraph(broken):
    result = run("templat", "periksa", broken)
    assert result.exit_code == 1
    out = result.output
    assert "tanda kutip melengkung di dalam tag {{ surat.hal|default(“Undangan”) }}" in out
    assert "di badan naskah: «Hal : {{ surat.hal|default(“Undangan”) }}»" in out
    assert "tag terpotong oleh format Word" in out
    assert "di badan naskah: «Kepada Yth. {{ tujuan.yth }} di tempat»" in out
    assert "tag tidak berpasangan: jumlah '{%' dan '%}' berbeda" in out
    assert "di badan naskah: «{% if surat.sifat %»" in out
    assert "filter 'tanggal_aneh' tidak dikenal" in out
    assert "data 'surat.nomr' tidak disediakan naskah untuk naskah ini; mungkin maksudnya 'surat.nomor'" in out
    assert "Sifat:" not in out  # the tag split over two runs is one docxtpl repairs
    assert "4 masalah:" in out and "peringatan: tanda kutip melengkung" in out  # straightened: a warning


def test_periksa_lists_the_data_a_template_reads(tmp_path):
    path = template_with(
        tmp_path / "undangan-saya.docx",
        "{{ surat.nomor }}",
        "{%p for t in tembusan %}",
        "{{ t.teks }}",
        "{%p endfor %}",
        "{{ kop.alamat|upper }}",
    )
    result = run("templat", "periksa", path)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1:] == [
        "Data yang dipakai (3):",
        "  surat.nomor",
        "  tembusan[…].teks",
        "  kop.alamat",
        "Tidak ada masalah.",
    ]


def test_loop_variables_resolve_to_the_list_they_run_over(tmp_path):
    path = template_with(
        tmp_path / "t.docx", "{%p for baris in ttd.jabatan %}", "{{ baris }} {{ loop.index }}", "{%p endfor %}"
    )
    found, errors = uses(paragraphs(path), make_document_environment(sandboxed=True))
    assert errors == [] and [u.path for u in found] == ["ttd.jabatan", "ttd.jabatan[]"]


def test_a_template_naming_no_kind_is_checked_without_the_data_list(tmp_path):
    result = run("templat", "periksa", template_with(tmp_path / "surat.docx", "{{ apa_saja }}"))
    assert result.exit_code == 0
    assert "jenis tidak diketahui (pakai --jenis)" in result.output


def test_a_missing_template_file_is_one_line(tmp_path):
    result = run("templat", "periksa", tmp_path / "tidak-ada.docx")
    assert result.exit_code == 1
    assert result.output.strip() == f"Galat: {tmp_path / 'tidak-ada.docx'}: berkas templat tidak ditemukan"


# --------------------------------------------------------------------------- users' templates in use

EVIL = ("{{ ''.__class__.__mro__ }}", "{{ cycler.__init__.__globals__.os }}", "{{ self.__init__.__globals__ }}")
JINJA_OBJECTS = ("{{ cycler }}", "{{ self }}", "{{ lipsum }}")


@pytest.mark.parametrize("tag", EVIL)
def test_the_sandbox_stops_a_template_reaching_for_python(event_folder, tag):
    template_with(event_folder / "jahat.docx", f"Catatan: {tag}", base="undangan")
    out = event_folder / "hasil"
    result = run("undangan", with_templates(event_folder, {"undangan": "jahat.docx"}), "-o", out)
    assert result.exit_code == 1
    assert "jahat.docx: template mencoba menjangkau bagian dalam Python dan dihentikan" in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


@pytest.mark.parametrize("tag", EVIL + JINJA_OBJECTS)
def test_periksa_warns_before_the_sandbox_has_to(tmp_path, tag):
    result = run("templat", "periksa", template_with(tmp_path / "undangan-x.docx", f"Catatan: {tag}"))
    assert result.exit_code == 1
    assert "tag menjangkau bagian dalam Python" in result.output
    assert f"«Catatan: {tag}»" in result.output


def test_every_command_renders_the_users_own_template(event_folder):
    kinds = {kind: f"{kind}-saya.docx" for kind in JENIS_TEMPLAT}
    for kind, name in kinds.items():
        template_with(event_folder / name, MARK, base=kind)
    out = event_folder / "hasil"
    result = run("semua", with_templates(event_folder, kinds), "-o", out)
    assert result.exit_code == 0, result.output
    written = sorted(out.rglob("*.docx"))
    assert len(written) > len(kinds)
    # The DAFTAR UNDANGAN letter has its own template, which an event file cannot replace (yet).
    builtin_only = [] if "undangan_daftar" in JENIS_TEMPLAT else ["undangan-daftar.docx"]
    assert [p.name for p in written if MARK not in docx_text(p)] == builtin_only


def test_the_office_profile_can_name_a_template(event_folder):
    template_with(event_folder / "profil" / "sambutan-kantor.docx", MARK, base="sambutan")
    profile = event_folder / "profil" / "pemkot-palopo-dp3a.yaml"
    profile.write_text(
        profile.read_text(encoding="utf-8") + "templat:\n  sambutan: sambutan-kantor.docx\n", encoding="utf-8"
    )
    result = run("sambutan", event_folder / "advokasi-palopo.yaml", "-o", event_folder / "hasil")
    assert result.exit_code == 0, result.output
    assert all(MARK in docx_text(p) for p in (event_folder / "hasil").glob("*.docx"))


# --------------------------------------------------------------------------- one mailing, one kop


def test_the_daftar_letter_uses_the_users_undangan_template_with_the_list_appended(event_folder):
    template_with(event_folder / "undangan-dinas.docx", MARK, base="undangan")
    out = event_folder / "hasil"
    result = run("undangan", with_templates(event_folder, {"undangan": "undangan-dinas.docx"}), "-o", out)
    assert result.exit_code == 0, result.output
    assert all(MARK in docx_text(p) for p in out.glob("*.docx"))  # the daftar letter too
    daftar = docx_text(out / "undangan-daftar.docx")
    assert "Bapak/Ibu (daftar terlampir)" in daftar
    assert daftar.index(MARK) < daftar.index("DAFTAR UNDANGAN")  # the office's letter, then the list page
    page = daftar.split("DAFTAR UNDANGAN")[1]
    listed = re.findall(r"^(\d+)\.\t(.+)$", page, re.MULTILINE)
    assert len(listed) == 41 and listed[0][0] == "1" and page.strip().split("\n\n")[0].endswith(".")
    assert "NOMOR\t:\t" in daftar and "TANGGAL\t:\t" in daftar
    assert daftar.count("Hj. Andi Rahmawati, S.Sos., M.Si.") == 2  # the letter's signature and the list's


def test_the_users_daftar_template_wins_when_given(event_folder):
    template_with(event_folder / "undangan-dinas.docx", MARK, base="undangan")
    template_with(event_folder / "daftar-dinas.docx", "DAFTAR KANTOR KAMI", base="undangan_daftar")
    mapping = {"undangan": "undangan-dinas.docx", "undangan_daftar": "daftar-dinas.docx"}
    out = event_folder / "hasil"
    assert run("undangan", with_templates(event_folder, mapping), "-o", out).exit_code == 0
    daftar = docx_text(out / "undangan-daftar.docx")
    assert "DAFTAR KANTOR KAMI" in daftar and MARK not in daftar


def test_a_daftar_template_alone_warns_of_two_kops(event_folder):
    template_with(event_folder / "daftar-dinas.docx", "DAFTAR KANTOR KAMI", base="undangan_daftar")
    event = with_templates(event_folder, {"undangan_daftar": "daftar-dinas.docx"})
    result = run("periksa", event)
    assert result.exit_code == 0
    assert "dua kop dalam satu pengiriman" in result.output and "tulis juga templat.undangan" in result.output


def test_the_list_page_escapes_what_the_recipients_wrote(event_folder):
    from lxml import etree

    from naskah.jenis.undangan.konteks import rekam
    from naskah.jenis.undangan.lampiran import halaman_lampiran

    context = {
        "lampiran": rekam(
            {
                "judul": "LAMPIRAN",
                "nomor": "1/2",
                "tanggal": "1 Juli 2024",
                "daftar": [{"nomor": "1.", "teks": "PT <Maju> & Sejahtera;", "cetak": "PT <Maju> &\nSejahtera;"}],
                "cetak": {"judul": "LAMPIRAN", "nomor": "1/2", "tanggal": "1 Juli 2024"},
                "ttd": {"jabatan": ["KEPALA"], "nama": "A & B", "pangkat": "", "nip": "", "garis_bawah": True},
            }
        ),
    }
    xml = halaman_lampiran(context)
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = f'<w:body xmlns:w="{namespace}">{xml}</w:body>'
    texts = etree.fromstring(body.encode()).xpath("//w:t/text()", namespaces={"w": namespace})
    assert "PT <Maju> &" in texts and "Sejahtera;" in texts and "A & B" in texts


# --------------------------------------------------------------------------- periksa checks the templates named


def test_periksa_checks_every_template_the_event_and_profile_name(event_folder):
    template_with(event_folder / "undangan-rusak.docx", "Hal: {{ surat.hall }}", base="undangan")
    template_with(event_folder / "profil" / "sambutan-rusak.docx", "{{ acara.nama }", base="sambutan")
    profile = event_folder / "profil" / "pemkot-palopo-dp3a.yaml"
    profile.write_text(
        profile.read_text(encoding="utf-8") + "templat:\n  sambutan: sambutan-rusak.docx\n", encoding="utf-8"
    )
    event = with_templates(event_folder, {"undangan": "undangan-rusak.docx"})
    result = run("periksa", event)
    assert result.exit_code == 1
    assert "sah." not in result.output
    lines = result.output.splitlines()
    undangan = next(line for line in lines if "undangan-rusak.docx" in line.split(":")[0])
    assert undangan.startswith(f"{event_folder / 'undangan-rusak.docx'}: data 'surat.hall' tidak disediakan")
    assert f"dinamai di {event}:2 (templat.undangan)" in undangan
    sambutan = next(line for line in lines if line.startswith(str(event_folder / "profil" / "sambutan-rusak.docx")))
    assert "instansi.templat.sambutan" in sambutan and "pemkot-palopo-dp3a.yaml" in sambutan


def test_periksa_passes_an_event_whose_templates_are_sound(event_folder):
    template_with(event_folder / "undangan-dinas.docx", MARK, base="undangan")
    result = run("periksa", with_templates(event_folder, {"undangan": "undangan-dinas.docx"}))
    assert result.exit_code == 0, result.output
    assert "sah." in result.output


def test_generation_names_the_users_template_by_its_full_path(event_folder):
    template_with(event_folder / "undangan-rusak.docx", "Hal: {{ surat.hall }}", base="undangan")
    result = run(
        "undangan", with_templates(event_folder, {"undangan": "undangan-rusak.docx"}), "-o", event_folder / "h"
    )
    assert result.exit_code == 1
    assert f"{event_folder / 'undangan-rusak.docx'}: " in result.output
    assert f"naskah templat periksa {event_folder / 'undangan-rusak.docx'}" in result.output


# --------------------------------------------------------------------------- templat data


def test_templat_data_lists_each_name_its_type_and_the_events_value(tmp_path):
    from tests.events import EVENT

    event = tmp_path / "acara.yaml"
    event.write_text(EVENT.replace("Budi Santoso", "Ir. Ma'ruf Daeng Sikki"), encoding="utf-8")
    result = run("templat", "data", "undangan", event)
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line for line in result.output.splitlines()[1:-1]}
    assert re.search(r"surat\.nomor\s+teks\s+«400\.14/215/DP3A/[IVX]+/2024»", rows["surat.nomor"])
    assert re.search(
        r"tujuan\.yth\s+teks\s+«Ir\. Ma'ruf Daeng Sikki»", rows["tujuan.yth"]
    )  # the first recipient's letter
    assert re.search(r"ttd\s+bagian", rows["ttd"]) and re.search(
        r"ttd\.garis_bawah\s+ya/tidak\s+tidak", rows["ttd.garis_bawah"]
    )
    assert re.search(r"rincian\s+daftar \(\d+ butir\)", rows["rincian"])
    assert "rincian[…].teks" in rows
    # Every name listed is one a template may use: a template reading all of them passes the check.
    names = [name for name, line in rows.items() if " teks " in line]
    checked = templat.periksa(
        template_with(tmp_path / "undangan-semua.docx", *(f"{{{{ {n} }}}}" for n in names if "[" not in n))
    )
    assert checked.masalah == ()


def test_templat_data_without_an_event_uses_the_starters_and_refuses_unknown_kinds(tmp_path):
    result = run("templat", "data", "sambutan")
    assert result.exit_code == 0 and "contoh bawaan naskah init" in result.output
    assert "Traceback" not in result.output and "None" not in result.output and "['" not in result.output
    result = run("templat", "data", "surat")
    assert result.exit_code == 2 and "jenis templat 'surat' tidak dikenal" in result.output


def test_templat_data_names_the_missing_part_when_the_event_lacks_the_kind(tmp_path):
    from tests.events import BASE

    event = tmp_path / "acara.yaml"
    event.write_text(BASE, encoding="utf-8")
    result = run("templat", "data", "nota_kesepahaman", event)
    assert result.exit_code == 1 and "bagian 'nota_kesepahaman' belum diisi" in result.output
