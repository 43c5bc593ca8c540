"""The DAFTAR UNDANGAN page appended to a user's own `undangan` template, so one mailing carries one kop.

When an office gives its own `undangan` template but no `undangan_daftar`, the daftar letter is that same
template filled with the daftar context (addressed to "Bapak/Ibu (daftar terlampir)"), followed by this
page. It is built from direct formatting only (no styles, no numbering definitions), so it needs nothing
the user's template may lack; the fonts are the template's own defaults. Its layout is the built-in
`undangan_daftar` template's lampiran page (domain §4.11).
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

# Positions in twips, the same as the built-in template on F4 with the Tata Naskah Dinas margins.
_TTD_INDENT = 4819
_HEAD_TABS = (6236, 6406)
_ITEM_INDENT = 567


def halaman_lampiran(context: dict[str, Any]) -> str:
    """Return the WordprocessingML of the lampiran page for the daftar `context` (a page break first)."""
    lampiran, ttd = context["lampiran"], context["ttd"]
    parts = ['<w:p><w:r><w:br w:type="page"/></w:r></w:p>', _p(lampiran.judul, indent=_TTD_INDENT)]
    parts += [_head("NOMOR", lampiran.nomor), _head("TANGGAL", lampiran.tanggal), "<w:p/>"]
    parts.append(_p("DAFTAR UNDANGAN", bold=True, center=True, after=240))
    parts += [_item(item.nomor, item.teks) for item in lampiran.daftar]
    parts.append("<w:p/>")
    parts += [_p(line, indent=_TTD_INDENT, keep=True) for line in ttd.jabatan]
    parts += [_p("", indent=_TTD_INDENT, keep=True)] * 4
    parts.append(_p(ttd.nama, indent=_TTD_INDENT, keep=True, bold=True, underline=bool(ttd.garis_bawah)))
    parts += [_p(line, indent=_TTD_INDENT) for line in (ttd.pangkat, ttd.nip) if line]
    return "".join(parts)


def _p(
    text: str,
    *,
    indent: int = 0,
    keep: bool = False,
    bold: bool = False,
    underline: bool = False,
    center: bool = False,
    after: int = 0,
) -> str:
    ppr = ("<w:keepNext/>" if keep else "") + (f'<w:spacing w:after="{after}"/>' if after else "")
    ppr += f'<w:ind w:left="{indent}"/>' if indent else ""
    ppr += '<w:jc w:val="center"/>' if center else ""
    rpr = ("<w:b/>" if bold else "") + ('<w:u w:val="single"/>' if underline else "")
    run = f"<w:r><w:rPr>{rpr}</w:rPr>{_t(text)}</w:r>" if text else ""
    return f"<w:p><w:pPr>{ppr}</w:pPr>{run}</w:p>"


def _head(label: str, value: str) -> str:
    tabs = "".join(f'<w:tab w:val="left" w:pos="{pos}"/>' for pos in _HEAD_TABS)
    hanging = _HEAD_TABS[1] - _TTD_INDENT
    ppr = f'<w:pPr><w:tabs>{tabs}</w:tabs><w:ind w:left="{_HEAD_TABS[1]}" w:hanging="{hanging}"/></w:pPr>'
    return f"<w:p>{ppr}<w:r>{_t(label)}<w:tab/>{_t(':')}<w:tab/>{_t(value)}</w:r></w:p>"


def _item(nomor: str, teks: str) -> str:
    ppr = (
        f'<w:pPr><w:tabs><w:tab w:val="left" w:pos="{_ITEM_INDENT}"/></w:tabs>'
        f'<w:ind w:left="{_ITEM_INDENT}" w:hanging="{_ITEM_INDENT}"/></w:pPr>'
    )
    return f"<w:p>{ppr}<w:r>{_t(nomor)}<w:tab/>{_t(teks)}</w:r></w:p>"


def _t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'
