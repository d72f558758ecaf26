"""A company's short form tied to its full name within one report ("Valmont AI" and then
"Valmont"; "Brevik Labs" and then "Brevik"): notes and digests give a company's full
name once and its first word(s) after that. The tie is stated as the full name's alias,
so that the relation readers' parties named by the short form meet the same node.

A short form is tied only when the report writes it alone (not opening a longer name or a
model: "Valmont-3", "Mistral Large 3"), when one full name of the report alone starts
with it, when its full name ends in a word of ``short_form_tails`` (``rules/names/
en.toml``), and when the alias list gives the short form to no other entity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from aikg.extractors.names.gate import is_entity
from aikg.extractors.names.lexicon import lookup
from aikg.extractors.names.mentions import Mention
from aikg.extractors.names.rules import en

__all__ = ["short_form_ties"]


@lru_cache(maxsize=1)
def _tails() -> frozenset[str]:
    return frozenset(en()["short_form_tails"])


@lru_cache(maxsize=1)
def _no_names() -> frozenset[str]:
    r = en()
    return frozenset(w.casefold() for key in ("stopwords", "not_names", "places") for w in r[key])


def _short_of(m: Mention) -> str:
    """The short form of a full Latin company name ("Valmont" of "Valmont AI"), or ""."""
    words = m.name.split()
    if not m.is_company or not m.name.isascii() or len(words) < 2 or words[-1] not in _tails():
        return ""
    short = " ".join(words[:-1])
    if short.casefold() in _no_names() or len(short) < 3 or not short[:1].isupper():
        return ""
    return short


def _alone(short: str, texts: Iterable[str]) -> bool:
    """Whether a text writes ``short`` on its own: not opening a longer capitalised name
    or a versioned one ("Valmont AI", "Valmont-3", "Mistral Large 3")."""
    pattern = re.compile(rf"(?<![\w\-&.]){re.escape(short)}(?![\w\-&]|\s+[A-Z0-9]|\.\d)")
    return any(pattern.search(t) for t in texts)


def _listed_apart(short: str, full: Mention) -> bool:
    """Whether the alias list gives the short form to an entity other than the full name."""
    entry = lookup(short)
    if entry is None:
        return False
    listed = lookup(full.name)
    return entry.canonical != (full.canonical or (listed.canonical if listed else ""))


def short_form_ties(mentions: Iterable[Mention], texts: list[str]) -> dict[str, str]:
    """Full name -> short form, for the full names of a report that its texts also give
    in short.

    >>> ms = [Mention(0, 10, "Valmont AI", "Company"), Mention(0, 9, "Pellwyn AI", "Company"),
    ...       Mention(0, 12, "Pellwyn Data", "Company")]
    >>> short_form_ties(ms, ["Valmont AI released Valmont-3.", "Valmont said", "Pellwyn rose"])
    {'Valmont AI': 'Valmont'}
    >>> short_form_ties([Mention(0, 14, "Microsoft Labs", "Company")], ["Microsoft said"])
    {}
    """
    mentions = list(mentions)
    latin = {m.name for m in mentions if m.is_company and m.name.isascii()}
    first: dict[str, Mention] = {}
    for m in mentions:
        if _short_of(m):
            first.setdefault(m.name, m)
    ties = {}
    for short in {_short_of(m) for m in first.values()}:
        names = {n for n in latin if n.startswith(short + " ")}
        if len(names) != 1:
            continue  # "Pellwyn AI" and "Pellwyn Data": the short form names neither
        full = first[next(iter(names))]
        if _listed_apart(short, full) or not is_entity(short, "Company"):
            continue
        if _alone(short, texts):
            ties[full.name] = short
    return ties
