"""Score an extracted graph against hand-labelled gold facts, and list junk names.

The gold file (``tests/gold/seeds.json``) holds, per category, what the seed reports
state: ``model_releases``, ``ratings``, ``investments``, ``chips``, ``deals``,
``policies`` and ``partnerships``. :func:`score` reads the same categories out of a
graph built to the contract of :mod:`aikg.graph.assemble` and matches the two one to one.

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
``why``) and ``matched`` (gold/fact pairs, for auditing). :func:`junk_report` lists the
entity names that look like junk; ``bench/eval_extraction.py`` prints both.

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

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from aikg.extractors.lexicon import clean_surface, name_key
from aikg.graph.resolve import Resolver
from aikg.schema import (
    DEAL_KINDS,
    INVESTMENT_KINDS,
    ROUNDS,
    STATUSES,
    TENTATIVE_STATUSES,
    EntityRef,
)

CATEGORIES: tuple[str, ...] = (
    "model_releases",
    "ratings",
    "investments",
    "chips",
    "deals",
    "policies",
    "partnerships",
)
PARTY: tuple[str, ...] = ("Company", "Organization")
RELATIVE_TOLERANCE = 0.01
DEFAULT_GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold" / "seeds.json"

# --------------------------------------------------------------------------------------
# values


def norm_word(value: Any) -> str:
    """A word compared loosely: width, case, spaces, hyphens and underscores ignored.

    >>> norm_word("Open-Source"), norm_word("open_source"), norm_word(" ＧＰＵ ")
    ('opensource', 'opensource', 'gpu')
    """
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    return re.sub(r"[\s\-_]+", "", text)


def as_list(value: Any) -> list:
    """A gold value that may be one value or a list of acceptable ones, as a list.

    >>> as_list("a"), as_list(["a", "b"]), as_list(None)
    (['a'], ['a', 'b'], [])
    """
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def word_agrees(gold: Any, value: Any) -> bool:
    """Does a graph word equal the gold word (or one of the gold alternatives)?

    >>> word_agrees(["release", "open_source"], "Open Source"), word_agrees("b", "b_plus")
    (True, False)
    """
    return value is not None and norm_word(value) in {norm_word(g) for g in as_list(gold)}


def number_agrees(gold: float, value: Any, tolerance: float = RELATIVE_TOLERANCE) -> bool:
    """Is a graph number within ``tolerance`` (relative to the gold number) of it?

    >>> number_agrees(617.0, 617.5), number_agrees(617.0, 630), number_agrees(0, 0.0)
    (True, False, True)
    >>> number_agrees(5.0, None), number_agrees(5.0, "5")
    (False, True)
    """
    try:
        number = float(value)
    except (TypeError, ValueError):
        return False
    return abs(number - gold) <= tolerance * abs(gold) + 1e-12


def date_agrees(gold: str, value: Any) -> bool:
    """Does a graph date equal the gold date at the gold date's precision?

    >>> date_agrees("2025-11", "2025-11-19"), date_agrees("2025", "2025-11")
    (True, True)
    >>> date_agrees("2025-11-19", "2025-11"), date_agrees("2025-11", None)
    (False, False)
    """
    if not value:
        return False
    text = str(value)
    return len(text) >= len(gold) and text[: len(gold)] == gold


def is_tentative(status: Any) -> bool:
    """Is a status one the money loops leave out (planned, tentative)?

    >>> is_tentative("planned"), is_tentative("completed"), is_tentative(None)
    (True, False, False)
    """
    return bool(status) and norm_word(status) in {norm_word(s) for s in TENTATIVE_STATUSES}


_CN_LATIN = {"china", "prc", "cn", "chn", "beijing", "shanghai", "guangdong", "mainlandchina"}
_CN_CJK = (
    "中国 北京 上海 天津 重庆 广东 江苏 浙江 山东 福建 河北 河南 湖北 湖南 安徽 "
    "江西 四川 贵州 云南 陕西 山西 甘肃 青海 辽宁 吉林 黑龙江 海南 广西 内蒙古 "
    "宁夏 新疆 西藏 深圳 杭州 南京 苏州 南通 广州 成都 武汉 西安"
).split()
_US = {"us", "usa", "u.s.", "u.s.a.", "unitedstates", "america", "美国"}


def country_of(region: Any) -> str:
    """The country a region names: "CN", "US", or the region itself, normalised.

    >>> country_of("中国"), country_of("广东省"), country_of("United States"), country_of("EU")
    ('CN', 'CN', 'US', 'eu')
    """
    text = norm_word(region or "")
    if text in _US or text.startswith("美国"):
        return "US"
    if text in _CN_LATIN or any(place in text for place in _CN_CJK):
        return "CN"
    return text


def norm_title(title: Any) -> str:
    """A policy title compared loosely: brackets, quotes, dashes and spaces dropped.

    >>> norm_title("《广东省…方案（2025—2027 年）》") == norm_title("广东省…方案(2025-2027年)")
    True
    """
    text = unicodedata.normalize("NFKC", str(title or "")).casefold()
    return re.sub(r"[\s《》〈〉<>“”\"'‘’「」『』()（）\[\]【】—–\-－~～_·:：,，、。.]+", "", text)


def title_agrees(gold: Any, value: Any) -> bool:
    """Does a graph title contain a gold title (or the reverse, for a short graph title)?

    >>> title_agrees("创世纪计划", "启动人工智能“创世纪计划”"), title_agrees("网络安全法", "安全")
    (True, False)
    """
    have = norm_title(value)
    for want in map(norm_title, as_list(gold)):
        shorter = min(len(want), len(have))
        if shorter >= 4 and (want in have or have in want):
            return True
    return False


def line_of(locator: str) -> int | None:
    """The source line a locator names ("line 214"), if it names one.

    >>> line_of("line 214"), line_of("page 3 table 'x' row 2"), line_of("")
    (214, None, None)
    """
    match = re.search(r"\bline\s+(\d+)", locator or "")
    return int(match.group(1)) if match else None


# --------------------------------------------------------------------------------------
# names


class Names:
    """Decides whether a gold surface form names a graph node (see the module rules).

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("company:alibaba", label="Company", name="Alibaba", aliases=["阿里巴巴-SW"])
    >>> names = Names(G)
    >>> names.names("company:alibaba", ["9988.HK"], PARTY), names.names("company:alibaba", "阿里")
    (True, True)
    >>> names.names("company:alibaba", "腾讯")
    False
    """

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.G = G
        self.resolver = Resolver()
        self._node_keys: dict[str, frozenset[str]] = {}
        self._gold_keys: dict[tuple[str, tuple[str, ...]], frozenset[str]] = {}

    @staticmethod
    def _key(label: str, surface: str) -> str:
        group = "party" if label in PARTY else label
        return f"{group}|{name_key(label, surface)}"

    def node_keys(self, node: str) -> frozenset[str]:
        """The node id and the name keys of its name and aliases."""
        if node not in self._node_keys:
            attrs = self.G.nodes[node] if node in self.G else {}
            label = attrs.get("label", "")
            surfaces = [attrs.get("name") or "", *(attrs.get("aliases") or [])]
            keys = {node} | {self._key(label, s) for s in surfaces if s}
            self._node_keys[node] = frozenset(keys)
        return self._node_keys[node]

    def gold_keys(self, surface: str, labels: tuple[str, ...]) -> frozenset[str]:
        """The node ids the resolver gives a gold name, and its name keys."""
        cache_key = (surface, labels)
        if cache_key not in self._gold_keys:
            keys = set()
            for label in labels:
                keys.add(self.resolver.resolve(EntityRef(surface, label)).id)
                keys.add(self._key(label, surface))
            self._gold_keys[cache_key] = frozenset(keys)
        return self._gold_keys[cache_key]

    def names(self, node: str | None, gold: Any, labels: tuple[str, ...] = PARTY) -> bool:
        """Does one of the gold names (a string or a list) name this node?"""
        if node is None:
            return False
        have = self.node_keys(node)
        return any(self.gold_keys(str(g), labels) & have for g in as_list(gold))

    def label(self, node: str | None) -> str:
        """The node's name for messages ("?" for a missing node)."""
        if node is None:
            return "?"
        return str(self.G.nodes[node].get("name") or node) if node in self.G else node


