"""The company a notice item opens with ("◆ X：…", "**X**：…", "财讯12月10日电，X 晚间公告，…"):
the ``item_head`` pattern of ``rules/deals/zh.toml``. Imports no sibling module."""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.rules import load

__all__ = ["item_company"]


@lru_cache(maxsize=1)
def _item_head() -> re.Pattern[str]:
    return re.compile(load("deals", "zh")["item_head"])


def item_company(headline: str) -> str | None:
    """The company an item opens with, before its colon or its 公告.

    >>> item_company("◆ 川和数据:与翊辰云计算签订《算力服务合同》")
    '川和数据'
    >>> item_company("**凌峰科技**:11 月 6 日,公司与星汉智算签署")
    '凌峰科技'
    >>> item_company("澄川财讯12月10日电,北冶通信公告,公司与甲方苏桥智算签订")
    '北冶通信'
    >>> item_company("一、行业动态") is None
    True
    """
    m = _item_head().match(headline)
    return m.group("name") if m else None
