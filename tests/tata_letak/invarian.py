"""The layout's invariants, checked on the PDF geometry of a rendered document.

Each check records how often it ran and every failure (document, page, what is wrong):
- label_sebaris: a label, its colon and the first token of its value stand on one baseline.
- nomor_utuh: a letter number is never split mid-token; it may wrap only after a `/`, continuing at the value
  column (hanging indent).
- satu_halaman: an invitation within the content budget (`dalam_anggaran`) fits one page.
- penutup_bersama_ttd: a longer letter flows, but its closing sentence stands on the signature's page.
- ttd_tidak_sendiri: a signature block is never split and never alone on its page (letters, lampiran, speech,
  MoU, attendance sheet).
- sel_utuh: no table cell wraps a phone number, NIP, time or date.
- area_cetak: nothing outside the margins left and right, nor within 5 mm of the top or bottom edge.
- lampiran_lembar: the `Lampiran : N lembar` of the daftar letter equals the lampiran's pages.
- lampiran_butir: the lampiran lists every recipient, numbered 1 … N in order, none lost to a clipped line.
- lampiran_baris: the lampiran prints the lines naskah broke it into, none broken again by the word processor.
- tembusan_utuh: the tembusan list stands whole on one page, the signature's page.
- kop_tanpa_yatim: no line of the kop holds a single word.
"""

from __future__ import annotations

import collections
import dataclasses
import re
from pathlib import Path
from typing import Any

import docx

from naskah.domain.tata_letak import pecah_baris
from tests.tata_letak.geometri import Baris, Halaman, find_line, read, segments
from tests.tata_letak.render import Dokumen

PT_PER_MM = 72 / 25.4
EDGE_PT = 5 * PT_PER_MM  # printers leave about 5 mm unprinted at the edges
TOLERANCE = 3.0  # points
VALUE_GAP = 30.0  # points between a colon and the value after it
# Content budget of an invitation on one page (documented in README, "Tata letak"): what always fits on A4.
ANGGARAN = {"agenda": 4, "tembusan": 3, "tempat": 90, "nama_acara": 100, "hal": 70, "baris_agenda": 6}
ANGGARAN["baris_tembusan"] = 4
# Where the agenda's and the tembusan's text wraps on the narrower paper (A4, 16 cm of text width): the
# agenda item's text hangs at 5.5 cm, a tembusan's at 0.6 cm (tools/templat/undangan.py).
AGENDA_MM, TEMBUSAN_MM = 105.0, 154.0
CELL_VALUE = re.compile(
    r"^(?:[\d() +.\-–/]{7,}|\d{1,2}[.:]\d{2}(?:\s*[–-]\s*\d{1,2}[.:]\d{2})?(?:\s+(?:WIB|WITA|WIT))?"
    r"|\d{1,2} (?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4})$"
)


@dataclasses.dataclass
class Laporan:
    """Counts of checks and pages, and every failure, over many documents."""

    dokumen: int = 0
    halaman: int = 0
    diperiksa: collections.Counter = dataclasses.field(default_factory=collections.Counter)
    gagal: list[str] = dataclasses.field(default_factory=list)

    def cek(self, nama: str, ok: bool, dokumen: Dokumen, pesan: str) -> bool:
        self.diperiksa[nama] += 1
        if not ok:
            self.gagal.append(f"{nama}: acara {dokumen.seed} {dokumen.jenis} ({dokumen.pdf.name}): {pesan}")
        return ok

    def ringkasan(self, acara: int) -> str:
        total = sum(self.diperiksa.values())
        per = ", ".join(f"{k} {v}" for k, v in sorted(self.diperiksa.items()))
        return (
            f"tata letak: {acara} acara, {self.dokumen} dokumen, {self.halaman} halaman, {total} pemeriksaan "
            f"({per}), {len(self.gagal)} gagal"
        )


def dalam_anggaran(event: dict[str, Any]) -> bool:
    """True when an invitation's content is within the one-page budget (ANGGARAN)."""
    acara, surat = event["acara"], event["surat"]
    agenda, tembusan = acara.get("agenda", []), event.get("tembusan", [])
    return (
        "untuk_beliau" not in event.get("penandatangan", {})  # a.n. and u.b.: three jabatan above the name
        and len(agenda) <= ANGGARAN["agenda"]
        and _baris(agenda, AGENDA_MM) <= ANGGARAN["baris_agenda"]
        and _baris(tembusan, TEMBUSAN_MM) <= ANGGARAN["baris_tembusan"]
        and len(event.get("tembusan", [])) <= ANGGARAN["tembusan"]
        and len(acara["tempat"]) <= ANGGARAN["tempat"]
        and len(acara["nama"]) <= ANGGARAN["nama_acara"]
        and len(surat.get("hal", "")) <= ANGGARAN["hal"]
    )


