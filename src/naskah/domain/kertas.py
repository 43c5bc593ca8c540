"""Paper sizes, in millimetres (width × height, portrait): the one table every page setup reads.

F4 (215 × 330 mm) is the Indonesian folio of Permendagri 1/2023 for letters; A4 and A5 (half a folio's
cousin) serve speeches and other forms. See shared/domain §2.
"""

from __future__ import annotations

KERTAS: dict[str, tuple[float, float]] = {"F4": (215, 330), "A4": (210, 297), "A5": (148, 210)}
ALIAS: dict[str, str] = {"Folio": "F4", "F-4": "F4", "A-4": "A4", "A-5": "A5"}
"""Other names clerks and printer drivers give the same paper; compared without case."""


def ukuran(kertas: str, *, lanskap: bool = False) -> tuple[float, float]:
    """Return (width, height) of paper `kertas` in millimetres, turned when `lanskap`."""
    width, height = KERTAS[kertas]
    return (height, width) if lanskap else (width, height)
