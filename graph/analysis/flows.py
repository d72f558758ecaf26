"""Who pays whom in the typed graph: the parties of each money event, read once.

An ``Investment`` or ``Deal`` node (:data:`MONEY_LABELS`) has payers (the Company or
Organization sources of its ``MAKES_INVESTMENT`` / ``PAYS_FOR`` edges) and payees (the
targets of its ``INVESTS_IN`` / ``PAID_TO`` edges), from ``MONEY_ROLES`` in the schema.
:func:`money_events` yields them event by event for the money-flow projection
(:func:`aikg.graph.analysis.money.money_flow_graph`); :func:`money_pairs` keeps only the
(payer, payee) pairs and their events, which is all a loop search needs until it has
found its loops. The approximate US dollars that flows are ranked by (:func:`to_usd`)
are here too, so that every analysis module reads them from one place.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterator, Mapping
from types import MappingProxyType
from typing import Any

import networkx as nx

from aikg.schema import MONEY_ROLES, PARTY_LABELS, RELATIONSHIPS, TENTATIVE_STATUSES

__all__ = [
    "APPROX_USD_RATES",
    "MONEY_LABELS",
    "ROLE_TYPES",
    "USD_NOTE",
    "group_of",
    "is_tentative",
    "money_events",
    "money_pairs",
    "number",
    "to_usd",
]

# The role types of each event label that carries money (schema MONEY_ROLES): the payer's
# relationship into the event node, and the event node's relationship to the payee.
ROLE_TYPES: dict[str, tuple[str, str]] = {
    event: (pay, paid)
    for pay, side in MONEY_ROLES.items()
    if side == "payer"
    for event in RELATIONSHIPS[pay].targets
    for paid, other in MONEY_ROLES.items()
    if other == "payee" and event in RELATIONSHIPS[paid].sources
}
# Event labels that carry money (Investment, Deal); PARTY_LABELS (from the schema) are the
# labels that can pay or be paid.
MONEY_LABELS: tuple[str, ...] = tuple(ROLE_TYPES)

_PAYER_TYPES = frozenset(t for t, side in MONEY_ROLES.items() if side == "payer")
_PAYEE_TYPES = frozenset(t for t, side in MONEY_ROLES.items() if side == "payee")
_PARTIES = frozenset(PARTY_LABELS)

# One money event: (event id, its attributes, tentative, payers, payees, and the payers
# and payees money is counted at: their groups with group_units, else the same dicts).
MoneyEvent = tuple[str, dict, bool, dict, dict, dict, dict]


# US dollars per unit of currency. Approximate, fixed (late-2025 levels), and used only to
# rank flows against each other; never shown as a converted figure.
APPROX_USD_RATES: Mapping[str, float] = MappingProxyType(
    {
        "USD": 1.0,
        "EUR": 1.08,
        "GBP": 1.27,
        "CNY": 0.14,
        "HKD": 0.128,
        "JPY": 0.0067,
        "KRW": 0.00073,
        "TWD": 0.031,
    }
)
USD_NOTE = (
    "amount_usd uses fixed approximate exchange rates (see usd_rates) and is meant only "
    "for ranking; the report's amount, currency and amount_text are authoritative"
)

_CURRENCY_ALIASES = {"RMB": "CNY"}


def to_usd(
    amount: Any, currency: str | None, rates: Mapping[str, float] = APPROX_USD_RATES
) -> float | None:
    """An amount in approximate US dollars, or None if it or its currency is unknown.

    >>> to_usd(1e9, "CNY")
    140000000.0
    >>> to_usd(5, "XYZ") is None, to_usd(None, "USD") is None
    (True, True)
    """
    value = number(amount)
    if value is None or not currency:
        return None
    code = currency.strip().upper()
    rate = rates.get(_CURRENCY_ALIASES.get(code, code))
    return None if rate is None else value * rate


def number(value: Any) -> float | None:
    """A finite float, or None for missing, non-numeric or non-finite values."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def is_tentative(attrs: Mapping[str, Any]) -> bool:
    """Whether an Investment/Deal node is tentative: a partnership, or planned/tentative.

    >>> is_tentative({"kind": "partnership", "status": "completed"})
    True
    >>> is_tentative({"kind": "equity", "status": "planned"})
    True
    >>> is_tentative({"kind": "chip_purchase", "status": "announced"})
    False
    """
    return attrs.get("kind") == "partnership" or attrs.get("status") in TENTATIVE_STATUSES


