"""The entity gate: one check every entity surface passes before it becomes a node.

Whatever extractor names an entity, its surface is refused when it is no name by
construction (rules in ``rules/names/``, ``gate``): markup left by tables and PDF
conversion ("| 寒武纪-U |"), licences ("Apache 2.0"), sizes, units and precisions
("60GB", "7B", "INT8"), prices ("203.71 USD"), dates, pronouns and generic words
("该公司", "当前", "The Company", "Management"), headings and boilerplate, clauses, and a
description glued before a name ("开发商拾光智能"). :func:`contact_line` tells the lines of
an analyst or contact block, from which no entity is read at all.

The graph builder (:mod:`aikg.graph.assemble`) applies :func:`junk_reason` to every
``EntityRef`` of every fact; :mod:`aikg.extractors.mentions` applies it to what it finds.

>>> [junk_reason(n, "Company") for n in ["星衡智能", "Halvorsen Compute", "阿里巴巴-W"]]
[None, None, None]
>>> junk_reason("Apache 2.0", "Model"), junk_reason("60GB", "Model"), junk_reason("该公司")
('a licence', 'a unit or size', 'a generic word')
>>> junk_reason("开发商拾光智能"), junk_reason("| 寒武纪-U |"), junk_reason("203.71 USD")
('a description glued to a name', 'markup', 'a price')
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from aikg.extractors import rules
from aikg.extractors.names.open_world import is_generic
from aikg.extractors.text.surface import clean_surface

__all__ = [
    "contact_line",
    "glued_prefix",
    "is_entity",
    "is_person",
    "junk_reason",
    "strip_note",
]


@lru_cache(maxsize=1)
def _gate() -> dict[str, Any]:
    """The compiled gate rules of the three files."""
    common, zh, en = (rules.load("names", lang)["gate"] for lang in (None, "zh", "en"))
    return {
        "max_chars": dict(common["max_chars"]),
        "markup": re.compile(common["markup"]),
        "licence": re.compile(common["licence"], re.I),
        "unit": re.compile(common["unit"]),
        "price": re.compile(common["price"]),
        "date": re.compile(common["date"], re.I),
        "round": re.compile(common["round"]),
        "process_node": re.compile(common["process_node"]),
        "index": re.compile(common["index"]),
        "role_note": re.compile(common["role_note"]),
        "generic": {w.casefold() for w in [*zh["generic"], *en["generic"]]},
        "desk": {w.casefold() for w in en["desk_words"]},
        "person": [re.compile(en["person_or_clause"]), re.compile(zh["person"])],
        "glued": re.compile(zh["glued"]),
        "verb_start": re.compile(zh["verb_start"]),
        "bad_start": re.compile(zh["bad_start"]),
        "heading": [re.compile(zh["heading"]), re.compile(en["heading"])],
        "clause": re.compile(zh["clause"]),
        "contact": [re.compile(zh["contact_line"], re.I), re.compile(en["contact_line"])],
    }


def junk_reason(name: str, label: str = "Company") -> str | None:
    """Why a surface can be no entity of ``label``, or None when it may be one.

    >>> junk_reason("11月3日"), junk_reason("INT8", "Chip"), junk_reason("风险提示")
    ('a date', 'a unit or size', 'a heading or boilerplate')
    >>> junk_reason("B200", "Chip"), junk_reason("Office for AI, Science", "Organization")
    (None, None)
    """
    g = _gate()
    text = clean_surface(name)
    checks = (
        ("empty", len(text) < 2 or not re.search(r"[\w\u4e00-\u9fff]", text)),
        ("markup", bool(g["markup"].search(text))),
        ("a licence", bool(g["licence"].match(text))),
        ("a unit or size", bool(g["unit"].fullmatch(text))),
        ("a price", bool(g["price"].search(text))),
        ("a date", bool(g["date"].fullmatch(text))),
        ("a generic word", text.casefold() in g["generic"]),
        ("a round label", bool(g["round"].match(text))),
        ("a process node", bool(g["process_node"].match(text))),
        ("a stock index", bool(g["index"].match(text))),
        ("starts with a counter or particle", bool(g["bad_start"].match(text))),
        ("a heading or boilerplate", any(p.search(text) for p in g["heading"])),
        ("a heading or boilerplate", _desk_line(text, g["desk"])),
        ("a clause", bool(g["clause"].search(text))),
        ("a description glued to a name", bool(g["glued"].match(text))),
        ("a verb glued to a name", bool(g["verb_start"].match(text))),
        ("too long", len(text) > g["max_chars"].get(label, 40)),
    )
    return next((why for why, hit in checks if hit), None)


def _desk_line(text: str, desk: set[str]) -> bool:
    """Whether a Latin surface is made of desk, region and sector words alone.

    >>> _desk_line("Global Equity Research", {"global", "equity", "research"})
    True
    >>> _desk_line("Corvane Systems", {"global"}), _desk_line("星衡智能", {"global"})
    (False, False)
    """
    words = [w for w in text.split() if w.casefold() not in _JOINERS]
    return bool(words) and text.isascii() and all(w.casefold() in desk for w in words)


_JOINERS = {"&", "and", "of", "the"}  # "Internet & Software", "MODELS AND SOFTWARE"


def is_person(name: str) -> bool:
    """Whether a surface names a person by an office or title ("Governor Dana Whitlow",
    "加州州长纽森") or opens with a preposition ("In Congress"). Not part of the gate: a
    policy may name its issuer so; the mentions reader takes no such surface.

    >>> is_person("CEO Marta Lindqvist"), is_person("加州州长纽森"), is_person("The White House")
    (True, True, False)
    """
    return any(p.search(clean_surface(name)) for p in _gate()["person"])


def is_entity(name: str, label: str = "Company") -> bool:
    """Whether the surface passes the gate.

    >>> is_entity("Qwen3-Max", "Model"), is_entity("7B", "Model")
    (True, False)
    """
    return junk_reason(name, label) is None


def contact_line(text: str) -> bool:
    """Whether a line belongs to an analyst or contact block (no entity is read there).

    >>> contact_line("分析师：林海  邮箱：lin@example.com"), contact_line("腾讯发布混元 2.0")
    (True, False)
    """
    return any(p.search(text) for p in _gate()["contact"])


def glued_prefix(name: str) -> int:
    """The length of the description glued before a name ("开发商拾光智能": 3), else 0.

    >>> glued_prefix("开发商拾光智能"), glued_prefix("陪练应用听屿科技"), glued_prefix("拾光智能")
    (3, 4, 0)
    >>> glued_prefix("持有芯朔科技"), glued_prefix("交易完成后云栈数智")
    (2, 5)
    """
    hits = [p.match(name) for p in (_gate()["glued"], _gate()["verb_start"])]
    return max((m.end() for m in hits if m), default=0)


def strip_note(name: str) -> str:
    """The name without a role note a table cell adds to it ("X(领投)") and without a
    description glued before it ("开发商X"), when what is left is a name.

    >>> strip_note("北溟资本(领投)"), strip_note("Orbis Capital (lead)"), strip_note("腾讯")
    ('北溟资本', 'Orbis Capital', '腾讯')
    >>> strip_note("开发商拾光智能"), strip_note("企业智能"), strip_note("投资银行")
    ('拾光智能', '企业智能', '投资银行')
    """
    g = _gate()
    name = g["role_note"].sub("", name)
    glued = glued_prefix(name)
    if glued and is_entity(name[glued:]) and not is_generic(name[glued:]):
        return name[glued:]  # not "投资银行" -> "银行": a common word is left, no name
    return name