# --------------------------------------------------------------------------------------
# graph facts


@dataclass
class GraphFact:
    """One fact of a category read out of the graph, with where it was read."""

    category: str
    ref: str  # the node id, or "source -> target" for an edge
    roles: dict[str, str | None]  # role -> node id (maker, model, investor, ...)
    values: dict[str, Any]  # the properties compared with the gold
    evidence: list[tuple[str, str]] = field(default_factory=list)  # (report stem, locator)

    @property
    def reports(self) -> set[str]:
        return {stem for stem, _ in self.evidence}


def report_stem(G: nx.MultiDiGraph, report_id: str) -> str:
    """The file stem of a report id (the id is the stem plus a content hash).

    >>> report_stem(nx.MultiDiGraph(), "000_b085a0ce9d78d87f-1a2b3c4d")
    '000_b085a0ce9d78d87f'
    """
    path = (G.graph.get("reports") or {}).get(report_id, {}).get("path")
    if path:
        return Path(str(path)).stem
    return re.sub(r"-[0-9a-f]{8}$", "", str(report_id))


def _evidence(G: nx.MultiDiGraph, attrs: dict) -> list[tuple[str, str]]:
    reports = list(attrs.get("evidence_reports") or [])
    locators = list(attrs.get("evidence_locators") or [])
    locators += [""] * (len(reports) - len(locators))
    return [(report_stem(G, r), str(loc)) for r, loc in zip(reports, locators, strict=False)]


