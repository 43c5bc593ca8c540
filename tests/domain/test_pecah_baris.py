"""The lampiran's own line breaking and page count (issue 11); the printed result is checked through LibreOffice
in tests/test_lampiran_tembusan.py."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from naskah.domain.tata_letak import BATAS_AMAN, _lebar_aman_mm, halaman_daftar, lebar_teks_mm, pecah_baris

WORDS = st.lists(
    st.text(
        alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,;()'-/éü0123456789", min_size=1, max_size=30
    ),
    min_size=1,
    max_size=40,
)


@given(WORDS, st.floats(min_value=20, max_value=170), st.booleans())
def test_every_line_fits_short_of_its_column_and_no_word_is_lost(words, column_mm, tebal):
    text = " ".join(words)
    lines = pecah_baris(text, column_mm, 12, tebal=tebal)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # only the spaces at the breaks go
    assert all(_lebar_aman_mm(line, 12, tebal) <= column_mm * BATAS_AMAN for line in lines if len(line) > 1)


def test_a_bold_line_is_measured_wider_than_a_regular_one():
    name = "Prof. Dr. drg. Maria Goreti Tambunan, M.Kes., Sp.Perio."
    assert _lebar_aman_mm(name, 12, True) > _lebar_aman_mm(name, 12, False) == lebar_teks_mm(name, 12)
    assert len(pecah_baris(name, 75, 12, tebal=True)) == 2


def test_a_letter_number_breaks_only_after_a_slash():
    lines = pecah_baris("000.1.2.3/12045/Diskominfo.Sandi/XII/2026", 47, 12, miring=True)
    assert "".join(lines) == "000.1.2.3/12045/Diskominfo.Sandi/XII/2026"
    assert len(lines) > 1 and all(line.endswith("/") for line in lines[:-1])


def test_the_last_word_never_stands_alone():
    lines = pecah_baris("Asisten Pemerintahan dan Kesejahteraan Rakyat Sekretariat Daerah Kota Palopo;", 152, 12)
    assert len(lines) == 2 and lines[-1] == "Kota Palopo;"


def test_the_signature_takes_the_last_two_items_onto_a_new_page():
    line = 280
    # 10 lines a page: a 2-line heading, 7 one-line items fill 9, a 2-line block does not fit beside them.
    assert halaman_daftar(10 * line, 2 * line, [1] * 7, 2, baris=line) == 2
    assert halaman_daftar(10 * line, 2 * line, [1] * 6, 2, baris=line) == 1
    # An item never splits: a 3-line item that does not fit starts the next page.
    assert halaman_daftar(10 * line, 2 * line, [1] * 6 + [3], 0, baris=line) == 2
