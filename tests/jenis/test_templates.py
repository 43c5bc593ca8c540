"""Template choice and the office's pictures."""

from __future__ import annotations

from naskah.domain.loader import load_event
from naskah.jenis import _templates as registry
from tests.conftest import EXAMPLES
from tests.events import BASE


def test_missing_logo_and_garuda_print_nothing_not_a_placeholder(tmp_path):
    path = tmp_path / "acara.yaml"
    path.write_text(BASE, encoding="utf-8")
    assert registry.office_images(load_event(path)) == {"logo": registry.BENING, "garuda": registry.BENING}


def test_the_offices_own_pictures_are_used():
    images = registry.office_images(load_event(EXAMPLES / "advokasi-palopo.yaml"))
    assert images["logo"] == (EXAMPLES / "profil" / "logo-palopo.png").read_bytes()
    assert images["garuda"] == (EXAMPLES / "profil" / "garuda.png").read_bytes()


def test_builtin_templates_are_found_through_the_package():
    names = registry.builtin_names()
    assert {"undangan", "sambutan", "daftar_hadir", "nota_kesepahaman", "susunan_acara"} <= set(names)
    assert all(registry.description(name) for name in names)
