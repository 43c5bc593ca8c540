"""Capitalisation of names and jabatan, signature lines and news abbreviations (EYD; domain §3.1, §6)."""

from __future__ import annotations

import dataclasses
import functools
import re

from naskah.domain import gelar

# EYD: words meaning "child of" and similar particles stay lower case inside a name.
_PARTIKEL_NAMA = frozenset({"bin", "binti", "boru", "br.", "van", "von", "der", "den"})
# Function words stay lower case in a jabatan unless they open it. Not "dalam" or "atas":
# they are part of names such as "Kementerian Dalam Negeri" and "Sekolah Menengah Atas".
_KATA_TUGAS = frozenset(
    {"dan", "dengan", "untuk", "pada", "di", "ke", "dari", "yang", "atau"}
    | {"serta", "bagi", "oleh", "tentang", "terhadap"}
)
# Delegation and acting markers keep their own case, even on an all-caps signature line (§4.8).
_PENANDA = {m.lower(): m for m in ("a.n.", "u.b.", "Plt.", "Plh.", "Pj.", "Pjs.")}
# Initialisms are all caps; acronyms read as words (Polri, Bappeda) get one capital (EYD).
# KORPRI keeps the corps' own all-caps spelling.
_AKRONIM = {
    a.lower(): a
    for a in (
        "DPR", "DPRD", "DPD", "MPR", "KORPRI", "TNI", "UPT", "UPTD", "BLUD", "DP3A", "PKK", "TP", "RSUD", "RSU",
        "SD", "SDN", "SMP", "SMPN", "SMA", "SMAN", "SMK", "SMKN", "PAUD", "TK", "KPU", "BI", "OPD", "BPBD",
        "BKD", "BKPSDM", "BPKAD", "BPKD", "DPMPTSP", "PUPR", "PU", "DPMD", "PMD", "KB", "DPPKB", "RT", "RW",
        "PNS", "ASN", "PPPK", "UMKM", "BUMD", "PDAM", "BPJS", "IPDN", "RI", "NKRI", "KUA", "BNN", "BPS",
        "BKKBN", "PPID", "PP", "MUI", "LPM", "BPD", "BPK", "BPKP", "KPK", "OJK", "PA", "PN", "IAIN", "UIN",
        "Polri", "Polres", "Polda", "Kodim", "Korem", "Bappeda", "Bapenda", "Bappenas", "Bawaslu", "Satpol",
        "Puskesmas", "Kemendagri", "Kemenag", "Forkopimda",
    )
}  # fmt: skip
_ROMAWI = re.compile(r"(?=[ivx])x{0,3}(ix|iv|v?i{0,3})", re.IGNORECASE)
_WALI_KOTA = re.compile(r"\bwali\s*kota\b", re.IGNORECASE)
_TEPI = re.compile(r"^([(\"'“]*)(.*?)([)\"'”.,;:]*)$")
_SINGKATAN = {
    "Rujab": "Rumah Jabatan",
    "Setda": "Sekretariat Daerah",
    "Sekda": "Sekretaris Daerah",
    "Setwan": "Sekretariat DPRD",
    "Pemkot": "Pemerintah Kota",
    "Pemkab": "Pemerintah Kabupaten",
    "Pemprov": "Pemerintah Provinsi",
    "Pemda": "Pemerintah Daerah",
    "Wawali": "Wakil Wali Kota",
    "Wabup": "Wakil Bupati",
    "Wagub": "Wakil Gubernur",
    "Kadis": "Kepala Dinas",
    "Kaban": "Kepala Badan",
    "Kabag": "Kepala Bagian",
    "Kabid": "Kepala Bidang",
    "Dinkes": "Dinas Kesehatan",
    "Disdik": "Dinas Pendidikan",
    "Kemendagri": "Kementerian Dalam Negeri",
    "Kemenag": "Kementerian Agama",
    "Pj": "Penjabat",
    "Pjs": "Penjabat Sementara",
    "Plt": "Pelaksana Tugas",
    "Plh": "Pelaksana Harian",
}
_DIKENAL_BERTITIK = frozenset({"Pj", "Pjs", "Plt", "Plh"})


def is_huruf_kapital_semua(teks: str) -> bool:
    """Return whether `teks` is written in capitals only (some word of two letters or more, no lower case).

    "S.H." alone is not: its letters are single initials.
    """
    if any(c.islower() for c in teks):
        return False
    return any(len(run) >= 2 for run in re.findall(r"[^\W\d_]+", teks))


