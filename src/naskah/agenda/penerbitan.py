"""The event file's side of the register: which numbers a run takes, and recording what the run wrote.

`terbitkan` wraps a run that writes documents: it takes the numbers the event file asks for
('otomatis'), hands the run an event with the numbers filled in, and on leaving records the files
written ('terbit') or the reason it failed ('gagal'). Documents without a number take none.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from naskah.agenda.aturan import Aturan
from naskah.agenda.catatan import Catatan, Entri
from naskah.agenda.lokasi import adalah_postgres, lokasi_dari
from naskah.domain import surat as surat_mod
from naskah.domain.loader import LoadedEvent
from naskah.domain.schema import BerkasAcara, Pejabat
from naskah.errors import InputFileError, NaskahError

if TYPE_CHECKING:
    from naskah.agenda.buku import BukuAgenda

UNDANGAN, NOTA = "undangan", "nota_kesepahaman"
JENIS_BERNOMOR = (UNDANGAN, NOTA)


@dataclasses.dataclass(frozen=True)
class Permintaan:
    """One number the event file asks the register for: where it is asked (key path) and what it is for."""

    sumber: str
    entri: Entri
    pola: str

    def bentuk(self, urut: int) -> str:
        """Return the full number with `urut` in the pattern."""
        e = self.entri
        return surat_mod.isi_pola(self.pola, kka=e.kka, urut=str(urut), unit=e.unit, tanggal=e.tanggal)


def permintaan(loaded: LoadedEvent, jenis: Collection[str] = JENIS_BERNOMOR) -> list[Permintaan]:
    """Return the numbers a run writing the documents `jenis` of `loaded` takes from the register."""
    berkas = loaded.berkas
    asks: list[Permintaan] = []
    base = {"berkas_acara": str(loaded.path.resolve())}
    surat = berkas.surat
    if UNDANGAN in jenis and surat is not None and berkas.penerima and surat_mod.dari_agenda(surat):
        tujuan, jumlah = _tujuan_undangan(berkas)
        entri = Entri(
            jenis=UNDANGAN,
            tanggal=surat.tanggal,
            hal=surat.hal,
            sifat=surat.sifat,
            kka=surat.kka,
            unit=surat.unit or berkas.instansi.singkatan,
            tujuan=tujuan,
            jumlah_tujuan=jumlah,
            penandatangan=_penandatangan(berkas.penandatangan) if berkas.penandatangan else "",
            sumber="surat.nomor" if surat_mod.otomatis(surat.nomor) else "surat.urut",
            **base,
        )
        asks.append(Permintaan(entri.sumber or "", entri, surat.pola_nomor))
    nota = berkas.nota_kesepahaman
    if NOTA in jenis and nota is not None and len(berkas.pihak) >= 2:
        tanggal = nota.tanggal or berkas.acara.tanggal
        for index, pihak in enumerate(berkas.pihak, start=1):
            if not surat_mod.otomatis(pihak.nomor):
                continue
            others = [p.instansi for p in berkas.pihak if p is not pihak]
            entri = Entri(
                jenis=NOTA,
                tanggal=tanggal,
                hal=f"{nota.judul.title()} tentang {nota.tentang}",
                sifat="Biasa",
                kka=nota.kka,
                unit=berkas.instansi.singkatan,
                tujuan="; ".join(others),
                jumlah_tujuan=len(others),
                penandatangan=_penandatangan(pihak.pejabat),
                sumber=f"pihak[{index}].nomor",
                **base,
            )
            asks.append(Permintaan(entri.sumber or "", entri, nota.pola_nomor))
    return asks


def _tujuan_undangan(berkas: BerkasAcara) -> tuple[str, int]:
    """Return the register's 'tujuan': the recipients, or 'daftar terlampir' when the letter carries the list."""
    count = len(berkas.penerima)
    mode = berkas.surat.daftar_undangan if berkas.surat else "tidak"
    if mode == "ya" or (mode == "otomatis" and count > berkas.instansi.gaya.ambang_daftar_undangan):
        return f"Daftar terlampir ({count} penerima)", count
    return "; ".join(p.jabatan or p.nama or "" for p in berkas.penerima), count


def _penandatangan(pejabat: Pejabat) -> str:
    status = "" if pejabat.status == "definitif" else f"{pejabat.status} "
    atas_nama = getattr(pejabat, "atas_nama", None)
    prefix = f"a.n. {atas_nama} " if atas_nama else ""
    return f"{prefix}{status}{pejabat.jabatan} ({pejabat.nama})"


def buku_untuk(loaded: LoadedEvent, asks: list[Permintaan] | None = None) -> BukuAgenda:
    """Return the office's register for `loaded`; a missing location is reported at the key that needs it."""
    from naskah.agenda.buku import BukuAgenda  # SQLAlchemy is loaded only by runs that take a number

    profil = loaded.berkas.instansi.agenda.lokasi
    if profil and not adalah_postgres(profil):
        profil = str(_folder_profil(loaded) / profil)  # relative to the profile, like its logo
    lokasi = lokasi_dari(profil)
    if not lokasi:
        where = asks[0].sumber if asks else "instansi.agenda"
        raise InputFileError(
            [
                loaded.locate(
                    where,
                    "nomor 'otomatis' perlu buku agenda, tetapi letaknya belum ditentukan",
                    "isi agenda.lokasi di profil instansi (mis. agenda.sqlite) atau variabel NASKAH_AGENDA",
                )
            ]
        )
    return BukuAgenda(lokasi, Aturan.dari(loaded.berkas.instansi.agenda))


