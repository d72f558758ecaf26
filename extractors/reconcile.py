"""The one pass over a report's finished facts: what only the facts of several
recognisers together decide (:func:`reconcile_facts`).

A report often states one deal or investment twice: in a news headline and again in the
paragraph under it, or in a table and in the prose beside it. Different recognisers read
the two statements (headlines by :mod:`.ai_dynamics`, prose by :mod:`.deals`, tables by
:mod:`.tables` and :mod:`.deals.tables`), so each gives an ``EventFact``; their node ids
differ as soon as one of them lacks a property the other has (a date, an amount).

:func:`merge_restated` merges, within one report, the investments and deals whose parties
are the same (or one's parties are among the other's: a headline names the investee, the
paragraph its investors too) and whose properties do not disagree: a missing value,
a vaguer date of the same time or the generic deal kind ``payment`` is no disagreement.
The merged fact keeps the richer statement's evidence and both statements' properties.

:func:`reconcile_partnerships` takes the relations recogniser's partnership statements
(one per sentence): a sentence the deal recogniser read as a paid deal between the same
two parties (an amount, or a lease or cloud contract, where the tenant pays) states that
deal, so its partnership is left out ("与 Y 达成合作, 由 Y 为其提供算力租赁, 合同金额 10
亿美元"); a purchase read from a cooperation with no amount stays a partnership too. A
pair stated undated and also dated is the dated statement.
"""

from __future__ import annotations

from dataclasses import replace

from aikg.extractors.mentions.short_forms import named_in_full
from aikg.extractors.names.lexicon import entity_key
from aikg.schema import EventFact, Fact, RelationFact

# The events more than one recogniser reads (a policy, an announcement is read once).
_RESTATED = ("Investment", "Deal")
# Properties two statements of one event must not disagree on.
_IDENTITY = ("kind", "round", "date", "amount", "currency", "stake_pct")
# A deal kind that says only that money moves: any other kind refines it.
_VAGUE_KIND = "payment"
# Deal kinds that move money even where no amount is stated: the tenant pays.
_RENTED = ("compute_lease", "cloud_contract")


def _party_key(fact: EventFact) -> frozenset[tuple[str, str]]:
    return frozenset(
        (p.rel_type, entity_key(p.entity.name, p.entity.label)) for p in fact.participants
    )


def _agree(a: dict, b: dict) -> bool:
    """Whether two statements' properties can describe one event.

    >>> _agree({"date": "2025-10", "kind": "payment"}, {"date": "2025-10-06", "kind": "lease"})
    True
    >>> _agree({"date": "2025-10-06"}, {"date": "2025-10-07"})
    False
    >>> _agree({"kind": "compute_lease"}, {"kind": "cloud_contract", "amount": 6.4e8})
    True
    """
    for key in _IDENTITY:
        x, y = a.get(key), b.get(key)
        if x is None or y is None or x == y:
            continue
        if key == "date" and (str(x).startswith(str(y)) or str(y).startswith(str(x))):
            continue
        if key == "kind" and (_VAGUE_KIND in (x, y) or {x, y} <= set(_RENTED)):
            continue  # renting capacity reads as a lease or a cloud contract alike
        return False
    return True


def _merged(rich: EventFact, other: EventFact) -> EventFact:
    """``rich`` (more parties) with what ``other`` adds: missing properties, a more
    precise date, a kind more telling than ``payment``."""
    props = {**other.props, **rich.props}
    for key in ("date", "date_precision"):
        if len(str(other.props.get("date", ""))) > len(str(rich.props.get("date", ""))):
            props[key] = other.props.get(key, props.get(key))
    if props.get("kind") == _VAGUE_KIND and other.props.get("kind"):
        props["kind"] = other.props["kind"]
    return replace(rich, props=props)


