"""Write the example recipient lists examples/penerima-palopo.xlsx and examples/penerima-palopo.csv.

Both hold the same rows. Telepon and NIP are stored as text cells so their leading zeros and all
18 NIP digits survive Excel. Officials are addressed by jabatan only (no personal names); the
narasumber and panitia names, NIPs and telephone numbers are fictitious samples.
Run: python tools/make_example_lists.py
"""

from __future__ import annotations

import csv
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
KOLOM = ("nama", "jabatan", "instansi", "alamat", "email", "telepon", "nip", "jenis_kelamin", "kelompok")
TEKS = ("telepon", "nip")
CAMAT = (
    "Bara",
    "Mungkajang",
    "Sendana",
    "Telluwanua",
    "Wara",
    "Wara Barat",
    "Wara Selatan",
    "Wara Timur",
    "Wara Utara",
)
LURAH = (
    ("Amassangan", "Wara"),
    ("Balandai", "Bara"),
    ("Binturu", "Wara Selatan"),
    ("Mungkajang", "Mungkajang"),
    ("Surutanga", "Wara Timur"),
    ("Salobulo", "Wara Utara"),
)


def baris(jabatan: str, instansi: str, kelompok: str = "undangan", **lain: str) -> dict[str, str]:
    """Return one recipient row; the 'di …' address defaults to Palopo."""
    return {"jabatan": jabatan, "instansi": instansi, "alamat": "Palopo", "kelompok": kelompok, **lain}


