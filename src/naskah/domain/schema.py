"""The event file schema: one declaration drives validation, `naskah init` and the README reference.

Every field carries an Indonesian `description` (shown to users) and, where useful, an example.
YAML keys are the field names. Scalars arrive as text (see `yamlio`), so the validators below
parse dates, times and yes/no words themselves instead of trusting YAML 1.1.
"""

from __future__ import annotations

import datetime as dt
import functools
import types
import typing
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

from naskah.domain import kertas as paper
from naskah.domain import lembar_label, nama_berkas
from naskah.domain import tanggal as tgl
from naskah.jenis import NAMA_TEMPLAT  # plain data: the table of document kinds

_YA = {"ya", "y", "yes", "true", "benar", "on", "1"}
_TIDAK = {"tidak", "t", "no", "n", "false", "salah", "off", "0"}


def _to_bool(value: Any) -> Any:
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _YA:
            return True
        if word in _TIDAK:
            return False
        raise ValueError(f"tulis 'ya' atau 'tidak', bukan '{value}'")
    return value


def _to_date(value: Any) -> Any:
    if isinstance(value, (str, dt.date)):
        return tgl.parse_tanggal(value)
    return value


def _to_time(value: Any) -> Any:
    if isinstance(value, str):
        return tgl.parse_jam(value)
    if isinstance(value, int):
        # YAML 1.1 reads an unquoted 10:30 as the base-60 number 630; we only get here from Python callers.
        raise ValueError("jam terbaca sebagai angka; tulis dalam tanda kutip, mis. '10.30'")
    return value


def _to_selesai(value: Any) -> Any:
    if value is None or (isinstance(value, str) and value.strip().lower() == "selesai"):
        return None
    return _to_time(value)


def _to_text(value: Any) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value


