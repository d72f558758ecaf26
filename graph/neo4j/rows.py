"""A graph checked against the schema and turned into the rows the batch MERGEs take."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import networkx as nx

from aikg.graph.neo4j.values import (
    EVIDENCE_KEYS,
    UNION_PROPERTIES,
    convert,
    evidence_triples,
    typed_properties,
)
from aikg.schema.model import LABELS, RELATIONSHIPS, STRINGS, properties_of

__all__ = ["PreparedGraph", "prepare"]


# Attributes that are not plain properties: the key, and what the queries merge apart.
_NODE_SKIP = frozenset({"id", *UNION_PROPERTIES, *EVIDENCE_KEYS})
_EDGE_SKIP = frozenset({"type", "key", *EVIDENCE_KEYS})


@dataclass
class PreparedGraph:
    """Rows ready for Cypher: nodes per label, relationships per (type, source, target)."""

    nodes: dict[str, list[dict]]
    relationships: dict[tuple[str, str, str], list[dict]]
    skipped_properties: dict[str, int]


def prepare(G: nx.MultiDiGraph) -> PreparedGraph:
    """Checks `G` against the schema and turns it into rows; raises ValueError on a breach.

    Breaches: a node without a schema label, an edge without a schema type, an edge whose
    endpoints' labels the type does not allow, a value that cannot take its schema type.
    """
    if not (G.is_directed() and G.is_multigraph()):
        raise TypeError(f"expected a networkx.MultiDiGraph, got {type(G).__name__}")
    skipped: Counter[str] = Counter()
    schemas: dict[str, dict[str, str]] = {}  # properties_of per label/type, looked up once
    nodes: dict[str, list[dict]] = defaultdict(list)
    labels: dict[str, str] = {}
    for node_id, attrs in G.nodes(data=True):
        label = attrs.get("label")
        where = f"node {node_id!r}"
        if label not in LABELS:
            raise ValueError(f"{where}: label {label!r} is not in the schema")
        if attrs.get("id") not in (None, str(node_id)):
            raise ValueError(f"{where}: attribute id {attrs['id']!r} differs from the key")
        schema = schemas.get(label) or schemas.setdefault(label, properties_of(label))
        try:
            row = {
                "id": str(node_id),
                "props": typed_properties(label, attrs, _NODE_SKIP, skipped, schema),
                "evidence": evidence_triples(label, attrs, schema) or [],
            }
            for name in UNION_PROPERTIES:
                row[name] = convert(attrs.get(name) or [], STRINGS)
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from None
        labels[node_id] = label
        nodes[label].append(row)

    relationships: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for source, target, key, attrs in G.edges(keys=True, data=True):
        rel_type = attrs.get("type")
        where = f"edge {source!r} -> {target!r} (key {key!r})"
        if rel_type not in RELATIONSHIPS:
            raise ValueError(f"{where}: type {rel_type!r} is not in the schema")
        spec = RELATIONSHIPS[rel_type]
        src, dst = labels[source], labels[target]
        if src not in spec.sources or dst not in spec.targets:
            raise ValueError(f"{where}: {rel_type} does not go from {src} to {dst}")
        schema = schemas.get(rel_type) or schemas.setdefault(rel_type, properties_of(rel_type))
        try:
            row = {
                "source": str(source),
                "target": str(target),
                "key": str(key),
                "props": typed_properties(rel_type, attrs, _EDGE_SKIP, skipped, schema),
                "evidence": evidence_triples(rel_type, attrs, schema) or [],
            }
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from None
        relationships[(rel_type, src, dst)].append(row)
    return PreparedGraph(dict(nodes), dict(relationships), dict(sorted(skipped.items())))
