"""The company a notice item speaks for, and what it sells.

Broker weeklies and monthlies list their 公司动态 / 重要公告 as items that open with the
announcing company ("◆ X：与 Y 签订《算力服务合同》…", "**X**：11 月 6 日，公司与 Y 签署 …",
"（3）X：…"); a listed company announces its own sales, so a compute or cloud agreement it
signs with a party the sentence does not name as the provider is a sale of the item's
company: the other party pays, unless the words after the agreement say the company rents
or buys ("租用 Y 的算力"). The patterns are ``item_head`` and ``announcer_buys`` of
``rules/deals/zh.toml``.
"""

from __future__ import annotations

import re

from aikg.extractors.deals.item_heads import item_company
from aikg.extractors.deals.providers import is_compute_provider, is_maker
from aikg.extractors.names.mentions import Mention, key_of
from aikg.extractors.rules import load

__all__ = ["announcer_sells"]

# the kinds in which the provider of capacity is paid
_SOLD = ("cloud_contract", "compute_lease")


def announcer_sells(
    headline: str, first: list[Mention], second: list[Mention], kind: str, after: str
) -> bool:
    """Whether an agreement of ``kind`` between ``first`` and ``second`` is the item's
    company (``first``) selling (``headline``: the paragraph's first sentence; ``after``:
    the words after the agreement). A topic heading ("OpenAI：与 AMD 签署算力协议") names
    a buyer of chips and compute: where the other party is a maker or a compute provider,
    the item's company buys.

    >>> x, y = Mention(0, 1, "川和数据", "Company"), Mention(2, 3, "翊辰", "Company")
    >>> announcer_sells("◆ 川和数据:与翊辰签订合同", [x], [y], "compute_lease", ",金额 1 亿元")
    True
    >>> announcer_sells("◆ 川和数据:与翊辰签订合同", [x], [y], "compute_lease", ",租用翊辰的 GPU")
    False
    >>> amd = Mention(2, 3, "AMD", "Company")
    >>> announcer_sells("川和数据:与 AMD 签署算力协议", [x], [amd], "cloud_contract", "")
    False
    """
    buys = re.compile(load("deals", "zh")["announcer_buys"])
    head = item_company(headline)
    if kind not in _SOLD or head is None or len(first) != 1:
        return False
    if any(is_maker(m) or is_compute_provider(m) for m in second):
        return False
    if key_of(first[0]) != key_of(Mention(0, 0, head, "Company")) and first[0].name != head:
        return False
    return not buys.search(after)
