"""Who is central: centrality measures on three documented projections of the graph.

Projections (each a plain NetworkX graph whose ``graph`` dict says what it is):

``whole``
    The typed graph as an undirected simple graph: every node but Report nodes, every
    relationship but the provenance ones (``MENTIONS``, ``RATES``); parallel and opposite
    relationships collapse into one unweighted edge.
``company``
    Companies and organisations, linked when they share a fact: an Investment or Deal
    node both are attached to (co-investors, investor and investee, payer and payee,
    partners), a ``PARTNERS_WITH`` or ``SUBSIDIARY_OF`` relationship, a supply chain
    both are in, or a chip one ``DESIGNS`` that the other buys in a deal. Undirected;
    ``weight`` = number of distinct shared facts.
``money``
    The money-flow graph (:func:`aikg.graph.money.money_flow_graph`) with parallel flows
    collapsed: directed payer -> payee, ``weight`` = approximate USD summed over the
    flows, an undisclosed flow counted at the smallest disclosed flow of the graph.

Measures: degree centrality (unweighted, fraction of other nodes adjacent; in + out on
the directed money graph), strength (weighted degree), PageRank, betweenness and
eigenvector centrality. Weighted projections use ``weight`` for strength, PageRank and
eigenvector, and ``1 / weight`` as distance for betweenness, so strong ties are short.
Betweenness is sampled (``k`` pivots, fixed seed) on graphs above a size threshold, and
eigenvector centrality that does not converge is recorded as None with a note. The
output says all of this per projection. Plain ``nx`` calls are used throughout, so an
installed NetworkX backend (such as nx-parallel) is dispatched to as configured.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from itertools import chain, combinations
from typing import Any

import networkx as nx

from aikg.graph.money import MONEY_LABELS, PARTY_LABELS, money_flow_graph

__all__ = [
    "MEASURES",
    "PROJECTIONS",
    "centrality_by_period",
    "centrality_measures",
    "company_projection",
    "compute_centrality",
    "money_projection",
    "period_subgraph",
    "project",
    "report_periods",
    "top_nodes",
    "top_nodes_by_period",
    "whole_projection",
]

PROJECTIONS: tuple[str, ...] = ("whole", "company", "money")
MEASURES: tuple[str, ...] = ("degree", "strength", "pagerank", "betweenness", "eigenvector")
PROVENANCE_TYPES: frozenset[str] = frozenset({"MENTIONS", "RATES"})
_DIRECT_TIES = frozenset({"PARTNERS_WITH", "SUBSIDIARY_OF"})
_BUYER_TYPES = frozenset({"PAYS_FOR", "MAKES_INVESTMENT"})


def whole_projection(G: nx.MultiDiGraph) -> nx.Graph:
    """The typed graph as an undirected, unweighted simple graph, provenance left out.

    Report nodes and ``MENTIONS``/``RATES`` relationships are excluded (they would make
    every report a hub); self-loops are dropped and parallel relationships collapse.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("report:r1", label="Report", name="r1")
    >>> G.add_node("company:a", label="Company", name="A")
    >>> G.add_node("model:m", label="Model", name="M")
    >>> G.add_edge("company:a", "model:m", type="RELEASED")
    0
    >>> G.add_edge("report:r1", "company:a", type="MENTIONS")
    0
    >>> sorted(whole_projection(G).edges())
    [('company:a', 'model:m')]
    """
    H = nx.Graph(
        projection="whole",
        description=(
            "Typed graph as an undirected simple graph; Report nodes and MENTIONS/RATES "
            "relationships excluded; parallel relationships collapsed; unweighted."
        ),
        weight=None,
    )
    for n, d in G.nodes(data=True):
        if d.get("label") != "Report":
            H.add_node(n, label=d.get("label"), name=d.get("name") or n)
    for u, v, d in G.edges(data=True):
        if d.get("type") not in PROVENANCE_TYPES and u != v and u in H and v in H:
            H.add_edge(u, v)
    return H


def company_projection(G: nx.MultiDiGraph) -> nx.Graph:
    """Companies and organisations linked by the facts they share; ``weight`` counts them.

    A fact is an Investment/Deal node both are attached to, a ``PARTNERS_WITH`` or
    ``SUBSIDIARY_OF`` relationship, a SupplyChain both are ``IN_SUPPLY_CHAIN`` of, or a
    deal that ``INVOLVES`` a chip one ``DESIGNS`` and the other pays for. The same deal
    counts once per pair however it links them. Edges keep ``facts`` (sorted ids) and
    ``distance`` (1 / weight, for betweenness).

    >>> from aikg.graph.money import add_money_event
    >>> G = nx.MultiDiGraph()
    >>> add_money_event(G, "investment:1", "Investment", ["company:a", "company:b"],
    ...                 ["company:c"], kind="equity")
    >>> H = company_projection(G)
    >>> sorted((u, v, d["weight"]) for u, v, d in H.edges(data=True))
    [('company:a', 'company:b', 1), ('company:a', 'company:c', 1), ('company:b', 'company:c', 1)]
    """
    parties = {n for n, d in G.nodes(data=True) if d.get("label") in PARTY_LABELS}
    facts: dict[tuple[str, str], set[str]] = {}

    def link(a: str, b: str, fact: str) -> None:
        if a != b:
            facts.setdefault((min(a, b), max(a, b)), set()).add(fact)

    for node, d in G.nodes(data=True):
        label = d.get("label")
        if label in MONEY_LABELS:
            members = {m for m in chain(G.predecessors(node), G.successors(node)) if m in parties}
            for a, b in combinations(sorted(members), 2):
                link(a, b, node)
        elif label == "SupplyChain":
            members = _sources(G, node, {"IN_SUPPLY_CHAIN"}) & parties
            for a, b in combinations(sorted(members), 2):
                link(a, b, node)
        elif label == "Chip":
            designers = _sources(G, node, {"DESIGNS"}) & parties
            for deal in _sources(G, node, {"INVOLVES"}):
                if G.nodes[deal].get("label") in MONEY_LABELS:
                    for buyer in _sources(G, deal, _BUYER_TYPES) & parties:
                        for designer in designers:
                            link(designer, buyer, deal)
    for u, v, k, d in G.edges(keys=True, data=True):
        if d.get("type") in _DIRECT_TIES and u in parties and v in parties:
            link(u, v, f"{d['type']}:{u}>{v}:{k}")

    H = nx.Graph(
        projection="company",
        description=(
            "Company/Organization nodes, undirected; linked when they share an Investment "
            "or Deal node, a PARTNERS_WITH or SUBSIDIARY_OF relationship, a supply chain, "
            "or a deal buying a chip one of them DESIGNS."
        ),
        weight="number of distinct shared facts",
    )
    H.add_nodes_from(
        (n, {"label": G.nodes[n].get("label"), "name": G.nodes[n].get("name") or n})
        for n in sorted(parties)
    )
    for (a, b), shared in sorted(facts.items()):
        H.add_edge(a, b, weight=len(shared), distance=1.0 / len(shared), facts=sorted(shared))
    return H


def money_projection(G: nx.MultiDiGraph, include_tentative: bool = False) -> nx.DiGraph:
    """The money-flow graph with parallel flows collapsed, weighted by approximate USD.

    ``weight`` sums ``amount_usd`` over a payer -> payee pair's flows; a flow whose amount
    is not disclosed (or not convertible) counts as the smallest disclosed flow of the
    graph, so it is never worth nothing; when no flow is disclosed every flow counts 1.
    Edges keep ``flows``, ``undisclosed`` (counts) and ``distance`` (1 / weight). The
    USD rates are approximate and serve ranking only.

    >>> from aikg.graph.money import add_money_event
    >>> G = nx.MultiDiGraph()
    >>> add_money_event(G, "deal:1", "Deal", ["company:a"], ["company:b"],
    ...                 kind="cloud_contract", amount=3e9, currency="USD")
    >>> add_money_event(G, "deal:2", "Deal", ["company:a"], ["company:b"],
    ...                 kind="cloud_contract")
    >>> add_money_event(G, "deal:3", "Deal", ["company:b"], ["company:c"],
    ...                 kind="chip_purchase", amount=1e9, currency="USD")
    >>> H = money_projection(G)
    >>> H["company:a"]["company:b"]["weight"], H["company:a"]["company:b"]["undisclosed"]
    (4000000000.0, 1)
    """
    F = money_flow_graph(G, include_tentative=include_tentative)
    disclosed = [d["amount_usd"] for _, _, d in F.edges(data=True) if d["amount_usd"] is not None]
    floor = min(disclosed) if disclosed else None
    H = nx.DiGraph(
        projection="money",
        description=(
            "Money-flow projection, directed payer -> payee between Company/Organization "
            "nodes, parallel flows collapsed"
            + (
                "; tentative flows included."
                if include_tentative
                else "; tentative flows left out."
            )
        ),
        weight=(
            "approximate USD summed over the flows (fixed rates, ranking only); an "
            f"undisclosed flow counts as the smallest disclosed flow ({floor:.6g} USD)"
            if floor is not None
            else "number of flows (no flow discloses a convertible amount)"
        ),
    )
    H.add_nodes_from(
        (n, {"label": d.get("label"), "name": d.get("name") or n}) for n, d in F.nodes(data=True)
    )
    for u, v, d in F.edges(data=True):
        usd = d["amount_usd"]
        value = usd if usd is not None else (floor if floor is not None else 1.0)
        if not H.has_edge(u, v):
            H.add_edge(u, v, weight=0.0, flows=0, undisclosed=0)
        e = H[u][v]
        e["weight"] += value
        e["flows"] += 1
        e["undisclosed"] += usd is None
    for _, _, e in H.edges(data=True):
        e["distance"] = 1.0 / e["weight"]
    return H


def project(G: nx.MultiDiGraph, projection: str, include_tentative: bool = False) -> nx.Graph:
    """The named projection of ``G``: one of ``PROJECTIONS``.

    >>> project(nx.MultiDiGraph(), "whole").graph["projection"]
    'whole'
    """
    if projection == "whole":
        return whole_projection(G)
    if projection == "company":
        return company_projection(G)
    if projection == "money":
        return money_projection(G, include_tentative=include_tentative)
    raise ValueError(f"unknown projection {projection!r}; expected one of {PROJECTIONS}")


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


def compute_centrality(
    G: nx.MultiDiGraph,
    projections: Iterable[str] = PROJECTIONS,
    *,
    include_tentative: bool = False,
    sample_threshold: int = 2000,
    sample_k: int = 200,
    seed: int = 0,
    max_iter: int = 1000,
) -> dict[str, Any]:
    """Centrality of every node of each projection of ``G``, JSON-ready.

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
    result: dict[str, Any] = {}
    for name in projections:
        H = project(G, name, include_tentative=include_tentative)
        weight = "weight" if H.graph.get("weight") else None
        measured = centrality_measures(
            H,
            weight,
            sample_threshold=sample_threshold,
            sample_k=sample_k,
            seed=seed,
            max_iter=max_iter,
        )
        nodes = {
            str(node): {
                "name": str(H.nodes[node].get("name") or node),
                "label": H.nodes[node].get("label"),
                **values,
            }
            for node, values in measured["nodes"].items()
        }
        result[name] = {
            "description": H.graph.get("description", ""),
            "directed": H.is_directed(),
            "weighted": weight is not None,
            "weight": H.graph.get("weight"),
            "measures": _measure_notes(weight is not None, H.is_directed()),
            "n_nodes": H.number_of_nodes(),
            "n_edges": H.number_of_edges(),
            "betweenness_sampled": measured["betweenness_sampled"],
            "eigenvector_converged": measured["eigenvector_converged"],
            "notes": measured["notes"],
            "nodes": nodes,
        }
    return result


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
    ranked = sorted(
        ((node, v) for node, v in nodes.items() if v.get(measure) is not None),
        key=lambda item: (-item[1][measure], item[0]),
    )
    return [
        {"id": node, "name": v.get("name"), "label": v.get("label"), measure: v[measure]}
        for node, v in ranked[:n]
    ]


