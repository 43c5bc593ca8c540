"""Indonesian provinces and their time zones (Keppres 41/1987)."""

from __future__ import annotations

import difflib
import re

ZONA_WAKTU = ("WIB", "WITA", "WIT")

PROVINSI: dict[str, str] = {
    "Aceh": "WIB",
    "Sumatera Utara": "WIB",
    "Sumatera Barat": "WIB",
    "Riau": "WIB",
    "Kepulauan Riau": "WIB",
    "Jambi": "WIB",
    "Bengkulu": "WIB",
    "Sumatera Selatan": "WIB",
    "Kepulauan Bangka Belitung": "WIB",
    "Lampung": "WIB",
    "Banten": "WIB",
    "DKI Jakarta": "WIB",
    "Jawa Barat": "WIB",
    "Jawa Tengah": "WIB",
    "Daerah Istimewa Yogyakarta": "WIB",
    "Jawa Timur": "WIB",
    "Kalimantan Barat": "WIB",
    "Kalimantan Tengah": "WIB",
    "Kalimantan Selatan": "WITA",
    "Kalimantan Timur": "WITA",
    "Kalimantan Utara": "WITA",
    "Bali": "WITA",
    "Nusa Tenggara Barat": "WITA",
    "Nusa Tenggara Timur": "WITA",
    "Sulawesi Utara": "WITA",
    "Gorontalo": "WITA",
    "Sulawesi Tengah": "WITA",
    "Sulawesi Barat": "WITA",
    "Sulawesi Selatan": "WITA",
    "Sulawesi Tenggara": "WITA",
    "Maluku": "WIT",
    "Maluku Utara": "WIT",
    "Papua": "WIT",
    "Papua Barat": "WIT",
    "Papua Barat Daya": "WIT",
    "Papua Selatan": "WIT",
    "Papua Tengah": "WIT",
    "Papua Pegunungan": "WIT",
}

_ALIAS = {
    "NAD": "Aceh",
    "Nanggroe Aceh Darussalam": "Aceh",
    "Sumut": "Sumatera Utara",
    "Sumbar": "Sumatera Barat",
    "Sumsel": "Sumatera Selatan",
    "Kepri": "Kepulauan Riau",
    "Kep Riau": "Kepulauan Riau",
    "Babel": "Kepulauan Bangka Belitung",
    "Bangka Belitung": "Kepulauan Bangka Belitung",
    "Kep Bangka Belitung": "Kepulauan Bangka Belitung",
    "DKI": "DKI Jakarta",
    "Jakarta": "DKI Jakarta",
    "Daerah Khusus Ibukota Jakarta": "DKI Jakarta",
    "Daerah Khusus Ibu Kota Jakarta": "DKI Jakarta",
    # UU 2/2024 renames the province; letters use both names for now.
    "Daerah Khusus Jakarta": "DKI Jakarta",
    "DKJ": "DKI Jakarta",
    "Jabar": "Jawa Barat",
    "Jateng": "Jawa Tengah",
    "Jatim": "Jawa Timur",
    "DIY": "Daerah Istimewa Yogyakarta",
    "DI Yogyakarta": "Daerah Istimewa Yogyakarta",
    "Yogyakarta": "Daerah Istimewa Yogyakarta",
    "Kalbar": "Kalimantan Barat",
    "Kalteng": "Kalimantan Tengah",
    "Kalsel": "Kalimantan Selatan",
    "Kaltim": "Kalimantan Timur",
    "Kaltara": "Kalimantan Utara",
    "NTB": "Nusa Tenggara Barat",
    "NTT": "Nusa Tenggara Timur",
    "Sulut": "Sulawesi Utara",
    "Sulteng": "Sulawesi Tengah",
    "Sulbar": "Sulawesi Barat",
    "Sulsel": "Sulawesi Selatan",
    "Sultra": "Sulawesi Tenggara",
    "Malut": "Maluku Utara",
    "Pabar": "Papua Barat",
    "PBD": "Papua Barat Daya",
}

_PREFIX = re.compile(r"^(?:pemerintah provinsi|pemprov|provinsi|prov)\b\.?")


def _kunci(teks: str) -> str:
    """Return `teks` reduced to a lookup key: lower case, no "Provinsi", no dots, single spaces."""
    teks = _PREFIX.sub("", " ".join(teks.lower().split()))
    teks = teks.replace(".", "").replace("-", " ").replace("sumatra", "sumatera")
    return " ".join(teks.split())


_KUNCI = {_kunci(nama): nama for nama in PROVINSI} | {_kunci(a): nama for a, nama in _ALIAS.items()}


def nama_provinsi(teks: str) -> str:
    """Return the canonical province name for `teks` ("Prov. Sulsel" → "Sulawesi Selatan")."""
    if not isinstance(teks, str) or not teks.strip():
        msg = f"nama provinsi harus diisi dengan teks, bukan {teks!r}"
        raise ValueError(msg)
    kunci = _kunci(teks)
    if kunci in _KUNCI:
        return _KUNCI[kunci]
    raise ValueError(_pesan_tidak_dikenal(teks, kunci))


def provinsi_di_akhir(teks: str) -> str | None:
    """Return the province `teks` ends with ("Sekda Jateng", "Ketua DPRD DIY" → its canonical name), or None.

    Only a whole tail counts: "Kepala Dinas Lampung Selatan" is not Lampung's (Lampung Selatan is a kabupaten).
    """
    kata = _kunci(teks).split()
    for panjang in range(min(4, len(kata)), 0, -1):
        ekor = " ".join(kata[-panjang:])
        if ekor in _KUNCI:
            return _KUNCI[ekor]
    return None


def zona_waktu(provinsi: str) -> str:
    """Return "WIB", "WITA" or "WIT" for `provinsi`, written any way `nama_provinsi` accepts."""
    return PROVINSI[nama_provinsi(provinsi)]


def _pesan_tidak_dikenal(teks: str, kunci: str) -> str:
    """Return the error message for an unknown province, naming the closest ones."""
    saran = _mirip(kunci)
    if not saran:
        return f"provinsi {teks!r} tidak dikenal; tulis nama lengkap seperti 'Sulawesi Selatan'"
    return f"provinsi {teks!r} tidak dikenal; maksud Anda {_atau(saran)}?"


def _mirip(kunci: str) -> list[str]:
    """Return canonical names close to `kunci`: all that extend it ("Jawa"), else the best typo matches."""
    awalan = [nama for k, nama in _KUNCI.items() if k.startswith(f"{kunci} ")]
    if awalan:
        return list(dict.fromkeys(awalan))
    skor = {k: difflib.SequenceMatcher(None, kunci, k).ratio() for k in _KUNCI}
    # Only near-ties with the best match: a clear typo should get exactly one suggestion.
    batas = max(0.75, max(skor.values()) - 0.05)
    terurut = sorted((k for k in skor if skor[k] >= batas), key=skor.__getitem__, reverse=True)
    return list(dict.fromkeys(_KUNCI[k] for k in terurut))


def _atau(nama: list[str]) -> str:
    """Return `nama` quoted and joined as an Indonesian "or" list: 'A', 'B', atau 'C'."""
    kutip = [repr(n) for n in nama]
    if len(kutip) == 1:
        return kutip[0]
    sambung = ", atau " if len(kutip) > 2 else " atau "
    return ", ".join(kutip[:-1]) + sambung + kutip[-1]