def merge_restated(facts: list[Fact]) -> list[Fact]:
    """The facts of one report with each event stated twice merged into one, in order.

    >>> from aikg.schema import EntityRef, Evidence, Participant
    >>> head = EventFact("Investment", {"round": "b", "date": "2025-10"},
    ...     [Participant("INVESTS_IN", "out", EntityRef("甲科技", "Company"))], Evidence("r", "t"))
    >>> body = EventFact("Investment", {"round": "b", "date": "2025-10-20", "amount": 8e8},
    ...     [Participant("MAKES_INVESTMENT", "in", EntityRef("乙资本", "Company")),
    ...      Participant("INVESTS_IN", "out", EntityRef("甲科技", "Company"))], Evidence("r", "b"))
    >>> out = merge_restated([head, body])
    >>> len(out), out[0].props["date"], out[0].evidence.text
    (1, '2025-10-20', 'b')
    """
    events = [
        (i, f, _party_key(f))
        for i, f in enumerate(facts)
        if isinstance(f, EventFact) and f.label in _RESTATED
    ]
    absorbed: set[int] = set()
    current: dict[int, EventFact] = {}  # a kept fact as merged so far
    parties_of: dict[int, frozenset] = {}  # and the parties its statements name
    for i, fact, parties in events:
        if not parties:
            continue
        for j, other, _ in events:
            if j >= i or j in absorbed or other.label != fact.label or j not in parties_of:
                continue
            mine, theirs = current.get(j, other), parties_of[j]
            if not (parties <= theirs or theirs <= parties) or not _agree(mine.props, fact.props):
                continue
            rich, poor = (mine, fact) if len(theirs) >= len(parties) else (fact, mine)
            current[j], parties_of[j] = _merged(rich, poor), theirs | parties
            absorbed.add(i)
            break
        else:
            parties_of[i] = parties
    return [current.get(i, fact) for i, fact in enumerate(facts) if i not in absorbed]


def reconcile_facts(facts: list[Fact]) -> list[Fact]:
    """A report's facts after the reconcile rules: events stated twice merged, paid deals'
    partnerships left to the deals (see the module docstring); a party named by its short
    form ("Valmont" after "Valmont AI") is first named in full."""
    return reconcile_partnerships(merge_restated(named_in_full(facts)))


def reconcile_partnerships(facts: list[Fact]) -> list[Fact]:
    """The facts with each partnership a paid deal of its sentence states left out, and
    undated statements of a pair also stated with a date dropped.

    >>> from aikg.schema import EntityRef, Evidence, Participant
    >>> ev = Evidence("r", "甲与乙签署协议,由乙为其提供算力租赁服务,合同金额 10 亿美元")
    >>> a, b = EntityRef("甲", "Company"), EntityRef("乙", "Company")
    >>> lease = EventFact("Deal", {"kind": "compute_lease", "amount": 1e9},
    ...     [Participant("PAYS_FOR", "in", a), Participant("PAID_TO", "out", b)], ev)
    >>> later = RelationFact("PARTNERS_WITH", a, b, Evidence("r", "双方将深化合作"))
    >>> out = reconcile_partnerships([lease, RelationFact("PARTNERS_WITH", a, b, ev), later])
    >>> [f.evidence.text for f in out if isinstance(f, RelationFact)]
    ['双方将深化合作']
    """
    paid = set()
    for fact in facts:
        if isinstance(fact, EventFact) and fact.label == "Deal":
            if "amount" in fact.props or fact.props.get("kind") in _RENTED:
                parties = frozenset(
                    entity_key(p.entity.name, p.entity.label)
                    for p in fact.participants
                    if p.entity.label != "Chip"
                )
                paid.add((fact.evidence.text, parties))

    def pair(fact: RelationFact) -> frozenset[str]:
        return frozenset(
            (
                entity_key(fact.source.name, fact.source.label),
                entity_key(fact.target.name, fact.target.label),
            )
        )

    def partnership(fact: Fact) -> bool:
        return isinstance(fact, RelationFact) and fact.type == "PARTNERS_WITH"

    kept = [
        f
        for f in facts
        if not partnership(f) or not any(t == f.evidence.text and pair(f) <= p for t, p in paid)
    ]
    dated = {pair(f) for f in kept if partnership(f) and "date" in f.props}
    return [f for f in kept if not partnership(f) or "date" in f.props or pair(f) not in dated]
