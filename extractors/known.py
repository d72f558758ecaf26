"""What a finished phase of extraction hands to the phases after it.

Extractors run in phases (:data:`aikg.extractors.PHASES`); a later one receives a
``Known`` built from the facts the earlier ones found, as an argument (nothing is
written into the report):

- ``names``: surface form -> label of the companies, organisations, models, chips and
  products the ``structured`` phase typed (tables, headlines, chip tables, policies),
  for the prose readers to recognise again ("星桥智算" first seen in an investment table).

This is the one place where one extractor's findings reach another while extraction
runs. Rules across extractors that judge finished facts (a partnership that is really a
paid deal, an event stated twice) run afterwards as one reconcile pass on the report's
facts (:mod:`aikg.extractors.reconcile`).

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


@dataclass(frozen=True)
class Known:
    """The typed names earlier phases found (see the module docstring)."""

    names: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def learn(self, phase: str, facts: Iterable[Fact]) -> Known:
        """What the finished ``phase`` adds, from its facts: the ``structured`` phase its
        typed names; other phases add nothing."""
        if phase == "structured":
            return replace(self, names=MappingProxyType(typed_names(facts)))
        return self
