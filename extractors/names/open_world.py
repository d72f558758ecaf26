"""Names no alias list holds and no organisation suffix marks, for :mod:`.mentions`.

- Typed names: the names the report's structured extractors (tables, headlines, chip
  tables, policies) already typed (``Known.names``), found again in a
  sentence: longest first, spacing-insensitive, Latin names only as whole words, generic
  words ("中国") left out.
- Role names: Chinese names in clear syntactic roles of a deal clause (rules in
  ``rules/names/zh.toml``, "role_names"): the subject at a clause start,
  right before a relational word ("X 宣布向", "X 与", "X 则斥资", "X 为其提供") in a
  clause that names a deal (投资, 采购, 协议 ...), and the object after 向/与/从/由 ...
  right before a deal verb ("向 Y 投资", "与 Y 达成", "由 Y 为其提供"). Generic words
  (双方, 该公司, 市场, 海外 ...) are rejected by a stop list, generic heads and tails.

Both finders return ``(start, end, surface, label)`` spans that avoid ``taken``.

>>> role_spans("2031年3月,云杉算力宣布向澄湖数据投资 5 亿元", [])
[(8, 12, '云杉算力', 'Company'), (15, 19, '澄湖数据', 'Company')]
>>> typed_spans("Helix-9 与 Helix-90 芯片", (("Helix-9", "Chip"),), [])
[(0, 7, 'Helix-9', 'Chip')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from aikg.extractors.names.pos import is_verb, word_freq
from aikg.extractors.names.rules import en, role_names, zh
from aikg.extractors.rules import Rules
from aikg.extractors.text.script import CJK, CJK_RANGE

Span = tuple[int, int, str, str]  # start, end, surface, label
_RUN = re.compile(rf"[{CJK_RANGE}][{CJK_RANGE}A-Za-z0-9]*")


def _rules() -> Rules:
    """The role-name rules (``role_names`` of ``rules/names/zh.toml``)."""
    return role_names()


def free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps none of the ``taken`` spans."""
    return all(end <= s or start >= e for s, e in taken)


# --- typed names ---------------------------------------------------------------------


def _ascii_alnum(char: str) -> bool:
    """Whether ``char`` is one of A-Z, a-z, 0-9."""
    return char.isascii() and char.isalnum()


