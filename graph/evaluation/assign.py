"""Which graph facts the gold covers, and the one-to-one matching of gold to graph.

:func:`in_scope` keeps the facts read where the gold is complete; :func:`assign` pairs
gold items with agreeing graph facts, each at most once (required items first).
"""

from __future__ import annotations

from aikg.graph.evaluation.facts import GraphFact
from aikg.graph.evaluation.match import line_of


def in_scope(fact: GraphFact, scope: dict[str, dict] | None) -> bool:
    """Is a graph fact read where the gold is complete (see the module rules)?

    >>> fact = GraphFact("chips", "chip:b200", {}, {}, [("r4", "line 647")])
    >>> in_scope(fact, {"r4": {"lines": [[643, 664]]}}), in_scope(fact, {"r0": {}})
    (True, False)
    >>> in_scope(fact, {"r4": {"exclude_lines": [[600, 700]]}}), in_scope(fact, None)
    (False, True)
    """
    if scope is None or not fact.evidence:
        return True
    for stem, locator in fact.evidence:
        spec = scope.get(stem)
        if spec is None:
            continue
        line = line_of(locator)
        if line is None:
            return True
        inside = [a <= line <= b for a, b in spec.get("lines", [])]
        outside = [a <= line <= b for a, b in spec.get("exclude_lines", [])]
        if (not inside or any(inside)) and not any(outside):
            return True
    return False


def _max_matching(edges: dict[int, list[int]]) -> dict[int, int]:
    """A maximum bipartite matching (left -> right) by augmenting paths.

    >>> _max_matching({0: [0, 1], 1: [0]})
    {1: 0, 0: 1}
    """
    owner: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in edges.get(left, []):
            if right in seen:
                continue
            seen.add(right)
            if right not in owner or augment(owner[right], seen):
                owner[right] = left
                return True
        return False

    for left in edges:
        augment(left, set())
    return {left: right for right, left in owner.items()}


def report_agrees(item: dict, fact: GraphFact) -> bool:
    """Is a graph fact read from the gold item's report (or from no report at all)?"""
    return not fact.reports or item.get("report") in fact.reports


def assign(
    items: list[dict], n_facts: int, good: set[tuple[int, int]]
) -> tuple[dict[int, int], dict[int, int]]:
    """Match gold items to graph facts one to one: a maximum matching of the required
    items first, then of the optional items with the facts left over.

    >>> assign([{}, {"optional": True}], 2, {(0, 0), (1, 0), (1, 1)})
    ({0: 0}, {1: 1})
    """
    required = [i for i, item in enumerate(items) if not item.get("optional")]
    optional = [i for i, item in enumerate(items) if item.get("optional")]
    matched = _max_matching({i: [j for j in range(n_facts) if (i, j) in good] for i in required})
    used = set(matched.values())
    absorbed = _max_matching(
        {i: [j for j in range(n_facts) if (i, j) in good and j not in used] for i in optional}
    )
    return matched, absorbed
