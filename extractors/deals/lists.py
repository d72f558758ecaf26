"""Lists whose items leave a party to their lead-in or heading.

Investor letters, newsletters and sell-side summaries of vendor financing list one
company's investments under a heading or a lead-in sentence that names it ("### NVIDIA's
commitments since September", "NVIDIA's announced investments include:"), and each item
names only the investee and the amount ("2. $5bn stake in Intel (Sep 18)", "- Intel:
US$5bn of common stock"); Chinese weeklies head a company's notices with its bare name
("### 朗辰股份", then "1. 12 月 15 日，公司中标 …"). The lead's company becomes the
subject of each item, so the item's frame (``listed_investment`` in
``rules/deals/en.toml``) takes it as the investor.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from aikg.extractors.deals.heading_company import bare_company, is_bare_heading
from aikg.extractors.names.mentions import Mention, find_mentions
from aikg.extractors.rules import load


@lru_cache(maxsize=1)
def _rules() -> dict[str, re.Pattern[str]]:
    en = load("deals", "en")
    return {key: re.compile(en[key]) for key in ("list_lead", "list_item")}


def is_list_item(text: str) -> bool:
    """Whether a paragraph is a list item ("1. …", "- …", "• …").

    >>> is_list_item("2. $5bn stake in Intel"), is_list_item("NVIDIA said")
    (True, False)
    """
    return _rules()["list_item"].match(text) is not None


def list_lead(text: str, names: Mapping[str, str], heading: bool = False) -> Mention | None:
    """The company a heading or a lead-in sentence (ending in a colon) gives the list
    after it, when it speaks of that company's investments; else None.

    >>> list_lead("NVIDIA's announced strategic investments include:", {}).name
    'NVIDIA'
    >>> list_lead("NVIDIA's commitments since September", {}, heading=True).name
    'NVIDIA'
    >>> list_lead("NVIDIA reported revenue of $57bn:", {}) is None
    True
    >>> list_lead("朗辰股份（688123.SH）", {}, heading=True).name
    '朗辰股份'
    >>> list_lead("华为发布新品", {}, heading=True) is None
    True
    """
    if not heading and not text.rstrip().endswith(":"):
        return None
    if heading and is_bare_heading(text):  # "### 朗辰股份": its items' elided subject
        return bare_company(text, names)
    if not _rules()["list_lead"].search(text):
        return None
    companies = [m for m in find_mentions(text, dict(names)) if m.is_company]
    return companies[0] if companies else None


# A list number the sentence splitter cut off as a sentence of its own ("1.", "12.")
_NUMBER_ONLY = re.compile(r"\s*(?:[-•●·*]\s*)?\d{1,3}\s*[.、．)）]?\s*")


def paragraph_headline(sentences: list[str]) -> str:
    """A paragraph's first sentence, the item's number joined to what follows it where
    the splitter cut "1. 12.1 X 完成 …" after the number.

    >>> paragraph_headline(["1.", "12.1  X 宣布完成 6 亿元 B 轮融资", "本轮由 A 领投"])
    '1. 12.1  X 宣布完成 6 亿元 B 轮融资'
    >>> paragraph_headline(["X 完成融资", "本轮由 A 领投"])
    'X 完成融资'
    """
    if len(sentences) > 1 and _NUMBER_ONLY.fullmatch(sentences[0]):
        return f"{sentences[0].strip()} {sentences[1]}"
    return sentences[0] if sentences else ""
