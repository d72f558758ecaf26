"""Deal frames: role patterns over masked sentences (rules in ``rules/deals.json``).

A frame is a regex over a sentence whose company mentions are ``⟨i⟩`` (see
``deals_entities.mask``); its slots name the roles (payer, payee, investor, ...). This
module compiles the frames and returns the raw matches (``Candidate``); resolving
anaphors, dates, amounts and status is the job of ``deals.py``.

>>> [(c.frame, c.roles) for c in match_frames("⟨0⟩宣布向 ⟨1⟩ 投资至多 1000 亿美元")]
[('invest_to', {'investor': [('idx', 0, 0)], 'investee': [('idx', 1, 7)]})]
>>> [(c.frame, c.roles["payer"]) for c in match_frames("同时采购 ⟨2⟩ 芯片")]
[('purchase', [('elided', '', 0)])]
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

_LIST_SEP = r"\s*(?:、|,|，|和|及|与|以及|, and|and|&)\s*"
_GAPS = {"{g}": "[^⟨⟩,，;；]{0,12}?", "{G}": "[^⟨⟩]{0,40}?", "{W}": "[^⟨⟩]{0,70}?"}

# ("idx", mention index, pos) | ("ana", word, pos) | ("elided", "", pos of the match)
Slot = tuple[str, str | int, int]


@dataclass
class Candidate:
    """One frame match in one sentence (positions are in the masked sentence)."""

    frame: str
    fact: str  # investment | deal | agreement | joint | holding | total | cue
    kind: str
    directed: bool
    roles: dict[str, list[Slot]]
    start: int
    end: int
    v_start: int
    v_end: int
    verb: str = ""
    obj: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@lru_cache(maxsize=1)
def deal_rules() -> dict[str, Any]:
    """``rules/deals.json``."""
    text = resources.files("aikg.extractors").joinpath("rules/deals.json").read_text("utf-8")
    return json.loads(text)


def word_alternation(words: list[str]) -> str:
    """Alternation, longest first; Latin words must stand alone (no "will" in "willing").

    >>> bool(re.search(word_alternation(["will"]), "willing"))
    False
    """
    parts = []
    for word in sorted(words, key=len, reverse=True):
        pat = re.escape(word)
        if word[:1].isascii() and word[:1].isalpha():
            pat = r"(?<![A-Za-z])" + pat
        if word[-1:].isascii() and word[-1:].isalpha():
            pat += r"(?![A-Za-z])"
        parts.append(pat)
    return "(?:" + "|".join(parts) + ")"


def regex_words(spec: str) -> str:
    """A '|'-separated rules string as a regex whose Latin words stand alone."""
    return word_alternation(spec.split("|"))


def expand(pattern: str, anaphors: list[str], any_mention: str = "") -> str:
    """Turn a frame pattern with {A}, {A?}, {As}, {g} ... into a Python regex.

    >>> m = re.fullmatch(expand("{A}{g}向{Bs}", ["其"]), "其将向⟨1⟩、⟨2⟩")
    >>> m.group("A_ana"), m.group("Bs")
    ('其', '⟨1⟩、⟨2⟩')
    """
    ana = word_alternation(anaphors)
    # slots whose letter is in ``any_mention`` also take chips, models and products (⟦i⟧)
    for macro, regex in _GAPS.items():
        pattern = pattern.replace(macro, regex)

    def slot(m: re.Match[str]) -> str:
        name, mod = m.group(1), m.group(2)
        o, c = ("[⟨⟦]", "[⟩⟧]") if name in any_mention else ("⟨", "⟩")
        if mod == "s":
            return rf"(?P<{name}s>{o}\d+{c}(?:{_LIST_SEP}{o}\d+{c})*)"
        body = rf"(?:{o}(?P<{name}>\d+){c}|(?P<{name}_ana>{ana}))"
        return body + ("?" if mod == "?" else "")

    return re.sub(r"\{([A-Z])([s?]?)\}", slot, pattern)


@lru_cache(maxsize=1)
def compiled_frames() -> list[tuple[dict[str, Any], re.Pattern[str]]]:
    """The frames of ``rules/deals.json`` with their compiled regexes, in rule order."""
    rules = deal_rules()
    anaphors = rules["anaphor_pattern_words"]
    return [(f, re.compile(expand(f["re"], anaphors))) for f in rules["frames"]]


def _slots(m: re.Match[str], spec: str) -> list[Slot]:
    """The mentions a role spec ("A", "Bs", "A+Bs") names in a match."""
    out: list[Slot] = []
    groups = m.re.groupindex
    for part in spec.split("+"):
        if part not in groups and part + "_ana" not in groups:
            out.append(("elided", "", m.start()))
        elif part.endswith("s"):
            base = m.start(part) if m.group(part) else m.start()
            for i in re.finditer(r"[⟨⟦](\d+)[⟩⟧]", m.group(part) or ""):
                out.append(("idx", int(i.group(1)), base + i.start()))
        elif m.group(part) is not None:
            out.append(("idx", int(m.group(part)), m.start(part) - 1))
        elif m.group(part + "_ana") is not None:
            out.append(("ana", m.group(part + "_ana"), m.start(part + "_ana")))
        else:
            out.append(("elided", "", m.start()))
    return out


def match_frames(masked: str) -> list[Candidate]:
    """All frame matches in a masked sentence, in order of position."""
    out: list[Candidate] = []
    taken: dict[str, list[tuple[int, int]]] = {}
    for frame, regex in compiled_frames():
        for m in regex.finditer(masked):
            spans = taken.setdefault(frame.get("group", frame["id"]), [])
            if "group" in frame and any(s < m.end() and m.start() < e for s, e in spans):
                continue
            spans.append(m.span())
            roles = {role: _slots(m, spec) for role, spec in frame["roles"].items()}
            v_start, v_end = (m.start("v"), m.end("v")) if "v" in regex.groupindex else m.span()
            obj = m.group("obj") if "obj" in regex.groupindex and m.group("obj") else ""
            out.append(
                Candidate(
                    frame=frame["id"],
                    fact=frame["fact"],
                    kind=frame.get("kind", "auto"),
                    directed=bool(frame.get("directed")),
                    roles=roles,
                    start=m.start(),
                    end=m.end(),
                    v_start=v_start,
                    v_end=v_end,
                    verb=masked[v_start:v_end],
                    obj=obj,
                )
            )
    return sorted(out, key=lambda c: (c.v_start, c.start))


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[str, Any]:
    rules = deal_rules()
    return {
        "kinds": [(k, re.compile(regex_words(w), re.I)) for k, w in rules["kind_cues"]],
        "status": [(s, re.compile(regex_words(w), re.I)) for s, w in rules["status_words"]],
        "status_ignore": re.compile(rules["status_ignore"]),
        "round": re.compile(rules["round_regex"]),
        "relative": re.compile(regex_words(rules["relative_days"]), re.I),
        "continuation": re.compile(rules["continuation"], re.I),
        "stake": re.compile(regex_words(rules["stake_words"]), re.I),
        "as_purchase": re.compile(rules["investment_as_purchase"]["cues"], re.I),
        "non_binding": re.compile(regex_words(rules["non_binding"]["words"]), re.I),
    }


def kind_from_cues(text: str) -> str | None:
    """The first deal kind (in rule order) whose cue words occur in ``text``.

    >>> kind_from_cues("第三次扩大租赁合作,提供算力支持"), kind_from_cues("联合优化")
    ('compute_lease', None)
    """
    for kind, regex in _cue_patterns()["kinds"]:
        if regex.search(text):
            return kind
    return None


def status_near(text: str, v_start: int, v_end: int, lo: int, hi: int) -> str | None:
    """The status whose word lies nearest the trigger verb within ``text[lo:hi]``; at
    equal distance the longer word wins ("或将" over "将"); the month "May" is no word.

    >>> t = "黄仁勋已确认⟨0⟩计划参与⟨1⟩的融资"
    >>> status_near(t, t.index("参与"), t.index("参与") + 2, 0, len(t))
    'planned'
    >>> t = "⟨0⟩或将投资⟨1⟩"
    >>> status_near(t, t.index("投资"), t.index("投资") + 2, 0, len(t))
    'tentative'
    >>> t = "In May, ⟨0⟩ will invest in ⟨1⟩"
    >>> status_near(t, t.index("invest"), t.index("invest") + 6, 0, len(t))
    'committed'
    """
    best: tuple[int, int, str] | None = None
    window = text[lo:hi]
    ignored = [m.span() for m in _cue_patterns()["status_ignore"].finditer(window)]
    for status, regex in _cue_patterns()["status"]:
        for m in regex.finditer(window):
            if any(a <= m.start() and m.end() <= b for a, b in ignored):
                continue
            s, e = m.start() + lo, m.end() + lo
            dist = 0 if s < v_end and e > v_start else (v_start - e if e <= v_start else s - v_end)
            if best is None or (dist, -(e - s)) < best[:2]:
                best = (dist, -(e - s), status)
    return best[2] if best else None


def find_round(text: str) -> str | None:
    """The round words in ``text`` ("B 轮", "战略投资", "Series C"), if any."""
    m = _cue_patterns()["round"].search(text)
    return m.group() if m else None


def cue(name: str) -> re.Pattern[str]:
    """One of the compiled cue regexes: relative, continuation, stake, as_purchase,
    non_binding."""
    return _cue_patterns()[name]
