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
from typing import Any

from aikg.extractors.deals.figures import Figures, headline_amount, unclaimed_amount
from aikg.extractors.deals.frames import Candidate
from aikg.extractors.deals.state import Built, Context
from aikg.extractors.names.mentions import Mention, key_of
from aikg.extractors.rules import load

__all__ = ["headline_round", "spread_parts", "without_tranche_investor"]


@lru_cache(maxsize=3)
def _rule(key: str) -> re.Pattern[str]:
    return re.compile(load("deals", "en")[key])


def spread_parts(prev: Built | None, text: str, fig: Figures) -> None:
    """Give ``prev`` (the paragraph's fact just read) the closing date or the round size
    the sentence ``text`` (its masked form ``fig.text``) states of it.

    >>> from aikg.schema import Evidence
    >>> props = {"kind": "equity", "status": "committed"}
    >>> b = Built("Investment", props, [], [], Evidence("", "", ""))
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


def is_tranche(props: dict[str, Any], text: str) -> bool:
    """Whether the amount in ``props`` is an investor's tranche of a round in ``text``
    ("⟨0⟩ invested $120m of the $300m round": $120m is; ``tranche`` of
    ``rules/deals/en.toml``).

    >>> is_tranche({"amount_text": "$120m"}, "⟨0⟩ invested $120m of the $300m round")
    True
    >>> is_tranche({"amount_text": "$300m"}, "⟨0⟩ invested $120m of the $300m round")
    False
    """
    written = props.get("amount_text")
    at = text.find(written) if written else -1
    return at >= 0 and _rule("tranche").match(text[at + len(written) :]) is not None


def headline_round(
    ctx: Context, cand: Candidate, text: str, investee: Mention, props: dict[str, Any]
) -> dict[str, Any]:
    """The amount of the round the paragraph's first sentence states, for a sentence that
    names its investors with the investee elided ("… closed $1.2bn. The round, led by
    A"): none when the sentence gives the investor's own tranche ("A invested $120m of
    the $300m round")."""
    elided = cand.roles["investee"][0][0] == "elided"
    if not elided or investee.name not in ctx.headline or is_tranche(props, text):
        return {}
    return headline_amount(ctx.headline)


def without_tranche_investor(ctx: Context, b: Built) -> None:
    """Take the investor of a tranche ``b`` out of the paragraph's round of the same
    investee that lists it with others: its own amount is the tranche's."""
    if b.label != "Investment" or not is_tranche(b.props, b.evidence.text):
        return
    who, whom = {key_of(m) for m in b.payers}, [key_of(m) for m in b.payees]
    for f in ctx.facts:
        same_round = f.label == "Investment" and [key_of(m) for m in f.payees] == whom
        if same_round and f is not b and len(f.payers) > len(who):
            f.payers = [m for m in f.payers if key_of(m) not in who]
