"""Tata tempat table: offices, their rank under UU 9/2010 Pasal 9-11, and Forkopimda membership."""

from __future__ import annotations

import dataclasses

NASIONAL, PROVINSI, KAB_KOTA, UMUM = 1, 2, 3, 4

ASISTEN, STAF_AHLI, KEPALA_PD = "Asisten", "Staf Ahli", "Kepala Perangkat Daerah"
CAMAT, LURAH, KEPALA_DESA = "Camat", "Lurah", "Kepala Desa"

# Offices every daerah has (DPRD, sekda, dinas, badan …) come in twins: the Pasal 10 row (cakupan PROV) and the
# Pasal 11 row (cakupan KAB). Which twin a jabatan takes is read from its wording by protokol.cakupan ("Provinsi",
# "Jateng", "Gubernur" / "Kota", "Kabupaten", "Bupati") or, when it names no place, from the host's level.
PROV, KAB = "provinsi", "kab_kota"
_DPRD = r"(?:dprd|dewan perwakilan rakyat daerah)"
_SEKDA = r"sekda(?:prov)?|sekretaris daerah|sekkot|sekkab"
_KABAN = r"kaban|kepala badan|kepala (?:bappeda|bapenda|bpkad|bkpsdm|bkd|bpbd|kesbangpol)"
_KADIS = r"kadis\w*|kepala dinas"
_KEPALA_PD = (
    rf"kepala (?:perangkat daerah|opd|skpd|inspektorat|satuan polisi pamong praja)|kasatpol(?: pp)?"
    rf"|inspektur (?:kota|kabupaten|provinsi|daerah)|sekretaris {_DPRD}|sekwan"
)
_BI = r"kepala (?:kantor )?perwakilan (?:bi|bank indonesia)"
_KPU = r"ketua (?:kpu|kpud|komisi pemilihan umum)"
_PARTAI = r"(?:ketua|pimpinan|pemimpin) (?:dpc |dpd |dpw )?partai|(?:pimpinan|pemimpin) partai politik"
_FORKOPIMDA = r"(?:unsur )?(?:forkopimda|forum koordinasi pimpinan daerah|muspida)"


@dataclasses.dataclass(frozen=True)
class Entri:
    """One office: `pola` is a regex matched at the start of the normalised jabatan.

    `bagian` names the office inside a merged peer line ("Para Asisten, ..."); `forkopimda` marks
    membership under PP 12/2022; `cakupan` (PROV or KAB) marks one of a twin pair, None an office of one level.
    """

    tingkat: int
    huruf: str
    urutan: int
    label: str
    pola: str
    forkopimda: bool = False
    bagian: str | None = None
    cakupan: str | None = None


