"""The policies the policy recogniser reads in a report written at test time."""

from __future__ import annotations

from pathlib import Path

from aikg.extractors import policy
from aikg.extractors.document import read_document, segment
from aikg.schema import EventFact


def policies_in(path: Path, text: str) -> dict[str, EventFact]:
    """Write ``text`` to ``path`` and return its Policy facts by title."""
    path.write_text(text, encoding="utf-8")
    return {f.props["title"]: f for f in policy.extract(segment(read_document(str(path))))}


def issuers_of(fact: EventFact) -> list[str]:
    """The names of the bodies that issued a policy (its ``ISSUED`` participants)."""
    return [p.entity.name for p in fact.participants if p.rel_type == "ISSUED"]


def issuers_date_region(fact: EventFact) -> tuple:
    """(issuers, date, region) of a policy, the row the tests compare."""
    return (issuers_of(fact), fact.props.get("date"), fact.props.get("region"))
