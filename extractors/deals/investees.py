"""Who an investment frame's elided investee is, where the sentence says more than the slot:

- the issuer of a placement whose purchasers a sentence lists with their allotments
  ("X 本次定增发行价格 32.50 元/股，A 获配 4.2 亿元，B 获配 2.6 亿元", "In X's placement, A
  subscribed for US$250mn"): the company before the placement word, else the one the
  item is about (the resolver's pool);
- never a company the sentence names as an investor of the round ("由 A 领投，B、C 跟投":
  the followers invest beside A, not in it);
- nobody, where the round's own company stands before the investors as a name no list or
  shape knows ("X 完成 3 亿元 A 轮融资，由 A 领投，B、C 跟投"): the investee of an earlier
  sentence is not this round's.

Results notices of 定增 (发行情况报告书) and their digests, 36氪-style 创投日报 and 投融资周报
state placements and rounds so. Positions are in the masked sentence (``⟨i⟩`` a company);
the words are the rules of ``rules/deals/`` (``placement_issuer``, ``round_investor_mark``,
``unnamed_round``, ``allotment_frames``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from aikg.extractors.names.mentions import Mention, key_of
from aikg.extractors.rules import load


@lru_cache(maxsize=1)
def allotment_frames() -> frozenset[str]:
    """The frames that read one purchaser's allotment of a placement (their issuer's
    patterns are read with them, whether a report has a placement or not)."""
    _issuer_patterns()
    return frozenset(load("deals")["allotment_frames"])


def origin_of(frame: str, fact: str) -> str:
    """A match's origin: ``allotment`` for one purchaser's allotment (never folded with the
    other purchasers into one round, whose amount would then be one of theirs), else its
    fact type.

    >>> origin_of("placement_allotted", "investment"), origin_of("invest_to", "investment")
    ('allotment', 'investment')
    """
    return "allotment" if frame in allotment_frames() else fact


@lru_cache(maxsize=1)
def _issuer_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(load("deals", lang)["placement_issuer"], re.I) for lang in ("zh", "en"))


@cache
def _zh_rule(key: str) -> re.Pattern[str]:
    """A Chinese deal rule of this module, compiled (round_investor_mark, unnamed_round)."""
    return re.compile(load("deals", "zh")[key])


def placement_issuer(masked: str, before: int, mentions: list[Mention]) -> Mention | None:
    """The company named before the placement word of the sentence, before ``before``.

    >>> m = [Mention(0, 1, n, "Company") for n in ("衡岳科技", "溪谷基金")]
    >>> placement_issuer("⟨0⟩本次定增发行价格 32.50 元/股，其中⟨1⟩获配 4.2 亿元", 22, m).name
    '衡岳科技'
    >>> placement_issuer("其中，⟨1⟩获配 4.2 亿元", 3, m) is None
    True
    """
    found = [
        m for p in _issuer_patterns() for m in p.finditer(masked[:before]) if m.start() < before
    ]
    if not found:
        return None
    last = max(found, key=lambda m: m.start())
    return mentions[int(last.group("i"))]


def round_investors(masked: str, mentions: list[Mention]) -> set[str]:
    """The keys of the companies the sentence names as a round's investors ("由 A 领投",
    "B、C 跟投").

    >>> m = [Mention(0, 1, n, "Company") for n in ("沧海资本", "丰禾投资", "北溟创投")]
    >>> sorted(round_investors("由⟨0⟩领投，⟨1⟩、⟨2⟩跟投", m)) == sorted(key_of(x) for x in m)
    True
    """
    out = set()
    for match in _zh_rule("round_investor_mark").finditer(masked):
        for i in re.findall(r"⟨(\d+)⟩", match.group("names")):
            out.add(key_of(mentions[int(i)]))
    return out


def unnamed_round_before(masked: str, before: int) -> bool:
    """Does the sentence state a round before ``before`` whose company is no mention?

    >>> unnamed_round_before("月影智能完成 3 亿元 A 轮融资，由⟨0⟩领投，⟨1⟩跟投", 30)
    True
    >>> unnamed_round_before("⟨2⟩完成 3 亿元 A 轮融资，由⟨0⟩领投，⟨1⟩跟投", 30)
    False
    """
    return _zh_rule("unnamed_round").search(masked[:before]) is not None
