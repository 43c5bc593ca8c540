"""Registers to test against: an SQLite file, and a PostgreSQL database on a throwaway cluster.

The PostgreSQL cluster is made by the tests themselves (initdb under a temporary folder, listening only
on a unix socket there), so no running service is needed: locally or in CI the same. `.ci/run` installs
Debian's PostgreSQL and sets NASKAH_WAJIB_POSTGRES=1, which (like CI=true) turns a missing PostgreSQL
into a failure instead of a skip. NASKAH_TES_POSTGRES=postgresql://… uses a server of your own instead.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


def _wajib() -> bool:
    return bool(os.environ.get("NASKAH_WAJIB_POSTGRES")) or os.environ.get("CI", "").lower() == "true"


def _tidak_ada(reason: str) -> None:
    if _wajib():
        pytest.fail(f"PostgreSQL diwajibkan (CI / NASKAH_WAJIB_POSTGRES) tetapi {reason}")
    pytest.skip(reason)


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(found[-1]).parent if found else None


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """Yield the URL of a PostgreSQL server (superuser 'naskah') for the session; stop it afterwards."""
    own = os.environ.get("NASKAH_TES_POSTGRES")
    if own:
        yield own
        return
    bindir = _pg_bin()
    if bindir is None:
        _tidak_ada("initdb tidak ada di /usr/lib/postgresql/*/bin (pasang paket postgresql)")
    base = Path(tempfile.mkdtemp(prefix="naskah-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root: run the cluster as Debian's 'postgres' user
        try:
            account = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(base)
            _tidak_ada("berjalan sebagai root dan pengguna 'postgres' tidak ada")
        os.chown(base, account.pw_uid, account.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
    data = base / "data"
    subprocess.run(
        [*run_as, str(bindir / "initdb"), "-D", str(data), "-U", "naskah", "-A", "trust", "-E", "UTF8", "--no-sync"],
        check=True,
        capture_output=True,
        cwd=base,  # the postgres user may not be allowed into the checkout
    )
    options = f"-k {base} -c listen_addresses='' -F -c max_connections=60"
    subprocess.run(
        [*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(base / "log"), "-w", "start"],
        check=True,
        capture_output=True,
        cwd=base,
    )
    try:
        yield f"postgresql://naskah@/postgres?host={base}"
    finally:
        subprocess.run(
            [*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
            cwd=base,
        )
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """Yield the URL of a new, empty database of its own for one test."""
    import psycopg
    import sqlalchemy as sa

    name = f"agenda_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield sa.make_url(postgres_server).set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgresql"])
def lokasi(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Return where an empty register is: an SQLite file path, or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "agenda.sqlite")
    return str(request.getfixturevalue("postgres_url"))