def penerima() -> list[dict[str, str]]:
    """Return the recipients of the Palopo advocacy event, highest rank first."""
    rows = [
        baris(
            "Ketua Dewan Perwakilan Rakyat Daerah Kota Palopo",
            "Dewan Perwakilan Rakyat Daerah Kota Palopo",
            email="setwan@palopokota.go.id",
            telepon="0471 21012",
        ),
        baris("Kepala Kepolisian Resor Palopo", "Kepolisian Resor Palopo", telepon="0471 21110"),
        baris(
            "Komandan Distrik Militer 1403/Sawerigading",
            "Komando Distrik Militer 1403/Sawerigading",
            telepon="0471 21403",
        ),
        baris("Kepala Kejaksaan Negeri Palopo", "Kejaksaan Negeri Palopo", telepon="0471 22115"),
        baris("Ketua Pengadilan Agama Palopo", "Pengadilan Agama Palopo", telepon="0471 22230"),
        baris("Ketua Pengadilan Negeri Palopo", "Pengadilan Negeri Palopo", telepon="0471 21236"),
        baris("Sekretaris Daerah Kota Palopo", "Sekretariat Daerah Kota Palopo", email="setda@palopokota.go.id"),
        baris(
            "Asisten Pemerintahan dan Kesejahteraan Rakyat Sekretariat Daerah Kota Palopo",
            "Sekretariat Daerah Kota Palopo",
        ),
        baris("Asisten Perekonomian dan Pembangunan Sekretariat Daerah Kota Palopo", "Sekretariat Daerah Kota Palopo"),
        baris("Asisten Administrasi Umum Sekretariat Daerah Kota Palopo", "Sekretariat Daerah Kota Palopo"),
        baris(
            "Kepala Badan Perencanaan Pembangunan Daerah Kota Palopo",
            "Badan Perencanaan Pembangunan Daerah Kota Palopo",
        ),
        baris("Kepala Badan Kesatuan Bangsa dan Politik Kota Palopo", "Badan Kesatuan Bangsa dan Politik Kota Palopo"),
        baris("Kepala Dinas Kesehatan Kota Palopo", "Dinas Kesehatan Kota Palopo"),
        baris("Kepala Dinas Pendidikan Kota Palopo", "Dinas Pendidikan Kota Palopo"),
        baris("Kepala Dinas Sosial Kota Palopo", "Dinas Sosial Kota Palopo"),
        baris(
            "Kepala Dinas Pengendalian Penduduk dan Keluarga Berencana Kota Palopo",
            "Dinas Pengendalian Penduduk dan Keluarga Berencana Kota Palopo",
        ),
        baris(
            "Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Palopo",
            "Dinas Kependudukan dan Pencatatan Sipil Kota Palopo",
        ),
        baris("Kepala Kantor Kementerian Agama Kota Palopo", "Kantor Kementerian Agama Kota Palopo"),
        baris(
            "Ketua Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga Kota Palopo",
            "Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga Kota Palopo",
        ),
    ]
    rows += [baris(f"Camat {nama}", f"Kecamatan {nama}") for nama in CAMAT]
    rows += [baris(f"Lurah {nama}", f"Kecamatan {kecamatan}") for nama, kecamatan in LURAH]
    rows += [
        baris(
            "Pengelola Pusat Pembelajaran Keluarga Kota Palopo",
            "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Palopo",
            "peserta",
        ),
        baris(
            "Kepala Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan Anak Kota Palopo",
            "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Palopo",
            "peserta",
        ),
        baris(
            "Hakim Pengadilan Agama Palopo",
            "Pengadilan Agama Palopo",
            "narasumber",
            nama="Dr. Hj. Nurhayati Lagu, S.H.I., M.H.",
            telepon="081242001101",
            jenis_kelamin="P",
        ),
        baris(
            "Kepala Bidang Kualitas Hidup Perempuan dan Keluarga",
            "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Sulawesi Selatan",
            "narasumber",
            nama="Andi Muhammad Ridwan, S.Sos., M.Si.",
            alamat="Makassar",
            telepon="081355002202",
            jenis_kelamin="L",
        ),
        baris(
            "Kepala Bidang Kesetaraan Gender",
            "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Palopo",
            "panitia",
            nama="Isra, S.K.M., M.Kes.",
            jenis_kelamin="P",
        ),
        baris(
            "Analis Kebijakan Ahli Muda",
            "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Palopo",
            "panitia",
            nama="Nurul Fadhilah, S.E.",
            telepon="085299003303",
            nip="19880917 201101 2 003",
            jenis_kelamin="P",
        ),
        baris(
            "Pengelola Data dan Informasi",
            "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Palopo",
            "panitia",
            nama="Muhammad Arfah, S.Kom.",
            telepon="082193004404",
            nip="19920305 201903 1 005",
            jenis_kelamin="L",
        ),
    ]
    return rows


def tulis_xlsx(rows: list[dict[str, str]], path: Path) -> None:
    """Write `rows` to sheet 'penerima' of `path`, header first; telepon and NIP as text cells."""
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "penerima"
    sheet.append(list(KOLOM))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([row.get(name) for name in KOLOM])
    for name in TEKS:
        column = KOLOM.index(name) + 1
        for number in range(2, len(rows) + 2):
            cell = sheet.cell(number, column)
            cell.number_format = "@"
            if cell.value is not None:
                cell.value = str(cell.value)
    for letter, width in zip("ABCDEFGHI", (36, 60, 60, 12, 28, 16, 24, 14, 12), strict=False):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    book.save(path)


def tulis_csv(rows: list[dict[str, str]], path: Path) -> None:
    """Write `rows` to `path` as UTF-8 CSV with a header row."""
    with path.open("w", encoding="utf-8", newline="") as berkas:
        writer = csv.DictWriter(berkas, fieldnames=KOLOM)
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    """Write both lists next to the example event files."""
    rows = penerima()
    tulis_xlsx(rows, EXAMPLES / "penerima-palopo.xlsx")
    tulis_csv(rows, EXAMPLES / "penerima-palopo.csv")
    print(f"{len(rows)} penerima ditulis ke {EXAMPLES / 'penerima-palopo.xlsx'} dan {EXAMPLES / 'penerima-palopo.csv'}")


if __name__ == "__main__":
    main()
