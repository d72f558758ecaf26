"""The round an investment frame's sentence states, as the fact's properties.

A round named in the sentence ("Series C", "a strategic investment", "定增") is
normalised (:func:`aikg.extractors.values.rounds.normalise_round`). A sentence that names
none but whose frame is itself a sale of new shares to named purchasers
(``placement_frames`` of ``rules/deals/common.toml``: "the Company entered into securities
purchase agreements with A and B", 8-K items and the digests that summarise them) states a
private placement.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from aikg.extractors.rules import load
from aikg.extractors.values.rounds import normalise_round

__all__ = ["round_props"]


@lru_cache(maxsize=1)
def _placement_frames() -> frozenset[str]:
    return frozenset(load("deals")["placement_frames"])


def round_props(words: str | None, frame: str) -> dict[str, Any]:
    """``round`` and ``round_text`` for a match of ``frame`` whose sentence names the
    round ``words`` (or none).

    >>> round_props("Series C", "en_invest")["round"]
    'c'
    >>> round_props(None, "en_securities_agreement")
    {'round': 'private_placement'}
    >>> round_props(None, "en_invest")
    {}
    """
    norm = normalise_round(words) if words else None
    if norm:
        return {"round": norm[0], "round_text": words}
    return {"round": "private_placement"} if frame in _placement_frames() else {}
