"""Who is central: centrality measures on three documented projections of the graph.

:func:`compute_centrality` projects the typed graph (:mod:`aikg.graph.analysis.projections`:
``whole``, ``company``, ``money``), measures each projection
(:mod:`aikg.graph.analysis.measures`: degree, strength, PageRank, betweenness,
eigenvector) and says per projection how it did; :func:`centrality_by_period` does the
same for the reports of each period (:mod:`aikg.graph.analysis.periods`), to see who
became central when; :func:`top_nodes` ranks a result.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from aikg.graph.analysis.measures import (
    CHEAP_MEASURES,
    MEASURES,
    centrality_measures,
    measure_notes,
)
from aikg.graph.analysis.periods import period_subgraphs, report_periods
from aikg.graph.analysis.projections import PROJECTIONS, project

# Per period by default: the measures that cost about one pass over the edges.
# Betweenness and eigenvector centrality (shortest paths from many pivots, an iteration
# to convergence) are asked for by name: on every period graph they would cost several
# full passes.
PERIOD_MEASURES: tuple[str, ...] = CHEAP_MEASURES

__all__ = [
    "PERIOD_MEASURES",
    "centrality_by_period",
    "compute_centrality",
    "period_reports",
    "projection_centrality",
    "top_nodes",
    "top_nodes_by_period",
]


def compute_centrality(
    G: nx.MultiDiGraph,
    projections: Iterable[str] = PROJECTIONS,
    *,
    include_tentative: bool = False,
    sample_threshold: int = 2000,
    sample_k: int = 200,
    seed: int = 0,
    max_iter: int = 1000,
    measures: Iterable[str] = MEASURES,
    engine: str = "auto",
) -> dict[str, Any]:
    """Centrality of every node of each projection of ``G``, JSON-ready.

    ``measures`` limits what is computed (the others are null, with a note); ``engine``
    is that of :func:`centrality_measures` ("auto": igraph and scipy where installed).

    Returns ``{projection: {"description", "directed", "weighted", "weight", "measures",
    "n_nodes", "n_edges", "betweenness_sampled", "eigenvector_converged", "notes",
    "nodes": {id: {"name", "label", "degree", "strength", "pagerank", "betweenness",
    "eigenvector"}}}}``. ``measures`` says how each measure was computed (weighted or
    not). See :func:`centrality_measures` for the sampling and convergence rules.

    >>> G = nx.MultiDiGraph()
    >>> for leaf in "bcd":
    ...     _ = G.add_edge("company:a", f"company:{leaf}", type="PARTNERS_WITH")
    >>> nx.set_node_attributes(G, "Company", "label")
    >>> r = compute_centrality(G, ["company"])
    >>> r["company"]["nodes"]["company:a"]["degree"], r["company"]["weighted"]
    (1.0, True)
    """
    options = dict(sample_threshold=sample_threshold, sample_k=sample_k, seed=seed)
    options.update(max_iter=max_iter, measures=tuple(measures), engine=engine)
    return {
        name: projection_centrality(
            project(G, name, include_tentative=include_tentative), **options
        )
        for name in projections
    }


def projection_centrality(
    H: nx.Graph,
    *,
    sample_threshold: int = 2000,
    sample_k: int = 200,
    seed: int = 0,
    max_iter: int = 1000,
    measures: Iterable[str] = MEASURES,
    engine: str = "auto",
) -> dict[str, Any]:
    """The centrality of one projected graph ``H`` (from
    :func:`~aikg.graph.analysis.projections.project`), as :func:`compute_centrality`
    gives it per projection: for a caller that already holds the projection (the
    update's memo fingerprints it first) and need not project it again."""
    weight = "weight" if H.graph.get("weight") else None
    measured = centrality_measures(
        H,
        weight,
        sample_threshold=sample_threshold,
        sample_k=sample_k,
        seed=seed,
        max_iter=max_iter,
        measures=tuple(measures),
        engine=engine,
    )
    attrs = H._node  # read for every node: the NodeView's lookup costs more than the dict's
    nodes = {
        str(node): {
            "name": str(attrs[node].get("name") or node),
            "label": attrs[node].get("label"),
            **values,
        }
        for node, values in measured["nodes"].items()
    }
    return {
        "description": H.graph.get("description", ""),
        "directed": H.is_directed(),
        "weighted": weight is not None,
        "weight": H.graph.get("weight"),
        "measures": measure_notes(weight is not None, H.is_directed()),
        "n_nodes": H.number_of_nodes(),
        "n_edges": H.number_of_edges(),
        "betweenness_sampled": measured["betweenness_sampled"],
        "eigenvector_converged": measured["eigenvector_converged"],
        "notes": measured["notes"],
        "nodes": nodes,
    }


def top_nodes(
    result: Mapping[str, Any], projection: str, measure: str, n: int = 10
) -> list[dict[str, Any]]:
    """The ``n`` nodes ranked highest by ``measure`` in one projection of a result.

    Nodes whose value is null (e.g. eigenvector did not converge) are left out; ties are
    broken by node id.

    >>> r = {"whole": {"nodes": {"x": {"name": "X", "label": "Company", "degree": 0.5},
    ...                          "y": {"name": "Y", "label": "Company", "degree": 1.0}}}}
    >>> top_nodes(r, "whole", "degree", 1)
    [{'id': 'y', 'name': 'Y', 'label': 'Company', 'degree': 1.0}]
    """
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}; expected one of {MEASURES}")
    nodes = result[projection]["nodes"]
    # the n first of the sorted order (heapq.nsmallest is sorted()[:n], without sorting
    # the thousands of nodes of a large build)
    ranked = heapq.nsmallest(
        n,
        ((node, v) for node, v in nodes.items() if v.get(measure) is not None),
        key=lambda item: (-item[1][measure], item[0]),
    )
    return [
        {"id": node, "name": v.get("name"), "label": v.get("label"), measure: v[measure]}
        for node, v in ranked
    ]


