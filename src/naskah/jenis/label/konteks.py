"""Context of the address labels and the sheet around them: which label goes where, and at what size.

Each label's text is filled from the label template (one label's lines); naskah itself places the labels
on the sheet as one table per page: columns exactly the label width (with gap columns between labels when
the pitch is wider), rows of exact height, no cell padding, the table starting at the sheet's top-left
label. Exact heights keep every label's text inside its own label whatever its length.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from naskah.docx.page import PageSetup, twips
from naskah.domain.lembar_label import LembarLabel
from naskah.domain.loader import LoadedEvent
from naskah.errors import UsageError
from naskah.jenis._alamat import Alamat, Kiriman, Kotak

# The addressee on a label: shrunk from 11 to 9 pt before it wraps; wrapped, down to 7 pt if it must.
HURUF_TERBESAR, HURUF_TERKECIL, HURUF_BATAS = 11.0, 9.0, 7.0
JARAK_KIRI_KANAN = 3.0  # mm between a label's edge and its text, left and right (the template's indents)
JARAK_ATAS_BAWAH = 2.0  # mm kept free above and below the text
_MIN_GAP = 0.05  # mm; a smaller gap between labels is no gap
# Room under the table for the 1-pt paragraph that carries the page break: without it LibreOffice pushes
# that paragraph onto a page of its own. On a sheet whose labels reach the paper's edge the last row is
# made this much shorter instead (its text stays inside: the text box keeps JARAK_ATAS_BAWAH free).
_RUANG_PEMISAH = 1.5
_TINY_PARAGRAPH = (
    '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
    '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>'
)


def lembar(loaded: LoadedEvent, pilihan: str | None = None) -> LembarLabel:
    """Return the sheet to print on: `pilihan` (--lembar), else the profile's own size or preset."""
    return loaded.berkas.instansi.label.geometri(pilihan)


def kotak(sheet: LembarLabel) -> Kotak:
    """Return the box one label's text must fit."""
    return Kotak(
        sheet.lebar - 2 * JARAK_KIRI_KANAN,
        sheet.tinggi - 2 * JARAK_ATAS_BAWAH,
        HURUF_TERBESAR,
        HURUF_TERKECIL,
        HURUF_BATAS,
    )


def halaman(sheet: LembarLabel) -> PageSetup:
    """Return the sheet's paper with the margins that put the table's corner on the first label's corner.

    The bottom margin leaves `_RUANG_PEMISAH` under the table, where the 1-pt paragraph after it goes.
    """
    right = max(0.0, sheet.kertas_lebar - _kanan(sheet))
    bottom = max(0.0, sheet.kertas_tinggi - _akhir_tabel(sheet) - _RUANG_PEMISAH)
    return PageSetup(
        sheet.kertas_lebar, sheet.kertas_tinggi, top_mm=sheet.atas, right_mm=right, bottom_mm=bottom, left_mm=sheet.kiri
    )


def _kanan(sheet: LembarLabel) -> float:
    return sheet.kiri + (sheet.kolom - 1) * sheet.jarak_mendatar + sheet.lebar


def _bawah(sheet: LembarLabel) -> float:
    return sheet.atas + (sheet.baris - 1) * sheet.jarak_tegak + sheet.tinggi


def _akhir_tabel(sheet: LembarLabel) -> float:
    """Return where the table ends: the last label's bottom, or higher when the paper leaves no room under it."""
    return min(_bawah(sheet), sheet.kertas_tinggi - _RUANG_PEMISAH)


def periksa_lewati(sheet: LembarLabel, lewati: int) -> None:
    """Raise `UsageError` unless `lewati` labels can be skipped on a partly used sheet."""
    if not 0 <= lewati < sheet.per_lembar:
        msg = f"--lewati {lewati} tidak mungkin: satu lembar {sheet.nama} berisi {sheet.per_lembar} label; tulis 0 sampai {sheet.per_lembar - 1}"
        raise UsageError(msg)


def jumlah_lembar(sheet: LembarLabel, count: int, lewati: int = 0) -> int:
    """Return how many sheets `count` labels take after skipping `lewati` on the first sheet."""
    return -(-(count + lewati) // sheet.per_lembar)


def per_lembar(items: Sequence[Any], sheet: LembarLabel, lewati: int) -> Iterator[list[Any | None]]:
    """Yield each sheet's labels in order, row by row: None for a skipped or unused label."""
    slots: list[Any | None] = [None] * lewati + list(items)
    for start in range(0, len(slots), sheet.per_lembar):
        page = slots[start : start + sheet.per_lembar]
        yield page + [None] * (sheet.per_lembar - len(page))


Label = Kiriman  # one event's labels: the shared context, and each recipient's addressee


def siapkan(loaded: LoadedEvent, sheet: LembarLabel) -> Label:
    """Return the label context of `loaded` on `sheet`, computed once for the batch."""
    from naskah.jenis.undangan.konteks import rekam

    info = {"nama": sheet.nama, "lebar_mm": sheet.lebar, "tinggi_mm": sheet.tinggi}
    return Label({"lembar": rekam(info)}, Alamat.dari(loaded), kotak(sheet))


def tabel_lembar(sheet: LembarLabel, cells: Sequence[str | None]) -> str:
    """Return one sheet as body XML: the table of labels (each cell's content XML, None for an empty label)
    and the 1-pt paragraph a page or section break goes in."""
    columns, label_columns = _edges(sheet.kiri, sheet.kolom, sheet.jarak_mendatar, sheet.lebar)
    rows, label_rows = _edges(sheet.atas, sheet.baris, sheet.jarak_tegak, sheet.tinggi)
    rows[-1] = _akhir_tabel(sheet)
    widths = _lengths(columns)
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    xml_rows = []
    for index, height in enumerate(_lengths(rows)):
        row = label_rows.get(index)
        labels = iter(cells[row * sheet.kolom : (row + 1) * sheet.kolom] if row is not None else ())
        contents = [next(labels) if row is not None and i in label_columns else None for i in range(len(widths))]
        xml_rows.append(_row(height, [_cell(width, content) for width, content in zip(widths, contents, strict=True)]))
    table = (
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/>'
        f"<w:tblBorders>{_NO_BORDERS}</w:tblBorders>"
        '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
        f'<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(xml_rows)}</w:tbl>'
    )
    return table + _TINY_PARAGRAPH


def _edges(start: float, count: int, pitch: float, size: float) -> tuple[list[float], dict[int, int]]:
    """Return the boundaries (mm) of labels and the gaps between them along one axis, and which
    interval is which label (interval index → label index)."""
    edges, labels = [start], {}
    for number in range(count):
        begin = start + number * pitch
        if begin - edges[-1] > _MIN_GAP:
            edges.append(begin)  # a gap before this label
        labels[len(edges) - 1] = number
        edges.append(begin + size)
    return edges, labels


def _lengths(edges: list[float]) -> list[int]:
    """Return the intervals between `edges` in twips, rounded from the start so they never drift from the sheet."""
    points = [int(twips(edge - edges[0])) for edge in edges]
    return [b - a for a, b in zip(points, points[1:], strict=False)]


_NO_BORDERS = "".join(f'<w:{edge} w:val="nil"/>' for edge in ("top", "left", "bottom", "right", "insideH", "insideV"))


def _row(height: int, cells: list[str]) -> str:
    return f'<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="{height}" w:hRule="exact"/></w:trPr>{"".join(cells)}</w:tr>'


def _cell(width: int, content: str | None) -> str:
    body = content if content and content.strip() else "<w:p/>"
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>{body}</w:tc>'
