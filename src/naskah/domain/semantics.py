"""Checks across fields that a schema cannot express: zones, weekdays, NIP, gelar, delegation, files."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from naskah.domain import daftar_hadir, ejaan, gelar, isian, nip, tanggal, wilayah
from naskah.domain import pejabat as pejabat_mod
from naskah.domain import surat as surat_mod
from naskah.domain.penerima_berkas import berkas_ada
from naskah.domain.schema import BerkasAcara, Pejabat, Penerima
from naskah.errors import Problem
from naskah.jenis import NAMA_TEMPLAT  # the table of kinds is plain data: no dependency on their code

ISIAN_TEKS = ("acara", "tanggal", "hari", "tempat", "pukul", "wilayah", "instansi", "kota")


class Locator(Protocol):
    def locate(self, key_path: str, message: str, hint: str = "") -> Problem: ...


def check_semantics(
    berkas: BerkasAcara, sources: Locator, errors: list[Problem], warnings: list[Problem]
) -> BerkasAcara:
    """Append cross-field problems to `errors`/`warnings`; return `berkas` with the time zone filled in."""
    berkas = _with_zone(berkas, sources, errors, warnings)
    _check_dates(berkas, sources, warnings)
    for key_path, pejabat in _officials(berkas):
        _check_pejabat(pejabat, key_path, sources, errors, warnings)
    _check_pasal_44(berkas, sources, warnings)
    _check_nip_fields(berkas, sources, errors)
    _check_surat(berkas, sources, errors)
    _check_nomor_pihak(berkas, sources, errors)
    _check_files(berkas, sources, errors)
    _check_wording(berkas, sources, errors)
    _check_lists(berkas, sources, errors, warnings)
    _check_daftar_hadir(berkas, sources, errors)
    return berkas


def _with_zone(berkas: BerkasAcara, sources: Locator, errors: list[Problem], warnings: list[Problem]) -> BerkasAcara:
    """Fill acara.zona_waktu from where the event is (acara.provinsi), else from the issuing office's province."""
    if berkas.acara.zona_waktu:
        return berkas
    key_path = "acara.provinsi" if berkas.acara.provinsi else "instansi.provinsi"
    try:
        zona = wilayah.zona_waktu(berkas.acara.provinsi or berkas.instansi.provinsi)
    except ValueError as exc:
        errors.append(sources.locate(key_path, str(exc), "atau isi acara.zona_waktu: WIB/WITA/WIT"))
        return berkas
    if berkas.acara.provinsi:
        _warn_other_zone(berkas, zona, sources, warnings)
    acara = berkas.acara.model_copy(update={"zona_waktu": zona})
    return berkas.model_copy(update={"acara": acara})


def _warn_other_zone(berkas: BerkasAcara, zona: str, sources: Locator, warnings: list[Problem]) -> None:
    """Warn when the event's own time zone is not the issuing office's (a Jakarta office's event in Mataram)."""
    try:
        zona_instansi = wilayah.zona_waktu(berkas.instansi.provinsi)
    except ValueError:
        return  # reported with the instansi's own checks
    if zona_instansi != zona:
        tempat = wilayah.nama_provinsi(berkas.acara.provinsi or "")
        warnings.append(
            sources.locate(
                "acara.provinsi",
                f"acara di {tempat} ditulis dengan waktu {zona}, bukan {zona_instansi} seperti provinsi instansi",
                "periksa jam acara: jam ditulis menurut waktu setempat",
            )
        )


