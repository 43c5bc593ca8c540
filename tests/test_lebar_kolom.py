"""Phone and NIP columns of the attendance sheet are as wide as their widest value (issue 11)."""

from __future__ import annotations

from click.testing import CliRunner

from naskah.cli import main
from naskah.domain import daftar_hadir as dh
from naskah.domain.schema import Penerima
from tests.events import BASE, SURAT

KOLOM = dh.pilih_kolom(["no", "nama", "jabatan_instansi", "nip", "telepon", "tanda_tangan"])


def test_the_minimums_come_from_the_widest_value_and_the_rest_shares_what_is_left():
    people = [Penerima(nama="A", telepon="082193004404", nip="19700512 199803 2 004")]
    minimum = dh.satuan_minimum(KOLOM, people, "spasi", 50, 160.0)
    spans = dh.bagi_lebar(KOLOM, 50, minimum)
    assert sum(spans) == 50
    assert all(span >= low for span, low in zip(spans, minimum, strict=True))
    # 12 digits at 10 pt are 23.5 mm; with the cell padding that is more than the 3.2-weight share (23 mm).
    assert spans[KOLOM.index(dh.KOLOM["telepon"])] * 160 / 50 > 23.5 + 3.8
    assert dh.bagi_lebar(KOLOM, 50, [1] * len(KOLOM)) == dh.bagi_lebar(KOLOM, 50)


def test_periksa_warns_with_the_row_when_a_value_cannot_fit(tmp_path):
    numbers = ", ".join(["0821 9300 4404"] * 6)
    event = tmp_path / "acara.yaml"
    event.write_text(
        BASE
        + SURAT
        + f"penerima:\n  - nama: Budi\n    nip: '19700512 199803 2 004'\n  - nama: Ani\n    telepon: '{numbers}'\n"
        + "daftar_hadir:\n  kolom: [no, nama, jabatan_instansi, nip, telepon, email, tanda_tangan]\n"
        + "  orientasi: potret\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["periksa", str(event)])
    assert result.exit_code == 0, result.output
    line = event.read_text().splitlines().index(f"    telepon: '{numbers}'") + 1
    assert f"acara.yaml:{line}: penerima[2].telepon: kolom 'Nomor HP' daftar hadir tidak muat" in result.output
    assert "terlipat ke baris berikutnya" in result.output
