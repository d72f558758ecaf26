"""The result of a money-loop search: loops, their hops and flows, ranked and explained.

A :class:`MoneyLoop` is a directed cycle of the money-flow projection
(:func:`aikg.graph.analysis.money.money_flow_graph`) with every flow laid on each hop;
:class:`LoopSearch` holds the ranked loops of one search (:mod:`aikg.graph.analysis.cycles`
runs it) and whether it was cut short. Loops are ranked by their disclosed amount
(approximate USD, summed over the distinct flows of the loop), then shorter loops first,
then the most recent flow first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from aikg.graph.analysis.flows import APPROX_USD_RATES, USD_NOTE, to_usd

__all__ = [
    "Hop",
    "LoopSearch",
    "MoneyLoop",
    "dates_run_forward",
    "loops_for_company",
]

DateKey = tuple[int, ...]

# The least a vague amount ("数十亿美元", "several billion") can mean: its scale word
# times its multiplier (数十亿 is at least 十亿). Only the bottleneck counts it.
_ZH_VAGUE = re.compile(r"(?:数|几|上|过|逾)(十|百|千)?(万亿|亿|万)")
_ZH_DIGITS = {"十": 10, "百": 100, "千": 1000}
_ZH_SCALES = {"万": 1e4, "亿": 1e8, "万亿": 1e12}
_EN_VAGUE = (
    (re.compile(r"hundreds of billions", re.I), 1e11),
    (re.compile(r"tens of billions", re.I), 1e10),
    (re.compile(r"multi[- ]?billion|(several|a few) (billion|bn)|billions", re.I), 1e9),
    (re.compile(r"hundreds of millions", re.I), 1e8),
)
_TEXT_CURRENCY = (("美元", "USD"), ("dollar", "USD"), ("euro", "EUR"), ("元", "CNY"))


def vague_floor_usd(text: str | None, currency: str | None = None) -> float | None:
    """The least approximate USD a vague amount means, or None if `text` is not one.

    >>> vague_floor_usd("数十亿美元"), vague_floor_usd("several billion", "USD")
    (1000000000.0, 1000000000.0)
    >>> round(vague_floor_usd("上百亿元")), vague_floor_usd("an undisclosed sum") is None
    (1400000000, True)
    """
    zh = _ZH_VAGUE.search(text or "")
    if zh:
        floor = _ZH_DIGITS.get(zh.group(1) or "", 1) * _ZH_SCALES[zh.group(2)]
    else:
        floor = next((value for rx, value in _EN_VAGUE if rx.search(text or "")), None)
        if floor is None:
            return None
    if not currency:
        lowered = (text or "").casefold()
        currency = next((code for word, code in _TEXT_CURRENCY if word in lowered), None)
    return to_usd(floor, currency)


@dataclass(frozen=True)
class Hop:
    """One step of a loop: every flow from ``source`` to ``target``."""

    source: str
    target: str
    flows: tuple[dict[str, Any], ...]

    @property
    def disclosed_usd(self) -> float | None:
        """The approximate USD total of the hop's convertible amounts; None if none."""
        amounts = [f["amount_usd"] for f in self.flows if f.get("amount_usd") is not None]
        return sum(amounts) if amounts else None

    @property
    def least_usd(self) -> tuple[float | None, bool]:
        """The least approximate USD the hop carries and whether a vague amount
        ("数十亿美元") was counted as its lower bound; (None, False) if no flow states any.
        """
        total, vague, any_amount = 0.0, False, False
        for f in self.flows:
            usd = f.get("amount_usd")
            if usd is None:
                usd = vague_floor_usd(f.get("amount_text"), f.get("currency"))
                vague = vague or usd is not None
            if usd is not None:
                total += usd
                any_amount = True
        return (total, vague) if any_amount else (None, False)

    def to_json(self, names: Mapping[str, str]) -> dict[str, Any]:
        return {
            "from": self.source,
            "to": self.target,
            "from_name": names.get(self.source, self.source),
            "to_name": names.get(self.target, self.target),
            "disclosed_usd": self.disclosed_usd,
            "flows": [dict(f) for f in self.flows],
        }


