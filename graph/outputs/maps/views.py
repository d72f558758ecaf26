"""Which part of the graph a map shows: the facts (no provenance), focused on a company,
the money, a period or some labels, and at most so many nodes, with notes saying what was
left out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx

from aikg.schema import LABELS, MONEY_ROLES, PARTY_LABELS

__all__ = ["HIDDEN_LABELS", "HIDDEN_TYPES", "MAX_NODES", "MapView", "select", "find_nodes"]

HIDDEN_TYPES = frozenset({"MENTIONS"})  # provenance lives in tooltips, not as map edges
HIDDEN_LABELS = frozenset({"Report"})
MAX_NODES = 10_000  # a map keeps at most this many nodes, the most central ones


@dataclass(frozen=True)
class MapView:
    """What to draw. Every field narrows the map; the defaults draw all of its facts.

    ``since`` and ``until`` are dates or months (YYYY, YYYY-MM or YYYY-MM-DD, both ends
    included, compared at the precision the report gave); ``top`` keeps the most central
    nodes (PageRank) when there are more.
    """

    company: str | None = None
    hops: int = 2
    money: bool = False
    since: str | None = None
    until: str | None = None
    labels: tuple[str, ...] = ()
    top: int = MAX_NODES

    def file_name(self) -> str:
        """A file name that says what the map shows.

        >>> MapView(company="英伟达", money=True).file_name(), MapView().file_name()
        ('map-英伟达-2hops-money.html', 'map.html')
        """
        parts = ["map"]
        if self.company:
            parts += [self.company.replace("/", "_").replace(" ", "_"), f"{self.hops}hops"]
        if self.money:
            parts.append("money")
        if self.since or self.until:
            parts.append(f"{self.since or 'start'}_{self.until or 'end'}")
        if self.labels:
            parts.append("-".join(self.labels))
        if self.top != MAX_NODES:
            parts.append(f"top{self.top}")
        return "-".join(parts) + ".html"

    def describe(self) -> str:
        """A few words for the page title: "英伟达 ±2 hops, money, 2025-09 – 2025-12"."""
        parts = []
        if self.company:
            parts.append(f"{self.company} ±{self.hops} hop{'s' if self.hops != 1 else ''}")
        if self.money:
            parts.append("money flows")
        if self.since or self.until:
            parts.append(f"{self.since or '…'} – {self.until or '…'}")
        if self.labels:
            parts.append(", ".join(self.labels))
        return "; ".join(parts) or "all facts"


def find_nodes(G: nx.MultiDiGraph, name: str) -> list[str]:
    """The nodes whose id, name or any alias (Chinese or English) is `name`, ignoring case.

    >>> G = nx.MultiDiGraph(); G.add_node("company:nvidia", name="NVIDIA", aliases=["英伟达"])
    >>> find_nodes(G, "英伟达"), find_nodes(G, "nvidia"), find_nodes(G, "AMD")
    (['company:nvidia'], ['company:nvidia'], [])
    """
    wanted = name.strip().casefold()
    found = []
    for node, attrs in G.nodes(data=True):
        keys = {str(node), str(node).split(":", 1)[-1], str(attrs.get("name", ""))}
        keys.update(str(a) for a in attrs.get("aliases") or ())
        if wanted in {k.strip().casefold() for k in keys}:
            found.append(node)
    return found


def _date_parts(text: str | None) -> tuple[int, ...] | None:
    parts = str(text or "").strip().split("-")
    if not parts[0] or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        return None
    return tuple(int(p) for p in parts[:3])


def check_date(option: str, value: str | None) -> tuple[int, ...] | None:
    """`value` as date parts; ValueError naming `option` if it is not YYYY[-MM[-DD]]."""
    if value is None:
        return None
    parts = _date_parts(value)
    if parts is None or (len(parts) > 1 and not 1 <= parts[1] <= 12):
        raise ValueError(f"{option} {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    return parts


def in_period(date: str | None, since, until) -> bool | None:
    """Whether a date lies in [since, until] compared at their common precision; None
    when it is no date."""
    parts = _date_parts(date)
    if parts is None:
        return None
    if since and parts[: len(since)] < since[: len(parts)]:
        return False
    return not (until and parts[: len(until)] > until[: len(parts)])


def facts_graph(G: nx.MultiDiGraph) -> tuple[nx.MultiDiGraph, list[str]]:
    """`G` without Report nodes and MENTIONS edges, and a note of what that left out."""
    hidden = [n for n, lab in G.nodes(data="label") if lab in HIDDEN_LABELS]
    H = nx.MultiDiGraph()
    H.add_nodes_from((n, d) for n, d in G.nodes(data=True) if d.get("label") not in HIDDEN_LABELS)
    mentions = 0
    for u, v, k, d in G.edges(keys=True, data=True):
        if d.get("type") in HIDDEN_TYPES:
            mentions += 1
        elif u in H and v in H:
            H.add_edge(u, v, key=k, **d)
    notes = []
    if hidden or mentions:
        notes.append(
            f"not drawn: {len(hidden)} Report nodes and {mentions} MENTIONS edges "
            "(the provenance is in each tooltip)"
        )
    return H, notes


def _keep(H: nx.MultiDiGraph, nodes) -> nx.MultiDiGraph:
    return H.subgraph(nodes).copy()


def _by_period(H: nx.MultiDiGraph, view: MapView) -> nx.MultiDiGraph:
    since, until = check_date("--since", view.since), check_date("--until", view.until)
    dated = {n for n, d in H.nodes(data="date") if in_period(d, since, until)}
    keep = set(dated)
    edges = []
    for u, v, k, d in H.edges(keys=True, data=True):
        inside = in_period(d.get("date"), since, until)
        if inside or (inside is None and (u in dated or v in dated)):
            edges.append((u, v, k))
            keep.update((u, v))
    P = nx.MultiDiGraph()
    P.add_nodes_from((n, H.nodes[n]) for n in keep)
    P.add_edges_from((u, v, k, H.edges[u, v, k]) for u, v, k in edges)
    return P


def _money(H: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Companies and organisations, and the investments and deals between them."""
    M = nx.MultiDiGraph()
    for u, v, k, d in H.edges(keys=True, data=True):
        if d.get("type") in MONEY_ROLES:
            M.add_node(u, **H.nodes[u])
            M.add_node(v, **H.nodes[v])
            M.add_edge(u, v, key=k, **d)
    return M


