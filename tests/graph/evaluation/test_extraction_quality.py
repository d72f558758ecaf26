"""Extraction quality on the seeds, scored against our hand-labelled gold facts.

The harness (``graph/evaluation/``, ``aikg eval``, ``bench/eval_extraction.py``) prints
the misses; this test holds the line an analyst signs off: recall and precision of at
least 0.95 in every category, and under 2% junk among entity names.
"""

from __future__ import annotations

from support import SEEDS, SEEDS_GOLD

from aikg.graph.evaluation import failures, format_scores, junk_report, load_gold, score


def test_recall_and_precision_per_category_meet_the_bar(seed_result):
    scores = score(seed_result.graph, load_gold(SEEDS_GOLD))
    assert set(scores) >= {
        "model_releases",
        "ratings",
        "investments",
        "chips",
        "deals",
        "policies",
        "partnerships",
    }
    assert failures(scores, 0.95) == [], format_scores(scores)


def test_junk_names_stay_under_two_percent(seed_result):
    junk = junk_report(seed_result.graph)
    assert junk["checked"] > 200
    assert junk["ratio"] < 0.02, junk["items"][:20]


def test_the_pdf_build_meets_the_bar_too(seed_pdf_result, seed_pdf_folder):
    from support.pdf_scope import printed_gold

    # the gold's excluded line ranges, found again on the PDFs' own lines
    gold = printed_gold(load_gold(SEEDS_GOLD), SEEDS, seed_pdf_folder)
    scores = score(seed_pdf_result.graph, gold)
    weak = [line for line in failures(scores, 0.90)]
    assert weak == [], format_scores(scores)
