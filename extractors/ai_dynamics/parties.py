"""Partnerships, deals and investments a piece of AI news states, and the kind of an event.

Parties are found by the patterns of ``rules/ai_dynamics/`` ("与 X 达成合作", "向 X
出售 AI 芯片", "X 对 Y 的 N 亿欧元战略投资 ... 获得 P% 权益").

Deals, investments and partnerships are recognised twice: here in news titles, and in
prose by the frames of :mod:`aikg.extractors.deals` (partnerships also by
:mod:`aikg.extractors.relations`). The two share the amounts
(:mod:`~aikg.extractors.values.amounts`), the status finder
(:mod:`~aikg.extractors.values.status`) and the alias list. Left apart, so that what is
found stays as it was: the patterns (a title states a deal in four fixed shapes, prose
in some fifty frames over masked sentences), the party finder (here a known company at
the start of a short span, else a Latin or short Chinese name, labelled Organization by
its ending; in prose the masked mentions, whose open-world names need an organisation
suffix or a role position) and the status words (see
:mod:`~aikg.extractors.values.status`).
"""

from __future__ import annotations

import re

from aikg.extractors.ai_dynamics.rules import common, event_kinds, rx, zh
from aikg.extractors.ai_dynamics.subjects import company_ref, known_at_start, strip_lead
from aikg.extractors.names.lexicon import lookup
from aikg.extractors.text.script import CJK_CLASS
from aikg.extractors.values.amounts import find_amounts
from aikg.extractors.values.status import first_status
from aikg.schema import EntityRef, EventFact, Evidence, Participant


def _party(text: str, english: bool = False) -> EntityRef | None:
    """A partner named in a short span: a known company, a Latin name or a short CJK name
    (an English sentence keeps "AI" in "Borealis AI")."""
    text = text.strip(" “”\"'" + ("." if english else ""))
    text = text if english else re.sub(r"(?:\s+(?:AI|API|App|APP))+$", "", text)
    found = known_at_start(text)
    if found:
        rest = text[found[1] :].strip()
        if len(rest) <= 6 and not re.search(r"[的\d]", rest):
            if re.search(zh()["party_rest_banned"], rest):
                return None
            return company_ref(found[0])
        return None
    latin = re.fullmatch(r"[A-Za-z][\w.\-&]*(?:\s[A-Z][\w.\-&]*){0,2}", text)
    cjk = re.fullmatch(rf"{CJK_CLASS}{{2,8}}", text)
    if latin and text not in common()["generic_latin"]:
        return company_ref(text)
    if cjk and not re.search(r"[的了多所家个些等各其该]", text):
        if text not in zh()["generic_cjk"]:
            return company_ref(text)
    return None


def partners(sentence: str, subject: str) -> list[EntityRef]:
    """Parties a sentence says the subject works with ("与 X 达成合作", "联合 X 发布").

    >>> [p.name for p in partners("甲公司与 Zentrix 达成战略合作", "甲公司")]
    ['Zentrix']
    >>> [p.name for p in partners("Zentrix partnered with Borealis AI and Corvane.", "Zentrix")]
    ['Borealis AI', 'Corvane']
    """
    out: list[EntityRef] = []
    own = lookup(subject)
    for language, key in (("zh", "partnership"), ("zh", "co_release"), ("en", "partnership")):
        for m in rx(language, key).finditer(strip_lead(sentence)):
            for part in re.split(common()["party_joiners"], m.group("b")):
                part = re.sub(r"\s*(?:实验室|团队|开源社区|社区)$", "", part)
                ref = _party(part, language == "en")
                entry = lookup(ref.name) if ref else None
                same = (
                    own
                    and entry
                    and (
                        own.canonical in (entry.canonical, entry.parent)
                        or own.parent == entry.canonical
                    )
                )
                if ref and not same and ref.name != subject and ref not in out:
                    out.append(ref)
    return out


def _status(text: str) -> str:
    """The status a news title gives a deal or investment: tentative if it names a
    tentative word, else announced (:mod:`aikg.extractors.values.status`)."""
    return first_status(text, [("tentative", rx("zh", "tentative_words"))], "announced")


def deal(title: str, body: str, subject: str, evidence: Evidence, date: dict) -> EventFact | None:
    """A chip or compute deal stated in a title ("向 X 出售 AI 芯片"), else None."""
    text = strip_lead(title)
    sale, buy = rx("zh", "deal_sale").search(text), rx("zh", "deal_buy").search(text)
    if not (sale or buy) or not subject:
        return None
    other = _party(sale.group("buyer") if sale else buy.group("seller"))
    if other is None:
        return None
    payer, payee = (other, company_ref(subject)) if sale else (company_ref(subject), other)
    what = (sale or buy).group("what")
    kind = "chip_purchase" if re.search(zh()["chip_types"], what) else "compute_lease"
    props = {"kind": kind, "status": _status(title + body[:120]), "summary": text.rstrip("。")}
    amounts = find_amounts(body)
    if amounts:
        props.update(amounts[0][2].props())
    props.update(date)
    parts = [Participant("PAYS_FOR", "in", payer), Participant("PAID_TO", "out", payee)]
    return EventFact("Deal", props, parts, evidence, key=("date", "kind"))


def investment(title: str, body: str, evidence: Evidence, date: dict) -> EventFact | None:
    """An investment stated in a title ("X 对 Y 的 11 亿欧元战略投资完成交割"), else None."""
    m = rx("zh", "investment").search(strip_lead(title)) or rx("zh", "investment_verb").search(
        strip_lead(title)
    )
    if not m:
        return None
    investor, investee = _party(m.group("investor")), _party(m.group("investee"))
    if not investor or not investee:
        return None
    round_text = m.group("round")
    kind = "acquisition" if round_text == "收购" else "equity"
    props = {"kind": kind, "round": zh()["investment_rounds"][round_text]}
    props.update({"round_text": round_text, "status": _status(title)})
    amounts = find_amounts(title) or find_amounts(body)
    if amounts:
        props.update(amounts[0][2].props())
    stake = rx("zh", "stake").search(title + body)
    if stake:
        props["stake_pct"] = float(stake.group("pct"))
    props.update(date)
    parts = [
        Participant("MAKES_INVESTMENT", "in", investor),
        Participant("INVESTS_IN", "out", investee),
    ]
    return EventFact("Investment", props, parts, evidence, key=("date", "round"))


def event_kind(text: str) -> str:
    """The kind of a dated happening, by its words ("下架" -> withdrawal).

    >>> event_kind("某公司将某模型从平台下架")
    'withdrawal'
    """
    for kind, pattern in event_kinds():
        if re.search(pattern, text):
            return kind
    return "news"
