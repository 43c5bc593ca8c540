"""pola_nomor: a template language of its own (named fields, zero-padding), never Python's str.format."""

from __future__ import annotations

import pytest

from naskah.domain import surat

VALUES = {"kka": "400.14", "urut": "7", "unit": "DP3A", "bulan": "06", "bulan_romawi": "VI", "tahun": "2024"}


@pytest.mark.parametrize(
    ("pola", "nomor"),
    [
        ("{kka}/{urut}/{unit}/{bulan_romawi}/{tahun}", "400.14/7/DP3A/VI/2024"),
        ("{kka}/{urut:03}/{unit}/{tahun}", "400.14/007/DP3A/2024"),
        ("B-{urut:05}/Setda/{bulan}.{tahun}", "B-00007/Setda/06.2024"),
        ("{urut:01}", "7"),
        ("{ urut }-{kka:03}", "7-400.14"),  # padding never cuts a longer value
        ("Nomor tetap 12", "Nomor tetap 12"),
    ],
)
def test_patterns_fill_named_fields_and_pad_with_zeros(pola, nomor):
    assert surat.masalah_pola(pola) is None
    assert surat.isi_nilai(pola, VALUES) == nomor


@pytest.mark.parametrize(
    ("pola", "words"),
    [
        ("{urut:03d}", ("':03d'", "{urut}", "{urut:03}")),
        ("{kka:{urut}}", ("{kka:", "bersarang")),
        ("{kka:>100000000}", ("':>100000000'", "{kka}")),
        ("{urut:010}", ("':010'", "{urut}")),
        ("{urut:3}", ("':3'",)),
        ("{nomer}/{tahun}", ("{nomer}",)),
        ("{0}", ("{0}",)),
        ("{}", ("tanpa nama",)),
        ("{{kka}}", ("berpasangan",)),
        ("{kka}/{urut", ("{urut",)),
        ("{kka.__class__}", ("{kka.__class__}",)),
        ("{kka[0]}", ("{kka[0]}",)),
    ],
)
def test_anything_else_is_one_indonesian_problem_naming_the_field(pola, words):
    problem = surat.masalah_pola(pola)
    assert problem is not None
    text = f"{problem.message} ({problem.hint})"
    for word in words:
        assert word in text, text
    with pytest.raises(surat.PolaNomorError):
        surat.isi_nilai(pola, VALUES)