def report_periods(G: nx.MultiDiGraph) -> dict[str, str]:
    """Report id -> period ('YYYY-MM'), as the ``reports``/``evidence_reports`` lists name them.

    Read from ``G.graph["reports"]`` (report id -> metadata with ``period``, as the
    builder writes it) and from Report nodes (their ``period``, for each id in their
    ``reports``). Reports without a period are left out.

    >>> G = nx.MultiDiGraph(reports={"r0": {"period": "2024-12"}})
    >>> G.add_node("report:r1", label="Report", reports=["r1"], period="2025-01")
    >>> report_periods(G)
    {'r0': '2024-12', 'r1': '2025-01'}
    """
    periods: dict[str, str] = {}
    for report, meta in (G.graph.get("reports") or {}).items():
        if isinstance(meta, Mapping) and meta.get("period"):
            periods[str(report)] = str(meta["period"])
    for n, d in G.nodes(data=True):
        if d.get("label") == "Report" and d.get("period"):
            for report in d.get("reports") or [n]:
                periods.setdefault(str(report), str(d["period"]))
    return dict(sorted(periods.items()))


def period_subgraph(G: nx.MultiDiGraph, reports: Collection[str]) -> nx.MultiDiGraph:
    """The part of ``G`` that the given reports evidence.

    A node belongs when its ``reports`` include one of them; a relationship when its
    ``evidence_reports`` do (its end nodes come along), or, having no evidence at all,
    when both its ends belong. Attributes are copied as they are.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("company:a", reports=["r1"])
    >>> G.add_node("company:b", reports=["r2"])
    >>> G.add_edge("company:a", "company:b", evidence_reports=["r2"])
    0
    >>> sorted(period_subgraph(G, {"r1"})), sorted(period_subgraph(G, {"r2"}))
    (['company:a'], ['company:a', 'company:b'])
    """
    wanted = set(reports)
    nodes = {n for n, d in G.nodes(data=True) if wanted.intersection(d.get("reports") or ())}
    edges = []
    for u, v, k, d in G.edges(keys=True, data=True):
        evidence = set(d.get("evidence_reports") or ())
        if evidence & wanted or (not evidence and u in nodes and v in nodes):
            edges.append((u, v, k, d))
    S = nx.MultiDiGraph(**G.graph)
    S.add_nodes_from(
        (n, G.nodes[n]) for n in sorted(nodes | {e[0] for e in edges} | {e[1] for e in edges})
    )
    S.add_edges_from(edges)
    return S


