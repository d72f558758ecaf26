"""A company's short form read as its full name within one report ("Valmont AI" and then
"Valmont"; "Brevik Labs" and then "Brevik"): notes and digests give a company's full
name once and its first word(s) after that, and the readers then name parties by the
short form. :func:`named_in_full` renames, in one report's facts, every reference by such
a short form to the full name, so both meet one node.

The renaming stays inside the report: another report's "Halvard" may be Halvard Compute
where this one's is Halvard AI, so no alias tie (which holds for every report) is stated.
A short form is read as a full name only when one company name of the report alone
starts with it, when that name ends in a word of ``short_form_tails`` (``rules/names/
en.toml``), and when the alias list gives the short form to no other entity.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from aikg.extractors.names.gate import is_entity
from aikg.extractors.names.lexicon import lookup
from aikg.extractors.names.rules import en
from aikg.schema import PARTY_LABELS, EntityFact, EntityRef, EventFact, Fact, RelationFact

__all__ = ["full_names", "named_in_full"]


@lru_cache(maxsize=1)
def _tails() -> frozenset[str]:
    return frozenset(en()["short_form_tails"])


@lru_cache(maxsize=1)
def _no_names() -> frozenset[str]:
    r = en()
    return frozenset(w.casefold() for key in ("stopwords", "not_names", "places") for w in r[key])


def _short_of(name: str) -> str:
    """The short form of a full Latin company name ("Valmont" of "Valmont AI"), or ""."""
    words = name.split()
    if not name.isascii() or len(words) < 2 or words[-1] not in _tails():
        return ""
    short = " ".join(words[:-1])
    if short.casefold() in _no_names() or len(short) < 3 or not short[:1].isupper():
        return ""
    return short


def _listed_apart(short: str, full: str) -> bool:
    """Whether the alias list gives the short form to an entity other than the full name."""
    entry = lookup(short)
    if entry is None:
        return False
    listed = lookup(full)
    return listed is None or entry.canonical != listed.canonical


def full_names(names: set[str]) -> dict[str, str]:
    """Short form -> full name, for the company names of one report.

    >>> full_names({"Valmont AI", "Valmont", "Pellwyn AI", "Pellwyn Data", "Pellwyn"})
    {'Valmont': 'Valmont AI'}
    >>> full_names({"Microsoft Labs", "Microsoft"})
    {}
    """
    latin = {n for n in names if n.isascii()}
    out = {}
    for full in sorted(latin):
        short = _short_of(full)
        if not short or short not in latin:
            continue  # the report never names the company by its short form
        if len([n for n in latin if n.startswith(short + " ")]) != 1:
            continue  # "Pellwyn AI" and "Pellwyn Data": the short form names neither
        if not _listed_apart(short, full) and is_entity(short, "Company"):
            out[short] = full
    return out


def _refs(fact: Fact) -> list[EntityRef]:
    if isinstance(fact, EntityFact):
        return [fact.entity]
    if isinstance(fact, RelationFact):
        return [fact.source, fact.target]
    if isinstance(fact, EventFact):
        return [p.entity for p in fact.participants]
    return []


def _renamed(fact: Fact, full: dict[str, str]) -> Fact:
    def ref(r: EntityRef) -> EntityRef:
        return replace(r, name=full[r.name]) if r.name in full and r.label in PARTY_LABELS else r

    if isinstance(fact, EntityFact):
        return replace(fact, entity=ref(fact.entity))
    if isinstance(fact, RelationFact):
        return replace(fact, source=ref(fact.source), target=ref(fact.target))
    if isinstance(fact, EventFact):
        people = [replace(p, entity=ref(p.entity)) for p in fact.participants]
        return replace(fact, participants=people)
    return fact


def named_in_full(facts: list[Fact]) -> list[Fact]:
    """One report's facts with each party named by a short form renamed to its full name.

    >>> from aikg.schema import Evidence
    >>> ev = Evidence("r", "", "")
    >>> fs = [EntityFact(EntityRef("Valmont AI", "Company"), ev),
    ...       RelationFact("PARTNERS_WITH", EntityRef("Valmont", "Company"),
    ...                    EntityRef("Sarvik Telecom", "Company"), ev)]
    >>> named_in_full(fs)[1].source.name
    'Valmont AI'
    """
    names = {r.name for f in facts for r in _refs(f) if r.label in PARTY_LABELS}
    full = full_names(names)
    return [_renamed(f, full) for f in facts] if full else facts