def _baris(items: list[Any], lebar_mm: float) -> int:
    """The lines `items` print in a column `lebar_mm` wide (an agenda item may be a mapping with its `acara`)."""
    texts = [item.get("acara", "") if isinstance(item, dict) else str(item) for item in items]
    return sum(len(pecah_baris(f"{text};", lebar_mm, 12)) for text in texts)


def periksa(dokumen: Dokumen, harapan: dict[str, Any], laporan: Laporan) -> None:
    """Check `dokumen`'s PDF against every invariant of its kind; `harapan` holds the values it prints."""
    pages = read(dokumen.pdf)
    laporan.dokumen += 1
    laporan.halaman += len(pages)
    _area_cetak(dokumen, pages, laporan)
    _sel_utuh(dokumen, pages, laporan)
    jenis = dokumen.jenis
    if jenis in ("undangan", "undangan_daftar"):
        _surat(dokumen, pages, harapan, laporan)
    if jenis == "undangan_daftar":
        _lampiran(dokumen, pages, harapan, laporan)
    if jenis == "daftar_hadir":
        _kop(dokumen, pages, harapan["kop"], "DAFTAR", laporan)
        for label in ("Pukul", "Tempat"):
            _label_sebaris(dokumen, pages, label, laporan)
        if harapan.get("ttd"):
            _ttd(dokumen, pages, [harapan["tempat_tanggal"]], harapan["ttd"]["nama"], laporan)
    if jenis == "sambutan":
        _ttd(dokumen, pages, harapan["ttd"]["jabatan"], harapan["ttd"]["nama"], laporan)
    if jenis == "nota_kesepahaman":
        first = harapan["ttd"][0]
        labels = [first[side]["label"] for side in ("kiri", "kanan") if first[side]["label"]]
        last = harapan["ttd"][-1]
        names = [last[side]["nama"] for side in ("kiri", "kanan") if last[side]["nama"]]
        _ttd(dokumen, pages, [" ".join(labels)], names[-1], laporan, last_page=True)


# --------------------------------------------------------------------------- letters


def _surat(dokumen: Dokumen, pages: list[Halaman], harapan: dict[str, Any], laporan: Laporan) -> None:
    _kop(dokumen, pages, harapan["kop"], "Nomor", laporan)
    for label in ("Nomor", "Sifat", "Lampiran", "Hal"):
        _label_sebaris(dokumen, pages, label, laporan)
    _nomor_utuh(dokumen, pages, "Nomor", harapan["surat"]["nomor"], laporan)
    ttd = harapan["ttd"]
    _ttd(dokumen, pages, ttd["jabatan"][:1], ttd["nama"], laporan)
    _tembusan(dokumen, pages, harapan, laporan)
    if dokumen.jenis == "undangan":
        if dalam_anggaran(dokumen.event):
            laporan.cek("satu_halaman", len(pages) == 1, dokumen, f"{len(pages)} halaman dalam anggaran isi")
        elif len(pages) > 1:
            closing = harapan["penutup"][-1].split()[-1]
            name = _last_line_with(pages, " ".join(ttd["nama"].split()[:2]))  # a recipient may share it
            above = pages[name[0]].baris[: name[1]] if name else ()
            at = next((line.teks for line in above if line.kata[-1].teks == closing), None)
            ok = at is not None
            laporan.cek("penutup_bersama_ttd", ok, dokumen, f"kalimat penutup di halaman {at}, ttd di {name}")


def _tembusan(dokumen: Dokumen, pages: list[Halaman], harapan: dict[str, Any], laporan: Laporan) -> None:
    """The list from `Tembusan:` to its last word stands on one page, below the signature's name."""
    items = harapan["tembusan"]
    if not items:
        return
    found = find_line(pages, "Tembusan:")
    if not laporan.cek("tembusan_utuh", found is not None, dokumen, "baris 'Tembusan:' tidak ditemukan"):
        return
    page, index = pages[found[0]], found[1]
    last_word = items[-1]["teks"].split()[-1]
    whole = any(line.kata[-1].teks == last_word for line in page.baris[index + 1 :])
    laporan.cek("tembusan_utuh", whole, dokumen, f"daftar tembusan terpotong di halaman {page.nomor}")
    name = " ".join(harapan["ttd"]["nama"].split()[:2])
    signed = any(find_line([_only(page, line)], name) for line in page.baris[:index])
    laporan.cek("tembusan_utuh", signed, dokumen, f"tembusan di halaman {page.nomor} tanpa tanda tangan")


