"""Context for a naskah sambutan (§8): heading, greetings, penghormatan in precedence order, body, closing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from naskah.docx.page import PageSetup
from naskah.domain import ejaan, tanggal
from naskah.domain.kertas import KERTAS
from naskah.domain.loader import LoadedEvent
from naskah.domain.pejabat import jabatan_lengkap, nama_cetak
from naskah.domain.protokol import Hadirin, HasilUrutan, baris_penghormatan, urutkan
from naskah.domain.schema import BerkasAcara, Gaya, HadirinEntri, Sambutan
from naskah.errors import Problem
from naskah.jenis._common import isi_teks

SALAM_ISLAM = "Assalamu'alaikum warahmatullahi wabarakatuh"
SALAM_LINTAS = ("Salam sejahtera bagi kita semua", "Shalom", "Om Swastiastu", "Namo Buddhaya", "Salam Kebajikan")
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
    """Return one warning per hadirin office the precedence table does not know (it is greeted last)."""
    dikenal_tidak = set(tidak_dikenal(loaded.berkas))
    return [
        lokasi(
            loaded,
            f"hadirin[{i}].jabatan",
            f"jabatan '{h.jabatan}' tidak ada di tabel tata tempat; disapa sesudah pejabat yang dikenal",
            "periksa ejaannya, atau atur urutannya dengan 'kelompok'",
        )
        for i, h in enumerate(loaded.berkas.hadirin, start=1)
        if h.jabatan in dikenal_tidak
    ]


def rangkai(salam: Sequence[str]) -> list[str]:
    """Return greeting lines joined as one chain: a comma after each, a full stop after the last."""
    bersih = [s.rstrip(" ,.;!") for s in salam if s.strip()]
    return [f"{s}," for s in bersih[:-1]] + [f"{s}." for s in bersih[-1:]]


def salam_pembuka(*, islam: bool, lintas: bool, daerah: str | None) -> list[str]:
    """Return the opening greetings, each part switchable (§8.1); 'Selamat pagi' style when all are off."""
    salam = ([SALAM_ISLAM] if islam else []) + (list(SALAM_LINTAS) if lintas else [])
    salam += [daerah] if daerah else []
    return rangkai(salam or ["Salam sejahtera bagi kita semua"])


def salam_penutup(*, islam: bool, lintas: bool) -> list[str]:
    """Return the closing greetings (§8.7)."""
    return rangkai((list(PENUTUP_ISLAM) if islam else []) + (list(PENUTUP_LINTAS) if lintas else []))


def hadirin_untuk(entri: Sequence[HadirinEntri], kecuali: Sequence[str] = ()) -> list[Hadirin]:
    """Return the hadirin for the precedence engine, without the speaker's own office (`kecuali`)."""
    dilewati = {_kunci(j) for j in kecuali}
    return [Hadirin(**item.model_dump()) for item in entri if _kunci(item.jabatan) not in dilewati]


def _kunci(teks: str) -> str:
    return " ".join(teks.split()).casefold()


def urutan_hadirin(item: Sambutan, berkas: BerkasAcara) -> HasilUrutan:
    """Return the ordered penghormatan lines of the speech `item` (the speaker does not greet themself)."""
    hadirin = hadirin_untuk(berkas.hadirin, [item.oleh.jabatan, jabatan_lengkap(item.oleh)])
    return urutkan(hadirin, wilayah=berkas.instansi.wilayah)


def tidak_dikenal(berkas: BerkasAcara) -> list[str]:
    """Return the hadirin offices the precedence table does not know (for a warning)."""
    return list(urutkan(hadirin_untuk(berkas.hadirin)).tidak_dikenal)


def judul(item: Sambutan, berkas: BerkasAcara) -> list[str]:
    """Return the heading lines in capitals: SAMBUTAN / whose / on what occasion / place, date."""
    acara = berkas.acara
    kota = acara.kota or berkas.instansi.kota
    return [
        "SAMBUTAN",
        jabatan_lengkap(item.oleh).upper(),
        f"PADA {kesempatan(item, berkas).upper()}",
        f"{kota.upper()}, {tanggal.tanggal(acara.tanggal).upper()}",
    ]


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
    return (
        f"Pada kesempatan yang baik ini, {item.kata_ganti} menyampaikan terima kasih dan penghargaan kepada {daftar}."
    )


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
    return f"{awal}, {berkas.acara.nama} secara resmi {item.kata_ganti} nyatakan dibuka."


def penanda(item: Sambutan, berkas: BerkasAcara) -> dict[str, Any]:
    """Return the speaker line: the principal's jabatan in capitals and the name as Pasal 44 allows."""
    return {
        "jabatan": [ejaan.jabatan_ttd(jabatan_lengkap(item.oleh))],
        "nama": nama_cetak(item.oleh),
        "pangkat": "",
        "nip": "",
        "garis_bawah": berkas.instansi.gaya.garis_bawah_nama,
        "tte": False,
    }


def sambutan_context(item: Sambutan, berkas: BerkasAcara) -> dict[str, Any]:
    """Return everything the sambutan template prints for speech `item`."""
    gaya = berkas.instansi.gaya
    sapaan = f"Yang {item.kata_ganti} hormati"
    return {
        "judul": judul(item, berkas),
        "salam_pembuka": salam_pembuka(
            islam=item.salam_islam, lintas=gaya.salam_lintas_agama, daerah=gaya.salam_daerah
        ),
        "penghormatan": baris_penghormatan(urutan_hadirin(item, berkas), sapaan=sapaan),
        "puji_syukur": puji_syukur(item, berkas),
        "terima_kasih": terima_kasih(item, berkas),
        "isi": isi(item, berkas),
        "peresmian": peresmian(item, berkas),
        "penutup": f"Demikian yang dapat {item.kata_ganti} sampaikan. Atas perhatian hadirin sekalian, "
        f"{item.kata_ganti} ucapkan terima kasih.",
        "salam_penutup": salam_penutup(islam=item.salam_islam, lintas=gaya.salam_lintas_agama),
        "ttd": penanda(item, berkas),
    }
