"""Scoring on small hand-made graphs whose right answers are known: names, dates,
reports, scope, optional items, one-to-one matching, and the printed table."""

from __future__ import annotations

import networkx as nx
from eval_graphs import R0, R4, graph, release_gold, released

from aikg.graph.evaluation import (
    failures,
    format_scores,
    score,
    score_category,
)


def test_names_meet_through_the_alias_list_and_name_key():
    G = graph(released("Google", "Gemini3"))
    result = score(G, release_gold(maker=["谷歌"], model="Gemini 3", date="2025-11-19"))
    assert (result["model_releases"]["tp"], result["model_releases"]["fp"]) == (1, 0)


def test_a_gold_date_is_compared_at_its_own_precision():
    G = graph(released("谷歌", "Gemini 3", date="2025-11-19"))
    assert score(G, release_gold(date="2025-11"))["model_releases"]["recall"] == 1.0
    coarse = graph(released("谷歌", "Gemini 3", date="2025-11"))
    result = score(coarse, release_gold(date="2025-11-19"))["model_releases"]
    assert result["recall"] == 0.0 and result["fn"] == 1 and result["fp"] == 1
    assert "date: gold 2025-11-19, graph 2025-11" in result["misses"][0]["why"]


def test_an_inferred_date_accepts_an_undated_fact_but_not_a_wrong_one():
    undated = graph(released("谷歌", "Gemini 3", date=None))
    gold = release_gold(date="2025-11", date_from="period")
    assert score(undated, gold)["model_releases"]["tp"] == 1
    wrong = graph(released("谷歌", "Gemini 3", date="2025-10-30"))
    assert score(wrong, gold)["model_releases"]["tp"] == 0


def test_action_is_checked_and_a_list_accepts_any():
    G = graph(released("谷歌", "Gemini 3", action="open_source"))
    assert score(G, release_gold())["model_releases"]["tp"] == 0
    assert score(G, release_gold(action=["release", "open_source"]))["model_releases"]["tp"] == 1


def test_a_fact_from_another_report_does_not_match():
    G = graph(released("谷歌", "Gemini 3", report=R4, line=679))
    result = score(G, release_gold())["model_releases"]
    assert result["tp"] == 0 and result["fp"] == 1


def test_facts_outside_the_scope_do_not_count_against_precision():
    G = graph(released("谷歌", "Gemini 3"), released("DeepSeek", "DeepSeek-OCR", line=72))
    gold = release_gold(date="2025-11-19")
    assert score(G, gold)["model_releases"]["fp"] == 1
    gold["scope"] = {"default": {R0: {"exclude_lines": [[68, 74]]}}}
    result = score(G, gold)["model_releases"]
    assert (result["fp"], result["out_of_scope"], result["precision"]) == (0, 1, 1.0)


def test_optional_items_neither_miss_nor_count_as_extras():
    G = graph(released("OpenAI", "GPT-5.1 Instant", date="2025-11-12", line=214))
    gold = release_gold()
    gold["model_releases"].append(
        {
            "report": R0,
            "maker": "OpenAI",
            "model": "GPT-5.1 Instant",
            "action": "release",
            "date": "2025-11-12",
            "optional": True,
        }
    )
    result = score(G, gold)["model_releases"]
    assert (result["gold"], result["tp"], result["fn"], result["fp"]) == (1, 0, 1, 0)
    assert result["optional_found"] == 1


def test_each_fact_matches_one_gold_item_so_duplicates_are_extras():
    G = graph(
        released("腾讯", "HunyuanOCR", "open_source"), released("腾讯", "混元 OCR", "open_source")
    )
    gold = release_gold(maker="腾讯", model=["HunyuanOCR", "混元 OCR"], action="open_source")
    result = score(G, gold)["model_releases"]
    assert (result["tp"], result["fp"]) == (1, 1)
    assert result["extras"][0]["why"].startswith("duplicate of gold line")


def test_empty_graph_scores_zero_and_empty_gold_scores_one():
    empty = nx.MultiDiGraph()
    result = score(empty, release_gold())["model_releases"]
    assert (result["recall"], result["precision"]) == (0.0, 0.0)
    result = score(graph(released("谷歌", "Gemini 3")), {"model_releases": []})
    assert (result["model_releases"]["recall"], result["model_releases"]["precision"]) == (1.0, 0.0)
    assert score(empty, {"model_releases": []})["model_releases"]["precision"] == 1.0


def test_failures_and_the_printed_table():
    G = graph(released("谷歌", "Gemini 3"))
    scores = {
        "model_releases": score_category(G, release_gold(date="2025-11-20"), "model_releases")
    }
    assert failures(scores) == [
        "model_releases: recall 0.00 < 0.95",
        "model_releases: precision 0.00 < 0.95",
    ]
    text = format_scores(scores)
    assert text.splitlines()[1].split() == ["model_releases", "1", "0", "0.00", "0.00", "1"]
    assert "date: gold 2025-11-20, graph 2025-11-19" in text
