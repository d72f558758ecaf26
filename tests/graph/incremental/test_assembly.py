"""An update continues the previous build's assembly when the new reports come last and
re-tie no entity already met, and takes the full path otherwise; either way its outputs
are byte for byte the full build's."""

from __future__ import annotations

import json
import pickle
import shutil

import pytest
from planted import EARLY, LATE, aikg, copy_seeds

from aikg.graph.analysis.centrality import period_reports
from aikg.graph.incremental.assembly import (
    ASSEMBLY_FILE,
    KeptAssembly,
    assembly_version,
    continue_assembly,
)
from aikg.graph.incremental.cache import DocumentCache
from aikg.graph.incremental.changes import graph_index
from aikg.graph.incremental.periods import ElementDigests, period_keys
from aikg.graph.incremental.rebuild import INDEX_FILE, update_build
from aikg.graph.incremental.stamped import dump_sealed, load_sealed, read_pickled
from aikg.graph.outputs import load_build
from aikg.graph.outputs.graph_files import graph_to_json
from aikg.graph.outputs.write import graphml_text
from aikg.graph.pipeline import ReportFacts, assemble, graph_from
from aikg.schema import (
    EntityFact,
    EntityRef,
    EventFact,
    Evidence,
    Participant,
    RelationFact,
    ReportMeta,
)

# what the full build and an update must write alike
SAME = ("graph.json", "graph.graphml", "cycles.json", "centrality.json")
SAME += ("centrality_by_period.json", "map.html")


def _assert_same(built, full, names=SAME):
    for name in names:
        assert (built / name).read_bytes() == (full / name).read_bytes(), name


@pytest.fixture(scope="module")
def split(seeds_dir, tmp_path_factory):
    """The early seeds built, the late ones apart, and the full build of all five."""
    root = tmp_path_factory.mktemp("assembly")
    early = copy_seeds(seeds_dir, root / "early", EARLY)
    late = copy_seeds(seeds_dir, root / "late", LATE)
    assert aikg("build", early, "--out", root / "base", "-q").exit_code == 0
    assert aikg("build", early, late, "--out", root / "full", "-q").exit_code == 0
    return root


def test_new_reports_last_continue_the_kept_assembly(split, tmp_path):
    build = tmp_path / "inc"
    shutil.copytree(split / "base", build)
    assert (build / "cache" / ASSEMBLY_FILE).is_file()
    updated = update_build(build, [split / "late"])
    assert updated.continued and len(updated.read) == 2 and len(updated.reused) == 3
    _assert_same(build, split / "full")
    # the periods' element digests the new reports left alone were taken as they were,
    # and all are what computing them from the graph gives
    G = updated.result.graph
    fresh = ElementDigests()
    period_keys(G, period_reports(G, cumulative=True)[1], fresh)
    kept = KeptAssembly.load(build / "cache", assembly_version(DocumentCache(build).version))
    assert kept.digests == fresh.current
    assert 0 < updated.digests_reused < len(fresh.current)
    # the continued assembly is kept in turn: removing the late reports takes the full
    # path, adding them again continues it, and both are what a full build writes
    removed = update_build(build, remove=[split / "late"])
    assert not removed.continued
    _assert_same(build, split / "base", SAME[1:])  # graph.json names the removed reports
    graph = json.loads((build / "graph.json").read_text("utf-8"))
    assert graph.pop("graph").pop("removed_reports")
    base = json.loads((split / "base" / "graph.json").read_text("utf-8"))
    assert base.pop("graph") and graph == base
    again = update_build(build, [split / "late"])
    assert again.continued and len(again.read) == 2  # their cache left with them
    _assert_same(build, split / "full")


def test_a_report_read_before_the_kept_ones_takes_the_full_path(split, seeds_dir, tmp_path):
    folder = copy_seeds(seeds_dir, tmp_path / "reports", LATE)
    build = tmp_path / "inc"
    assert aikg("build", folder, "--out", build, "-q").exit_code == 0
    [early] = seeds_dir.glob(f"{EARLY[0]}_*.txt")  # "001_..." sorts before "002_..."
    shutil.copy(early, folder / early.name)
    updated = update_build(build)
    assert not updated.continued and len(updated.read) == 1
    assert aikg("build", folder, "--out", tmp_path / "full", "-q").exit_code == 0
    _assert_same(build, tmp_path / "full")


def test_a_kept_assembly_of_another_version_is_not_used(split, tmp_path):
    build = tmp_path / "inc"
    shutil.copytree(split / "base", build)
    path = build / "cache" / ASSEMBLY_FILE
    data = load_sealed(path)
    dump_sealed(path, {**data, "version": data["version"] + "-other"})
    assert KeptAssembly.load(build / "cache", data["version"]) is None
    updated = update_build(build, [split / "late"])
    assert not updated.continued
    _assert_same(build, split / "full")
    assert KeptAssembly.load(build / "cache", data["version"]) is not None  # kept anew


