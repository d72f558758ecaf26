"""Extraction quality on our corpora of reports written in the styles of real sources
(Chinese and English broker notes, digests, PDF-to-markdown conversions), with
hand-labelled gold: the development corpora (``dev/``; tests/corpus/notes-zh.md and
notes-en.md say what each exercises) and the held-out corpora (``heldout/`` and
``heldout2/`` to ``heldout5/``, each by a writer who never saw the rules nor the other
reports; tests/corpus/notes-heldout*.md), whose wording no rule is written for.

The floors are the scores measured when they were last raised, less a small margin: a
change that makes extraction worse on text no rule was written for fails here. Raise
them when extraction gets better; the README states the current figures.
"""

from __future__ import annotations

import pytest
from support import ROOT

CORPORA = ROOT / "tests" / "corpus"

# corpus (folder under tests/corpus) -> category -> (recall floor, precision floor)
FLOORS: dict[str, dict[str, tuple[float, float]]] = {
    "dev/zh": {
        "model_releases": (0.87, 0.95),
        "ratings": (0.97, 0.97),
        "investments": (0.88, 0.94),
        "chips": (0.94, 0.97),
        "deals": (0.9, 0.88),
        "policies": (0.96, 0.96),
        "partnerships": (0.89, 0.9),
        "entities": (0.91, 0.91),
    },
    "dev/en": {
        "model_releases": (0.88, 0.94),
        "ratings": (0.96, 0.97),
        "investments": (0.89, 0.95),
        "chips": (0.97, 0.97),
        "deals": (0.86, 0.92),
        "policies": (0.97, 0.97),
        "partnerships": (0.91, 0.94),
        "entities": (0.9, 0.91),
    },
    "heldout/zh": {
        "model_releases": (0.65, 0.97),
        "ratings": (0.97, 0.97),
        "investments": (0.86, 0.93),
        "chips": (0.97, 0.97),
        "deals": (0.52, 0.61),
        "policies": (0.97, 0.97),
        "partnerships": (0.74, 0.97),
        "entities": (0.91, 0.88),
    },
    "heldout/en": {
        "model_releases": (0.76, 0.89),
        "ratings": (0.83, 0.92),
        "investments": (0.84, 0.91),
        "chips": (0.97, 0.97),
        "deals": (0.63, 0.78),
        "policies": (0.8, 0.97),
        "partnerships": (0.89, 0.83),
        "entities": (0.85, 0.84),
    },
    "heldout2/zh": {
        "model_releases": (0.88, 0.88),
        "ratings": (0.97, 0.97),
        "investments": (0.8, 0.97),
        "chips": (0.97, 0.97),
        "deals": (0.4, 0.57),
        "policies": (0.97, 0.97),
        "partnerships": (0.77, 0.64),
        "entities": (0.86, 0.86),
    },
    "heldout2/en": {
        "model_releases": (0.83, 0.83),
        "ratings": (0.97, 0.97),
        "investments": (0.78, 0.97),
        "chips": (0.97, 0.97),
        "deals": (0.97, 0.77),
        "policies": (0.97, 0.97),
        "partnerships": (0.97, 0.97),
        "entities": (0.89, 0.87),
    },
    "heldout3/zh": {
        "model_releases": (0.7, 0.86),
        "ratings": (0.97, 0.97),
        "investments": (0.51, 0.9),
        "chips": (0.64, 0.77),
        "deals": (0.57, 0.72),
        "policies": (0.97, 0.97),
        "partnerships": (0.97, 0.97),
        "entities": (0.84, 0.86),
    },
    "heldout3/en": {
        "model_releases": (0.8, 0.8),
        "ratings": (0.75, 0.92),
        "investments": (0.6, 0.72),
        "chips": (0.97, 0.97),
        "deals": (0.3, 0.64),
        "policies": (0.64, 0.64),
        "partnerships": (0.97, 0.97),
        "entities": (0.9, 0.86),
    },
    "heldout4/zh": {
        "model_releases": (0.91, 0.91),
        "ratings": (0.97, 0.97),
        "investments": (0.81, 0.88),
        "chips": (0.83, 0.97),
        "deals": (0.53, 0.39),
        "policies": (0.77, 0.64),
        "partnerships": (0.59, 0.97),
        "entities": (0.89, 0.85),
    },
    "heldout4/en": {
        "model_releases": (0.97, 0.97),
        "ratings": (0.67, 0.97),
        "investments": (0.92, 0.95),
        "chips": (0.97, 0.97),
        "deals": (0.32, 0.67),
        "policies": (0.84, 0.84),
        "partnerships": (0.57, 0.97),
        "entities": (0.88, 0.85),
    },
    "heldout5/zh": {
        "model_releases": (0.74, 0.68),
        # precision fell when traditional script came to be read folded: the ratings of the
        # traditional note's paragraphs are read, its box-drawn (│) rating table with the
        # closes is not (open), so those ratings miss their close
        "ratings": (0.79, 0.87),
        "investments": (0.54, 0.68),
        "chips": (0.83, 0.97),
        "deals": (0.53, 0.47),
        "policies": (0.53, 0.87),
        "partnerships": (0.72, 0.83),
        "entities": (0.84, 0.81),
    },
    "heldout5/en": {
        "model_releases": (0.77, 0.77),
        "ratings": (0.87, 0.97),
        "investments": (0.67, 0.69),
        # chips: none found yet (0.00/0.00), so no floor is set
        "deals": (0.56, 0.47),
        "policies": (0.37, 0.64),
        "partnerships": (0.64, 0.97),
        "entities": (0.88, 0.84),
    },
}
JUNK_CEILING = 0.03  # junk names as a share of the typed nodes checked


@pytest.fixture(scope="module", params=sorted(FLOORS))
def corpus_scores(request):
    from aikg.graph import build
    from aikg.graph.evaluation import junk_report, load_gold, score

    folder = CORPORA / request.param
    result = build([folder])
    assert not result.errors, result.errors
    gold = load_gold(folder / "gold.json")
    return request.param, score(result.graph, gold), junk_report(result.graph)


def test_every_report_of_the_corpora_is_labelled():
    import json

    for name in FLOORS:
        folder = CORPORA / name
        gold = json.loads((folder / "gold.json").read_text("utf-8"))
        stems = {p.stem for p in folder.iterdir() if p.suffix in (".md", ".txt")}
        assert stems == set(gold["reports"]), name


def test_scores_stay_at_or_above_their_floors(corpus_scores):
    name, scores, _ = corpus_scores
    assert set(FLOORS[name]) <= set(scores)
    low = [
        f"{category}: recall {scores[category]['recall']:.2f} < {recall}"
        if scores[category]["recall"] < recall
        else f"{category}: precision {scores[category]['precision']:.2f} < {precision}"
        for category, (recall, precision) in FLOORS[name].items()
        if scores[category]["recall"] < recall or scores[category]["precision"] < precision
    ]
    assert not low, f"{name}: {low}"


def test_junk_names_stay_rare(corpus_scores):
    name, _, junk = corpus_scores
    assert junk["ratio"] <= JUNK_CEILING, (name, junk)
