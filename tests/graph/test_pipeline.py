"""End to end: the seed reports in, the typed graph and every output file out."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
from support import ROOT, SEEDS  # noqa: E402, F401

from aikg.schema import LABELS, RELATIONSHIPS

ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _aikg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "aikg.graph.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=600,
    )


def _node_by_name(G, label: str, name: str) -> str:
    for node, data in G.nodes(data=True):
        if data["label"] == label and (data["name"] == name or name in data["aliases"]):
            return node
    raise AssertionError(f"no {label} named {name!r}")


def test_cli_build_writes_every_output(seeds_dir, tmp_path):
    out = tmp_path / "out"
    proc = _aikg("build", str(seeds_dir), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"5 documents, \d+ nodes, \d+ edges", proc.stdout)
    for name in (
        "graph.json",
        "graph.graphml",
        "cycles.json",
        "centrality.json",
        "map.html",
        "report.md",
    ):
        assert (out / name).stat().st_size > 0, name
    data = json.loads((out / "graph.json").read_text("utf-8"))
    G = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    assert G.number_of_nodes() > 100
    H = nx.read_graphml(out / "graph.graphml")
    assert H.number_of_nodes() == G.number_of_nodes()
    assert H.number_of_edges() == G.number_of_edges()
    report = (out / "report.md").read_text("utf-8")
    assert "## Nodes by label" in report and "## Circular financing" in report


def test_every_node_and_edge_follows_the_schema(seed_result):
    G = seed_result.graph
    for node, data in G.nodes(data=True):
        assert data["label"] in LABELS, node
        assert data["name"], node
        assert isinstance(data["aliases"], list) and isinstance(data["reports"], list)
        if "date" in data:
            assert ISO.match(data["date"]), (node, data["date"])
    for u, v, data in G.edges(data=True):
        rel = RELATIONSHIPS[data["type"]]
        assert G.nodes[u]["label"] in rel.sources, (u, data["type"], v)
        assert G.nodes[v]["label"] in rel.targets, (u, data["type"], v)
        assert data["evidence_reports"] and data["evidence_texts"], (u, data["type"], v)
        assert len(data["evidence_reports"]) == len(data["evidence_texts"])
        if "date" in data:
            assert ISO.match(data["date"]), (u, v, data["date"])


def test_ids_are_stable_across_runs(seeds_dir, seed_result):
    from aikg.graph import build

    again = build([seeds_dir])
    assert set(again.graph.nodes) == set(seed_result.graph.nodes)
    assert set(again.graph.edges(keys=True)) == set(seed_result.graph.edges(keys=True))


def test_one_node_per_company_across_names_and_tickers(seed_result):
    G = seed_result.graph
    from aikg.graph.resolve import Resolver
    from aikg.schema import EntityRef

    google = _node_by_name(G, "Company", "谷歌")
    assert google == _node_by_name(G, "Company", "Google")
    assert Resolver().resolve(EntityRef("GOOGL.O", "Company")).id == google
    alibaba = _node_by_name(G, "Company", "阿里巴巴-SW")
    assert alibaba == _node_by_name(G, "Company", "9988.HK")
    assert alibaba == _node_by_name(G, "Company", "阿里")
    assert _node_by_name(G, "Company", "阿里云") != alibaba


def test_dated_model_release_resolved_from_the_period(seed_result):
    G = seed_result.graph
    google = _node_by_name(G, "Company", "谷歌")
    released = {
        G.nodes[v]["name"]: d
        for _, v, d in G.out_edges(google, data=True)
        if d["type"] == "RELEASED"
    }
    gemini = next(d for name, d in released.items() if name.replace(" ", "") == "Gemini3Pro")
    assert gemini["date"].startswith("2025-11")
    assert any("Gemini" in t for t in gemini["evidence_texts"])


def test_the_nvidia_openai_oracle_loop_is_found(seed_out):
    cycles = json.loads((seed_out / "cycles.json").read_text("utf-8"))
    names = [set(loop["names"]) for loop in cycles["loops"]]
    assert {"NVIDIA", "OpenAI", "Oracle"} in names
    loop = cycles["loops"][names.index({"NVIDIA", "OpenAI", "Oracle"})]
    evidence = json.dumps(loop, ensure_ascii=False)
    assert "1000" in evidence and "3000" in evidence


def test_map_is_self_contained_with_legend(seed_out):
    page = (seed_out / "map.html").read_text("utf-8")
    assert 'id="aikg-legend"' in page
    for label in ("Company", "Model", "Chip", "Investment", "Policy"):
        assert label in page
    assert "vis-network" in page
    # Opens offline: no script or stylesheet is fetched from elsewhere.
    assert not re.search(r"<script[^>]+src=[\"']https?:", page)
    assert not re.search(r"<link[^>]+href=[\"']https?:", page)


def test_bad_documents_are_reported_and_the_others_built(seeds_dir, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    good = sorted(seeds_dir.glob("*.txt"))[0]
    (folder / good.name).write_bytes(good.read_bytes())
    (folder / "empty.txt").write_text("")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj garbage")
    (folder / "fake.pdf").write_text("not a pdf at all")
    out = tmp_path / "out"
    proc = _aikg("build", str(folder), "--out", str(out), "--quiet")
    assert proc.returncode == 1, proc.stderr
    errors = [
        ln for ln in proc.stderr.splitlines() if ln.startswith("aikg: ") and "warning" not in ln
    ]
    assert len(errors) == 3, proc.stderr
    assert any("empty.txt" in e and "empty" in e.split(":", 2)[2] for e in errors)
    assert any("fake.pdf" in e and "not a PDF" in e for e in errors)
    assert any("broken.pdf" in e for e in errors)
    assert "1 documents" in proc.stdout
    assert json.loads((out / "graph.json").read_text("utf-8"))["nodes"]


def test_nothing_readable_exits_3(tmp_path):
    (tmp_path / "empty.md").write_text("  \n")
    proc = _aikg("build", str(tmp_path), "--out", str(tmp_path / "out"))
    assert proc.returncode == 3
    assert "empty.md: file is empty" in proc.stderr


def test_readme_python_example_runs(seeds_dir):
    readme = (ROOT / "README.md").read_text("utf-8")
    block = re.search(r"```python\n(.*?)```", readme, re.S)
    assert block, "README has no python example"
    code = block.group(1)
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=600
    )
    assert proc.returncode == 0, proc.stderr
    assert "MultiDiGraph" in proc.stdout


def test_readme_schema_table_is_the_schema():
    from aikg.schema import schema_markdown

    readme = (ROOT / "README.md").read_text("utf-8")
    assert schema_markdown() in readme, "README schema table is stale: paste `aikg schema`"


def _facts(G, rel: str) -> set[tuple[str, str]]:
    def name(node: str) -> str:
        data = G.nodes[node]
        # Report ids hash the file's bytes, so a PDF and its text differ: use the period.
        return data["period"] if data["label"] == "Report" else data["name"]

    return {(name(u), name(v)) for u, v, d in G.edges(data=True) if d["type"] == rel}


def test_pdf_build_states_the_same_facts_as_the_text_build(seed_pdf_result, seed_result):
    pdf, txt = seed_pdf_result.graph, seed_result.graph
    assert not seed_pdf_result.errors
    assert {r.period for r in seed_pdf_result.reports} == {r.period for r in seed_result.reports}
    for rel in ("RATES", "DESIGNS", "INVESTS_IN", "RELEASED"):
        from_txt, from_pdf = _facts(txt, rel), _facts(pdf, rel)
        assert from_txt, rel
        missing = from_txt - from_pdf
        assert len(missing) <= 0.05 * len(from_txt), (rel, sorted(missing)[:10])
    chips = {d["name"]: d for _, d in pdf.nodes(data=True) if d["label"] == "Chip"}
    b200 = next(d for name, d in chips.items() if name == "B200")
    assert (b200["process_nm"], b200["fp16_tflops"], b200["power_w"]) == (4, 2250, 1000)
    loops = [set(loop.names) for loop in seed_pdf_result.loops.loops]
    assert {"NVIDIA", "OpenAI", "Oracle"} in loops


def test_seed_loops_with_amounts_evidence_and_tentative_left_out(seed_result):
    from aikg.graph.analysis import find_money_loops

    loops = {frozenset(loop.names): loop.to_json() for loop in seed_result.loops.loops}
    assert frozenset({"AMD", "OpenAI"}) in loops  # chips bought, warrants granted
    assert frozenset({"NVIDIA", "OpenAI"}) in loops
    assert not any("xAI" in names for names in loops)  # a planned investment: tentative
    big = loops[frozenset({"NVIDIA", "OpenAI", "Oracle"})]
    hop = next(h for h in big["hops"] if (h["from_name"], h["to_name"]) == ("NVIDIA", "OpenAI"))
    flow = hop["flows"][0]
    assert (flow["amount"], flow["currency"], flow["amount_qualifier"]) == (1e11, "USD", "up_to")
    assert flow["date"] == "2025-09"
    for loop in loops.values():
        for h in loop["hops"]:
            assert all(f["evidence"] and f["evidence"][0]["text"] for f in h["flows"])
    wider = find_money_loops(seed_result.graph, include_tentative=True)
    assert frozenset({"NVIDIA", "xAI"}) in {frozenset(loop.names) for loop in wider.loops}


def test_units_are_their_own_nodes_linked_to_their_parent(seed_result):
    G = seed_result.graph

    def parent_of(name: str) -> set[str]:
        unit = _node_by_name(G, "Company", name)
        return {
            G.nodes[v]["name"]
            for _, v, d in G.out_edges(unit, data=True)
            if d["type"] == "SUBSIDIARY_OF"
        }

    assert parent_of("火山引擎") == {"ByteDance"}  # "X 旗下 Y" in a sentence
    assert parent_of("阿里云") == {"Alibaba"}  # the unit's own name names its owner
    assert _node_by_name(G, "Company", "火山引擎") != _node_by_name(G, "Company", "字节跳动")


def test_grouping_units_finds_the_loop_through_a_cloud_unit(seed_result):
    from aikg.graph.analysis import find_money_loops

    plain = {frozenset(loop.names) for loop in seed_result.loops.loops}
    grouped = find_money_loops(seed_result.graph, group_units=True)
    names = {frozenset(loop.names) for loop in grouped.loops}
    assert frozenset({"Microsoft", "OpenAI"}) in names - plain  # paid to 微软 Azure
    assert plain <= names
