"""A read-only sequence that compares like a list: the compact lists of recipients and of written files."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T_co = TypeVar("T_co", covariant=True)


class ListLike(Sequence[T_co]):
    """Equal to any sequence (not a string) with equal items in order, as a list is; unhashable, as a list is.

    So code and tests that were handed a list before keep comparing it with `==`.
    """

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, (str, bytes)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable while it is filled, like a list
