"""Headings: which lines open a section, and of what kind.

The kinds (``rules/sections/``: summary, AI dynamics, policy, industry, rating, prose,
disclaimer, table of contents; the schema's ``SECTION_KINDS``) are told by the words a
heading starts with; a markdown heading of no known kind opens prose.
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.rules import compat
from aikg.extractors.text.script import display_width

_TOC_ENTRY = re.compile(r"(\t|\.{3,}|…+|\s)\s*\d{1,3}\s*$")


@lru_cache(maxsize=1)
def section_rules() -> dict:
    """The section rules (``rules/sections/``), heading patterns compiled."""
    rules = compat("sections")
    rules["compiled"] = [(kind, re.compile(p, re.I)) for kind, p in rules["kinds"]]
    return rules


def bare_heading(line: str) -> bool:
    """Whether a line is a section heading and nothing more ("内容目录", "风险提示").

    Such a line opens a block even after a line that reaches the wrap width.
    """
    text = line.strip().lstrip("#").strip()
    return any(
        (m := p.match(text)) and m.end() == len(text) for _, p in section_rules()["compiled"]
    )


def heading_kind(line: str) -> str | None:
    """The section kind a line opens, or None if it is not a heading.

    >>> heading_kind("行业政策:中美 AI 政策布局")
    'policy'
    >>> heading_kind("## 中美AI产业链的全链协同") is None
    False
    >>> heading_kind("人工智能动态:1) 谷歌:发布新模型;2) 腾讯:上线新应用。") is None
    True
    """
    stripped = line.strip()
    markdown = stripped.startswith("#")
    text = stripped.lstrip("#").strip().lstrip("■●▪ ").strip()
    if not text:
        return None
    rules = section_rules()
    if not markdown:
        if display_width(text) > rules["heading_max_width"] or text.endswith(("。", ";", "；")):
            return None
        if _TOC_ENTRY.search(text) and not re.fullmatch(r"[\w ]*", text):
            return None
        if re.search(r"[:：]\s*1\s*[)）]", text):
            return None  # a headline list, not a heading
    for kind, pattern in rules["compiled"]:
        if pattern.match(text):
            return kind
    return "prose" if markdown else None


def toc_entry(line: str) -> bool:
    """Whether a line reads as a table-of-contents entry: text, then a page number."""
    text = re.sub(r"</?\w+>", "", line).strip()  # stray markup around an entry
    if _TOC_ENTRY.search(text):
        return True
    return bool(re.search(r"\D\d{1,3}$", text)) and display_width(text) <= 80
