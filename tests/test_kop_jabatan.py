"""A kop jabatan without its Garuda (issue 11, domain §3.1): an error when chosen, a fallback when automatic."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from naskah.cli import main
from tests.conftest import EXAMPLES, docx_text
from tests.events import BASE, SURAT

# The head of region signs: 'kop: otomatis' chooses the kop jabatan (§3.1).
BUPATI = SURAT.replace(
    "penandatangan:\n  jabatan: Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak\n",
    "penandatangan:\n  jabatan: Wali Kota Palopo\n",
)
PENERIMA = "penerima:\n  - jabatan: Camat Wara Utara\n"


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "acara.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def with_kop(kop: str) -> str:
    return BASE + BUPATI.replace("  tanggal: 2024-06-18\n", f"  tanggal: 2024-06-18\n  kop: {kop}\n") + PENERIMA


def test_an_explicit_kop_jabatan_without_the_garuda_is_an_error_with_its_line(tmp_path):
    event = write(tmp_path, with_kop("jabatan"))
    result = run("periksa", event)
    assert result.exit_code == 1
    line = next(i for i, text in enumerate(event.read_text().splitlines(), 1) if text.strip() == "kop: jabatan")
    assert f"acara.yaml:{line}: surat.kop: kop jabatan dipilih" in result.output
    assert "lambang_negara" in result.output
    assert run("undangan", event, "-o", tmp_path / "hasil").exit_code == 1
    assert not (tmp_path / "hasil").exists() or not list((tmp_path / "hasil").iterdir())


def test_an_automatic_kop_jabatan_without_the_garuda_falls_back_to_the_kop_instansi_and_warns(tmp_path):
    event = write(tmp_path, with_kop("otomatis"))
    result = run("periksa", event)
    assert result.exit_code == 0, result.output
    assert "lambang negara tidak ada; surat dicetak dengan kop instansi" in result.output
    assert run("undangan", event, "-o", tmp_path / "hasil").exit_code == 0
    letter = next((tmp_path / "hasil").glob("1-*.docx"))
    first_lines = docx_text(letter).splitlines()[:3]
    assert any("PEMERINTAH KOTA PALOPO" in line for line in first_lines), first_lines


def test_with_the_garuda_the_automatic_kop_is_the_kop_jabatan_and_nothing_warns(tmp_path):
    (tmp_path / "garuda.png").write_bytes((EXAMPLES / "profil" / "garuda.png").read_bytes())
    text = with_kop("otomatis").replace(
        "  kepala_daerah: Wali Kota Palopo\n", "  kepala_daerah: Wali Kota Palopo\n  lambang_negara: garuda.png\n"
    )
    event = write(tmp_path, text)
    result = run("periksa", event)
    assert result.exit_code == 0 and "lambang negara" not in result.output
    assert run("undangan", event, "-o", tmp_path / "hasil").exit_code == 0
    letter = next((tmp_path / "hasil").glob("1-*.docx"))
    assert "WALI KOTA PALOPO" in docx_text(letter).splitlines()[:3]
