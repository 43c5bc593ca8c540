"""Gelar akademik, profesi and honorifics around a name, normalised by table lookup (domain §6)."""

from __future__ import annotations

import dataclasses
import re

# Titles that go before the name; everything else in the tables goes after it.
_DEPAN = ("Prof.", "Dr.", "dr.", "drg.", "drh.", "Ir.", "Drs.", "Dra.", "H.", "Hj.", "K.H.")
# Profession titles written on either side in practice ("Ns. Ani, S.Kep." and "Ani, S.Kep., Ns.").
_DUA_SISI = ("Ns.", "Apt.", "Bd.")
_BELAKANG = (
    # Diploma (Permenristekdikti 59/2018 Ps. 20)
    "A.P.", "A.M.", "A.Ma.", "A.Ma.Pd.", "A.Md.", "A.Md.Kep.", "A.Md.Keb.", "A.Md.Kes.", "A.Md.Farm.",
    "A.Md.Ak.", "A.Md.Kom.", "A.Md.T.", "A.Md.Gz.", "A.Md.Par.",
    # Sarjana
    "S.H.", "S.H.I.", "S.E.", "S.E.I.", "S.Sos.", "S.Sos.I.", "S.I.Kom.", "S.T.", "S.Kom.", "S.Si.", "S.S.",
    "S.Pd.", "S.Pd.I.", "S.Ag.", "S.Th.", "S.Hum.", "S.Psi.", "S.K.M.", "S.Kep.", "S.Keb.", "S.Farm.",
    "S.Ked.", "S.K.G.", "S.K.H.", "S.Gz.", "S.Hut.", "S.P.", "S.Pt.", "S.Pi.", "S.TP.", "S.Sy.", "S.STP.",
    "S.ST.", "S.Ak.", "S.M.", "S.Ds.", "S.Sn.", "S.Stat.",
    # Sarjana terapan (D4)
    "S.Tr.Kes.", "S.Tr.Keb.", "S.Tr.Kep.", "S.Tr.IP.", "S.Tr.T.", "S.Tr.Ak.", "S.Tr.Sos.", "S.Tr.Par.",
    "S.Tr.Pi.", "S.Tr.P.", "S.Tr.Kom.", "S.Tr.E.", "S.Tr.Gz.", "S.Tr.Stat.",
    # Magister
    "M.H.", "M.H.I.", "M.Kn.", "M.E.", "M.E.I.", "M.M.", "M.Si.", "M.Sos.", "M.A.", "M.I.Kom.", "M.T.",
    "M.Kom.", "M.Pd.", "M.Pd.I.", "M.Ag.", "M.Hum.", "M.Psi.", "M.Kes.", "M.K.M.", "M.Kep.", "M.Keb.",
    "M.Farm.", "M.Gz.", "M.P.", "M.Pt.", "M.Sc.", "M.Eng.", "M.Ed.", "M.Ec.Dev.", "M.B.A.", "M.P.A.",
    "M.P.H.", "M.A.R.S.", "M.Ak.", "M.Sy.", "M.Th.", "M.T.I.",
    "M.Tr.Kep.", "M.Tr.Keb.", "M.Tr.IP.", "M.Tr.Kes.", "M.Tr.T.",
    # Dokter spesialis (kedokteran and kedokteran gigi)
    "Sp.A.", "Sp.PD.", "Sp.OG.", "Sp.B.", "Sp.BA.", "Sp.BS.", "Sp.BP-RE.", "Sp.BTKV.", "Sp.JP.", "Sp.M.",
    "Sp.THT-KL.", "Sp.KK.", "Sp.DV.", "Sp.DVE.", "Sp.An.", "Sp.Rad.", "Sp.Onk.Rad.", "Sp.P.", "Sp.N.",
    "Sp.S.", "Sp.KJ.", "Sp.PK.", "Sp.PA.", "Sp.F.", "Sp.FM.", "Sp.OT.", "Sp.U.", "Sp.KFR.", "Sp.Ok.",
    "Sp.GK.", "Sp.MK.", "Sp.And.", "Sp.EM.", "Sp.KO.", "Sp.Ak.", "Sp.Ort.", "Sp.Pros.", "Sp.Perio.",
    "Sp.KG.", "Sp.KGA.", "Sp.BM.", "Sp.BMM.", "Sp.PM.", "Sp.RKG.",
    # Foreign degrees and professional certificates (certificates like CA are written without dots)
    "Ph.D.", "B.Sc.", "B.A.", "LL.M.", "Lc.", "Ak.", "CA", "CPA",
)  # fmt: skip
# Same letters, different institutions: the first is used unless the input's dots pick another.
_VARIAN = {"SIP": ("S.IP.", "S.I.P."), "MAP": ("M.A.P.", "M.AP."), "MIP": ("M.IP.", "M.I.P.")}


def _kunci(token: str) -> str:
    """Return the lookup key of `token`: letters only, dots dropped, upper case."""
    return re.sub(r"[.\s]", "", token).upper()


_TABEL: dict[str, tuple[str, ...]] = {
    **{_kunci(g): (g,) for g in (*_DEPAN, *_DUA_SISI, *_BELAKANG)},
    **_VARIAN,
}


