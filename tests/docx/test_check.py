"""Tests for naskah.docx.check: a template's paragraphs as a clerk sees them, and the tags Word broke."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from naskah.docx.check import _TAG, Finding, Paragraph, broken_tags, jinja_line, paragraphs, refuse_broken
from naskah.errors import TemplateError
from tests.docx.docx_fixtures import W_NS


def paragraph(text: str, xml: str | None = None) -> Paragraph:
    """Return a body paragraph of `text`, stored as one run unless `xml` says otherwise."""
    xml = xml or f"<w:p {W_NS}><w:r><w:t>{text}</w:t></w:r></w:p>"
    return Paragraph("badan naskah", text, tuple(_TAG.findall(text)), xml)


def runs_paragraph(*runs: str, between: str = "") -> Paragraph:
    """Return a paragraph whose text Word stored as `runs`, with `between` XML after the first run."""
    parts = [f"<w:r><w:t>{text}</w:t></w:r>" for text in runs]
    xml = f"<w:p {W_NS}>{parts[0]}{between}{''.join(parts[1:])}</w:p>"
    built = paragraph("".join(runs))
    return Paragraph(built.where, built.text, built.tags, xml)


def messages(found: list[Finding]) -> list[str]:
    return [finding.message for finding in found]


def build(path: Path) -> Path:
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "PEMERINTAH {{ kop.pemerintah }}"
    section.footer.paragraphs[0].text = "Halaman kaki"
    document.add_paragraph("Nomor: {{ surat.nomor }}")
    split = document.add_paragraph("Yth. {{ penerima")
    split.add_run(".nama }}").italic = True
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "{{ s.waktu }}"
    table.rows[0].cells[1].text = "Kegiatan"
    document.add_paragraph("Hormat kami")
    document.save(path)
    return path


def test_paragraphs_are_read_body_first_with_where_they_are(tmp_path):
    found = paragraphs(build(tmp_path / "undangan.docx"))
    shown = [(p.where, p.text, p.tags) for p in found if p.text]
    assert shown == [
        ("badan naskah", "Nomor: {{ surat.nomor }}", ("{{ surat.nomor }}",)),
        ("badan naskah", "Yth. {{ penerima.nama }}", ("{{ penerima.nama }}",)),
        ("badan naskah (di dalam tabel)", "{{ s.waktu }}", ("{{ s.waktu }}",)),
        ("badan naskah (di dalam tabel)", "Kegiatan", ()),
        ("badan naskah", "Hormat kami", ()),
        ("kaki halaman", "Halaman kaki", ()),
        ("kepala halaman", "PEMERINTAH {{ kop.pemerintah }}", ("{{ kop.pemerintah }}",)),
    ]


def test_a_text_box_is_read_once(tmp_path):
    document = docx.Document()
    box = (
        f"<w:r {W_NS}><w:pict><w:txbxContent><w:p><w:r><w:t>{{{{ acara.tempat }}}}</w:t></w:r></w:p>"
        "</w:txbxContent></w:pict></w:r>"
    )
    document.add_paragraph("Tempat:")._p.append(parse_xml(box))
    document.save(tmp_path / "kotak.docx")
    found = [p for p in paragraphs(tmp_path / "kotak.docx") if p.tags]
    assert [(p.text, p.tags) for p in found] == [("{{ acara.tempat }}", ("{{ acara.tempat }}",))]


def test_paragraphs_keep_their_xml_for_the_run_check(tmp_path):
    split = next(p for p in paragraphs(build(tmp_path / "a.docx")) if "penerima" in p.text)
    assert split.xml.startswith("<w:p") and split.xml.count("<w:r>") + split.xml.count("<w:r ") == 2


def test_shown_collapses_spaces_and_shortens_long_text():
    long = paragraph("Dengan hormat,\n\t  kami " + "sangat " * 30 + "berharap")
    shown = long.shown
    assert shown.startswith("badan naskah: «Dengan hormat, kami sangat")
    assert shown.endswith("…»") and len(shown) == len("badan naskah: «»") + 100


def test_a_finding_prints_its_paragraph_on_the_next_line():
    finding = Finding("tag tidak berpasangan", paragraph("Yth. {{ nama"))
    assert str(finding) == "tag tidak berpasangan\n    di badan naskah: «Yth. {{ nama»"
    assert str(Finding("gagal diisi")) == "gagal diisi"


@pytest.mark.parametrize("text", ["Yth. {{ penerima.nama }", "{% if tembusan %", "{# catatan", "}} sisa"])
def test_an_unclosed_tag_is_found(text):
    assert messages(broken_tags(paragraph(text)))[0].startswith("tag tidak berpasangan: jumlah '")


def test_the_unbalanced_pair_is_named():
    [message] = messages(broken_tags(paragraph("{% if x %} {{ nama }")))
    assert message.startswith("tag tidak berpasangan: jumlah '{{' dan '}}' berbeda")


@pytest.mark.parametrize("quote", ["“", "”", "‘", "’"])
def test_curly_quotes_in_a_tag_are_found(quote):
    text = f"{{{{ acara.tempat | default({quote}Pendopo{quote}) }}}}"
    [message] = messages(broken_tags(paragraph(text)))
    assert message.startswith(f"tanda kutip melengkung di dalam tag {text};")
    assert "matikan 'smart quotes' di Word" in message


def test_curly_quotes_outside_tags_are_fine():
    assert broken_tags(paragraph("Acara “Gebyar UMKM” {{ acara.nama }}")) == []


@pytest.mark.parametrize("text", ["{ { nama } }", "{ % if x % }", "{{ nama } }"])
def test_spaced_braces_are_found(text):
    assert any("kurung kurawal tag terpisah spasi" in m for m in messages(broken_tags(paragraph(text))))


def test_a_clean_paragraph_has_no_findings():
    assert broken_tags(paragraph("{%p if tembusan %}")) == []
    assert broken_tags(paragraph("Nomor {{ surat.nomor }}, tanggal {{ surat.tanggal | tanggal }}")) == []


def test_a_tag_split_over_plain_runs_is_repaired_by_docxtpl_so_not_reported():
    split = runs_paragraph("Yth. {{ penerima.", "nama }}", between="<w:r><w:rPr><w:b/></w:rPr><w:t/></w:r>")
    assert broken_tags(split) == []


def test_a_tag_split_by_a_hyperlink_cannot_be_repaired():
    # Joining the runs would leave a dangling </w:hyperlink> inside the document.
    split = runs_paragraph("{{ acara.", "tautan }}", between="<w:hyperlink><w:r><w:t/></w:r>")
    split = Paragraph(split.where, split.text, split.tags, split.xml.replace("</w:p>", "</w:hyperlink></w:p>"))
    [message] = messages(broken_tags(split))
    assert message.startswith("tag terpotong oleh format Word yang tidak dapat dirapikan otomatis")


def test_a_tag_finished_as_a_tracked_change_cannot_be_repaired():
    # Word with "Track Changes" on: the end of the tag sits inside <w:ins>, which joining would tear apart.
    xml = (
        f'<w:p {W_NS}><w:r><w:t>{{{{ surat.no</w:t></w:r><w:ins w:id="1" w:author="Sekretariat">'
        "<w:r><w:t>mor }}</w:t></w:r></w:ins></w:p>"
    )
    tracked = Paragraph("badan naskah", "{{ surat.nomor }}", ("{{ surat.nomor }}",), xml)
    assert messages(broken_tags(tracked)) == [
        "tag terpotong oleh format Word yang tidak dapat dirapikan otomatis; hapus tag itu lalu ketik ulang "
        "sekaligus, tanpa mengubah huruf atau tautan di tengahnya"
    ]


def test_a_field_code_inside_a_tag_is_dropped_by_the_join_so_not_reported():
    xml = (
        f"<w:p {W_NS}><w:r><w:t>{{{{ sur</w:t></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
        "<w:r><w:t>at }}</w:t></w:r></w:p>"
    )
    assert broken_tags(Paragraph("badan naskah", "{{ surat }}", ("{{ surat }}",), xml)) == []


@pytest.mark.parametrize(
    ("tag", "plain"),
    [
        ("{%p if tembusan %}", "{% if tembusan %}"),
        ("{%tr for s in susunan %}", "{% for s in susunan %}"),
        ("{%tc endfor %}", "{% endfor %}"),
        ("{{r teks_kaya }}", "{{ teks_kaya }}"),
        ("{%- p if x -%}", "{%- p if x -%}"),  # a space after '-': not docxtpl's prefix, left to Jinja
        ("{% colspan jumlah %}", "{{ jumlah }}"),
        ("{% cellbg warna %}", "{{ warna }}"),
        ("{% vm %}", ""),
        ("{% hm %}", ""),
        ("{{ nama }}", "{{ nama }}"),
    ],
)
def test_jinja_line_removes_docxtpl_syntax(tag, plain):
    assert jinja_line(paragraph(tag)) == plain


def test_jinja_line_joins_the_tags_of_a_paragraph():
    assert jinja_line(paragraph("{{ a }} dan {%p if b %} lalu {{ c | upper }}")) == "{{ a }} {% if b %} {{ c | upper }}"


def test_refuse_broken_names_the_problem_the_place_and_the_fix(tmp_path):
    document = docx.Document()
    document.add_paragraph("Nomor: {{ surat.nomor }}")
    document.add_paragraph("Kepada Yth. {{ penerima.nama }")
    document.save(tmp_path / "undangan-saya.docx")
    with pytest.raises(TemplateError) as info:
        refuse_broken(tmp_path / "undangan-saya.docx", "undangan-saya.docx")
    assert str(info.value) == (
        "undangan-saya.docx: tag tidak berpasangan: jumlah '{{' dan '}}' berbeda (tag harus dibuka dan ditutup "
        "di paragraf yang sama); di badan naskah: «Kepada Yth. {{ penerima.nama }» "
        "(periksa dengan 'naskah templat periksa undangan-saya.docx')"
    )


def test_refuse_broken_accepts_a_sound_template(tmp_path):
    assert refuse_broken(build(tmp_path / "baik.docx"), "baik.docx") is None