_PASAL_9 = (  # UU 9/2010 Pasal 9 ayat (1): acara resmi at national level
    Entri(NASIONAL, "a", 0, "Presiden", r"presiden(?! direktur)"),
    Entri(NASIONAL, "b", 0, "Wakil Presiden", r"wakil presiden|wapres"),
    Entri(NASIONAL, "c", 0, "Mantan Presiden dan Mantan Wakil Presiden", r"mantan (?:wakil )?presiden"),
    Entri(NASIONAL, "d", 0, "Ketua MPR", r"ketua (?:mpr|majelis permusyawaratan rakyat)"),
    Entri(NASIONAL, "e", 0, "Ketua DPR", r"ketua (?:dpr|dewan perwakilan rakyat(?! daerah))"),
    # "DPD" alone is also a party or youth-organisation board, so the lembaga negara needs "RI".
    Entri(NASIONAL, "f", 0, "Ketua DPD", r"ketua (?:dpd ri|dpd republik indonesia|dewan perwakilan daerah)"),
    Entri(NASIONAL, "g", 0, "Ketua BPK", r"ketua (?:bpk|badan pemeriksa keuangan)"),
    Entri(NASIONAL, "h", 0, "Ketua Mahkamah Agung", r"ketua (?:ma|mahkamah agung)"),
    Entri(NASIONAL, "i", 0, "Ketua Mahkamah Konstitusi", r"ketua (?:mk|mahkamah konstitusi)"),
    Entri(NASIONAL, "j", 0, "Ketua Komisi Yudisial", r"ketua (?:ky|komisi yudisial)"),
    Entri(NASIONAL, "k", 0, "Perintis Pergerakan Kebangsaan/Kemerdekaan", r"perintis (?:pergerakan|kemerdekaan)"),
    Entri(
        NASIONAL,
        "l",
        0,
        "Duta Besar/Kepala Perwakilan Negara Asing",
        r"duta besar|dubes|kepala perwakilan (?:negara asing|organisasi internasional)",
    ),
    # Huruf m lists: Wakil Ketua MPR, DPR, DPD, Gubernur BI, Ketua KPU, Wakil Ketua BPK, MA, MK, KY.
    Entri(
        NASIONAL,
        "m",
        0,
        "Wakil Ketua MPR/DPR/DPD",
        r"wakil ketua (?:mpr|dpr|dpd ri|majelis permusyawaratan rakyat"
        r"|dewan perwakilan (?:rakyat(?! daerah)|daerah))",
    ),
    Entri(NASIONAL, "m", 1, "Gubernur Bank Indonesia", r"gubernur (?:bi|bank indonesia)"),
    Entri(NASIONAL, "m", 2, "Ketua KPU", r"ketua (?:kpu|komisi pemilihan umum) (?:ri|republik indonesia)"),
    Entri(
        NASIONAL,
        "m",
        3,
        "Wakil Ketua BPK/MA/MK/KY",
        r"wakil ketua (?:bpk|ma|mk|ky|badan pemeriksa keuangan|mahkamah (?:agung|konstitusi)|komisi yudisial)",
    ),
    Entri(NASIONAL, "n", 0, "Menteri", r"menteri|pejabat setingkat menteri"),
    Entri(NASIONAL, "n", 1, "Anggota DPR", r"anggota (?:dpr|dewan perwakilan rakyat(?! daerah))"),
    Entri(NASIONAL, "n", 2, "Anggota DPD", r"anggota (?:dpd ri|dpd republik indonesia|dewan perwakilan daerah)"),
    Entri(NASIONAL, "n", 3, "Duta Besar RI", r"(?:duta besar|dubes) (?:ri|republik indonesia)"),
    Entri(NASIONAL, "o", 0, "Kepala Staf Angkatan", r"kepala staf (?:angkatan|tni)|ksad|ksal|ksau"),
    Entri(NASIONAL, "p", 0, "Pemimpin Partai Politik di DPR", r"ketua umum (?:partai|dpp)"),
    Entri(
        NASIONAL,
        "q",
        0,
        "Anggota BPK, Hakim Agung, Hakim Konstitusi, Anggota KY",
        r"anggota (?:bpk|badan pemeriksa keuangan|ky|komisi yudisial)|hakim (?:agung|konstitusi)|ketua muda",
    ),
    Entri(NASIONAL, "r", 0, "Deputi Gubernur Bank Indonesia", r"deputi gubernur (?:senior )?(?:bi|bank indonesia)"),
    # Huruf s (gubernur) is placed by Pasal 10 huruf a below: the same order, one row.
)