def centrality_by_period(
    G: nx.MultiDiGraph,
    projections: Iterable[str] = PROJECTIONS,
    *,
    cumulative: bool = False,
    measures: Iterable[str] = PERIOD_MEASURES,
    **options: Any,
) -> dict[str, Any]:
    """:func:`compute_centrality` per report period, to see who became central when.

    Each period's graph is :func:`period_subgraph` of its reports (periods from
    :func:`report_periods`); with ``cumulative`` it holds the reports of that period and
    all earlier ones. Only ``measures`` are computed per period (by default
    :data:`PERIOD_MEASURES`: degree, strength and PageRank, so that the whole per-period
    pass stays within a few full passes); pass ``measures=MEASURES`` for all of them. ``options``
    go to :func:`compute_centrality`. Returns
    ``{"cumulative": bool, "undated_reports": [...], "periods": {period: {"reports":
    [...], "centrality": <compute_centrality result>}}}`` with periods in order.

    >>> from aikg.graph.analysis.money import add_money_event
    >>> G = nx.MultiDiGraph(reports={"r1": {"period": "2025-01"}, "r2": {"period": "2025-02"}})
    >>> add_money_event(G, "deal:1", "Deal", ["company:a"], ["company:b"],
    ...                 evidence=("r1", "A pays B.", "line 1"), kind="payment")
    >>> add_money_event(G, "deal:2", "Deal", ["company:c"], ["company:b"],
    ...                 evidence=("r2", "C pays B.", "line 9"), kind="payment")
    >>> out = centrality_by_period(G, ["money"], cumulative=True)
    >>> [sorted(p["centrality"]["money"]["nodes"]) for p in out["periods"].values()]
    [['company:a', 'company:b'], ['company:a', 'company:b', 'company:c']]
    """
    projections = tuple(projections)
    undated, periods = period_reports(G, cumulative)
    out: dict[str, Any] = {"cumulative": cumulative, "undated_reports": undated, "periods": {}}
    subgraphs = period_subgraphs(G, [chosen for _, chosen in periods])
    for (period, chosen), S in zip(periods, subgraphs, strict=True):
        out["periods"][period] = {
            "reports": chosen,
            "centrality": compute_centrality(S, projections, measures=measures, **options),
        }
    return out


def period_reports(
    G: nx.MultiDiGraph, cumulative: bool = False
) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """The reports no period holds (undated), and period by period in order, the reports
    that period's graph is made of (with ``cumulative``, that period's and all before).

    >>> G = nx.MultiDiGraph(reports={"r1": {"period": "2025-01"}, "r2": {"period": "2025-02"}})
    >>> period_reports(G, cumulative=True)
    ([], [('2025-01', ['r1']), ('2025-02', ['r1', 'r2'])])
    """
    periods = report_periods(G)
    by_period: dict[str, list[str]] = {}
    for report, period in periods.items():
        by_period.setdefault(period, []).append(report)
    mentioned = {r for _, d in G.nodes(data=True) for r in d.get("reports") or ()}
    undated = sorted(r for r in mentioned if r not in periods)
    out: list[tuple[str, list[str]]] = []
    seen: list[str] = []
    for period in sorted(by_period):
        reports = sorted(by_period[period])
        seen.extend(reports)
        out.append((period, sorted(seen) if cumulative else reports))
    return undated, out


def top_nodes_by_period(
    by_period: Mapping[str, Any], projection: str, measure: str, n: int = 10
) -> dict[str, list[dict[str, Any]]]:
    """:func:`top_nodes` for every period of a :func:`centrality_by_period` result.

    >>> r = {"periods": {"2025-01": {"centrality": {"money": {"nodes": {
    ...     "x": {"name": "X", "label": "Company", "pagerank": 0.7}}}}}}}
    >>> top_nodes_by_period(r, "money", "pagerank", 3)["2025-01"][0]["id"]
    'x'
    """
    return {
        period: top_nodes(entry["centrality"], projection, measure, n)
        for period, entry in by_period["periods"].items()
    }
