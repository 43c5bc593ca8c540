"""Tests for naskah.docx.names: which data a template reads, and which of it a context provides."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import docx
import pytest

from naskah.docx.check import _TAG, Paragraph, paragraphs
from naskah.docx.environment import make_environment
from naskah.docx.names import available, paths_with_children, unknown_filters, unsafe_attributes, uses


def para(text: str, where: str = "badan naskah") -> Paragraph:
    return Paragraph(where, text, tuple(_TAG.findall(text)), "")


def env():
    return make_environment(sandboxed=True, filters={"rupiah": str, "tanggal_panjang": str})


def read(*texts: str) -> list[tuple[str, int]]:
    """Return (path, index of its paragraph) for every data path the tags of `texts` read."""
    found = [para(text) for text in texts]
    used, errors = uses(found, env())
    assert errors == []
    return [(use.path, found.index(use.paragraph)) for use in used]


@dataclasses.dataclass
class Pejabat:
    nama: str
    nip: str


CONTEXT = {
    "acara": {"nama": "Musrenbang Kecamatan Depok", "tanggal": "2025-03-04"},
    "kop": SimpleNamespace(pemerintah="PEMERINTAH KABUPATEN SLEMAN", alamat="Jl. Parasamya"),
    "penandatangan": Pejabat("Dra. Sri Purnomo", "196504121990031005"),
    "penerima": [{"nama": "Camat Depok", "alamat": ["Jl. Kaliurang", "Km 7"]}],
    "lampiran": [],
    "tembusan": ("Bupati Sleman",),
}


def test_available_walks_dicts_records_and_lists():
    offered = available([CONTEXT])
    assert {
        "acara.nama",
        "kop.pemerintah",
        "penandatangan.nip",
        "penerima[].nama",
        "penerima[].alamat[]",
        "tembusan[]",
    } <= offered.paths
    assert "acara.nama" in offered.leaves and "acara" not in offered.leaves
    assert "penerima[].alamat[]" in offered.leaves
    assert offered.open_lists == frozenset({"lampiran[]"})


def test_a_path_that_is_a_container_in_one_context_is_no_leaf():
    # One event gives `tempat` as text, another as a record: the record's fields must still be checked.
    offered = available([{"tempat": "Pendopo"}, {"tempat": {"nama": "Pendopo", "alamat": "Jl. A"}}])
    assert "tempat" not in offered.leaves and "tempat.nama" in offered.leaves


def test_list_items_seen_in_any_context_count():
    offered = available([{"lampiran": []}, {"lampiran": [{"judul": "Peta lokasi"}]}])
    assert offered.provides("lampiran[].judul")


@pytest.mark.parametrize(
    "path",
    [
        "acara",
        "acara.nama",
        "acara.nama.upper",  # a string method on a leaf
        "penerima[].alamat[]",
        "kop.items",  # a dict method on a container
        "lampiran[]",
        "lampiran[].judul",  # nothing is known about an empty list's items
        "tembusan[]",
    ],
)
def test_provided_paths(path):
    assert available([CONTEXT]).provides(path)


@pytest.mark.parametrize("path", ["acara.tempat", "acara.namanya", "penerima[].jabatan", "kop.logo", "nomor"])
def test_paths_not_provided(path):
    assert not available([CONTEXT]).provides(path)


def test_below_a_text_leaf_is_left_to_the_fill():
    # `kop.alamat.kota` on a text: a string method or an error when filling, not a missing datum.
    assert available([CONTEXT]).provides("kop.alamat.kota")


def test_paths_with_children():
    assert paths_with_children({"a.b.c", "d[]", "e"}) == {"a", "a.b", "d"}


def test_uses_reads_paths_and_their_paragraphs():
    assert read("Nomor: {{ surat.nomor }}", "Hal: {{ surat.hal | upper }}") == [("surat.nomor", 0), ("surat.hal", 1)]


def test_loop_variables_resolve_to_the_list_across_paragraphs():
    found = read("{%p for p in penerima %}", "Yth. {{ p.nama }} ({{ loop.index }})", "{%p endfor %}", "{{ p }}")
    assert found == [("penerima", 0), ("penerima[].nama", 1), ("p", 3)]  # outside the loop `p` is data again


def test_locals_globals_and_computed_values_are_not_data():
    found = read("{% set x = acara.nama %}{{ x }} {{ range(3) | list | length }} {{ (acara.hari ~ '!') }}")
    assert found == [("acara.nama", 0), ("acara.hari", 0)]


def test_subscripts_and_method_calls_read_their_base():
    found = read("{{ kop['pemerintah'] }} {{ penerima[0].nama }} {% for k, v in kop.items() %}{{ v }}{% endfor %}")
    assert found == [("kop.pemerintah", 0), ("penerima[].nama", 0), ("kop", 0)]


def test_macros_and_their_arguments_are_not_data():
    found = read("{% macro baris(isi) %}{{ isi.teks }} {{ kop.alamat }}{% endmacro %}", "{{ baris(acara) }}")
    assert found == [("kop.alamat", 0), ("acara", 1)]


def test_paths_are_read_from_a_real_template(tmp_path):
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "{{ kop.pemerintah }}"
    document.add_paragraph("{%p for t in tembusan %}")
    document.add_paragraph("{{ loop.index }}. {{ t }}")
    document.add_paragraph("{%p endfor %}")
    document.save(tmp_path / "tembusan.docx")
    found = [p for p in paragraphs(tmp_path / "tembusan.docx") if p.tags]
    used, errors = uses(found, env())
    assert errors == []
    assert [(u.path, u.paragraph.where) for u in used] == [
        ("tembusan", "badan naskah"),
        ("tembusan[]", "badan naskah"),
        ("kop.pemerintah", "kepala halaman"),
    ]


def test_a_syntax_error_points_at_its_paragraph():
    found = [para("{{ surat.nomor }}"), para("Tanggal {{ surat.tanggal | }}"), para("{{ penerima }}")]
    used, errors = uses(found, env())
    assert used == []
    [error] = errors
    assert error.message.startswith("penulisan tag salah: ")
    assert error.paragraph is found[1]


def test_an_unclosed_block_points_at_a_paragraph_of_the_template():
    found = [para("{%p if tembusan %}"), para("Tembusan")]
    _, [error] = uses(found, env())
    assert error.paragraph in found
    assert "penulisan tag salah" in error.message


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("{{ acara.__class__ }}", "__class__"),
        ("{{ acara['_sandi'] }}", "_sandi"),
        ("{{ cycler }}", "cycler"),
        ("{{ self }}", "self"),
        ("{{ lipsum(2) }}", "lipsum"),
    ],
)
def test_python_internals_are_found(text, name):
    found = [para("Nomor {{ surat.nomor }}"), para(text)]
    [finding] = unsafe_attributes(found, env())
    assert finding.message == f"tag menjangkau bagian dalam Python ('{name}'), bukan data naskah; hapus tag itu"
    assert finding.paragraph is found[1]


def test_one_finding_per_paragraph():
    found = [para("{{ a.__class__.__mro__ }} {{ b._x }}")]
    assert len(unsafe_attributes(found, env())) == 1


def test_ordinary_data_is_not_internals():
    assert unsafe_attributes([para("{{ acara.nama_ }} {{ kop['alamat'] }} {{ loop_ }}")], env()) == []


def test_unknown_filters_are_found_and_naskahs_own_are_listed():
    found = [para("{{ anggaran | rupiah }}"), para("{{ acara.tanggal | tanggal_panjang | hurufbesar }}")]
    [finding] = unknown_filters(found, env())
    assert finding.message == (
        "filter 'hurufbesar' tidak dikenal (filter naskah: rupiah, tanggal_panjang, selain filter bawaan Jinja)"
    )
    assert finding.paragraph is found[1]


def test_jinja_filters_are_known():
    assert unknown_filters([para("{{ a | upper | default('-') | join(', ') | length }}")], env()) == []


def test_the_document_environment_lists_every_domain_filter():
    from naskah.jenis._filters import domain_filters, make_document_environment

    [finding] = unknown_filters([para("{{ x | tebal }}")], make_document_environment(sandboxed=True))
    assert f"(filter naskah: {', '.join(domain_filters())}, selain filter bawaan Jinja)" in finding.message


def test_a_syntax_error_yields_no_filter_or_internals_findings():
    broken = [para("{{ a | }}"), para("{{ b.__class__ | hurufbesar }}")]
    assert unknown_filters(broken, env()) == [] and unsafe_attributes(broken, env()) == []