_PASAL_10 = (  # UU 9/2010 Pasal 10 ayat (1): acara resmi di provinsi; at a kab/kota event before all Pasal 11 ranks
    Entri(PROVINSI, "a", 0, "Gubernur", r"gubernur"),
    Entri(PROVINSI, "b", 0, "Wakil Gubernur", r"wakil gubernur|wagub"),
    Entri(PROVINSI, "c", 0, "Mantan Gubernur dan Mantan Wakil Gubernur", r"mantan (?:wakil )?gubernur"),
    Entri(PROVINSI, "d", 0, "Ketua DPRD Provinsi", rf"ketua {_DPRD}|pimpinan {_DPRD}", forkopimda=True, cakupan=PROV),
    Entri(PROVINSI, "d", 0, "Pimpinan dan Anggota DPRD Provinsi", rf"pimpinan dan anggota {_DPRD}", cakupan=PROV),
    # A guest list may name the whole Forkopimda in one entry: it ranks as its first member, the DPRD (d).
    Entri(PROVINSI, "d", 0, "Unsur Forkopimda Provinsi", _FORKOPIMDA, forkopimda=True, cakupan=PROV),
    Entri(PROVINSI, "e", 0, "Kepala Perwakilan Konsuler", r"konsul(?: jenderal)?|kepala perwakilan konsuler"),
    Entri(PROVINSI, "f", 0, "Wakil Ketua DPRD Provinsi", rf"wakil ketua {_DPRD}", forkopimda=True, cakupan=PROV),
    # Huruf g is one shared rank, listed: sekda, TNI, kepolisian, pengadilan tinggi, kejaksaan tinggi.
    Entri(PROVINSI, "g", 0, "Sekretaris Daerah Provinsi", _SEKDA, cakupan=PROV),
    Entri(
        PROVINSI,
        "g",
        1,
        "Panglima Kodam/Komandan Korem",
        r"pangdam|panglima (?:kodam|daerah militer)|danrem|komandan (?:korem|resor militer)|danlantamal"
        r"|komandan (?:lantamal|pangkalan utama)|danlanud|komandan (?:lanud|pangkalan udara)",
        forkopimda=True,
    ),
    Entri(PROVINSI, "g", 2, "Kepala Kepolisian Daerah", r"kapolda|kepala kepolisian daerah", forkopimda=True),
    Entri(PROVINSI, "g", 3, "Ketua Pengadilan Tinggi", r"ketua (?:pengadilan tinggi|pt|pta|pttun)"),
    Entri(PROVINSI, "g", 4, "Kepala Kejaksaan Tinggi", r"kajati|kepala kejaksaan tinggi", forkopimda=True),
    # [P] Many provinces add the Kabinda to Forkopimda; the UU does not list it: after the huruf g officials.
    Entri(PROVINSI, "g", 5, "Kepala Badan Intelijen Negara Daerah", r"kabinda|kepala (?:badan intelijen negara|binda)"),
    Entri(PROVINSI, "h", 0, "Pemimpin Partai Politik Provinsi", _PARTAI, cakupan=PROV),
    Entri(PROVINSI, "i", 0, "Anggota DPRD Provinsi", rf"anggota {_DPRD}", cakupan=PROV),
    # Huruf j: the bupati and wali kota of the province are placed by the host-level map in protokol.py.
    Entri(PROVINSI, "k", 0, "Kepala Perwakilan BPK", r"kepala (?:kantor )?perwakilan (?:bpk|badan pemeriksa keuangan)"),
    Entri(PROVINSI, "k", 1, "Kepala Perwakilan Bank Indonesia Provinsi", _BI, cakupan=PROV),
    Entri(PROVINSI, "k", 2, "Ketua KPU Provinsi", _KPU, cakupan=PROV),
    # Huruf p lists: asisten, kepala dinas, kepala kantor instansi vertikal, kepala badan, eselon II.
    Entri(PROVINSI, "p", 0, "Asisten Sekretaris Daerah Provinsi", r"asisten", bagian=ASISTEN, cakupan=PROV),
    Entri(PROVINSI, "p", 0, "Staf Ahli Gubernur", r"staff? ahli", bagian=STAF_AHLI, cakupan=PROV),
    Entri(PROVINSI, "p", 1, "Kepala Dinas Provinsi", _KADIS, bagian=KEPALA_PD, cakupan=PROV),
    Entri(PROVINSI, "p", 1, "Kepala Perangkat Daerah Provinsi", _KEPALA_PD, bagian=KEPALA_PD, cakupan=PROV),
    Entri(PROVINSI, "p", 2, "Kepala Instansi Vertikal Provinsi", r"kakanwil|kepala (?:kantor wilayah|kanwil)"),
    Entri(PROVINSI, "p", 3, "Kepala Badan Provinsi", _KABAN, bagian=KEPALA_PD, cakupan=PROV),
    # Biro exist only in a provincial Setda; their heads are eselon II (huruf p, last item).
    Entri(PROVINSI, "p", 4, "Kepala Biro", r"karo|kepala biro", bagian=KEPALA_PD),
    Entri(PROVINSI, "q", 0, "Kepala Bagian Pemerintah Provinsi", r"kabag|kepala bagian", cakupan=PROV),
)