def name_places(text: str, name: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every place ``name`` is in ``text``, overlapping ones too: any
    spacing (a run of whitespace, or none) where it has a space, Latin ends as whole
    words. Plain string search: a regex made of each document's own names would be
    compiled anew for every sentence and push the rules' patterns out of ``re``'s cache.

    >>> list(name_places("Helix-9 与 Helix-90, AHelix-9", "Helix-9"))
    [(0, 7)]
    >>> list(name_places("Zen  Tech and ZenTech", "Zen Tech"))
    [(0, 9), (14, 21)]
    """
    parts = name.split()
    whole_start = _ascii_alnum(name[:1])
    whole_end = _ascii_alnum(name[-1:])
    start = text.find(parts[0])
    while start >= 0:
        end = start + len(parts[0])
        for part in parts[1:]:
            while end < len(text) and text[end].isspace():
                end += 1
            if not text.startswith(part, end):
                break
            end += len(part)
        else:
            if not (whole_start and start and _ascii_alnum(text[start - 1])) and not (
                whole_end and end < len(text) and _ascii_alnum(text[end])
            ):
                yield start, end
        start = text.find(parts[0], start + 1)


@lru_cache(maxsize=64)
def _typed_names(names: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str, str], ...]:
    """(key without spaces, name, label) of each typed name kept, longest key first: a
    name of one character, a number or a stop name is none."""
    stop = set(_rules()["stop_names"])
    kept: dict[str, tuple[str, str]] = {}
    for name, label in names:
        name = " ".join(name.split())
        key = name.replace(" ", "")
        if len(key) > 1 and not key.isdigit() and name not in stop:
            kept.setdefault(key, (name, label))
    ordered = sorted(kept, key=len, reverse=True)
    return tuple((key, *kept[key]) for key in ordered)


def _typed_hits(text: str, names: list[str]) -> list[tuple[int, int]]:
    """At every place in ``text`` where one of ``names`` begins, the first of them (in
    their order, longest first) found there: its (start, end)."""
    found: dict[int, int] = {}
    for name in names:
        for start, end in name_places(text, name):
            found.setdefault(start, end)
    return list(found.items())


@lru_cache(maxsize=1)
def _company_word_after() -> re.Pattern[str]:
    """A space and a company word ("Semiconductor", "Robotics"): the name goes on."""
    heads = sorted(en()["mentions"]["company_heads"], key=len, reverse=True)
    return re.compile(rf" (?:{'|'.join(map(re.escape, heads))})(?![A-Za-z])")


def typed_spans(
    text: str, names: tuple[tuple[str, str], ...], taken: list[tuple[int, int]]
) -> list[Span]:
    """Typed names in ``text``, longest first, never overlapping ``taken`` or each other."""
    if not names:
        return []
    # only the names whose first word the text holds can match: the regex is made of
    # those (a sentence's few), not of every name the report typed
    present = [t for t in _typed_names(names) if t[1].split()[0] in text]
    labels = {key: label for key, _, label in present}
    hits = _typed_hits(text, [name for _, name, _ in present])
    out: list[Span] = []
    spans = list(taken)
    for start, end in sorted(hits, key=lambda h: (h[0] - h[1], h[0])):
        if text[start:end].isascii() and _company_word_after().match(text, end):
            continue  # "Quillon" typed by a table opens "Quillon Semiconductor" here
        if free(spans, start, end):
            surface = text[start:end]
            out.append((start, end, surface, labels[re.sub(r"\s+", "", surface)]))
            spans.append((start, end))
    return sorted(out)


# --- role names ----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    r = _rules()
    keys = {"lead", "subject_right", "list_right", "clause_verbs", "apposition"}
    keys |= set(r["object_markers"].values())
    return {key: re.compile(r[key]) for key in keys} | {
        "marker": re.compile("|".join(map(re.escape, sorted(r["object_markers"], key=len)[::-1]))),
        "break": re.compile(f"[{re.escape(r['clause_breaks'])}]"),
        "start": re.compile(f"[{re.escape(r['clause_breaks'] + r['list_breaks'])}]"),
    }


def is_generic(name: str) -> bool:
    """Whether a role-name candidate is a generic word rather than a name.

    >>> [is_generic(w) for w in ("双方", "该公司", "应用厂商算力", "开发者", "物流", "云杉算力")]
    [True, True, True, True, True, False]
    >>> [is_generic(w) for w in ("东西部兽医平台", "开放平台", "电商平台")]
    [False, True, True]
    >>> [is_generic(w) for w in ("宣布", "澜岫")]
    [True, False]
    """
    r = _rules()
    for tail in r["named_tails"]:
        stem = name[: -len(tail)] if name.endswith(tail) else ""
        if len(CJK.findall(stem)) >= r["named_tail_stem"] and not is_generic(stem):
            return False
    heads = r["generic_heads"] + zh()["generic_stems"]
    if (
        name in r["stop_names"]
        or any(name.startswith(h) for h in heads)
        or any(name.endswith(t) for t in r["generic_tails"])
        or any(w in name for w in r["generic_inner"])
        or set(name) & set(r["bad_chars"])
    ):
        return True
    if is_verb(name):
        return True  # "宣布", "表示": a verb the clause opens with, never a party
    return (word_freq()(name) or 0) >= r["common_word_freq"]


def _name_at(text: str, s: int, right: re.Pattern[str], taken: list[tuple[int, int]]) -> int:
    """The end of the shortest name starting at ``s`` that ``right`` follows, or -1."""
    r = _rules()
    run = _RUN.match(text, s)
    if run is None:
        return -1
    stop = min([run.end(), s + r["max_len"], *(a for a, _ in taken if a > s)])
    for e in range(s + 1, stop + 1):
        cjk = len(CJK.findall(text, s, e))
        if cjk > r["max_cjk"]:
            break
        m = right.match(text, e) if cjk >= r["min_cjk"] else None
        at = e + len(m.group()) - len(m.group().lstrip()) if m else e
        if m and not (text[at] in r["object_markers"] and _in_compound(text, at)):
            return e  # a marker as right word must stand alone ("及", not "涉及")
    return -1


def _clause_end(text: str, pos: int) -> int:
    m = _patterns()["break"].search(text, pos)
    return m.start() if m else len(text)


def _clause_starts(text: str) -> list[int]:
    """Clause (and list item) starts past any lead words or dates ("2031年3月,", "同时")."""
    pats = _patterns()
    starts = [0] + [m.end() for m in pats["start"].finditer(text)]
    return sorted({pats["lead"].match(text, s).end() for s in starts})


def _in_compound(text: str, i: int) -> bool:
    """Whether the marker at ``i`` is part of a word (参与, 方向, 同时, 由于 ...)."""
    for word in _rules()["marker_compounds"]:
        k = word.find(text[i])
        if k >= 0 and text[i - k : i - k + len(word)] == word:
            return True
    return False


def _deal_clause(text: str, pos: int) -> bool:
    return bool(_patterns()["clause_verbs"].search(text, pos, _clause_end(text, pos)))


def role_spans(text: str, taken: list[tuple[int, int]]) -> list[Span]:
    """Chinese subject and object names of deal clauses (see the module docstring)."""
    pats = _patterns()
    spans = list(taken)
    out: list[Span] = []

    def add(s: int, e: int) -> None:
        name = text[s:e]
        if e > s and free(spans, s, e) and not is_generic(name):
            out.append((s, e, name, "Company"))
            spans.append((s, e))

    for s in _clause_starts(text):
        if _object_end(text, s, spans) > 0:
            continue  # "由 Y 为其提供": an object, read below
        e = _name_at(text, s, pats["subject_right"], spans)
        if e > 0 and _deal_clause(text, e):
            add(s, e)
    for m in pats["marker"].finditer(text):
        e = _object_end(text, m.start(), spans)
        if e > 0:
            add(m.end() + len(text[m.end() : e]) - len(text[m.end() : e].lstrip()), e)
    for m in pats["apposition"].finditer(text):  # "AI 搜索公司曦禾智能完成 ..."
        add(m.start("name"), m.end("name"))
    for s, right in _later_list_items(text):  # "联合 Payora、绿洲物业推出": 绿洲物业 too
        e = _name_at(text, s, right, spans)
        if e > 0:
            add(s, e)
    return sorted(out)


def _later_list_items(text: str) -> list[tuple[int, re.Pattern[str]]]:
    """Starts of the list items after the first of a marker's object list ("联合 A、B 推
    出": B), with the pattern that must follow the object: the marker's."""
    pats = _patterns()
    out = []
    for sep in re.finditer(re.escape(_rules()["list_breaks"]), text):
        clause = pats["break"].split(text[: sep.start()])[-1]
        markers = [m for m in pats["marker"].finditer(clause) if not _in_marker_word(clause, m)]
        if markers:
            right = pats[_rules()["object_markers"][markers[-1].group()]]
            start = sep.end() + len(text[sep.end() :]) - len(text[sep.end() :].lstrip())
            out.append((start, right))
    return out


def _in_marker_word(clause: str, m: re.Match[str]) -> bool:
    return _in_compound(clause, m.start())


def _object_end(text: str, i: int, taken: list[tuple[int, int]]) -> int:
    """The end of the object name after a marker at ``i`` (向, 与, 由 ...), or -1."""
    pats = _patterns()
    m = pats["marker"].match(text, i)
    if m is None or _in_compound(text, i) or not free(taken, i, m.end()):
        return -1
    s = m.end() + len(text[m.end() :]) - len(text[m.end() :].lstrip())
    right = pats[_rules()["object_markers"][m.group()]]
    e = _name_at(text, s, right, taken)
    if e < 0:
        e = _name_at(text, s, pats["list_right"], taken)
        e = e if e > 0 and (_deal_clause(text, e) or _closes_list(text, e, right)) else -1
    return e


def _closes_list(text: str, pos: int, right: re.Pattern[str]) -> bool:
    """Whether the list going on at ``pos`` ("、B、C") ends, within its clause, in the
    words its marker needs ("联合 A、B 发布": 发布 right after B).

    >>> _closes_list("联合甲科技、乙科技发布", 5, _patterns()["joint_right"])
    True
    >>> _closes_list("联合甲科技、乙科技的团队", 5, _patterns()["joint_right"])
    False
    """
    return _list_rest(right.pattern).match(text, pos, _clause_end(text, pos)) is not None


@lru_cache(maxsize=8)
def _list_rest(right: str) -> re.Pattern[str]:
    """Separator and name, once or more ("、乙科技", " 和 Zentrix"), then ``right``."""
    item = rf"[^\s,，;；。、]{{1,{_rules()['max_len']}}}?"
    return re.compile(rf"(?:{_rules()['list_right']}{item})+(?={right})")
