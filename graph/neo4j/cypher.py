"""The batch MERGE statements, one per label and one per (type, source, target) labels.

Nodes are merged on ``id``, relationships on (source, target, type, ``key``);
``aliases`` and ``reports`` are unioned with what the database holds (first seen first),
and so are evidence entries, compared as (report, text, locator) triples so that the three
lists stay parallel; every other property is overwritten by the newer load. Derived
properties (report dates, status history, conflicts) the row lacks are removed: the
queries take ``$clear`` (:func:`~aikg.graph.neo4j.values.derived_cleared`, one map per
batch) before the row's own properties.
"""

from __future__ import annotations

from aikg.graph.neo4j.values import (
    EVIDENCE_KEYS,
    UNION_PROPERTIES,
    carries_evidence,
    derived_cleared,
    quoted,
)
from aikg.schema.model import LABELS, RELATIONSHIPS

__all__ = ["node_query", "relationship_query"]


def _evidence_merge(var: str) -> str:
    """Cypher that appends the row's evidence triples not already on `var`."""
    r, t, loc = (f"{var}.{key}" for key in EVIDENCE_KEYS)
    return (
        f"WITH {var}, row, [i IN range(0, size(coalesce({r}, [])) - 1) | "
        f"[{r}[i], coalesce({t}[i], ''), coalesce({loc}[i], '')]] AS old\n"
        f"WITH {var}, reduce(acc = old, e IN row.evidence | "
        f"CASE WHEN e IN acc THEN acc ELSE acc + [e] END) AS ev\n"
        f"SET {r} = [e IN ev | e[0]], {t} = [e IN ev | e[1]], {loc} = [e IN ev | e[2]]\n"
    )


def _union(var: str, name: str) -> str:
    return (
        f"{var}.{name} = reduce(acc = coalesce({var}.{name}, []), x IN row.{name} | "
        f"CASE WHEN x IN acc THEN acc ELSE acc + x END)"
    )


def _clear(var: str, kind: str) -> str:
    """Cypher removing the derived properties of `var` (the batch's ``$clear`` map)."""
    return f"SET {var} += $clear\n" if derived_cleared(kind) else ""


def node_query(label: str) -> str:
    """The batch MERGE for one label (the label is checked against the schema)."""
    query = (
        "UNWIND $rows AS row\n"
        f"MERGE (n:{quoted(label, LABELS)} {{id: row.id}})\n"
        f"{_clear('n', label)}SET n += row.props\n"
        f"SET {', '.join(_union('n', name) for name in UNION_PROPERTIES)}\n"
    )
    if carries_evidence(label):
        query += _evidence_merge("n")
    return query + "RETURN count(*) AS written"


def relationship_query(rel_type: str, source: str, target: str) -> str:
    """The batch MERGE for one relationship type between two labels (all schema-checked)."""
    query = (
        "UNWIND $rows AS row\n"
        f"MATCH (a:{quoted(source, LABELS)} {{id: row.source}})\n"
        f"MATCH (b:{quoted(target, LABELS)} {{id: row.target}})\n"
        f"MERGE (a)-[r:{quoted(rel_type, RELATIONSHIPS)} {{key: row.key}}]->(b)\n"
        f"{_clear('r', rel_type)}SET r += row.props\n"
    )
    if carries_evidence(rel_type):
        query += _evidence_merge("r")
    return query + "RETURN count(*) AS written"
