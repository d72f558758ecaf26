"""The seeds split by report date: an early build updated with the late reports equals
the full build, and a removed report takes exactly its own facts with it."""

from __future__ import annotations

import json
import shutil

import pytest
from planted import EARLY, LATE, aikg, canonical, changes_of, copy_seeds, report_id

from aikg.graph.outputs import load_build


@pytest.fixture(scope="module")
def seed_builds(seeds_dir, tmp_path_factory):
    root = tmp_path_factory.mktemp("seed-split")
    early = copy_seeds(seeds_dir, root / "early", EARLY)
    late = copy_seeds(seeds_dir, root / "late", LATE)
    built = aikg("build", early, "--out", root / "inc", "-q")
    assert built.exit_code == 0, built.stderr
    updated = aikg("update", root / "inc", late, "-q")
    assert updated.exit_code == 0, updated.stderr
    full = aikg("build", early, late, "--out", root / "full", "-q")
    assert full.exit_code == 0, full.stderr
    return root, updated


def test_the_split_is_by_report_date(seed_builds):
    root, _ = seed_builds
    reports = [d for _, d in load_build(root / "full").nodes(data=True) if d["label"] == "Report"]
    date = lambda d: d["published"] or d["period"]  # noqa: E731
    early = [date(d) for d in reports if "/early/" in d["path"]]
    late = [date(d) for d in reports if "/late/" in d["path"]]
    assert len(early) == 3 and len(late) == 2
    assert max(early) < min(late)


def test_incremental_build_equals_the_full_build(seed_builds):
    root, updated = seed_builds
    assert "read 2, reused 3 from the cache" in updated.stdout
    inc_nodes, inc_edges = canonical(root / "inc")
    full_nodes, full_edges = canonical(root / "full")
    assert set(inc_nodes) == set(full_nodes) and set(inc_edges) == set(full_edges)
    assert inc_nodes == full_nodes
    assert inc_edges == full_edges
    for name in ("cycles.json", "centrality.json", "centrality_by_period.json"):
        assert json.loads((root / "inc" / name).read_text("utf-8")) == json.loads(
            (root / "full" / name).read_text("utf-8")
        ), name
    # periods spliced from the cache's text, the map's layout: byte for byte the full build's
    for name in ("centrality_by_period.json", "map.html"):
        assert (root / "inc" / name).read_bytes() == (root / "full" / name).read_bytes(), name


def test_changes_name_the_late_reports(seed_builds):
    root, _ = seed_builds
    changes = changes_of(root / "inc")
    late = {report_id(root / "inc", p) for p in (root / "late").iterdir()}
    assert {r["id"] for r in changes["added_reports"]} == late
    assert changes["removed_reports"] == [] and changes["removed_facts"] == {}
    for items in changes["new_entities"].values():
        assert all(item["reports"] and set(item["reports"]) <= late for item in items)
    G = load_build(root / "inc")
    for kind, items in changes["new_facts"].items():
        for item in items:
            assert set(item["reports"]) <= late and item["reports"], (kind, item)
    assert changes["centrality_movers"]
    report = (root / "inc" / "report.md").read_text("utf-8")
    assert "## What changed" in report and "### New entities" in report
    assert not G.graph.get("removed_reports")  # a build that removed none names none


def test_every_fact_keeps_its_report_dates(seed_builds):
    root, _ = seed_builds
    G = load_build(root / "inc")
    dates = {
        rid: d["published"] or d["period"]
        for _, d in G.nodes(data=True)
        if d["label"] == "Report"
        for rid in d["reports"]
    }
    for u, v, d in G.edges(data=True):
        if d["type"] == "MENTIONS":
            continue
        stated = sorted(dates[r] for r in d["evidence_reports"])
        assert (d["first_reported"], d["last_reported"]) == (stated[0], stated[-1]), (u, v)
    for n, d in G.nodes(data=True):
        if d["label"] != "Report":
            stated = sorted(dates[r] for r in d["reports"])
            assert (d["first_reported"], d["last_reported"]) == (stated[0], stated[-1]), n


def test_a_removed_report_takes_its_facts_with_it(seed_builds, tmp_path):
    root, _ = seed_builds
    build = tmp_path / "inc"
    shutil.copytree(root / "inc", build)
    [gone_path] = (root / "late").glob("002_*.txt")
    gone = report_id(build, gone_path)
    before = load_build(build)
    shared = [
        (u, v, k, d["evidence_reports"])
        for u, v, k, d in before.edges(keys=True, data=True)
        if gone in d["evidence_reports"] and len(set(d["evidence_reports"])) > 1
    ]
    own = [n for n, d in before.nodes(data=True) if d["reports"] == [gone]]
    assert shared and own
    result = aikg("update", build, "--remove", gone_path, "-q")
    assert result.exit_code == 0, result.stderr
    assert "read 0, reused 4" in result.stdout
    after = load_build(build)
    for n, d in after.nodes(data=True):
        assert gone not in d["reports"] and gone not in d.get("evidence_reports", []), n
    for u, v, d in after.edges(data=True):
        assert gone not in d["evidence_reports"], (u, v)
    assert not any(n in after for n in own)
    for u, v, k, reports in shared:
        assert after.edges[u, v, k]["evidence_reports"] == [r for r in reports if r != gone]
    assert after.graph["removed_reports"] == [gone]
    changes = changes_of(build)
    assert changes["removed_reports"] == [gone] and changes["added_reports"] == []
    assert changes["removed_entities"] and changes["removed_facts"]
    cached = {p.stem for p in (build / "cache").glob("*.json") if p.stem != "centrality-memo"}
    assert len(cached) == 4 and gone.split("-")[-1] not in {c[:8] for c in cached}