def _strip_text(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


YaTidak = Annotated[bool, BeforeValidator(_to_bool)]
Tanggal = Annotated[dt.date, BeforeValidator(_to_date)]
Jam = Annotated[dt.time, BeforeValidator(_to_time)]
Selesai = Annotated[dt.time | None, BeforeValidator(_to_selesai)]
"""An end time, or None for 's.d. selesai'."""
Teks = Annotated[str, BeforeValidator(_strip_text), BeforeValidator(_to_text), Field(min_length=1)]
"""Non-empty text; numbers from Python callers are accepted as their digits."""


class Model(BaseModel):
    """Base of every section: unknown keys are collected as warnings by the loader, not here."""

    model_config = ConfigDict(extra="ignore", frozen=True, str_strip_whitespace=True)

    @model_validator(mode="before")
    @classmethod
    def _choices_in_any_case(cls, data: Any) -> Any:
        """Accept a choice however it is capitalised, and common other names ('folio', 'a4', 'plh')."""
        if not isinstance(data, dict):
            return data
        fixed = dict(data)
        for name, choices in _choice_fields(cls).items():
            if isinstance(data.get(name), str):
                fixed[name] = _choice(data[name], choices)
        return fixed


_ALIASES = {name.casefold(): canonical for name, canonical in paper.ALIAS.items()}


@functools.cache  # once per model: a 100,000-recipient list validates 100,000 Penerima
def _choice_fields(model: type[BaseModel]) -> dict[str, tuple[str, ...]]:
    """Return the fields of `model` that take a text choice, with their choices."""
    fields = {name: _literal_choices(field.annotation) for name, field in model.model_fields.items()}
    return {name: choices for name, choices in fields.items() if choices}


def _literal_choices(annotation: Any) -> tuple[str, ...]:
    """Return the text choices of a Literal annotation (also inside `X | None`), else ()."""
    if typing.get_origin(annotation) is Literal:
        return tuple(arg for arg in typing.get_args(annotation) if isinstance(arg, str))
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return tuple(choice for arg in typing.get_args(annotation) for choice in _literal_choices(arg))
    return ()


def _choice(value: str, choices: tuple[str, ...]) -> str:
    """Return the choice `value` means, compared without case or a final dot; `value` itself when none."""

    def key(text: str) -> str:
        return text.strip().casefold().rstrip(".")

    wanted = _ALIASES.get(value.strip().casefold(), value)
    return next((choice for choice in choices if key(choice) == key(wanted)), value)


# --------------------------------------------------------------------------- instansi (kop)


BarisJudul = Literal["sambutan", "jabatan", "acara", "tempat_tanggal", "tempat", "tanggal"]


def _judul_bawaan() -> list[BarisJudul]:
    """Return the §8 heading order: SAMBUTAN / whose / on what occasion / place, date."""
    return ["sambutan", "jabatan", "acara", "tempat_tanggal"]


class Gaya(Model):
    """Regional style choices; defaults follow shared/domain/tata-naskah-dinas.md."""

    kertas: Literal["F4", "A4"] = Field(
        "F4", description="Ukuran kertas surat: F4 (215 × 330 mm, juga disebut Folio) atau A4."
    )
    kertas_sambutan: Literal["F4", "A4", "A5"] = Field("A4", description="Ukuran kertas naskah sambutan.")
    alamat_surat: Literal["pemda", "anri"] = Field(
        "pemda",
        description="Letak alamat tujuan: 'pemda' (Kepada / Yth. … / di - di kanan) atau 'anri' (Yth. di kiri).",
    )
    label_rincian: Literal["kecil", "kapital"] = Field(
        "kecil",
        description="Label rincian acara: 'kecil' (hari, tanggal / pukul) atau 'kapital' (Hari/Tanggal / Waktu).",
    )
    format_nip: Literal["spasi", "rapat", "seragam"] = Field(
        "spasi",
        description="Cara menulis NIP: 'spasi' (19680411 199303 1 009), 'rapat' (196804111993031009), "
        "atau 'seragam' (NI PPPK dikelompokkan seperti NIP PNS).",
    )
    garis_bawah_nama: YaTidak = Field(False, description="Garis bawah pada nama penanda tangan.")
    huruf_nama_ttd: Literal["biasa", "kapital"] = Field(
        "biasa",
        description="Nama penanda tangan: 'biasa' (Tri Martono, S.H., M.M.) atau 'kapital' (TRI MARTONO, S.H., M.M.; "
        "gelar tetap ditulis seperti baku).",
        examples=["kapital"],
    )
    pangkat_ttd: Literal["baku", "seperti_ditulis"] = Field(
        "baku",
        description="Pangkat di bawah nama: 'baku' (Pembina Tingkat I) atau 'seperti_ditulis' (persis seperti diisi, "
        "mis. 'Pembina Tk. I').",
        examples=["seperti_ditulis"],
    )
    golongan_ttd: YaTidak = Field(
        True, description="Tulis golongan/ruang di belakang pangkat: 'Pembina Tingkat I (IV/b)'.", examples=["tidak"]
    )
    pasal_44: Literal["permendagri-1-2023", "lama"] = Field(
        "permendagri-1-2023",
        description="Aturan gelar/NIP/pangkat pada tanda tangan: 'permendagri-1-2023' (Pasal 44: Sekda tanpa NIP dan "
        "pangkat, Pj./Plh. Sekda juga tanpa gelar) atau 'lama' (Perkada lama: Sekda dan Pj./Plh. Sekda dengan gelar, "
        "NIP, dan pangkat).",
        examples=["lama"],
    )
    tulisan_di: Literal["otomatis", "di -", "di"] = Field(
        "otomatis",
        description="Baris 'di' pada alamat surat: 'otomatis' ('di -' untuk alamat_surat pemda, 'di' untuk anri), "
        "atau tetapkan 'di -' / 'di'.",
        examples=["di"],
    )
    kepala_surat: Literal["baku", "perihal"] = Field(
        "baku",
        description="Baris kepala surat: 'baku' (Nomor, Sifat, Lampiran, Hal) atau 'perihal' (Perkada lama: Nomor, "
        "Lampiran, Perihal; tanpa Sifat).",
        examples=["perihal"],
    )
    rincian_waktu: Literal["gabung", "terpisah"] = Field(
        "gabung",
        description="Hari dan waktu pada rincian undangan: 'gabung' (hari, tanggal / pukul) atau 'terpisah' "
        "(Hari / Tanggal / Jam, masing-masing satu baris).",
        examples=["terpisah"],
    )
    judul_sambutan: list[BarisJudul] = Field(
        default_factory=_judul_bawaan,
        min_length=1,
        description="Baris judul sambutan, urut dari atas: sambutan (SAMBUTAN/AMANAT), jabatan, acara (PADA …), "
        "tempat_tanggal (PALOPO, 24 JUNI 2024), tempat (nama tempat acara), tanggal.",
        examples=[["jabatan", "sambutan", "acara", "tempat", "tanggal"]],
    )
    penghormatan_sambutan: Literal["per-baris", "judul"] = Field(
        "per-baris",
        description="Bentuk penghormatan: 'per-baris' (Yang saya hormati, … ; tiap baris) atau 'judul' "
        "('Yang saya hormati:' lalu daftar jabatan di bawahnya).",
        examples=["judul"],
    )
    kata_ganti_kapital: YaTidak = Field(
        False, description="Tulis kata ganti pembicara dengan huruf awal kapital ('Saya', 'Kami').", examples=["ya"]
    )
    ragam_salam: Literal["otomatis", "lengkap", "ringkas"] = Field(
        "otomatis",
        description="Salam lintas agama sambutan: 'lengkap' (Salam sejahtera, Shalom, Om Swastiastu, Namo Buddhaya, "
        "Salam Kebajikan), 'ringkas' (hanya 'Salam sejahtera untuk kita semua'), atau 'otomatis' (lengkap; di Bali "
        "'Om Swastiastu' didahulukan).",
        examples=["ringkas"],
    )
    salam_pembuka: list[Teks] = Field(
        default_factory=list,
        description="Salam pembuka sambutan ditulis sendiri, baris demi baris (menggantikan salam bawaan).",
        examples=[["Om Swastiastu", "Assalamu'alaikum warahmatullahi wabarakatuh", "Salam sejahtera untuk kita semua"]],
    )
    salam_penutup: list[Teks] = Field(
        default_factory=list,
        description="Salam penutup sambutan ditulis sendiri (menggantikan salam penutup bawaan).",
        examples=[["Wassalamu'alaikum warahmatullahi wabarakatuh", "Om Shanti Shanti Shanti Om"]],
    )
    terbilang: Literal["kapital", "kecil"] = Field(
        "kapital",
        description="Tanggal dengan huruf pada pembuka naskah kerja sama: 'kapital' (tanggal Dua Puluh Lima, "
        "lazim) atau 'kecil' (tanggal dua puluh lima).",
        examples=["kecil"],
    )
    tembusan_sebagai_laporan: YaTidak = Field(
        False, description="Tambahkan '(sebagai laporan)' pada tembusan pertama (kebiasaan sebagian Pemda)."
    )
    di_tempat: YaTidak = Field(False, description="Tulis 'di - Tempat' alih-alih 'di' + nama kota pada alamat surat.")
    ambang_daftar_undangan: int = Field(
        20,
        ge=1,
        description="Lebih dari sekian penerima, mode 'otomatis' menambahkan surat berlampiran DAFTAR UNDANGAN.",
    )
    nama_berkas: str | None = Field(
        None,
        description="Pola nama berkas surat per penerima dari isian {urut}, {nama}, {jabatan}, {instansi}, "
        "mis. '{urut}-{instansi}'; kosongkan untuk nomor urut dan jabatan (01-camat-wara).",
        examples=["{urut}-{nama}"],
    )
    salam_lintas_agama: YaTidak = Field(True, description="Salam pembuka sambutan lintas agama.")
    salam_daerah: str | None = Field(
        None,
        description="Salam daerah pada sambutan, mis. 'Salamaki tapada salama' atau 'Tabik pun'.",
        examples=["Tabik pun"],
    )

    @field_validator("nama_berkas")
    @classmethod
    def _pola_nama_berkas(cls, value: str | None) -> str | None:
        problems = nama_berkas.masalah_pola(value) if value else []
        if problems:
            raise ValueError("; ".join(problems))
        return value


OTOMATIS = "otomatis"
"""`surat.urut`, `surat.nomor` or `pihak[].nomor` written so: the number is taken from the office's buku agenda."""


def _as_list(value: Any) -> Any:
    return [value] if isinstance(value, dict) else value


class MulaiAgenda(Model):
    """Where a counter starts: an office moving from a paper register mid-year goes on after its last number."""

    urut: int = Field(ge=1, description="Nomor urut pertama yang diambil naskah (nomor terakhir buku kertas + 1).")
    tahun: int | None = Field(None, description="Tahun hitungan yang dimulai dari angka ini; kosong: setiap tahun.")
    kka: str | None = Field(None, description="Hanya untuk hitungan kode klasifikasi ini (bila lingkup memuat kka).")
    unit: str | None = Field(None, description="Hanya untuk hitungan unit ini (bila lingkup memuat unit).")


class Agenda(Model):
    """The office's register of outgoing letters (buku agenda surat keluar) and its numbering rules."""

    lokasi: str | None = Field(
        None,
        description="Berkas SQLite buku agenda (relatif terhadap profil), atau alamat PostgreSQL "
        "'postgresql://…' untuk buku agenda bersama; variabel lingkungan NASKAH_AGENDA menggantikannya.",
        examples=["agenda-dp3a.sqlite"],
    )
    lingkup: list[Literal["kka", "unit"]] = Field(
        default_factory=list,
        description="Nomor urut dihitung terpisah per kode klasifikasi ('kka') dan/atau per unit pengolah ('unit') "
        "bila Perkada mengaturnya; kosong: satu hitungan untuk seluruh surat keluar instansi.",
        examples=[["kka"]],
    )
    reset: Literal["tahunan", "tidak"] = Field(
        "tahunan", description="'tahunan': nomor urut kembali ke awal setiap tahun surat; 'tidak': terus bersambung."
    )
    mulai: Annotated[list[MulaiAgenda], BeforeValidator(_as_list)] = Field(
        default_factory=list,
        description="Nomor awal hitungan, mis. saat pindah dari buku agenda kertas di tengah tahun.",
        examples=[{"tahun": 2024, "urut": 216}],
    )


UkuranAmplop = Literal["pemda", "dl", "c5", "c4"]
PresetLabel = Literal["a4-14", "a4-21", "a4-24", "tj-103", "tj-121"]
Milimeter = Annotated[float, Field(gt=0, le=1000)]


class PengaturanAmplop(Model):
    """Envelopes printed by `naskah amplop`."""

    ukuran: UkuranAmplop = Field(
        "pemda",
        description="Ukuran amplop: 'pemda' (± 110 × 230 mm), 'dl' (110 × 220), 'c5' (162 × 229) "
        "atau 'c4' (229 × 324, surat tidak dilipat).",
    )
    logo: YaTidak = Field(True, description="Cetak logo instansi di sebelah kop pengirim.")


class LabelSendiri(Model):
    """A label sheet not among the presets, measured from the maker's sheet (millimetres)."""

    kertas_lebar: Milimeter = Field(210, description="Lebar kertas (mm).")
    kertas_tinggi: Milimeter = Field(297, description="Tinggi kertas (mm).")
    lebar: Milimeter = Field(description="Lebar satu label (mm).", examples=[70])
    tinggi: Milimeter = Field(description="Tinggi satu label (mm).", examples=[37])
    kolom: int = Field(ge=1, le=10, description="Jumlah label mendatar.", examples=[3])
    baris: int = Field(ge=1, le=30, description="Jumlah label menurun.", examples=[8])
    kiri: float = Field(ge=0, description="Jarak tepi kiri kertas ke tepi kiri label pertama (mm).", examples=[0])
    atas: float = Field(ge=0, description="Jarak tepi atas kertas ke tepi atas label pertama (mm).", examples=[0.5])
    jarak_mendatar: Milimeter | None = Field(
        None,
        description="Dari tepi kiri satu label ke tepi kiri label sebelahnya (mm); bila kosong sama dengan lebar.",
        examples=[70],
    )
    jarak_tegak: Milimeter | None = Field(
        None,
        description="Dari tepi atas satu label ke tepi atas label di bawahnya (mm); bila kosong sama dengan tinggi.",
        examples=[37],
    )

    def lembar(self) -> lembar_label.LembarLabel:
        """Return this sheet's geometry."""
        return lembar_label.LembarLabel(
            "sendiri",
            f"label {self.lebar:g} × {self.tinggi:g} mm, {self.kolom} × {self.baris}",
            self.kertas_lebar,
            self.kertas_tinggi,
            self.lebar,
            self.tinggi,
            self.kolom,
            self.baris,
            self.kiri,
            self.atas,
            self.jarak_mendatar or self.lebar,
            self.jarak_tegak or self.tinggi,
            sumber="profil instansi",
        )

    @model_validator(mode="after")
    def _fits_the_paper(self) -> LabelSendiri:
        problems = self.lembar().masalah()
        if problems:
            raise ValueError("; ".join(problems))
        return self


class PengaturanLabel(Model):
    """Address labels printed by `naskah label`."""

    lembar: PresetLabel = Field(
        "a4-21",
        description="Lembar label: 'a4-14', 'a4-21', 'a4-24' (A4 isi 14/21/24, ukuran Avery L7163/L7160/L7159), "
        "'tj-103' atau 'tj-121' (Tom & Jerry No. 103/121; ukuran lembarnya perkiraan, cetak uji dahulu).",
    )
    ukuran_sendiri: LabelSendiri | None = Field(
        None,
        description="Ukuran lembar label sendiri, diukur dari lembar pembuatnya; bila diisi, 'lembar' diabaikan.",
        examples=[{"lebar": 70, "tinggi": 37, "kolom": 3, "baris": 8, "kiri": 0, "atas": 0.5}],
    )

    def geometri(self, preset: str | None = None) -> lembar_label.LembarLabel:
        """Return the sheet to print on: `preset` when given, else the profile's own size, else its preset."""
        if preset:
            return lembar_label.PRESET[preset]
        if self.ukuran_sendiri:
            return self.ukuran_sendiri.lembar()
        return lembar_label.PRESET[self.lembar]


class Instansi(Model):
    """The issuing office and its letterhead (kop)."""

    pemerintah: Teks = Field(description="Baris pertama kop: pemerintah daerah.", examples=["Pemerintah Kota Palopo"])
    perangkat_daerah: list[Teks] = Field(
        default_factory=list,
        max_length=3,
        description="Baris kop untuk perangkat daerah (paling banyak 3 baris); kosongkan untuk kop Sekretariat Daerah "
        "(kop bertuliskan SEKRETARIAT DAERAH).",
        examples=[["Dinas Pemberdayaan Perempuan", "dan Perlindungan Anak"]],
    )
    singkatan: str | None = Field(None, description="Singkatan perangkat daerah untuk nomor surat.", examples=["DP3A"])
    alamat: Teks = Field(
        description="Alamat ditulis lengkap (Jalan, Nomor), tanpa singkatan.",
        examples=["Jalan Andi Djemma Nomor 1, Palopo 91921"],
    )
    telepon: str | None = Field(
        None,
        description="Nomor telepon (tulis dalam tanda kutip agar angka 0 di depan tidak hilang).",
        examples=["(0471) 21001"],
    )
    faksimile: str | None = Field(None, description="Nomor faksimile.", examples=["(0471) 21002"])
    laman: str | None = Field(None, description="Alamat laman.", examples=["dp3a.palopokota.go.id"])
    pos_el: str | None = Field(None, description="Alamat pos-el (e-mail).", examples=["dp3a@palopokota.go.id"])
    logo: str | None = Field(
        None,
        description="Berkas gambar lambang daerah (PNG/JPEG), relatif terhadap berkas ini.",
        examples=["logo-palopo.png"],
    )
    lambang_negara: str | None = Field(
        None, description="Gambar Garuda Pancasila untuk kop jabatan kepala daerah.", examples=["garuda.png"]
    )
    provinsi: Teks = Field(description="Provinsi; menentukan zona waktu (WIB/WITA/WIT).", examples=["Sulawesi Selatan"])
    kota: Teks = Field(description="Nama tempat pada tanggal surat dan alamat 'di …'.", examples=["Palopo"])
    wilayah: Teks = Field(
        description="Nama wilayah lengkap untuk protokol, mis. 'Kota Palopo', 'Kabupaten Pesawaran', 'Provinsi Jawa "
        "Tengah' (urutan penghormatan acara provinsi) atau 'Kecamatan Wara' (kecamatan sebagai penerbit).",
        examples=["Kota Palopo"],
    )
    kepala_daerah: Teks = Field(description="Jabatan kepala daerah untuk kop jabatan.", examples=["Wali Kota Palopo"])
    alamat_kop_jabatan: str | None = Field(
        None,
        description="Alamat di bawah kop jabatan kepala daerah (bila kosong, kop jabatan tanpa alamat).",
        examples=["Jalan Andi Pangerang Pettarani Nomor 1, Palopo 91911, Telepon (0471) 21201"],
    )
    gaya: Gaya = Field(default_factory=Gaya, description="Pilihan gaya tata naskah daerah.")
    amplop: PengaturanAmplop = Field(default_factory=PengaturanAmplop, description="Pengaturan cetak amplop.")
    label: PengaturanLabel = Field(default_factory=PengaturanLabel, description="Pengaturan cetak label alamat.")
    templat: dict[str, str] = Field(
        default_factory=dict,
        description=f"Templat .docx pengganti per jenis naskah ({', '.join(NAMA_TEMPLAT)}).",
        examples=[{"undangan": "templat/undangan-dp3a.docx"}],
    )
    agenda: Agenda = Field(
        default_factory=Agenda, description="Buku agenda surat keluar: tempatnya dan aturan penomorannya."
    )


# --------------------------------------------------------------------------- people


Status = Literal["definitif", "Pj.", "Plt.", "Plh.", "Pjs."]


class Pejabat(Model):
    """An official: who signs, speaks, or acts for a party."""

    jabatan: Teks = Field(
        description="Jabatan lengkap, mis. 'Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak'."
    )
    nama: Teks = Field(description="Nama lengkap dengan gelar, mis. 'Nuryadin, S.H., M.H.'.")
    status: Status = Field("definitif", description="Status jabatan: definitif, Pj., Plt., Plh., atau Pjs.")
    pangkat: str | None = Field(
        None,
        description="Pangkat, mis. 'Pembina Utama Muda'; boleh dikosongkan bila golongan diisi.",
        examples=["Pembina Utama Muda"],
    )
    golongan: str | None = Field(None, description="Golongan/ruang, mis. 'IV/c'.", examples=["IV/c"])
    nip: str | None = Field(
        None, description="NIP 18 angka (tulis dalam tanda kutip).", examples=["19680411 199303 1 009"]
    )
    kedudukan: Literal["otomatis", "kepala_daerah", "wakil_kepala_daerah", "sekretaris_daerah", "pejabat", "luar"] = (
        Field(
            "otomatis",
            description="Kedudukan untuk aturan Pasal 44 Permendagri 1/2023 (gelar/NIP/pangkat); 'otomatis' menebak dari jabatan; 'luar' untuk pejabat di luar Pemda.",
        )
    )


class Penandatangan(Pejabat):
    """The signer of a letter, with the delegation lines of Tata Naskah Dinas."""

    atas_nama: str | None = Field(None, description="Jabatan yang diwakili (a.n.), mis. 'Wali Kota Palopo'.")
    untuk_beliau: str | None = Field(
        None,
        description="Jabatan perantara bila u.b. (dua tingkat di bawah); perlu atas_nama.",
        examples=["Sekretaris Daerah"],
    )


# --------------------------------------------------------------------------- acara


JenisAcara = Literal["advokasi", "seminar", "rapat", "upacara", "hari-kartini", "hari-kesadaran-nasional", "lainnya"]


class Hijriah(Model):
    """Optional Hijri date on a letter's date line (some regions, Islamic events)."""

    tampil: YaTidak = Field(False, description="Tampilkan tanggal Hijriah.")
    koreksi: int = Field(0, ge=-1, le=1, description="Koreksi hari (−1, 0, +1) bila hasil rukyat berbeda.")


class Acara(Model):
    """The event itself."""

    nama: Teks = Field(
        description="Nama kegiatan lengkap.",
        examples=[
            "Advokasi Kebijakan Pendampingan Pengembangan Lembaga Penyedia Layanan Peningkatan Kualitas Keluarga Kota Palopo Tahun 2024"
        ],
    )
    jenis: JenisAcara = Field(
        "lainnya",
        description="Jenis acara: advokasi, seminar, rapat, upacara, hari-kartini, hari-kesadaran-nasional, lainnya.",
    )
    hari: str | None = Field(
        None, description="Nama hari (boleh dikosongkan; bila diisi dicocokkan dengan tanggal).", examples=["Senin"]
    )
    tanggal: Tanggal = Field(
        description="Tanggal acara, ditulis 2024-06-24 (juga diterima 24-06-2024 atau 24 Juni 2024)."
    )
    mulai: Jam = Field(description="Jam mulai, ditulis dalam tanda kutip: '09.00'.")
    selesai: Selesai = Field(None, description="Jam selesai ('12.00') atau 'selesai'.")
    zona_waktu: Literal["WIB", "WITA", "WIT"] | None = Field(
        None,
        description="WIB/WITA/WIT; bila kosong diturunkan dari acara.provinsi, atau dari provinsi instansi.",
        examples=["WITA"],
    )
    tempat: Teks = Field(description="Tempat acara ditulis lengkap (tanpa singkatan seperti Rujab).")
    kota: str | None = Field(
        None, description="Kota tempat acara bila berbeda dari kota instansi.", examples=["Palopo"]
    )
    provinsi: str | None = Field(
        None,
        description="Provinsi tempat acara bila berbeda dari provinsi instansi; menentukan zona waktu acara.",
        examples=["Nusa Tenggara Barat"],
    )
    sampai_selesai: YaTidak = Field(
        True,
        description="Bila jam selesai kosong, tulis '09.00 WITA s.d. selesai'; 'tidak' menulis jam mulai saja.",
        examples=["tidak"],
    )
    pakaian: str | None = Field(None, description="Pakaian, mis. 'Pakaian Dinas Harian (PDH)'.")
    agenda: list[Teks] = Field(
        default_factory=list, description="Butir acara untuk surat undangan (lebih dari satu menjadi daftar bernomor)."
    )
    narahubung: str | None = Field(None, description="Narahubung, mis. 'Isra (0812-4000-1111)'.")


# --------------------------------------------------------------------------- surat


class Surat(Model):
    """The letter's header data, shared by every invitation of the batch."""

    nomor: str | None = Field(
        None,
        description="Nomor surat lengkap; bila kosong disusun dari pola_nomor; 'otomatis': disusun dari pola_nomor "
        "dengan nomor urut dari buku agenda.",
        examples=["400.14/215/DP3A/VI/2024"],
    )
    pola_nomor: str = Field(
        "{kka}/{urut}/{unit}/{bulan_romawi}/{tahun}",
        description="Pola nomor surat; isian: {kka}, {urut}, {unit}, {bulan}, {bulan_romawi}, {tahun}; "
        "{urut:03} mengisi nol di depan sampai 3 angka.",
    )
    kka: str | None = Field(
        None, description="Kode klasifikasi arsip (Permendagri 83/2022), tulis dalam tanda kutip.", examples=["400.14"]
    )
    urut: str | None = Field(
        None,
        description="Nomor urut surat keluar; 'otomatis': diambil dari buku agenda saat surat dibuat (satu nomor per berkas undangan).",
        examples=["215", "otomatis"],
    )
    unit: str | None = Field(
        None, description="Kode unit pengolah; bila kosong memakai singkatan instansi.", examples=["DP3A"]
    )
    sifat: str = Field(
        "Biasa", description="Sifat surat: Biasa, Penting, Segera, Amat Segera, Rahasia, …", examples=["Penting"]
    )
    lampiran: str | None = Field(
        None,
        description="Isi baris Lampiran; bila kosong ditulis '-' atau dihitung untuk daftar undangan.",
        examples=["1 (satu) berkas"],
    )
    hal: Teks = Field("Undangan", description="Hal (bukan 'Perihal').")
    tanggal: Tanggal = Field(description="Tanggal surat.")
    tempat: str | None = Field(
        None, description="Tempat pada baris tanggal; bila kosong memakai kota instansi.", examples=["Palopo"]
    )
    kop: Literal["otomatis", "instansi", "jabatan"] = Field(
        "otomatis",
        description="Kop instansi, kop jabatan (Garuda, untuk kepala daerah), atau 'otomatis' menurut penanda tangan: "
        "kop jabatan bila kepala daerah (juga Pj./Plt./Plh.) menandatangani sendiri, kop instansi bila a.n.",
    )
    daftar_undangan: Literal["otomatis", "ya", "tidak"] = Field(
        "otomatis",
        description="'ya': hanya satu surat berlampiran DAFTAR UNDANGAN; 'tidak': surat per penerima dan berkas gabungan; "
        "'otomatis': surat per penerima dan berkas gabungan, ditambah surat berlampiran DAFTAR UNDANGAN bila penerima "
        "melebihi gaya.ambang_daftar_undangan.",
    )
    kalimat_pembuka: str | None = Field(
        None,
        description="Kalimat pembuka pengganti; boleh memakai {acara}, {tanggal}.",
        examples=["Sehubungan dengan {acara}, kami mengharapkan kehadiran Bapak/Ibu pada:"],
    )
    kalimat_penutup: str | None = Field(
        None,
        description="Kalimat penutup pengganti.",
        examples=["Atas perhatian dan kehadiran Bapak/Ibu, kami ucapkan terima kasih."],
    )
    catatan: str | None = Field(
        None,
        description="Baris catatan pada rincian undangan, mis. peserta membawa bahan.",
        examples=["Peserta diharapkan membawa data capaian program tahun 2024."],
    )
    tujuan_bernomor: YaTidak = Field(
        False,
        description="Satu surat untuk semua penerima, ditulis bernomor di bawah 'Yth.' (1. …; 2. … .) "
        "alih-alih satu surat per penerima.",
        examples=["ya"],
    )
    tte: YaTidak = Field(False, description="Tanda tangan elektronik (BSrE): tanpa cap basah, dengan catatan kaki TTE.")
    hijriah: Hijriah = Field(
        default_factory=Hijriah,
        description="Tanggal Hijriah pada baris tanggal surat ('Palopo, 11 Zulhijah 1445 H' di atas '18 Juni 2024 M').",
    )


# --------------------------------------------------------------------------- lists


class Penerima(Model):
    """One invitee."""

    nama: str | None = Field(None, description="Nama penerima (boleh kosong bila surat ditujukan ke jabatan).")
    jabatan: str | None = Field(None, description="Jabatan penerima; alamat surat memakai jabatan.")
    instansi: str | None = Field(None, description="Instansi penerima.", examples=["Pemerintah Kota Palopo"])
    alamat: str | None = Field(None, description="Alamat atau kota tujuan ('di …').")
    email: str | None = Field(None, description="Pos-el.", examples=["camat.wara@palopokota.go.id"])
    telepon: str | None = Field(None, description="Nomor telepon (teks, angka 0 di depan dipertahankan).")
    nip: str | None = Field(None, description="NIP penerima (teks 18 angka).", examples=["19700512 199803 2 004"])
    pangkat: str | None = Field(
        None, description="Pangkat penerima ASN (daftar hadir kolom pangkat_golongan).", examples=["Penata Tingkat I"]
    )
    golongan: str | None = Field(None, description="Golongan/ruang penerima ASN.", examples=["III/d"])
    jenis_kelamin: Literal["L", "P"] | None = Field(None, description="L atau P (untuk daftar hadir terpilah).")
    kelompok: str | None = Field(None, description="Kelompok daftar hadir: undangan, narasumber, peserta, panitia.")

    @model_validator(mode="after")
    def _needs_a_name(self) -> Penerima:
        if not (self.nama or self.jabatan):
            raise ValueError("isi 'nama' atau 'jabatan' penerima")
        return self


class HadirinEntri(Model):
    """Someone present, for the order of greetings."""

    jabatan: Teks = Field(
        description="Jabatan yang hadir, ditulis seperti biasa (mis. 'Ketua Pengadilan Agama Palopo', 'Kapolda Jateng', "
        "'Sekda DIY'); urutan mengikuti UU 9/2010 (Pasal 10 untuk acara provinsi, Pasal 11 untuk kabupaten/kota). "
        "Jabatan yang tidak dikenal ditempatkan menurut sebutannya (Kepala …, Ketua …, Direktur …) dan disebut oleh "
        "'naskah periksa'."
    )
    nama: str | None = Field(
        None,
        description="Nama dan gelar (opsional); dicetak sesudah jabatan pada barisnya sendiri: "
        "'Ketua DPRD Provinsi Jawa Tengah, Dr. Sumanto, S.H., M.H. beserta jajarannya'.",
        examples=["Dr. H. Muhammad Amin, S.H.I., M.H."],
    )
    mewakili: YaTidak = Field(False, description="Tambahkan 'atau yang mewakili'.")
    beserta: str | None = Field(None, description="Mis. 'jajaran' → 'beserta jajaran'.")
    kelompok: str | None = Field(
        None,
        description="Label kelompok untuk menggabungkan beberapa jabatan setara.",
        examples=["Unsur Forkopimda Kota Palopo"],
    )

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        return {"jabatan": value} if isinstance(value, str) else value


class Langkah(Model):
    """One step of a rundown."""

    acara: Teks = Field(description="Uraian langkah acara.", examples=["Pembacaan doa"])
    waktu: Jam | None = Field(
        None, description="Jam tertulis (opsional); bila kosong dihitung dari jam mulai dan durasi.", examples=["09.00"]
    )
    durasi: int | None = Field(None, ge=0, le=600, description="Lama langkah dalam menit.", examples=[10])
    oleh: str | None = Field(None, description="Pelaksana langkah.", examples=["Kepala Bagian Kesejahteraan Rakyat"])
    keterangan: str | None = Field(None, description="Keterangan tambahan.", examples=["di lapangan upacara"])
    penanggung_jawab: str | None = Field(
        None, description="Penanggung jawab langkah (kolom 'Penanggung Jawab').", examples=["Bagian Protokol"]
    )


class Sisipan(Langkah):
    """A step inserted into a preset rundown."""

    setelah: str | None = Field(
        None, description="Sisipkan setelah langkah yang uraiannya memuat teks ini.", examples=["Amanat"]
    )
    sebelum: str | None = Field(
        None, description="Sisipkan sebelum langkah yang uraiannya memuat teks ini.", examples=["Pembacaan doa"]
    )


KolomSusunan = Literal["waktu", "rentang", "durasi", "acara", "pelaksana", "penanggung_jawab", "keterangan"]
KOLOM_SUSUNAN_BAWAAN: tuple[KolomSusunan, ...] = ("waktu", "acara", "pelaksana")


class SusunanAcara(Model):
    """The rundown: a preset adjusted by name, or written step by step."""

    preset: Literal[
        "tanpa",
        "upacara-bendera",
        "hari-kesadaran-nasional",
        "hari-kartini",
        "pembukaan-mou",
        "hari-kesaktian-pancasila",
        "hut-kemerdekaan-ri",
        "hut-korpri",
        "hari-pendidikan-nasional",
        "hari-sumpah-pemuda",
        "hari-pahlawan",
    ] = Field(
        "tanpa",
        description="Susunan bawaan: upacara-bendera, hari-kesadaran-nasional, hari-kartini, pembukaan-mou, "
        "hari-kesaktian-pancasila, hut-kemerdekaan-ri, hut-korpri, hari-pendidikan-nasional, hari-sumpah-pemuda, "
        "hari-pahlawan, atau 'tanpa'.",
        examples=["hari-kesaktian-pancasila"],
    )
    kosakata: Literal["pemda", "sekolah"] = Field(
        "pemda", description="Istilah upacara: pemda (inspektur/komandan) atau sekolah (pembina/pemimpin)."
    )
    mulai: Jam | None = Field(None, description="Jam mulai rundown; bila kosong memakai jam mulai acara.")
    durasi_bawaan: int = Field(
        5,
        ge=0,
        le=120,
        description="Durasi (menit) untuk langkah tambahan yang tidak diberi durasi (langkah preset punya durasinya sendiri).",
    )
    langkah: list[Langkah] = Field(
        default_factory=list, description="Langkah acara (bila tanpa preset, atau menggantikan preset)."
    )
    kolom: list[KolomSusunan] = Field(
        default_factory=lambda: list(KOLOM_SUSUNAN_BAWAAN),
        description="Kolom tabel susunan sesudah 'No.': waktu (07.30), rentang (08.30 – 08.35), durasi (± 5 menit), "
        "acara, pelaksana, penanggung_jawab, keterangan.",
        examples=[["rentang", "durasi", "acara", "penanggung_jawab", "keterangan"]],
    )
    tema: str | None = Field(
        None,
        description="Tema peringatan, dicetak di kepala susunan.",
        examples=["Pancasila Perekat Bangsa Menuju Indonesia Emas"],
    )
    sifat: str | None = Field(
        None,
        description="Sifat upacara; bila kosong sifat bawaan preset hari nasional.",
        examples=["Sederhana, khidmat, dan tertib"],
    )
    waktu_setempat: YaTidak | None = Field(
        None,
        description="Tulis jam sebagai 'waktu setempat' (upacara serentak nasional); bila kosong menurut preset.",
        examples=["ya"],
    )
    sisipkan: list[Sisipan] = Field(default_factory=list, description="Langkah yang disisipkan ke preset.")
    hapus: list[Teks] = Field(
        default_factory=list,
        description="Langkah preset yang dihapus (teks yang dimuat uraiannya).",
        examples=[["Panca Prasetya KORPRI"]],
    )
    ganti_nama: dict[str, str] = Field(
        default_factory=dict,
        description="Mengganti uraian langkah preset: {lama: baru}.",
        examples=[{"Amanat inspektur upacara": "Amanat Bupati Pesawaran dibacakan inspektur upacara"}],
    )


class Petugas(Model):
    """A ceremony officer."""

    peran: Teks = Field(description="Peran, mis. 'Inspektur Upacara'.")
    nama: Teks = Field(description="Nama petugas.")
    jabatan: str | None = Field(None, description="Jabatan petugas.")
    nip: str | None = Field(None, description="NIP petugas (opsional).", examples=["19850317 201001 2 015"])


class Sambutan(Model):
    """One speech."""

    oleh: Pejabat = Field(description="Pejabat yang sambutannya (suara naskah tetap suara beliau).")
    dibacakan_oleh: Pejabat | None = Field(None, description="Pejabat yang membacakan bila diwakilkan.")
    membuka_acara: YaTidak = Field(False, description="Sambutan sekaligus membuka acara secara resmi.")
    jenis: Literal["otomatis", "sambutan", "amanat"] = Field(
        "otomatis",
        description="Judul naskah: 'sambutan', 'amanat', atau 'otomatis' (AMANAT bila pembicara atau pembacanya "
        "inspektur upacara pada daftar petugas).",
        examples=["amanat"],
    )
    kata_ganti: Literal["saya", "kami"] = Field("saya", description="Kata ganti pembicara pada 'Yang … hormati'.")
    salam_islam: YaTidak = Field(True, description="Salam pembuka/penutup Islam.")
    isi: list[Teks | list[Teks]] = Field(
        default_factory=list,
        description="Isi sambutan: paragraf, atau daftar butir bernomor; boleh memakai {acara}, {tanggal}, {tempat}, {wilayah}.",
    )
    terima_kasih: list[Teks] = Field(default_factory=list, description="Pihak yang diberi ucapan terima kasih.")


class Keputusan(Model):
    """A decision naming the signer (SK/Keppres) or a surat kuasa: its title, number and date."""

    naskah: Teks = Field(
        description="Jenis dan penerbit keputusan, mis. 'Keputusan Presiden Republik Indonesia'.",
        examples=["Keputusan Menteri Dalam Negeri"],
    )
    nomor: str | None = Field(None, description="Nomor keputusan.", examples=["100.2.1.3-4170 Tahun 2023"])
    tanggal: Tanggal | None = Field(None, description="Tanggal keputusan.", examples=["2023-09-04"])

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        return {"naskah": value} if isinstance(value, str) else value


class Pihak(Model):
    """A party to the memorandum of understanding."""

    instansi: Teks = Field(description="Nama instansi pihak, mis. 'Pengadilan Agama Palopo'.")
    pejabat: Pejabat = Field(description="Pejabat yang bertindak untuk dan atas nama instansi.")
    nomor: str | None = Field(
        None,
        description="Nomor naskah pihak ini; 'otomatis' untuk pihak yang nomornya diterbitkan instansi ini (dari buku agenda).",
        examples=["otomatis"],
    )
    alamat: Teks = Field(description="Kedudukan instansi (berkedudukan di …), ditulis sesudah 'atas nama'.")
    pengangkatan: Keputusan | None = Field(
        None,
        description="Dasar pengangkatan penanda tangan (SK/Keppres): 'diangkat berdasarkan … Nomor … tanggal …'.",
        examples=[{"naskah": "Keputusan Presiden Republik Indonesia", "nomor": "77/P Tahun 2023"}],
    )
    kuasa: Keputusan | None = Field(
        None,
        description="Surat kuasa penanda tangan (mis. kepala perangkat daerah pada PKS): "
        "'… atas nama <instansi> berdasarkan Surat Kuasa … Nomor …'.",
        examples=[{"naskah": "Surat Kuasa Wali Kota Palopo", "nomor": "100.3.4/021/Setda", "tanggal": "2024-06-20"}],
    )
    logo: str | None = Field(
        None, description="Logo pihak (gambar), relatif terhadap berkas ini.", examples=["profil/logo-pa-palopo.png"]
    )
    sisi_ttd: Literal["kiri", "kanan"] | None = Field(
        None, description="Letak tanda tangan; bawaan PIHAK PERTAMA di kanan.", examples=["kanan"]
    )


class Ayat(Model):
    """A paragraph of an article, optionally with a lettered list."""

    teks: Teks = Field(description="Bunyi ayat.", examples=["Ruang lingkup Nota Kesepahaman ini meliputi:"])
    butir: list[Teks] = Field(
        default_factory=list,
        description="Butir a., b., c.",
        examples=[["sosialisasi dispensasi kawin", "pendampingan keluarga"]],
    )

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        return {"teks": value} if isinstance(value, str) else value


class Pasal(Model):
    """An article of the memorandum."""

    judul: Teks = Field(description="Judul pasal, mis. 'Maksud dan Tujuan'.", examples=["Ruang Lingkup"])
    ayat: list[Ayat] = Field(min_length=1, description="Ayat; lebih dari satu diberi nomor (1), (2).")


class Pembuka(Model):
    """What the opening sentence of an agreement names."""

    kami: YaTidak = Field(True, description="'kami yang bertanda tangan di bawah ini' (bukan 'yang bertanda tangan').")
    tanggal_angka: YaTidak = Field(True, description="Tanggal dengan angka dalam kurung sesudah tanggal berhuruf.")
    tempat: YaTidak = Field(True, description="'bertempat di …' pada kalimat pembuka.")


def _to_judul(value: Any) -> Any:
    return " ".join(value.split()).upper() if isinstance(value, str) else value


class NaskahKerjaSama(Model):
    """What every agreement document sets: its title, subject, numbers, opening, recitals, originals."""

    judul: Annotated[Teks, BeforeValidator(_to_judul)] = Field(
        "NOTA KESEPAHAMAN",
        description="Jenis naskah kerja sama: NOTA KESEPAHAMAN, KESEPAKATAN BERSAMA, PERJANJIAN KERJA SAMA, "
        "atau judul kontrak sendiri.",
        examples=["KESEPAKATAN BERSAMA"],
    )
    tentang: Teks = Field(description="Pokok kerja sama (baris TENTANG).")
    nomor: str | None = Field(
        None,
        description="Satu nomor bersama (dengan baris TANGGAL) menggantikan nomor tiap pihak.",
        examples=["01/KB/UNCP-PLP/XI/2024"],
    )
    tanggal: Tanggal | None = Field(
        None, description="Tanggal penandatanganan; bila kosong tanggal acara.", examples=["2024-06-24"]
    )
    tempat: str | None = Field(None, description="Tempat penandatanganan; bila kosong kota acara.", examples=["Palopo"])
    pembuka: Pembuka = Field(default_factory=Pembuka, description="Isi kalimat pembuka.")
    nomor_pihak: Literal["angka", "romawi"] = Field(
        "angka", description="Penomoran para pihak: 'angka' (1., 2.) atau 'romawi' (I., II.).", examples=["romawi"]
    )
    pertimbangan: list[Teks] = Field(default_factory=list, description="Konsiderans 'bahwa …;'.")
    dasar_hukum: list[Teks] = Field(
        default_factory=list,
        description="Dasar hukum bernomor 'berdasarkan: 1. … 2. …' (boleh bersama pertimbangan).",
        examples=[["Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah"]],
    )
    rangkap: int = Field(2, ge=1, le=20, description="Jumlah naskah asli.")
    jangka_waktu_tahun: int = Field(2, ge=1, le=50, description="Jangka waktu berlaku (tahun) untuk pasal bawaan.")
    paraf: YaTidak = Field(False, description="Kolom paraf di kaki halaman.")


class NotaKesepahaman(NaskahKerjaSama):
    """Settings of the memorandum document."""

    kka: str | None = Field(None, description="Kode klasifikasi arsip untuk nomor pihak 'otomatis'.", examples=["180"])
    pola_nomor: str = Field(
        "{kka}/{urut}/{unit}/{bulan_romawi}/{tahun}",
        description="Pola nomor pihak 'otomatis'; isian seperti surat.pola_nomor.",
    )


KolomDaftarHadir = Literal[
    "no", "nama", "nip", "pangkat_golongan", "jabatan_instansi", "jenis_kelamin", "telepon", "email", "tanda_tangan"
]
KOLOM_BAWAAN: tuple[KolomDaftarHadir, ...] = (
    "no",
    "nama",
    "jabatan_instansi",
    "jenis_kelamin",
    "telepon",
    "tanda_tangan",
)


class PerjanjianKerjaSama(NaskahKerjaSama):
    """The agreement that follows the memorandum (often the same day), written as a second document."""

    judul: Annotated[Teks, BeforeValidator(_to_judul)] = Field(
        "PERJANJIAN KERJA SAMA", description="Judul naskah.", examples=["PERJANJIAN KERJA SAMA"]
    )
    pihak: list[Pihak] = Field(
        min_length=2,
        description="Para pihak PKS, mis. kepala perangkat daerah dengan surat kuasa (minimal dua).",
    )
    pasal: list[Pasal] = Field(default_factory=list, description="Pasal PKS; bila kosong dipakai pasal bawaan.")
    merujuk_nota: YaTidak = Field(
        True, description="Tambahkan nota kesepahaman acara ini sebagai butir terakhir dasar hukum."
    )


class DaftarHadir(Model):
    """Settings of the attendance sheets."""

    kolom: list[KolomDaftarHadir] = Field(
        default_factory=lambda: list(KOLOM_BAWAAN),
        description="Kolom tabel, urut dari kiri; untuk ASN tambahkan nip dan pangkat_golongan (Pangkat/Gol.).",
        examples=[["no", "nama", "nip", "pangkat_golongan", "jabatan_instansi", "tanda_tangan"]],
    )
    nomor_kolom: YaTidak = Field(
        False,
        description="Baris nomor kolom (1, 2, 3, …) di bawah judul tabel, seperti formulir banyak Pemda.",
        examples=["ya"],
    )
    tanggal: list[Tanggal] = Field(
        default_factory=list,
        description="Hari-hari kegiatan beberapa hari: satu lembar per hari dengan tanggalnya; "
        "bila kosong tanggal acara.",
        examples=[["2025-07-14", "2025-07-15", "2025-07-16"]],
    )
    isi_dari_penerima: YaTidak = Field(
        True, description="Isi nama dari daftar penerima; 'tidak' untuk baris kosong saja."
    )
    baris_kosong: str = Field(
        "20%", description="Baris kosong tambahan: persen dari daftar ('20%') atau jumlah ('15')."
    )
    orientasi: Literal["otomatis", "potret", "lanskap"] = Field("otomatis", description="Orientasi halaman.")
    per_kelompok: YaTidak = Field(True, description="Lembar terpisah per kelompok penerima bila ada kolom kelompok.")
    penanggung_jawab: Pejabat | None = Field(
        None, description="Pejabat yang menandatangani daftar hadir; bila kosong penanda tangan surat."
    )


# --------------------------------------------------------------------------- the file


class BerkasAcara(Model):
    """One event file: everything needed for every document of one event."""

    instansi: Instansi = Field(
        description="Instansi penerbit dan kopnya; boleh ditulis langsung atau nama berkas profil (.yaml)."
    )
    acara: Acara = Field(description="Data acara.")
    surat: Surat | None = Field(None, description="Data surat undangan.")
    penandatangan: Penandatangan | None = Field(None, description="Penanda tangan surat.")
    penerima: list[Penerima] = Field(
        default_factory=list, description="Daftar penerima undangan, atau nama berkas CSV/XLSX."
    )
    tembusan: list[Teks] = Field(default_factory=list, description="Tembusan (jabatan, tanpa 'Yth.').")
    hadirin: list[HadirinEntri] = Field(
        default_factory=list, description="Yang hadir, untuk urutan penghormatan sambutan."
    )
    susunan_acara: SusunanAcara | None = Field(None, description="Susunan acara / rundown.")
    petugas: list[Petugas] = Field(default_factory=list, description="Petugas upacara.")
    sambutan: list[Sambutan] = Field(default_factory=list, description="Naskah sambutan.")
    pihak: list[Pihak] = Field(
        default_factory=list, description="Para pihak nota kesepahaman (minimal dua bila diisi)."
    )
    nota_kesepahaman: NotaKesepahaman | None = Field(None, description="Pengaturan nota kesepahaman.")
    pasal: list[Pasal] = Field(
        default_factory=list, description="Pasal nota kesepahaman; bila kosong dipakai pasal bawaan."
    )
    perjanjian_kerja_sama: PerjanjianKerjaSama | None = Field(
        None, description="Perjanjian kerja sama sesudah nota kesepahaman; ditulis sebagai naskah kedua."
    )
    daftar_hadir: DaftarHadir = Field(default_factory=DaftarHadir, description="Pengaturan daftar hadir.")
    templat: dict[str, str] = Field(
        default_factory=dict,
        description=f"Templat .docx pengganti per jenis naskah untuk acara ini ({', '.join(NAMA_TEMPLAT)}).",
        examples=[{"sambutan": "templat/sambutan-besar.docx"}],
    )
