"""Keep the knowledge graph (a ``networkx.MultiDiGraph``) in Neo4j, typed by the schema.

The graph contract (what the pipeline builds and :func:`load_graph` reads):

* node key: the string id; node attributes ``label`` (a schema label), ``name``,
  ``aliases`` and ``reports`` (lists of str), and the label's properties;
* edge key: a stable string; edge attributes ``type`` (a schema relationship type) and the
  type's properties, among them the parallel evidence lists ``evidence_reports``,
  ``evidence_texts`` and ``evidence_locators``.

Loading (:func:`load_graph`) creates the constraints and indexes first
(:mod:`~aikg.graph.neo4j.constraints`), checks the graph against the schema and turns it
into rows (:mod:`~aikg.graph.neo4j.rows`, values typed as :mod:`~aikg.graph.neo4j.values`
says), and merges them in batches (:mod:`~aikg.graph.neo4j.cypher`,
:mod:`~aikg.graph.neo4j.loader`): nodes on ``id``, relationships on (source, target, type,
``key``), so loading the same graph twice, or a larger graph later, never makes
duplicates. :mod:`~aikg.graph.neo4j.connection` opens the driver and words every failure
as one :class:`Neo4jStoreError` line; :mod:`~aikg.graph.neo4j.counts` says what a
database holds. The analyst queries that read the database are :mod:`aikg.queries`.
"""

from aikg.graph.neo4j.connection import (
    BOLT_SCHEMES,
    DEFAULT_URI,
    DEFAULT_USER,
    DEV_PASSWORD,
    Neo4jStoreError,
    connect,
    default_database,
    describe_error,
)
from aikg.graph.neo4j.constraints import ensure_schema, schema_statements
from aikg.graph.neo4j.counts import counts, graph_counts
from aikg.graph.neo4j.cypher import node_query, relationship_query
from aikg.graph.neo4j.loader import LoadStats, Progress, load_graph
from aikg.graph.neo4j.rows import PreparedGraph, prepare
from aikg.graph.neo4j.values import (
    DATE_VALUE_SUFFIX,
    EVIDENCE_KEYS,
    UNION_PROPERTIES,
    convert,
    date_properties,
    parse_date,
)

__all__ = [
    "BOLT_SCHEMES",
    "DATE_VALUE_SUFFIX",
    "DEFAULT_URI",
    "DEFAULT_USER",
    "DEV_PASSWORD",
    "EVIDENCE_KEYS",
    "UNION_PROPERTIES",
    "LoadStats",
    "Neo4jStoreError",
    "PreparedGraph",
    "Progress",
    "connect",
    "convert",
    "counts",
    "date_properties",
    "default_database",
    "describe_error",
    "ensure_schema",
    "graph_counts",
    "load_graph",
    "node_query",
    "parse_date",
    "prepare",
    "relationship_query",
    "schema_statements",
]
