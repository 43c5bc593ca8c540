"""Input files for the bad-input corpus, built from one valid event: event text, lists, zips, templates."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.events import EVENT

CSV_OK = "nama,jabatan,nip\nBudi Santoso,Lurah Wara,\nSiti Aminah,Camat Wara Utara,\n"
PROFILE = "\n".join(line[2:] for line in EVENT.split("acara:")[0].splitlines()[1:]) + "\n"


def replaced(old: str, new: str) -> str:
    """Return EVENT with the first `old` replaced by `new` (which must be there)."""
    assert old in EVENT, old
    return EVENT.replace(old, new, 1)


def with_penerima(name: str) -> str:
    """Return EVENT whose recipients come from the list file `name` instead of inline."""
    return EVENT.split("penerima:")[0] + f"penerima: {name}\ntembusan:" + EVENT.split("tembusan:")[1]


def xlsx(rows: list[list[object]]) -> bytes:
    """Return `rows` as a real .xlsx workbook (typed cells kept)."""
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def workbook(
    rows: list[list[object]],
    *,
    merged: tuple[str, ...] = (),
    hidden: tuple[int, ...] = (),
    before: tuple[str, ...] = (),
) -> bytes:
    """Return a workbook as a clerk makes one: `rows` on a sheet, cells `merged`, rows `hidden`.

    `before` names empty sheets that come first (the list then sits on a later sheet).
    """
    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    for name in before:
        book.create_sheet(name, 0)
    sheet = first if not before else book.create_sheet("Daftar")
    if before:
        book.remove(first)
    for row in rows:
        sheet.append(row)
    for cells in merged:
        sheet.merge_cells(cells)
    for number in hidden:
        sheet.row_dimensions[number].hidden = True
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def rezip(data: bytes, change: Callable[[str, bytes], bytes | None]) -> bytes:
    """Return the zip `data` with each member passed through `change` (None drops it)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            content = change(name, source.read(name))
            if content is not None:
                target.writestr(name, content)
    return out.getvalue()


def junk_zip() -> bytes:
    """Return a valid zip holding nothing Excel or Word would recognise."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        target.writestr("catatan.txt", "bukan excel")
    return out.getvalue()


def builtin_template(name: str = "undangan") -> bytes:
    """Return the bytes of the built-in template `name`."""
    from naskah.jenis._templates import builtin

    return builtin(name).read_bytes()


def docx_with_body_text(text: str, name: str = "undangan") -> bytes:
    """Return the built-in template with `text` added as a paragraph at the start of its body."""
    import html

    paragraph = f"<w:p><w:r><w:t>{html.escape(text, quote=False)}</w:t></w:r></w:p>".encode()
    return rezip(
        builtin_template(name),
        lambda n, b: b.replace(b"<w:body>", b"<w:body>" + paragraph, 1) if n == "word/document.xml" else b,
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    """Return every file (and folder) under `folder` with its content, to compare before and after a run."""
    return {
        str(p.relative_to(folder)): p.read_bytes() if p.is_file() else b"<folder>" for p in sorted(folder.rglob("*"))
    }
