"""Reading the facts of each gold category out of a graph.

One ``*_facts`` function per category of :mod:`aikg.graph.evaluation` turns the nodes and
edges of a graph built to the contract of :mod:`aikg.graph.assemble` into
:class:`GraphFact` records: the role nodes, the values compared with the gold, and the
(report, locator) pairs the fact was read from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from aikg.schema import NAMED_LABELS


@dataclass
class GraphFact:
    """One fact of a category read out of the graph, with where it was read."""

    category: str
    ref: str  # the node id, or "source -> target" for an edge
    roles: dict[str, str | None]  # role -> node id (maker, model, investor, ...)
    values: dict[str, Any]  # the properties compared with the gold
    evidence: list[tuple[str, str]] = field(default_factory=list)  # (report stem, locator)

    @property
    def reports(self) -> set[str]:
        return {stem for stem, _ in self.evidence}


def report_stem(G: nx.MultiDiGraph, report_id: str) -> str:
    """The file stem of a report id (the id is the stem plus a content hash).

    >>> report_stem(nx.MultiDiGraph(), "000_b085a0ce9d78d87f-1a2b3c4d")
    '000_b085a0ce9d78d87f'
    """
    path = (G.graph.get("reports") or {}).get(report_id, {}).get("path")
    if path:
        return Path(str(path)).stem
    return re.sub(r"-[0-9a-f]{8}$", "", str(report_id))


def _evidence(G: nx.MultiDiGraph, attrs: dict) -> list[tuple[str, str]]:
    reports = list(attrs.get("evidence_reports") or [])
    locators = list(attrs.get("evidence_locators") or [])
    locators += [""] * (len(reports) - len(locators))
    return [(report_stem(G, r), str(loc)) for r, loc in zip(reports, locators, strict=False)]


def _typed_edges(G: nx.MultiDiGraph, rel: str) -> Iterable[tuple[str, str, dict]]:
    for u, v, attrs in G.edges(data=True):
        if attrs.get("type") == rel:
            yield u, v, attrs


def _nodes(G: nx.MultiDiGraph, label: str) -> Iterable[tuple[str, dict]]:
    for node, attrs in G.nodes(data=True):
        if attrs.get("label") == label:
            yield node, attrs


def _sources(G: nx.MultiDiGraph, node: str, rel: str) -> list[str]:
    return sorted({u for u, _, a in G.in_edges(node, data=True) if a.get("type") == rel})


def _targets(G: nx.MultiDiGraph, node: str, rel: str) -> list[str]:
    return sorted({v for _, v, a in G.out_edges(node, data=True) if a.get("type") == rel})


def _values(attrs: dict, keys: Iterable[str]) -> dict[str, Any]:
    return {k: attrs.get(k) for k in keys}


def release_facts(G: nx.MultiDiGraph) -> list[GraphFact]:
    """Every ``RELEASED`` edge: maker, model, action and date."""
    return [
        GraphFact(
            "model_releases",
            f"{u} -> {v}",
            {"maker": u, "model": v},
            _values(a, ("action", "date")),
            _evidence(G, a),
        )
        for u, v, a in _typed_edges(G, "RELEASED")
    ]


def rating_facts(G: nx.MultiDiGraph) -> list[GraphFact]:
    """Every ``RATES`` edge: the rating report, the company and the row's figures."""
    facts = []
    for u, v, a in _typed_edges(G, "RATES"):
        report = report_stem(G, u.removeprefix("report:"))
        values = {
            "report": report,
            "ticker": a.get("ticker") or G.nodes[v].get("ticker"),
            "rating": a.get("rating"),
            "close": a.get("close_price"),
        }
        evidence = _evidence(G, a) or [(report, "")]
        facts.append(GraphFact("ratings", f"{u} -> {v}", {"company": v}, values, evidence))
    return facts


_INVESTMENT_KEYS = ("date", "round", "kind", "amount", "currency", "stake_pct", "status")
_DEAL_KEYS = ("date", "kind", "amount", "currency", "status")


def _pair_facts(
    G: nx.MultiDiGraph,
    category: str,
    label: str,
    out_rel: str,
    in_rel: str,
    roles: tuple[str, str],
    keys: tuple[str, ...],
) -> list[GraphFact]:
    facts = []
    for node, attrs in _nodes(G, label):
        sources = _sources(G, node, out_rel)
        targets = _targets(G, node, in_rel)
        if not sources and not targets:
            continue
        for src in sources or [None]:
            for dst in targets or [None]:
                facts.append(
                    GraphFact(
                        category,
                        node,
                        {roles[0]: src, roles[1]: dst},
                        _values(attrs, keys),
                        _evidence(G, attrs),
                    )
                )
    return facts


