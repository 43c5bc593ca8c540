"""Every rendered document is checked before it is written: a template that breaks for one recipient writes nothing."""

from __future__ import annotations

from pathlib import Path

import docx
import docx.shared
import pytest
from click.testing import CliRunner

from naskah.cli import main
from naskah.docx import PreparedTemplate
from naskah.errors import TemplateError
from naskah.jenis._filters import make_document_environment
from tests.events import EVENT


def conditional_across_a_table(path: Path) -> Path:
    """Write a template whose `{%p if %}` opens in the body and closes inside a table cell.

    When the condition holds, the skipped-over `<w:tbl><w:tr><w:tc>` is printed and the XML balances; when it
    does not, the closing tags are printed without their openings: broken for that recipient only.
    """
    document = docx.Document()
    document.add_paragraph("Yth. {{ tujuan.yth }}")
    document.add_paragraph("{%p if tujuan.lanjutan %}")
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "{{ tujuan.lanjutan[0] }}"
    cell.add_paragraph("{%p endif %}")
    document.add_paragraph("Demikian.")
    document.save(str(path))
    return path


def test_the_engine_checks_every_render_not_only_the_first(tmp_path: Path) -> None:
    template = PreparedTemplate.load(conditional_across_a_table(tmp_path / "t.docx"), make_document_environment())
    template.render_part_xml({"tujuan": {"yth": "Budi", "lanjutan": ["Lurah Wara"]}}, untuk="baris 2 (Budi)")
    with pytest.raises(TemplateError, match=r"t\.docx \(word/document\.xml\): hasil isian untuk baris 3 \(Camat\)"):
        template.render_part_xml({"tujuan": {"yth": "Camat", "lanjutan": []}}, untuk="baris 3 (Camat)")


def test_a_user_template_broken_for_the_second_recipient_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    conditional_across_a_table(tmp_path / "undangan-saya.docx")
    event = tmp_path / "acara.yaml"
    event.write_text("templat:\n  undangan: undangan-saya.docx\n" + EVENT, encoding="utf-8")
    (tmp_path / "hasil").mkdir()
    (tmp_path / "hasil" / "milik-pengguna.txt").write_text("jangan dihapus", encoding="utf-8")

    result = CliRunner().invoke(main, ["undangan", str(event), "-o", str(tmp_path / "hasil")])

    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Galat: "), result.stderr
    assert "undangan-saya.docx" in lines[0] and "bukan dokumen Word yang sah" in lines[0]
    assert "Traceback" not in result.output
    assert [p.name for p in (tmp_path / "hasil").iterdir()] == ["milik-pengguna.txt"]


def test_a_footer_that_breaks_for_one_document_is_caught_too(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Isi surat {{ nomor }}")
    footer = document.sections[0].footer
    footer.paragraphs[0].text = "{%p if catatan %}"
    cell = footer.add_table(rows=1, cols=1, width=docx.shared.Mm(100)).cell(0, 0)
    cell.paragraphs[0].text = "{{ catatan }}"
    cell.add_paragraph("{%p endif %}")
    document.save(str(tmp_path / "kaki.docx"))
    template = PreparedTemplate.load(tmp_path / "kaki.docx", make_document_environment())
    template.render_part_xml({"nomor": "1", "catatan": "ada"})
    with pytest.raises(TemplateError, match=r"kaki\.docx \(word/footer\d*\.xml\): hasil isian untuk surat ke-2"):
        template.render_part_xml({"nomor": "2", "catatan": ""}, untuk="surat ke-2")
