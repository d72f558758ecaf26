"""Investment rounds as tables and prose write them ("B+轮", "Pre-A 轮", "并购", "Series C"),
normalised to the schema's ``ROUNDS`` and an investment kind by ``rules/tables/rounds.tsv``.

>>> normalise_round("B+轮"), normalise_round("Pre-A 轮"), normalise_round("并购")
(('b_plus', 'equity'), ('pre_a', 'equity'), ('acquisition', 'acquisition'))
>>> normalise_round("E轮及以后"), normalise_round("PreIPO"), normalise_round("2024")
(('e', 'equity'), ('pre_ipo', 'equity'), None)
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.rules import table
from aikg.extractors.text.surface import clean_cell


@lru_cache(maxsize=1)
def _round_rules() -> list[tuple[re.Pattern[str], str, str]]:
    out = []
    for _, cols in table("tables/rounds.tsv"):
        pattern, round_, kind = cols[:3]
        out.append((re.compile(pattern.strip()), round_.strip(), kind.strip()))
    return out


@lru_cache(maxsize=16_384)  # a deal table's round cells are read by several families
def normalise_round(text: str) -> tuple[str, str] | None:
    """(round, investment kind) for a round cell or phrase; None if it is not a round."""
    cell = re.sub(r"\s+", "", clean_cell(text)).casefold()
    if not cell or len(cell) > 24:
        return None
    for pattern, round_, kind in _round_rules():
        if pattern.fullmatch(cell):
            return round_, kind
    return None
