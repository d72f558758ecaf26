"""Facts round-trip exactly through the cache's JSON, on every seed."""

from __future__ import annotations

import json

import pytest

from aikg.graph.incremental.cache import DocumentCache, file_hash
from aikg.graph.incremental.serial import (
    SerialError,
    outcome_from_json,
    outcome_to_json,
    value_from_json,
    value_to_json,
)
from aikg.graph.pipeline import process_document


@pytest.fixture(scope="module")
def seed_outcomes(seeds_dir):
    return [process_document(path) for path in sorted(seeds_dir.glob("*.txt"))]


def test_seed_facts_round_trip_exactly(seed_outcomes):
    for outcome in seed_outcomes:
        assert outcome.report and outcome.report.facts
        text = json.dumps(outcome_to_json(outcome), ensure_ascii=False)
        back = outcome_from_json(json.loads(text))
        assert back == outcome  # dataclass equality: every fact, prop, tuple and float
        assert [type(f) for f in back.report.facts] == [type(f) for f in outcome.report.facts]


def test_cache_hits_only_the_same_content_and_path(seed_outcomes, tmp_path):
    cache = DocumentCache(tmp_path)
    first = seed_outcomes[0]
    cache.put(first)
    assert first.content_hash == file_hash(first.path)
    assert cache.get(first.content_hash, first.path) == first
    assert cache.get(first.content_hash, "elsewhere/" + first.path) is None  # other report id
    assert cache.get("0" * 40, first.path) is None
    entry = tmp_path / "cache" / f"{first.content_hash}.json"
    data = json.loads(entry.read_text("utf-8"))
    assert data["format"] == 1 and data["aikg"]
    data["aikg"] = "0.0.0-other"
    entry.write_text(json.dumps(data), "utf-8")
    assert cache.get(first.content_hash, first.path) is None  # another version: read again
    assert cache.prune(set()) == 1 and not list((tmp_path / "cache").iterdir())


def test_values_keep_their_types():
    value = {"eps": (1.5, None), "years": ["2025E"], "n": 3, "flag": True}
    assert value_from_json(json.loads(json.dumps(value_to_json(value)))) == value
    assert isinstance(value_from_json(value_to_json((1,))), tuple)
    with pytest.raises(SerialError):
        value_to_json({1, 2})


def test_graphml_reads_back_as_networkx_writes_it(seed_out, tmp_path):
    """The one-pass GraphML writer gives what networkx.write_graphml gives."""
    import networkx as nx

    from aikg.graph.outputs import load_build, write_graphml

    G = load_build(seed_out)
    write_graphml(G, tmp_path / "nx.graphml")
    ours, theirs = (
        nx.read_graphml(seed_out / "graph.graphml"),
        nx.read_graphml(tmp_path / "nx.graphml"),
    )
    assert dict(ours.nodes(data=True)) == dict(theirs.nodes(data=True))
    key = lambda e: (e[0], e[1], e[2])  # noqa: E731
    assert sorted(ours.edges(keys=True, data=True), key=key) == sorted(
        theirs.edges(keys=True, data=True), key=key
    )
