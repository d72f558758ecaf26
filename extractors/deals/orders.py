"""The kind of an order by what it names and who is paid: "获得 Y 价值 N 的定制 ⟦TPU⟧ 机柜
订单" buys chips, "CoreWeave 再获 OpenAI 65 亿美元订单" buys a neocloud's compute. An order
(capacity_order, the kind of the noun 订单 alone) that names a chip inside its match, or
right after its noun ("an order for ⟦P800⟧ cards"), is a chip purchase; one paid to a
compute provider (``providers.is_compute_provider``) is a cloud contract; any other
order keeps its kind.
"""

from __future__ import annotations

import re

from aikg.extractors.deals.providers import is_compute_provider
from aikg.extractors.names.mentions import Mention

__all__ = ["order_end", "order_kind"]

# What an order is for, right after its noun ("a RMB1.1bn order for ⟦P800⟧ cards").
_FOR = re.compile(r"\s+(?:for|of)\s+[^,;.⟨⟩]{0,40}")


def order_end(text: str, end: int, stop: int) -> int:
    """Where the words of an order matched up to ``end`` stop: after what it is "for"
    (" for ⟦0⟧ cards", within the clause, before ``stop``), else at ``end``.

    >>> t = "⟨0⟩ awarded ⟨1⟩ a RMB1.1bn order for ⟦2⟧ cards, due in May"
    >>> t[: order_end(t, t.index(" for"), len(t))]
    '⟨0⟩ awarded ⟨1⟩ a RMB1.1bn order for ⟦2⟧ cards'
    """
    m = _FOR.match(text, end, max(end, stop))
    return m.end() if m else end


def order_kind(
    kind: str, span: str, mentions: list[Mention], payees: list[Mention], seen: set[str]
) -> str:
    """``kind`` of an order whose masked match is ``span``, paid to ``payees``.

    >>> tpu, cw = Mention(0, 1, "TPU", "Chip"), Mention(0, 1, "CoreWeave", "Company")
    >>> order_kind("capacity_order", "获得 ⟨1⟩ 价值 100 亿美元的 ⟦0⟧ 机柜订单", [tpu], [], set())
    'chip_purchase'
    >>> order_kind("capacity_order", "⟨0⟩ 再获 ⟨1⟩ 65 亿美元订单", [cw], [cw], set())
    'cloud_contract'
    >>> order_kind("hardware_purchase", "", [], [cw], set())
    'hardware_purchase'

    A bare payment to a compute provider buys its capacity, as in an agreement ("AWS
    booked a $900mn commitment from X"):

    >>> order_kind("payment", "", [], [cw], set())
    'cloud_contract'
    """
    if kind == "payment" and len(payees) == 1 and is_compute_provider(payees[0], seen):
        return "cloud_contract"
    if kind != "capacity_order":
        return kind
    named = (mentions[int(i)] for i in re.findall(r"⟦(\d+)⟧", span) if int(i) < len(mentions))
    if any(m.label == "Chip" for m in named):
        return "chip_purchase"
    if len(payees) == 1 and is_compute_provider(payees[0], seen):
        return "cloud_contract"
    return kind
