"""The bad-input corpus: each case is an event (and side files) with the message line it must produce."""

from __future__ import annotations

import dataclasses

from tests.corpus.berkas import CSV_OK, EVENT, PROFILE, junk_zip, replaced, rezip, with_penerima, workbook, xlsx


@dataclasses.dataclass(frozen=True)
class Case:
    """One bad input: the event text, side files, exit code, and what its one message line must name."""

    id: str
    text: str | bytes
    names: tuple[str, ...]  # each must appear in the same stderr line
    files: tuple[tuple[str, str | bytes], ...] = ()
    at: str | None = None  # text on the line of acara.yaml the message must name
    code: int = 1
    commands: tuple[str, ...] = (
        "periksa",
        "undangan",
        "sambutan",
        "susunan-acara",
        "daftar-hadir",
        "nota-kesepahaman",
        "semua",
    )

    def expected(self) -> tuple[str, ...]:
        """Return everything the message line must contain, the file:line location first."""
        if self.at is None:
            return self.names
        return (f"acara.yaml:{line_of(self.text, self.at)}: ", *self.names)


def line_of(text: str, needle: str) -> int:
    """Return the 1-based number of the first line of `text` containing `needle`."""
    return next(i for i, line in enumerate(text.splitlines(), start=1) if needle in line)


DEEP = "acara: " + "[" * 2000 + "]" * 2000 + "\n"
LAUGHS = (
    EVENT
    + "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    + "".join(f"{n}: &{n} [{', '.join([f'*{p}'] * 10)}]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=False))
)

# One 400 KB text repeated by 9,000 aliases: 3.6 GB once expanded, a few hundred KB on disk.
LONG_ALIAS = EVENT + 'panjang: &p "' + "Palopo " * 60_000 + '"\nulang: [' + ", ".join(["*p"] * 9_000) + "]\n"
LIST_COMMANDS = ("periksa", "undangan", "daftar-hadir", "semua")
TITLE = ["DAFTAR UNDANGAN RAPAT KOORDINASI PENANGANAN STUNTING"]
HEADER = ["No", "Nama", "Jabatan", "Instansi", "No. HP"]


def csv_cp1252(text: str) -> bytes:
    """Return `text` as Excel on Windows saves a CSV in an Indonesian locale: cp1252, ';', CRLF."""
    return text.replace("\n", "\r\n").encode("cp1252")