def _typed_edges(G: nx.MultiDiGraph, rel: str) -> Iterable[tuple[str, str, dict]]:
    for u, v, attrs in G.edges(data=True):
        if attrs.get("type") == rel:
            yield u, v, attrs


def _nodes(G: nx.MultiDiGraph, label: str) -> Iterable[tuple[str, dict]]:
    for node, attrs in G.nodes(data=True):
        if attrs.get("label") == label:
            yield node, attrs


def _sources(G: nx.MultiDiGraph, node: str, rel: str) -> list[str]:
    return sorted({u for u, _, a in G.in_edges(node, data=True) if a.get("type") == rel})


def _targets(G: nx.MultiDiGraph, node: str, rel: str) -> list[str]:
    return sorted({v for _, v, a in G.out_edges(node, data=True) if a.get("type") == rel})


def _values(attrs: dict, keys: Iterable[str]) -> dict[str, Any]:
    return {k: attrs.get(k) for k in keys}


def release_facts(G: nx.MultiDiGraph) -> list[GraphFact]:
    """Every ``RELEASED`` edge: maker, model, action and date."""
    return [
        GraphFact(
            "model_releases",
            f"{u} -> {v}",
            {"maker": u, "model": v},
            _values(a, ("action", "date")),
            _evidence(G, a),
        )
        for u, v, a in _typed_edges(G, "RELEASED")
    ]


def rating_facts(G: nx.MultiDiGraph) -> list[GraphFact]:
    """Every ``RATES`` edge: the rating report, the company and the row's figures."""
    facts = []
    for u, v, a in _typed_edges(G, "RATES"):
        report = report_stem(G, u.removeprefix("report:"))
        values = {
            "report": report,
            "ticker": a.get("ticker") or G.nodes[v].get("ticker"),
            "rating": a.get("rating"),
            "close": a.get("close_price"),
        }
        evidence = _evidence(G, a) or [(report, "")]
        facts.append(GraphFact("ratings", f"{u} -> {v}", {"company": v}, values, evidence))
    return facts


_INVESTMENT_KEYS = ("date", "round", "kind", "amount", "currency", "stake_pct", "status")
_DEAL_KEYS = ("date", "kind", "amount", "currency", "status")


def _pair_facts(
    G: nx.MultiDiGraph,
    category: str,
    label: str,
    out_rel: str,
    in_rel: str,
    roles: tuple[str, str],
    keys: tuple[str, ...],
) -> list[GraphFact]:
    facts = []
    for node, attrs in _nodes(G, label):
        sources = _sources(G, node, out_rel)
        targets = _targets(G, node, in_rel)
        if not sources and not targets:
            continue
        for src in sources or [None]:
            for dst in targets or [None]:
                facts.append(
                    GraphFact(
                        category,
                        node,
                        {roles[0]: src, roles[1]: dst},
                        _values(attrs, keys),
                        _evidence(G, attrs),
                    )
                )
    return facts


def investment_facts(G: nx.MultiDiGraph) -> list[GraphFact]:
    """Every (investor, investee) pair of every ``Investment`` node."""
    return _pair_facts(
        G,
        "investments",
        "Investment",
        "MAKES_INVESTMENT",
        "INVESTS_IN",
        ("investor", "investee"),
        _INVESTMENT_KEYS,
    )


def deal_facts(G: nx.MultiDiGraph) -> list[GraphFact]:
    """Every (payer, payee) pair of every ``Deal`` node that moves money."""
    return _pair_facts(G, "deals", "Deal", "PAYS_FOR", "PAID_TO", ("payer", "payee"), _DEAL_KEYS)


