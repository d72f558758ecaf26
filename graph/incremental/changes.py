"""What an update changed: the difference between the build folder before and after.

:func:`compute_changes` compares the old graph (its :func:`graph_index`, which the
previous build keeps in ``DIR/cache/``, and its ``centrality.json`` and ``cycles.json``)
with the new build and names, each with the reports that brought it: new entities by
label, new facts (releases, launches, investments, deals, policies, events, ratings),
facts that left with a removed report, status changes of investments and deals, new and
broken money loops, and the biggest centrality movers. ``changes.json`` holds the
result; :func:`changes_text` is what ``aikg changes`` prints and :func:`changes_markdown`
the "What changed" section of ``report.md``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from aikg.schema import ENTITY_LABELS

__all__ = ["FACT_KINDS", "changes_markdown", "changes_text", "compute_changes", "graph_index"]

# Kinds of fact a change report lists, by node label or relationship type.
FACT_KINDS: dict[str, str] = {
    "RELEASED": "releases",
    "LAUNCHED": "launches",
    "Investment": "investments",
    "Deal": "deals",
    "Policy": "policies",
    "Event": "events",
    "RATES": "ratings",
}
MOVER_MEASURE, MOVERS_PER_PROJECTION = "pagerank", 5


def _reports_of(attrs: dict) -> list[str]:
    return list(attrs.get("evidence_reports") or attrs.get("reports") or [])


def _among(reports: Iterable[str], wanted: set[str]) -> list[str]:
    return sorted({r for r in reports if r in wanted})


def _facts(G: nx.MultiDiGraph) -> dict[tuple, dict]:
    """The listed facts of a graph by a key that is stable across builds."""
    out: dict[tuple, dict] = {}
    for node, attrs in G.nodes(data=True):
        kind = FACT_KINDS.get(attrs.get("label", ""))
        if kind:
            out[("node", node)] = {
                "kind": kind,
                "id": node,
                "name": attrs.get("name", ""),
                **{k: attrs.get(k) for k in ("date", "status", "amount", "currency") if k in attrs},
                "_reports": _reports_of(attrs),
            }
    for u, v, key, attrs in G.edges(keys=True, data=True):
        kind = FACT_KINDS.get(attrs.get("type", ""))
        if kind:
            name = f"{G.nodes[u].get('name', u)} → {G.nodes[v].get('name', v)}"
            out[("edge", u, v, key)] = {
                "kind": kind,
                "id": key,
                "name": name,
                **{k: attrs.get(k) for k in ("date", "action", "rating") if k in attrs},
                "_reports": _reports_of(attrs),
            }
    return out


def _listed(entry: dict, reports: list[str]) -> dict:
    return {**{k: v for k, v in entry.items() if not k.startswith("_")}, "reports": reports}


def _fact_changes(old: dict, new: dict, added: set, removed: set) -> tuple:
    fresh: dict[str, list] = {}
    gone: dict[str, list] = {}
    for key in sorted(set(new) - set(old), key=str):
        entry = new[key]
        fresh.setdefault(entry["kind"], []).append(_listed(entry, _among(entry["_reports"], added)))
    for key in sorted(set(old) - set(new), key=str):
        entry = old[key]
        gone.setdefault(entry["kind"], []).append(
            _listed(entry, _among(entry["_reports"], removed))
        )
    return fresh, gone


def _entities(G: nx.MultiDiGraph) -> dict[str, dict]:
    """The entities of a graph: label, name and reports of each."""
    return {
        n: {"label": d["label"], "name": d.get("name", ""), "reports": list(d["reports"])}
        for n, d in G.nodes(data=True)
        if d.get("label") in ENTITY_LABELS
    }


def _entity_changes(old: dict, new: dict, added: set, removed: set) -> tuple[dict, dict]:
    fresh: dict[str, list] = {}
    gone: dict[str, list] = {}
    for node in sorted(set(new) - set(old)):
        attrs = new[node]
        fresh.setdefault(attrs["label"], []).append(
            {"id": node, "name": attrs.get("name", ""), "reports": _among(attrs["reports"], added)}
        )
    for node in sorted(set(old) - set(new)):
        attrs = old[node]
        gone.setdefault(attrs["label"], []).append(
            {
                "id": node,
                "name": attrs.get("name", ""),
                "reports": _among(attrs["reports"], removed),
            }
        )
    return fresh, gone


def _latest_status(attrs: dict, known: set[str] | None = None) -> tuple[str, str]:
    """(status, report) of the latest history entry (of the ``known`` reports only)."""
    entries = list(
        zip(
            attrs.get("status_history") or [],
            attrs.get("status_history_reports") or [],
            strict=False,
        )
    )
    if known is not None:
        entries = [e for e in entries if e[1] in known]
    if entries:
        return entries[-1]
    return (attrs.get("status") or "", "")


def _statuses(G: nx.MultiDiGraph) -> dict[str, tuple[str, str]]:
    """The latest status (and its report) of each investment and deal."""
    return {
        node: _latest_status(attrs, None)
        for node, attrs in G.nodes(data=True)
        if attrs.get("label") in ("Investment", "Deal")
    }


def graph_index(G: nx.MultiDiGraph) -> dict[str, Any]:
    """What the next update's :func:`compute_changes` needs of this graph, much smaller
    than the graph (an update keeps it instead of reading graph.json back): its listed
    facts, its entities, the latest status of each deal and its reports."""
    return {
        "facts": _facts(G),
        "entities": _entities(G),
        "status": _statuses(G),
        "reports": list(G.graph.get("reports") or {}),
    }


def _status_changes(old_status: dict, G1: nx.MultiDiGraph, old_reports: set) -> list[dict]:
    """Deals and investments whose latest status moved: talks -> signed, planned ->
    cancelled. A deal another report dated or priced differently is one deal
    (``same_deal_nodes``), listed once."""
    out, seen = [], set()
    for node, attrs in sorted(G1.nodes(data=True)):
        if attrs.get("label") not in ("Investment", "Deal"):
            continue
        deal = tuple(sorted([node, *(attrs.get("same_deal_nodes") or [])]))
        if deal in seen:
            continue
        seen.add(deal)
        before = old_status.get(node, ("", ""))
        if not before[0]:
            before = _latest_status(attrs, old_reports)
        after = _latest_status(attrs)
        if before[0] and after[0] and before[0] != after[0]:
            out.append(
                {
                    "id": node,
                    "label": attrs["label"],
                    "name": attrs.get("name", ""),
                    "from": before[0],
                    "to": after[0],
                    "reports": [after[1]] if after[1] else [],
                }
            )
    return out


def _loop_reports(loop: dict) -> set[str]:
    return {
        ev.get("report", "")
        for hop in loop.get("hops", [])
        for flow in hop.get("flows", [])
        for ev in flow.get("evidence", [])
    }


def _loop_changes(old_loops: dict, new_loops: dict, added: set, removed: set) -> tuple:
    old = {loop["id"]: loop for loop in old_loops.get("loops", [])}
    new = {loop["id"]: loop for loop in new_loops.get("loops", [])}
    fresh = [
        {
            "id": i,
            "summary": new[i].get("summary", ""),
            "reports": _among(_loop_reports(new[i]), added),
        }
        for i in sorted(set(new) - set(old))
    ]
    broken = [
        {
            "id": i,
            "summary": old[i].get("summary", ""),
            "reports": _among(_loop_reports(old[i]), removed) or sorted(added),
        }
        for i in sorted(set(old) - set(new))
    ]
    return fresh, broken


def _movers(old: dict, new: dict, G1: nx.MultiDiGraph, added: set) -> list[dict]:
    """Per projection, the nodes whose PageRank moved most (a new node from 0)."""
    out = []
    for projection, info in new.items():
        before = (old.get(projection) or {}).get("nodes", {})
        moves = []
        for node, values in info.get("nodes", {}).items():
            after = values.get(MOVER_MEASURE) or 0.0
            prior = (before.get(node) or {}).get(MOVER_MEASURE) or 0.0
            if abs(after - prior) > 1e-9:
                moves.append((-abs(after - prior), node, prior, after, values.get("name", node)))
        for _, node, prior, after, name in sorted(moves)[:MOVERS_PER_PROJECTION]:
            reports = G1.nodes[node].get("reports", []) if node in G1 else []
            out.append(
                {
                    "projection": projection,
                    "id": node,
                    "name": name,
                    "measure": MOVER_MEASURE,
                    "before": prior,
                    "after": after,
                    "change": after - prior,
                    "reports": _among(reports, added),
                }
            )
    return out


def compute_changes(
    old: dict[str, Any],
    old_centrality: dict,
    old_loops: dict,
    result: Any,
    added: Iterable[str],
    removed: Iterable[str],
    new: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """What changed between the old graph (its :func:`graph_index`) and a new
    ``BuildResult`` (see the module); ``new``: the new graph's index, when the caller
    has it already."""
    added, removed = set(added), set(removed)
    G1 = result.graph
    new = new or graph_index(G1)
    new_entities, gone_entities = _entity_changes(old["entities"], new["entities"], added, removed)
    new_facts, gone_facts = _fact_changes(old["facts"], new["facts"], added, removed)
    new_loops, broken_loops = _loop_changes(old_loops, result.loops.to_json(), added, removed)
    old_reports = set(old["reports"])
    reports = {m.report_id: m for m in result.reports}
    return {
        "added_reports": [
            {
                "id": r,
                "title": reports[r].title,
                "date": reports[r].published or reports[r].period,
                "path": reports[r].path,
            }
            for r in sorted(added)
            if r in reports
        ],
        "removed_reports": sorted(removed),
        "new_entities": new_entities,
        "new_facts": new_facts,
        "removed_entities": gone_entities,
        "removed_facts": gone_facts,
        "status_changes": _status_changes(old["status"], G1, old_reports - removed),
        "new_loops": new_loops,
        "broken_loops": broken_loops,
        "centrality_movers": _movers(old_centrality, result.centrality, G1, added),
    }


def _item(entry: dict) -> str:
    extra = [str(entry[k]) for k in ("date", "status", "action", "rating") if entry.get(k)]
    what = entry.get("name") or entry.get("summary") or entry.get("id")
    tail = f" ({', '.join(extra)})" if extra else ""
    return f"{what}{tail} [{', '.join(entry.get('reports') or []) or '-'}]"


def _sections(changes: dict) -> list[tuple[str, list[str]]]:
    """(heading, lines) of each non-empty part of a change report."""
    parts: list[tuple[str, list[str]]] = []
    parts.append(
        (
            "Reports added",
            [
                f"{r['id']} {r['date']} {r['title']}".strip()
                for r in changes.get("added_reports", [])
            ],
        )
    )
    parts.append(("Reports removed", list(changes.get("removed_reports", []))))
    for key, title in (
        ("new_entities", "New entities"),
        ("new_facts", "New facts"),
        ("removed_entities", "Entities removed"),
        ("removed_facts", "Facts removed"),
    ):
        lines = [
            f"{group}: {_item(e)}"
            for group, items in sorted(changes.get(key, {}).items())
            for e in items
        ]
        parts.append((title, lines))
    parts.append(
        (
            "Status changes",
            [
                f"{c['name']}: {c['from']} → {c['to']} [{', '.join(c['reports']) or '-'}]"
                for c in changes.get("status_changes", [])
            ],
        )
    )
    parts.append(("New money loops", [_item(x) for x in changes.get("new_loops", [])]))
    parts.append(("Broken money loops", [_item(x) for x in changes.get("broken_loops", [])]))
    parts.append(
        (
            "Centrality movers",
            [
                f"{m['projection']}: {m['name']} {m['measure']} "
                f"{m['before']:.4f} → {m['after']:.4f} "
                f"[{', '.join(m['reports']) or '-'}]"
                for m in changes.get("centrality_movers", [])
            ],
        )
    )
    return [(title, lines) for title, lines in parts if lines]


def changes_text(changes: dict) -> str:
    """The change report for the terminal (``aikg changes``).

    >>> print(changes_text({"removed_reports": ["r1"]}))
    Reports removed:
      r1
    """
    lines = []
    for title, items in _sections(changes):
        lines.append(f"{title}:")
        lines += [f"  {item}" for item in items]
    return "\n".join(lines) if lines else "nothing changed"


def changes_markdown(changes: dict) -> list[str]:
    """The "What changed" section of ``report.md`` (its lines)."""
    lines = ["", "## What changed", ""]
    sections = _sections(changes)
    if not sections:
        return lines + ["Nothing changed since the last build."]
    for title, items in sections:
        lines += [f"### {title}", ""] + [f"- {item}" for item in items] + [""]
    return lines
