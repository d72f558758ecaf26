"""The provided-service reading: what a contract provides, and who provides it.

A deal's words name the service it pays for, and the provider is the one paid:

- the kind: "GPU 云服务合同" and "a contract for GPU cloud services" buy a cloud's time,
  not GPUs; "向 Y 提供 GPU 算力服务" and "to provide AI capacity" rent compute; "晶圆代工"
  and "a foundry contract" book a foundry's capacity; "先进封装订单" and "packaging and
  test services" pay an OSAT. The service words (``service_kinds`` of
  ``rules/deals/zh.toml`` and ``en.toml``, in that order) are searched in the deal's
  words from its verb to the end of its clause, and the clause that names the provider;
  a service kind replaces only the kinds ``service_replaces`` (``common.toml``) lists. A
  chip purchase paid to a compute provider that makes no chips buys its compute; an
  order whose clause names goods after it ("won an order from Y for AI servers") buys
  those goods.
- the direction of an agreement: a clause after it that says who provides
  (``service_provider``: "…，X 为 Y 提供 …", "…，由 X 为其提供 …", "…，Y 委托 X 提供 …",
  "… with Meta to provide AI capacity", "…, under which X will supply …") makes the
  provider the payee and the other party the payer; one that says who pays ("…，Y 将向 X
  支付服务费", "…, which will pay …") makes that party the payer. A clause that names no provider
  names the party that signs; where only the other party is a provider or maker by its
  name, that party provides ("Meta signed a deal with Corvina Cloud to supply GPU
  computing power"). The reading needs a service named (a kind from the service words),
  so "… with Y to provide up to a million TPUs" keeps the agreement's own reading.

:func:`served` is applied once, where :func:`aikg.extractors.deals.build` sets a deal's
payers, payees and kind.
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.deals.clause_payer import provider_signs, stated_payer
from aikg.extractors.deals.frames import Candidate, cue, deal_rules, kind_from_cues
from aikg.extractors.deals.providers import is_compute_provider, is_maker
from aikg.extractors.names.mentions import Mention, key_of
from aikg.extractors.rules import load
from aikg.extractors.text.script import CJK

__all__ = ["served", "service_kind"]

Parties = list[Mention]

# the facts whose direction no frame fixed: the two parties of an agreement
_UNDIRECTED = ("agreement", "total")
_CLAUSE_END = re.compile(r"[,，;；。]")
_SENTENCE_END = re.compile(r"[;；。]")


@lru_cache(maxsize=1)
def _rules() -> tuple[list[tuple[str, re.Pattern[str]]], dict[str, tuple[str, ...]], list]:
    kinds: list[tuple[str, re.Pattern[str]]] = []
    providers: list[re.Pattern[str]] = []
    for language in ("zh", "en"):
        rules = load("deals", language)
        # case is ignored in both languages ("GPU 云", "gpu cloud"): flags = "i" in the rules
        kinds += [(kind, re.compile(r, re.I)) for kind, r in rules["service_kinds"].items()]
        providers.append(re.compile(rules["service_provider"], re.I))
    replaces = {k: tuple(v) for k, v in load("deals")["service_replaces"].items()}
    return kinds, replaces, providers


def service_kind(words: str, kind: str) -> str:
    """``kind`` as the service ``words`` name replaces it, or ``kind`` itself.

    >>> service_kind("签订 97 亿美元 GPU 云服务合同", "chip_purchase")
    'cloud_contract'
    >>> service_kind("获得 ⟨1⟩ 先进封装订单", "capacity_order")
    'payment'
    >>> service_kind("签订 3 亿元算力服务器采购合同", "hardware_purchase")
    'hardware_purchase'
    >>> service_kind("capacity agreement with ⟨1⟩ covering CoWoS-L wafers", "cloud_contract")
    'capacity_order'
    """
    service = _service(words)
    return service if service and kind in _rules()[1].get(service, ()) else kind


def _service(words: str) -> str | None:
    """The first service kind (Chinese rules first) whose words occur in ``words``."""
    return next((kind for kind, regex in _rules()[0] if regex.search(words)), None)


def _provider_clause(after: str) -> re.Match[str] | None:
    """The clause after a deal that says who provides its service, if any."""
    for regex in _rules()[2]:
        m = regex.search(after)
        if m:
            return m
    return None


def _paying(m: re.Match[str]) -> bool:
    """Whether a provider clause names the one who pays instead (its group w)."""
    return "w" in m.re.groupindex and m.group("w") is not None


def _named(
    m: re.Match[str], mentions: list[Mention], groups: tuple[str, ...] = ("p", "q", "r")
) -> Mention | None:
    """The provider a provider clause names (None: the party that signs), or with
    ``groups`` ("c",) the payer a paying clause names."""
    for group in groups:
        if group in m.re.groupindex and m.group(group):
            index = re.fullmatch(r"⟨(\d+)⟩", m.group(group))
            if index and int(index.group(1)) < len(mentions):
                return mentions[int(index.group(1))]
    return None


def _provides(ms: Parties, seen: set[str]) -> bool:
    """A compute provider by its name, or a maker the rules know ("TSMC", "Samsung
    Electronics"): a maker's name ending alone ("Halden Semiconductor") is as much a chip
    designer, the customer of a foundry or an OSAT."""
    known = {n.casefold() for n in deal_rules()["maker_companies"]}
    return len(ms) == 1 and (
        is_compute_provider(ms[0], seen) or (ms[0].canonical or ms[0].name).casefold() in known
    )


def served(
    cand: Candidate,
    text: str,
    mentions: list[Mention],
    roles: dict[str, Parties],
    deal: tuple[Parties, Parties, str],
    seen: set[str] = frozenset(),
) -> tuple[Parties, Parties, str]:
    """The payers, payees and kind of a ``deal`` (as read so far) matched by ``cand`` in
    the masked sentence ``text``, as its service words and provider clause say
    (``roles``: the match's resolved roles; ``seen``: the report's names so far).

    >>> from aikg.extractors.deals.frames import match_frames
    >>> t = "⟨0⟩ signed a $3bn contract with ⟨1⟩ to provide AI capacity over five years"
    >>> c = match_frames(t)[0]
    >>> v, m = Mention(0, 1, "Varda", "Company"), Mention(2, 3, "Meta", "Company")
    >>> p, q, kind = served(c, t, [v, m], {"first": [v], "second": [m]}, ([v], [m], "payment"))
    >>> [x.name for x in p], [x.name for x in q], kind
    (['Meta'], ['Varda'], 'compute_lease')
    """
    payers, payees, kind = deal
    end = _SENTENCE_END.search(text, cand.end)
    after = text[cand.end : end.start() if end else len(text)]
    clause = _provider_clause(after)
    # to the end of the deal's clause, or of the clause that names the provider
    close = _CLAUSE_END.search(text, cand.end + (clause.end() if clause else 0))
    stop = close.start() if close else cand.end + len(after)
    words = text[cand.v_start : max(stop, cand.end)]
    kind = service_kind(words, kind)
    tail = text[cand.end : max(stop, cand.end)]
    goods = kind_from_cues(tail) if kind == "capacity_order" else None
    kind = goods if goods in ("chip_purchase", "hardware_purchase") else kind  # "… for AI servers"
    provider = _provider(cand, text, clause, mentions, roles, seen, _service(words) is not None)
    first, second = roles.get("first", []), roles.get("second", [])
    if provider is not None and key_of(provider) in {key_of(m) for m in first}:
        payers, payees = second, first
    elif provider is not None and key_of(provider) in {key_of(m) for m in second}:
        payers, payees = first, second
    if kind == "chip_purchase" and _sold_compute(payees, seen):
        kind = "cloud_contract"  # "X wins a GPU contract from Y": X's compute
    supplier = _maker_supplies(text[cand.v_end : cand.end], first, second)
    if cand.fact == "agreement" and supplier is not None:  # "Micron signed an HBM supply …"
        payers, payees = (second, first) if supplier is first else (first, second)
    stated = stated_payer(after, mentions, first, second) if cand.fact in _UNDIRECTED else None
    if stated is None and clause is None and cand.fact in _UNDIRECTED and CJK.search(text):
        stated = provider_signs(first, second, kind)  # "X智算披露与 Y 签订算力服务合同"
    payers, payees = stated or (payers, payees)  # "…，Y 按月支付服务费": the clause decides
    return payers, payees, kind


def _maker_supplies(head: str, first: Parties, second: Parties) -> Parties | None:
    """The supplier of a memory supply agreement (the ``maker_supply`` and
    ``memory_makers`` rules of ``rules/deals/en.toml``): the one memory maker among its
    two parties, else None.

    >>> a, b = Mention(0, 1, "Micron", "Company"), Mention(2, 3, "AMD", "Company")
    >>> [m.name for m in _maker_supplies("a $3.6bn long-term HBM supply agreement", [a], [b])]
    ['Micron']
    >>> [m.name for m in _maker_supplies("an HBM4 supply deal", [b], [a])]
    ['Micron']
    >>> _maker_supplies("a $2.4bn wafer supply agreement", [b], [a]) is None
    True
    """
    rules = load("deals", "en")
    known = {n.casefold() for n in rules["memory_makers"]}
    if re.search(rules["maker_supply"], head) is None:
        return None

    def memory(ms: Parties) -> bool:
        names = {ms[0].name, ms[0].canonical or ms[0].name} if len(ms) == 1 else set()
        return any(n.casefold() in known or n.endswith(" Memory") for n in names)

    if memory(first) == memory(second):
        return None
    return first if memory(first) else second


def _provider(
    cand: Candidate,
    text: str,
    clause: re.Match[str] | None,
    mentions: list[Mention],
    roles: dict[str, Parties],
    seen: set[str],
    service: bool,
) -> Mention | None:
    """The party of an agreement its provider clause makes the provider: the one it
    names; else the only provider or known maker of the two by name ("Nscale signed a
    contract with Microsoft to supply GPUs"); else, where a service is named, the party
    that signs. None: the agreement's own reading stands (a lease, a deal a frame
    directed, no provider clause)."""
    first, second = roles.get("first", []), roles.get("second", [])
    if cand.fact not in _UNDIRECTED or clause is None or not first or not second:
        return None
    if cue("lease_signed").search(text[cand.v_end : cand.end]):
        return None  # a lease: the landlord reading stands
    named = _named(clause, mentions)
    if named is not None:
        return named
    if _paying(clause):  # "…，Y 将向 X 支付服务费", "…, which will pay …": the other provides
        payer = _named(clause, mentions, ("c",))
        if payer is None:  # "…，公司将向其支付": the subject; ", which will pay": the other
            pays_second = "c" not in clause.re.groupindex
        else:
            pays_second = key_of(payer) in {key_of(m) for m in second}
        side = first if pays_second else second
        return side[0] if len(side) == 1 else None
    if _provides(second, seen) and not _provides(first, seen):
        return second[0]
    if _provides(first, seen) and not _provides(second, seen):
        return first[0]
    return first[0] if service and len(first) == 1 else None


def _sold_compute(payees: Parties, seen: set[str]) -> bool:
    """Whether the one payee sells compute and makes no chips ("Bramwell Cloud")."""
    return len(payees) == 1 and is_compute_provider(payees[0], seen) and not is_maker(payees[0])