def chip_facts(G: nx.MultiDiGraph) -> list[GraphFact]:
    """Every ``Chip`` node with its vendors (``DESIGNS``) and specs."""
    facts = []
    for node, attrs in _nodes(G, "Chip"):
        evidence: list[tuple[str, str]] = []
        for _, _, a in G.in_edges(node, data=True):
            if a.get("type") in ("DESIGNS", "MENTIONS"):
                evidence += _evidence(G, a)
        evidence = evidence or [(report_stem(G, r), "") for r in attrs.get("reports") or []]
        values = _values(attrs, ("chip_type", "process_nm", "fp16_tflops", "power_w"))
        values["vendors"] = _sources(G, node, "DESIGNS")
        facts.append(GraphFact("chips", node, {"chip": node}, values, evidence))
    return facts


def policy_facts(G: nx.MultiDiGraph) -> list[GraphFact]:
    """Every ``Policy`` node with its issuers (``ISSUED``), title, date and region."""
    facts = []
    for node, attrs in _nodes(G, "Policy"):
        values = _values(attrs, ("date", "region"))
        values["title"] = attrs.get("title") or attrs.get("name")
        values["issuers"] = _sources(G, node, "ISSUED")
        facts.append(GraphFact("policies", node, {}, values, _evidence(G, attrs)))
    return facts


def partnership_facts(G: nx.MultiDiGraph) -> list[GraphFact]:
    """Every unordered pair of partners (``PARTNERS_WITH`` edges and the ``PARTY_TO``
    parties of deals), one fact per pair with every date read for it."""
    pairs: dict[frozenset[str], GraphFact] = {}

    def add(a: str, b: str | None, date: Any, evidence: list, ref: str) -> None:
        key = frozenset({a, b or ""})
        fact = pairs.setdefault(
            key, GraphFact("partnerships", ref, {"a": a, "b": b}, {"dates": []}, [])
        )
        if date and date not in fact.values["dates"]:
            fact.values["dates"].append(date)
        fact.evidence += [e for e in evidence if e not in fact.evidence]

    for u, v, a in _typed_edges(G, "PARTNERS_WITH"):
        add(u, v, a.get("date"), _evidence(G, a), f"{u} -> {v}")
    for node, attrs in _nodes(G, "Deal"):
        parties = _sources(G, node, "PARTY_TO")
        if len(parties) == 1:
            add(parties[0], None, attrs.get("date"), _evidence(G, attrs), node)
        for i, first in enumerate(parties):
            for second in parties[i + 1 :]:
                add(first, second, attrs.get("date"), _evidence(G, attrs), node)
    return list(pairs.values())


# --------------------------------------------------------------------------------------
# comparing one gold item with one graph fact


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


# --------------------------------------------------------------------------------------
# scope and matching


def in_scope(fact: GraphFact, scope: dict[str, dict] | None) -> bool:
    """Is a graph fact read where the gold is complete (see the module rules)?

    >>> fact = GraphFact("chips", "chip:b200", {}, {}, [("r4", "line 647")])
    >>> in_scope(fact, {"r4": {"lines": [[643, 664]]}}), in_scope(fact, {"r0": {}})
    (True, False)
    >>> in_scope(fact, {"r4": {"exclude_lines": [[600, 700]]}}), in_scope(fact, None)
    (False, True)
    """
    if scope is None or not fact.evidence:
        return True
    for stem, locator in fact.evidence:
        spec = scope.get(stem)
        if spec is None:
            continue
        line = line_of(locator)
        if line is None:
            return True
        inside = [a <= line <= b for a, b in spec.get("lines", [])]
        outside = [a <= line <= b for a, b in spec.get("exclude_lines", [])]
        if (not inside or any(inside)) and not any(outside):
            return True
    return False


def _max_matching(edges: dict[int, list[int]]) -> dict[int, int]:
    """A maximum bipartite matching (left -> right) by augmenting paths.

    >>> _max_matching({0: [0, 1], 1: [0]})
    {1: 0, 0: 1}
    """
    owner: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in edges.get(left, []):
            if right in seen:
                continue
            seen.add(right)
            if right not in owner or augment(owner[right], seen):
                owner[right] = left
                return True
        return False

    for left in edges:
        augment(left, set())
    return {left: right for right, left in owner.items()}