_PASAL_11 = (  # UU 9/2010 Pasal 11 ayat (1): acara resmi di kabupaten/kota
    Entri(KAB_KOTA, "a", 0, "Bupati/Wali Kota", r"wali kota|bupati"),
    Entri(KAB_KOTA, "b", 0, "Wakil Bupati/Wakil Wali Kota", r"wakil (?:wali kota|bupati)|wawali|wabup"),
    Entri(KAB_KOTA, "c", 0, "Mantan Bupati/Wali Kota", r"mantan (?:wakil )?(?:wali kota|bupati)"),
    # Pimpinan DPRD sits in Forkopimda (PP 12/2022); the kepala daerah chairs it but is greeted on
    # their own line, so rank a carries no forkopimda flag.
    Entri(KAB_KOTA, "d", 0, "Ketua DPRD", rf"ketua {_DPRD}|pimpinan {_DPRD}", forkopimda=True, cakupan=KAB),
    Entri(KAB_KOTA, "d", 0, "Pimpinan dan Anggota DPRD", rf"pimpinan dan anggota {_DPRD}", cakupan=KAB),
    Entri(KAB_KOTA, "d", 0, "Unsur Forkopimda", _FORKOPIMDA, forkopimda=True, cakupan=KAB),
    Entri(KAB_KOTA, "e", 0, "Wakil Ketua DPRD", rf"wakil ketua {_DPRD}", forkopimda=True, cakupan=KAB),
    # Huruf f is one shared rank, listed: sekda, TNI, kepolisian, pengadilan, kejaksaan negeri.
    Entri(KAB_KOTA, "f", 0, "Sekretaris Daerah", _SEKDA, cakupan=KAB),
    Entri(
        KAB_KOTA,
        "f",
        1,
        "Komandan Satuan Teritorial TNI",
        r"dandim|komandan (?:kodim|distrik militer|lanal|lanud)|danlanal|danlanud",
        forkopimda=True,
    ),
    Entri(
        KAB_KOTA,
        "f",
        2,
        "Kepala Kepolisian Resor",
        r"kapolres(?:ta|tabes)?|kepala kepolisian (?:resor|resort)",
        forkopimda=True,
    ),
    # Ketua PN/PA are often added to Forkopimda in practice, but §8 greets them on their own line.
    Entri(
        KAB_KOTA,
        "f",
        3,
        "Ketua Pengadilan",
        r"ketua (?:pn|pa|ptun|pengadilan (?:negeri|agama|tata usaha negara|militer)|mahkamah syar\w*)",
    ),
    Entri(KAB_KOTA, "f", 4, "Kepala Kejaksaan Negeri", r"kajari|kepala kejaksaan negeri", forkopimda=True),
    Entri(
        KAB_KOTA,
        "g",
        0,
        "Pemimpin Partai Politik",
        _PARTAI,
        cakupan=KAB,
    ),
    Entri(KAB_KOTA, "h", 0, "Anggota DPRD", rf"anggota {_DPRD}", cakupan=KAB),
    Entri(
        KAB_KOTA,
        "i",
        0,
        "Pemuka Agama, Pemuka Adat, dan Tokoh Masyarakat",
        r"(?:tokoh|pemuka) (?:agama|adat|masyarakat)|(?:alim )?ulama"
        r"|ketua (?:mui|majelis ulama indonesia|fkub|forum kerukunan umat beragama|lembaga adat)",
    ),
    # Huruf j lists: asisten, kepala badan, kepala dinas, eselon II, kepala perwakilan BI, ketua KPU.
    Entri(KAB_KOTA, "j", 0, "Asisten Sekretaris Daerah", r"asisten", bagian=ASISTEN, cakupan=KAB),
    Entri(KAB_KOTA, "j", 1, "Kepala Badan", _KABAN, bagian=KEPALA_PD, cakupan=KAB),
    Entri(KAB_KOTA, "j", 2, "Kepala Dinas", _KADIS, bagian=KEPALA_PD, cakupan=KAB),
    Entri(KAB_KOTA, "j", 3, "Staf Ahli", r"staff? ahli", bagian=STAF_AHLI, cakupan=KAB),
    Entri(KAB_KOTA, "j", 3, "Kepala Perangkat Daerah", _KEPALA_PD, bagian=KEPALA_PD, cakupan=KAB),
    Entri(KAB_KOTA, "j", 3, "Pejabat Eselon II", r"pejabat (?:eselon ii|pimpinan tinggi pratama)"),
    Entri(KAB_KOTA, "j", 4, "Kepala Perwakilan Bank Indonesia", _BI, cakupan=KAB),
    Entri(KAB_KOTA, "j", 5, "Ketua KPU", _KPU, cakupan=KAB),
    # Huruf k lists: instansi vertikal, UPT instansi vertikal, TNI di kecamatan, kepolisian di kecamatan.
    Entri(
        KAB_KOTA,
        "k",
        0,
        "Kepala Instansi Vertikal",
        r"kepala (?:kantor )?(?:kementerian agama|kemenag)|kakan ?kemenag|kepala (?:bps|badan pusat statistik)"
        r"|kepala (?:bnn|badan narkotika nasional)|kepala (?:kantor )?(?:pertanahan|atr|bpn|imigrasi)"
        r"|kepala (?:kantor pelayanan pajak|kpp|lapas|rutan|lembaga pemasyarakatan|rumah tahanan)"
        r"|kepala instansi vertikal",
    ),
    # [P] The UU does not list rectors; a state university is a unit of a ministry, so offices greet its rector
    # with the heads of vertical agencies (huruf k), never after the lurah.
    Entri(
        KAB_KOTA,
        "k",
        0,
        "Rektor/Pimpinan Perguruan Tinggi",
        r"rektor|ketua (?:stie|stikes|stih|stkip|stai|sekolah tinggi)|direktur (?:politeknik|akademi)",
    ),
    Entri(KAB_KOTA, "k", 1, "Kepala UPT Instansi Vertikal", r"kepala (?:upt|unit pelaksana teknis|balai)"),
    Entri(KAB_KOTA, "k", 1, "Wakil Rektor dan Dekan", r"wakil rektor|warek|dekan"),
    Entri(
        KAB_KOTA,
        "k",
        2,
        "Unsur Forkopimcam",
        r"(?:unsur )?(?:forkopimcam|forum koordinasi pimpinan kecamatan|muspika)",
    ),
    Entri(KAB_KOTA, "k", 2, "Komandan Koramil", r"danramil|komandan (?:koramil|rayon militer)"),
    Entri(KAB_KOTA, "k", 3, "Kepala Kepolisian Sektor", r"kapolsek(?:ta)?|kepala kepolisian sektor"),
    Entri(KAB_KOTA, "l", 0, "Kepala Bagian", r"kabag|kepala bagian", cakupan=KAB),
    Entri(KAB_KOTA, "l", 1, "Camat", r"camat", bagian=CAMAT),
    Entri(
        KAB_KOTA,
        "l",
        2,
        "Pejabat Eselon III",
        r"kabid|kepala bidang|sekretaris (?:dinas|badan|camat)|sekcam|pejabat (?:eselon iii|administrator)",
    ),
    # Huruf m is "lurah/kepala desa": one listing item, so both share urutan 0.
    Entri(KAB_KOTA, "m", 0, "Lurah", r"lurah|kepala kelurahan", bagian=LURAH),
    Entri(KAB_KOTA, "m", 0, "Kepala Desa", r"kades|kepala desa", bagian=KEPALA_DESA),
    Entri(
        KAB_KOTA,
        "m",
        1,
        "Pejabat Eselon IV",
        r"kasi|kepala seksi|kasubbag|kepala sub ?bagian|sekretaris lurah|seklur|pejabat (?:eselon iv|pengawas)",
    ),
)

