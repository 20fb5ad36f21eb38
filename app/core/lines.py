"""Gentle lines drawn without repeats: no line comes back until every other one has been shown."""

from __future__ import annotations

import random
from collections.abc import Sequence


class LineDeck:
    """Deals lines in a shuffled order; a session never sees the same line twice while any are left."""

    def __init__(self, lines: Sequence[str], seed: int | None = None) -> None:
        self._lines = [line for line in dict.fromkeys(lines) if line]
        self._random = random.Random(seed)
        self._left: list[str] = []

    def next(self) -> str:
        """The next line ("" when there are none at all)."""
        if not self._lines:
            return ""
        if not self._left:
            self._left = self._lines[:]
            self._random.shuffle(self._left)
        return self._left.pop()
