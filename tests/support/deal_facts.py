"""The facts the deal recogniser reads in a report written at test time, and who plays
which part in one of them."""

from __future__ import annotations

from pathlib import Path

from aikg.extractors import deals
from aikg.extractors.document import read_document, segment
from aikg.extractors.known import Known
from aikg.schema import EventFact


def deal_facts(
    path: Path, text: str, names: dict[str, str] | None = None, tables: bool = False
) -> tuple:
    """Write ``text`` to ``path`` and return what ``deals.extract`` yields for it, given
    the typed ``names``; with ``tables``, the deal tables' facts after them."""
    path.write_text(text, encoding="utf-8")
    report = segment(read_document(path))
    found = [*deals.extract(report, Known(names=names or {}))]
    return tuple(found + [*deals.extract_tables(report)] if tables else found)


def who(fact: EventFact, *rels: str) -> set[str]:
    """The names of the fact's participants in any of the relationship types ``rels``."""
    return {p.entity.name for p in fact.participants if p.rel_type in rels}


def money_events(path: Path, text: str, tables: bool = False) -> list[EventFact]:
    """The deals and investments (event facts) :func:`deal_facts` reads in ``text``."""
    return [f for f in deal_facts(path, text, tables=tables) if isinstance(f, EventFact)]


def money_pairs(facts: list[EventFact]) -> set[tuple[str, str, str]]:
    """(label, payer or investor, payee or investee) of every paid deal and investment."""
    return {
        (f.label, a, b)
        for f in facts
        for a in who(f, "PAYS_FOR", "MAKES_INVESTMENT")
        for b in who(f, "PAID_TO", "INVESTS_IN")
    }


def investment_props(path: Path, text: str) -> dict[tuple[str, str], dict]:
    """The properties of every investment in ``text`` by its (investor, investee)."""
    return {
        (a, b): f.props
        for f in money_events(path, text)
        if f.label == "Investment"
        for a in who(f, "MAKES_INVESTMENT")
        for b in who(f, "INVESTS_IN")
    }
