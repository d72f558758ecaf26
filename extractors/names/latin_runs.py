"""Capitalised Latin runs that are no single name, for :mod:`.mentions`: a digest's
topic label in capitals before a colon ("CHIP ALLIANCE:"), and two names a hyphen joins
("the Varnell-Oskaro partnership") where the text names each on its own; and the
runs a noun of kind introduces as a company ("cloud provider Tarnwick", "Pellwyn, a
Toronto-based developer of", "Tarnwick (private)"), whatever their last word; and the
capitalised words that open a run without being a name ("Japanese carmaker X", "- Expanded
its partnership with X", "Contracts. In October ..."; gate rules of ``rules/names/en``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.names.rules import en

__all__ = [
    "descriptive_lead",
    "descriptive_word",
    "hyphen_pair",
    "kind_introduced",
    "kind_noun_lead",
    "topic_label",
]


@lru_cache(maxsize=1)
def _kind_rules() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The kind nouns (casefolded) and the three patterns of ``en.toml`` that place one."""
    r = en()
    nouns = frozenset(w.casefold() for w in r["kind_nouns"])
    return nouns, *(re.compile(r[k]) for k in ("kind_before", "kind_after", "kind_private"))


def kind_noun_lead(words: list[str]) -> int:
    """How many words open a run as a kind noun capitalised at a sentence start
    ("Chipmaker Ardent": 1); never the run's last word.

    >>> kind_noun_lead(["Chipmaker", "Ardent"]), kind_noun_lead(["Ardent"])
    (1, 0)
    """
    nouns = _kind_rules()[0]
    return 1 if len(words) > 1 and words[0].casefold() in nouns else 0


def kind_introduced(text: str, start: int, end: int) -> bool:
    """Whether a noun of kind introduces the run at ``start:end`` as a company: right
    before it, in an apposition after it, or an "(private)" note after it.

    >>> t = "Cloud provider Tarnwick (private) hired Pellwyn, a Toronto-based developer."
    >>> kind_introduced(t, 15, 23), kind_introduced(t, 40, 47)
    (True, True)
    >>> kind_introduced("Microsoft signed with Tarnwick", 0, 9)
    False
    """
    _, before, after, private = _kind_rules()
    tail, rest = text[max(0, start - 40) : start], text[end : end + 80]
    return bool(before.search(tail) or after.match(rest) or private.match(rest))


def topic_label(text: str, name: str, end: int) -> bool:
    """Whether a capitalised run is a topic label: all capitals, before a colon, and two
    words or one of five letters or more ("CHIP ALLIANCE:", "ELSEWHERE:"; not "AMD:").

    >>> topic_label("CHIP ALLIANCE: Varnell", "CHIP ALLIANCE", 13)
    True
    >>> topic_label("AMD: shares", "AMD", 3), topic_label("Varnell: shares", "Varnell", 7)
    (False, False)
    """
    if not name.isupper() or not re.match(r"\s*:", text[end:]):
        return False
    return len(name.split()) > 1 or len(name) >= 5


def hyphen_pair(text: str, start: int, name: str) -> list[tuple[int, int, str]]:
    """Two names a hyphen joins ("the Varnell-Oskaro partnership") when the text names
    each on its own elsewhere ("Varnell Semiconductor and Oskaro Systems"), else [].

    >>> t = "Varnell Semiconductor and Oskaro Systems: the Varnell-Oskaro deal"
    >>> [n for _, _, n in hyphen_pair(t, 46, "Varnell-Oskaro")]
    ['Varnell', 'Oskaro']
    >>> hyphen_pair("the Rolls-Royce deal", 4, "Rolls-Royce")
    []
    """
    parts = name.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and len(p) > 2 for p in parts):
        return []
    alone = [re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", text) for p in parts]
    if not all(alone):
        return []
    second = start + len(parts[0]) + 1
    return [(start, start + len(parts[0]), parts[0]), (second, second + len(parts[1]), parts[1])]


@lru_cache(maxsize=1)
def _descriptive_rules() -> dict[str, re.Pattern[str]]:
    """The three gate patterns of ``rules/names/en`` for words that open a run."""
    gate = en()["gate"]
    keys = {"descriptive": "descriptive_word", "clause_verb": "clause_verb"}
    keys["run_in"] = "run_in_heading"
    return {name: re.compile(gate[key]) for name, key in keys.items()}


_CLAUSE_START = re.compile(r"(?:^|[.;:!?]\s+|^\s*(?:[-•*–·▪]|\d{1,2}[.)])\s+)(?:\*\*)?$")


def descriptive_word(text: str, start: int) -> bool:
    """Whether the capitalised word at ``text[start:]`` is no name by its shape and the
    words after it (``gate.descriptive_word`` of ``rules/names/en``: a nationality before
    a description, an amount hedge, a share-class label), is a paragraph's run-in heading
    (``gate.run_in_heading``), or is a past-tense verb that opens a clause whose subject
    is left out (``gate.clause_verb``). The Latin run finder
    (:mod:`.mentions`) drops such a word from the run it opens.

    >>> descriptive_word("an MoU with Japanese carmaker Ottoline Motors", 12)
    True
    >>> descriptive_word("- Expanded its partnership with Ferran", 2)
    True
    >>> descriptive_word("Orbis Expanded", 6), descriptive_word("Seriphos said", 0)
    (False, False)
    >>> descriptive_word("Contracts. In October Daerim won", 0)
    True
    """
    g = _descriptive_rules()
    if g["descriptive"].match(text, start):
        return True
    if not text[:start].strip(" \t-•*#") and g["run_in"].match(text, start):
        return True  # "Contracts. In October X won ...": a paragraph's run-in heading
    return bool(_CLAUSE_START.search(text[:start]) and g["clause_verb"].match(text, start))


def descriptive_lead(text: str, offset: int, words: list[tuple[int, int, str]]) -> int:
    """How many of a Latin run's leading ``words`` (their positions from ``offset``) are
    descriptive words (:func:`descriptive_word`), not the name.

    >>> t = "- Selected Halvard Systems as its supplier"
    >>> descriptive_lead(t, 2, [(0, 8, "Selected"), (9, 16, "Halvard"), (17, 24, "Systems")])
    1
    """
    n = 0
    while n < len(words) and descriptive_word(text, offset + words[n][0]):
        n += 1
    return n
