"""Page size and margins, written into a template's section properties (``w:sectPr``)."""

from __future__ import annotations

import dataclasses

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_SECT_ORDER = (
    "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders "
    "lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter "
    "docGrid printerSettings sectPrChange"
).split()
_DEFAULT_DISTANCE_TWIPS = "709"  # 1.25 cm between page edge and header/footer


def w(name: str) -> str:
    """Return the Clark name of WordprocessingML element or attribute `name`."""
    return f"{{{W}}}{name}"


@dataclasses.dataclass(frozen=True)
class PageSetup:
    """Paper size and margins in millimetres (the paper sizes themselves: naskah.domain.kertas)."""

    width_mm: float
    height_mm: float
    top_mm: float = 20
    right_mm: float = 20
    bottom_mm: float = 25
    left_mm: float = 30

    def __post_init__(self) -> None:
        sizes = (self.width_mm, self.height_mm)
        margins = (self.top_mm, self.right_mm, self.bottom_mm, self.left_mm)
        if min(sizes) <= 0 or min(margins) < 0:
            raise ValueError(f"ukuran halaman tidak sah: {self}")
        if self.left_mm + self.right_mm >= self.width_mm or self.top_mm + self.bottom_mm >= self.height_mm:
            raise ValueError(f"margin lebih besar daripada halaman: {self}")


def twips(mm: float) -> str:
    """Return `mm` millimetres in twentieths of a point, as Word stores lengths."""
    return str(round(mm * 1440 / 25.4))


def apply_page_setup(sectpr: etree._Element, page: PageSetup) -> None:
    """Rewrite `w:pgSz` and `w:pgMar` of `sectpr` to match `page`."""
    size = section_child(sectpr, "pgSz")
    size.set(w("w"), twips(page.width_mm))
    size.set(w("h"), twips(page.height_mm))
    size.attrib.pop(w("code"), None)  # a stale printer paper code would ask for the old paper
    if page.width_mm > page.height_mm:
        size.set(w("orient"), "landscape")
    else:
        size.attrib.pop(w("orient"), None)
    margins = section_child(sectpr, "pgMar")
    for side in ("top", "right", "bottom", "left"):
        margins.set(w(side), twips(getattr(page, f"{side}_mm")))
    distances = {"header": _DEFAULT_DISTANCE_TWIPS, "footer": _DEFAULT_DISTANCE_TWIPS, "gutter": "0"}
    for attr, default in distances.items():
        if margins.get(w(attr)) is None:
            margins.set(w(attr), default)


def restart_section(sectpr: etree._Element) -> None:
    """Make `sectpr` start on a new page with page numbers starting again at 1."""
    section_child(sectpr, "type").set(w("val"), "nextPage")
    section_child(sectpr, "pgNumType").set(w("start"), "1")


def section_child(sectpr: etree._Element, name: str) -> etree._Element:
    """Return child `name` of `sectpr`, created at its schema position if missing."""
    found = sectpr.find(w(name))
    if found is not None:
        return found
    child = etree.SubElement(sectpr, w(name))  # created in place so it reuses the ``w:`` prefix
    rank = _SECT_ORDER.index(name)
    for index, existing in enumerate(sectpr):
        if not isinstance(existing.tag, str):
            continue
        local = etree.QName(existing).localname
        if local in _SECT_ORDER and _SECT_ORDER.index(local) > rank:
            sectpr.insert(index, child)
            break
    return child