def investment_facts(G: nx.MultiDiGraph) -> list[GraphFact]:
    """Every (investor, investee) pair of every ``Investment`` node."""
    return _pair_facts(
        G,
        "investments",
        "Investment",
        "MAKES_INVESTMENT",
        "INVESTS_IN",
        ("investor", "investee"),
        _INVESTMENT_KEYS,
    )


def deal_facts(G: nx.MultiDiGraph) -> list[GraphFact]:
    """Every (payer, payee) pair of every ``Deal`` node that moves money."""
    return _pair_facts(G, "deals", "Deal", "PAYS_FOR", "PAID_TO", ("payer", "payee"), _DEAL_KEYS)


def chip_facts(G: nx.MultiDiGraph) -> list[GraphFact]:
    """Every ``Chip`` node with its vendors (``DESIGNS``) and specs; a chip that is only
    named (no vendor, no spec, no edge but ``MENTIONS``) states no chip fact."""
    facts = []
    for node, attrs in _nodes(G, "Chip"):
        evidence: list[tuple[str, str]] = []
        for _, _, a in G.in_edges(node, data=True):
            if a.get("type") in ("DESIGNS", "MENTIONS"):
                evidence += _evidence(G, a)
        evidence = evidence or [(report_stem(G, r), "") for r in attrs.get("reports") or []]
        values = _values(attrs, ("chip_type", "process_nm", "fp16_tflops", "power_w"))
        values["vendors"] = _sources(G, node, "DESIGNS")
        if _only_named(G, node) and not any(values.values()):
            continue
        facts.append(GraphFact("chips", node, {"chip": node}, values, evidence))
    return facts


def _only_named(G: nx.MultiDiGraph, node: str) -> bool:
    """Whether every edge of the node is a report's ``MENTIONS``."""
    edges = [a for _, _, a in G.in_edges(node, data=True)]
    edges += [a for _, _, a in G.out_edges(node, data=True)]
    return all(a.get("type") == "MENTIONS" for a in edges)


def policy_facts(G: nx.MultiDiGraph) -> list[GraphFact]:
    """Every ``Policy`` node with its issuers (``ISSUED``), title, date and region."""
    facts = []
    for node, attrs in _nodes(G, "Policy"):
        values = _values(attrs, ("date", "region"))
        values["title"] = attrs.get("title") or attrs.get("name")
        values["issuers"] = _sources(G, node, "ISSUED")
        facts.append(GraphFact("policies", node, {}, values, _evidence(G, attrs)))
    return facts


def partnership_facts(G: nx.MultiDiGraph) -> list[GraphFact]:
    """Every unordered pair of partners (``PARTNERS_WITH`` edges and the ``PARTY_TO``
    parties of deals), one fact per pair with every date read for it."""
    pairs: dict[frozenset[str], GraphFact] = {}

    def add(a: str, b: str | None, date: Any, evidence: list, ref: str) -> None:
        key = frozenset({a, b or ""})
        fact = pairs.setdefault(
            key, GraphFact("partnerships", ref, {"a": a, "b": b}, {"dates": []}, [])
        )
        if date and date not in fact.values["dates"]:
            fact.values["dates"].append(date)
        fact.evidence += [e for e in evidence if e not in fact.evidence]

    for u, v, a in _typed_edges(G, "PARTNERS_WITH"):
        add(u, v, a.get("date"), _evidence(G, a), f"{u} -> {v}")
    for node, attrs in _nodes(G, "Deal"):
        parties = _sources(G, node, "PARTY_TO")
        if len(parties) == 1:
            add(parties[0], None, attrs.get("date"), _evidence(G, attrs), node)
        for i, first in enumerate(parties):
            for second in parties[i + 1 :]:
                add(first, second, attrs.get("date"), _evidence(G, attrs), node)
    return list(pairs.values())


def entity_facts(G: nx.MultiDiGraph) -> list[GraphFact]:
    """One fact per (named entity node, report that mentions it): the node's ``MENTIONS``
    edge from the report, with its evidence (see :func:`~.compare.compare_entity`)."""
    out = []
    for node, attrs in G.nodes(data=True):
        label = attrs.get("label")
        if label not in NAMED_LABELS:
            continue
        by_report: dict[str, list[tuple[str, str]]] = {}
        for _, _, edge in G.in_edges(node, data=True):
            if edge.get("type") != "MENTIONS":
                continue
            reports = list(edge.get("evidence_reports") or [])
            locators = list(edge.get("evidence_locators") or []) + [""] * len(reports)
            for rep, loc in zip(reports, locators, strict=False):
                stem = report_stem(G, rep)
                by_report.setdefault(stem, []).append((stem, str(loc)))
        for _, evidence in sorted(by_report.items()):
            out.append(GraphFact("entities", node, {"entity": node}, {"label": label}, evidence))
    return out