def centrality_by_period(
    G: nx.MultiDiGraph,
    projections: Iterable[str] = PROJECTIONS,
    *,
    cumulative: bool = False,
    **options: Any,
) -> dict[str, Any]:
    """:func:`compute_centrality` per report period, to see who became central when.

    Each period's graph is :func:`period_subgraph` of its reports (periods from
    :func:`report_periods`); with ``cumulative`` it holds the reports of that period and
    all earlier ones. ``options`` go to :func:`compute_centrality`. Returns
    ``{"cumulative": bool, "undated_reports": [...], "periods": {period: {"reports":
    [...], "centrality": <compute_centrality result>}}}`` with periods in order.

    >>> from aikg.graph.money import add_money_event
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
    periods = report_periods(G)
    by_period: dict[str, list[str]] = {}
    for report, period in periods.items():
        by_period.setdefault(period, []).append(report)
    mentioned = {r for _, d in G.nodes(data=True) for r in d.get("reports") or ()}
    out: dict[str, Any] = {
        "cumulative": cumulative,
        "undated_reports": sorted(r for r in mentioned if r not in periods),
        "periods": {},
    }
    seen: list[str] = []
    for period in sorted(by_period):
        reports = sorted(by_period[period])
        seen.extend(reports)
        chosen = sorted(seen) if cumulative else reports
        S = period_subgraph(G, chosen)
        out["periods"][period] = {
            "reports": chosen,
            "centrality": compute_centrality(S, projections, **options),
        }
    return out


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


def _sources(G: nx.MultiDiGraph, node: str, types: Collection[str]) -> set[str]:
    """Nodes with a relationship of one of ``types`` into ``node``."""
    return {u for u, _, d in G.in_edges(node, data=True) if d.get("type") in types}


def _measure_notes(weighted: bool, directed: bool) -> dict[str, str]:
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