def group_of(G: nx.MultiDiGraph, node: str) -> str:
    """The top of ``node``'s ``SUBSIDIARY_OF`` chain: the group a unit's money belongs to.

    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("company:azure", "company:ms", type="SUBSIDIARY_OF")
    0
    >>> group_of(G, "company:azure"), group_of(G, "company:ms")
    ('company:ms', 'company:ms')
    """
    seen = {node}
    while True:
        parents = sorted(
            v for _, v, d in G.out_edges(node, data=True) if d.get("type") == "SUBSIDIARY_OF"
        )
        if not parents or parents[0] in seen:
            return node
        node = parents[0]
        seen.add(node)


def _parties(
    adjacent: Mapping[str, Mapping[Any, Mapping[str, Any]]],
    types: frozenset[str],
    nodes: Mapping[str, Mapping[str, Any]],
) -> dict[str, dict[str, Any]]:
    """The Company/Organization neighbours joined by an edge of ``types``, each with its
    first such edge's attributes, sorted by id. ``adjacent`` is what ``G.pred[event]`` or
    ``G.succ[event]`` holds (neighbour -> key -> edge attributes), ``nodes`` the node
    attributes by id."""
    found: dict[str, dict[str, Any]] = {}
    for node, keyed in adjacent.items():
        if nodes[node].get("label") in _PARTIES:
            for data in keyed.values():
                if data.get("type") in types:
                    found[node] = data
                    break
    return found if len(found) < 2 else dict(sorted(found.items()))


def money_events(
    G: nx.MultiDiGraph,
    include_tentative: bool = False,
    group_units: bool = False,
    events: Collection[str] | None = None,
) -> Iterator[MoneyEvent]:
    """Every money event of ``G`` (or only ``events``, in id order) with its payers and
    payees.

    Tentative events are skipped unless ``include_tentative``; with ``group_units`` the
    counted payers and payees are their groups (:func:`group_of`), the first unit of a
    group giving its edge. Events with no payer or no payee are yielded too.
    """
    # networkx's own node and adjacency dicts, only read: its views cost more than the
    # work done here, which is all a large loop search does before it searches.
    nodes, pred, succ = G._node, G._pred, G._succ
    chosen = nodes.items() if events is None else ((e, nodes[e]) for e in sorted(events))
    for event, attrs in chosen:
        if attrs.get("label") not in MONEY_LABELS:
            continue
        tentative = is_tentative(attrs)
        if tentative and not include_tentative:
            continue
        payers = _parties(pred[event], _PAYER_TYPES, nodes)
        payees = _parties(succ[event], _PAYEE_TYPES, nodes)
        counted_payers, counted_payees = payers, payees
        if group_units:
            counted_payers = {group_of(G, n): d for n, d in reversed(payers.items())}
            counted_payees = {group_of(G, n): d for n, d in reversed(payees.items())}
        yield event, attrs, tentative, payers, payees, counted_payers, counted_payees


def money_pairs(
    G: nx.MultiDiGraph, include_tentative: bool = False, group_units: bool = False
) -> dict[tuple[str, str], list[str]]:
    """(payer, payee) -> the events in which money goes that way, as the money-flow
    projection would make its edges (a party paying itself gives none), without
    building any flow's attributes.

    >>> from aikg.graph.analysis.money import add_money_event
    >>> G = nx.MultiDiGraph()
    >>> add_money_event(G, "deal:1", "Deal", ["company:a"], ["company:b", "company:a"])
    >>> money_pairs(G)
    {('company:a', 'company:b'): ['deal:1']}
    """
    pairs: dict[tuple[str, str], list[str]] = {}
    for event, *_, payers, payees in money_events(G, include_tentative, group_units):
        for payer in payers:
            for payee in payees:
                if payer != payee:
                    pairs.setdefault((payer, payee), []).append(event)
    return pairs