@dataclass(frozen=True)
class MoneyLoop:
    """A money loop: its companies in order (starting at the smallest id) and its hops.

    ``bottleneck`` is the hop with the smallest disclosed USD total (None when no hop is
    disclosed); ``dates_forward`` tells whether flow dates run forward round the loop
    from its earliest flow (None when a hop has no dated flow).
    """

    nodes: tuple[str, ...]
    names: tuple[str, ...]
    hops: tuple[Hop, ...]
    aliases: tuple[tuple[str, ...], ...] = field(default=(), repr=False)
    rank: int = 0

    @property
    def id(self) -> str:
        return "loop:" + ">".join(self.nodes)

    @property
    def length(self) -> int:
        return len(self.nodes)

    @property
    def disclosed_usd(self) -> float:
        """Approximate USD over the loop's distinct flows (a flow on two hops counts once)."""
        seen: dict[str, float] = {}
        for hop in self.hops:
            for f in hop.flows:
                if f.get("amount_usd") is not None:
                    seen.setdefault(f["flow"], f["amount_usd"])
        return sum(seen.values())

    @property
    def bottleneck(self) -> dict[str, Any] | None:
        """The hop carrying the least money. A vague amount ("数十亿美元", "several
        billion") counts as its lower bound (then ``lower_bound`` is True); hops with no
        amount at all are skipped and listed in ``skipped_hops``."""
        least = [(h.least_usd, i) for i, h in enumerate(self.hops)]
        known = [(usd, vague, i) for (usd, vague), i in least if usd is not None]
        if not known:
            return None
        usd, vague, i = min(known)
        neck = {
            "hop": i,
            "from": self.hops[i].source,
            "to": self.hops[i].target,
            "amount_usd": usd,
            "all_hops_disclosed": all(h.disclosed_usd is not None for h in self.hops),
        }
        if vague:
            neck["lower_bound"] = True
        skipped = [j for (value, _), j in least if value is None]
        if skipped:
            neck["skipped_hops"] = skipped
        return neck

    @property
    def dates_forward(self) -> bool | None:
        return dates_run_forward([[f.get("date") for f in h.flows] for h in self.hops])

    @property
    def latest_date(self) -> str | None:
        dates = [f["date"] for h in self.hops for f in h.flows if _date_key(f.get("date"))]
        return max(dates, key=lambda d: _padded(_date_key(d))) if dates else None

    @property
    def tentative(self) -> bool:
        return any(f.get("tentative") for h in self.hops for f in h.flows)

    @property
    def evidence(self) -> list[str]:
        """The distinct evidence sentences of the loop's flows, in hop order."""
        texts: dict[str, None] = {}
        for hop in self.hops:
            for f in hop.flows:
                for e in f.get("evidence") or []:
                    if e.get("text"):
                        texts.setdefault(e["text"], None)
        return list(texts)

    def sort_key(self) -> tuple[Any, ...]:
        """Ranking: most disclosed USD, then shortest, then most recent, then by ids."""
        latest = _date_key(self.latest_date)
        recency = tuple(-x for x in _padded(latest)) if latest else ()
        return (-self.disclosed_usd, self.length, latest is None, recency, self.nodes)

    @property
    def summary(self) -> str:
        """One line: the companies round the loop, the disclosed total and the bottleneck."""
        text = " → ".join([*self.names, self.names[0]])
        if self.disclosed_usd:
            text += f"; disclosed ≈ {_usd_text(self.disclosed_usd)}"
        neck = self.bottleneck
        if neck:
            i = neck["hop"]
            j = (i + 1) % self.length
            sign = "≥" if neck.get("lower_bound") else "≈"
            text += (
                f"; bottleneck {sign} {_usd_text(neck['amount_usd'])} "
                f"({self.names[i]} → {self.names[j]})"
            )
            skipped = neck.get("skipped_hops") or []
            if skipped:
                text += (
                    f"; {len(skipped)} hop{'s' if len(skipped) > 1 else ''} without amount skipped"
                )
        return text

    def to_json(self) -> dict[str, Any]:
        names = dict(zip(self.nodes, self.names, strict=True))
        return {
            "rank": self.rank,
            "id": self.id,
            "summary": self.summary,
            "length": self.length,
            "nodes": list(self.nodes),
            "names": list(self.names),
            "hops": [h.to_json(names) for h in self.hops],
            "bottleneck": self.bottleneck,
            "dates_forward": self.dates_forward,
            "tentative": self.tentative,
            "score": {
                "disclosed_usd": self.disclosed_usd,
                "length": self.length,
                "latest_date": self.latest_date,
            },
            "evidence": self.evidence,
        }


@dataclass
class LoopSearch:
    """The outcome of a loop search: ranked loops, and whether the search was cut short."""

    loops: list[MoneyLoop]
    truncated: bool = False
    reason: str | None = None
    max_len: int = 4
    include_tentative: bool = False
    limit: int = 10000
    group_units: bool = False
    usd_rates: dict[str, float] = field(default_factory=lambda: dict(APPROX_USD_RATES))

    def __len__(self) -> int:
        return len(self.loops)

    def __iter__(self) -> Iterator[MoneyLoop]:
        return iter(self.loops)

    def to_json(self) -> dict[str, Any]:
        """The JSON-ready form written to ``cycles.json``."""
        return {
            "params": {
                "max_len": self.max_len,
                "include_tentative": self.include_tentative,
                "limit": self.limit,
                "group_units": self.group_units,
            },
            "count": len(self.loops),
            "truncated": self.truncated,
            "reason": self.reason,
            "ranking": "disclosed_usd desc, length asc, latest_date desc",
            "usd_rates": dict(self.usd_rates),
            "usd_note": USD_NOTE,
            "loops": [loop.to_json() for loop in self.loops],
        }


