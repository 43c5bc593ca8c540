"""Numbering rules of an office: which counter a letter counts in, and where a counter starts."""

from __future__ import annotations

import dataclasses
import datetime as dt

from naskah.domain.schema import Agenda, MulaiAgenda


@dataclasses.dataclass(frozen=True)
class Aturan:
    """The office profile's `agenda` rules: counter scope, yearly reset, start values."""

    lingkup: tuple[str, ...] = ()
    reset: str = "tahunan"
    mulai: tuple[MulaiAgenda, ...] = ()

    @classmethod
    def dari(cls, agenda: Agenda) -> Aturan:
        return cls(tuple(agenda.lingkup), agenda.reset, tuple(agenda.mulai))

    def kunci(self, tanggal: dt.date, kka: str | None, unit: str | None) -> str:
        """Return the name of the counter a letter dated `tanggal` with `kka` and `unit` takes its number from.

        'tahun=2024' by default; 'tahun=2024|kka=400.14' when counted per classification; 'semua' for one
        counter that never resets.
        """
        parts = [f"tahun={tanggal.year}"] if self.reset == "tahunan" else []
        values = {"kka": kka, "unit": unit}
        parts += [f"{name}={(values[name] or '-').strip()}" for name in ("kka", "unit") if name in self.lingkup]
        return "|".join(parts) or "semua"

    def awal(self, tanggal: dt.date, kka: str | None, unit: str | None) -> int:
        """Return the lowest number the counter of such a letter may give (1 unless a start value says more)."""
        matching = [m.urut for m in self.mulai if self._berlaku(m, tanggal, kka, unit)]
        return max(matching, default=1)

    def _berlaku(self, mulai: MulaiAgenda, tanggal: dt.date, kka: str | None, unit: str | None) -> bool:
        if mulai.tahun is not None and self.reset == "tahunan" and mulai.tahun != tanggal.year:
            return False
        if mulai.kka is not None and "kka" in self.lingkup and mulai.kka != kka:
            return False
        return not (mulai.unit is not None and "unit" in self.lingkup and mulai.unit != unit)