# Offices the table does not know are placed by what their title says (the word that starts the jabatan),
# so "Kepala Kantor Cabang …" stands with the heads of agencies instead of after every lurah. [P]
SEBUTAN = (
    Entri(KAB_KOTA, "i", 9, "Ketua organisasi/lembaga (menurut sebutan 'Ketua')", r"ketua"),
    Entri(KAB_KOTA, "k", 9, "Kepala kantor/instansi (menurut sebutan 'Kepala')", r"kepala|kakan|kacab"),
    Entri(
        KAB_KOTA,
        "k",
        9,
        "Pimpinan instansi/badan usaha (menurut sebutan 'Direktur'/'Pimpinan')",
        r"direktur|dirut|pimpinan|pemimpin|general manager|manajer|komisaris",
    ),
    Entri(KAB_KOTA, "l", 9, "Pejabat (menurut sebutan 'Sekretaris'/'Wakil')", r"sekretaris|wakil"),
)

# The rank of a Pasal 11 office at a provincial event (UU 9/2010 Pasal 10 ayat 1 huruf j-q, checked against
# shared/domain/tata-naskah-dinas.md §7: "... party leaders, DPRD members, then bupati/wali kota, ..."); ranks
# the UU leaves out at that level (camat, lurah, eselon IV) follow huruf q.  (huruf, urutan offset)
DI_PROVINSI: dict[str, tuple[str, int]] = {
    "a": ("j", 0),  # bupati/walikota
    "b": ("n", 0),  # wakil bupati/wakil walikota (n, with the wakil ketua DPRD kab/kota)
    "c": ("n", 2),
    "d": ("m", 0),  # Ketua DPRD kabupaten/kota
    "e": ("n", 1),
    "f": ("p", 10),  # sekda, Dandim, Kapolres, courts, Kajari of a kab/kota: pejabat eselon II / instansi vertikal
    "g": ("o", 1),
    "h": ("o", 0),  # anggota DPRD kabupaten/kota
    "i": ("l", 0),  # pemuka agama, pemuka adat, tokoh masyarakat
    "j": ("p", 20),  # eselon II of a kab/kota
    "k": ("p", 2),  # kepala kantor instansi vertikal
    "l": ("q", 0),  # kepala bagian, eselon III
    "m": ("r", 0),  # lurah/kepala desa, eselon IV: not in Pasal 10, after huruf q
}

# Not an office: §8 greets narasumber and peserta after every official, without "Yang saya hormati".
_UMUM = (
    Entri(UMUM, "", 0, "Peserta", r"nara ?sumber|peserta|panitia|tamu undangan"),
    # "Hadirin yang berbahagia" typed as a guest is the list's closing: after everyone (protokol.baris_penghormatan).
    Entri(UMUM, "", 9, "Hadirin", r"(?:bapak/ibu )?hadirin"),
)

TABEL: tuple[Entri, ...] = _PASAL_9 + _PASAL_10 + _PASAL_11 + _UMUM
