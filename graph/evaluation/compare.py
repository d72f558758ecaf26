"""Comparing one gold item with one graph fact, per category, and describing both.

Each ``compare_*`` function returns whether the fact names the gold item's entities and
which of the gold fields differ; :data:`REGISTRY` ties every category to its fact reader
(:mod:`aikg.graph.evaluation.facts`), its comparison and the fields its messages show.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

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
)
from aikg.graph.evaluation.match import (
    Names,
    as_list,
    country_of,
    date_agrees,
    is_tentative,
    norm_word,
    number_agrees,
    title_agrees,
    word_agrees,
)
from aikg.schema import PARTY_LABELS


def _date_difference(item: dict, dates: list) -> str | None:
    if "date" not in item:
        return None
    wanted = as_list(item["date"])
    have = [d for d in dates if d]
    if not have:
        return None if item.get("date_from") else f"date: gold {wanted[0]}, graph none"
    if any(date_agrees(w, d) for w in wanted for d in have):
        return None
    return f"date: gold {'|'.join(wanted)}, graph {'|'.join(map(str, have))}"


def _word_difference(item: dict, key: str, value: Any, field_name: str = "") -> str | None:
    if key not in item or word_agrees(item[key], value):
        return None
    return f"{field_name or key}: gold {'|'.join(map(str, as_list(item[key])))}, graph {value}"


def _number_difference(item: dict, key: str, value: Any) -> str | None:
    if key not in item:
        return None
    if item[key] is None:
        return None if value is None else f"{key}: gold none, graph {value}"
    return (
        None
        if number_agrees(float(item[key]), value)
        else f"{key}: gold {item[key]}, graph {value}"
    )


def _amount_difference(item: dict, values: dict) -> str | None:
    if "amount" not in item:
        return None
    want = item["amount"]
    have = values.get("amount")
    text = (
        f"amount: gold {want['value']:g} {want['currency']}, graph {have} {values.get('currency')}"
    )
    if not number_agrees(float(want["value"]), have):
        return text
    if norm_word(values.get("currency") or "") != norm_word(want["currency"]):
        return text
    return None


def _status_difference(item: dict, status: Any) -> str | None:
    if "status" not in item or is_tentative(item["status"]) == is_tentative(status):
        return None
    return f"status: gold {item['status']}, graph {status or 'none'}"


def _clean(diffs: Iterable[str | None]) -> list[str]:
    return [d for d in diffs if d]


Comparison = tuple[bool, list[str]]  # (the entities agree, the differing fields)


def compare_release(item: dict, fact: GraphFact, names: Names) -> Comparison:
    same = names.names(fact.roles["maker"], item["maker"]) and names.names(
        fact.roles["model"], item["model"], ("Model",)
    )
    v = fact.values
    return same, _clean(
        [_word_difference(item, "action", v["action"]), _date_difference(item, [v["date"]])]
    )


def compare_rating(item: dict, fact: GraphFact, names: Names) -> Comparison:
    v = fact.values
    same = v["report"] == item["report"] and names.names(
        fact.roles["company"], [item["company"], *as_list(item.get("ticker"))]
    )
    rating = _RATING_WORDS.get(norm_word(v["rating"] or ""), v["rating"])
    return same, _clean(
        [
            _word_difference(item, "ticker", v["ticker"]),
            _word_difference(item, "rating", rating),
            _number_difference(item, "close", v["close"]),
        ]
    )


_RATING_WORDS = {"outperform": "优于大市", "neutral": "中性", "underperform": "弱于大市"}


def compare_investment(item: dict, fact: GraphFact, names: Names) -> Comparison:
    investor, investee = fact.roles["investor"], fact.roles["investee"]
    same = names.names(investor, item["investor"]) and names.names(investee, item["investee"])
    if item.get("direction") == "either" and not same:
        same = names.names(investee, item["investor"]) and names.names(investor, item["investee"])
    v = fact.values
    return same, _clean(
        [
            _date_difference(item, [v["date"]]),
            _word_difference(item, "round", v["round"]),
            _word_difference(item, "kind", v["kind"]),
            _amount_difference(item, v),
            _number_difference(item, "stake_pct", v["stake_pct"]),
            _status_difference(item, v["status"]),
        ]
    )


def compare_chip(item: dict, fact: GraphFact, names: Names) -> Comparison:
    same = names.names(fact.roles["chip"], item["chip"], ("Chip",))
    v = fact.values
    vendor = None
    if not any(names.names(n, item["vendor"]) for n in v["vendors"]):
        have = ", ".join(names.label(n) for n in v["vendors"]) or "none"
        vendor = f"vendor: gold {'|'.join(as_list(item['vendor']))}, graph {have}"
    return same, _clean(
        [
            vendor,
            _word_difference(item, "chip_type", v["chip_type"]),
            _number_difference(item, "process_nm", v["process_nm"]),
            _number_difference(item, "fp16_tflops", v["fp16_tflops"]),
            _number_difference(item, "power_w", v["power_w"]),
        ]
    )


def compare_deal(item: dict, fact: GraphFact, names: Names) -> Comparison:
    same = names.names(fact.roles["payer"], item["payer"]) and names.names(
        fact.roles["payee"], item["payee"]
    )
    v = fact.values
    return same, _clean(
        [
            _word_difference(item, "kind", v["kind"]),
            _amount_difference(item, v),
            _date_difference(item, [v["date"]]),
            _status_difference(item, v["status"]),
        ]
    )


def compare_policy(item: dict, fact: GraphFact, names: Names) -> Comparison:
    v = fact.values
    same = title_agrees(item["title"], v["title"])
    issuer = None
    if "issuer" in item and not any(names.names(n, item["issuer"]) for n in v["issuers"]):
        have = ", ".join(names.label(n) for n in v["issuers"]) or "none"
        issuer = f"issuer: gold {'|'.join(as_list(item['issuer']))}, graph {have}"
    region = None
    if "region" in item and country_of(v["region"]) != country_of(item["region"]):
        region = f"region: gold {item['region']}, graph {v['region'] or 'none'}"
    return same, _clean([issuer, _date_difference(item, [v["date"]]), region])


def compare_partnership(item: dict, fact: GraphFact, names: Names) -> Comparison:
    first, second = item["parties"]
    a, b = fact.roles["a"], fact.roles["b"]
    same = (names.names(a, first) and names.names(b, second)) or (
        names.names(a, second) and names.names(b, first)
    )
    return same, _clean([_date_difference(item, fact.values["dates"])])


# --- entities: the companies, organisations, models, chips and products a report names,
# scored by name per report. A graph fact is one (entity node, report) pair (its MENTIONS
# edge); a gold entity is found when a node that report mentions is named by it; Company
# and Organization are interchangeable; precision counts the in-scope pairs no gold
# entity of their report names.


def entity_labels(label: str) -> tuple[str, ...]:
    """The node labels a gold entity label accepts (parties are interchangeable).

    >>> entity_labels("Organization"), entity_labels("Chip")
    (('Company', 'Organization'), ('Chip',))
    """
    return tuple(PARTY_LABELS) if label in PARTY_LABELS else (label,)


def compare_entity(item: dict, fact: GraphFact, names: Names) -> tuple[bool, list[str]]:
    """Does the gold entity name the fact's node (in the same report)? No field differs
    once it does.

    >>> G = nx.MultiDiGraph(reports={"r-1a2b3c4d": {"path": "x/r.md"}})
    >>> G.add_node("report:r-1a2b3c4d", label="Report", name="r")
    >>> G.add_node("company:zorbex", label="Company", name="Zorbex Labs", aliases=[])
    >>> G.add_edge("report:r-1a2b3c4d", "company:zorbex", type="MENTIONS",
    ...            evidence_reports=["r-1a2b3c4d"], evidence_locators=["line 3"])
    0
    >>> [(f.roles["entity"], f.reports) for f in entity_facts(G)]
    [('company:zorbex', {'r'})]
    >>> item = {"report": "r", "label": "Organization", "name": "zorbex labs"}
    >>> compare_entity(item, entity_facts(G)[0], Names(G))
    (True, [])
    """
    if item.get("report") not in fact.reports:
        return False, []
    labels = entity_labels(str(item.get("label", "")))
    if fact.values.get("label") not in labels:
        return False, []
    return names.names(fact.roles["entity"], item.get("name"), labels), []


@dataclass(frozen=True)
class Category:
    """How one gold category is read out of a graph and compared with the gold."""

    name: str
    facts: Callable[[nx.MultiDiGraph], list[GraphFact]]
    compare: Callable[[dict, GraphFact, Names], Comparison]
    fields: tuple[str, ...]  # the gold fields, in the order messages show them


REGISTRY: dict[str, Category] = {
    c.name: c
    for c in [
        Category(
            "model_releases", release_facts, compare_release, ("maker", "model", "action", "date")
        ),
        Category("ratings", rating_facts, compare_rating, ("ticker", "company", "rating", "close")),
        Category(
            "investments",
            investment_facts,
            compare_investment,
            ("investor", "investee", "date", "round", "kind", "amount", "stake_pct", "status"),
        ),
        Category(
            "chips",
            chip_facts,
            compare_chip,
            ("vendor", "chip", "chip_type", "process_nm", "fp16_tflops", "power_w"),
        ),
        Category(
            "deals",
            deal_facts,
            compare_deal,
            ("payer", "payee", "kind", "amount", "date", "status"),
        ),
        Category("policies", policy_facts, compare_policy, ("issuer", "title", "date", "region")),
        Category("partnerships", partnership_facts, compare_partnership, ("parties", "date")),
        Category("entities", entity_facts, compare_entity, ("label", "name")),
    ]
}


def _text(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, dict) and "value" in value:
        return f"{value['value']:g} {value.get('currency', '')}".strip()
    return "|".join(map(str, as_list(value)))


def describe_gold(name: str, item: dict) -> str:
    """A one-line account of a gold item for the misses list.

    >>> describe_gold("deals", {"report": "004_x", "line": 88, "payer": "英伟达",
    ...     "payee": "CoreWeave", "amount": {"value": 6.3e9, "currency": "USD"}})
    '004 line 88: payer=英伟达, payee=CoreWeave, amount=6.3e+09 USD'
    """
    parts = []
    for key in REGISTRY[name].fields:
        if key == "parties" and key in item:
            parts.append("parties=" + " + ".join(map(_text, item[key])))
        elif key in item:
            parts.append(f"{key}={_text(item[key])}")
    return f"{str(item.get('report', '?'))[:3]} line {item.get('line', '?')}: " + ", ".join(parts)


def describe_fact(fact: GraphFact, names: Names) -> str:
    """A one-line account of a graph fact for the extras list."""
    roles = " / ".join(f"{k}={names.label(v)}" for k, v in fact.roles.items())
    values = ", ".join(
        f"{k}={'|'.join(names.label(n) for n in v) if k in ('vendors', 'issuers') else v}"
        for k, v in fact.values.items()
        if v not in (None, [], "")
    )
    where = "; ".join(sorted({f"{s} {loc}".strip() for s, loc in fact.evidence})[:2])
    return f"{roles} ({values}) [{where}]".replace("  ", " ")
