"""The size of a takeover stated as what it values the target at.

Press summaries and sell-side notes price a takeover per share and give its size as a
valuation: "agreed to acquire X for $16 per share in cash, valuing the company at about
$4.2bn including debt", "in a deal valuing the data-centre operator at $40bn". A round's
valuation is never its amount, but a takeover buys the whole company, so that value is
the deal's size (``acquisition_value`` of ``rules/deals/en.toml``).
"""

from __future__ import annotations

import re
from typing import Any

from aikg.extractors.deals.frames import cue
from aikg.extractors.values.amounts import find_amounts

__all__ = ["acquisition_value"]


def acquisition_value(masked: str) -> dict[str, Any]:
    """The amount props of the value a takeover sentence puts on its target, if any.

    >>> t = "⟨0⟩ agreed to acquire ⟨1⟩ for $16 per share, valuing the company at about $4.2 billion"
    >>> acquisition_value(t)["amount"]
    4200000000.0
    >>> acquisition_value("⟨0⟩ raised $50m, valuing the company at $2 billion")
    {}
    """
    if re.search(r"\b(?:raised|raises|round|funding|financing)\b", masked, re.I):
        return {}  # a round's valuation
    for start, _, amount in find_amounts(masked):
        if cue("acquisition_value").search(masked[max(0, start - 80) : start]):
            return amount.props()
    return {}
