"""The DAFTAR UNDANGAN page appended to a user's own `undangan` template, so one mailing carries one kop.

When an office gives its own `undangan` template but no `undangan_daftar`, the daftar letter is that same
template filled with the daftar context (addressed to "Bapak/Ibu (daftar terlampir)"), followed by this
page. It is built from direct formatting only (no styles, no numbering definitions), so it needs nothing
the user's template may lack. Its layout is the built-in `undangan_daftar` template's lampiran page (domain
§4.11), line for line: the same exact 14 pt lines, broken by naskah (`lampiran.cetak`, each item's `cetak`,
`lampiran.ttd`), the signature in a row that may not split taking the last two names with it. So the
letter's `Lampiran : N lembar` (konteks.lampiran_halaman) counts this page too. Its text is Arial 12 pt
whatever the template's own font: the line breaks are measured in Arial, and a wider font would break them
again.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from naskah.domain.tata_letak import patah_miring
from naskah.jenis.undangan.konteks import LAMPIRAN_BARIS_TWIPS

# Positions in twips, the same as the built-in template on F4 with the Tata Naskah Dinas margins.
_TTD_INDENT = 4819
_HEAD_TABS = (6236, 6406)
_ITEM_INDENT = 737  # 1.3 cm, room for "5000."
_TTD_BLANK_LINES = 4
_TAB = "\t"
_RUN = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>'
_SIZE = '<w:sz w:val="24"/><w:szCs w:val="24"/>'


def halaman_lampiran(context: dict[str, Any]) -> str:
    """Return the WordprocessingML of the lampiran page for the daftar `context` (it starts a new page)."""
    lampiran = context["lampiran"]
    cetak, ttd = lampiran.cetak, lampiran.ttd
    parts = [_p(cetak.judul, indent=_TTD_INDENT, page_break=True)]
    parts += [_head("NOMOR", patah_miring(cetak.nomor)), _head("TANGGAL", cetak.tanggal), _p("")]
    parts.append(_p("DAFTAR UNDANGAN", bold=True, center=True, after=240))
    last = len(lampiran.daftar) - 2  # the last two names go with the signature onto its page
    parts += [_item(item.nomor, item.cetak, keep=index >= last) for index, item in enumerate(lampiran.daftar)]
    parts.append(_p("", keep=True))
    parts.append(_ttd_block(ttd))
    return "".join(parts)


def _ttd_block(ttd: Any) -> str:
    """The signature in a borderless full-width table of one row that may not split (tools/templat/umum)."""
    lines = [_p(line, indent=_TTD_INDENT, keep=True) for line in ttd.jabatan]
    lines += [_p("", indent=_TTD_INDENT, keep=True)] * _TTD_BLANK_LINES
    lines.append(_p(ttd.nama, indent=_TTD_INDENT, keep=True, bold=True, underline=bool(ttd.garis_bawah)))
    lines += [_p(line, indent=_TTD_INDENT) for line in (ttd.pangkat, ttd.nip) if line]
    edges = "".join(f'<w:{edge} w:val="nil"/>' for edge in ("top", "left", "bottom", "right", "insideH", "insideV"))
    margins = '<w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/>'
    table = (
        f'<w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>{edges}</w:tblBorders>'
        f'<w:tblLayout w:type="fixed"/><w:tblCellMar>{margins}</w:tblCellMar></w:tblPr>'
    )
    cell = f'<w:tc><w:tcPr><w:tcW w:w="5000" w:type="pct"/></w:tcPr>{"".join(lines)}</w:tc>'
    return (
        f"<w:tbl>{table}<w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>{cell}</w:tr></w:tbl>"
    )


def _p(
    text: str,
    *,
    indent: int = 0,
    keep: bool = False,
    bold: bool = False,
    underline: bool = False,
    center: bool = False,
    after: int = 0,
    page_break: bool = False,
) -> str:
    ppr = ("<w:keepNext/>" if keep else "") + ("<w:pageBreakBefore/>" if page_break else "")
    ppr += _spacing(after) + (f'<w:ind w:left="{indent}"/>' if indent else "")
    ppr += '<w:jc w:val="center"/>' if center else ""
    return f"<w:p><w:pPr>{ppr}</w:pPr>{_r(text, bold=bold, underline=underline)}</w:p>"


def _spacing(after: int = 0) -> str:
    """Exactly one lampiran line high (konteks counts the page in these lines)."""
    return f'<w:spacing w:after="{after}" w:line="{LAMPIRAN_BARIS_TWIPS}" w:lineRule="exact"/>'


def _head(label: str, value: str) -> str:
    tabs = "".join(f'<w:tab w:val="left" w:pos="{pos}"/>' for pos in _HEAD_TABS)
    hanging = _HEAD_TABS[1] - _TTD_INDENT
    ppr = f'<w:pPr><w:tabs>{tabs}</w:tabs>{_spacing()}<w:ind w:left="{_HEAD_TABS[1]}" w:hanging="{hanging}"/></w:pPr>'
    return f"<w:p>{ppr}{_r(label + _TAB + ':' + _TAB + value)}</w:p>"


def _item(nomor: str, teks: str, *, keep: bool) -> str:
    ppr = (
        f"<w:pPr>{'<w:keepNext/>' if keep else ''}<w:keepLines/>"
        f'<w:tabs><w:tab w:val="left" w:pos="{_ITEM_INDENT}"/></w:tabs>{_spacing()}'
        f'<w:ind w:left="{_ITEM_INDENT}" w:hanging="{_ITEM_INDENT}"/></w:pPr>'
    )
    return f"<w:p>{ppr}{_r(nomor + _TAB + teks)}</w:p>"


def _r(text: str, *, bold: bool = False, underline: bool = False) -> str:
    """One run of `text` in Arial 12 pt; a tab or line break in it becomes Word's own."""
    if not text:
        return ""
    rpr = _RUN + ("<w:b/>" if bold else "") + _SIZE + ('<w:u w:val="single"/>' if underline else "")
    content = "".join(
        "<w:tab/>"
        if piece == "\t"
        else "<w:br/>"
        if piece == "\n"
        else f'<w:t xml:space="preserve">{escape(piece)}</w:t>'
        for piece in _pieces(text)
    )
    return f"<w:r><w:rPr>{rpr}</w:rPr>{content}</w:r>"


def _pieces(text: str) -> list[str]:
    pieces, current = [], ""
    for char in text:
        if char in "\t\n":
            pieces += [current] if current else []
            pieces.append(char)
            current = ""
        else:
            current += char
    return [*pieces, current] if current else pieces
