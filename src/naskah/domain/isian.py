"""Fill `{nama}` placeholders in wording written by users, without ever treating data as template code.

Wording such as `kalimat_pembuka` may name event values (`{acara}`, `{tanggal}`). We substitute
only those names, with plain string replacement: `{{ 7*7 }}` or `{% for %}` in any value or wording
stays literally as written.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def nama_isian(teks: str) -> set[str]:
    """Return the placeholder names used in `teks`."""
    return set(_PLACEHOLDER.findall(teks))


def isi(teks: str, nilai: dict[str, str]) -> str:
    """Return `teks` with each `{name}` replaced by `nilai[name]`; unknown names stay as written."""
    return _PLACEHOLDER.sub(lambda m: nilai.get(m.group(1), m.group(0)), teks)