def _top(H: nx.MultiDiGraph, top: int, keep: set[str]) -> tuple[nx.MultiDiGraph, list[str]]:
    """The `top` most central nodes (PageRank on the undirected facts), and a note."""
    if H.number_of_nodes() <= top:
        return H, []
    rank = nx.pagerank(nx.Graph(H)) if H.number_of_edges() else {}
    order = sorted(H, key=lambda n: (n not in keep, -rank.get(n, 0.0), str(n)))
    kept = set(order[:top])
    left = Counter(H.nodes[n].get("label", "?") for n in order[top:])
    detail = ", ".join(f"{lab} {n}" for lab, n in left.most_common())
    note = (
        f"showing the {top:,} most central of {H.number_of_nodes():,} nodes (PageRank); "
        f"left out {H.number_of_nodes() - top:,}: {detail}"
    )
    return _keep(H, kept), [note]


def select(G: nx.MultiDiGraph, view: MapView) -> tuple[nx.MultiDiGraph, list[str], list[str]]:
    """The graph a map of `view` draws, notes on what it leaves out, and the nodes it is
    centred on. ValueError, naming the option, for an unknown label or company or a
    malformed date."""
    H, notes = facts_graph(G)
    if view.labels:
        unknown = [lab for lab in view.labels if lab not in LABELS]
        if unknown:
            raise ValueError(
                f"--labels: no label {', '.join(unknown)}; labels: {', '.join(LABELS)}"
            )
        H = _keep(H, [n for n, lab in H.nodes(data="label") if lab in view.labels])
    if view.since or view.until:
        H = _by_period(H, view)
    if view.money:
        H = _money(H)
    centre: list[str] = []
    if view.company:
        centre = [n for n in find_nodes(G, view.company) if G.nodes[n].get("label") in PARTY_LABELS]
        if not centre:
            raise ValueError(f"--company {view.company}: no company or organisation of that name")
        centre = [n for n in centre if n in H]
        around = set(centre)
        U = nx.Graph(H)
        for node in centre:
            around.update(nx.single_source_shortest_path_length(U, node, cutoff=view.hops))
        H = _keep(H, around)
    H, top_note = _top(H, view.top, set(centre))
    return H, notes + top_note, centre
