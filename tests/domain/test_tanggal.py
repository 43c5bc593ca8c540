"""Tests for naskah.domain.tanggal: EYD dates and times, Hijri dates, parsing user input."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from naskah.domain.tanggal import (
    hari,
    hari_cocok,
    jam,
    parse_jam,
    parse_tanggal,
    pukul,
    rentang_waktu,
    tanggal,
    tanggal_angka,
    tanggal_hijriah,
    tanggal_panjang,
    tanggal_terbilang,
)

SENIN = dt.date(2024, 6, 24)
HARI_EYD = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
BULAN_EYD = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
BULAN_KBBI = (
    "Muharam Safar Rabiulawal Rabiulakhir Jumadilawal Jumadilakhir Rajab Syakban Ramadan Syawal Zulkaidah Zulhijah"
).split()

dates = st.dates(min_value=dt.date(1000, 1, 1))


@pytest.mark.parametrize(("offset", "expected"), list(enumerate(HARI_EYD)))
def test_hari_eyd_names(offset, expected):
    assert hari(SENIN + dt.timedelta(days=offset)) == expected


@pytest.mark.parametrize(("bulan", "expected"), list(enumerate(BULAN_EYD, start=1)))
def test_tanggal_month_names(bulan, expected):
    assert tanggal(dt.date(2024, bulan, 5)) == f"5 {expected} 2024"


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (SENIN, "Senin, 24 Juni 2024"),
        (dt.date(2024, 6, 28), "Jumat, 28 Juni 2024"),
        (dt.date(2025, 8, 17), "Minggu, 17 Agustus 2025"),
        (dt.date(2024, 6, 1), "Sabtu, 1 Juni 2024"),
        (dt.datetime(2024, 6, 24, 9, 30), "Senin, 24 Juni 2024"),
    ],
)
def test_tanggal_panjang(d, expected):
    assert tanggal_panjang(d) == expected


@pytest.mark.parametrize(
    ("d", "expected"), [(SENIN, "24-06-2024"), (dt.date(2024, 1, 5), "05-01-2024"), (dt.date(999, 1, 5), "05-01-0999")]
)
def test_tanggal_angka(d, expected):
    assert tanggal_angka(d) == expected


@pytest.mark.parametrize(
    ("d", "expected"),
    [
        (SENIN, "hari Senin tanggal dua puluh empat bulan Juni tahun dua ribu dua puluh empat (24-06-2024)"),
        (
            dt.date(2025, 8, 17),
            "hari Minggu tanggal tujuh belas bulan Agustus tahun dua ribu dua puluh lima (17-08-2025)",
        ),
        (dt.date(2024, 11, 1), "hari Jumat tanggal satu bulan November tahun dua ribu dua puluh empat (01-11-2024)"),
    ],
)
def test_tanggal_terbilang(d, expected):
    assert tanggal_terbilang(d) == expected


@pytest.mark.parametrize(
    ("t", "expected"),
    [(dt.time(9), "09.00"), (dt.time(13, 30), "13.30"), (dt.time(0, 5), "00.05"), (dt.time(23, 59, 59), "23.59")],
)
def test_jam(t, expected):
    assert jam(t) == expected


@pytest.mark.parametrize(
    ("t", "zona", "expected"),
    [
        (dt.time(9), "WITA", "pukul 09.00 WITA"),
        (dt.time(13, 30), None, "pukul 13.30"),
        (dt.time(8), "wib", "pukul 08.00 WIB"),
        (dt.time(7), " WIT ", "pukul 07.00 WIT"),
    ],
)
def test_pukul(t, zona, expected):
    assert pukul(t, zona) == expected


@pytest.mark.parametrize("zona", ["WITT", "UTC+8", "WIB+1"])
def test_pukul_rejects_unknown_zone(zona):
    with pytest.raises(ValueError, match="pilih WIB, WITA, atau WIT"):
        pukul(dt.time(9), zona)


@pytest.mark.parametrize(
    ("mulai", "selesai", "zona", "expected"),
    [
        (dt.time(9), None, "WITA", "09.00 WITA s.d. selesai"),
        (dt.time(9), dt.time(12), "WITA", "09.00 s.d. 12.00 WITA"),
        (dt.time(9), dt.time(12), None, "09.00 s.d. 12.00"),
        (dt.time(19, 30), None, None, "19.30 s.d. selesai"),
    ],
)
def test_rentang_waktu(mulai, selesai, zona, expected):
    assert rentang_waktu(mulai, selesai, zona) == expected


@pytest.mark.parametrize(
    ("d", "koreksi", "expected"),
    [
        # Umm al-Qura puts Idul Adha 1445 on 16 June 2024; Indonesia held it on 17 June.
        (SENIN, -1, "17 Zulhijah 1445 H"),
        (SENIN, 0, "18 Zulhijah 1445 H"),
        (dt.date(2024, 6, 17), -1, "10 Zulhijah 1445 H"),
        (dt.date(2024, 4, 22), 0, "13 Syawal 1445 H"),
        (dt.date(2024, 4, 22), 1, "14 Syawal 1445 H"),
        (dt.date(2024, 4, 10), 0, "1 Syawal 1445 H"),
    ],
)
def test_tanggal_hijriah(d, koreksi, expected):
    assert tanggal_hijriah(d, koreksi) == expected


def test_hijri_month_names_follow_kbbi_in_order():
    # 7 July 2024 is 1 Muharam 1446 in Umm al-Qura; the next 354 days cover the whole year once.
    names = [tanggal_hijriah(dt.date(2024, 7, 7) + dt.timedelta(days=i)).split()[1] for i in range(354)]
    assert list(dict.fromkeys(names)) == BULAN_KBBI


@pytest.mark.parametrize("koreksi", [2, -2, True, 0.5, 1.0])
def test_tanggal_hijriah_rejects_koreksi(koreksi):
    with pytest.raises(ValueError, match="-1, 0, atau 1"):
        tanggal_hijriah(SENIN, koreksi)


def test_tanggal_hijriah_outside_table_is_value_error():
    with pytest.raises(ValueError, match="1 Agustus 1924 s.d. 16 November 2077, bukan 1 Januari 1900"):
        tanggal_hijriah(dt.date(1900, 1, 1))


@pytest.mark.parametrize(
    "value",
    [
        SENIN,
        dt.datetime(2024, 6, 24, 9, 0),
        "2024-06-24",
        "2024-6-24",
        "24-06-2024",
        "24/06/2024",
        "24/6/2024",
        "24 Juni 2024",
        "  24  JUNI 2024 ",
        "24 juni 2024",
        "Senin, 24 Juni 2024",
        "senin 24 juni 2024",
        "Senin,24 Juni 2024",
        "Senin , 24 Juni 2024",
    ],
)
def test_parse_tanggal_accepts(value):
    assert parse_tanggal(value) == SENIN
    assert type(parse_tanggal(value)) is dt.date


@pytest.mark.parametrize("value", ["Jum'at, 28 Juni 2024", "Jum\u2019at, 28 Juni 2024", "Jumat, 28 Juni 2024"])
def test_parse_tanggal_accepts_jumat_spellings(value):
    assert parse_tanggal(value) == dt.date(2024, 6, 28)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2024-02-30", "tanggal '2024-02-30' tidak ada (Februari 2024 hanya sampai 29)"),
        ("29/02/2023", "tanggal '29/02/2023' tidak ada (Februari 2023 hanya sampai 28)"),
        ("31 April 2024", "tanggal '31 April 2024' tidak ada (April 2024 hanya sampai 30)"),
        ("2024-13-01", "tanggal '2024-13-01' tidak ada (bulan hanya 1 sampai 12)"),
        ("0000-01-01", "tanggal '0000-01-01' tidak ada (tahun paling awal 0001)"),
        ("x", "format tanggal tidak dikenali: 'x'; tulis seperti 2024-06-24"),
        ("24/6/24", "format tanggal tidak dikenali: '24/6/24'; tulis seperti 2024-06-24"),
        ("24-06/2024", "format tanggal tidak dikenali: '24-06/2024'; tulis seperti 2024-06-24"),
        (20240624, "format tanggal tidak dikenali: 20240624; tulis seperti 2024-06-24"),
        ("24 Jun 2024", "nama bulan 'Jun' dalam '24 Jun 2024' tidak dikenal; maksud Anda 'Juni'?"),
        ("24 June 2024", "nama bulan 'June' dalam '24 June 2024' tidak dikenal; maksud Anda 'Juni'?"),
        ("Selasa, 24 Juni 2024", "24 Juni 2024 jatuh pada hari Senin, bukan Selasa"),
    ],
)
def test_parse_tanggal_rejects_with_hint(value, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_tanggal(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("09.00", dt.time(9)), ("09:00", dt.time(9)), ("9.00", dt.time(9)), ("9:00", dt.time(9)),
     ("13.30", dt.time(13, 30)), (" 23:59 ", dt.time(23, 59)), ("00.00", dt.time(0))],
)  # fmt: skip
def test_parse_jam_accepts(value, expected):
    assert parse_jam(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("24.00", "jam '24.00' tidak ada (jam 00 sampai 23, menit 00 sampai 59); tulis seperti 09.00"),
        ("09.60", "jam '09.60' tidak ada (jam 00 sampai 23, menit 00 sampai 59); tulis seperti 09.00"),
        ("9", "format jam tidak dikenali: '9'; tulis seperti 09.00"),
        ("9 pagi", "format jam tidak dikenali: '9 pagi'; tulis seperti 09.00"),
        ("09.00 WITA", "format jam tidak dikenali: '09.00 WITA'; tulis seperti 09.00"),
        ("9.0", "format jam tidak dikenali: '9.0'; tulis seperti 09.00"),
        (630, 'jam 630 terbaca sebagai angka, bukan teks; tulis dalam tanda kutip seperti "09.00"'),
        (9.0, "jam 9.0 terbaca sebagai angka"),
        (None, "format jam tidak dikenali: None; tulis seperti 09.00"),
    ],
)
def test_parse_jam_rejects_with_hint(value, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_jam(value)


@pytest.mark.parametrize(
    ("nama", "d", "expected"),
    [
        ("Senin", SENIN, True),
        ("senin", SENIN, True),
        (" SENIN ", SENIN, True),
        ("Selasa", SENIN, False),
        ("Senen", SENIN, False),
        ("Jumat", dt.date(2024, 6, 28), True),
        ("Jum'at", dt.date(2024, 6, 28), True),
        ("jum\u2019at", dt.date(2024, 6, 28), True),
        ("Jum'at", SENIN, False),
        ("Minggu", dt.date(2024, 6, 30), True),
        ("Ahad", dt.date(2024, 6, 30), True),
    ],
)
def test_hari_cocok(nama, d, expected):
    assert hari_cocok(nama, d) is expected


@given(dates)
def test_hari_is_eyd_and_matches(d):
    assert hari(d) in HARI_EYD
    assert hari_cocok(hari(d), d)


@given(dates)
def test_tanggal_has_no_leading_zero(d):
    assert re.fullmatch(r"[1-9]\d? [A-Z][a-z]+ \d{4}", tanggal(d))


@given(dates)
def test_parse_tanggal_round_trips(d):
    for written in (tanggal(d), tanggal_panjang(d), tanggal_angka(d), d.isoformat(), d.strftime("%d/%m/%Y")):
        assert parse_tanggal(written) == d, written


@given(st.times())
def test_parse_jam_round_trips(t):
    assert parse_jam(jam(t)) == t.replace(second=0, microsecond=0)


def test_hari_corrects_non_eyd_spelling_from_locale_data(monkeypatch):
    monkeypatch.setattr("naskah.domain.tanggal.format_date", lambda *args, **kwargs: "Jum'at")
    assert hari(dt.date(2024, 6, 28)) == "Jumat"
