"""Score an extracted graph against hand-labelled gold facts.

A gold file (ours for the seed reports is ``tests/gold/seeds.json``; :mod:`~.gold` reads
it) holds, per category, what the reports state: ``model_releases``, ``ratings``,
``investments``, ``chips``, ``deals``, ``policies`` and ``partnerships``. :func:`score`
reads the same categories out of a graph built to the contract of
:mod:`aikg.graph.assemble` and matches the two one to one.

Graph facts per category:

- model_releases: every ``RELEASED`` edge (maker, model, ``action``, ``date``).
- ratings: every ``RATES`` edge (report, company, ``ticker``, ``rating``, ``close_price``).
- investments: every (investor, investee) pair of an ``Investment`` node (investors by
  ``MAKES_INVESTMENT``, investees by ``INVESTS_IN``), with the node's ``date``,
  ``round``, ``kind``, ``amount``/``currency``, ``stake_pct`` and ``status``.
- chips: every ``Chip`` node, its ``DESIGNS`` vendors and its specs.
- deals: every (payer, payee) pair of a ``Deal`` node (``PAYS_FOR`` / ``PAID_TO``).
- policies: every ``Policy`` node (``ISSUED`` issuers, ``title`` or name, date, region).
- partnerships: every unordered pair of a ``PARTNERS_WITH`` edge or of the ``PARTY_TO``
  parties of a ``Deal``; one fact per pair, with all the dates read for it.

Matching rules (a gold field that is absent is not checked):

- Names: a gold name (a string, or a list of acceptable surface forms) names a graph node
  when ``Resolver().resolve(EntityRef(name, label)).id`` is the node id, or when its
  ``name_key`` equals the ``name_key`` of the node's name or of one of its aliases.
  Companies and organisations are interchangeable as parties.
- Report: a gold item is only matched by a fact read from its report (when the fact
  carries evidence at all).
- Dates: the graph date, cut to the gold date's precision, equals it ("2025-11" accepts
  "2025-11-19"; "2025-11-19" rejects "2025-11"). A list of gold dates accepts any. A
  gold date with ``date_from`` ("period", "context") was inferred, not stated: a graph
  fact without a date is then accepted too.
- Amounts: same currency and value within 1%; other numbers (close, stake, specs) within
  1%. For chips a gold ``null`` means the table gives "/": the graph must hold no value.
- Direction: investor/investee, payer/payee and maker/model are directed; an investment
  with ``"direction": "either"`` (a warrant grant: holder or grantor) accepts both.
- Words (action, round, kind, chip type, rating): case, width, spaces, hyphens and
  underscores ignored; a list accepts any. Status: only tentative (planned, tentative)
  against firm is checked. Region: compared as a country (CN, US).
- Policy titles: brackets, quotes, dashes and spaces ignored; one title contains the
  other (the shorter at least 4 characters).

Each gold item is matched by at most one graph fact and vice versa (a maximum matching,
required items first). ``optional`` gold items are facts the text states loosely (an
undated mention, a leaderboard row): they never count as misses, and a graph fact that
matches one is not counted against precision. Precision only counts graph facts read in
the gold's scope (``scope`` in the gold file: the reports it covers, optionally limited to
line ranges; a locator without a line number is in scope when its report is).

Per category :func:`score` returns ``gold`` (required items), ``optional``, ``extracted``
(graph facts in scope), ``out_of_scope``, ``tp``/``fp``/``fn``, ``recall``,
``precision`` (with nothing extracted: 1 if the gold is empty too, else 0),
``optional_found``, ``misses`` (gold items not found; ``why`` names the differing fields
of the nearest graph fact), ``extras`` (graph facts that match no gold item, with
``why``) and ``matched`` (gold/fact pairs, for auditing). :func:`~.junk.junk_report` lists the
entity names that look like junk; ``bench/eval_extraction.py`` prints both.

The code is split by responsibility, and everything callers use is importable from
:mod:`aikg.graph.evaluation`: :mod:`~.match` (value agreement and the name index),
:mod:`~.facts` (reading the graph's facts per category), :mod:`~.compare` (comparing a
gold item with a graph fact), :mod:`~.assign` (scope and one-to-one matching),
:mod:`~.gold` (reading and checking a gold file), :mod:`~.junk` (junk names) and this
module (scores and their table).

>>> G = nx.MultiDiGraph()
>>> G.add_node("company:alphabet", label="Company", name="Alphabet", aliases=["谷歌"])
>>> G.add_node("model:gemini-3", label="Model", name="Gemini 3", aliases=[])
>>> G.add_edge("company:alphabet", "model:gemini-3", type="RELEASED", action="release",
...            date="2025-11-19", evidence_reports=["r0"], evidence_locators=["line 202"])
0
>>> gold = {"model_releases": [{"report": "r0", "maker": "Google", "model": "Gemini3",
...                             "action": "release", "date": "2025-11"}]}
>>> result = score(G, gold)["model_releases"]
>>> result["recall"], result["precision"], result["tp"], result["fp"]
(1.0, 1.0, 1, 0)
"""

