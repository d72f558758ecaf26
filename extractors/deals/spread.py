"""A fact whose parts are spread over two sentences of one paragraph: a round or a
takeover stated in one, its closing or its size in the next ("X agreed to buy Y. The
deal closed on March 3, 2031."; "A invested in B. The round was $120m in total."), and
an investor's own tranche of a round ("A invested $120m of the $300m round").

The later sentence's subject is the deal itself (``deal_closed`` and ``round_size`` of
``rules/deals/en.toml``): it gives the fact just read (the paragraph's last, never one of
an earlier paragraph or section; :func:`aikg.extractors.deals.post.continuation`) what
that fact lacks, the closing's date (the status becomes completed) or the round's
amount. What the fact already states is kept: a deal dated by its announcement keeps
that date. A tranche (``tranche``) is the investor's amount, never the round's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from aikg.extractors.rules import load
from aikg.extractors.values.amounts import Amount
from aikg.extractors.values.dates import DateValue

__all__ = ["continues_line", "is_tranche", "spread_parts"]


@lru_cache(maxsize=4)
def _rule(key: str) -> re.Pattern[str]:
    return re.compile(load("deals", "en")[key])


def spread_parts(
    label: str,
    props: dict[str, Any],
    text: str,
    dates: list[DateValue],
    amount: Callable[[], Amount | None],
) -> None:
    """Give the properties ``props`` of the fact just read (a ``label``) the closing date
    or the round size the sentence ``text`` states of it: ``dates`` are the sentence's
    dates before any name, ``amount`` claims the sentence's first free amount.

    >>> props = {"kind": "equity", "status": "committed"}
    >>> day = [DateValue("2031-03-03", "day")]
    >>> spread_parts("Investment", props, "The deal closed on 3 March.", day, lambda: None)
    >>> props["date"], props["status"]
    ('2031-03-03', 'completed')
    >>> spread_parts("Investment", props, "The deal is expected to close in May.", [], lambda: None)
    >>> props["date"]
    '2031-03-03'
    """
    closed, size = _rule("deal_closed"), _rule("round_size")
    if closed.match(text):
        if dates and "date" not in props:
            props.update(dates[0].props())
        if props.get("status") in ("announced", "committed"):
            props["status"] = "completed"
    elif label == "Investment" and props.get("kind") == "equity" and "amount_text" not in props:
        if size.match(text) and (found := amount()) is not None:
            props.update(found.props())


def is_tranche(props: dict[str, Any], text: str) -> bool:
    """Whether the amount in ``props`` is an investor's tranche of a round in ``text``.

    >>> is_tranche({"amount_text": "$120m"}, "⟨0⟩ invested $120m of the $300m round")
    True
    >>> is_tranche({"amount_text": "$300m"}, "⟨0⟩ invested $120m of the $300m round")
    False
    """
    written = props.get("amount_text")
    at = text.find(written) if written else -1
    return at >= 0 and _rule("tranche").match(text[at + len(written) :]) is not None


def continues_line(text: str, line: int, last_line: int) -> bool:
    """Whether a paragraph's first sentence ``text``, on source ``line``, continues the
    paragraph that ended on ``last_line`` (the line right above, no blank between)
    because it opens on the round or deal just stated (``spread_lead``).

    >>> t = "The round was led by A."
    >>> continues_line(t, 8, 7), continues_line(t, 9, 7)
    (True, False)
    """
    return line == last_line + 1 and _rule("spread_lead").match(text) is not None
