"""`aikg load` of an updated build updates a real Neo4j in place: new facts added,
evidence merged, the facts of removed reports deleted by provenance, nothing else touched."""

from __future__ import annotations

from planted import APRIL, MARCH, NOTE_ONE, NOTE_TWO, aikg, report_id, write

from aikg.graph.neo4j import counts, graph_counts, load_graph
from aikg.graph.outputs import load_build
from aikg.queries import run_query


def _stored(driver) -> tuple[dict, dict]:
    """Every node's and relationship's provenance as Neo4j holds it (lists sorted)."""
    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN n.id AS id, n.reports AS reports, n.evidence_reports AS evidence"
    )
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, b.id AS b, r.key AS key, "
        "r.evidence_reports AS evidence"
    )
    return (
        {r["id"]: (sorted(r["reports"] or []), sorted(r["evidence"] or [])) for r in nodes},
        {(r["a"], r["b"], r["key"]): sorted(r["evidence"] or []) for r in rels},
    )


def _expected(G) -> tuple[dict, dict]:
    return (
        {
            n: (sorted(d.get("reports") or []), sorted(d.get("evidence_reports") or []))
            for n, d in G.nodes(data=True)
        },
        {
            (u, v, k): sorted(d.get("evidence_reports") or [])
            for u, v, k, d in G.edges(keys=True, data=True)
        },
    )


def _matches(driver, G, outsider: bool = True) -> None:
    nodes, rels = _stored(driver)
    if outsider:
        assert nodes.pop("company:outsider") == (["analyst"], [])
    assert (nodes, rels) == _expected(G)
    want = graph_counts(G)
    if outsider:
        want["nodes"]["Company"] += 1
    assert counts(driver) == want


def test_updated_builds_update_neo4j_in_place(empty_neo4j, tmp_path):
    driver = empty_neo4j
    write(tmp_path / "base", "march.md", MARCH)
    write(tmp_path / "base", "note-one.txt", NOTE_ONE)
    write(tmp_path / "new", "april.md", APRIL)
    write(tmp_path / "new", "note-two.txt", NOTE_TWO)
    build = tmp_path / "out"
    assert aikg("build", tmp_path / "base", "--out", build, "-q").exit_code == 0
    load_graph(load_build(build), driver)
    # something an analyst added by hand, citing no report of the build
    driver.execute_query(
        "CREATE (:Company {id: 'company:outsider', name: 'Outsider', reports: ['analyst'], "
        "note: 'kept'})"
    )
    _matches(driver, load_build(build))

    assert aikg("update", build, tmp_path / "new", "-q").exit_code == 0
    stats = load_graph(load_build(build), driver)
    assert not stats.withdrawn  # nothing removed yet
    _matches(driver, load_build(build))
    [row] = run_query(driver, "conflicting_facts", {"property": "amount"})
    one, two = (
        report_id(build, p)
        for p in (tmp_path / "base" / "note-one.txt", tmp_path / "new" / "note-two.txt")
    )
    assert row["values"] == ["100000000.0", "150000000.0"] and row["reports"] == [one, two]
    ratings = run_query(driver, "conflicting_facts", {"property": "close_price"})
    assert len(ratings) == 2 and all(r["reports"] == [one, two] for r in ratings)

    april = report_id(build, tmp_path / "new" / "april.md")
    assert aikg("update", build, "--remove", tmp_path / "new" / "april.md", "-q").exit_code == 0
    stats = load_graph(load_build(build), driver)
    assert stats.withdrawn["nodes_deleted"] >= 3  # the report, Brisa Robotics, Quill-7, ...
    _matches(driver, load_build(build))
    records, _, _ = driver.execute_query(
        "MATCH (n) WHERE $r IN coalesce(n.reports, []) OR $r IN coalesce(n.evidence_reports, []) "
        "RETURN count(n) AS n",
        r=april,
    )
    assert records[0]["n"] == 0
    records, _, _ = driver.execute_query(
        "MATCH (i:Investment)<-[:MAKES_INVESTMENT]-(:Company {name: 'Ostrava Dynamics'}) "
        "RETURN i.status AS status, i.status_history AS history, i.last_reported AS last"
    )
    assert [dict(r) for r in records] == [
        {"status": "tentative", "history": ["tentative"], "last": "2033-03"}
    ]
    records, _, _ = driver.execute_query("MATCH (n {id: 'company:outsider'}) RETURN n.note AS note")
    assert records[0]["note"] == "kept"

    (tmp_path / "base" / "note-one.txt").unlink()  # the conflicts go with it
    assert aikg("update", build, "-q").exit_code == 0
    load_graph(load_build(build), driver)
    _matches(driver, load_build(build))
    assert run_query(driver, "conflicting_facts") == []
    load_graph(load_build(build), driver)  # loading again changes nothing
    _matches(driver, load_build(build))