from __future__ import annotations

import networkx as nx

from aikg.graph.evaluation.assign import assign, in_scope, report_agrees
from aikg.graph.evaluation.compare import REGISTRY, describe_fact, describe_gold
from aikg.graph.evaluation.facts import GraphFact
from aikg.graph.evaluation.gold import SCORED
from aikg.graph.evaluation.match import Names, ratio

__all__ = ["failures", "format_evaluation", "format_scores", "score", "score_category"]


def score_category(G: nx.MultiDiGraph, gold: dict, name: str, names: Names | None = None) -> dict:
    """Recall, precision, tp/fp/fn, misses and extras of one category."""
    category = REGISTRY[name]
    names = names or Names(G)
    items = list(gold.get(name) or [])
    scope = (gold.get("scope") or {}).get(name) or (gold.get("scope") or {}).get("default")
    all_facts = category.facts(G)
    facts = [f for f in all_facts if in_scope(f, scope)]
    compared = {
        (i, j): category.compare(item, fact, names)
        for i, item in enumerate(items)
        for j, fact in enumerate(facts)
    }
    same = {k: ok and report_agrees(items[k[0]], facts[k[1]]) for k, (ok, _) in compared.items()}
    good = {k for k, (_, diffs) in compared.items() if same[k] and not diffs}
    required = [i for i, item in enumerate(items) if not item.get("optional")]
    matched, absorbed = assign(items, len(facts), good)
    used = set(matched.values()) | set(absorbed.values())
    misses = [
        {
            **items[i],
            "gold": describe_gold(name, items[i]),
            "why": _why_missed(i, facts, compared, same),
        }
        for i in required
        if i not in matched
    ]
    extras = [
        {
            "fact": describe_fact(fact, names),
            "ref": fact.ref,
            "why": _why_extra(j, items, compared, same),
        }
        for j, fact in enumerate(facts)
        if j not in used
    ]
    tp, fn, fp = len(matched), len(required) - len(matched), len(extras)
    return {
        "gold": len(required),
        "optional": len(items) - len(required),
        "extracted": len(facts),
        "out_of_scope": len(all_facts) - len(facts),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "recall": ratio(tp, tp + fn, 1.0),
        "precision": ratio(tp, tp + fp, 1.0 if fn == 0 else 0.0),
        "optional_found": len(absorbed),
        "misses": misses,
        "extras": extras,
        "matched": [
            {"gold": describe_gold(name, items[i]), "fact": describe_fact(facts[j], names)}
            for i, j in sorted({**matched, **absorbed}.items())
        ],
    }