def _lampiran_butir(dokumen: Dokumen, pages: list[Halaman], laporan: Laporan) -> None:
    """The numbers 1. … N. open the lines of the lampiran's `pages` in order, N the number of recipients."""
    numbers = [
        int(line.kata[0].teks[:-1])
        for page in pages
        for line in page.baris
        if re.fullmatch(r"\d+\.", line.kata[0].teks) and line.x0 < page.lebar / 4
    ]
    expected = list(range(1, len(dokumen.event["penerima"]) + 1))
    missing = sorted(set(expected) - set(numbers))[:3]
    laporan.cek("lampiran_butir", numbers == expected, dokumen, f"nomor daftar hilang atau kacau: {missing}")


def _lampiran_baris(dokumen: Dokumen, pages: list[Halaman], lampiran: dict[str, Any], laporan: Laporan) -> None:
    """The lampiran's printed lines are as many as the lines of its broken values (`cetak`, `ttd`)."""
    if "cetak" not in lampiran:  # an older context: the word processor breaks the lines
        return
    ttd = lampiran["ttd"]
    values = [*lampiran["cetak"].values(), "DAFTAR UNDANGAN", *(i["cetak"] for i in lampiran["daftar"])]
    values += [*ttd["jabatan"], ttd["nama"], ttd["pangkat"], ttd["nip"]]
    expected = sum(v.count("\n") + 1 for v in values if v)
    foot = 25 * PT_PER_MM  # the bottom margin: a TTE notice in the footer is no lampiran line
    printed = sum(1 for page in pages for line in page.baris if line.top < page.tinggi - foot)
    laporan.cek("lampiran_baris", printed == expected, dokumen, f"{printed} baris tercetak, {expected} baris dipecah")


def _lampiran(dokumen: Dokumen, pages: list[Halaman], harapan: dict[str, Any], laporan: Laporan) -> None:
    start = find_line(pages, "LAMPIRAN SURAT")
    if not laporan.cek("lampiran_lembar", start is not None, dokumen, "halaman LAMPIRAN tidak ditemukan"):
        return
    match = re.search(r"Lampiran : (\d+) \(", pages[0].teks)
    stated = int(match.group(1)) if match else -1
    actual = len(pages) - start[0]
    laporan.cek("lampiran_lembar", stated == actual, dokumen, f"tertulis {stated} lembar, lampiran {actual} halaman")
    _lampiran_butir(dokumen, pages[start[0] :], laporan)
    _lampiran_baris(dokumen, pages[start[0] :], harapan["lampiran"], laporan)
    for label in ("NOMOR", "TANGGAL"):
        _label_sebaris(dokumen, pages[start[0] :], label, laporan)
    _nomor_utuh(dokumen, pages[start[0] :], "NOMOR", harapan["surat"]["nomor"], laporan)
    ttd = harapan["ttd"]
    _ttd(dokumen, pages, ttd["jabatan"][:1], ttd["nama"], laporan, last_page=True)


def _label_line(pages: list[Halaman], label: str) -> tuple[Halaman, Baris] | None:
    for page in pages:
        for line in page.baris:
            words = [k.teks.casefold() for k in line.kata]  # gaya.label_rincian: 'pukul' or 'Pukul'
            if words[:2] == [label.casefold(), ":"] or words[:1] == [f"{label.casefold()}:"]:
                return page, line
    return None


def _label_sebaris(dokumen: Dokumen, pages: list[Halaman], label: str, laporan: Laporan) -> None:
    found = _label_line(pages, label)
    if found is None:
        laporan.cek("label_sebaris", False, dokumen, f"label {label!r} tidak ditemukan")
        return
    _, line = found
    colon = line.kata[1]
    value = line.kata[2] if len(line.kata) > 2 else None
    ok = value is not None and value.x0 - colon.x1 < VALUE_GAP
    laporan.cek("label_sebaris", ok, dokumen, f"nilai {label} tidak sebaris dengan labelnya: {line.teks!r}")


def _nomor_utuh(dokumen: Dokumen, pages: list[Halaman], label: str, nomor: str, laporan: Laporan) -> None:
    found = _label_line(pages, label)
    if found is None or len(found[1].kata) < 3:
        laporan.cek("nomor_utuh", False, dokumen, f"nomor tidak ditemukan sesudah {label!r}")
        return
    page, line = found
    first = segments(Baris(found[1].kata[2:]))[0]
    fragments, value_x = [first.teks.replace(" ", "")], first.x0
    index = page.baris.index(line)
    for following in page.baris[index + 1 :]:
        if len("".join(fragments)) >= len(nomor):
            break
        part = next((s for s in segments(following) if abs(s.x0 - value_x) < TOLERANCE), None)
        if part is None:
            laporan.cek("nomor_utuh", False, dokumen, f"lanjutan nomor tidak di kolom nilai: {following.teks!r}")
            return
        fragments.append(part.teks.replace(" ", ""))
    ok = "".join(fragments) == nomor and all(f.endswith("/") for f in fragments[:-1])
    laporan.cek("nomor_utuh", ok, dokumen, f"nomor {nomor!r} tercetak {' | '.join(fragments)!r}")


