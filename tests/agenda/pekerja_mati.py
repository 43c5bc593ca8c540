"""A `naskah undangan` run killed (SIGKILL) after taking its number, before writing any letter.

python -m tests.agenda.pekerja_mati BERKAS_ACARA FOLDER_KELUARAN
"""

from __future__ import annotations

import os
import signal
import sys

from naskah.cli import main
from naskah.jenis import undangan


def _mati(*_args: object, **_kwargs: object) -> list[object]:
    os.kill(os.getpid(), signal.SIGKILL)  # as a power cut or the task manager would
    raise AssertionError("not reached")


if __name__ == "__main__":
    undangan.buat = _mati  # type: ignore[assignment]
    main(["undangan", sys.argv[1], "-o", sys.argv[2]])
