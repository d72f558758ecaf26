"""Who a piece of AI news is about, and the partnerships, deals and investments it states.

The subject of a sentence is the known company it starts with ("谷歌 DeepMind 与 ...",
"阿里国际站推出 ...": 阿里), else the company of its subheading or headline item. Other
parties are found by the patterns of ``rules/ai_dynamics.json`` ("与 X 达成合作", "向 X
出售 AI 芯片", "X 对 Y 的 N 亿欧元战略投资 ... 获得 P% 权益").
"""

from __future__ import annotations

import re

from aikg.extractors.ai_dynamics_en_names import word_type
from aikg.extractors.ai_dynamics_english import company_before
from aikg.extractors.ai_dynamics_layout import Unit, rules, rx
from aikg.extractors.ai_dynamics_text import is_english, verb_first
from aikg.extractors.amounts import find_amounts
from aikg.extractors.dates import DateValue, find_dates, lead_span
from aikg.extractors.lexicon import clean_surface, known_mentions, lookup
from aikg.schema import EntityRef, EventFact, Evidence, Participant

_LEAD = re.compile(
    r"^\s*(?:\(\s*\d{1,2}\s*\)|\d{1,2}\s*[、.)]|(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"\s*(?:消息|晚间|早间|讯)?\s*[,:]?\s*"
)
_ORG = re.compile(r"(?:大学|学院|研究院|研究所|科学院|港科大|政府|委员会|部)$")
_LATIN_CO = re.compile(r"^([A-Za-z][\w.\-&]*(?:\s[A-Z][\w.\-&]*){0,2})(?:\s*公司)?")


def strip_lead(text: str) -> str:
    """A sentence without its leading date or item number.

    >>> strip_lead("11 月 19 日, 某公司发布")
    '某公司发布'
    >>> strip_lead("(2)某公司推出"), strip_lead("Mar. 20: Zentrix launched Zyra")
    ('某公司推出', 'Zentrix launched Zyra')
    """
    stripped = _LEAD.sub("", text, count=1)
    return stripped[lead_span(stripped) :] if stripped == text and is_english(text) else stripped


def company_ref(surface: str) -> EntityRef:
    """An EntityRef for a company or organisation name, labelled by the alias list.

    >>> company_ref("清华大学")
    EntityRef(name='清华大学', label='Organization')
    """
    name = clean_surface(surface)
    name = re.sub(r"\s*公司$", "", name) or name
    entry = lookup(name, "Company") or lookup(name, "Organization")
    if entry:
        return EntityRef(name, entry.label)
    return EntityRef(name, "Organization" if _ORG.search(name) else "Company")


def known_at_start(text: str) -> tuple[str, int] | None:
    """The known company a text starts with, as (surface, end); "X 旗下 Y" gives Y.

    >>> known_at_start("Alphabet 旗下谷歌在美国")
    ('谷歌', 13)
    """
    mentions = [m for m in known_mentions(text) if m[2].label in ("Company", "Organization")]
    if not mentions or mentions[0][0] > 0:
        return None
    start, end, _, surface = mentions[0]
    shorter = re.match(r"^(.+?)\s+[A-Za-z][\w.\-]*$", surface)
    if shorter and re.match(r"\s+[A-Z0-9]", text[end:]) and lookup(shorter.group(1)):
        surface, end = shorter.group(1), len(shorter.group(1))  # "月之暗面 Kimi WebBridge"
    rest = re.match(r"\s*(?:旗下|的子公司|子公司)\s*", text[end:])
    if rest:
        for s2, e2, _, surf2 in mentions[1:]:
            if s2 == end + rest.end():
                return surf2, e2
    return surface, end


def subject_of(sentence: str, default: str) -> str:
    """The company a sentence is about: the known company it starts with, else
    ``default`` (the subheading's company), else a Latin name it starts with; an English
    sentence's own subject comes before ``default``.

    >>> subject_of("On March 12, Kestrel partnered with Orbis.", "Zentrix")
    'Kestrel'
    >>> subject_of("On March 27, the Loomi app went live.", "Zentrix")
    'Zentrix'
    >>> subject_of("Shares of Kestrel rose 5%.", ""), subject_of("Revenue rose 5%.", "")
    ('', '')
    """
    text = strip_lead(sentence)
    found = known_at_start(text)
    if found:
        return found[0]
    if is_english(text) and verb_first(text):  # "Released X": the heading's company
        return default
    if is_english(text):  # "Kestrel partnered ...", not "the Loomi app went live"
        m = re.match(rf"(?:[Tt]he\s+)?({rules()['en_cap_run']})(?:\s+([a-z][\w\-]*)|[,:])", text)
        after = m.group(2) or "" if m else ""
        no = word_type(after) or re.match(rules()["en_subject_blockers_after"], after)
        plain = m and re.fullmatch(r"[A-Z][a-z]+", m.group(1))  # "Revenue rose": no subject
        no = no or (plain and not re.match(rules()["en_agent_verbs"], after))
        return (company_before(m.group(1)) if m and not no else "") or default
    if default:
        return default
    m = _LATIN_CO.match(text)
    if m and not re.fullmatch(r"(?:AI|API|App)", m.group(1)):
        return m.group(1)
    m = rx("cjk_company_subject").match(text) or rx("cjk_subject").match(text)
    return m.group(1) if m and m.group(1) not in rules()["generic_cjk"] else ""