def kapital_nama(teks: str) -> str:
    """Return name `teks` with each word capitalised: "andi MAPPANYUKKI, SH" → "Andi Mappanyukki, S.H.".

    Gelar are normalised by `gelar.urai_nama`; only the name itself is re-cased. Words already in
    mixed case ("McDonald") are kept; "bin", "binti", "boru", "van" stay lower case after the first word.
    """
    urai = gelar.urai_nama(teks)
    kata = urai.nama.split(" ")
    hasil = [kata[0] if _campuran(kata[0]) else _kapital_kata(kata[0])]
    for k in kata[1:]:
        if k.lower() in _PARTIKEL_NAMA:
            hasil.append(k.lower())
        else:
            hasil.append(k if _campuran(k) else _kapital_kata(k))
    return dataclasses.replace(urai, nama=" ".join(hasil)).lengkap


def _campuran(kata: str) -> bool:
    return kata != kata.lower() and kata != kata.upper()


def _kapital_kata(kata: str) -> str:
    """Return `kata` with a capital after each hyphen; after an apostrophe it stays small ("Ma'ruf")."""
    return "-".join(bagian[:1].upper() + bagian[1:].lower() for bagian in kata.split("-"))


def kapital_jabatan(teks: str) -> str:
    """Return jabatan `teks` in title case as EYD writes it.

    "kepala dinas pemberdayaan perempuan dan perlindungan anak" →
    "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak"; "walikota" → "Wali Kota";
    "camat se-kota palopo" → "Camat se-Kota Palopo". Known acronyms and Roman numerals keep their
    capitals; in mixed-case input any all-caps word is taken to be an acronym and kept.
    """
    kata = _WALI_KOTA.sub("wali kota", teks).split()
    semua_kapital = is_huruf_kapital_semua(teks)
    return " ".join(_kata_jabatan(k, i == 0, semua_kapital) for i, k in enumerate(kata))


def _kata_jabatan(kata: str, awal: bool, semua_kapital: bool) -> str:
    if kata.lower() in _PENANDA:
        return _PENANDA[kata.lower()]
    match = _TEPI.fullmatch(kata)
    if match is None:
        return kata
    kiri, inti, kanan = match.groups()
    return kiri + _inti_jabatan(inti, awal, semua_kapital) + kanan


def _inti_jabatan(inti: str, awal: bool, semua_kapital: bool) -> str:
    if "/" in inti:
        # "1403/Sawerigading": each side of a slash is a word of its own, not one code.
        return "/".join(_inti_jabatan(part, awal, semua_kapital) if part else part for part in inti.split("/"))
    kecil = inti.lower()
    if kecil in _AKRONIM:
        return _AKRONIM[kecil]
    if any(c.isdigit() for c in inti) or _ROMAWI.fullmatch(inti):
        return inti.upper()
    if not semua_kapital and len(inti) >= 2 and inti.isupper():
        return inti
    if kecil in _KATA_TUGAS and not awal:
        return kecil
    if kecil.startswith("se-") and len(kecil) > 3:
        return ("Se-" if awal else "se-") + _kapital_kata(inti[3:])
    return _kapital_kata(inti)


def _ganti_singkatan(match: re.Match[str], panjang: str) -> str:
    return _ikut_huruf(match.group(0), panjang)


def baris_jabatan(teks: str) -> list[str]:
    """Return the lines of a jabatan without the punctuation that ends them; empty when nothing is left."""
    return [b.strip().rstrip(",;: ") for b in teks.splitlines() if b.strip().rstrip(",;: ")]


def jabatan_ttd(teks: str) -> str:
    """Return `teks` as the signature jabatan line: "Kepala Dinas X" → "KEPALA DINAS X,".

    Each line is put in capitals (a.n., u.b., Plt., Pj. keep their case); only the last line
    ends with a comma, never two.
    """
    baris = baris_jabatan(teks)
    if not baris:
        msg = "jabatan penanda tangan kosong"
        raise ValueError(msg)
    besar = [" ".join(_kapital_ttd(k) for k in kapital_jabatan(b).split()) for b in baris]
    besar[-1] += ","
    return "\n".join(besar)


def _kapital_ttd(kata: str) -> str:
    return kata if kata in _PENANDA.values() else kata.upper()


def perluas_singkatan(teks: str) -> str:
    """Return `teks` with news abbreviations written out: "Rujab Wali Kota" → "Rumah Jabatan Wali Kota".

    Case follows the abbreviation (SETDA → SEKRETARIAT DAERAH). Undotted Pj/Plt/Plh, as news
    writes them, become Penjabat/Pelaksana Tugas/Pelaksana Harian; the dotted forms (Pj., Plt.)
    are the official abbreviations of signature lines and are left alone, so never run this on a
    signature line.
    """
    for singkat, panjang in _SINGKATAN.items():
        titik = r"(?!\.)" if singkat in _DIKENAL_BERTITIK else ""
        pola = re.compile(rf"(?<![\w.-]){singkat}(?![\w-]){titik}", re.IGNORECASE)
        teks = pola.sub(functools.partial(_ganti_singkatan, panjang=panjang), teks)
    return teks


def _ikut_huruf(asli: str, panjang: str) -> str:
    if asli.isupper():
        return panjang.upper()
    if asli.islower():
        return panjang.lower()
    return panjang
