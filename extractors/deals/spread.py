"""A fact whose parts are spread over two sentences of one paragraph: a round or a
takeover stated in one, its closing or its size in the next ("X agreed to buy Y. The
deal closed on March 3, 2031."; "A invested in B. The round was $120m in total.").

The later sentence's subject is the deal itself (``deal_closed`` and ``round_size`` of
``rules/deals/en.toml``): it gives the fact just read (the paragraph's last, never one of
an earlier paragraph or section) what that fact lacks, the closing's date (the status
becomes completed) or the round's amount. What the fact already states is kept: a
deal dated by its announcement keeps that date.
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.deals.figures import Figures, unclaimed_amount
from aikg.extractors.deals.state import Built
from aikg.extractors.rules import load

__all__ = ["spread_parts"]


@lru_cache(maxsize=2)
def _rule(key: str) -> re.Pattern[str]:
    return re.compile(load("deals", "en")[key])


def spread_parts(prev: Built | None, text: str, fig: Figures) -> None:
    """Give ``prev`` (the paragraph's fact just read) the closing date or the round size
    the sentence ``text`` (its masked form ``fig.text``) states of it.

    >>> from aikg.schema import Evidence
    >>> b = Built("Investment", {"kind": "equity", "status": "committed"}, [], [], Evidence("", "", ""))
    >>> t = "The deal closed on March 3, 2031."
    >>> spread_parts(b, t, Figures.of(t, ""))
    >>> b.props["date"], b.props["status"]
    ('2031-03-03', 'completed')
    >>> spread_parts(b, "The round was $120m.", Figures.of("The round was $120m.", ""))
    >>> b.props["amount"]
    120000000.0
    """
    if prev is None:
        return
    if _rule("deal_closed").match(text):
        lead = next((m.start() for m in re.finditer(r"⟨\d+⟩", fig.text)), len(fig.text))
        dates = [d for s, _, d in fig.dates if s < lead]
        if dates and "date" not in prev.props:
            prev.props.update(dates[0].props())
        if prev.props.get("status") in ("announced", "committed"):
            prev.props["status"] = "completed"
    elif prev.label == "Investment" and _rule("round_size").match(text):
        if "amount_text" not in prev.props and prev.props.get("kind") == "equity":
            amount = unclaimed_amount(fig, len(fig.text))
            prev.props.update(amount.props() if amount is not None else {})
