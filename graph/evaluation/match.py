"""Agreement of gold values with graph values, and the index of names.

The helpers :mod:`aikg.graph.evaluation.score` scores with: loose comparison of words, numbers,
dates, statuses, regions and policy titles, the line a locator names, and :class:`Names`,
which decides whether a gold name names a graph node. The matching rules they implement
are listed in the docstring of :mod:`aikg.graph.evaluation.score`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import networkx as nx

from aikg.extractors.names import name_key
from aikg.graph.resolve import Resolver
from aikg.schema import PARTY_LABELS, TENTATIVE_STATUSES, EntityRef

RELATIVE_TOLERANCE = 0.01

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
# The United Kingdom by its common code (UK) and its ISO 3166 code (GB)
_UK = {"uk", "u.k.", "gb", "gbr", "unitedkingdom", "greatbritain", "britain", "英国"}


def country_of(region: Any) -> str:
    """The country a region names: "CN", "US", or the region itself, normalised.

    >>> country_of("中国"), country_of("广东省"), country_of("United States"), country_of("EU")
    ('CN', 'CN', 'US', 'eu')
    >>> country_of("GB") == country_of("UK") == country_of("United Kingdom") == "UK"
    True
    """
    text = norm_word(region or "")
    if text in _US or text.startswith("美国"):
        return "US"
    if text in _UK:
        return "UK"
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


def ratio(num: int, den: int, empty: float) -> float:
    """``num / den`` rounded to 4 places; ``empty`` when ``den`` is 0."""
    return round(num / den, 4) if den else empty


# --------------------------------------------------------------------------------------
# names


class Names:
    """Decides whether a gold surface form names a graph node (see the module rules).

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("company:alibaba", label="Company", name="Alibaba", aliases=["阿里巴巴-SW"])
    >>> names = Names(G)
    >>> names.names("company:alibaba", ["9988.HK"]), names.names("company:alibaba", "阿里")
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
        group = "party" if label in PARTY_LABELS else label
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

    def names(self, node: str | None, gold: Any, labels: tuple[str, ...] = PARTY_LABELS) -> bool:
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
