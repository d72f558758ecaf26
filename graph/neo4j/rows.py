"""A graph checked against the schema and turned into the rows the batch MERGEs take."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import networkx as nx

from aikg.graph.neo4j.values import (
    DATE_VALUE_SUFFIX,
    EVIDENCE_KEYS,
    UNION_PROPERTIES,
    convert,
    evidence_triples,
    typed_properties,
)
from aikg.schema.model import DATE, LABELS, RELATIONSHIPS, STRINGS, properties_of
from aikg.schema.provenance import DERIVED_PROPERTIES

__all__ = ["PreparedGraph", "prepare", "with_derived_cleared"]


def with_derived_cleared(kind: str, props: dict) -> dict:
    """``props`` with a null for each derived property (report dates, status history,
    conflicts) the element does not have, so that ``SET += props`` removes one a
    previous load wrote and this build no longer has (a conflict a removed report made).
    """
    schema = properties_of(kind)
    out = dict(props)
    for name in DERIVED_PROPERTIES:
        if name in schema and name not in out:
            out[name] = None
            if schema[name] == DATE:
                out[name + DATE_VALUE_SUFFIX] = None
    return out


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
    nodes: dict[str, list[dict]] = defaultdict(list)
    labels: dict[str, str] = {}
    for node_id, attrs in G.nodes(data=True):
        label = attrs.get("label")
        where = f"node {node_id!r}"
        if label not in LABELS:
            raise ValueError(f"{where}: label {label!r} is not in the schema")
        if attrs.get("id") not in (None, str(node_id)):
            raise ValueError(f"{where}: attribute id {attrs['id']!r} differs from the key")
        try:
            row = {
                "id": str(node_id),
                "props": with_derived_cleared(
                    label,
                    typed_properties(
                        label, attrs, {"id", *UNION_PROPERTIES, *EVIDENCE_KEYS}, skipped
                    ),
                ),
                "evidence": evidence_triples(label, attrs) or [],
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
        try:
            row = {
                "source": str(source),
                "target": str(target),
                "key": str(key),
                "props": with_derived_cleared(
                    rel_type,
                    typed_properties(rel_type, attrs, {"type", "key", *EVIDENCE_KEYS}, skipped),
                ),
                "evidence": evidence_triples(rel_type, attrs) or [],
            }
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from None
        relationships[(rel_type, src, dst)].append(row)
    return PreparedGraph(dict(nodes), dict(relationships), dict(sorted(skipped.items())))
