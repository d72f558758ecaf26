"""The facts the deal recogniser reads in a report written at test time, and who plays
which part in one of them."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from aikg.extractors import deals
from aikg.extractors.document import read_document, segment
from aikg.extractors.known import Known
from aikg.extractors.names.lexicon import lookup
from aikg.schema import EventFact
from support import SEEDS


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


def by_investment_pair(facts: list[EventFact]) -> dict[tuple[str, str], EventFact]:
    """(investor, investee) -> the investment fact, for every pair of every investment."""
    return {
        (a, b): f
        for f in facts
        if f.label == "Investment"
        for a in who(f, "MAKES_INVESTMENT")
        for b in who(f, "INVESTS_IN")
    }


def money_pairs(facts: list[EventFact]) -> set[tuple[str, str, str]]:
    """(label, payer or investor, payee or investee) of every paid deal and investment."""
    return {
        (f.label, a, b)
        for f in facts
        for a in who(f, "PAYS_FOR", "MAKES_INVESTMENT")
        for b in who(f, "PAID_TO", "INVESTS_IN")
    }


def canon(name: str) -> str:
    """The alias list's canonical form of ``name``, or ``name`` itself."""
    entry = lookup(name)
    return entry.canonical if entry else name


def roles(fact: EventFact) -> dict[str, set[str]]:
    """Relationship type -> the canonical names of the fact's participants in it."""
    out: dict[str, set[str]] = {}
    for p in fact.participants:
        out.setdefault(p.rel_type, set()).add(canon(p.entity.name))
    return out


@lru_cache(maxsize=8)
def facts_of(path: str) -> tuple[EventFact, ...]:
    """What ``deals.extract`` yields for the report at ``path`` (memoised)."""
    return tuple(deals.extract(segment(read_document(path))))


def seed(prefix: str) -> tuple[EventFact, ...]:
    """The deal facts of the seed report whose name starts with ``prefix``."""
    [path] = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    return facts_of(str(path))


def report_of(tmp_path: Path, text: str, name: str = "sample.txt") -> tuple[EventFact, ...]:
    """Write ``text`` as report ``name`` under ``tmp_path``; its deal facts."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return tuple(deals.extract(segment(read_document(path))))


def find(facts, label, payer=None, payee=None, kind=None, **props):
    """Facts of ``label`` whose payer/investor and payee/investee include the names."""
    out = []
    for f in facts:
        r = roles(f)
        pays = r.get("PAYS_FOR", set()) | r.get("MAKES_INVESTMENT", set())
        paid = r.get("PAID_TO", set()) | r.get("INVESTS_IN", set())
        if f.label != label or (kind and f.props.get("kind") != kind):
            continue
        if payer and payer not in pays or payee and payee not in paid:
            continue
        if all(f.props.get(k) == v for k, v in props.items()):
            out.append(f)
    return out


def one(facts, label, payer=None, payee=None, kind=None, **props):
    """The single fact :func:`find` finds (asserts there is exactly one)."""
    found = find(facts, label, payer, payee, kind, **props)
    assert len(found) == 1, (label, payer, payee, kind, props, found)
    return found[0]


def investments_by_pair(facts) -> dict[tuple[str, str], dict]:
    """The properties of every investment among ``facts`` by its (investor, investee)."""
    return _by_pair(facts, "Investment", "MAKES_INVESTMENT", "INVESTS_IN")


def deals_by_pair(facts) -> dict[tuple[str, str], dict]:
    """The properties of every deal among ``facts`` by its (payer, payee)."""
    return _by_pair(facts, "Deal", "PAYS_FOR", "PAID_TO")


def _by_pair(facts, label: str, first: str, second: str) -> dict[tuple[str, str], dict]:
    return {
        (a, b): f.props
        for f in facts
        if f.label == label
        for a in who(f, first)
        for b in who(f, second)
    }


def investment_props(path: Path, text: str) -> dict[tuple[str, str], dict]:
    """The properties of every investment in ``text`` by its (investor, investee)."""
    return investments_by_pair(money_events(path, text))
