"""``aikg export --neo4j-import``: the CSVs go through the real ``neo4j-admin database
import`` (the dev Neo4j's jars) and the server then holds what ``load_graph`` writes."""

from __future__ import annotations

import sys

from click.testing import CliRunner
from support import ROOT
from support.neo4j_dev import DevNeo4j, free_port

from aikg.graph.cli import main
from aikg.graph.neo4j import counts, load_graph
from aikg.graph.neo4j.counts import graph_counts

sys.path.insert(0, str(ROOT / "bench"))
from neo4j_admin import admin_import  # noqa: E402

# Properties to compare node by node between the import and a load (aliases and reports
# too: both are lists on every node).
SAMPLE_LABELS = ("Deal", "Investment", "Company", "Report")


def _properties(driver, label: str) -> dict[str, dict]:
    rows, _, _ = driver.execute_query(
        f"MATCH (n:`{label}`) RETURN n.id AS id, properties(n) AS props"
    )
    # Empty lists are the one documented difference: the CSVs cannot hold them.
    return {r["id"]: {k: v for k, v in r["props"].items() if v != []} for r in rows}


def test_admin_import_holds_what_load_graph_writes(seed_result, empty_neo4j, tmp_path):
    G = seed_result.graph
    build = tmp_path / "build"
    from aikg.graph.outputs import write_outputs

    write_outputs(seed_result, build)
    out = CliRunner().invoke(main, ["export", str(build), "--neo4j-import", str(tmp_path / "csv")])
    assert out.exit_code == 0, out.output
    assert "import.args" in out.output
    home = tmp_path / "home"
    done = admin_import(tmp_path / "csv" / "import.args", home, heap="512m")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert f"{G.number_of_nodes()} nodes" in done.stdout

    load_graph(G, empty_neo4j)
    server = DevNeo4j(home=home, bolt_port=free_port(), http_port=0)
    server.start()
    try:
        imported = server.connect()
        try:
            assert counts(imported) == graph_counts(G) == counts(empty_neo4j)
            for label in SAMPLE_LABELS:
                got, want = _properties(imported, label), _properties(empty_neo4j, label)
                diff = {
                    (node, key)
                    for node in set(got) | set(want)
                    for key in set(got.get(node, {})) | set(want.get(node, {}))
                    if got.get(node, {}).get(key) != want.get(node, {}).get(key)
                }
                shown = [(n, k, got.get(n, {}).get(k), want.get(n, {}).get(k)) for n, k in diff]
                assert not diff, (label, len(diff), sorted(shown, key=str)[:3])
        finally:
            imported.close()
    finally:
        server.stop()


def test_export_of_a_missing_build_is_one_line(tmp_path):
    out = CliRunner().invoke(
        main, ["export", str(tmp_path / "none"), "--neo4j-import", str(tmp_path / "csv")]
    )
    assert out.exit_code == 3 and "no graph.json" in out.output
