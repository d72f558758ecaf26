"""What a finished phase of extraction hands to the phases after it.

Extractors run in phases (:data:`aikg.extractors.PHASES`); a later one receives a
``Known`` built from the facts the earlier ones found, as an argument (nothing is
written into the report):

- ``names``: surface form -> label of the companies, organisations, models, chips and
  products the ``structured`` phase typed (tables, headlines, chip tables, policies),
  for the prose readers to recognise again ("星桥智算" first seen in an investment table);
- ``paid_deals``: (sentence, party names) of every paid deal the ``prose`` phase read (an
  amount, or a lease or cloud contract), so that the relations reader leaves a
  contract-like "partnership" of the same sentence to the deal (a lease "达成合作" with an
  amount is a deal, not a partnership).

This is the one place where one extractor's findings reach another, and it is handed on
between phases rather than run as a reconcile pass over the finished facts: the one
cross-extractor rule (a partnership that is really a paid deal) must act on the sentence
that states it, before the relations reader keeps one statement per pair and paragraph.
A filter afterwards would lose pairs the paragraph also states as a partnership (see
``tests/extractors/test_phases.py``).

>>> from aikg.schema import EntityFact, EntityRef, Evidence
>>> table = EntityFact(EntityRef("星桥智算", "Company"), Evidence("r", "row", ""))
>>> dict(Known().learn("structured", [table]).names)
{'星桥智算': 'Company'}
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from aikg.schema import NAMED_LABELS, EntityFact, EventFact, Fact, RelationFact

PaidDeal = tuple[str, frozenset[str]]  # (evidence sentence, names of the non-chip parties)
_RENTED = frozenset({"compute_lease", "cloud_contract"})  # kinds whose payer is the tenant


def typed_names(facts: Iterable[Fact]) -> dict[str, str]:
    """Surface form -> label of the companies, organisations, models, chips and products
    the facts name (reports excluded; one-character names left out).

    >>> from aikg.schema import EntityRef, Evidence
    >>> ev = Evidence("r", "row", "")
    >>> typed_names([EntityFact(EntityRef("星桥智算", "Company"), ev)])
    {'星桥智算': 'Company'}
    """
    refs = []
    for fact in facts:
        if isinstance(fact, EntityFact):
            refs.append(fact.entity)
        elif isinstance(fact, RelationFact):
            refs += [fact.source, fact.target]
        elif isinstance(fact, EventFact):
            refs += [p.entity for p in fact.participants]
    return {ref.name: ref.label for ref in refs if ref.label in NAMED_LABELS and len(ref.name) > 1}


def paid_deals(facts: Iterable[Fact]) -> frozenset[PaidDeal]:
    """(sentence, party names) of every Deal that states money: an amount, or a lease or
    cloud contract (the tenant pays). A purchase read from "与 Y 达成芯片合作" with no
    amount stays a partnership too: the sentence says they cooperate, and the deal is
    only what the cooperation is about."""
    out = set()
    for fact in facts:
        if isinstance(fact, EventFact) and fact.label == "Deal":
            kind = fact.props.get("kind")
            if "amount" in fact.props or kind in _RENTED:
                names = frozenset(
                    p.entity.name for p in fact.participants if p.entity.label != "Chip"
                )
                out.add((fact.evidence.text, names))
    return frozenset(out)


@dataclass(frozen=True)
class Known:
    """The typed names and paid deals earlier phases found (see the module docstring)."""

    names: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    paid_deals: frozenset[PaidDeal] = frozenset()

    def learn(self, phase: str, facts: Iterable[Fact]) -> Known:
        """What the finished ``phase`` adds, from its facts: the ``structured`` phase its
        typed names, the ``prose`` phase its paid deals; other phases add nothing."""
        if phase == "structured":
            return replace(self, names=MappingProxyType(typed_names(facts)))
        if phase == "prose":
            return replace(self, paid_deals=paid_deals(facts))
        return self