def _check_dates(berkas: BerkasAcara, sources: Locator, warnings: list[Problem]) -> None:
    acara = berkas.acara
    if acara.hari and not tanggal.hari_cocok(acara.hari, acara.tanggal):
        warnings.append(
            sources.locate(
                "acara.hari",
                f"'{acara.hari}' tidak cocok: {tanggal.tanggal(acara.tanggal)} jatuh pada hari {tanggal.hari(acara.tanggal)}",
                "perbaiki hari atau tanggal",
            )
        )
    if berkas.surat and berkas.surat.tanggal > acara.tanggal:
        warnings.append(
            sources.locate("surat.tanggal", "tanggal surat sesudah tanggal acara", "periksa tahun dan bulannya")
        )
    if acara.selesai is not None and acara.selesai <= acara.mulai:
        warnings.append(
            sources.locate("acara.selesai", "jam selesai tidak sesudah jam mulai", "tulis 'selesai' bila belum pasti")
        )


def _officials(berkas: BerkasAcara) -> Iterator[tuple[str, Pejabat]]:
    if berkas.penandatangan:
        yield "penandatangan", berkas.penandatangan
    for i, item in enumerate(berkas.sambutan, start=1):
        yield f"sambutan[{i}].oleh", item.oleh
        if item.dibacakan_oleh:
            yield f"sambutan[{i}].dibacakan_oleh", item.dibacakan_oleh
    for i, pihak in enumerate(berkas.pihak, start=1):
        yield f"pihak[{i}].pejabat", pihak.pejabat
    for i, pihak in enumerate(berkas.perjanjian_kerja_sama.pihak if berkas.perjanjian_kerja_sama else [], start=1):
        yield f"perjanjian_kerja_sama.pihak[{i}].pejabat", pihak.pejabat
    if berkas.daftar_hadir.penanggung_jawab:
        yield "daftar_hadir.penanggung_jawab", berkas.daftar_hadir.penanggung_jawab


def _check_pejabat(
    pejabat: Pejabat, key_path: str, sources: Locator, errors: list[Problem], warnings: list[Problem]
) -> None:
    if getattr(pejabat, "untuk_beliau", None) and not getattr(pejabat, "atas_nama", None):
        errors.append(
            sources.locate(f"{key_path}.untuk_beliau", "u.b. hanya dipakai bersama a.n.", "isi juga 'atas_nama'")
        )
    if pejabat.jabatan is not None and not ejaan.baris_jabatan(pejabat.jabatan):
        errors.append(
            sources.locate(
                f"{key_path}.jabatan", "jabatan tidak berisi kata", "tulis jabatan lengkap, mis. 'Camat Bara'"
            )
        )
    if pejabat.nip:
        for message in nip.periksa_nip(pejabat.nip):
            errors.append(sources.locate(f"{key_path}.nip", message, "NIP ditulis dalam tanda kutip, 18 angka"))
    if pejabat.pangkat or pejabat.golongan:
        try:
            nip.pangkat_golongan(pejabat.pangkat, pejabat.golongan)
        except ValueError as exc:
            errors.append(
                sources.locate(f"{key_path}.golongan" if pejabat.golongan else f"{key_path}.pangkat", str(exc))
            )
    try:
        parsed = gelar.urai_nama(pejabat.nama)
    except ValueError as exc:
        errors.append(sources.locate(f"{key_path}.nama", str(exc), "tulis nama lengkap, mis. 'Nuryadin, S.H., M.H.'"))
        return
    for note in parsed.peringatan:
        warnings.append(sources.locate(f"{key_path}.nama", note, "periksa ejaannya, mis. 'S.H., M.H.'"))
    if len(parsed.nama) > 3 and ejaan.is_huruf_kapital_semua(parsed.nama):
        warnings.append(
            sources.locate(
                f"{key_path}.nama",
                f"nama '{parsed.nama}' ditulis huruf kapital semua",
                f"tulis '{ejaan.kapital_nama(parsed.nama)}'; kapital dipakai naskah sendiri bila perlu",
            )
        )


