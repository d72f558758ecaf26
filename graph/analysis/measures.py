"""Centrality measures of one projection, computed the documented way.

Measures: degree centrality (unweighted, fraction of other nodes adjacent; in + out on
the directed money graph), strength (weighted degree), PageRank, betweenness and
eigenvector centrality. Weighted projections use ``weight`` for strength, PageRank and
eigenvector, and ``1 / weight`` as distance for betweenness, so strong ties are short.
Betweenness is sampled (``k`` pivots, fixed seed) on graphs above a size threshold, and
eigenvector centrality that does not converge is recorded as None with a note. The
output says all of this per projection (:func:`measure_notes`). Plain ``nx`` calls are
used throughout, so an installed NetworkX backend (such as nx-parallel) is dispatched to
as configured.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import networkx as nx

__all__ = ["MEASURES", "centrality_measures", "measure_notes"]

MEASURES: tuple[str, ...] = ("degree", "strength", "pagerank", "betweenness", "eigenvector")


def centrality_measures(
    H: nx.Graph,
    weight: str | None = None,
    *,
    sample_threshold: int = 2000,
    sample_k: int = 200,
    seed: int = 0,
    max_iter: int = 1000,
) -> dict[str, Any]:
    """Degree, strength, PageRank, betweenness and eigenvector centrality of ``H``.

    With ``weight`` set, strength, PageRank and eigenvector use that edge attribute and
    betweenness uses ``distance`` (1 / weight; the projections write it). Above
    ``sample_threshold`` nodes betweenness is estimated from ``k = min(n, sample_k)``
    pivots drawn with ``seed``; ``betweenness_sampled`` records it. Eigenvector values
    are None, with a note, when the power iteration does not converge in ``max_iter``.
    Returns ``{"nodes": {id: {measure: value}}, "betweenness_sampled": ...,
    "eigenvector_converged": ..., "notes": [...]}``.

    >>> m = centrality_measures(nx.path_graph(3))
    >>> m["nodes"][1]["degree"], m["nodes"][1]["betweenness"], m["betweenness_sampled"]
    (1.0, 1.0, None)
    """
    notes: list[str] = []
    n = H.number_of_nodes()
    if n == 0:
        return {
            "nodes": {},
            "betweenness_sampled": None,
            "eigenvector_converged": None,
            "notes": ["empty projection: no nodes"],
        }
    distance = "distance" if weight is not None else None
    degree = nx.degree_centrality(H)
    strength = dict(H.degree(weight=weight))
    pagerank = _pagerank(H, weight, max_iter, notes)
    sampled = None
    if n > sample_threshold:
        k = min(n, sample_k)
        sampled = {"k": k, "seed": seed, "threshold": sample_threshold}
        notes.append(
            f"betweenness estimated from k={k} sampled pivots (seed {seed}) because the "
            f"projection has {n} > {sample_threshold} nodes"
        )
        betweenness = nx.betweenness_centrality(H, k=k, seed=seed, weight=distance)
    else:
        betweenness = nx.betweenness_centrality(H, weight=distance)
    converged = True
    eigen: Mapping[Any, float | None]
    try:
        eigen = nx.eigenvector_centrality(H, max_iter=max_iter, weight=weight)
    except nx.PowerIterationFailedConvergence:
        converged = False
        eigen = dict.fromkeys(H)
        notes.append(f"eigenvector centrality did not converge in {max_iter} iterations; null")
    nodes = {
        node: {
            "degree": float(degree[node]),
            "strength": float(strength[node]),
            "pagerank": _float(pagerank[node]),
            "betweenness": float(betweenness[node]),
            "eigenvector": _float(eigen[node]),
        }
        for node in H
    }
    return {
        "nodes": nodes,
        "betweenness_sampled": sampled,
        "eigenvector_converged": converged,
        "notes": notes,
    }


def measure_notes(weighted: bool, directed: bool) -> dict[str, str]:
    """How each measure was computed, in words, for the output of a projection."""
    w = "weighted by 'weight'" if weighted else "unweighted"
    return {
        "degree": "unweighted degree centrality: fraction of the other nodes adjacent"
        + (" (in + out)" if directed else ""),
        "strength": "sum of edge weights at the node" if weighted else "degree (unweighted)",
        "pagerank": f"PageRank, alpha 0.85, {w}"
        + (", following the direction of money" if directed else ""),
        "betweenness": "normalised shortest-path betweenness, "
        + ("distance = 1 / weight" if weighted else "hop counts")
        + (", directed" if directed else ""),
        "eigenvector": f"eigenvector centrality, {w}"
        + (", from in-edges (paid by central payers)" if directed else ""),
    }


def _pagerank(
    H: nx.Graph, weight: str | None, max_iter: int, notes: list[str]
) -> Mapping[Any, float | None]:
    """``nx.pagerank``; without scipy, the same by pure-Python power iteration (noted).

    Values are None, with a note, when the iteration does not converge.
    """
    try:
        try:
            return nx.pagerank(H, weight=weight, max_iter=max_iter)
        except ImportError:
            notes.append("pagerank: scipy not installed; computed by pure-Python power iteration")
            return _pagerank_power(H, weight=weight, max_iter=max_iter)
    except nx.PowerIterationFailedConvergence:
        notes.append(f"pagerank did not converge in {max_iter} iterations; values are null")
        return dict.fromkeys(H)


def _float(value: float | None) -> float | None:
    return None if value is None else float(value)


def _pagerank_power(
    H: nx.Graph,
    alpha: float = 0.85,
    weight: str | None = "weight",
    tol: float = 1.0e-6,
    max_iter: int = 100,
) -> dict[Any, float]:
    """PageRank by power iteration in pure Python (networkx's needs scipy).

    Same model as ``nx.pagerank``: uniform teleport, dangling nodes spread uniformly,
    undirected edges followed both ways.
    """
    D = H if H.is_directed() else H.to_directed()
    n = D.number_of_nodes()
    out_w = {
        u: sum(d.get(weight, 1) if weight else 1 for _, _, d in D.out_edges(u, data=True))
        for u in D
    }
    x = dict.fromkeys(D, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(x[u] for u in D if not out_w[u]) / n
        new = dict.fromkeys(D, (1.0 - alpha) / n + dangling)
        for u, v, d in D.edges(data=True):
            if out_w[u]:
                new[v] += alpha * x[u] * (d.get(weight, 1) if weight else 1) / out_w[u]
        error = sum(abs(new[u] - x[u]) for u in D)
        x = new
        if error < n * tol:
            return x
    raise nx.PowerIterationFailedConvergence(max_iter)
