"""Which register a `naskah agenda` command works on, and under which numbering rules."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from naskah.agenda.aturan import Aturan
from naskah.agenda.buku import BukuAgenda
from naskah.agenda.lokasi import adalah_postgres, lokasi_dari
from naskah.domain.schema import Agenda, Instansi
from naskah.errors import InputFileError, Problem, UsageError


def buka(lokasi: str | None, profil: Path | None) -> BukuAgenda:
    """Return the register named by `lokasi`, else NASKAH_AGENDA, else the profile's agenda.lokasi.

    The profile (an office profile or an event file naming one) also gives the numbering rules.
    """
    agenda, folder = _agenda_profil(profil) if profil is not None else (Agenda.model_validate({}), Path.cwd())
    dari_profil = agenda.lokasi
    if dari_profil and not adalah_postgres(dari_profil):
        dari_profil = str(folder / dari_profil)
    chosen = lokasi or lokasi_dari(dari_profil)
    if not chosen:
        raise UsageError(
            "buku agenda belum ditentukan: tulis --agenda BERKAS, isi variabel NASKAH_AGENDA, "
            "atau beri --profil yang memuat agenda.lokasi"
        )
    return BukuAgenda(chosen, Aturan.dari(agenda))


def _agenda_profil(profil: Path) -> tuple[Agenda, Path]:
    """Return the `agenda` settings of `profil` and the folder its relative paths are read from."""
    from naskah.domain.loader import load_event
    from naskah.domain.messages import translate_errors
    from naskah.domain.yamlio import read_yaml

    document = read_yaml(profil)
    data = document.data
    if isinstance(data, dict) and "acara" in data:  # an event file: its instansi (profile) has the settings
        loaded = load_event(profil)
        source = loaded.sources.profile if loaded.sources else None
        return loaded.berkas.instansi.agenda, (source.path.parent if source else loaded.folder)
    if not isinstance(data, dict):
        raise InputFileError([Problem(str(profil), "", "profil instansi harus berisi 'kunci: nilai'", line=1)])
    try:
        instansi = Instansi.model_validate(data)
    except ValidationError as exc:
        raise InputFileError(
            translate_errors(
                exc, data, lambda key, message, hint: Problem(str(profil), key, message, hint, document.line_of(key))
            )
        ) from None
    return instansi.agenda, document.path.parent