@dataclasses.dataclass(frozen=True)
class NamaBergelar:
    """A name split into front titles, the bare name and trailing titles, each in canonical form.

    `tidak_dikenal` lists tokens not in the table (kept verbatim in `depan`/`belakang`);
    `ambigu` lists canonical forms chosen where the input could mean another one ("SIP", "DR").
    """

    depan: tuple[str, ...]
    nama: str
    belakang: tuple[str, ...]
    tidak_dikenal: tuple[str, ...] = ()
    ambigu: tuple[str, ...] = ()

    @property
    def lengkap(self) -> str:
        """Return the name as printed: "Dr. Ir. Nama, M.Si."."""
        kepala = " ".join((*self.depan, self.nama))
        return ", ".join((kepala, *self.belakang))

    @property
    def tanpa_gelar(self) -> str:
        """Return the bare name."""
        return self.nama

    @property
    def peringatan(self) -> list[str]:
        """Return Indonesian warnings for unknown and ambiguous titles."""
        pesan = [f"gelar '{t}' tidak ada di tabel gelar; ditulis apa adanya" for t in self.tidak_dikenal]
        return pesan + [_pesan_ambigu(g) for g in self.ambigu]


def _pesan_ambigu(gelar: str) -> str:
    if gelar == "Dr.":
        return "'DR' dibaca 'Dr.' (doktor); jika yang dimaksud dokter, tulis 'dr.'"
    lain = next(v for v in _VARIAN.values() if gelar in v)
    pilihan = " atau ".join(f"'{g}'" for g in lain)
    return f"gelar '{gelar}' dipilih dari {pilihan}; sesuaikan dengan ijazah"


def urai_nama(teks: str) -> NamaBergelar:
    """Return `teks` split into gelar and name; ValueError if no name is left.

    Titles after the first comma are looked up one by one (`ST.MT` splits at dots into S.T., M.T.);
    known titles at the start or end of the name part are peeled off too. The name keeps its case.
    """
    bagian_nama, _, bagian_gelar = teks.partition(",")
    kata = bagian_nama.split()
    if not kata:
        msg = f"nama kosong pada '{teks.strip()}'"
        raise ValueError(msg)
    hasil = _Hasil()
    depan = _kupas_depan(kata, hasil)
    belakang = _kupas_belakang(kata, hasil)
    for token in re.split(r"[,\s]+", bagian_gelar):
        if token:
            belakang += _gelar_atau_apa_adanya(token, hasil)
    # "DR. dr." can only mean Dr. dr.; the all-caps DR is a guess only without a lower-case dr.
    ambigu = [g for g in hasil.ambigu if not (g == "Dr." and "dr." in depan)]
    return NamaBergelar(tuple(depan), " ".join(kata), tuple(belakang), tuple(hasil.asing), tuple(ambigu))


def normalise_nama(teks: str) -> str:
    """Return `teks` with its gelar in canonical form: "Nuryadin, SH.,MH." → "Nuryadin, S.H., M.H."."""
    return urai_nama(teks).lengkap


@dataclasses.dataclass
class _Hasil:
    asing: list[str] = dataclasses.field(default_factory=list)
    ambigu: list[str] = dataclasses.field(default_factory=list)


def _kupas_depan(kata: list[str], hasil: _Hasil) -> list[str]:
    """Remove leading front titles from `kata` (always leaving one word) and return them."""
    depan: list[str] = []
    while len(kata) > 1:
        found = _cari(kata[0])
        if found is None or not all(g in _DEPAN + _DUA_SISI for g, _ in found):
            break
        del kata[0]
        depan += _catat(found, hasil)
    return depan


def _kupas_belakang(kata: list[str], hasil: _Hasil) -> list[str]:
    """Remove trailing titles from `kata` and return them in order.

    Without a comma only dotted or upper-case words count, so a surname like "Ma" stays a name.
    """
    belakang: list[str] = []
    while len(kata) > 1 and ("." in kata[-1] or kata[-1].isupper()):
        found = _cari(kata[-1])
        if found is None or any(g in _DEPAN for g, _ in found):
            break
        del kata[-1]
        belakang[:0] = _catat(found, hasil)
    return belakang


def _gelar_atau_apa_adanya(token: str, hasil: _Hasil) -> list[str]:
    found = _cari(token)
    if found is None:
        hasil.asing.append(token)
        return [token]
    return _catat(found, hasil)


def _catat(found: list[tuple[str, bool]], hasil: _Hasil) -> list[str]:
    hasil.ambigu += [g for g, ragu in found if ragu]
    return [g for g, _ in found]


def _cari(token: str) -> list[tuple[str, bool]] | None:
    """Return the canonical titles in `token` with an is-ambiguous flag, or None if it is not all titles.

    The whole token is tried first, then splits at its dots, longest first title first ("S.Pd.I" is
    one title, "ST.MT" two). Letters are never split apart: "SHMH" is unknown.
    """
    potongan = [p for p in token.split(".") if p]
    return _pecah(potongan) if potongan else None


def _pecah(potongan: list[str]) -> list[tuple[str, bool]] | None:
    for ujung in range(len(potongan), 0, -1):
        satu = _satu(".".join(potongan[:ujung]))
        if satu is None:
            continue
        if ujung == len(potongan):
            return [satu]
        sisa = _pecah(potongan[ujung:])
        if sisa is not None:
            return [satu, *sisa]
    return None


def _satu(ditulis: str) -> tuple[str, bool] | None:
    """Return the canonical form of one title as written, and whether the choice was a guess."""
    kunci = _kunci(ditulis)
    if kunci == "DR":
        # Lower-case "dr" is the physician's title; all-caps "DR" could be either.
        return ("dr.", False) if ditulis == "dr" else ("Dr.", ditulis == "DR")
    pilihan = _TABEL.get(kunci)
    if pilihan is None:
        return None
    sama = [g for g in pilihan if g.rstrip(".").upper() == ditulis.upper()]
    if sama:
        return sama[0], False
    return pilihan[0], len(pilihan) > 1
