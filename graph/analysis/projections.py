"""Three documented projections of the typed graph, for the centrality measures.

Each is a plain NetworkX graph whose ``graph`` dict says what it is:

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
    The money-flow graph (:func:`aikg.graph.analysis.money.money_flow_graph`) with
    parallel flows collapsed: directed payer -> payee, ``weight`` = approximate USD summed
    over the flows, an undisclosed flow counted at the smallest disclosed flow of the
    graph.

Weighted projections also carry ``distance`` = 1 / weight on their edges, for
betweenness (strong ties are short).
"""

from __future__ import annotations

from collections.abc import Collection
from itertools import chain, combinations

import networkx as nx

from aikg.graph.analysis.flows import MONEY_LABELS, money_events, to_usd
from aikg.schema import MONEY_ROLES, PARTY_LABELS

__all__ = [
    "PROJECTIONS",
    "PROVENANCE_TYPES",
    "company_projection",
    "money_projection",
    "project",
    "whole_projection",
]

PROJECTIONS: tuple[str, ...] = ("whole", "company", "money")
PROVENANCE_TYPES: frozenset[str] = frozenset({"MENTIONS", "RATES"})
_DIRECT_TIES = frozenset({"PARTNERS_WITH", "SUBSIDIARY_OF"})
_BUYER_TYPES = frozenset(t for t, side in MONEY_ROLES.items() if side == "payer")


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
    # networkx's own node and adjacency dicts, only read, in the order its views give
    # them: the views cost more than the work done per edge
    for n, d in G._node.items():
        if d.get("label") != "Report":
            H.add_node(n, label=d.get("label"), name=d.get("name") or n)
    for u, neighbours in G._succ.items():
        for v, keyed in neighbours.items():
            for d in keyed.values():
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

    >>> from aikg.graph.analysis.money import add_money_event
    >>> G = nx.MultiDiGraph()
    >>> add_money_event(G, "investment:1", "Investment", ["company:a", "company:b"],
    ...                 ["company:c"], kind="equity")
    >>> H = company_projection(G)
    >>> sorted((u, v, d["weight"]) for u, v, d in H.edges(data=True))
    [('company:a', 'company:b', 1), ('company:a', 'company:c', 1), ('company:b', 'company:c', 1)]
    """
    # networkx's own node and adjacency dicts, only read, in the order its views give
    # them: the views cost more than the work done per node and edge
    nodes, pred, succ = G._node, G._pred, G._succ
    parties = {n for n, d in nodes.items() if d.get("label") in PARTY_LABELS}
    facts: dict[tuple[str, str], set[str]] = {}

    def link(a: str, b: str, fact: str) -> None:
        if a != b:
            facts.setdefault((min(a, b), max(a, b)), set()).add(fact)

    for node, d in nodes.items():
        label = d.get("label")
        if label in MONEY_LABELS:
            members = {m for m in chain(pred[node], succ[node]) if m in parties}
            for a, b in combinations(sorted(members), 2):
                link(a, b, node)
        elif label == "SupplyChain":
            members = _sources(G, node, {"IN_SUPPLY_CHAIN"}) & parties
            for a, b in combinations(sorted(members), 2):
                link(a, b, node)
        elif label == "Chip":
            designers = _sources(G, node, {"DESIGNS"}) & parties
            for deal in _sources(G, node, {"INVOLVES"}):
                if nodes[deal].get("label") in MONEY_LABELS:
                    for buyer in _sources(G, deal, _BUYER_TYPES) & parties:
                        for designer in designers:
                            link(designer, buyer, deal)
    for u, neighbours in succ.items():
        for v, keyed in neighbours.items():
            for k, d in keyed.items():
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
        (n, {"label": nodes[n].get("label"), "name": nodes[n].get("name") or n})
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

    >>> from aikg.graph.analysis.money import add_money_event
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
    flows = _flow_amounts(G, include_tentative)
    disclosed = [usd for out in flows.values() for amounts in out.values() for usd in amounts]
    disclosed = [usd for usd in disclosed if usd is not None]
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
        (n, {"label": G.nodes[n].get("label"), "name": G.nodes[n].get("name") or n}) for n in flows
    )
    for u, out in flows.items():
        for v, amounts in out.items():
            weight = 0.0
            for usd in amounts:  # summed in flow order, as the flows were read
                weight += usd if usd is not None else (floor if floor is not None else 1.0)
            undisclosed = sum(usd is None for usd in amounts)
            counts = {"flows": len(amounts), "undisclosed": undisclosed}
            H.add_edge(u, v, weight=weight, **counts, distance=1.0 / weight)
    return H


def _flow_amounts(
    G: nx.MultiDiGraph, include_tentative: bool
) -> dict[str, dict[str, list[float | None]]]:
    """payer -> payee -> the approximate USD of each flow (None: not disclosed), in the
    order :func:`money_flow_graph` would hold them (its nodes, each one's payees, their
    flows), without building that graph's evidence and attributes."""
    flows: dict[str, dict[str, list[float | None]]] = {}
    for _, attrs, _, _, _, payers, payees in money_events(G, include_tentative):
        usd = to_usd(attrs.get("amount"), attrs.get("currency"))
        for payer in payers:
            for payee in payees:
                if payer != payee:
                    flows.setdefault(payer, {})
                    flows.setdefault(payee, {})
                    flows[payer].setdefault(payee, []).append(usd)
    return flows


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


def _sources(G: nx.MultiDiGraph, node: str, types: Collection[str]) -> set[str]:
    """Nodes with a relationship of one of ``types`` into ``node``."""
    return {
        u for u, keyed in G._pred[node].items() for d in keyed.values() if d.get("type") in types
    }
