"""What a map's tooltips say: a node's key properties and dates, its most recent facts
with their evidence (for a company: what it invested in, released, signed...), and the
reports behind it by title; an edge's properties and evidence.

Tooltips are plain text (the page wraps them); they read the whole graph, so a focused
map still tells everything about the nodes it shows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import networkx as nx

from aikg.graph.outputs.maps.views import HIDDEN_TYPES
from aikg.graph.outputs.text import readable_amount

__all__ = ["edge_tooltip", "node_tooltip", "report_titles"]

_SKIP = frozenset(
    {"label", "name", "aliases", "reports", "type", "date_precision", "date_value"}
    | {"evidence_reports", "evidence_texts", "evidence_locators", "amount", "currency"}
)
SNIPPET = 150  # characters of an evidence sentence in a tooltip
MAX_FACTS = 6


def report_titles(G: nx.MultiDiGraph) -> dict[str, str]:
    """Report id (as evidence cites it) -> "title (broker, published)", from Report nodes."""
    titles: dict[str, str] = {}
    for _, attrs in G.nodes(data=True):
        if attrs.get("label") != "Report":
            continue
        extra = ", ".join(str(attrs[k]) for k in ("broker", "published") if attrs.get(k))
        title = str(attrs.get("title") or attrs.get("name") or "")
        for rid in attrs.get("reports") or ():
            titles[rid] = f"{title} ({extra})" if extra else title
    return titles


def _snippet(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "…"


def _evidence(attrs: Mapping[str, Any], titles: Mapping[str, str], limit: int) -> list[str]:
    texts = attrs.get("evidence_texts") or []
    reports = attrs.get("evidence_reports") or []
    locators = attrs.get("evidence_locators") or []
    lines = []
    for i, text in enumerate(texts[:limit]):
        rid = reports[i] if i < len(reports) else ""
        where = f", {locators[i]}" if i < len(locators) and locators[i] else ""
        lines.append(f"“{_snippet(text)}” — {titles.get(rid, rid)}{where}")
    if len(texts) > limit:
        lines.append(f"(+{len(texts) - limit} more pieces of evidence)")
    return lines


def _properties(attrs: Mapping[str, Any]) -> list[str]:
    lines = []
    amount = readable_amount(attrs.get("amount"), attrs.get("currency"))
    if amount or attrs.get("amount_text"):
        text = attrs.get("amount_text") or ""
        lines.append(f"amount: {amount}{f' ({text})' if text and text != amount else ''}")
    for key, value in attrs.items():
        if key in _SKIP or key == "amount_text" or value in (None, "", []):
            continue
        if isinstance(value, list | tuple):
            value = ", ".join(map(str, value))
        lines.append(f"{key}: {value}")
    return lines


def _fact_line(G: nx.MultiDiGraph, node: str, other: str, attrs: Mapping, outgoing: bool):
    """(date, one line) for one relationship of `node`: the date is the edge's or, for an
    investment, deal, event or policy, that node's."""
    o = G.nodes[other]
    date = attrs.get("date") or o.get("date") or ""
    arrow = "→" if outgoing else "←"
    name = o.get("title") or o.get("name") or other
    amount = readable_amount(o.get("amount"), o.get("currency")) or o.get("amount_text") or ""
    line = f"{date + ' ' if date else ''}{attrs.get('type')} {arrow} {o.get('label')}: {name}"
    return str(date), line + (f" ({amount})" if amount else "")


def _fact_date(G: nx.MultiDiGraph, other: str, attrs: Mapping) -> str:
    """The date :func:`_fact_line` puts first (the edge's, else the other node's)."""
    return str(attrs.get("date") or G.nodes[other].get("date") or "")


def _recent_facts(G: nx.MultiDiGraph, node: str, titles: Mapping[str, str]) -> list[str]:
    facts = []  # (date, outgoing, other, attrs): lines are written for the listed ones only
    for _, other, attrs in G.out_edges(node, data=True):
        if attrs.get("type") not in HIDDEN_TYPES and G.nodes[other].get("label") != "Report":
            facts.append((_fact_date(G, other, attrs), True, other, attrs))
    for other, _, attrs in G.in_edges(node, data=True):
        if attrs.get("type") not in HIDDEN_TYPES and G.nodes[other].get("label") != "Report":
            facts.append((_fact_date(G, other, attrs), False, other, attrs))
    facts.sort(key=lambda f: f[0], reverse=True)  # the most recent first, undated last
    lines = [f"recent facts ({len(facts)}):"] if facts else []
    for i, (_, outgoing, other, attrs) in enumerate(facts[:MAX_FACTS]):
        lines.append("• " + _fact_line(G, node, other, attrs, outgoing)[1])
        if i < 2:  # the evidence of the two latest facts
            source = attrs if attrs.get("evidence_texts") else G.nodes[other]
            lines += ["    " + e for e in _evidence(source, titles, 1)]
    if len(facts) > MAX_FACTS:
        lines.append(f"(+{len(facts) - MAX_FACTS} more facts)")
    return lines


def node_tooltip(G: nx.MultiDiGraph, node: str, titles: Mapping[str, str]) -> str:
    """The tooltip of a node: label and name, aliases, key properties and dates, its own
    evidence, its most recent facts (with evidence) and the reports that mention it."""
    attrs = G.nodes[node]
    lines = [f"{attrs.get('label')}: {attrs.get('name', node)}"]
    if attrs.get("aliases"):
        lines.append("also: " + ", ".join(map(str, list(attrs["aliases"])[:12])))
    if attrs.get("date"):
        lines.append(f"date: {attrs['date']}")
    lines += _properties(attrs)
    lines += _evidence(attrs, titles, 3)
    lines += _recent_facts(G, node, titles)
    reports = [titles.get(r, r) for r in attrs.get("reports") or ()]
    if reports:
        lines.append("reports: " + "; ".join(reports[:4]))
        if len(reports) > 4:
            lines[-1] += f" (+{len(reports) - 4})"
    return "\n".join(lines)


def edge_tooltip(attrs: Mapping[str, Any], titles: Mapping[str, str], names: tuple) -> str:
    """The tooltip of an edge: "A —TYPE→ B", its properties and dates, its evidence."""
    lines = [f"{names[0]} —{attrs.get('type')}→ {names[1]}"]
    if attrs.get("date"):
        lines.append(f"date: {attrs['date']}")
    lines += _properties(attrs)
    lines += _evidence(attrs, titles, 3)
    return "\n".join(lines)
