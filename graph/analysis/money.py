"""The money-flow projection: who pays whom, one edge per investment or deal.

The typed graph reifies money: an investor ``MAKES_INVESTMENT`` into an ``Investment``
node that ``INVESTS_IN`` the investee, and a payer ``PAYS_FOR`` a ``Deal`` node that is
``PAID_TO`` the payee (``MONEY_ROLES`` in the schema). :func:`money_flow_graph` collapses
each such event node into direct payer -> payee edges between Company and Organization
nodes, which is what circular-financing detection (:mod:`aikg.graph.analysis.cycles`) and
the money centrality projection (:mod:`aikg.graph.analysis.projections`) read.

Amounts are converted to US dollars with a small fixed table of *approximate* rates
(:data:`APPROX_USD_RATES`); ``amount_usd`` exists only to rank and compare flows, never
to report a figure. The report's own ``amount``, ``currency`` and ``amount_text`` travel
alongside it unchanged.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

import networkx as nx

from aikg.graph.analysis.flows import (
    APPROX_USD_RATES,
    MONEY_LABELS,
    ROLE_TYPES,
    USD_NOTE,
    group_of,
    is_tentative,
    money_events,
    number,
    to_usd,
)

__all__ = [
    "APPROX_USD_RATES",
    "MONEY_LABELS",
    "USD_NOTE",
    "add_money_event",
    "flow_evidence",
    "flow_summary",
    "group_of",
    "is_tentative",
    "money_flow_graph",
    "to_usd",
]


def flow_evidence(*sources: Mapping[str, Any]) -> list[dict[str, str]]:
    """The evidence of nodes/edges as ``{report, text, locator}`` dicts, de-duplicated.

    Each source carries the parallel lists ``evidence_reports``, ``evidence_texts`` and
    ``evidence_locators``; entries keep their first-seen order.

    >>> flow_evidence(
    ...     {"evidence_reports": ["r1"], "evidence_texts": ["A buys B."]},
    ...     {"evidence_reports": ["r1"], "evidence_texts": ["A buys B."]},
    ... )
    [{'report': 'r1', 'text': 'A buys B.', 'locator': ''}]
    """
    seen: set[tuple[str, str, str]] = set()
    out: list[dict[str, str]] = []
    for attrs in sources:
        reports = list(attrs.get("evidence_reports") or [])
        texts = list(attrs.get("evidence_texts") or [])
        locators = list(attrs.get("evidence_locators") or [])
        for i in range(max(len(reports), len(texts), len(locators))):
            entry = (
                str(reports[i]) if i < len(reports) else "",
                str(texts[i]) if i < len(texts) else "",
                str(locators[i]) if i < len(locators) else "",
            )
            if entry not in seen:
                seen.add(entry)
                out.append({"report": entry[0], "text": entry[1], "locator": entry[2]})
    return out


def money_flow_graph(
    G: nx.MultiDiGraph,
    include_tentative: bool = False,
    rates: Mapping[str, float] = APPROX_USD_RATES,
    group_units: bool = False,
    events: Collection[str] | None = None,
) -> nx.MultiDiGraph:
    """Project the typed graph onto payer -> payee money flows between companies.

    Every Investment or Deal node becomes one edge per (payer, payee) pair, keyed by the
    event node id: payers are the Company/Organization sources of its ``MAKES_INVESTMENT``
    / ``PAYS_FOR`` edges, payees the Company/Organization targets of its ``INVESTS_IN`` /
    ``PAID_TO`` edges. An event with several investors gives each investor its own edge;
    ``amount`` is then the *whole* event's amount, not that investor's share, and the
    edge's ``payers`` lists all of them. Partnerships linked only by ``PARTY_TO`` state no
    direction of money and give no edge; nor does a payer paying itself.

    Tentative events (``kind == "partnership"`` or ``status`` planned/tentative) are left
    out unless ``include_tentative``. With ``group_units`` every payer and payee stands
    for its group (:func:`group_of`): money paid to 微软 Azure is paid to 微软; ``payers``
    and ``payees`` still name the units the report names. With ``events`` only those
    event nodes are projected (a loop search lays flows on the hops it found).

    Edge attributes: ``flow`` (event node id), ``label`` (Investment or Deal), ``kind``,
    ``amount``, ``currency``, ``amount_text``, ``amount_qualifier``, ``amount_usd``
    (approximate, for ranking only; None if not convertible), ``disclosed`` (the report
    gives an amount), ``date``, ``date_precision``, ``status``, ``tentative``,
    ``stake_pct``, ``round``, ``payers``, ``payees`` and ``evidence`` (list of ``{report,
    text, locator}`` from the event node and its two role edges). Nodes keep ``label``,
    ``name`` and ``aliases``; ``F.graph`` records the rates used.

    >>> G = nx.MultiDiGraph()
    >>> add_money_event(G, "deal:1", "Deal", ["company:a"], ["company:b"],
    ...                 kind="chip_purchase", status="completed", amount=2e9, currency="EUR")
    >>> F = money_flow_graph(G)
    >>> [(u, v, k, d["amount_usd"]) for u, v, k, d in F.edges(keys=True, data=True)]
    [('company:a', 'company:b', 'deal:1', 2160000000.0)]
    """
    F = nx.MultiDiGraph(
        projection="money_flow",
        include_tentative=include_tentative,
        group_units=group_units,
        usd_rates=dict(rates),
        usd_note=USD_NOTE,
    )
    parts = money_events(G, include_tentative, group_units, events)
    for event, attrs, tentative, units_paying, units_paid, payers, payees in parts:
        base = _flow_attrs(event, attrs, tentative, rates)
        base["payers"] = list(units_paying)
        base["payees"] = list(units_paid)
        for payer, payer_edge in payers.items():
            for payee, payee_edge in payees.items():
                if payer == payee:
                    continue
                for node in (payer, payee):
                    if node not in F:
                        F.add_node(node, **_party_attrs(G.nodes[node]))
                evidence = flow_evidence(attrs, payer_edge, payee_edge)
                F.add_edge(payer, payee, key=event, **base, evidence=evidence)
    return F


def flow_summary(F: nx.MultiDiGraph) -> dict[str, Any]:
    """Totals of a money-flow graph, JSON-ready: counts, USD by kind, per company in/out.

    Each event is counted once in the totals even when it has several payers or payees;
    likewise a company's ``in_*``/``out_*`` figures count each event once per side. USD
    figures are approximate (see ``usd_note``).

    >>> G = nx.MultiDiGraph()
    >>> add_money_event(G, "investment:1", "Investment", ["company:a", "company:c"],
    ...                 ["company:b"], kind="equity", amount=1e9, currency="USD")
    >>> s = flow_summary(money_flow_graph(G))
    >>> s["flows"], s["events"], s["disclosed_usd"], s["companies"]["company:b"]["in_usd"]
    (2, 1, 1000000000.0, 1000000000.0)
    """
    events: dict[str, dict[str, Any]] = {}
    companies: dict[str, dict[str, Any]] = {
        n: {
            "name": d.get("name", n),
            "label": d.get("label"),
            "out_count": 0,
            "in_count": 0,
            "out_usd": 0.0,
            "in_usd": 0.0,
        }
        for n, d in F.nodes(data=True)
    }
    counted: set[tuple[str, str, str]] = set()
    for u, v, d in F.edges(data=True):
        flow = str(d.get("flow", ""))
        events.setdefault(flow, d)
        usd = d.get("amount_usd") or 0.0
        for node, side in ((u, "out"), (v, "in")):
            if (node, side, flow) not in counted:
                counted.add((node, side, flow))
                companies[node][f"{side}_count"] += 1
                companies[node][f"{side}_usd"] += usd
    by_kind: dict[str, dict[str, Any]] = {}
    for d in events.values():
        entry = by_kind.setdefault(str(d.get("kind")), {"events": 0, "disclosed": 0, "usd": 0.0})
        entry["events"] += 1
        if d.get("amount_usd") is not None:
            entry["disclosed"] += 1
            entry["usd"] += d["amount_usd"]
    return {
        "flows": F.number_of_edges(),
        "events": len(events),
        "disclosed_events": sum(1 for d in events.values() if d.get("amount_usd") is not None),
        "disclosed_usd": sum(d.get("amount_usd") or 0.0 for d in events.values()),
        "by_kind": dict(sorted(by_kind.items())),
        "companies": companies,
        "usd_rates": dict(F.graph.get("usd_rates", APPROX_USD_RATES)),
        "usd_note": USD_NOTE,
    }


def add_money_event(
    G: nx.MultiDiGraph,
    event: str,
    label: str,
    payers: Iterable[str],
    payees: Iterable[str],
    evidence: tuple[str, str, str] | None = None,
    **attrs: Any,
) -> None:
    """Add an Investment/Deal node and its role edges to ``G``, following the contract.

    A helper for tests, examples and hand-made graphs. Missing party nodes are added as
    Companies named after their id. ``evidence`` is one ``(report, text, locator)`` put
    on the event node and on each role edge.

    >>> G = nx.MultiDiGraph()
    >>> add_money_event(G, "investment:x", "Investment", ["company:a"], ["company:b"],
    ...                 kind="equity", status="completed")
    >>> sorted((u, v, d["type"]) for u, v, d in G.edges(data=True))
    [('company:a', 'investment:x', 'MAKES_INVESTMENT'), ('investment:x', 'company:b', 'INVESTS_IN')]
    """
    if label not in MONEY_LABELS:
        raise ValueError(f"not a money label: {label!r}")
    ev = _evidence_lists(evidence)
    G.add_node(
        event,
        label=label,
        name=attrs.pop("name", event),
        aliases=[],
        reports=list(ev["evidence_reports"]),
        **ev,
        **attrs,
    )
    pay, paid = ROLE_TYPES[label]
    payers, payees = list(payers), list(payees)
    for party in [*payers, *payees]:
        if party not in G:
            G.add_node(party, label="Company", name=party.split(":", 1)[-1], aliases=[], reports=[])
        reports = G.nodes[party].setdefault("reports", [])
        reports.extend(r for r in ev["evidence_reports"] if r not in reports)
    for payer in payers:
        G.add_edge(
            payer, event, key=f"{pay}:{payer}>{event}", type=pay, **_evidence_lists(evidence)
        )
    for payee in payees:
        G.add_edge(
            event, payee, key=f"{paid}:{event}>{payee}", type=paid, **_evidence_lists(evidence)
        )


def _evidence_lists(evidence: tuple[str, str, str] | None) -> dict[str, list[str]]:
    report, text, locator = evidence if evidence else (None, None, None)
    return {
        "evidence_reports": [report] if evidence else [],
        "evidence_texts": [text] if evidence else [],
        "evidence_locators": [locator] if evidence else [],
    }


def _party_attrs(attrs: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "label": attrs.get("label"),
        "name": attrs.get("name", ""),
        "aliases": list(attrs.get("aliases") or []),
    }


def _flow_attrs(
    event: str, attrs: Mapping[str, Any], tentative: bool, rates: Mapping[str, float]
) -> dict[str, Any]:
    amount = number(attrs.get("amount"))
    date = attrs.get("date")
    return {
        "flow": event,
        "label": attrs.get("label"),
        "kind": attrs.get("kind"),
        "amount": amount,
        "currency": attrs.get("currency"),
        "amount_text": attrs.get("amount_text"),
        "amount_qualifier": attrs.get("amount_qualifier"),
        "amount_usd": to_usd(amount, attrs.get("currency"), rates),
        "disclosed": amount is not None,
        "date": None if date in (None, "") else str(date),
        "date_precision": attrs.get("date_precision"),
        "status": attrs.get("status"),
        "tentative": tentative,
        "stake_pct": number(attrs.get("stake_pct")),
        "round": attrs.get("round"),
    }
