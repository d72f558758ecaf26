"""Centrality measures of one projection, computed the documented way.

Measures: degree centrality (unweighted, fraction of other nodes adjacent; in + out on
the directed money graph), strength (weighted degree), PageRank, betweenness and
eigenvector centrality. Weighted projections use ``weight`` for strength, PageRank and
eigenvector, and ``1 / weight`` as distance for betweenness, so strong ties are short.
Betweenness is sampled (``k`` pivots, fixed seed) on graphs above a size threshold, and
eigenvector centrality that does not converge is recorded as None with a note. The
output says all of this per projection (:func:`measure_notes`).

Engines: betweenness runs on python-igraph when it is installed (``pip install
aikg[fast]``; C code, the same pivots, paths and normalisation as NetworkX, so the same
values to rounding) and on ``nx.betweenness_centrality`` otherwise; eigenvector
centrality is NetworkX's own power iteration, done with a scipy sparse matrix when scipy
is there (the same iteration, start vector and stopping rule). ``engine="networkx"``
forces the plain NetworkX calls (which an installed NetworkX backend is dispatched to).
"""

from __future__ import annotations

import math
import random
from collections.abc import Collection, Mapping
from typing import Any

import networkx as nx

__all__ = ["CHEAP_MEASURES", "MEASURES", "betweenness", "centrality_measures", "measure_notes"]

MEASURES: tuple[str, ...] = ("degree", "strength", "pagerank", "betweenness", "eigenvector")
# The measures that cost about one pass over the edges (see centrality_by_period).
CHEAP_MEASURES: tuple[str, ...] = ("degree", "strength", "pagerank")
# The measures computed from the adjacency matrix (one matrix for both, with scipy).
_SPECTRAL = frozenset({"pagerank", "eigenvector"})


