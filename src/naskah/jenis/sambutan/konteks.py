"""Context for a naskah sambutan (§8): heading, greetings, penghormatan in precedence order, body, closing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from naskah.docx.page import PageSetup
from naskah.domain import ejaan, tanggal
from naskah.domain import wilayah as wilayah_mod
from naskah.domain.kertas import KERTAS
from naskah.domain.loader import LoadedEvent
from naskah.domain.pejabat import jabatan_lengkap, nama_cetak
from naskah.domain.protokol import Hadirin, HasilUrutan, baris_penghormatan, menurut_sebutan, tingkat_wilayah, urutkan
from naskah.domain.schema import BerkasAcara, Gaya, HadirinEntri, Instansi, Sambutan
from naskah.errors import Problem
from naskah.jenis._common import isi_teks

SALAM_ISLAM = "Assalamu'alaikum warahmatullahi wabarakatuh"
SALAM_LINTAS = ("Salam sejahtera bagi kita semua", "Shalom", "Om Swastiastu", "Namo Buddhaya", "Salam Kebajikan")
SALAM_RINGKAS = "Salam sejahtera untuk kita semua"
# [P] In Bali the Hindu greeting opens the chain, before the Islamic one.
SALAM_HINDU_DULU = {"Bali"}
_WILAYAH_KECIL = ("kecamatan", "kelurahan", "desa", "distrik")
PENUTUP_ISLAM = ("Wabillahi taufiq wal hidayah", "Wassalamu'alaikum warahmatullahi wabarakatuh")
PENUTUP_LINTAS = ("Om Shanti Shanti Shanti Om", "Namo Buddhaya", "Salam Kebajikan")
# Paper for reading aloud (§2): A5 is half a folio, so it gets narrower margins.
MARGIN_SAMBUTAN = {"A5": (20, 15, 20, 20)}  # top, right, bottom, left; other papers (25, 20, 25, 30)


def halaman(gaya: Gaya) -> PageSetup:
    """Return the page of a speech: `gaya.kertas_sambutan` with its margins."""
    width, height = KERTAS[gaya.kertas_sambutan]
    top, right, bottom, left = MARGIN_SAMBUTAN.get(gaya.kertas_sambutan, (25, 20, 25, 30))
    return PageSetup(width, height, top_mm=top, right_mm=right, bottom_mm=bottom, left_mm=left)


def lokasi(loaded: LoadedEvent, kunci: str, pesan: str, saran: str = "") -> Problem:
    """Return a `Problem` at key path `kunci`, with the file and line the loader recorded for it."""
    return loaded.locate(kunci, pesan, saran)


def peringatan_hadirin(loaded: LoadedEvent) -> list[Problem]:
    """Return one warning per hadirin office the precedence table does not know, saying where it is greeted."""
    berkas = loaded.berkas
    dikenal_tidak = set(tidak_dikenal(berkas))
    tingkat = tingkat_wilayah(daerah(berkas.instansi))
    return [
        lokasi(
            loaded,
            f"hadirin[{i}].jabatan",
            f"jabatan '{h.jabatan}' tidak ada di tabel tata tempat; {_ditempatkan(h.jabatan, tingkat)}",
            "periksa ejaannya, atau atur urutannya dengan 'kelompok'",
        )
        for i, h in enumerate(berkas.hadirin, start=1)
        if h.jabatan in dikenal_tidak
    ]


def _ditempatkan(jabatan: str, tingkat: int) -> str:
    """Return where an unknown office is greeted, for the warning."""
    peringkat = menurut_sebutan(jabatan, tingkat)
    if peringkat is None:
        return "disapa sesudah pejabat yang dikenal"
    return f"ditempatkan menurut sebutannya: {peringkat.label}"


def daerah(instansi: Instansi) -> str:
    """Return the Pemda whose Forkopimda and perangkat daerah a speech greets: the wilayah, or for a kecamatan
    issuer ('Kecamatan Wara') the kab/kota its kop names ('Pemerintah Kota Palopo' → 'Kota Palopo')."""
    if instansi.wilayah.split(" ", 1)[0].lower() in _WILAYAH_KECIL:
        return instansi.pemerintah.removeprefix("Pemerintah ").strip() or instansi.wilayah
    return instansi.wilayah


def rangkai(salam: Sequence[str]) -> list[str]:
    """Return greeting lines joined as one chain: a comma after each, a full stop after the last."""
    bersih = [s.rstrip(" ,.;!") for s in salam if s.strip()]
    return [f"{s}," for s in bersih[:-1]] + [f"{s}." for s in bersih[-1:]]


def salam_pembuka(
    *, islam: bool, lintas: bool, daerah: str | None, ragam: str = "lengkap", hindu_dulu: bool = False
) -> list[str]:
    """Return the opening greetings, each part switchable (§8.1); 'Selamat pagi' style when all are off.

    `ragam` 'ringkas' keeps only "Salam sejahtera untuk kita semua" of the multi-faith set; `hindu_dulu` opens
    with "Om Swastiastu" (Bali).
    """
    lintas_salam = [SALAM_RINGKAS] if ragam == "ringkas" else list(SALAM_LINTAS)
    salam = ([SALAM_ISLAM] if islam else []) + (lintas_salam if lintas else [])
    if hindu_dulu and "Om Swastiastu" in salam:
        salam = ["Om Swastiastu", *(s for s in salam if s != "Om Swastiastu")]
    salam += [daerah] if daerah else []
    return rangkai(salam or ["Salam sejahtera bagi kita semua"])


def salam_penutup(*, islam: bool, lintas: bool, ragam: str = "lengkap") -> list[str]:
    """Return the closing greetings (§8.7); the 'ringkas' set has no multi-faith closing."""
    lintas_salam = list(PENUTUP_LINTAS) if lintas and ragam != "ringkas" else []
    return rangkai((list(PENUTUP_ISLAM) if islam else []) + lintas_salam)


def salam(item: Sambutan, instansi: Instansi) -> tuple[list[str], list[str]]:
    """Return the opening and closing greetings of `item` per the office's gaya (own lines, or the set)."""
    return salam_gaya(instansi, islam=item.salam_islam)