def loops_for_company(
    loops: LoopSearch | Iterable[MoneyLoop], name_or_id: str, G: nx.Graph | None = None
) -> list[MoneyLoop]:
    """The loops a company takes part in, in their ranked order.

    The company is matched by node id, by the id without its ``label:`` prefix, by name
    or by alias, ignoring case; with ``G`` (the typed graph) also by the names and
    aliases its nodes carry.

    >>> hop = Hop("company:a", "company:b", ())
    >>> loop = MoneyLoop(("company:a", "company:b"), ("NVIDIA", "OpenAI"), (hop,),
    ...                  aliases=(("英伟达",), ()))
    >>> [lp.id for lp in loops_for_company([loop], "nvidia")], loops_for_company([loop], "x")
    (['loop:company:a>company:b'], [])
    >>> len(loops_for_company([loop], "英伟达"))
    1
    """
    wanted = name_or_id.strip().casefold()
    ids = set()
    if G is not None:
        ids = {
            n
            for n, d in G.nodes(data=True)
            if wanted in _match_keys(n, d.get("name"), d.get("aliases"))
        }
    found = []
    for loop in loops:
        for i, node in enumerate(loop.nodes):
            aliases = loop.aliases[i] if i < len(loop.aliases) else ()
            if node in ids or wanted in _match_keys(node, loop.names[i], aliases):
                found.append(loop)
                break
    return found


def _match_keys(node: str, name: str | None, aliases: Iterable[str] | None) -> set[str]:
    """The casefolded forms a company can be looked up by."""
    keys = {str(node), str(node).split(":", 1)[-1], *(str(a) for a in aliases or ())}
    if name:
        keys.add(str(name))
    return {k.strip().casefold() for k in keys}


def dates_run_forward(hop_dates: Sequence[Sequence[str | None]]) -> bool | None:
    """Whether dates run forward round a loop, from its earliest flow.

    ``hop_dates`` holds, per hop in loop order, the dates of that hop's flows (ISO
    'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'; None or invalid ones are ignored). It is True when
    one flow per hop can be picked so that, starting at some hop and going round once,
    each is no earlier than the one before; with one flow per hop that start is the
    loop's earliest flow. Dates of different precision are compared on their common
    part, so '2025' is not before '2025-06'. None when a hop has no date.

    >>> dates_run_forward([["2025-01"], ["2025-03-02"], ["2025-06"]])
    True
    >>> dates_run_forward([["2025-06"], ["2025-01"], ["2025-03"]])
    True
    >>> dates_run_forward([["2025-01"], ["2025-06"], ["2025-03"]])
    False
    >>> dates_run_forward([["2025-01"], [None]]) is None
    True
    """
    keys = [sorted({k for d in dates if (k := _date_key(d))}, key=_padded) for dates in hop_dates]
    if not keys or any(not k for k in keys):
        return None
    n = len(keys)
    for start in range(n):
        # Taking the earliest possible flow at each hop never closes off a later choice.
        current = keys[start][0]
        for step in range(1, n):
            later = [k for k in keys[(start + step) % n] if _not_before(k, current)]
            if not later:
                break
            current = later[0]
        else:
            return True
    return False


def _usd_text(usd: float) -> str:
    """A rough USD figure for summaries: '$1.2bn', '$350m', '$900'."""
    if abs(usd) >= 1e9:
        return f"${usd / 1e9:,.1f}bn"
    if abs(usd) >= 1e6:
        return f"${usd / 1e6:,.0f}m"
    return f"${usd:,.0f}"


def _date_key(date: str | None) -> DateKey | None:
    """('YYYY-MM-DD' | 'YYYY-MM' | 'YYYY') as a tuple of ints; None if missing or invalid."""
    if not date:
        return None
    parts = str(date).strip().split("-")
    if len(parts) > 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        return None
    return tuple(int(p) for p in parts)


def _padded(key: DateKey | None) -> DateKey:
    key = key or ()
    return key + (0,) * (3 - len(key))


def _not_before(a: DateKey, b: DateKey) -> bool:
    """``a`` is not before ``b``, compared at their common precision."""
    n = min(len(a), len(b))
    return a[:n] >= b[:n]
