"""Quality of a build of the benchmark corpus: the planted facts found, and the planted
names kept apart.

:func:`corpus_quality` scores a graph against the corpus gold file (the scorer of
``aikg eval``) and pools the categories into one recall and one precision;
:func:`merged_names` lists graph nodes that carry two different planted names (two
invented companies resolved into one), and :func:`lost_names` the planted names no node
carries.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from aikg.graph.evaluation import score


def corpus_quality(G: nx.MultiDiGraph, gold: dict) -> dict:
    """Pooled recall and precision over the categories with gold items, and per category.

    >>> corpus_quality(nx.MultiDiGraph(), {"reports": {}, "deals": []})["recall"]
    1.0
    """
    scores = score(G, gold)
    tp = sum(s["tp"] for s in scores.values())
    fp = sum(s["fp"] for s in scores.values())
    fn = sum(s["fn"] for s in scores.values())
    return {
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "categories": {
            name: {"gold": s["gold"], "recall": s["recall"], "precision": s["precision"]}
            for name, s in scores.items()
            if s["gold"]
        },
    }


def _carried(G: nx.MultiDiGraph, planted: set[str]) -> dict[str, set[str]]:
    """Node -> the planted names it carries (its name or one of its aliases)."""
    carried: dict[str, set[str]] = {}
    for node, data in G.nodes(data=True):
        names = {data.get("name"), *(data.get("aliases") or ())} & planted
        if names:
            carried[node] = names
    return carried


def merged_names(G: nx.MultiDiGraph, names: Iterable[str]) -> list[tuple[str, list[str]]]:
    """Nodes that carry two or more distinct planted names, with those names.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("company:a", name="A", aliases=["A", "B"])
    >>> merged_names(G, ["A", "B", "C"])
    [('company:a', ['A', 'B'])]
    """
    carried = _carried(G, set(names))
    return sorted((node, sorted(n)) for node, n in carried.items() if len(n) > 1)


def lost_names(G: nx.MultiDiGraph, names: Iterable[str]) -> list[str]:
    """Planted names that no node of ``G`` carries."""
    planted = set(names)
    kept = set().union(*_carried(G, planted).values()) if G else set()
    return sorted(planted - kept)