def salam_gaya(instansi: Instansi, *, islam: bool) -> tuple[list[str], list[str]]:
    """Return the opening and closing greetings the office's gaya gives (also for the MC's script)."""
    gaya = instansi.gaya
    ragam = "lengkap" if gaya.ragam_salam == "otomatis" else gaya.ragam_salam
    hindu_dulu = gaya.ragam_salam == "otomatis" and _provinsi(instansi.provinsi) in SALAM_HINDU_DULU
    pembuka = (
        rangkai(gaya.salam_pembuka)
        if gaya.salam_pembuka
        else salam_pembuka(
            islam=islam, lintas=gaya.salam_lintas_agama, daerah=gaya.salam_daerah, ragam=ragam, hindu_dulu=hindu_dulu
        )
    )
    penutup = (
        rangkai(gaya.salam_penutup)
        if gaya.salam_penutup
        else salam_penutup(islam=islam, lintas=gaya.salam_lintas_agama, ragam=ragam)
    )
    return pembuka, penutup


def _provinsi(teks: str) -> str | None:
    try:
        return wilayah_mod.nama_provinsi(teks)
    except ValueError:
        return None


def hadirin_untuk(entri: Sequence[HadirinEntri], kecuali: Sequence[str] = ()) -> list[Hadirin]:
    """Return the hadirin for the precedence engine, without the speaker's own office (`kecuali`)."""
    dilewati = {_kunci(j) for j in kecuali}
    return [Hadirin(**item.model_dump()) for item in entri if _kunci(item.jabatan) not in dilewati]


def _kunci(teks: str) -> str:
    return " ".join(teks.split()).casefold()


