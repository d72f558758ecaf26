"""Who is paid in an agreement that names its two parties without a direction.

"X signed an agreement with Y" says nothing of who pays. The deal's kind does: a
buyer pays the maker of chips and equipment, a customer pays the provider of cloud,
compute, data halls or power. The provider is read from what the sentence says after
the agreement ("… with Y to give the software group access to GPUs": X gives, so X
provides), else from the names (``rules/deals/en.toml``: a maker's or provider's name
ending, or a company known as a compute provider). When both parties or neither look
like the provider, the first party pays, as the agreement frames have always read it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.deals.frames import cue, deal_rules
from aikg.extractors.deals.shortforms import full_name
from aikg.extractors.names.mentions import Mention
from aikg.extractors.rules import load
from aikg.extractors.values.rounds import normalise_round

__all__ = ["by_role", "is_compute_provider", "is_maker", "lease_parties", "not_party"]

# the kinds in which the customer pays the one who provides capacity or power
_PROVIDED = ("cloud_contract", "compute_lease", "capacity_order", "payment")
_GOODS = ("chip_purchase", "hardware_purchase")


@lru_cache(maxsize=1)
def _name_patterns() -> dict[str, re.Pattern[str]]:
    return {kind: re.compile(regex) for kind, regex in deal_rules()["provider_names"].items()}


@lru_cache(maxsize=1)
def _known_providers() -> frozenset[str]:
    return frozenset(n.casefold() for n in deal_rules()["provider_companies"])


def is_compute_provider(m: Mention, seen: set[str] = frozenset()) -> bool:
    """Whether a company's name says it sells compute capacity: a provider's name ending
    ("Halvard Compute", "Crestline Data Centers") or a known cloud or neocloud; a short
    form ("Halvard") by the full name the report gave it (``seen``).

    >>> is_compute_provider(Mention(0, 1, "Corvina Cloud", "Company"))
    True
    >>> is_compute_provider(Mention(0, 1, "Meta Platforms", "Company"))
    False
    """
    names = _names(m, seen)
    return any(n.casefold() in _known_providers() for n in names) or any(
        _name_patterns()["compute"].search(n) for n in names
    )


def _names(m: Mention, seen: set[str]) -> set[str]:
    full = full_name(m.name, seen)
    return {m.name, m.canonical or m.name, *([full] if full else [])}


def _is_power_provider(m: Mention, seen: set[str]) -> bool:
    return any(_name_patterns()["power"].search(n) for n in _names(m, seen))


def _provides(ms: list[Mention], power: bool, seen: set[str]) -> bool:
    test = _is_power_provider if power else is_compute_provider
    return len(ms) == 1 and test(ms[0], seen)


def by_role(
    first: list[Mention],
    second: list[Mention],
    kind: str,
    after: str,
    power: bool = False,
    seen: set[str] = frozenset(),
    by_names: bool = True,
) -> tuple[list[Mention], list[Mention], str]:
    """Payers, payees and kind of an agreement between ``first`` (who signs) and
    ``second`` (the party after "with"), of ``kind``; ``after`` is the text after the
    agreement's match, ``power`` whether it is a power purchase, ``seen`` the names the
    report gave so far, ``by_names`` whether the names may decide (English wording:
    Chinese agreements keep their first party as the payer for now). A bare payment to a
    compute provider is a cloud contract.

    >>> a, b = Mention(0, 1, "Halvard Compute", "Company"), Mention(2, 3, "Microsoft", "Company")
    >>> payers, payees, kind = by_role([a], [b], "payment", "")
    >>> [m.name for m in payers], kind
    (['Microsoft'], 'cloud_contract')
    >>> [m.name for m in by_role([b], [a], "cloud_contract", "")[0]]
    ['Microsoft']
    >>> x, y = Mention(0, 1, "Orbis", "Company"), Mention(2, 3, "Zentrix", "Company")
    >>> payers, _, kind = by_role([x], [y], "chip_purchase", " to give the group access to GPUs")
    >>> [m.name for m in payers], kind
    (['Zentrix'], 'cloud_contract')
    """
    purpose = cue("provider_purpose").search(after)
    if purpose and kind in (*_GOODS, *_PROVIDED):
        # the first party gives the other something; access to GPUs is a cloud service
        rented = re.match(r"[^.;]{0,12}?\baccess\b", after[purpose.end() :])
        return second, first, "cloud_contract" if rented else kind
    if kind in _GOODS:
        return (*_by_maker(first, second), kind)
    if kind not in _PROVIDED:
        return first, second, kind
    payers, payees = first, second
    if by_names and _provides(first, power, seen) and not _provides(second, power, seen):
        payers, payees = second, first
    if kind == "payment" and not power and _provides(payees, False, seen):
        kind = "cloud_contract"
    return payers, payees, kind


def lease_parties(
    first: list[Mention], second: list[Mention], seen: set[str] = frozenset(), words: str = ""
) -> tuple[list[Mention], list[Mention]]:
    """Payers and payees of a lease ``first`` signed "with" ``second``. The landlord
    announces the lease, so the party after "with" is the tenant ("Cipher signed a
    15-year lease with AWS"), unless only that party is a provider of capacity by its
    name: then the one who signs rents from it ("Microsoft signed a $1.2bn, four-year
    lease with Dunmore Data Centers"), or of compute when the lease (its ``words``) is
    no colocation ("X signed a $1bn lease with Brisk Compute"). A cloud after "with" in a
    colocation agreement rents data halls as a tenant.

    >>> ms = Mention(0, 1, "Microsoft", "Company")
    >>> dc = Mention(2, 3, "Dunmore Data Centers", "Company")
    >>> [m.name for m in lease_parties([ms], [dc])[0]]
    ['Microsoft']
    >>> [m.name for m in lease_parties([dc], [ms])[0]]
    ['Microsoft']
    """
    landlord = _name_patterns()["landlord"]
    rents = len(second) == 1 and any(landlord.search(n) for n in _names(second[0], seen))
    if not re.search(r"(?i)\bco-?location\b", words):
        rents = rents or _provides(second, False, seen)
    if rents and not _provides(first, False, seen):
        return first, second
    return second, first


def _by_maker(first: list[Mention], second: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """A purchase agreement: the first party pays, unless only it is a chip or equipment
    maker ("极曜半导体与字节跳动签订框架采购协议"; "TSMC signed a supply agreement with X")."""
    if len(first) == 1 and _is_maker(first[0]) and not any(map(_is_maker, second)):
        return second, first
    return first, second


def is_maker(m: Mention) -> bool:
    """Whether a company is a chip or equipment maker by its name or as a known maker."""
    return _is_maker(m)


def _is_maker(m: Mention) -> bool:
    """A maker's name ("Quorum Semiconductor") or a known maker ("TSMC", "SK hynix")."""
    known = {n.casefold() for n in deal_rules()["maker_companies"]}
    return bool(cue("maker").search(m.name)) or (m.canonical or m.name).casefold() in known


def not_party(name: str) -> bool:
    """Whether a name the mention finder read as a company is a round label ("Pre-B")
    or an agreement's acronym ("PPA", "MSA"): no party to a deal.

    >>> not_party("PPA"), not_party("Pre-B"), not_party("Talbot Energy")
    (True, True, False)
    """
    if _hedge_name().fullmatch(name):
        return True  # "Up to $100bn investment in …": a hedge read as a name
    return bool(normalise_round(name)) or bool(cue("agreement_acronym").fullmatch(name))


@lru_cache(maxsize=1)
def _hedge_name() -> re.Pattern[str]:
    return re.compile(load("deals", "en")["hedge_names"])