CASES = [
    # --- YAML syntax
    Case("tab", replaced("  nama: Rapat", "\tnama: Rapat"), ("tab",), at="nama: Rapat"),
    Case(
        "kutip-terbuka",
        replaced("nama: Rapat Koordinasi", "nama: 'Rapat Koordinasi"),
        ("tanda kutip",),
        at="nama: 'Rapat",
    ),
    Case("titik-dua", replaced("tempat: Aula", "tempat: Aula: Lantai 2"), ("titik dua",), at="Lantai 2"),
    Case(
        "kurung-terbuka",
        replaced("  agenda:\n    - Pembukaan", "  agenda: [Pembukaan, Paparan"),
        ("acara.yaml:14:", "[ … ] belum ditutup"),
    ),
    Case(
        "kunci-ganda",
        replaced("  tempat: Aula", '  mulai: "10.00"\n  tempat: Aula'),
        ("acara.mulai", "dua kali"),
        at='mulai: "10.00"',
    ),
    Case("daftar-di-puncak", "- satu\n- dua\n", ("acara.yaml:1:", "kunci: nilai")),
    Case("berkas-kosong", "", ("acara.yaml:1:", "kunci: nilai")),
    Case("alias-tak-dikenal", replaced("tempat: Aula", "tempat: *aula"), ("alias",), at="*aula"),
    Case("alias-melingkar", EVENT + "lingkar: &x [*x]\n", ("acara.yaml:", "alias", "tingkat")),
    Case("alias-meledak", LAUGHS, ("acara.yaml:", "alias", "terlalu besar")),
    Case("kurung-bersarang", DEEP, ("acara.yaml:1:", "kurung [ { bersarang terlalu dalam")),
    Case(
        "bersarang-dalam",
        EVENT + "".join(f"{'  ' * i}k{i}:\n" for i in range(60)),
        ("bagian bersarang terlalu dalam",),
        at="k40:",
    ),
    Case(
        "latin-1",
        replaced("Rapat Koordinasi", "Rapat Koordinasi Caf\xe9").encode("latin-1"),
        ("acara.yaml:9:", "UTF-8"),
    ),
    Case("utf-16", EVENT.encode("utf-16"), ("acara.yaml:", "UTF-8")),
    Case(
        "tag-python",
        replaced("nama: Rapat Koordinasi", "nama: !!python/object/apply:os.system [ls]"),
        ("YAML tidak sah: tag YAML",),
        at="!!python",
    ),
    # --- wrong types
    Case(
        "acara-daftar",
        EVENT.split("acara:")[0] + "acara:\n  - Rapat\nsurat:" + EVENT.split("surat:")[1],
        ("acara: ", "kunci: nilai"),
        at="acara:",
    ),
    Case(
        "agenda-bagian",
        replaced("  agenda:\n    - Pembukaan", "  agenda:\n    satu: Pembukaan"),
        ("acara.agenda", "daftar"),
        at="agenda:",
    ),
    Case(
        "penandatangan-teks",
        EVENT.split("penandatangan:")[0] + "penandatangan: Andi\npenerima:" + EVENT.split("penerima:")[1],
        ("penandatangan: ", "kunci: nilai"),
        at="penandatangan:",
    ),
    Case(
        "ambang-kata",
        replaced(
            "  kepala_daerah: Wali Kota Palopo\n",
            "  kepala_daerah: Wali Kota Palopo\n  gaya:\n    ambang_daftar_undangan: banyak\n",
        ),
        ("instansi.gaya.ambang_daftar_undangan", "bilangan bulat"),
        at="ambang_daftar_undangan",
    ),
    Case("ya-tidak", replaced("  kka:", "  tte: mungkin\n  kka:"), ("surat.tte", "'ya' atau 'tidak'"), at="tte:"),
    Case(
        "jenis-kelamin",
        replaced("    jabatan: Lurah Wara", "    jabatan: Lurah Wara\n    jenis_kelamin: laki"),
        ("penerima[1].jenis_kelamin", "tidak dikenal"),
        at="jenis_kelamin",
    ),
    # --- missing required keys
    Case(
        "tempat-hilang",
        replaced("  tempat: Aula Kantor Wali Kota Palopo\n", ""),
        ("acara.tempat", "wajib diisi"),
        at="acara:",
    ),
    Case("instansi-hilang", "acara:" + EVENT.split("acara:")[1], ("acara.yaml:", "instansi", "wajib diisi")),
    Case(
        "tanggal-surat-hilang", replaced("  tanggal: 2024-06-18\n", ""), ("surat.tanggal", "wajib diisi"), at="surat:"
    ),
    Case(
        "nama-penanda-tangan-hilang",
        replaced("  nama: Andi Rahmawati, S.E., M.M.\n", ""),
        ("penandatangan.nama", "wajib diisi"),
        at="penandatangan:",
    ),
    Case(
        "nama-kosong",
        replaced("nama: Rapat Koordinasi", 'nama: ""'),
        ("acara.nama: ", "tidak boleh kosong"),
        at='nama: ""',
    ),
    Case(
        "kendali-saja", replaced("  - Pembukaan", '  - "\\e\\a"'), ("acara.agenda[1]: ", "tidak boleh kosong"), at="\\e"
    ),
    Case(
        "penerima-tanpa-nama",
        replaced("  - jabatan: Camat Wara Utara", "  - instansi: Kecamatan Wara Utara"),
        ("penerima[2]", "nama"),
        at="instansi: Kecamatan",
    ),
    # --- impossible dates and bad times
    Case(
        "30-februari",
        replaced("2024-06-24", "2024-02-30"),
        ("acara.tanggal", "hanya sampai 29"),
        at="tanggal: 2024-02-30",
    ),
    Case(
        "29-februari-2023",
        replaced("2024-06-24", "2023-02-29"),
        ("acara.tanggal", "hanya sampai 28"),
        at="tanggal: 2023",
    ),
    Case("31-april", replaced("2024-06-24", "31-04-2024"), ("acara.tanggal", "tidak ada"), at="31-04-2024"),
    Case(
        "bulan-13",
        replaced("  tanggal: 2024-06-18", "  tanggal: 2024-13-01"),
        ("surat.tanggal", "bulan"),
        at="2024-13-01",
    ),
    Case("hari-salah", replaced("2024-06-24", "Selasa, 24 Juni 2024"), ("acara.tanggal", "Senin"), at="Selasa"),
    Case("jam-25", replaced('"09.00"', '"25.00"'), ("acara.mulai", "tidak ada"), at="mulai:"),
    Case("menit-60", replaced('"09.00"', '"09.60"'), ("acara.mulai", "menit"), at="mulai:"),
    Case("jam-kata", replaced('"09.00"', "jam sembilan"), ("acara.mulai", "09.00"), at="mulai:"),
    # --- NIP
    Case(
        "nip-17",
        replaced("19700512 199803 2 004", "19700512 199803 2 04"),
        ("penandatangan.nip", "18 angka"),
        at="nip:",
    ),
    Case(
        "nip-huruf",
        replaced("19700512 199803 2 004", "19700512 1998O3 2 004"),
        ("penandatangan.nip", "hanya boleh berisi angka"),
        at="nip:",
    ),
    Case(
        "nip-lahir-mustahil",
        replaced("19700512 199803 2 004", "19700230 199803 2 004"),
        ("penandatangan.nip", "tanggal lahir"),
        at="nip:",
    ),
    Case(
        "nip-penerima-csv",
        with_penerima("daftar.csv"),
        ("daftar.csv:", "baris 3, kolom nip", "18 angka"),
        (("daftar.csv", "nama,jabatan,nip\nBudi,Lurah Wara,\nAni,Camat Wara,1234567\n"),),
    ),
    Case(
        "nip-angka-xlsx",
        with_penerima("daftar.xlsx"),
        ("daftar.xlsx:", "baris 2, kolom nip", "sebagai angka"),
        (("daftar.xlsx", xlsx([["nama", "jabatan", "nip"], ["Budi", "Lurah Wara", 197005121998032004]])),),
    ),
    # --- provinces and referenced files
    Case(
        "provinsi-atlantis",
        replaced("Sulawesi Selatan", "Atlantis"),
        ("instansi.provinsi", "tidak dikenal"),
        at="provinsi:",
    ),
    Case(
        "provinsi-di-profil",
        "instansi: kantor.yaml\nacara:" + EVENT.split("acara:")[1],
        ("kantor.yaml:3:", "provinsi", "Sulawesi Selatan"),
        (("kantor.yaml", PROFILE.replace("Sulawesi Selatan", "Sulawesi Selatn")),),
    ),
    Case(
        "profil-hilang",
        "instansi: kantor.yaml\nacara:" + EVENT.split("acara:")[1],
        ("instansi: ", "tidak ditemukan"),
        at="instansi:",
    ),
    Case(
        "logo-hilang",
        replaced("  kota: Palopo\n", "  kota: Palopo\n  logo: logo.png\n"),
        ("instansi.logo", "tidak ditemukan"),
        at="logo:",
    ),
    Case(
        "logo-nul",
        replaced("  kota: Palopo\n", '  kota: Palopo\n  logo: "lo\\0go.png"\n'),
        ("instansi.logo", "tidak ditemukan"),
        at="logo:",
    ),
    Case(
        "logo-nama-kepanjangan",
        replaced("  kota: Palopo\n", f"  kota: Palopo\n  logo: {'l' * 300}.png\n"),
        ("instansi.logo", "tidak ditemukan"),
        at="logo:",
    ),
    Case(
        "garuda-hilang",
        replaced("  kota: Palopo\n", "  kota: Palopo\n  lambang_negara: garuda.png\n"),
        ("instansi.lambang_negara", "tidak ditemukan"),
        at="lambang_negara:",
    ),
    Case("penerima-hilang", with_penerima("daftar.xlsx"), ("penerima: ", "tidak ditemukan"), at="penerima:"),
    Case(
        "penerima-nama-kepanjangan",
        with_penerima("d" * 300 + ".csv"),
        ("penerima: ", "tidak ditemukan"),
        at="penerima:",
    ),
    Case(
        "templat-hilang",
        EVENT + "templat:\n  undangan: surat-saya.docx\n",
        ("templat.undangan", "tidak ditemukan"),
        at="undangan: surat-saya",
    ),
    Case(
        "templat-jenis",
        EVENT + "templat:\n  surat_cinta: a.docx\n",
        ("templat.surat_cinta", "tidak dikenal"),
        at="surat_cinta",
    ),
    # --- recipient lists
    Case("xlsx-teks", with_penerima("daftar.xlsx"), ("daftar.xlsx:", "bukan berkas Excel"), (("daftar.xlsx", CSV_OK),)),
    Case(
        "xlsx-zip-sampah",
        with_penerima("daftar.xlsx"),
        ("daftar.xlsx:", "bukan berkas Excel"),
        (("daftar.xlsx", junk_zip()),),
    ),
    Case(
        "xlsx-lembar-rusak",
        with_penerima("daftar.xlsx"),
        ("daftar.xlsx: ", "Excel", "tidak dapat dibaca"),
        (
            (
                "daftar.xlsx",
                rezip(xlsx([["nama", "jabatan"], ["Budi", "Lurah"]]), lambda n, b: b"<junk" if "sheet1" in n else b),
            ),
        ),
    ),
    Case(
        "xlsx-tanpa-lembar",
        with_penerima("daftar.xlsx"),
        ("daftar.xlsx:", "Excel"),
        (("daftar.xlsx", rezip(xlsx([["nama", "jabatan"]]), lambda n, b: None if "sheet1" in n else b)),),
    ),
    Case("xlsx-kosong", with_penerima("daftar.xlsx"), ("daftar.xlsx:", "bukan berkas Excel"), (("daftar.xlsx", b""),)),
    Case(
        "xls-lama",
        with_penerima("daftar.xls"),
        ("daftar.xls: ", "tidak didukung"),
        (("daftar.xls", b"\xd0\xcf\x11\xe0"),),
    ),
    Case(
        "csv-tanpa-nama",
        with_penerima("daftar.csv"),
        ("daftar.csv:", "baris 1", "'nama'"),
        (("daftar.csv", "nama lengkp,jabatan\nBudi,Lurah\n"),),
    ),
    Case(
        "csv-hanya-judul",
        with_penerima("daftar.csv"),
        ("daftar.csv:", "tidak berisi satu baris pun"),
        (("daftar.csv", "nama,jabatan\n"),),
    ),
    Case("csv-kosong", with_penerima("daftar.csv"), ("daftar.csv:", "kosong"), (("daftar.csv", ""),)),
    Case(
        "csv-biner",
        with_penerima("daftar.csv"),
        ("daftar.csv:", "bukan CSV"),
        (("daftar.csv", b"PK\x03\x04\x00\x00binary"),),
    ),
    Case(
        "csv-10000",
        with_penerima("daftar.csv"),
        ("daftar.csv:", "baris 2, kolom jabatan", "terlalu panjang"),
        (("daftar.csv", "nama,jabatan\nBudi," + "j" * 10_000 + "\n"),),
    ),
    Case(
        "csv-sel-raksasa",
        with_penerima("daftar.csv"),
        ("daftar.csv: baris 2: ", "lebih panjang dari 131072"),
        (("daftar.csv", "nama,jabatan\nBudi," + "j" * 200_000 + "\n"),),
    ),
    Case(
        "penerima-daftar-kosong",
        replaced(
            "penerima:\n  - nama: Budi Santoso\n    jabatan: Lurah Wara\n  - jabatan: Camat Wara Utara\n",
            "penerima: []\n",
        ),
        ("penerima: ", "belum diisi"),
        commands=("undangan",),
        at="penerima: []",
    ),
    # --- long values, control characters
    Case("nama-10000", replaced("Rapat Koordinasi", "R" * 10_000), ("acara.nama", "terlalu panjang"), at="RRRR"),
    Case(
        "tembusan-10000",
        replaced("  - Wali Kota Palopo", "  - " + "W" * 10_000),
        ("tembusan[1]", "terlalu panjang"),
        at="WWWW",
    ),
    Case("kendali-yaml", replaced("Rapat Koordinasi", "Rapat\x07 Koordinasi"), ("karakter kendali",), at="Rapat\x07"),
    Case("kendali-esc-yaml", replaced("Lurah Wara", "Lurah\x1b Wara"), ("karakter kendali",), at="Lurah\x1b"),
    # --- pola_nomor: a template language of its own, not str.format
    Case(
        "pola-03d",
        replaced("  unit: DP3A\n", "  unit: DP3A\n  pola_nomor: '{kka}/{urut:03d}/{tahun}'\n"),
        ("surat.pola_nomor", "':03d'", "{urut:03}"),
        at="pola_nomor",
    ),
    Case(
        "pola-bersarang",
        replaced("  unit: DP3A\n", "  unit: DP3A\n  pola_nomor: '{kka:{urut}}/{tahun}'\n"),
        ("surat.pola_nomor", "bersarang", "{kka:"),
        at="pola_nomor",
    ),
    Case(
        "pola-lebar-raksasa",
        replaced("  unit: DP3A\n", "  unit: DP3A\n  pola_nomor: '{kka:>100000000}'\n"),
        ("surat.pola_nomor", "':>100000000'", "{kka}"),
        at="pola_nomor",
    ),
    Case(
        "pola-isian-atribut",
        replaced("  unit: DP3A\n", "  unit: DP3A\n  pola_nomor: '{kka.__class__}'\n"),
        ("surat.pola_nomor", "{kka.__class__}", "tidak dikenal"),
        at="pola_nomor",
    ),
    # --- YAML in Indonesian, and bounded
    Case("dua-dokumen", EVENT + "---\nacara: lain\n", ("lebih dari satu dokumen", "'---'"), at="---"),
    Case("alias-teks-panjang", LONG_ALIAS, ("acara.yaml:", "alias", "10.000.000 karakter"), at="panjang:"),
    Case("nol-lebar", replaced("nama: Rapat Koordinasi", 'nama: "\u200b\u200d\u2060"'), ("acara.nama", "kosong")),
    Case(
        "profil-kunci-ganda",
        "instansi: kantor.yaml\nacara:" + EVENT.split("acara:")[1],
        ("kantor.yaml:", "kota", "dua kali"),
        (("kantor.yaml", PROFILE + "kota: Makassar\n"),),
    ),
    # --- recipient lists: what would send wrong letters is refused, with the row and the fix
    Case(
        "csv-kutip-tak-ditutup",
        with_penerima("daftar.csv"),
        ("daftar.csv: baris 2: ", "tidak pernah ditutup", "tanda kutip"),
        (("daftar.csv", 'nama,jabatan\n"Budi Santoso,Lurah Wara\nSiti Aminah,Camat Wara\nAni,Lurah Tompotika\n'),),
        commands=LIST_COMMANDS,
    ),
    Case(
        "csv-koma-dalam-nama",
        with_penerima("daftar.csv"),
        ("daftar.csv: baris 3: ", "berisi 4 sel", "3 kolom", "tanda kutip"),
        (
            (
                "daftar.csv",
                "nama,jabatan,instansi\nSiti Aminah,Camat Wara,Kecamatan Wara\n"
                "Dr. Budi Santoso, M.Si.,Kepala Bappeda,Bappeda Kota Palopo\n",
            ),
        ),
        commands=LIST_COMMANDS,
    ),
    Case(
        "kolom-nama-ganda",
        with_penerima("daftar.xlsx"),
        ("daftar.xlsx: baris 1: ", "'nama'", "'Nama Lengkap'", "sama-sama"),
        (("daftar.xlsx", workbook([["nama", "jabatan", "Nama Lengkap"], ["Budi", "Lurah Wara", "Budi Santoso"]])),),
        commands=LIST_COMMANDS,
    ),
    Case(
        "kolom-telepon-ganda",
        with_penerima("daftar.csv"),
        ("daftar.csv: baris 1: ", "kolom C 'telp'", "kolom D 'No HP'", "'telepon'"),
        (("daftar.csv", "nama,jabatan,telp,No HP\nBudi,Lurah Wara,0811,0812\n"),),
        commands=LIST_COMMANDS,
    ),
    Case(
        "xlsx-galat-na",
        with_penerima("daftar.xlsx"),
        ("daftar.xlsx: baris 3, kolom nama: ", "#N/A"),
        (("daftar.xlsx", workbook([["nama", "jabatan"], ["Budi", "Lurah Wara"], ["#N/A", "Camat Wara"]])),),
        commands=LIST_COMMANDS,
    ),
    Case(
        "xlsx-galat-ref",
        with_penerima("daftar.xlsx"),
        ("daftar.xlsx: baris 2, kolom jabatan: ", "#REF!"),
        (("daftar.xlsx", workbook([["nama", "jabatan"], ["Budi", "#REF!"]])),),
        commands=LIST_COMMANDS,
    ),
    Case(
        "csv-galat-excel",
        with_penerima("daftar.csv"),
        ("daftar.csv: baris 2, kolom nama: ", "#NAME?"),
        (("daftar.csv", csv_cp1252("nama;jabatan\n#NAME?;Lurah Wara\n")),),
        commands=LIST_COMMANDS,
    ),
    Case(
        "xlsx-rumus-tanpa-nilai",
        with_penerima("daftar.xlsx"),
        ("daftar.xlsx: baris 2, kolom nama: ", "rumus", "simpan ulang"),
        (("daftar.xlsx", workbook([["nama", "jabatan", "depan"], ['=C2&" Santoso"', "Lurah Wara", "Budi"]])),),
        commands=LIST_COMMANDS,
    ),
    Case(
        "nip-ilmiah-csv-koma",
        with_penerima("daftar.csv"),
        ("daftar.csv: baris 2, kolom nip: ", "NIP tersimpan sebagai angka", "Teks", "ketik ulang"),
        (("daftar.csv", csv_cp1252("nama;jabatan;nip\nBudi;Lurah Wara;1,96810E+17\n")),),
        commands=LIST_COMMANDS,
    ),
    Case(
        "nip-ilmiah-csv-titik",
        with_penerima("daftar.csv"),
        ("daftar.csv: baris 2, kolom nip: ", "NIP tersimpan sebagai angka", "Teks", "ketik ulang"),
        (("daftar.csv", "nama,jabatan,nip\nBudi,Lurah Wara,1.96810E+17\n"),),
        commands=LIST_COMMANDS,
    ),
    Case(
        "nip-ilmiah-banyak-baris",
        with_penerima("daftar.csv"),
        ("daftar.csv: baris 2–41 (40 baris), kolom nip: ", "NIP tersimpan sebagai angka"),
        (("daftar.csv", csv_cp1252("nama;jabatan;nip\n" + "".join(f"P{i};Staf;1,9681E+17\n" for i in range(40)))),),
        commands=LIST_COMMANDS,
    ),
    Case(
        "csv-nama-nol-lebar",
        with_penerima("daftar.csv"),
        ("daftar.csv: ", "tidak berisi satu baris pun"),
        (("daftar.csv", "nama,jabatan\n\u200b\u200b,\u2060\n".encode()),),
        commands=LIST_COMMANDS,
    ),
    Case(
        "xlsx-sandi-palsu-xls",
        with_penerima("daftar.xlsx"),
        ("daftar.xlsx: ", "Excel 97-2003", "Simpan Sebagai"),
        (("daftar.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000)),),
        commands=LIST_COMMANDS,
    ),
    Case(
        "xlsx-terlalu-lebar",
        with_penerima("daftar.xlsx"),
        ("daftar.xlsx: ", "terlalu lebar", "kolom IW"),
        (("daftar.xlsx", workbook([["nama", "jabatan"] + [None] * 254 + ["catatan"], ["Budi", "Lurah"]])),),
        commands=LIST_COMMANDS,
    ),
    Case(
        "judul-dua-baris-tanpa-jabatan",
        with_penerima("daftar.xlsx"),
        ("daftar.xlsx: baris 3: ", "'jabatan'", "--baris-judul"),
        (("daftar.xlsx", workbook([TITLE, [], ["No", "Nama", "Instansi"], [1, "Budi", "Kelurahan Wara"]])),),
        commands=LIST_COMMANDS,
    ),
]