def _why_missed(i: int, facts: list[GraphFact], compared: dict, same: dict) -> str:
    near = [(len(compared[i, j][1]), j) for j in range(len(facts)) if same[i, j]]
    if not near:
        return "no graph fact names these entities in this report"
    count, j = min(near)
    if count == 0:
        return f"its graph fact {facts[j].ref} went to another gold item"
    return "; ".join(compared[i, j][1])


def _why_extra(j: int, items: list[dict], compared: dict, same: dict) -> str:
    near = [(len(compared[i, j][1]), i) for i in range(len(items)) if same[i, j]]
    if not near:
        return "no gold item names these entities"
    count, i = min(near)
    where = f"gold line {items[i].get('line', '?')}"
    if count == 0:
        return f"duplicate of {where}"
    return f"{where}: " + "; ".join(compared[i, j][1])


def score(G: nx.MultiDiGraph, gold: dict) -> dict[str, dict]:
    """Score every gold category against the graph (see the module docstring)."""
    names = Names(G)
    return {name: score_category(G, gold, name, names) for name in SCORED if name in gold}


def failures(scores: dict[str, dict], threshold: float = 0.95) -> list[str]:
    """The categories whose recall or precision is below ``threshold``.

    >>> failures({"chips": {"recall": 1.0, "precision": 0.9}})
    ['chips: precision 0.90 < 0.95']
    """
    out = []
    for name, s in scores.items():
        for measure in ("recall", "precision"):
            if s[measure] < threshold:
                out.append(f"{name}: {measure} {s[measure]:.2f} < {threshold:.2f}")
    return out


def format_scores(
    scores: dict[str, dict], max_listed: int | None = None, show_matched: bool = False
) -> str:
    """A table (category, gold, found, recall, precision, extras), then misses and extras.

    >>> print(format_scores({"chips": {"gold": 2, "tp": 1, "fp": 0, "recall": 0.5,
    ...     "precision": 1.0, "misses": [{"gold": "X", "why": "w"}], "extras": []}}))
    category          gold  found  recall  precision  extras
    chips                2      1    0.50       1.00       0
    <BLANKLINE>
    chips: 1 missed
      - X  <- w
    """
    lines = [f"{'category':<16}{'gold':>6}{'found':>7}{'recall':>8}{'precision':>11}{'extras':>8}"]
    for name, s in scores.items():
        lines.append(
            f"{name:<16}{s['gold']:>6}{s['tp']:>7}{s['recall']:>8.2f}{s['precision']:>11.2f}"
            f"{s['fp']:>8}"
        )
    for name, s in scores.items():
        if show_matched:
            lines += ["", f"{name}: {len(s.get('matched', []))} matched"]
            lines += [f"  = {m['gold']}\n    ~ {m['fact']}" for m in s.get("matched", [])]
        for kind, key, text in (("missed", "misses", "gold"), ("extra", "extras", "fact")):
            listed = s[key] if max_listed is None else s[key][:max_listed]
            if not listed:
                continue
            lines += ["", f"{name}: {len(s[key])} {kind}"]
            lines += [f"  - {entry[text]}  <- {entry['why']}" for entry in listed]
            if len(listed) < len(s[key]):
                lines.append(f"  ... {len(s[key]) - len(listed)} more")
    return "\n".join(lines)


def format_evaluation(scores: dict[str, dict], junk: dict, threshold: float = 0.95) -> str:
    """What ``aikg eval`` prints: :func:`format_scores`, the junk ratio of
    :func:`~.junk.junk_report`, and one line per category below ``threshold``.

    >>> print(format_evaluation({}, {"junk": 1, "checked": 50, "ratio": 0.02}))
    category          gold  found  recall  precision  extras
    junk names: 1 of 50 (2.0%)
    """
    lines = [format_scores(scores)]
    lines.append(f"junk names: {junk['junk']} of {junk['checked']} ({junk['ratio']:.1%})")
    lines += [f"below {threshold}: {line}" for line in failures(scores, threshold)]
    return "\n".join(lines)
