"""The payer a clause after a Chinese agreement names, whoever signs first.

"X 与 Y 签署《算力服务框架合同》" says nothing of who pays, and neither the order of the
names nor the company an item is about decides it. A clause after the agreement often
does: the party that pays its fee or places its orders ("…，Y 按月支付服务费", "…，由 Y 分批
下单"), the party named its buyer or 甲方 ("…，Y 为采购方"), or the party the signer
supplies ("…，向 Y 供应 AI 加速卡"). That party pays the other. A tender's sum ("…，中标
金额 3 亿元") makes the signer the winner, paid by the other party. With no such clause, a
compute or cloud contract that a provider by its name signs ("X智算披露与 Y 签订算力服务
合同") is its sale (``provider_name_zh``). The pattern is
``clause_payer`` of ``rules/deals/zh.toml``. Imports no sibling module.
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.names.mentions import Mention, key_of
from aikg.extractors.rules import load

__all__ = ["provider_signs", "stated_payer"]

Parties = list[Mention]


# the kinds in which the provider of compute or cloud time is paid
_PROVIDED = ("compute_lease", "cloud_contract")


@lru_cache(maxsize=1)
def _provider_name() -> re.Pattern[str]:
    return re.compile(load("deals", "zh")["provider_name_zh"])


@lru_cache(maxsize=1)
def _clause() -> re.Pattern[str]:
    return re.compile(load("deals", "zh")["clause_payer"])


def stated_payer(
    after: str, mentions: list[Mention], first: Parties, second: Parties
) -> tuple[Parties, Parties] | None:
    """(payers, payees) of an agreement between ``first`` and ``second`` as the words
    ``after`` it (masked: ⟨i⟩ is ``mentions[i]``) say, else None.

    >>> x, y = Mention(0, 1, "岳衡股份", "Company"), Mention(2, 3, "澄岭网络", "Company")
    >>> p, q = stated_payer(",金额 3 亿元,⟨1⟩按月支付服务费", [x, y], [x], [y])
    >>> [m.name for m in p], [m.name for m in q]
    (['澄岭网络'], ['岳衡股份'])
    >>> [m.name for m in stated_payer(",⟨1⟩按季支付服务费", [x, y], [y], [x])[0]]
    ['澄岭网络']
    >>> stated_payer(",合同金额 3 亿元", [x, y], [x], [y]) is None
    True
    """
    m = _clause().search(after)
    if m is None:
        return None
    if m.group("t"):  # "…采购合同，中标金额 3 亿元": the signer won; the tenderer pays
        return second, first
    group = next((g for g in ("c", "b", "s") if m.group(g)), None)
    index = int(m.group(group)[1:-1]) if group else -1
    if not 0 <= index < len(mentions):
        return None
    payer = key_of(mentions[index])
    if len(first) == 1 and key_of(first[0]) == payer:
        return first, second
    if len(second) == 1 and key_of(second[0]) == payer:
        return second, first
    return None


def provider_signs(first: Parties, second: Parties, kind: str) -> tuple[Parties, Parties] | None:
    """(payers, payees) of a compute or cloud agreement ``first`` signs with ``second``
    when only ``first`` is a provider by its Chinese name ("…智算", "…云"): the other
    party pays it. None otherwise (the agreement's own reading stands).

    >>> x, y = Mention(0, 1, "岭汐智算", "Company"), Mention(2, 3, "墨川科技", "Company")
    >>> [m.name for m in provider_signs([x], [y], "compute_lease")[0]]
    ['墨川科技']
    >>> provider_signs([y], [x], "compute_lease") is None
    True
    """
    if kind not in _PROVIDED or len(first) != 1 or len(second) != 1:
        return None
    named = _provider_name()
    if named.search(first[0].name) and not named.search(second[0].name):
        return second, first
    return None