def _day(text: str, period: str) -> DateValue | None:
    return next((d for _, _, d in find_dates(text, period) if d.precision == "day"), None)


def event_anchors(units: list[Unit], period: str) -> dict[int, tuple[DateValue, str]]:
    """The event each news or prose paragraph refers back to ("本次大会", "大会中") when
    it states no day date itself: (date, company) of the latest paragraph of the same
    section that dates an event ("10 月 6 日, 甲公司在开发者大会中发布 ..."), keyed by
    the index of the referring unit in ``units``.

    >>> units = [Unit("prose", "", [("3 月 2 日,Zentrix 在开发者大会上发布多款产品。", 1)]),
    ...          Unit("prose", "", [("大会中还公布了 Zyra 3 的升级。", 3)])]
    >>> {k: (d.iso, c) for k, (d, c) in event_anchors(units, "2031-03").items()}
    {1: ('2031-03-02', 'Zentrix')}
    """
    anchors: dict[int, tuple[DateValue, str]] = {}
    current: dict[int, tuple[DateValue, str]] = {}
    for i, unit in enumerate(units):
        if unit.kind not in ("news", "prose"):
            continue
        if _day(unit.text, period) is None:
            if unit.section in current and rx("event_reference").search(unit.text):
                anchors[i] = current[unit.section]
            continue
        for sentence, _ in unit.sentences:
            day = _day(sentence, period)
            if day and rx("event_words").search(sentence):
                current[unit.section] = (day, subject_of(sentence, ""))
    return anchors


def _party(text: str, english: bool = False) -> EntityRef | None:
    """A partner named in a short span: a known company, a Latin name or a short CJK name
    (an English sentence keeps "AI" in "Borealis AI")."""
    text = text.strip(" “”\"'" + ("." if english else ""))
    text = text if english else re.sub(r"(?:\s+(?:AI|API|App|APP))+$", "", text)
    found = known_at_start(text)
    if found:
        rest = text[found[1] :].strip()
        if len(rest) <= 6 and not re.search(r"[的\d]", rest):
            if re.search(rules()["party_rest_banned"], rest):
                return None
            return company_ref(found[0])
        return None
    latin = re.fullmatch(r"[A-Za-z][\w.\-&]*(?:\s[A-Z][\w.\-&]*){0,2}", text)
    cjk = re.fullmatch(r"[\u4e00-\u9fff]{2,8}", text)
    if latin and text not in rules()["generic_latin"]:
        return company_ref(text)
    if cjk and not re.search(r"[的了多所家个些等各其该]", text):
        if text not in rules()["generic_cjk"]:
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
    for key in ("partnership", "co_release", "partnership_en"):
        for m in rx(key).finditer(strip_lead(sentence)):
            for part in re.split(rules()["party_joiners"], m.group("b")):
                part = re.sub(r"\s*(?:实验室|团队|开源社区|社区)$", "", part)
                ref = _party(part, key.endswith("_en"))
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
    return "tentative" if re.search(rules()["tentative_words"], text) else "announced"


def deal(title: str, body: str, subject: str, evidence: Evidence, date: dict) -> EventFact | None:
    """A chip or compute deal stated in a title ("向 X 出售 AI 芯片"), else None."""
    text = strip_lead(title)
    sale, buy = rx("deal_sale").search(text), rx("deal_buy").search(text)
    if not (sale or buy) or not subject:
        return None
    other = _party(sale.group("buyer") if sale else buy.group("seller"))
    if other is None:
        return None
    payer, payee = (other, company_ref(subject)) if sale else (company_ref(subject), other)
    what = (sale or buy).group("what")
    kind = "chip_purchase" if re.search(rules()["chip_types"], what) else "compute_lease"
    props = {"kind": kind, "status": _status(title + body[:120]), "summary": text.rstrip("。")}
    amounts = find_amounts(body)
    if amounts:
        props.update(amounts[0][2].props())
    props.update(date)
    parts = [Participant("PAYS_FOR", "in", payer), Participant("PAID_TO", "out", payee)]
    return EventFact("Deal", props, parts, evidence, key=("date", "kind"))


def investment(title: str, body: str, evidence: Evidence, date: dict) -> EventFact | None:
    """An investment stated in a title ("X 对 Y 的 11 亿欧元战略投资完成交割"), else None."""
    m = rx("investment").search(strip_lead(title)) or rx("investment_verb").search(
        strip_lead(title)
    )
    if not m:
        return None
    investor, investee = _party(m.group("investor")), _party(m.group("investee"))
    if not investor or not investee:
        return None
    round_text = m.group("round")
    kind = "acquisition" if round_text == "收购" else "equity"
    props = {"kind": kind, "round": rules()["investment_rounds"][round_text]}
    props.update({"round_text": round_text, "status": _status(title)})
    amounts = find_amounts(title) or find_amounts(body)
    if amounts:
        props.update(amounts[0][2].props())
    stake = rx("stake").search(title + body)
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
    for kind, pattern in rules()["event_kinds"]:
        if re.search(pattern, text):
            return kind
    return "news"
