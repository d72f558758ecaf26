"""Names a report ties together in brackets: a company and its ticker, a name and its
form in the other script ("字节跳动（ByteDance）", "Halvorsen Compute (HALV US)",
"极曜半导体（688719.SH）"). The bracketed form becomes an alias of the mention, so the
resolver (:mod:`aikg.graph.resolve`) gives both one node. Rules: ``rules/names/common.toml``
(``mentions.paren``, ``mentions.ticker``).

>>> bracketed("字节跳动（ByteDance）发布", 4, "Company")
'ByteDance'
>>> bracketed("Halvorsen Compute (HALV US) rose", 17, "Company")
'HALV US'
>>> bracketed("星衡智能（领投）", 4, "Company") is None
True
>>> bracketed("TPU v9 (Larchwood) pods", 6, "Chip"), bracketed("GPT-5 (see p. 3)", 5, "Model")
('Larchwood', None)
>>> bracketed("杭州星衡智能科技有限公司（以下简称“星衡智能”）", 12, "Company")
'星衡智能'
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from aikg.extractors import rules
from aikg.extractors.names.gate import is_entity
from aikg.extractors.text.script import CJK
from aikg.schema import PARTY_LABELS

__all__ = ["bracketed", "is_ticker"]

_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z0-9&.\-]*(?:\s[A-Z0-9][A-Za-z0-9&.\-]*){0,4}$")
_CODENAME = re.compile(r"^[A-Z][a-z]{2,}(?:\s[A-Z][a-z]+)?$")
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,10}$")


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    common = rules.load("names")["mentions"]
    en = rules.load("names", "en")
    return {
        "paren": re.compile(common["paren"]),
        "short_name": re.compile(common["short_name"]),
        "ticker": re.compile(common["ticker"]),
        "not_names": {w.casefold() for w in en["not_names"]},
    }


def is_ticker(text: str) -> bool:
    """Whether ``text`` is a ticker in one of the exchange forms.

    >>> is_ticker("688981.SH"), is_ticker("WULF US"), is_ticker("0700.HK"), is_ticker("AI")
    (True, True, True, False)
    """
    return bool(_rules()["ticker"].match(text.strip()))


def bracketed(text: str, end: int, label: str) -> str | None:
    """The other form of the name ending at ``end``, when a bracket right after it holds
    a ticker (companies only) or the name in the other script; else None."""
    r = _rules()
    m = r["paren"].match(text, end)
    if not m:
        return None
    inner = m.group(1).strip()
    short = r["short_name"].match(inner)  # "…有限公司（以下简称“潮汐智能”）"
    if short:
        name = short.group(1).strip()
        return name if label in PARTY_LABELS and is_entity(name, label) else None
    if is_ticker(inner):
        return inner if label in PARTY_LABELS else None
    if inner.casefold() in r["not_names"] or not is_entity(inner, label):
        return None
    name_is_cjk = bool(CJK.match(text[end - 1])) if end else False
    if name_is_cjk and _LATIN_NAME.match(inner):
        return inner
    if label not in PARTY_LABELS and _CODENAME.match(inner) and re.search(r"\d", text[:end][-12:]):
        return inner  # a part number and its code name: "TPU v7 (Ironwood)"
    if not name_is_cjk and _CJK_NAME.match(inner):
        return inner
    return None