def urutan_hadirin(item: Sambutan, berkas: BerkasAcara) -> HasilUrutan:
    """Return the ordered penghormatan lines of the speech `item` (the speaker does not greet themself)."""
    hadirin = hadirin_untuk(berkas.hadirin, [item.oleh.jabatan, jabatan_lengkap(item.oleh)])
    return urutkan(hadirin, wilayah=berkas.instansi.wilayah, daerah=daerah(berkas.instansi))


def tidak_dikenal(berkas: BerkasAcara) -> list[str]:
    """Return the hadirin offices the precedence table does not know (for a warning)."""
    hadirin = hadirin_untuk(berkas.hadirin)
    return list(urutkan(hadirin, wilayah=berkas.instansi.wilayah, daerah=daerah(berkas.instansi)).tidak_dikenal)


def judul(item: Sambutan, berkas: BerkasAcara) -> list[str]:
    """Return the heading lines in capitals, in the order of gaya.judul_sambutan (§8: SAMBUTAN / whose / on what
    occasion / place, date)."""
    acara = berkas.acara
    kota = acara.kota or berkas.instansi.kota
    baris = {
        "sambutan": jenis_naskah(item, berkas),
        "jabatan": jabatan_lengkap(item.oleh).upper(),
        "acara": f"PADA {kesempatan(item, berkas).upper()}",
        "tempat_tanggal": f"{kota.upper()}, {tanggal.tanggal(acara.tanggal).upper()}",
        "tempat": acara.tempat.upper(),
        "tanggal": tanggal.tanggal(acara.tanggal).upper(),
    }
    return [baris[nama] for nama in berkas.instansi.gaya.judul_sambutan]


def jenis_naskah(item: Sambutan, berkas: BerkasAcara) -> str:
    """Return 'AMANAT' for the inspektur upacara's address (as offices title it), else 'SAMBUTAN'."""
    if item.jenis != "otomatis":
        return item.jenis.upper()
    return "AMANAT" if inspektur_upacara(item, berkas) else "SAMBUTAN"


def inspektur_upacara(item: Sambutan, berkas: BerkasAcara) -> bool:
    """Return whether the speaker or the one who reads the speech is the ceremony's inspektur (or pembina)."""
    pembicara = [item.oleh] + ([item.dibacakan_oleh] if item.dibacakan_oleh else [])
    nama = {_kunci(p.nama) for p in pembicara}
    jabatan = {_kunci(p.jabatan) for p in pembicara}
    return any(
        _kunci(p.peran).startswith(("inspektur upacara", "pembina upacara"))
        and (_kunci(p.nama) in nama or (p.jabatan is not None and _kunci(p.jabatan) in jabatan))
        for p in berkas.petugas
    )


def kesempatan(item: Sambutan, berkas: BerkasAcara) -> str:
    """Return the occasion: the event (its opening, when the speech opens it) and any MoU signing."""
    teks = ("Pembukaan " if item.membuka_acara else "") + berkas.acara.nama
    pihak = [p.instansi for p in berkas.pihak]
    if berkas.nota_kesepahaman and len(pihak) >= 2:
        naskah = berkas.nota_kesepahaman.judul.title()
        teks += f" dan Penandatanganan {naskah} antara {daftar_dan(pihak)}"
    return teks


def daftar_dan(kata: Sequence[str]) -> str:
    """Return ``A``, ``A dan B`` or ``A, B, dan C`` (EYD serial comma)."""
    if len(kata) < 3:
        return " dan ".join(kata)
    return f"{', '.join(kata[:-1])}, dan {kata[-1]}"


def puji_syukur(item: Sambutan, berkas: BerkasAcara) -> str:
    """Return the puji syukur paragraph (§8.3)."""
    tuhan = "Allah SWT" if item.salam_islam else "Tuhan Yang Maha Esa"
    return (
        f"Puji syukur kita panjatkan ke hadirat {tuhan}, karena atas rahmat dan karunia-Nya kita dapat hadir "
        f"bersama dalam {kesempatan(item, berkas)} pada hari ini dalam keadaan sehat walafiat."
    )