def _folder_profil(loaded: LoadedEvent) -> Path:
    """Return the folder a relative agenda.lokasi is read from: the office profile's, else the event file's."""
    profile = loaded.sources.profile if loaded.sources is not None else None
    return profile.path.parent if profile is not None else loaded.folder


def pratinjau(loaded: LoadedEvent, jenis: Collection[str] = JENIS_BERNOMOR) -> list[tuple[str, str]]:
    """Return (key path, number) for each number a run would take now, taking none."""
    asks = permintaan(loaded, jenis)
    if not asks:
        return []
    with buku_untuk(loaded, asks) as buku:
        seen: dict[str, int] = {}
        result = []
        for ask in asks:
            key = buku.aturan.kunci(ask.entri.tanggal, ask.entri.kka, ask.entri.unit)
            result.append((ask.sumber, ask.bentuk(buku.berikut(ask.entri, seen.get(key, 0)))))
            seen[key] = seen.get(key, 0) + 1
    return result


def dengan_nomor(loaded: LoadedEvent, numbers: dict[str, Catatan]) -> LoadedEvent:
    """Return `loaded` with each 'otomatis' number replaced by the one taken from the register."""
    berkas = loaded.berkas
    updates: dict[str, object] = {}
    surat = berkas.surat
    taken = numbers.get("surat.urut") or numbers.get("surat.nomor")
    if surat is not None and taken is not None:
        updates["surat"] = surat.model_copy(update={"nomor": taken.nomor, "urut": str(taken.urut)})
    pihak = [
        p.model_copy(update={"nomor": numbers[f"pihak[{i}].nomor"].nomor}) if f"pihak[{i}].nomor" in numbers else p
        for i, p in enumerate(berkas.pihak, start=1)
    ]
    if pihak != list(berkas.pihak):
        updates["pihak"] = pihak
    return dataclasses.replace(loaded, berkas=berkas.model_copy(update=updates)) if updates else loaded


@dataclasses.dataclass
class Penerbitan:
    """A run holding its numbers: the event to render from, and the files to record once written."""

    loaded: LoadedEvent
    nomor: list[Catatan]
    berkas: dict[str | None, list[Sequence[Path]]] = dataclasses.field(default_factory=dict)

    def catat(self, paths: Sequence[Path], jenis: str | None = None) -> None:
        """Remember the files the run wrote (of document kind `jenis`, None: of every numbered kind).

        They are recorded with the numbers of that kind when the run ends well. The sequence is kept as
        given, not copied: a long run's letters are made into paths only if a number is recorded.
        """
        self.berkas.setdefault(jenis, []).append(paths)

    def berkas_untuk(self, jenis: str) -> list[Path]:
        return [path for group in (*self.berkas.get(None, []), *self.berkas.get(jenis, [])) for path in group]


def laporan(catatan: Catatan) -> str:
    """Return the line telling the clerk which number a run used."""
    again = " (nomor yang sudah diambil berkas acara ini)" if catatan.dipakai_lagi else ""
    return f"Nomor dari buku agenda: {catatan.nomor}{again}"


@contextmanager
def terbitkan(
    loaded: LoadedEvent,
    keluaran: Path,
    jenis: Collection[str] = JENIS_BERNOMOR,
    lapor: Callable[[str], None] | None = None,
) -> Iterator[Penerbitan]:
    """Take the numbers a run of `jenis` needs, yield the numbered event, record the outcome on leaving.

    Anything that stops the run (an error, Ctrl+C) marks its numbers 'gagal' with the reason, and they stay
    taken; a process killed outright leaves them 'dipesan'. Either way the number is never given again
    to another letter (a rerun of the same event file keeps its own number). `lapor` receives one line
    per number once the run has ended well.
    """
    asks = permintaan(loaded, jenis)
    if not asks:
        yield Penerbitan(loaded, [])
        return
    folder = str(Path(keluaran).resolve())
    with buku_untuk(loaded, asks) as buku:
        taken = buku.pesan([(dataclasses.replace(a.entri, folder_keluaran=folder), a.bentuk) for a in asks])
        run = Penerbitan(dengan_nomor(loaded, {a.sumber: c for a, c in zip(asks, taken, strict=True)}), taken)
        try:
            yield run
        except BaseException as exc:
            reason = str(exc) if isinstance(exc, NaskahError) else f"{type(exc).__name__}: {exc}"
            for catatan in taken:
                buku.gagal(catatan.id, reason or "dihentikan")
            raise
        for catatan in taken:
            buku.terbit(catatan.id, run.berkas_untuk(catatan.jenis))
            if lapor is not None:
                lapor(laporan(catatan))
