"""Where the register is, decided without loading any database driver."""

from __future__ import annotations

import os

ENV_AGENDA = "NASKAH_AGENDA"


def lokasi_dari(profil: str | None) -> str | None:
    """Return where the register is: NASKAH_AGENDA when set (it overrides the profile), else `profil`."""
    return os.environ.get(ENV_AGENDA) or profil or None


def adalah_postgres(lokasi: str) -> bool:
    """Return whether `lokasi` names a PostgreSQL database rather than an SQLite file."""
    return lokasi.startswith(("postgresql:", "postgresql+psycopg:", "postgres:"))