# --------------------------------------------------------------------------- shared


def _kop(dokumen: Dokumen, pages: list[Halaman], kop: dict[str, Any], before: str, laporan: Laporan) -> None:
    """No kop line holds a single word (unless the kop line itself is one word)."""
    single = {kop["jabatan"], kop["pemerintah"], *kop["perangkat_daerah"]}
    for line in pages[0].baris:
        if line.kata[0].teks == before:
            break
        if len(line.kata) == 1:
            laporan.cek("kop_tanpa_yatim", line.teks in single, dokumen, f"baris kop satu kata: {line.teks!r}")
        else:
            laporan.cek("kop_tanpa_yatim", True, dokumen, "")


def _ttd(
    dokumen: Dokumen,
    pages: list[Halaman],
    first_lines: list[str],
    nama: str,
    laporan: Laporan,
    *,
    last_page: bool = False,
) -> None:
    """The block from its first line to the name stands on one page, under at least two other lines.

    The block is the last line starting with the block's first words that has the name's first words below
    it on the same page (a recipient or a party may carry the same words higher up).
    """
    head = " ".join(first_lines[0].split()[:2])
    name = " ".join(nama.split()[:2])  # a long name wraps: its first words stand on the name's first line
    heads = [(p, i) for p in range(len(pages)) for i in _lines_with(pages[p], head)]
    if last_page:
        heads = [(p, i) for p, i in heads if p == len(pages) - 1] or heads[-1:]
    if not laporan.cek("ttd_tidak_sendiri", bool(heads), dokumen, f"awal blok ttd {head!r} tidak ditemukan"):
        return
    whole = [(p, i) for p, i in heads if any(j > i for j in _lines_with(pages[p], name))]
    ok = laporan.cek("ttd_tidak_sendiri", bool(whole), dokumen, f"blok ttd {head!r} terpisah dari namanya {name!r}")
    if ok:
        p, i = whole[-1]
        above = [line for line in pages[p].baris[:i] if line.top > EDGE_PT * 2]
        laporan.cek("ttd_tidak_sendiri", len(above) >= 2, dokumen, f"blok ttd sendirian di halaman {p + 1}")


def _last_line_with(pages: list[Halaman], words: str) -> tuple[int, int] | None:
    found = [(p, i) for p in range(len(pages)) for i in _lines_with(pages[p], words)]
    return found[-1] if found else None


def _lines_with(page: Halaman, words: str) -> list[int]:
    return [i for i, line in enumerate(page.baris) if find_line([_only(page, line)], words)]


def _only(page: Halaman, line: Baris) -> Halaman:
    return Halaman(page.nomor, page.lebar, page.tinggi, (line,))


def _area_cetak(dokumen: Dokumen, pages: list[Halaman], laporan: Laporan) -> None:
    section = docx.Document(str(dokumen.docx)).sections[-1]
    left, right = section.left_margin.pt, section.right_margin.pt
    for page in pages:
        outside = [
            line.teks
            for line in page.baris
            if line.x0 < left - TOLERANCE
            or line.x1 > page.lebar - right + TOLERANCE
            or line.top < EDGE_PT
            or line.top > page.tinggi - EDGE_PT
        ]
        laporan.cek("area_cetak", not outside, dokumen, f"halaman {page.nomor} di luar area cetak: {outside[:2]}")


def _sel_utuh(dokumen: Dokumen, pages: list[Halaman], laporan: Laporan) -> None:
    """Each phone number, NIP, time or date in a table cell of the .docx stands on one line of the PDF."""
    values = sorted(set(_cell_values(dokumen.docx)))
    for value in values:
        laporan.cek("sel_utuh", find_line(pages, value) is not None, dokumen, f"isi sel terpotong: {value!r}")


def _cell_values(path: Path) -> list[str]:
    document = docx.Document(str(path))
    found = []
    for table in document.tables:
        for cell in table._tbl.iter(docx.oxml.ns.qn("w:tc")):
            for paragraph in cell.iter(docx.oxml.ns.qn("w:p")):
                text = "".join(t.text or "" for t in paragraph.iter(docx.oxml.ns.qn("w:t"))).strip()
                text = text.removeprefix("NIP ").strip()
                if text and CELL_VALUE.match(text) and any(c.isdigit() for c in text):
                    found.append(" ".join(text.split()))
    return found