def centrality_measures(
    H: nx.Graph,
    weight: str | None = None,
    *,
    sample_threshold: int = 2000,
    sample_k: int = 200,
    seed: int = 0,
    max_iter: int = 1000,
    measures: Collection[str] = MEASURES,
    engine: str = "auto",
) -> dict[str, Any]:
    """Degree, strength, PageRank, betweenness and eigenvector centrality of ``H``.

    Only the ``measures`` named are computed; the others are None (with a note).
    ``engine`` is ``"auto"`` (igraph and scipy where installed) or ``"networkx"``.

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
    skipped = [m for m in MEASURES if m not in measures]
    if skipped:
        notes.append(f"not computed here: {', '.join(skipped)} (null)")
    none = dict.fromkeys(H)
    degree = nx.degree_centrality(H) if "degree" in measures else none
    strength = dict(H.degree(weight=weight)) if "strength" in measures else none
    # PageRank and eigenvector centrality read the same matrix: built once for both
    matrix = _adjacency(H, weight) if engine == "auto" and _SPECTRAL & set(measures) else None
    pagerank = _pagerank(H, weight, max_iter, notes, matrix) if "pagerank" in measures else none
    sampled = None
    between: Mapping[Any, float | None] = none
    if "betweenness" in measures:
        k = min(n, sample_k) if n > sample_threshold else None
        if k is not None:
            sampled = {"k": k, "seed": seed, "threshold": sample_threshold}
            notes.append(
                f"betweenness estimated from k={k} sampled pivots (seed {seed}) because the "
                f"projection has {n} > {sample_threshold} nodes"
            )
        between = betweenness(H, distance, k=k, seed=seed, engine=engine)
    converged = None
    eigen: Mapping[Any, float | None] = none
    if "eigenvector" in measures:
        converged = True
        try:
            eigen = _eigenvector(H, weight, max_iter, matrix)
        except nx.PowerIterationFailedConvergence:
            converged = False
            notes.append(f"eigenvector centrality did not converge in {max_iter} iterations; null")
    degree, strength, pagerank = _floats(degree), _floats(strength), _floats(pagerank)
    between, eigen = _floats(between), _floats(eigen)
    nodes = {
        node: {
            "degree": degree[node],
            "strength": strength[node],
            "pagerank": pagerank[node],
            "betweenness": between[node],
            "eigenvector": eigen[node],
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
    H: nx.Graph,
    weight: str | None,
    max_iter: int,
    notes: list[str],
    matrix: Any = None,
) -> Mapping[Any, float | None]:
    """``nx.pagerank``; from ``matrix`` (:func:`_adjacency` of ``H``) when given; without
    scipy, the same by pure-Python power iteration (noted).

    Values are None, with a note, when the iteration does not converge.
    """
    try:
        if matrix is not None:
            return _pagerank_of_matrix(matrix, list(H), max_iter)
        try:
            return nx.pagerank(H, weight=weight, max_iter=max_iter)
        except ImportError:
            notes.append("pagerank: scipy not installed; computed by pure-Python power iteration")
            return _pagerank_power(H, weight=weight, max_iter=max_iter)
    except nx.PowerIterationFailedConvergence:
        notes.append(f"pagerank did not converge in {max_iter} iterations; values are null")
        return dict.fromkeys(H)


def _adjacency(H: nx.Graph, weight: str | None) -> Any:
    """``H``'s adjacency matrix (float CSR, rows and columns in node order), as
    ``nx.pagerank`` builds it, or None when scipy is not installed."""
    try:
        import scipy.sparse  # noqa: F401  (to_scipy_sparse_array needs it)
    except ImportError:
        return None
    return nx.to_scipy_sparse_array(H, nodelist=list(H), weight=weight, dtype=float)


def _pagerank_of_matrix(
    A: Any, nodes: list, max_iter: int, alpha: float = 0.85, tol: float = 1.0e-6
) -> dict[Any, float]:
    """PageRank from the adjacency matrix ``A`` of ``nodes``: NetworkX's scipy power
    iteration step for step (uniform start, teleport and dangling weights; the dangling
    mass summed by Python's ``sum`` as it does), so the values are bit for bit those of
    ``nx.pagerank``.

    >>> A = nx.to_scipy_sparse_array(nx.path_graph(3), dtype=float)
    >>> _pagerank_of_matrix(A, [0, 1, 2], 100) == nx.pagerank(nx.path_graph(3))
    True
    """
    import numpy as np
    import scipy.sparse

    N = len(nodes)
    S = A.sum(axis=1)
    S[S != 0] = 1.0 / S[S != 0]
    Q = scipy.sparse.dia_array((S.T, 0), shape=A.shape).tocsr()
    A = Q @ A
    x = np.repeat(1.0 / N, N)
    p = np.repeat(1.0 / N, N)
    is_dangling = np.where(S == 0)[0]
    for _ in range(max_iter):
        xlast = x
        x = alpha * (x @ A + sum(x[is_dangling]) * p) + (1 - alpha) * p
        if np.absolute(x - xlast).sum() < N * tol:
            return dict(zip(nodes, map(float, x), strict=True))
    raise nx.PowerIterationFailedConvergence(max_iter)


def _floats(values: Mapping[Any, float | None]) -> Mapping[Any, float | None]:
    """Each value as a Python float (None stays None): numpy's and ints become floats."""
    return {node: None if value is None else float(value) for node, value in values.items()}


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


def _igraph():
    """The igraph module, or None when it is not installed."""
    try:
        import igraph
    except ImportError:
        return None
    return igraph


def betweenness(
    H: nx.Graph,
    distance: str | None = None,
    *,
    k: int | None = None,
    seed: int = 0,
    engine: str = "auto",
) -> dict[Any, float]:
    """Normalised betweenness of ``H``, as ``nx.betweenness_centrality(H, k, seed=seed,
    weight=distance)`` defines it, on igraph when installed (and ``engine`` is "auto").

    With ``k`` the pivots are the ones NetworkX draws (``random.Random(seed).sample``)
    and the same per-node rescaling is applied, so both engines agree to rounding; on
    weighted graphs igraph takes two path lengths within its tolerance as one (equal
    in exact arithmetic), where NetworkX would need the floats to be identical.

    >>> round(betweenness(nx.path_graph(3))[1], 6), betweenness(nx.path_graph(3))[0]
    (1.0, 0.0)
    """
    igraph = _igraph() if engine == "auto" else None
    if igraph is None or H.number_of_nodes() == 0:
        return nx.betweenness_centrality(H, k=k, seed=seed, weight=distance)
    nodes = list(H)
    index = {node: i for i, node in enumerate(nodes)}
    g = igraph.Graph(
        n=len(nodes), edges=[(index[u], index[v]) for u, v in H.edges()], directed=H.is_directed()
    )
    weights = [d.get(distance, 1) for _, _, d in H.edges(data=True)] if distance else None
    if weights and min(weights) > 0:
        # igraph compares path lengths with an absolute tolerance (1e-10): money
        # distances (1 / USD) are below it. Scaling every distance alike keeps the
        # shortest paths and brings the lengths to where the tolerance means rounding.
        smallest = min(weights)
        weights = [w / smallest for w in weights]
    sources = random.Random(seed).sample(nodes, k) if k is not None and k < len(nodes) else None
    raw = g.betweenness(
        directed=H.is_directed(),
        weights=weights,
        sources=[index[s] for s in sources] if sources else None,
    )
    pairs = len(nodes) - 1  # NetworkX's N: the targets a path through v may end at
    if pairs < 2:
        return {node: float(raw[i]) for i, node in enumerate(nodes)}
    # igraph counts an undirected pair once, NetworkX's accumulation twice.
    ordered = 1.0 if H.is_directed() else 2.0
    if sources is None:
        return {node: ordered * raw[i] / (pairs * (pairs - 1)) for i, node in enumerate(nodes)}
    pivots = set(sources)
    return {
        node: ordered * raw[i] / ((len(sources) - (node in pivots)) * (pairs - 1))
        for i, node in enumerate(nodes)
    }


def _eigenvector(
    H: nx.Graph, weight: str | None, max_iter: int, matrix: Any = None, tol: float = 1.0e-6
) -> dict[Any, float]:
    """``nx.eigenvector_centrality(H, max_iter, weight=weight)``, by sparse matrix
    products from ``matrix`` (:func:`_adjacency` of ``H``) when given: x <- (A + I)^T x,
    L2-normalised, from the uniform vector, until the L1 change is below n * tol
    (NetworkX's iteration exactly); without it, NetworkX's own."""
    if matrix is None:
        return nx.eigenvector_centrality(H, max_iter=max_iter, weight=weight)
    import numpy as np

    nodes = list(H)
    AT = matrix.T.tocsr()
    x = np.full(len(nodes), 1.0 / len(nodes))
    for _ in range(max_iter):
        last = x
        x = last + AT @ last
        norm = math.sqrt(float(x @ x)) or 1.0
        x = x / norm
        if float(np.abs(x - last).sum()) < len(nodes) * tol:
            return {node: float(x[i]) for i, node in enumerate(nodes)}
    raise nx.PowerIterationFailedConvergence(max_iter)