def _report_agrees(item: dict, fact: GraphFact) -> bool:
    return not fact.reports or item.get("report") in fact.reports


def _ratio(num: int, den: int, empty: float) -> float:
    return round(num / den, 4) if den else empty


def _assign(
    items: list[dict], n_facts: int, good: set[tuple[int, int]]
) -> tuple[dict[int, int], dict[int, int]]:
    """Match gold items to graph facts one to one: a maximum matching of the required
    items first, then of the optional items with the facts left over.

    >>> _assign([{}, {"optional": True}], 2, {(0, 0), (1, 0), (1, 1)})
    ({0: 0}, {1: 1})
    """
    required = [i for i, item in enumerate(items) if not item.get("optional")]
    optional = [i for i, item in enumerate(items) if item.get("optional")]
    matched = _max_matching({i: [j for j in range(n_facts) if (i, j) in good] for i in required})
    used = set(matched.values())
    absorbed = _max_matching(
        {i: [j for j in range(n_facts) if (i, j) in good and j not in used] for i in optional}
    )
    return matched, absorbed


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
    same = {k: ok and _report_agrees(items[k[0]], facts[k[1]]) for k, (ok, _) in compared.items()}
    good = {k for k, (_, diffs) in compared.items() if same[k] and not diffs}
    required = [i for i, item in enumerate(items) if not item.get("optional")]
    matched, absorbed = _assign(items, len(facts), good)
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
        "recall": _ratio(tp, tp + fn, 1.0),
        "precision": _ratio(tp, tp + fp, 1.0 if fn == 0 else 0.0),
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
    return {name: score_category(G, gold, name, names) for name in CATEGORIES if name in gold}


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


# --------------------------------------------------------------------------------------
# the gold file


def load_gold(path: str | Path | None = None) -> dict:
    """Read a gold file (default: ``tests/gold/seeds.json`` of the repository)."""
    return json.loads(Path(path or DEFAULT_GOLD).read_text("utf-8"))


_REQUIRED_KEYS = {
    "model_releases": ("maker", "model", "action"),
    "ratings": ("ticker", "company", "rating", "close"),
    "investments": ("investor", "investee"),
    "chips": ("vendor", "chip", "chip_type", "process_nm", "fp16_tflops", "power_w"),
    "deals": ("payer", "payee", "kind"),
    "policies": ("title",),
    "partnerships": ("parties",),
}
_VOCABULARY = {
    "direction": ("either",),
    "date_from": ("period", "context"),
    "action": ("release", "open_source", "update"),
    "round": ROUNDS,
    "status": STATUSES,
}
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def validate_gold(gold: dict) -> list[str]:
    """Problems with a gold file: unknown reports, missing keys, words off the schema's
    vocabularies, malformed dates. An empty list means the file is sound.

    >>> validate_gold({"reports": {"r": ""}, "deals": [{"report": "r", "payer": "A",
    ...     "payee": "B", "kind": "gift", "date": "2025/1"}]})
    ['deals[0]: kind gift not in the schema', 'deals[0]: date 2025/1 is not ISO']
    """
    problems = []
    reports = set(gold.get("reports") or {})
    for name in CATEGORIES:
        for n, item in enumerate(gold.get(name) or []):
            where = f"{name}[{n}]"
            if item.get("report") not in reports:
                problems.append(f"{where}: unknown report {item.get('report')}")
            problems += [f"{where}: no {k}" for k in _REQUIRED_KEYS[name] if k not in item]
            problems += _vocabulary_problems(name, item, where)
            problems += [
                f"{where}: date {d} is not ISO"
                for d in as_list(item.get("date"))
                if not _ISO.match(d)
            ]
    return problems


def _vocabulary_problems(name: str, item: dict, where: str) -> list[str]:
    words = dict(_VOCABULARY)
    words["kind"] = DEAL_KINDS if name == "deals" else INVESTMENT_KINDS
    return [
        f"{where}: {key} {value} not in the schema"
        for key, allowed in words.items()
        for value in as_list(item.get(key))
        if value not in allowed
    ]


# --------------------------------------------------------------------------------------
# junk names

