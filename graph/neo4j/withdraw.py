"""Taking the facts of removed reports out of Neo4j, by provenance.

A build that an update took reports out of names them in ``G.graph["removed_reports"]``.
Before it merges such a build, :func:`withdraw_reports` removes those reports' entries
from the evidence lists and ``reports`` of every relationship and node, deletes the ones
no remaining report supports (a removed report's own Report node among them), and clears
the other schema properties of the survivors, which the merge then writes again from the
build (so that a figure only the removed report gave goes with it). Nodes and
relationships that cite none of the removed reports are not touched.
"""

from __future__ import annotations

from neo4j import ManagedTransaction, Session

from aikg.graph.neo4j.values import DATE_VALUE_SUFFIX, EVIDENCE_KEYS, UNION_PROPERTIES, quoted
from aikg.schema.model import DATE, LABELS, RELATIONSHIPS, properties_of

__all__ = ["withdraw_queries", "withdraw_reports"]

_KEEP = {"id", "key", "label", "name", *UNION_PROPERTIES, *EVIDENCE_KEYS}


def _cleared(kind: str) -> dict[str, None]:
    """A map that removes every schema property of ``kind`` but identity and evidence."""
    out: dict[str, None] = {}
    for name, typ in properties_of(kind).items():
        if name not in _KEEP:
            out[name] = None
            if typ == DATE:
                out[name + DATE_VALUE_SUFFIX] = None
    return out


def _strip(var: str) -> str:
    """Cypher: the evidence lists of ``var`` without the entries of removed reports."""
    r, t, loc = (f"{var}.{key}" for key in EVIDENCE_KEYS)
    return (
        f"WITH {var}, keep, reports, [i IN keep | {r}[i]] AS er, [i IN keep | {t}[i]] AS et, "
        f"[i IN keep | {loc}[i]] AS el\n"
    )


def _evidence_set(var: str) -> str:
    r, t, loc = (f"{var}.{key}" for key in EVIDENCE_KEYS)
    return (
        f"{r} = CASE WHEN {r} IS NULL THEN null ELSE er END, "
        f"{t} = CASE WHEN {t} IS NULL THEN null ELSE et END, "
        f"{loc} = CASE WHEN {loc} IS NULL THEN null ELSE el END"
    )


def _keep(var: str) -> str:
    r = f"{var}.{EVIDENCE_KEYS[0]}"
    return f"[i IN range(0, size(coalesce({r}, [])) - 1) WHERE NOT {r}[i] IN $gone] AS keep"


def node_withdraw_query(label: str) -> str:
    """Withdraw the removed reports from the nodes of one label (see the module)."""
    return (
        f"MATCH (n:{quoted(label, LABELS)})\n"
        "WHERE any(x IN coalesce(n.reports, []) WHERE x IN $gone)\n"
        f"   OR any(x IN coalesce(n.{EVIDENCE_KEYS[0]}, []) WHERE x IN $gone)\n"
        f"WITH n, {_keep('n')}, [x IN coalesce(n.reports, []) WHERE NOT x IN $gone] AS reports\n"
        + _strip("n")
        + "FOREACH (_ IN CASE WHEN size(reports) = 0 THEN [1] ELSE [] END | DETACH DELETE n)\n"
        "FOREACH (_ IN CASE WHEN size(reports) > 0 THEN [1] ELSE [] END |\n"
        f"  SET n += $clear, n.reports = reports, {_evidence_set('n')})\n"
        "RETURN count(*) AS touched, sum(CASE WHEN size(reports) = 0 THEN 1 ELSE 0 END) "
        "AS deleted"
    )


def relationship_withdraw_query(rel_type: str) -> str:
    """Withdraw the removed reports from the relationships of one type."""
    r = f"r.{EVIDENCE_KEYS[0]}"
    return (
        f"MATCH ()-[r:{quoted(rel_type, RELATIONSHIPS)}]->()\n"
        f"WHERE any(x IN coalesce({r}, []) WHERE x IN $gone)\n"
        f"WITH r, {_keep('r')}, [] AS reports\n"
        + _strip("r")
        + "FOREACH (_ IN CASE WHEN size(er) = 0 THEN [1] ELSE [] END | DELETE r)\n"
        "FOREACH (_ IN CASE WHEN size(er) > 0 THEN [1] ELSE [] END |\n"
        f"  SET r += $clear, {_evidence_set('r')})\n"
        "RETURN count(*) AS touched, sum(CASE WHEN size(er) = 0 THEN 1 ELSE 0 END) AS deleted"
    )


def withdraw_queries() -> list[tuple[str, str, str, dict]]:
    """(kind, name, query, clear map) for every relationship type, then every label:
    relationships first, so a node is only deleted after its own evidence is counted."""
    jobs = [
        ("relationships", rel, relationship_withdraw_query(rel), _cleared(rel))
        for rel in RELATIONSHIPS
        if EVIDENCE_KEYS[0] in properties_of(rel)
    ]
    jobs += [("nodes", label, node_withdraw_query(label), _cleared(label)) for label in LABELS]
    return jobs


def _run(tx: ManagedTransaction, query: str, gone: list[str], clear: dict) -> tuple[int, int]:
    record = tx.run(query, gone=gone, clear=clear).single(strict=True)
    return record["touched"], record["deleted"]


def withdraw_reports(session: Session, gone: list[str]) -> dict[str, int]:
    """Withdraw the reports ``gone`` (report ids) from the database; returns how many
    nodes and relationships were deleted and how many kept with less evidence."""
    totals = {
        "nodes_deleted": 0,
        "nodes_kept": 0,
        "relationships_deleted": 0,
        "relationships_kept": 0,
    }
    if not gone:
        return totals
    for kind, _, query, clear in withdraw_queries():
        touched, deleted = session.execute_write(_run, query, gone, clear)
        totals[f"{kind}_deleted"] += deleted
        totals[f"{kind}_kept"] += touched - deleted
    return totals
