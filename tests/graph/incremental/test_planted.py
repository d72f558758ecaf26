"""Invented reports with planted changes: the change report lists exactly them, removing
and replacing reports withdraws their facts, and disagreeing reports are flagged."""

from __future__ import annotations

import pytest
from planted import (
    APRIL,
    MARCH,
    NOTE_ONE,
    NOTE_TWO,
    aikg,
    canonical,
    changes_of,
    report_id,
    write,
)

from aikg.graph.outputs import load_build


@pytest.fixture
def planted(tmp_path):
    """A build of the March report and the first April note, updated with the April
    report and the second April note. Returns (root, build folder, report ids by name)."""
    write(tmp_path / "base", "march.md", MARCH)
    write(tmp_path / "base", "note-one.txt", NOTE_ONE)
    write(tmp_path / "new", "april.md", APRIL)
    write(tmp_path / "new", "note-two.txt", NOTE_TWO)
    build = tmp_path / "out"
    assert aikg("build", tmp_path / "base", "--out", build, "-q").exit_code == 0
    result = aikg("update", build, tmp_path / "new", "-q")
    assert result.exit_code == 0, result.stderr
    assert "read 2, reused 2 from the cache" in result.stdout
    ids = {
        name: report_id(build, folder / name)
        for folder, name in (
            (tmp_path / "base", "march.md"),
            (tmp_path / "base", "note-one.txt"),
            (tmp_path / "new", "april.md"),
            (tmp_path / "new", "note-two.txt"),
        )
    }
    return tmp_path, build, ids


def _names(items: list[dict]) -> set[tuple[str, tuple[str, ...]]]:
    return {(item["name"], tuple(item["reports"])) for item in items}


def test_the_change_report_lists_exactly_the_planted_changes(planted):
    _, build, ids = planted
    april, two = ids["april.md"], ids["note-two.txt"]
    changes = changes_of(build)
    assert {r["id"] for r in changes["added_reports"]} == {april, two}
    assert changes["removed_reports"] == []
    assert {label: _names(items) for label, items in changes["new_entities"].items()} == {
        "Company": {("Brisa Robotics", (april,))},
        "Model": {("Quill-7", (april,))},
    }
    assert {kind: _names(items) for kind, items in changes["new_facts"].items()} == {
        "releases": {("Pellucid AI → Quill-7", (april,))},
        "investments": {("Brisa Robotics → Harrowgate Cloud (equity)", (april,))},
        "ratings": {("互联网行业 2033 年 4 月投资策略 → 栖霞视觉", (two,))},
    }
    [status] = changes["status_changes"]
    assert (status["name"], status["from"], status["to"], status["reports"]) == (
        "Ostrava Dynamics → Pellucid AI (equity)",
        "tentative",
        "committed",
        [april],
    )
    [loop] = changes["new_loops"]
    assert "Ostrava Dynamics → Pellucid AI" in loop["summary"] and loop["reports"] == [april]
    assert changes["broken_loops"] == [] and changes["removed_facts"] == {}
    movers = changes["centrality_movers"]
    assert {m["projection"] for m in movers} == {"whole", "company", "money"}
    assert any(m["name"] == "Brisa Robotics" and m["before"] == 0.0 for m in movers)
    shown = aikg("changes", build)
    assert shown.exit_code == 0
    assert "tentative → committed" in shown.stdout and "Quill-7" in shown.stdout
    report = (build / "report.md").read_text("utf-8")
    assert "### Status changes" in report and "### New money loops" in report


def test_status_history_is_kept_not_overwritten(planted):
    _, build, ids = planted
    G = load_build(build)
    [deal] = [d for _, d in G.nodes(data=True) if d["name"].startswith("Ostrava Dynamics →")]
    assert deal["status"] == "committed"
    assert deal["status_history"] == ["tentative", "committed"]
    assert deal["status_history_reports"] == [ids["march.md"], ids["april.md"]]
    assert deal["status_history_dates"] == ["2033-03", "2033-04"]
    assert (deal["first_reported"], deal["last_reported"]) == ("2033-03", "2033-04")
    assert deal["date"] == "2033-03"  # when it happened, apart from when it was reported
    assert "conflict_properties" not in deal  # a history across months is no conflict