def _check_pasal_44(berkas: BerkasAcara, sources: Locator, warnings: list[Problem]) -> None:
    """Say when the letter's signature leaves out a value the user typed (Pasal 44), so nobody adds it by hand."""
    signer = berkas.penandatangan
    if signer is None:
        return
    note = pejabat_mod.catatan_pasal_44(signer, berkas.instansi.gaya)
    if note is None:
        return
    sekda = pejabat_mod.kedudukan(signer) == "sekretaris_daerah"
    hint = (
        "bila Perkada daerah Anda masih mencetaknya, isi gaya.pasal_44: lama pada profil instansi"
        if sekda
        else "nilai itu boleh dikosongkan; catatan ini hanya pemberitahuan"
    )
    warnings.append(sources.locate("penandatangan", note, hint))


def _check_nip_fields(berkas: BerkasAcara, sources: Locator, errors: list[Problem]) -> None:
    for group, items in (("penerima", berkas.penerima), ("petugas", berkas.petugas)):
        for i, item in enumerate(items, start=1):
            value = getattr(item, "nip", None)
            if value:
                for message in nip.periksa_nip(value):
                    errors.append(sources.locate(f"{group}[{i}].nip", message))


def _check_surat(berkas: BerkasAcara, sources: Locator, errors: list[Problem]) -> None:
    if berkas.surat is None:
        return
    if berkas.surat.hijriah.tampil:
        try:
            tanggal.tanggal_hijriah(berkas.surat.tanggal, berkas.surat.hijriah.koreksi)
        except ValueError as exc:  # outside the Umm al-Qura table the converter has
            errors.append(sources.locate("surat.hijriah", str(exc), "hapus 'hijriah' atau periksa tahun suratnya"))
    wrong = surat_mod.masalah_pola(berkas.surat.pola_nomor)
    if wrong is not None:
        errors.append(sources.locate("surat.pola_nomor", f"pola nomor tidak sah: {wrong.message}", wrong.hint))
        return
    if surat_mod.dari_agenda(berkas.surat) and "urut" not in surat_mod.isian_pola(berkas.surat.pola_nomor):
        errors.append(
            sources.locate(
                "surat.pola_nomor",
                "pola nomor tanpa {urut}: nomor dari buku agenda tidak punya tempat",
                "tambahkan {urut}",
            )
        )
    missing = surat_mod.kekurangan_nomor(berkas.surat, berkas.instansi)
    if missing:
        errors.append(
            sources.locate(
                "surat",
                f"nomor surat belum lengkap: {', '.join(missing)} kosong",
                "isi 'nomor' lengkap, atau kka dan urut",
            )
        )


def _check_nomor_pihak(berkas: BerkasAcara, sources: Locator, errors: list[Problem]) -> None:
    """A party numbered 'otomatis' takes its number from nota_kesepahaman.pola_nomor: it must be buildable."""
    if not any(surat_mod.otomatis(p.nomor) for p in berkas.pihak) or berkas.nota_kesepahaman is None:
        return
    pola = berkas.nota_kesepahaman.pola_nomor
    try:
        names = surat_mod.isian_pola(pola)
    except ValueError:
        names = []
    unknown = [n for n in names if n not in surat_mod.ISIAN_NOMOR]
    if not names or unknown or "urut" not in names:
        errors.append(
            sources.locate(
                "nota_kesepahaman.pola_nomor",
                "pola nomor pihak 'otomatis' tidak sah atau tanpa {urut}",
                f"pakai isian: {', '.join(surat_mod.ISIAN_NOMOR)}",
            )
        )
    if "kka" in names and not berkas.nota_kesepahaman.kka:
        errors.append(
            sources.locate(
                "nota_kesepahaman", "nomor pihak 'otomatis' perlu kode klasifikasi", "isi nota_kesepahaman.kka"
            )
        )


