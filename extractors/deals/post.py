"""Folding one sentence's facts into the paragraph: chips to the deals they name,
agreements merged with the directed frames that explain them, restatements dropped,
"此次合作…65 亿美元" amounts given to the deal just read, and the ``EventFact`` output.
"""

from __future__ import annotations

import re

from aikg.extractors.deals.figures import Figures, stated_stake, unclaimed_amount
from aikg.extractors.deals.frames import cue, kind_from_cues
from aikg.extractors.deals.spread import is_tranche, spread_parts
from aikg.extractors.deals.state import Built, Context, absorb, compatible, same
from aikg.extractors.names.mentions import Mention, key_of
from aikg.extractors.text.sentences import Sentence
from aikg.extractors.values.amounts import Amount, about_japan
from aikg.extractors.values.dates import DateValue
from aikg.schema import EntityRef, EventFact, Participant

CHIPISH = (
    "chip_purchase",
    "hardware_purchase",
    "compute_lease",
    "cloud_contract",
    "capacity_order",
)


def apply_cue(
    ctx: Context, payer: Mention, recent: list[Built], amount: Amount | None, rest: str
) -> None:
    """A direction cue ("允许 X 获取剩余容量", "与客户 X 签订", "under which X will buy",
    "X, the tenant, will pay about $1.5bn"): X pays in the deal at hand, which is the
    sentence's own deal naming X (else the deal just read; "Octant" stands for "Octant
    Labs"); the cue's amount sizes that deal when it has none, and the words after the
    cue (``rest``) its kind when it is a bare payment. A partnership of X and one other
    party becomes X's payment."""
    named = [b for b in recent if b.label == "Deal" and _party_in(payer, b.everyone())]
    target = named[-1] if named else ctx.last
    if target is None or target.label != "Deal":
        return
    own = _party_in(payer, target.everyone())
    if own is None:
        return
    if not target.payers and len(target.parties) == 2:
        target.payers, target.payees = [own], [m for m in target.parties if m is not own]
        target.parties, target.props["kind"] = [], "payment"
    elif own in target.payees:
        people = target.payers + target.payees
        target.payers, target.payees = [own], [m for m in people if m is not own]
    if target.props.get("kind") == "payment":
        target.props["kind"] = kind_from_cues(rest) or "payment"
    if amount is not None and "amount_text" not in target.props:
        target.props.update(amount.props())


def _party_in(m: Mention, parties: list[Mention]) -> Mention | None:
    """The party of ``parties`` that ``m`` names, by its key or as a short form."""
    return next(
        (p for p in parties if _same_pair(frozenset([key_of(m)]), frozenset([key_of(p)]))), None
    )


def attach_chips(built: list[Built], text: str, mentions: list[Mention]) -> None:
    """Chips named in the sentence go to the nearest chip-like deal."""
    deals = [b for b in built if b.label == "Deal" and b.props.get("kind") in CHIPISH]
    for m in re.finditer(r"⟦(\d+)⟧", text):
        chip = mentions[int(m.group(1))]
        if chip.label != "Chip" or not deals:
            continue
        near = min(
            deals,
            key=lambda b: (
                0
                if b.span[0] <= m.start() < b.span[1]
                else min(abs(m.start() - b.span[0]), abs(m.start() - b.span[1]))
            ),
        )
        if chip not in near.chips:
            near.chips.append(chip)


def _co_investor(a: Built, b: Built) -> bool:
    """Whether ``b`` only adds investors to the round ``a`` of the same sentence (its
    amount, if any, is the round's: one a later sentence took from the round's own)."""
    return (
        a.label == b.label == "Investment"
        and a.origin == b.origin == "investment"
        and a.props["kind"] == b.props["kind"]
        and [key_of(m) for m in a.payees] == [key_of(m) for m in b.payees]
        and ("amount_text" not in b.props or b.props.get("amount") == a.props.get("amount"))
    )