def test_conflicts_are_kept_with_both_values_and_sources(planted):
    _, build, ids = planted
    one, two = ids["note-one.txt"], ids["note-two.txt"]
    G = load_build(build)
    [inv] = [d for _, d in G.nodes(data=True) if d["name"] == "栖霞视觉 → 木棉智造 (equity)"]
    assert list(
        zip(
            inv["conflict_properties"], inv["conflict_values"], inv["conflict_reports"], strict=True
        )
    ) == [
        ("amount", "100000000.0", one),
        ("amount", "150000000.0", two),
    ]
    ratings = [d for _, _, d in G.edges(data=True) if d["type"] == "RATES"]
    assert len(ratings) == 2
    for rating in ratings:
        triples = set(
            zip(
                rating["conflict_properties"],
                rating["conflict_values"],
                rating["conflict_reports"],
                strict=True,
            )
        )
        assert triples == {
            ("close_price", "52.0", one),
            ("close_price", "55.5", two),
            ("eps", "[2.1, 2.6]", one),
            ("eps", "[2.3, 2.6]", two),
        }
    report = (build / "report.md").read_text("utf-8")
    section = report.split("## Reports disagree", 1)[1].split("\n## ", 1)[0]
    assert f"amount: 100000000.0 ({one}) vs 150000000.0 ({two})" in section
    assert f"close_price: 52.0 ({one}) vs 55.5 ({two})" in section


def test_a_removed_report_leaves_and_the_build_equals_a_fresh_one(planted):
    root, build, ids = planted
    april = ids["april.md"]
    result = aikg("update", build, "--remove", root / "new" / "april.md", "-q")
    assert result.exit_code == 0, result.stderr
    assert "read 0, reused 3" in result.stdout
    fresh = root / "fresh"
    args = ("build", root / "base", root / "new" / "note-two.txt", "--out", fresh, "-q")
    assert aikg(*args).exit_code == 0
    assert canonical(build) == canonical(fresh)
    changes = changes_of(build)
    assert changes["removed_reports"] == [april]
    assert {label: _names(items) for label, items in changes["removed_entities"].items()} == {
        "Company": {("Brisa Robotics", (april,))},
        "Model": {("Quill-7", (april,))},
    }
    assert [(c["from"], c["to"]) for c in changes["status_changes"]] == [("committed", "tentative")]
    [broken] = changes["broken_loops"]
    assert broken["reports"] == [april]
    assert load_build(build).graph["removed_reports"] == [april]
    # a later update remembers it, so a database loaded before still gets it withdrawn
    assert aikg("update", build, "-q").exit_code == 0
    assert load_build(build).graph["removed_reports"] == [april]


def test_a_replaced_report_takes_its_old_facts_with_it(planted):
    root, build, ids = planted
    write(root / "new", "note-two.txt", NOTE_TWO.replace("1.5 亿美元", "2 亿美元"))
    result = aikg("update", build, "-q")
    assert result.exit_code == 0, result.stderr
    assert "read 1, reused 3" in result.stdout
    new_id = report_id(build, root / "new" / "note-two.txt")
    assert new_id != ids["note-two.txt"]
    changes = changes_of(build)
    assert changes["removed_reports"] == [ids["note-two.txt"]]
    assert [r["id"] for r in changes["added_reports"]] == [new_id]
    G = load_build(build)
    [inv] = [d for _, d in G.nodes(data=True) if d["name"] == "栖霞视觉 → 木棉智造 (equity)"]
    assert inv["conflict_values"] == ["100000000.0", "200000000.0"]
    assert ids["note-two.txt"] not in inv["reports"] + inv["evidence_reports"]


def test_a_deleted_file_leaves_by_itself(planted):
    root, build, ids = planted
    (root / "base" / "note-one.txt").unlink()
    result = aikg("update", build, "-q")
    assert result.exit_code == 0, result.stderr
    assert changes_of(build)["removed_reports"] == [ids["note-one.txt"]]
    G = load_build(build)
    assert not any("conflict_properties" in d for _, d in G.nodes(data=True))


def test_bad_arguments_are_one_line_with_their_exit_code(planted, tmp_path):
    root, build, _ = planted
    result = aikg("update", build, "--remove", root / "nowhere.md")
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("--remove names no report of this build")
    result = aikg("update", build, root / "missing.md")
    assert result.exit_code == 2 and "missing.md: no such file or folder" in result.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    result = aikg("update", empty)
    assert result.exit_code == 3 and len(result.stderr.strip().splitlines()) == 1
    assert "no manifest.json here" in result.stderr
    fresh = tmp_path / "fresh"
    assert aikg("build", root / "base", "--out", fresh, "-q").exit_code == 0
    result = aikg("changes", fresh)
    assert result.exit_code == 3 and "aikg update" in result.stderr
    assert "--remove PATH" in aikg("update", "--help").stdout
