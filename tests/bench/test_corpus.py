"""The benchmark corpus at N=10: its gold file is one ``aikg eval`` reads, the build finds
the planted facts, and no two invented companies end up as one node."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from corpus import draft_reports, write_corpus  # noqa: E402
from quality import corpus_quality, lost_names, merged_names  # noqa: E402

from aikg.graph import build  # noqa: E402
from aikg.graph.evaluation import load_gold  # noqa: E402


@pytest.fixture(scope="module")
def corpus10(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus10")
    write_corpus(10, out, seed=3)
    return out


def test_same_seed_same_corpus_other_seed_other_names():
    first, again, other = draft_reports(6, 1), draft_reports(6, 1), draft_reports(6, 2)
    assert [d.text() for d in first] == [d.text() for d in again]
    assert first[0].text() != other[0].text()


def test_gold_is_a_valid_gold_file_covering_every_layout(corpus10):
    gold = load_gold(corpus10 / "gold.json")  # raises on any problem
    layouts = {stem.split("_", 1)[1].rsplit("_", 1)[0] for stem in gold["reports"]}
    assert layouts == {"zh_monthly", "zh_thematic", "en_note"}
    for category in ("model_releases", "ratings", "investments", "chips", "deals"):
        assert gold[category], category
    names = json.loads((corpus10 / "names.json").read_text("utf-8"))
    assert len(names) == len(set(names)) > 30


def test_build_finds_the_planted_facts_and_keeps_names_apart(corpus10):
    result = build([corpus10 / "reports"])
    assert not result.errors
    quality = corpus_quality(result.graph, load_gold(corpus10 / "gold.json"))
    assert quality["recall"] >= 0.9 and quality["precision"] >= 0.9, quality
    names = json.loads((corpus10 / "names.json").read_text("utf-8"))
    assert merged_names(result.graph, names) == []
    assert len(lost_names(result.graph, names)) <= len(names) // 20