JUNK_LABELS: tuple[str, ...] = ("Company", "Model", "Chip", "Policy")
_MAX_CHARS = {"Company": 30, "Model": 40, "Chip": 30, "Policy": 90}
_SECTION_WORDS = tuple(
    "人工智能动态 行业动态 行业政策 行情回顾 投资建议 投资策略 风险提示 核心观点 内容目录 "
    "图表目录 相关研究 盈利预测 投资评级 重点公司 市场走势 公司新闻".split()
)
_DISCLAIMER_WORDS = tuple(
    "免责声明 请务必阅读 本报告 证券研究报告 分析师声明 重要声明 资料来源 仅供参考 "
    "证券投资咨询 版权 不构成 招银国际 国信证券 研究所".split()
)
_GENERIC = {"公司", "模型", "大模型", "芯片", "ai", "人工智能", "平台", "集团", "我们", "政策"}
_DATE = re.compile(
    r"^\d{2,4}\s*[年\-/.]\s*\d{1,2}(\s*[月\-/.]\s*(\d{1,2}\s*[日号]?)?)?$"
    r"|^\d{1,2}\s*月(\s*\d{1,2}\s*[日号])?$|^\d{4}\s*年$|^\d{1,2}\s*[qQhH]\s*\d{2}$"
)
_DATE_INSIDE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日|\b\d{4}-\d{2}-\d{2}\b")
_NUMBER = re.compile(r"^[+-]?[\d.,\s]+(%|x|倍|亿|万|元|美元|nm|w|tflops|gw|mw|pct)?$", re.I)
_CAPTION = re.compile(
    r"^(图表?|表|figure|fig\.?|table|chart|exhibit)\s*\d+|^(资料来源|来源|注)\s*[:：]", re.I
)
_VERB_START = re.compile(r"^(发布|推出|开源|上线|宣布|升级|携手|联合|与|将|在|于|对|向|据|截至)")


def junk_reason(name: str, label: str = "Company") -> str | None:
    """Why a node name looks like junk, or None if it looks like a name.

    >>> [junk_reason(n) for n in ["Gemini 3 Pro", "昇腾 910B", "阿里巴巴（中国）网络技术有限公司"]]
    [None, None, None]
    >>> junk_reason("11月19日"), junk_reason("2025年11月"), junk_reason("5,642,395")
    ('a date', 'a date', 'a number')
    >>> junk_reason("图 3"), junk_reason("人工智能动态"), junk_reason("请务必阅读正文")
    ('a figure caption', 'a section title', 'a disclaimer phrase')
    >>> junk_reason("谷歌发布 Gemini 3，与 OpenAI 竞争持续升级。")
    'a sentence'
    """
    text = clean_surface(name)
    if not text or text.casefold() in _GENERIC:
        return "empty or generic"
    if _DATE.match(text) or _DATE_INSIDE.search(text):
        return "a date"
    if _NUMBER.match(text):
        return "a number"
    if _CAPTION.match(text):
        return "a figure caption"
    if any(w in text for w in _DISCLAIMER_WORDS):
        return "a disclaimer phrase"
    if any(w in text for w in _SECTION_WORDS):
        return "a section title"
    clauses = len(re.findall(r"[，,；;。！？!?]", text))
    if text.endswith(("。", "！", "？")) or clauses >= (2 if label == "Policy" else 1):
        return "a sentence"
    if len(text) > _MAX_CHARS.get(label, 40):
        return "too long"
    if label != "Policy" and _VERB_START.match(text):
        return "starts with a verb"
    return None


def junk_report(G: nx.MultiDiGraph, labels: tuple[str, ...] = JUNK_LABELS) -> dict:
    """The Company, Model, Chip and Policy nodes whose names look like junk.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("company:a", label="Company", name="腾讯")
    >>> G.add_node("company:b", label="Company", name="图 3")
    >>> r = junk_report(G)
    >>> r["checked"], r["junk"], r["ratio"], r["items"][0]["reason"]
    (2, 1, 0.5, 'a figure caption')
    """
    items = []
    checked = 0
    by_label: dict[str, dict[str, int]] = {}
    for node, attrs in G.nodes(data=True):
        label = attrs.get("label")
        if label not in labels:
            continue
        checked += 1
        counts = by_label.setdefault(label, {"checked": 0, "junk": 0})
        counts["checked"] += 1
        name = attrs.get("title") if label == "Policy" and attrs.get("title") else attrs.get("name")
        reason = junk_reason(str(name or ""), label)
        if reason:
            counts["junk"] += 1
            items.append({"id": node, "label": label, "name": name, "reason": reason})
    return {
        "checked": checked,
        "junk": len(items),
        "ratio": _ratio(len(items), checked, 0.0),
        "by_label": by_label,
        "items": items,
    }
