"""Tests for naskah.domain.gelar: the §6 normalisation table, parsing and its properties."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from naskah.domain import gelar
from naskah.domain.gelar import NamaBergelar, normalise_nama, urai_nama


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # §6 normalisation table, one row per input form
        ("Ani, SH.,MH.", "Ani, S.H., M.H."),
        ("Ani, SH, MH", "Ani, S.H., M.H."),
        ("Ani, S.H,M.H", "Ani, S.H., M.H."),
        ("Ani, SKM.,M.Kes.", "Ani, S.K.M., M.Kes."),
        ("Ani, SKM, M.Kes", "Ani, S.K.M., M.Kes."),
        ("Ani, SE, MM", "Ani, S.E., M.M."),
        ("Ani, S.E,M.M", "Ani, S.E., M.M."),
        ("Ani, S.Sos,M.Si", "Ani, S.Sos., M.Si."),
        ("Ani, ST.MT", "Ani, S.T., M.T."),
        ("Ani, ST, MT", "Ani, S.T., M.T."),
        ("Ani, S.STP", "Ani, S.STP."),
        ("Ani, SSTP", "Ani, S.STP."),
        ("Ani, S.Pd,M.Pd", "Ani, S.Pd., M.Pd."),
        ("Ani, S.Kom", "Ani, S.Kom."),
        ("Ani, S.IP", "Ani, S.IP."),
        ("Ani, SIP", "Ani, S.IP."),
        ("Ani, S.I.P.", "Ani, S.I.P."),
        ("Ani, MAP", "Ani, M.A.P."),
        ("Ani, M.AP", "Ani, M.AP."),
        ("Dr.Ir. Ani", "Dr. Ir. Ani"),
        ("DR. IR. Ani", "Dr. Ir. Ani"),
        ("DR. dr. Ani", "Dr. dr. Ani"),
        ("Drs Ani", "Drs. Ani"),
        ("Dra Ani", "Dra. Ani"),
        ("Hj Ani", "Hj. Ani"),
        ("H Ani", "H. Ani"),
        ("Ani, Ak, CA, M.B.A", "Ani, Ak., CA, M.B.A."),
        # Palopo news (S25) and other forms seen in letters
        ("Nuryadin, SH.,MH.", "Nuryadin, S.H., M.H."),
        ("Isra, SKM.,M.Kes.", "Isra, S.K.M., M.Kes."),
        ("DR. IR. Budi, MT", "Dr. Ir. Budi, M.T."),
        ("dr. Ani, Sp.A.", "dr. Ani, Sp.A."),
        ("dr Ani, SpPD", "dr. Ani, Sp.PD."),
        ("drg. Ani", "drg. Ani"),
        ("Prof. Dr. H. Andi Baso Mappanyukki, M.Si", "Prof. Dr. H. Andi Baso Mappanyukki, M.Si."),
        ("Budi Santoso SH MH", "Budi Santoso, S.H., M.H."),
        ("Budi Santoso S.H, MH", "Budi Santoso, S.H., M.H."),
        ("Ns. Ani, S.Kep", "Ns. Ani, S.Kep."),
        ("Ani, S.Kep.,Ns", "Ani, S.Kep., Ns."),
        ("Ani, A.Md.Kep", "Ani, A.Md.Kep."),
        ("Ani, S.Tr.IP", "Ani, S.Tr.IP."),
        ("Ani, S.Pd.I", "Ani, S.Pd.I."),
        ("Ani, S.H.I", "Ani, S.H.I."),
        ("Ani, S.E.Ak", "Ani, S.E., Ak."),
        ("Ani, S.I.Kom", "Ani, S.I.Kom."),
        ("Ani, Lc, M.A", "Ani, Lc., M.A."),
        ("Ani, M.Ec.Dev", "Ani, M.Ec.Dev."),
        ("Ani, MBA", "Ani, M.B.A."),
        ("Ani, apt., S.Farm", "Ani, Apt., S.Farm."),
        ("  Andi   Ina  ,  S.H. ", "Andi Ina, S.H."),
        ("M. Yusuf, S.Ag", "M. Yusuf, S.Ag."),
    ],
)
def test_normalise_nama(raw, expected):
    assert normalise_nama(raw) == expected


def test_urai_nama_splits_into_parts():
    assert urai_nama("DR. IR. Budi, MT") == NamaBergelar(
        depan=("Dr.", "Ir."), nama="Budi", belakang=("M.T.",), tidak_dikenal=(), ambigu=("Dr.",)
    )


def test_parts_and_properties():
    parsed = urai_nama("Dr. Ir. Nama, M.Si.")
    assert parsed.lengkap == "Dr. Ir. Nama, M.Si."
    assert parsed.tanpa_gelar == "Nama"


def test_lowercase_dr_is_the_physician():
    parsed = urai_nama("dr. Ani, Sp.A.")
    assert parsed.depan == ("dr.",)
    assert parsed.ambigu == ()


def test_hajj_honorific_goes_in_front():
    parsed = urai_nama("Hj. Siti")
    assert (parsed.depan, parsed.nama, parsed.belakang) == (("Hj.",), "Siti", ())


@pytest.mark.parametrize(
    ("raw", "unknown", "text"),
    [
        ("Ani, SHMH", ("SHMH",), "Ani, SHMH"),  # letters are never split apart
        ("Ani, S.H., Xyz.", ("Xyz.",), "Ani, S.H., Xyz."),
    ],
)
def test_unknown_tokens_kept_verbatim_and_listed(raw, unknown, text):
    parsed = urai_nama(raw)
    assert parsed.tidak_dikenal == unknown
    assert parsed.lengkap == text
    assert parsed.peringatan == [f"gelar '{unknown[0]}' tidak ada di tabel gelar; ditulis apa adanya"]


@pytest.mark.parametrize(
    ("raw", "ambigu", "warning"),
    [
        ("Ani, SIP", ("S.IP.",), "gelar 'S.IP.' dipilih dari 'S.IP.' atau 'S.I.P.'; sesuaikan dengan ijazah"),
        ("Ani, MAP", ("M.A.P.",), "gelar 'M.A.P.' dipilih dari 'M.A.P.' atau 'M.AP.'; sesuaikan dengan ijazah"),
        ("DR. Ani", ("Dr.",), "'DR' dibaca 'Dr.' (doktor); jika yang dimaksud dokter, tulis 'dr.'"),
    ],
)
def test_ambiguous_titles_are_flagged(raw, ambigu, warning):
    parsed = urai_nama(raw)
    assert parsed.ambigu == ambigu
    assert parsed.peringatan == [warning]


@pytest.mark.parametrize("raw", ["Ani, S.IP", "Ani, M.AP.", "Dr. Ani", "DR. dr. Ani", "Ani, S.H."])
def test_explicit_forms_are_not_flagged(raw):
    assert urai_nama(raw).peringatan == []


@pytest.mark.parametrize("raw", ["Budi Ma", "Siti Hj", "Andi M."])
def test_name_words_that_look_like_titles_stay_in_the_name(raw):
    assert urai_nama(raw).nama == raw


@pytest.mark.parametrize("raw", ["", "   ", ", S.H."])
def test_empty_name_is_rejected(raw):
    with pytest.raises(ValueError, match="nama kosong"):
        urai_nama(raw)


def test_table_keys_are_unique():
    canonical = [g for g in (*gelar._DEPAN, *gelar._DUA_SISI, *gelar._BELAKANG) if g not in ("Dr.", "dr.")]
    keys = [gelar._kunci(g) for g in canonical]
    assert len(keys) == len(set(keys))
    assert not set(keys) & set(gelar._VARIAN)


@pytest.mark.parametrize("canonical", [*gelar._DEPAN, *gelar._DUA_SISI, *gelar._BELAKANG])
def test_every_canonical_title_maps_to_itself(canonical):
    side = "depan" if canonical in gelar._DEPAN else "belakang"
    parsed = urai_nama(f"{canonical} Ani" if side == "depan" else f"Ani, {canonical}")
    assert getattr(parsed, side) == (canonical,)
    assert parsed.tidak_dikenal == ()


# Name words that are not titles themselves, so they can never be peeled off as one.
_KATA_NAMA = st.from_regex(r"[A-Za-z][a-z']{0,8}", fullmatch=True).filter(
    lambda w: gelar._kunci(w) not in gelar._TABEL and gelar._kunci(w) != "DR"
)
_GELAR_BELAKANG = [*gelar._DUA_SISI, *gelar._BELAKANG]
_GELAR = st.sampled_from(
    [(g, g) for g in _GELAR_BELAKANG]
    + [(g.replace(".", ""), g) for g in _GELAR_BELAKANG]
    + [(g.upper(), g) for g in _GELAR_BELAKANG]
    + [(v.rstrip("."), v) for varian in gelar._VARIAN.values() for v in varian]
    + [("SH", "S.H."), ("s.sos", "S.Sos."), ("MAP", "M.A.P."), ("SIP", "S.IP.")]
)


@given(
    st.lists(st.sampled_from(gelar._DEPAN), max_size=3),
    st.lists(_KATA_NAMA, min_size=1, max_size=4),
    st.lists(_GELAR, max_size=3),
    st.sampled_from([", ", ",", " , "]),
)
def test_normalise_nama_is_idempotent_and_keeps_the_name(depan, kata, belakang, pemisah):
    raw = " ".join([*depan, *kata])
    if belakang:
        raw += pemisah + pemisah.join(ditulis for ditulis, _ in belakang)
    once = normalise_nama(raw)
    assert normalise_nama(once) == once
    parsed = urai_nama(raw)
    assert parsed.nama == " ".join(kata)
    assert parsed.depan == tuple(depan)
    assert parsed.belakang == tuple(kanonik for _, kanonik in belakang)
    assert once == once.strip()
    assert not re.search(r"\s{2}|\s,|,,|\.\.", once)


def test_a_lone_title_is_kept_as_the_name():
    assert urai_nama("Dr. Ir.") == NamaBergelar(depan=("Dr.",), nama="Ir.", belakang=())
