"""Respective amounts: "A 与 B 分别拟向 C 投资最多 50 亿美元和 100 亿美元" is two
investments, A's of the first amount and B's of the second; so is "A and B committed
$2bn and $1bn respectively to C".

Notices of joint ventures ("双方分别出资 6,000 万元、4,000 万元") and news of paired
investments put 分别 ("respectively") between the parties and the verb and list the
amounts in the parties' order. A fact whose investors or payers are as many as the
amounts after 分别 is split, one fact a party, each with its own amount; with any other
count the fact is kept whole (its amount then is the nearest, as for any sentence).
"""

from __future__ import annotations

import re
from dataclasses import replace

from aikg.extractors.deals.figures import Figures
from aikg.extractors.deals.state import Built

__all__ = ["split_respective"]

_AMOUNT_KEYS = ("amount", "currency", "amount_text", "amount_qualifier")


def split_respective(fact: Built, fig: Figures) -> list[Built]:
    """``fact`` split by party where the sentence gives each party its amount (分别).

    >>> from aikg.extractors.names.mentions import Mention
    >>> from aikg.schema import Evidence
    >>> t = "⟨0⟩与⟨1⟩分别拟向 ⟨2⟩ 投资最多 50 亿美元和 100 亿美元"
    >>> a, b, c = (Mention(0, 1, n, "Company") for n in ("微软", "英伟达", "Anthropic"))
    >>> ev = Evidence("r", t, "")
    >>> f = Built("Investment", {"amount": 5e9}, [a, b], [c], ev, span=(0, len(t)))
    >>> [(x.payers[0].name, x.props["amount"]) for x in split_respective(f, Figures.of(t, ""))]
    [('微软', 5000000000.0), ('英伟达', 10000000000.0)]
    >>> t = "⟨0⟩ and ⟨1⟩ committed $2bn and $1bn respectively to ⟨2⟩"
    >>> f = Built("Investment", {"amount": 2e9}, [a, b], [c], ev, span=(0, len(t)))
    >>> [(x.payers[0].name, x.props["amount"]) for x in split_respective(f, Figures.of(t, ""))]
    [('微软', 2000000000.0), ('英伟达', 1000000000.0)]
    """
    start, end = fact.span
    if len(fact.payers) < 2 or len(fact.payees) != 1:
        return [fact]
    at = fig.text.find("分别", start, end)
    if at >= 0:
        amounts = [a for s, _, a in fig.amounts if s > at and a.value is not None]
    elif english := _ENGLISH.search(fig.text, start, min(len(fig.text), end + 16)):
        amounts = [a for s, _, a in fig.amounts if start < s < english.start() and a.value]
    else:
        return [fact]
    if len(amounts) != len(fact.payers):
        return [fact]
    out = []
    for payer, amount in zip(fact.payers, amounts, strict=True):
        props = {k: v for k, v in fact.props.items() if k not in _AMOUNT_KEYS}
        out.append(replace(fact, props={**props, **amount.props()}, payers=[payer]))
    return out


# The English form: the amounts in the parties' order before "respectively" ("A and B
# committed $2bn and $1bn respectively to C"). ("A and B each invested $50m in C" stays
# one fact: its amount is each investor's.)
_ENGLISH = re.compile(r"\brespectively\b")
