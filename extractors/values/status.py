"""The status of an investment or deal (the schema's ``STATUSES``) from the words beside it.

Both readers of money facts take it from here, each with its own word list:

- the prose reader (:mod:`aikg.extractors.deals`) takes the status whose word lies
  nearest the trigger verb (:func:`nearest_status`; ``rules/deals/``
  "status_words", all five statuses, Latin words standing alone);
- the headline reader (:mod:`aikg.extractors.ai_dynamics`) asks only whether a news
  title names a tentative word (:func:`first_status`; ``rules/ai_dynamics/``
  "tentative_words"), and else says "announced".

The two lists are not merged: the headline list counts 计划 and 拟 as tentative where
the prose list reads them as planned, so a headline "甲公司计划向乙公司出售 AI 芯片" would
change from tentative to planned.

>>> words = [("tentative", re.compile("洽谈|或将")), ("planned", re.compile("计划"))]
>>> first_status("甲公司与乙公司洽谈采购芯片", words, "announced")
'tentative'
>>> t = "甲计划或将投资乙"
>>> nearest_status(t, words, None, t.index("投资"), t.index("投资") + 2, 0, len(t))
'tentative'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

StatusWords = Sequence[tuple[str, re.Pattern[str]]]  # (status, compiled words), rule order


def first_status(text: str, words: StatusWords, default: str) -> str:
    """The first status (in rule order) whose words occur in ``text``, else ``default``."""
    return next((status for status, regex in words if regex.search(text)), default)


def nearest_status(
    text: str,
    words: StatusWords,
    ignore: re.Pattern[str] | None,
    v_start: int,
    v_end: int,
    lo: int,
    hi: int,
) -> str | None:
    """The status whose word lies nearest the trigger verb ``text[v_start:v_end]`` within
    ``text[lo:hi]``; at equal distance the longer word wins ("或将" over "将"); words
    inside an ``ignore`` match (the month "May") are no status words."""
    best: tuple[int, int, str] | None = None
    window = text[lo:hi]
    ignored = [m.span() for m in ignore.finditer(window)] if ignore else []
    for status, regex in words:
        for m in regex.finditer(window):
            if any(a <= m.start() and m.end() <= b for a, b in ignored):
                continue
            s, e = m.start() + lo, m.end() + lo
            dist = 0 if s < v_end and e > v_start else (v_start - e if e <= v_start else s - v_end)
            if best is None or (dist, -(e - s)) < best[:2]:
                best = (dist, -(e - s), status)
    return best[2] if best else None
