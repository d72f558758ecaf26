"""Markup inside a sentence that is no part of its wording: markdown emphasis around a
name and the inline math that PDF-to-markdown converters put around a figure (the
``markup_emphasis`` and ``latex_figure`` rules of ``rules/deals/zh.toml``).

Digests bold their companies ("**星河智能**则在 12 月 3 日宣布获得 …"), and converted
broker PDFs write "$9.6$ 亿元" and "$100\\%$ 股权": the frames' gaps between a name and
its verb are short, so the deal recogniser reads the sentence without them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.rules import load

__all__ = ["plain_wording"]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    rules = load("deals", "zh")
    return re.compile(rules["markup_emphasis"]), re.compile(rules["latex_figure"])


def plain_wording(text: str) -> str:
    """``text`` without emphasis markers and with inline-math figures as plain figures.

    >>> plain_wording("**星河智能**则在 12 月 3 日宣布获得投资")
    '星河智能则在 12 月 3 日宣布获得投资'
    >>> plain_wording("收购 X $100\\\\%$ 股权，交易对价合计 $9.6$ 亿元")
    '收购 X 100% 股权，交易对价合计 9.6 亿元'
    >>> plain_wording("raised $5bn")
    'raised $5bn'
    """
    emphasis, figure = _patterns()
    text = emphasis.sub("", text)
    return figure.sub(lambda m: m.group("figure").replace("\\%", "%").replace(" ", ""), text)
