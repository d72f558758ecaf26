"""The kind of a dated happening that is no release, partnership, deal or investment.

Kinds and their words are the ``event_kinds`` of ``rules/ai_dynamics/``; the first kind
whose words match wins, else "news".
"""

from __future__ import annotations

from aikg.extractors.ai_dynamics.rules import event_kinds
from aikg.extractors.text.patterns import kept


def event_kind(text: str) -> str:
    """The kind of a dated happening, by its words ("下架" -> withdrawal).

    >>> event_kind("某公司将某模型从平台下架")
    'withdrawal'
    >>> event_kind("某公司举办开发者大会")
    'news'
    """
    for kind, pattern in event_kinds():
        if kept(pattern).search(text):
            return kind
    return "news"