def _same_pair(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two parties' keys name the same two companies, a short form standing for
    its full name ("澜舟深算" for "澜舟深算科技" in the next clause).

    >>> _same_pair(frozenset({"澜舟深算科技", "穹顶算力"}), frozenset({"澜舟深算", "穹顶算力"}))
    True
    >>> _same_pair(frozenset({"星河", "北辰"}), frozenset({"星河", "灵犀"}))
    False
    """
    if a == b:
        return True
    if len(a) != len(b):
        return False

    def near(x: str, y: str) -> bool:
        return x == y or (min(len(x), len(y)) >= 2 and (x.startswith(y) or y.startswith(x)))

    rest = list(b)
    for x in a:
        hit = next((y for y in rest if near(x, y)), None)
        if hit is None:
            return False
        rest.remove(hit)
    return True


def _last_round(ctx: Context) -> list[Built]:
    """The round the sentence before stated, which a sentence naming only more investors
    joins ("B raised $85m led by A. Existing investor C participated.")."""
    last = ctx.last
    if last is None or last not in ctx.facts or last.label != "Investment":
        return []
    return [last] if last.origin == "investment" and last.props.get("round") else []


def merge(ctx: Context, built: list[Built]) -> list[Built]:
    """Fold directed deals into the agreement they explain; drop partnerships that a money
    fact of the same pair states, running totals of deals already read, and facts the
    paragraph already holds."""
    out: list[Built] = []
    for b in built:
        if _restates_last(ctx, b):
            continue
        agreement = next(
            (
                a
                for a in [*out, *_last_agreement(ctx)]
                if a.origin in ("agreement", "total")
                and a.label == "Deal"
                and _same_pair(a.pair(), b.pair())
                and b.directed
                and b.label == "Deal"
            ),
            None,
        )
        if agreement is not None and agreement.props["kind"] != "partnership":
            own = agreement.everyone()  # the agreement's names: "Arclight Cloud", not "Arclight"
            agreement.payers = [_party_in(m, own) or m for m in b.payers]
            agreement.payees = [_party_in(m, own) or m for m in b.payees]
            if agreement.props["kind"] == "payment":  # "协议, 由 Y 为其提供算力": a lease
                agreement.props["kind"] = b.props["kind"]
            agreement.chips += [c for c in b.chips if c not in agreement.chips]
            for k in ("amount", "currency", "amount_text", "amount_qualifier"):
                if k in b.props and k not in agreement.props:
                    agreement.props[k] = b.props[k]
            continue
        round_ = next((a for a in [*out, *_last_round(ctx)] if _co_investor(a, b)), None)
        if round_ is not None:  # "A 领投, B 跟投": one round, two investors
            round_.payers += [m for m in b.payers if m not in round_.payers]
            absorb(round_, b)
            continue
        _without_tranche_investor(ctx, b)  # "A invested $120m of the $300m round"
        out.append(b)
    money = [b for b in out if b.props["kind"] != "partnership"]
    out = [
        b
        for b in out
        if b.props["kind"] != "partnership" or not any(b.pair() <= m.pair() for m in money)
    ]
    kept = []
    for b in out:
        _full_names(ctx, b)
        amount = b.props.get("amount")
        if b.origin == "total" and b.pair() in ctx.directions:
            continue  # a running total ("合同总额已达 224 亿美元") of deals already read
        if any(
            f.pair() == b.pair() and f.props.get("amount") == amount and amount is not None
            for f in ctx.facts
        ):
            continue  # a restatement (a later sentence that only names an earlier agreement again)
        if _restated_earlier(ctx, b):
            continue
        twin = next((f for f in ctx.facts if same(f, b) and compatible(f, b)), None)
        if twin is not None and (
            twin.props.get("date") == b.props.get("date") or "date" not in b.props
        ):
            absorb(twin, b)
            continue
        if twin is not None and "date" not in twin.props:
            absorb(b, twin)
            ctx.facts.remove(twin)
        if b.label == "Deal" and b.props.get("amount") is not None:
            ctx.stated.append((b.pair(), b.props["amount"]))
        if b.label == "Deal" and b.payers:
            ctx.directions[b.pair()] = key_of(b.payers[0])
            ctx.kinds[b.pair()] = b.props["kind"]
            _drop_partnership(ctx, b)
        kept.append(b)
    return kept


def _without_tranche_investor(ctx: Context, b: Built) -> None:
    """Take the investor of a tranche ``b`` out of the paragraph's round of the same
    investee that lists it with others: its own amount is the tranche's."""
    if b.label != "Investment" or not is_tranche(b.props, b.evidence.text):
        return
    who, whom = {key_of(m) for m in b.payers}, [key_of(m) for m in b.payees]
    for f in ctx.facts:
        if f.label == "Investment" and [key_of(m) for m in f.payees] == whom:
            if len(f.payers) > len(who):
                f.payers = [m for m in f.payers if key_of(m) not in who]


def _restated_earlier(ctx: Context, b: Built) -> bool:
    """An undated deal of two parties with the amount an earlier paragraph of the report
    gave their deal ("$9.7bn  Microsoft's IREN contract" in a numbers list, a recap's
    "Halvard's $11.2bn Microsoft deal"): the same deal again, no second fact."""
    amount = b.props.get("amount")
    if b.label != "Deal" or amount is None or "date" in b.props:
        return False
    return any(amount == a and _same_pair(pair, b.pair()) for pair, a in ctx.stated)


def _restates_last(ctx: Context, b: Built) -> bool:
    """ "Under the deal, Meta will rent capacity from Corvina": a sentence that opens on
    the deal just read restates it; its directed frame only says who pays there (and
    what a bare payment buys). Folded into that deal, it is no second fact."""
    last = ctx.last
    if last is None or last.label != "Deal" or b.label != "Deal" or not b.directed:
        return False
    if not cue("deal_anaphor").match(b.evidence.text) or not _same_pair(last.pair(), b.pair()):
        return False
    if "amount" in b.props and b.props.get("amount") != last.props.get("amount"):
        return False  # an amount of its own: another deal
    own = last.everyone()
    last.payers = [_party_in(m, own) or m for m in b.payers]
    last.payees = [_party_in(m, own) or m for m in b.payees]
    last.parties = []
    if last.props.get("kind") in ("payment", "partnership"):
        last.props["kind"] = b.props["kind"]
    return True


def _last_agreement(ctx: Context) -> list[Built]:
    """The agreement the paragraph read just before, which a directed sentence after it
    explains ("A 与 B 签署购电协议。根据协议，A 将向 B 提供可再生能源": B pays A)."""
    last = ctx.last
    if last is None or last not in ctx.facts or last.origin not in ("agreement", "total"):
        return []
    return [last]


def _full_names(ctx: Context, b: Built) -> None:
    """A party named by a short form ("Olwen" after "Olwen AI") takes the full mention the
    paragraph named it by, so that both sentences speak of one company."""
    named = [m for f in ctx.facts for m in f.everyone()]
    for people in (b.payers, b.payees, b.parties):
        for i, m in enumerate(people):
            full = _party_in(m, named)
            if full is not None and len(full.name) > len(m.name):
                people[i] = full


def _drop_partnership(ctx: Context, paid: Built) -> None:
    """ "A signed a hosting agreement with B. A will pay B …": the agreement the paragraph
    read as a partnership is the paid deal just built, not a second fact."""
    ctx.facts[:] = [
        f
        for f in ctx.facts
        if not (
            f.label == "Deal"
            and f.props.get("kind") == "partnership"
            and _same_pair(f.pair(), paid.pair())
        )
    ]


def continuation(ctx: Context, sentence: Sentence, fig: Figures, prev: Built | None) -> None:
    """ "此次合作合同价值 65 亿美元": the amount belongs to the deal just read; "The deal
    closed on …", "The round was $120m": its closing date or its size (:mod:`.spread`)."""
    if prev is None:
        return
    first = next((m.start() for m in re.finditer(r"⟨\d+⟩", fig.text)), len(fig.text))
    dates = [d for s, _, d in fig.dates if s < first]
    spread_parts(prev.label, prev.props, sentence.text, dates, lambda: unclaimed_amount(fig, first))
    if not cue("continuation").match(sentence.text):
        return
    amount = unclaimed_amount(fig, first)
    if prev.label == "Investment" and "stake_pct" not in prev.props:
        stake = stated_stake(fig)  # "The warrants would give X about 8% of its equity"
        prev.props.update({} if stake is None else {"stake_pct": stake})
    if amount is not None and "amount_text" not in prev.props:
        prev.props.update(amount.props())
        if prev.props.get("kind") == "partnership" and len(prev.parties) >= 2:
            prev.payers, prev.payees, prev.parties = prev.parties[:1], prev.parties[1:], []
            prev.props["kind"] = kind_from_cues(fig.text) or "payment"


def date_recent(ctx: Context, sentence: Sentence, date: DateValue, lines: int = 3) -> None:
    """Give ``date`` to the facts just read without one: those of the last sentences that
    built any, when they began at most ``lines`` lines before ``sentence`` (a digest's
    date after the item's last sentence; never a fact of an earlier item)."""
    for fact in ctx.recent:
        where = re.search(r"line (\d+)", fact.evidence.locator or "")
        near = where is not None and sentence.line - int(where.group(1)) <= lines
        if near and "date" not in fact.props:
            fact.props.update(date.props())


def licence_partnerships(built: list[Built]) -> list[Built]:
    """The partnerships that paid technology licences of a sentence are as well ("A 与 B
    达成非独家技术授权协议，A 支付约 200 亿美元现金"): each such paid agreement adds the
    partnership of its two parties (``licence_words`` of ``rules/deals/zh``)."""
    out = []
    for b in built:
        head = b.evidence.text[: b.span[1] + 40] if b.span else b.evidence.text
        paid = b.label == "Deal" and b.origin == "agreement" and b.payers and b.payees
        if paid and cue("licence").search(head):
            props = {k: v for k, v in b.props.items() if k in ("status", "date", "date_precision")}
            props["kind"] = "partnership"
            parties = [*b.payers, *b.payees]
            out.append(Built("Deal", props, [], [], b.evidence, parties, origin="licence"))
    return out


def tied_partnerships(built: list[Built], masked: str) -> list[Built]:
    """The alliance an investment of the sentence is part of, when the sentence names the
    alliance without its parties ("invest $1bn in X ..., alongside an AI-RAN
    partnership"; ``tied_partnership`` of ``rules/deals/en``): the investor and the
    investee partner. Read only where the sentence makes one investment.

    >>> from aikg.schema import Evidence
    >>> a, b = Mention(0, 3, "Orbis", "Company"), Mention(17, 20, "Zentrix", "Company")
    >>> inv = Built("Investment", {"status": "announced"}, [a], [b], Evidence("r", "", ""))
    >>> t = "⟨0⟩ will invest $1bn in ⟨1⟩, alongside a 6G partnership."
    >>> [(x.props["kind"], [m.name for m in x.parties]) for x in tied_partnerships([inv], t)]
    [('partnership', ['Orbis', 'Zentrix'])]
    >>> tied_partnerships([inv], "⟨0⟩ will invest $1bn in ⟨1⟩ alongside its partnership with ⟨2⟩")
    []
    """
    investments = [b for b in built if b.label == "Investment" and b.payers and b.payees]
    if len(investments) != 1 or not cue("tied_partnership").search(masked):
        return []
    b = investments[0]
    props = {k: v for k, v in b.props.items() if k in ("status", "date", "date_precision")}
    props["kind"] = "partnership"
    parties = [*b.payers, *b.payees]
    return [Built("Deal", props, [], [], b.evidence, parties, origin="licence")]


def _ref(m: Mention) -> EntityRef:
    return EntityRef(m.name, m.label)


def to_fact(b: Built) -> EventFact:
    """The ``EventFact`` of a built investment or deal."""
    if b.label == "Investment":
        parts = [Participant("MAKES_INVESTMENT", "in", _ref(m)) for m in b.payers]
        parts += [Participant("INVESTS_IN", "out", _ref(m)) for m in b.payees]
        return EventFact("Investment", b.props, parts, b.evidence, key=("kind", "date", "round"))
    parts = [Participant("PAYS_FOR", "in", _ref(m)) for m in b.payers]
    parts += [Participant("PAID_TO", "out", _ref(m)) for m in b.payees]
    parts += [Participant("PARTY_TO", "in", _ref(m)) for m in b.parties]
    parts += [Participant("INVOLVES", "out", _ref(c)) for c in b.chips]
    return EventFact("Deal", b.props, parts, b.evidence, key=("kind", "date", "amount"))


def yen_of(facts: list[Built], paragraph: str) -> list[Built]:
    """``facts`` with their "¥" amounts in yen when their paragraph is about Japan, though
    their own sentence is not ("Kanrin Robotics raised ¥4.2bn. The Tokyo-based start-up
    …"; funding newsletters' items): the yen, not the yuan (values/amounts.about_japan).
    """
    if not any("¥" in str(b.props.get("amount_text", "")) for b in facts):
        return facts
    if about_japan(paragraph):
        for b in facts:
            if b.props.get("currency") == "CNY" and "¥" in str(b.props.get("amount_text", "")):
                b.props["currency"] = "JPY"
    return facts
