"""Seeded, varied, realistic event files for the layout harness: any office, any length real offices reach.

`acara(seed)` returns one event (a dict written as YAML) with data for all five kinds. The values are drawn
at the lengths seen in real letters: three-level classification codes with four-digit numbers (nomor up to
~40 characters), jabatan and instansi names of 100+ characters, long places, 1–8 agenda items, 0–6 tembusan,
A4 and F4, every signer chain, 1 to 5,000 recipients, speeches and MoUs from a few lines to many pages.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

DAERAH = (
    ("Kabupaten", "Boyolali", "Jawa Tengah", "(0276) 321001"),
    ("Kabupaten", "Rembang", "Jawa Tengah", "(0295) 691131"),
    ("Kabupaten", "Hulu Sungai Selatan", "Kalimantan Selatan", "(0517) 21002"),
    ("Kota", "Salatiga", "Jawa Tengah", "(0298) 523024"),
    ("Kabupaten", "Minahasa Tenggara", "Sulawesi Utara", "(0431) 3177001"),
    ("Kota", "Tidore Kepulauan", "Maluku Utara", "(0921) 3162100"),
    ("Kabupaten", "Pegunungan Bintang", "Papua Pegunungan", "(0967) 5512001"),
    ("Kabupaten", "Kepulauan Seribu", "DKI Jakarta", "(021) 5920001"),
    ("Kabupaten", "Tanjung Jabung Barat", "Jambi", "(0742) 21001"),
    ("Kota", "Palopo", "Sulawesi Selatan", "(0471) 21001"),
    ("Kabupaten", "Lombok Tengah", "Nusa Tenggara Barat", "(0370) 654001"),
    ("Kabupaten", "Sumba Barat Daya", "Nusa Tenggara Timur", "(0387) 2524001"),
)
DINAS = (
    ("Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana", "DP3AP2KB"),
    ("Dinas Kesehatan", "Dinkes"),
    ("Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", "Bapperida"),
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP"),
    ("Sekretariat Daerah", "Setda"),
    ("Dinas Komunikasi, Informatika, Statistik dan Persandian", "Diskominfo"),
    ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM"),
    ("Dinas Pendidikan dan Kebudayaan", "Disdikbud"),
)
NAMA = (
    "Hj. Sri Wahyuni Kusumaningrum, S.E., M.M.",
    "Dr. Ir. H. Bambang Setyo Nugroho, M.T.",
    "Andi Muhammad Fadhlurrahman Syamsuddin, S.STP., M.Si.",
    "Yohanes Paulus Lodowik Manoppo, S.H., M.H.",
    "Ni Luh Putu Ayu Sekarwangi, S.Pd., M.Pd.",
    "Drs. Agus Salim",
    "Rahmat",
    "Prof. Dr. drg. Maria Goreti Tambunan, M.Kes., Sp.Perio.",
    "I Gusti Ngurah Bagus Wiratama, S.T.",
    "La Ode Muhammad Ikhsan, S.Sos.",
)
JABATAN_PENERIMA = (
    "Camat {k}",
    "Kepala Kepolisian Resor {w}",
    "Komandan Distrik Militer 0724/{w}",
    "Ketua Dewan Perwakilan Rakyat Daerah {w}",
    "Kepala Bidang Pengarusutamaan Gender dan Pemberdayaan Perempuan Dinas Pemberdayaan Perempuan dan "
    "Perlindungan Anak {w}",
    "Lurah {k}",
    "Kepala Sekolah Menengah Pertama Negeri 3 {k}",
    "Ketua Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga {w}",
    "Direktur Rumah Sakit Umum Daerah dr. Soediran Mangun Sumarso {w}",
    "Kepala Kantor Kementerian Agama {w}",
)
KECAMATAN = ("Simo", "Sawangan Utara", "Banjarsari", "Tanjung Karang Barat", "Ampel", "Wara Utara", "Oba Tengah")
TEMPAT = (
    "Aula Kantor {b}",
    "Ruang Rapat Sekretariat Daerah Lantai 3 Gedung Pelayanan Terpadu {w}",
    "Pendopo Rumah Dinas {b}, Jalan Pahlawan Nomor 1, Kelurahan Kemiri, Kecamatan {k}",
    "Hotel Grand Wahid Salatiga, Ruang Sindoro-Sumbing, Jalan Jenderal Sudirman Nomor 2, {w}",
    "Lapangan Upacara",
)
AGENDA = (
    "Pembukaan",
    "Sambutan {b} sekaligus membuka acara secara resmi",
    "Paparan Rencana Aksi Daerah Pencegahan dan Penanganan Kekerasan terhadap Perempuan dan Anak Tahun 2027",
    "Diskusi",
    "Penandatanganan Nota Kesepahaman",
    "Penyerahan penghargaan kepada kecamatan dan desa/kelurahan terbaik",
    "Doa",
    "Penutup",
)
KALIMAT = (
    "Pembangunan daerah hanya dapat berhasil apabila seluruh pemangku kepentingan bergerak bersama.",
    "Oleh karena itu, saya mengajak seluruh perangkat daerah untuk memperkuat koordinasi dan sinergi program.",
    "Data yang akurat dan mutakhir menjadi dasar perencanaan yang tepat sasaran dan terukur hasilnya.",
    "Kita tidak boleh berpuas diri dengan capaian tahun lalu, sebab tantangan ke depan semakin kompleks.",
    "Pelayanan publik yang cepat, mudah, dan terjangkau adalah hak setiap warga di wilayah kita.",
    "Saya berharap kegiatan ini ditindaklanjuti dengan langkah nyata di tingkat kecamatan dan desa.",
)


def acara(seed: int) -> dict[str, Any]:
    """Return event number `seed`: the same dict for the same seed, on any machine."""
    rng = random.Random(seed)
    tingkat, nama_daerah, provinsi, telepon = rng.choice(DAERAH)
    wilayah = f"{tingkat} {nama_daerah}"
    kepala = ("Bupati" if tingkat == "Kabupaten" else "Wali Kota") + f" {nama_daerah}"
    dinas, singkatan = rng.choice(DINAS)
    kecamatan = rng.choice(KECAMATAN)
    fill = {"w": wilayah, "k": kecamatan, "b": kepala}
    tanggal = dt.date(2026, rng.randint(1, 12), rng.randint(1, 28))
    penandatangan, kop = _penandatangan(rng, kepala, wilayah, dinas, kecamatan)
    jumlah_penerima = rng.choice((1, 2, 3, 8, 25, 60, 200, 1000, 5000))
    event: dict[str, Any] = {
        "instansi": _instansi(rng, wilayah, provinsi, nama_daerah, kepala, dinas, singkatan, telepon),
        "acara": {
            "nama": rng.choice(
                (
                    "Rapat Koordinasi",
                    f"Sosialisasi Peraturan Daerah {wilayah} Nomor 7 Tahun 2025 tentang Penyelenggaraan "
                    "Perlindungan Perempuan dan Anak",
                    f"Rapat Koordinasi Teknis Penyusunan Rencana Kerja Pemerintah Daerah {wilayah} Tahun 2027",
                )
            ),
            "tanggal": (tanggal + dt.timedelta(days=rng.randint(5, 20))).isoformat(),
            "mulai": rng.choice(("07.30", "08.00", "09.00", "10.00")),
            "selesai": rng.choice(("selesai", "12.00", "15.30")),
            "tempat": rng.choice(TEMPAT).format(**fill),
            "agenda": [a.format(**fill) for a in rng.sample(AGENDA, rng.randint(1, 8))],
            "pakaian": rng.choice((None, "Pakaian Dinas Harian (PDH)", "Batik Lengan Panjang")),
            "narahubung": rng.choice((None, "Sdri. Rina Kurniasih (0812-2876-4410)")),
        },
        "surat": {
            "nomor": _nomor(rng, tanggal),
            "sifat": rng.choice(("Penting", "Segera", "Biasa")),
            "hal": rng.choice(("Undangan", "Undangan Rapat Koordinasi Teknis Penyusunan Rencana Kerja Tahun 2027")),
            "tanggal": tanggal.isoformat(),
            "kop": kop,
        },
        "penandatangan": penandatangan,
        "penerima": [_penerima(rng, index, fill) for index in range(jumlah_penerima)],
        "tembusan": [t.format(**fill) for t in rng.sample(_TEMBUSAN, rng.randint(0, 6))],
        "hadirin": [{"jabatan": kepala}, {"jabatan": f"Kepala Perangkat Daerah Lingkup Pemerintah {wilayah}"}],
        "susunan_acara": {"preset": rng.choice(("pembukaan-mou", "upacara-bendera", "tanpa"))},
        "sambutan": [_sambutan(rng, kepala, wilayah)],
        "pihak": _pihak(rng, kepala, wilayah),
        "nota_kesepahaman": {"tentang": "Kerja Sama Peningkatan Kualitas Pelayanan Publik", "rangkap": 2},
        "pasal": _pasal(rng),
        "daftar_hadir": {"kolom": ["no", "nama", "jabatan_instansi", "nip", "telepon", "tanda_tangan"]},
    }
    if event["susunan_acara"]["preset"] == "tanpa":
        event["susunan_acara"]["langkah"] = [{"acara": a, "durasi": 10} for a in event["acara"]["agenda"]]
    event["petugas"] = [
        {"peran": "Pembawa Acara", "nama": rng.choice(NAMA), "nip": _nip(rng)},
        {"peran": "Pembaca Doa", "nama": rng.choice(NAMA), "jabatan": rng.choice(JABATAN_PENERIMA).format(**fill)},
    ]
    return _without_none(event)


_TEMBUSAN = (
    "{b} (sebagai laporan)",
    "Wakil {b}",
    "Sekretaris Daerah {w}",
    "Inspektur {w}",
    "Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah {w}",
    "Arsip",
)


def _instansi(rng, wilayah, provinsi, nama_daerah, kepala, dinas, singkatan, telepon) -> dict[str, Any]:
    panjang = rng.random() < 0.5
    alamat = (
        f"Jalan Pemuda Nomor {rng.randint(1, 400)}, {nama_daerah} {rng.randint(50000, 99999)}"
        if not panjang
        else f"Kompleks Perkantoran Terpadu {wilayah}, Jalan Lingkar Utara Kilometer {rng.randint(2, 19)}, "
        f"Kelurahan Sukamaju, Kecamatan Tengah, {nama_daerah} {rng.randint(50000, 99999)}"
    )
    return {
        "pemerintah": f"Pemerintah {wilayah}",
        "perangkat_daerah": _lines(dinas, 34) if dinas != "Sekretariat Daerah" else ["Sekretariat Daerah"],
        "singkatan": singkatan,
        "alamat": alamat,
        "telepon": telepon,
        "faksimile": rng.choice((None, telepon)),
        "laman": f"{singkatan.lower()}.{nama_daerah.lower().replace(' ', '')}kab.go.id",
        "pos_el": rng.choice((None, f"{singkatan.lower()}@{nama_daerah.lower().replace(' ', '')}kab.go.id")),
        "logo": "logo.png",
        "lambang_negara": "garuda.png",
        "provinsi": provinsi,
        "kota": nama_daerah,
        "wilayah": wilayah,
        "kepala_daerah": kepala,
        "gaya": {
            "kertas": rng.choice(("A4", "F4")),
            "kertas_sambutan": rng.choice(("A4", "F4")),
            "ambang_daftar_undangan": 20,
        },
    }


def _lines(text: str, width: int) -> list[str]:
    """Split `text` into kop lines of about `width` characters (offices break their own kop, at most 3)."""
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width and len(lines) < 2:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return [*lines, current]


def _nomor(rng, tanggal: dt.date) -> str:
    """A letter number as offices write them: KKA (1–3 levels) / urut / unit (/ bulan romawi) / tahun."""
    romawi = "I II III IV V VI VII VIII IX X XI XII".split()[tanggal.month - 1]
    kka = rng.choice(("005", "400.14", "400.5.7", "000.1.2.3", "800.1.11.1"))
    urut = str(rng.choice((7, 215, 1187, 12045)))
    unit = rng.choice(("Setda", "DP3AP2KB", "Bapperida", "Diskominfo.Sandi", "Bag.Pem-Setda"))
    return "/".join([kka, urut, unit, *([romawi] if rng.random() < 0.6 else []), str(tanggal.year)])


def _penandatangan(rng, kepala, wilayah, dinas, kecamatan) -> tuple[dict[str, Any], str]:
    nama = rng.choice(NAMA)
    nip = _nip(rng)
    chains = (
        {"jabatan": kepala, "nama": nama, "status": rng.choice(("definitif", "Pj.", "Plt.", "Plh."))},
        {
            "jabatan": f"Sekretaris Daerah {wilayah}",
            "atas_nama": kepala,
            "nama": nama,
            "nip": nip,
            "pangkat": "Pembina Utama Madya",
        },
        {
            "jabatan": f"Kepala {dinas}",
            "atas_nama": kepala,
            "untuk_beliau": "Sekretaris Daerah",
            "nama": nama,
            "nip": nip,
            "pangkat": "Pembina Tingkat I",
        },
        {"jabatan": f"Sekretaris Daerah {wilayah}", "nama": nama, "nip": nip, "pangkat": "Pembina Utama Madya"},
        {"jabatan": f"Kepala {dinas} {wilayah}", "nama": nama, "nip": nip, "pangkat": "Pembina Utama Muda"},
        {"jabatan": f"Camat {kecamatan}", "nama": nama, "nip": nip, "pangkat": "Penata Tingkat I"},
    )
    chosen = rng.choice(chains)
    return chosen, rng.choice(("otomatis", "otomatis", "instansi"))


def _nip(rng) -> str:
    tahun = rng.randint(1965, 1995)
    lahir = f"{tahun}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    tmt = min(tahun + rng.randint(22, 30), 2024)
    return f"{lahir} {tmt}{rng.randint(1, 12):02d} {rng.randint(1, 2)} {rng.randint(1, 20):03d}"


_SUKU = ("ka", "ran", "ga", "su", "ma", "ja", "wo", "no", "sa", "ri", "tem", "bang", "lo", "mu", "ngan")


def _penerima(rng, index: int, fill: dict[str, str]) -> dict[str, Any]:
    if index < len(JABATAN_PENERIMA):
        jabatan = JABATAN_PENERIMA[index].format(**fill)
    else:  # the village heads of a big regency: every one a different desa
        desa = "".join(rng.choice(_SUKU) for _ in range(rng.randint(2, 4))).capitalize()
        jabatan = f"Kepala Desa {desa} {index} Kecamatan {rng.choice(KECAMATAN)}"
    return {
        "nama": rng.choice((None, rng.choice(NAMA))),
        "jabatan": jabatan,
        "telepon": rng.choice(
            ("0821930044" + str(rng.randint(10, 99)), f"0{rng.randint(271, 999)} {rng.randint(21000, 999999)}")
        ),
        "nip": rng.choice((None, _nip(rng))),
    }


def _sambutan(rng, kepala, wilayah) -> dict[str, Any]:
    paragraphs = rng.choice((1, 2, 4, 7, 12, 20))
    isi: list[Any] = []
    for _ in range(paragraphs):
        isi.append(" ".join(rng.choice(KALIMAT) for _ in range(rng.randint(1, 6))))
    if rng.random() < 0.4:
        isi.insert(1, [rng.choice(KALIMAT) for _ in range(rng.randint(2, 5))])
    return {
        "oleh": {"jabatan": kepala, "nama": rng.choice(NAMA), "status": rng.choice(("definitif", "Pj."))},
        "isi": isi,
    }


def _pihak(rng, kepala, wilayah) -> list[dict[str, Any]]:
    mitra = rng.choice(
        (
            "Pengadilan Agama Salatiga",
            "Universitas Kristen Satya Wacana",
            "Badan Penyelenggara Jaminan Sosial Kesehatan Kantor Cabang Surakarta",
        )
    )
    return [
        {
            "instansi": mitra,
            "pejabat": {"jabatan": f"Pimpinan {mitra}", "nama": rng.choice(NAMA), "kedudukan": "luar"},
            "nomor": f"W11-A{rng.randint(1, 30)}/{rng.randint(100, 3000)}/HK.05/XII/2026",
            "alamat": "Jalan Diponegoro Nomor 52-58, Salatiga",
        },
        {
            "instansi": f"Pemerintah {wilayah}",
            "pejabat": {"jabatan": kepala, "nama": rng.choice(NAMA)},
            "nomor": f"000.1.2.3/{rng.randint(1, 999)}/Setda/XII/2026",
            "alamat": f"Jalan Pemuda Nomor 1, {wilayah}",
        },
    ]


def _pasal(rng) -> list[dict[str, Any]]:
    count = rng.choice((0, 2, 5, 9, 14))
    return [
        {
            "judul": rng.choice(("Maksud dan Tujuan", "Ruang Lingkup", "Pelaksanaan", "Pembiayaan", "Lain-lain")),
            "ayat": [
                {"teks": " ".join(rng.choice(KALIMAT) for _ in range(rng.randint(1, 3)))}
                for _ in range(rng.randint(1, 4))
            ],
        }
        for _ in range(count)
    ]


def _without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value
