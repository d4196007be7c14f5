"""A pseudo-translation for layout tests: every string of the kiosk 40% longer, with
accented letters, so that a screen that only fits its English words shows it.

Placeholders (``%1``, ``%n``, ``%Ln``), "&" mnemonics and rich-text tags pass unchanged.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QTranslator

GROWTH = 0.4
_ACCENTS = str.maketrans("aeiouyAEIOUYcnsz", "áéíóúýÁÉÍÓÚÝçñšž")
_KEEP = re.compile(r"(%\d+|%L?n|<[^>]*>|&\w+;)")
_FILLER = ("lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit")


def pseudo(text: str) -> str:
    """``text`` accented and grown by 40% with extra words (at least one)."""
    if not text.strip():
        return text
    parts = _KEEP.split(text)
    accented = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in parts)
    lines = accented.split("\n")
    grown = []
    for line in lines:
        if not line.strip():
            grown.append(line)
            continue
        need = max(math.ceil(len(line) * GROWTH), 2)
        words: list[str] = []
        index = 0
        while sum(len(w) + 1 for w in words) < need:
            words.append(_FILLER[index % len(_FILLER)].translate(_ACCENTS))
            index += 1
        extra = " ".join(words)[: max(need - 1, 1)].rstrip()
        grown.append(f"{line} {extra}")
    return "\n".join(grown)


class PseudoTranslator(QTranslator):
    """Installed after the real translators, it answers first for every string."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False

    def translate(  # noqa: D102 - Qt override
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        self.seen += 1
        return pseudo(source)
