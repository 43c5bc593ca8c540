"""One table of paper sizes: the schema's choices, the page setups and the template builders all read it."""

from __future__ import annotations

import typing

from naskah.domain import kertas, schema
from naskah.jenis._common import halaman


def test_every_paper_the_schema_offers_has_its_size() -> None:
    for field in ("kertas", "kertas_sambutan"):
        offered = typing.get_args(schema.Gaya.model_fields[field].annotation)
        assert set(offered) <= set(kertas.KERTAS)


def test_landscape_turns_the_paper_and_the_letter_page_uses_the_table() -> None:
    assert kertas.ukuran("F4") == (215, 330)
    assert kertas.ukuran("A4", lanskap=True) == (297, 210)
    page = halaman("F4", lanskap=True)
    assert (page.width_mm, page.height_mm) == (330, 215)