def _check_files(berkas: BerkasAcara, sources: Locator, errors: list[Problem]) -> None:
    named = [("instansi.logo", berkas.instansi.logo), ("instansi.lambang_negara", berkas.instansi.lambang_negara)]
    named += [(f"pihak[{i}].logo", p.logo) for i, p in enumerate(berkas.pihak, start=1)]
    if berkas.perjanjian_kerja_sama:
        pks = enumerate(berkas.perjanjian_kerja_sama.pihak, start=1)
        named += [(f"perjanjian_kerja_sama.pihak[{i}].logo", p.logo) for i, p in pks]
    for key_path, value in named:
        if value and not berkas_ada(value):
            errors.append(
                sources.locate(
                    key_path,
                    f"berkas gambar '{value}' tidak ditemukan",
                    "tulis letak berkas relatif terhadap berkas yang menyebutnya",
                )
            )
    for prefix, mapping in (("instansi.templat", berkas.instansi.templat), ("templat", berkas.templat)):
        for kind, value in mapping.items():
            if kind not in NAMA_TEMPLAT:
                errors.append(
                    sources.locate(
                        f"{prefix}.{kind}",
                        f"jenis naskah '{kind}' tidak dikenal",
                        f"pilih dari: {', '.join(NAMA_TEMPLAT)}",
                    )
                )
            elif not berkas_ada(value):
                errors.append(
                    sources.locate(
                        f"{prefix}.{kind}",
                        f"templat '{value}' tidak ditemukan",
                        "salin templat bawaan dengan 'naskah templat salin'",
                    )
                )


def _check_wording(berkas: BerkasAcara, sources: Locator, errors: list[Problem]) -> None:
    texts: list[tuple[str, str]] = []
    if berkas.surat:
        texts += [
            ("surat.kalimat_pembuka", berkas.surat.kalimat_pembuka or ""),
            ("surat.kalimat_penutup", berkas.surat.kalimat_penutup or ""),
        ]
    for i, item in enumerate(berkas.sambutan, start=1):
        for j, part in enumerate(item.isi, start=1):
            for text in [part] if isinstance(part, str) else part:
                texts.append((f"sambutan[{i}].isi[{j}]", text))
    for key_path, text in texts:
        for name in sorted(isian.nama_isian(text) - set(ISIAN_TEKS)):
            errors.append(
                sources.locate(
                    key_path,
                    f"isian '{{{name}}}' tidak dikenal",
                    f"yang tersedia: {', '.join('{' + n + '}' for n in ISIAN_TEKS)}",
                )
            )


def _check_lists(berkas: BerkasAcara, sources: Locator, errors: list[Problem], warnings: list[Problem]) -> None:
    if len(berkas.pihak) == 1:
        errors.append(sources.locate("pihak", "nota kesepahaman perlu minimal dua pihak", "tambahkan pihak kedua"))
    if berkas.pihak and berkas.nota_kesepahaman is None:
        errors.append(
            sources.locate(
                "pihak",
                "pihak diisi tetapi bagian 'nota_kesepahaman' tidak ada",
                "tambahkan nota_kesepahaman dengan 'tentang: …'",
            )
        )
    # Keyed by the hash of (nama, jabatan), not the texts: a 100,000-row list would hold every name twice more.
    seen: dict[int, int] = {}
    for i, penerima in enumerate(berkas.penerima, start=1):
        key = _kunci_ganda(penerima)
        first = seen.setdefault(hash(key), i)
        if first != i and _kunci_ganda(berkas.penerima[first - 1]) == key:  # not two names of one hash
            warnings.append(
                sources.locate(
                    f"penerima[{i}]",
                    f"penerima ganda (sama dengan penerima ke-{first})",
                    "hapus salah satunya bila tidak disengaja",
                )
            )


def _kunci_ganda(penerima: Penerima) -> tuple[str, str]:
    return ((penerima.nama or "").casefold(), (penerima.jabatan or "").casefold())


def _check_daftar_hadir(berkas: BerkasAcara, sources: Locator, errors: list[Problem]) -> None:
    try:
        daftar_hadir.baris_kosong(berkas.daftar_hadir.baris_kosong, len(berkas.penerima))
    except ValueError as exc:
        errors.append(sources.locate("daftar_hadir.baris_kosong", str(exc)))