def terima_kasih(item: Sambutan, berkas: BerkasAcara) -> str:
    """Return the thanks paragraph naming `terima_kasih` (§8.4), or '' when there is no one to thank."""
    pihak = [isi_teks(p, berkas) for p in item.terima_kasih]
    if not pihak:
        return ""
    daftar = pihak[0] if len(pihak) == 1 else f"{', '.join(pihak[:-1])}, serta {pihak[-1]}"
    return f"Pada kesempatan yang baik ini, {kata_ganti(item, berkas)} menyampaikan terima kasih dan penghargaan kepada {daftar}."


def isi(item: Sambutan, berkas: BerkasAcara) -> list[dict[str, Any]]:
    """Return the body blocks: paragraphs, and numbered points for each list in `isi`."""
    blok: list[dict[str, Any]] = []
    for bagian in item.isi:
        if isinstance(bagian, str):
            blok.append({"teks": isi_teks(bagian, berkas), "butir": []})
        else:
            butir = [{"nomor": f"{n}.", "teks": isi_teks(t, berkas)} for n, t in enumerate(bagian, start=1)]
            blok.append({"teks": "", "butir": butir})
    return blok


def peresmian(item: Sambutan, berkas: BerkasAcara) -> str:
    """Return the official opening formula (§8.6), or '' when the speech does not open the event."""
    if not item.membuka_acara:
        return ""
    awal = (
        "Dengan mengucapkan Bismillahirrahmanirrahim"
        if item.salam_islam
        else "Dengan memohon rahmat Tuhan Yang Maha Esa"
    )
    return f"{awal}, {berkas.acara.nama} secara resmi {kata_ganti(item, berkas)} nyatakan dibuka."


def kata_ganti(item: Sambutan, berkas: BerkasAcara) -> str:
    """Return the speaker's pronoun as the office writes it: 'saya', or 'Saya' with gaya.kata_ganti_kapital."""
    return item.kata_ganti.capitalize() if berkas.instansi.gaya.kata_ganti_kapital else item.kata_ganti


def penghormatan(item: Sambutan, berkas: BerkasAcara) -> list[str]:
    """Return the penghormatan lines: one 'Yang saya hormati, …;' per line, or the heading over a list."""
    sapaan = f"Yang {kata_ganti(item, berkas)} hormati"
    hasil = urutan_hadirin(item, berkas)
    if berkas.instansi.gaya.penghormatan_sambutan == "judul" and hasil.baris:
        return [f"{sapaan}:", *baris_penghormatan(hasil, sapaan="")]
    return baris_penghormatan(hasil, sapaan=sapaan)


def penanda(item: Sambutan, berkas: BerkasAcara) -> dict[str, Any]:
    """Return the speaker line: the principal's jabatan in capitals and the name as Pasal 44 allows."""
    return {
        "jabatan": [ejaan.jabatan_ttd(jabatan_lengkap(item.oleh))],
        "nama": nama_cetak(item.oleh, berkas.instansi.gaya),
        "pangkat": "",
        "nip": "",
        "garis_bawah": berkas.instansi.gaya.garis_bawah_nama,
        "tte": False,
    }


def sambutan_context(item: Sambutan, berkas: BerkasAcara) -> dict[str, Any]:
    """Return everything the sambutan template prints for speech `item`."""
    kata = kata_ganti(item, berkas)
    pembuka, penutup = salam(item, berkas.instansi)
    return {
        "judul": judul(item, berkas),
        "salam_pembuka": pembuka,
        "penghormatan": penghormatan(item, berkas),
        "puji_syukur": puji_syukur(item, berkas),
        "terima_kasih": terima_kasih(item, berkas),
        "isi": isi(item, berkas),
        "peresmian": peresmian(item, berkas),
        "penutup": f"Demikian yang dapat {kata} sampaikan. Atas perhatian hadirin sekalian, {kata} ucapkan terima kasih.",
        "salam_penutup": penutup,
        "ttd": penanda(item, berkas),
    }