class _Planted:
    """A pickle that, when loaded, leaves a file: what a shared folder could carry."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))


@pytest.mark.parametrize("kept", [ASSEMBLY_FILE, INDEX_FILE])
def test_a_pickle_not_sealed_with_this_users_key_is_never_loaded(split, tmp_path, kept):
    build = tmp_path / "inc"
    shutil.copytree(split / "base", build)
    marker = tmp_path / "ran"
    path = build / "cache" / kept
    planted = pickle.dumps({"format": 1, "payload": _Planted(marker)})
    for blob in (planted, b"\0" * 32 + planted, path.read_bytes()[:32] + planted):
        path.write_bytes(blob)  # bare, sealed by no key, sealed for other content
        assert load_sealed(path) is None and not marker.exists()
    updated = update_build(build, [split / "late"])
    assert not marker.exists()
    assert not updated.continued or kept == INDEX_FILE
    _assert_same(build, split / "full")


def _report(rid, facts):
    return ReportFacts(ReportMeta(rid, path=f"{rid}.txt", published="2031-0" + rid[-1]), facts)


def _rates(rid, company, text):
    ev = Evidence(rid, text, "line 3")
    return RelationFact("RATES", EntityRef(rid, "Report"), EntityRef(company, "Company"), ev,
                        {"rating": "买入"})  # fmt: skip


def _kept(reports):
    builder, warnings = assemble(reports)
    assert builder.graph is not None  # read, so kept flushed, as a build keeps it
    documents = [(rf.meta.path, rf.meta.report_id) for rf in reports]
    return KeptAssembly(pickle.dumps((builder, warnings)), documents, [])


def _texts(G):
    return json.dumps(graph_to_json(G), ensure_ascii=False), graphml_text(G)


def test_a_tie_that_renames_an_entity_met_is_refused():
    # the first report rates "AURC US" alone: the entity is named by its ticker
    old = [_report("r1", [_rates("r1", "AURC US", "维持 AURC US 买入评级")])]
    ev = Evidence("r2", "Aurora Chips (AURC US)", "line 2")
    tie = EntityFact(EntityRef("AURC US", "Company"), ev, aliases=("Aurora Chips",))
    new = [_report("r2", [tie, _rates("r2", "Aurora Chips", "首次覆盖 Aurora Chips")])]
    # a full build learns the tie first, so the entity is named Aurora Chips there
    full, _ = graph_from(old + new)
    assert {d["name"] for _, d in full.nodes(data=True) if d["label"] == "Company"} == {
        "Aurora Chips"
    }
    assert continue_assembly(_kept(old), new) is None


def test_a_continued_assembly_is_the_full_one():
    old = [
        _report("r1", [_rates("r1", "极曜半导体", "维持极曜半导体买入评级")]),
        _report("r2", [_rates("r2", "星衡智能", "星衡智能 首次覆盖")]),
    ]
    ev = Evidence("r3", "极曜半导体（688719.SH）", "line 4")
    new = [
        _report(
            "r3",
            [
                EntityFact(EntityRef("极曜半导体", "Company"), ev, aliases=("688719.SH",)),
                EntityFact(EntityRef("栖霞视觉", "Company"), ev, aliases=("8801.HK",)),
                _rates("r3", "688719.SH", "688719.SH 买入"),
                _rates("r3", "8801.HK", "8801.HK 买入"),
            ],
        )
    ]
    builder, warnings = continue_assembly(_kept(old), new)
    full, full_warnings = graph_from(old + new)
    assert warnings == full_warnings
    assert _texts(builder.graph) == _texts(full)
    assert [n for n in full if n.startswith("report:")] == list(full)[:3]


def _invests(rid, investee, status, **props):
    parts = [
        Participant("MAKES_INVESTMENT", "in", EntityRef("极曜半导体", "Company")),
        Participant("INVESTS_IN", "out", EntityRef(investee, "Company")),
    ]
    props = {"date": "2031-01", "round": "B", "status": status, **props}
    return EventFact("Investment", props, parts, Evidence(rid, "…", "line 5"), ("date", "round"))


def test_a_kept_flushed_builder_gives_the_full_histories_and_conflicts():
    # r3 moves the first deal on, with a property no earlier report gave and another
    # amount (a conflict); the second deal, which r3 leaves alone, is not worked out again
    old = [
        _report("r1", [_invests("r1", "星衡智能", "tentative", amount=6.0e9)]),
        _report(
            "r2", [_invests("r2", "星衡智能", "committed"), _invests("r2", "栖霞视觉", "tentative")]
        ),
        _report("r3", []),
    ]
    new = [_report("r4", [_invests("r4", "星衡智能", "completed", amount=7.0e9, stake_pct=5.0)])]
    builder, _ = continue_assembly(_kept(old[:2]), old[2:] + new)
    full, _ = graph_from(old + new)
    assert _texts(builder.graph) == _texts(full)  # the same properties, in the same order
    deals = {d.get("stake_pct"): (n, d) for n, d in full.nodes(data=True) if "round" in d}
    moved, left = deals[5.0][1], deals[None][0]
    assert moved["status_history"] == ["tentative", "committed", "completed"]
    assert moved["conflict_properties"] == ["amount", "amount"]
    assert deals[5.0][0] in builder.touched and left not in builder.touched


def test_the_kept_graph_index_gives_the_changes_graph_json_gives(split, tmp_path):
    kept, read = tmp_path / "kept", tmp_path / "read"
    for build in (kept, read):
        shutil.copytree(split / "base", build)
    index = read_pickled(kept / "cache" / INDEX_FILE, 1, DocumentCache(kept).version)
    assert index == graph_index(load_build(kept))
    (read / "cache" / INDEX_FILE).unlink()  # an older build folder: graph.json is read
    for build in (kept, read):
        update_build(build, [split / "late"])
    changes = [json.loads((b / "changes.json").read_text("utf-8")) for b in (kept, read)]
    assert changes[0] == changes[1] and changes[0]["new_facts"]
