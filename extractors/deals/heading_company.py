"""The company a Chinese section's heading is about, whom its bare 公司 names.

Broker weeklies and morning notes set one block per company under a heading that names
it: the bare name ("【岭川信息】", "### 朗辰股份（688123.SH）") or the name after the block's
label ("公司观点 – 岭川信息（300123.SZ）", "重点公司：朗辰股份"). The block's sentences call the
company 公司 ("公司与 Y 签订 …采购合同", "公司中标 Y …项目", "公司公告拟向 Y 采购 …"), as a
company note does of the company it covers (:mod:`.covered`). The label is the
``heading_company`` pattern of ``rules/deals/zh.toml``; the name, the ``company_heading``
shape (:func:`bare_company`, which :mod:`.lists` reads too). Imports no sibling module.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from aikg.extractors.names.mentions import Mention, find_mentions
from aikg.extractors.rules import load
from aikg.extractors.text.script import CJK

__all__ = ["bare_company", "heading_company", "is_bare_heading"]


@lru_cache(maxsize=1)
def _bare_name() -> re.Pattern[str]:
    return re.compile(load("deals", "zh")["company_heading"])


@lru_cache(maxsize=1)
def _label() -> re.Pattern[str]:
    return re.compile(load("deals", "zh")["heading_company"])


def heading_company(heading: str, names: Mapping[str, str]) -> Mention | None:
    """The company a Chinese heading names as its block's, else None.

    >>> heading_company("公司观点 – 岭川科技（300123.SZ）", {}).name
    '岭川科技'
    >>> heading_company("【朗辰股份】", {}).name
    '朗辰股份'
    >>> heading_company("一、本周重点公告", {}) is None, heading_company("Nebius", {}) is None
    (True, True)
    """
    text = _label().sub("", heading.strip(), count=1)  # "公司观点 – X（…）": X（…）
    return bare_company(text, names) if CJK.search(text) else None


def is_bare_heading(text: str) -> bool:
    """Whether a heading has the shape of a bare company name ("【岭川信息】").

    >>> is_bare_heading("【岭川信息】"), is_bare_heading("一、本周重点公告")
    (True, False)
    """
    return _bare_name().match(text) is not None


def bare_company(text: str, names: Mapping[str, str]) -> Mention | None:
    """The company a heading that is only its name gives ("【岭川信息】", "朗辰股份（688123.SH）"),
    when the name is one company mention, the whole of the name; else None.

    >>> bare_company("【岭川股份】", {}).name
    '岭川股份'
    >>> bare_company("风险提示", {}) is None
    True
    """
    bare = _bare_name().match(text)
    if not bare:
        return None
    companies = [m for m in find_mentions(text, dict(names)) if m.is_company]
    whole = len(companies) == 1 and companies[0].name == bare.group("name")
    return companies[0] if whole else None
