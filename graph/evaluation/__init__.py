"""Extraction quality: a built graph scored against hand-labelled gold facts.

``score(G, load_gold(path))`` gives recall, precision, misses and extras per category
(the matching rules are in :mod:`~aikg.graph.evaluation.score`); ``junk_report(G)`` lists
entity names that look like junk. The ``entities`` category scores the entities each
report names (its ``MENTIONS``) by name, per report. The gold file is always named by the caller
(``aikg eval DIR --gold FILE``); ours for the seed reports is ``tests/gold/seeds.json``.

- :mod:`~aikg.graph.evaluation.gold`: reading and checking a gold file.
- :mod:`~aikg.graph.evaluation.facts`: the graph's facts per category.
- :mod:`~aikg.graph.evaluation.match`: loose agreement of values, and gold names.
- :mod:`~aikg.graph.evaluation.compare`: one gold item against one graph fact.
- :mod:`~aikg.graph.evaluation.assign`: scope, and one-to-one matching.
- :mod:`~aikg.graph.evaluation.score`: scores per category, and their table.
- :mod:`~aikg.graph.evaluation.junk`: junk entity names.
"""

from aikg.graph.evaluation.assign import assign, in_scope, report_agrees
from aikg.graph.evaluation.compare import (
    REGISTRY,
    Category,
    Comparison,
    compare_chip,
    compare_deal,
    compare_entity,
    compare_investment,
    compare_partnership,
    compare_policy,
    compare_rating,
    compare_release,
    describe_fact,
    describe_gold,
)
from aikg.graph.evaluation.facts import (
    GraphFact,
    chip_facts,
    deal_facts,
    entity_facts,
    investment_facts,
    partnership_facts,
    policy_facts,
    rating_facts,
    release_facts,
    report_stem,
)
from aikg.graph.evaluation.gold import CATEGORIES, GoldError, load_gold, validate_gold
from aikg.graph.evaluation.junk import JUNK_LABELS, junk_reason, junk_report
from aikg.graph.evaluation.match import (
    RELATIVE_TOLERANCE,
    Names,
    as_list,
    country_of,
    date_agrees,
    is_tentative,
    line_of,
    norm_title,
    norm_word,
    number_agrees,
    ratio,
    title_agrees,
    word_agrees,
)
from aikg.graph.evaluation.score import (
    failures,
    format_evaluation,
    format_scores,
    score,
    score_category,
)

__all__ = [
    "CATEGORIES",
    "GoldError",
    "JUNK_LABELS",
    "REGISTRY",
    "RELATIVE_TOLERANCE",
    "Category",
    "Comparison",
    "GraphFact",
    "Names",
    "as_list",
    "assign",
    "chip_facts",
    "compare_chip",
    "compare_deal",
    "compare_entity",
    "compare_investment",
    "compare_partnership",
    "compare_policy",
    "compare_rating",
    "compare_release",
    "country_of",
    "date_agrees",
    "deal_facts",
    "entity_facts",
    "describe_fact",
    "describe_gold",
    "failures",
    "format_evaluation",
    "format_scores",
    "in_scope",
    "investment_facts",
    "is_tentative",
    "junk_reason",
    "junk_report",
    "line_of",
    "load_gold",
    "norm_title",
    "norm_word",
    "number_agrees",
    "partnership_facts",
    "policy_facts",
    "rating_facts",
    "ratio",
    "release_facts",
    "report_agrees",
    "report_stem",
    "score",
    "score_category",
    "title_agrees",
    "validate_gold",
    "word_agrees",
]
