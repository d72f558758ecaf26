"""Reading one sentence's frame matches: the amount, date, status, stake and round each
one claims, and the wording of its summary.

All positions are in the masked sentence (:func:`aikg.extractors.names.mentions.mask`), on
which amounts, dates and percentages are found too, so a frame and the figures near it
line up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from aikg.extractors.deals.frames import Candidate, cue, deal_rules, find_round, status_near
from aikg.extractors.deals.spread import is_tranche
from aikg.extractors.names.mentions import Mention, unmask
from aikg.extractors.rules import load
from aikg.extractors.values.amounts import Amount, amount_role, find_amounts, find_percents
from aikg.extractors.values.dates import DateValue, find_dates

_RANGE = re.compile(r"^\s*(?:年)?\s*(?:至|到|-|–|~|to|through)\s*$")
MONEY_FACTS = ("investment", "deal", "agreement", "joint", "total")


@dataclass
class Figures:
    """What the masked sentence holds besides mentions: amounts, dates, percentages."""

    text: str
    amounts: list[tuple[int, int, Amount]]
    dates: list[tuple[int, int, DateValue]]
    percents: list[tuple[int, int, float]]
    claimed: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, masked: str, period: str, published: str = "") -> Figures:
        """The sentence's figures; of its amounts only those a deal may own (no share
        price, valuation, market size, unit cost: ``amount_role``); of its dates also
        the weekdays of the report's week, given its ``published`` day."""
        amounts = [a for a in find_amounts(masked) if amount_role(masked, a[0], a[1]) == "deal"]
        dates = [d for d in find_dates(masked, period, published) if not _fiscal_year(masked, d)]
        return cls(masked, amounts, dates, find_percents(masked))


def _fiscal_year(text: str, date: tuple[int, int, DateValue]) -> bool:
    """Whether a year is named as a fiscal year ("2024 年度营业收入"), which sizes a
    contract against revenue and never dates it (``fiscal_year`` of ``rules/deals/zh``).

    >>> t = "中标价约 2.35 亿元，占公司 2024 年度营业收入的 18.6%"
    >>> [d.iso for _, _, d in Figures.of(t, "2025-12").dates]
    []
    """
    _, end, value = date
    return value.precision == "year" and bool(_rule("fiscal_year").match(text[end:]))


def claim_amount(fig: Figures, cand: Candidate, stop: int) -> Amount | None:
    """The amount a frame match owns: the unclaimed one inside its span nearest the
    verb, else the first unclaimed one after it and before ``stop`` (the next match)."""
    inside = [
        (abs(s - cand.v_end), i)
        for i, (s, e, _) in enumerate(fig.amounts)
        if i not in fig.claimed and s >= cand.start and e <= cand.end
    ]
    after = [
        (s, i)
        for i, (s, _, _) in enumerate(fig.amounts)
        if i not in fig.claimed and cand.end <= s < stop
    ]
    pick = min(inside)[1] if inside else (min(after)[1] if after else None)
    if pick is None:
        pick = _agreement_amount(fig, cand.start)
    if pick is None and cand.fact == "investment":
        pick = _round_amount(fig, cand)
    if pick is None:
        return None
    fig.claimed.add(pick)
    return fig.amounts[pick][2]


# the words between an amount and its agreement; a comma only before the term ("$1.2
# billion, four-year agreement under which")
_AGREEMENT_AFTER = re.compile(
    r"^(?:[^⟨⟩,，;；。]|,(?=\s*(?:\w+-year|multi-?year|multiyear)\b)){0,30}?"
    r"(?:agreement|contract|deal|lease|order|协议|合同|订单)",
    re.I,
)


def _agreement_amount(fig: Figures, start: int) -> int | None:
    """An unclaimed amount just before a match that sizes the agreement the match
    explains ("a five-year, $6.1bn agreement under which A will pay B").

    >>> f = Figures.of("a $6bn agreement under which ⟨0⟩ will pay ⟨1⟩", "")
    >>> _agreement_amount(f, 29), _agreement_amount(Figures.of("$6bn revenue. ⟨0⟩", ""), 14)
    (0, None)
    >>> t = "a $1.2 billion, four-year agreement under which ⟨0⟩ will lease"
    >>> _agreement_amount(Figures.of(t, ""), t.index("⟨"))
    0
    """
    for i in range(len(fig.amounts) - 1, -1, -1):
        s, e, _ = fig.amounts[i]
        if e <= start and i not in fig.claimed and start - e <= 60:
            if _AGREEMENT_AFTER.match(fig.text[e:start]):
                fig.claimed.add(i)
                return i
            return None
    return None


_ROUND_AFTER = re.compile(
    r"^[^⟨⟩,，;；。]{0,16}?(?:融资|募资|轮|投资|round|series|funding|financing|raise)", re.I
)


def _round_amount(fig: Figures, cand: Candidate) -> int | None:
    """The unclaimed amount that sizes the round a match names its investors after ("完成
    15 亿元 C 轮融资，投资方包括 A、B", "获约 3 亿港元战略投资，投资方为 A"): the last one
    before the match whose words run on into the round.

    >>> from aikg.extractors.deals.frames import match_frames
    >>> t = "⟨0⟩完成 15 亿元 C 轮融资，投资方包括⟨1⟩、⟨2⟩"
    >>> f = Figures.of(t, ""); c = [c for c in match_frames(t) if c.frame == "investor_list"][0]
    >>> f.amounts[_round_amount(f, c)][2].text
    '15 亿元'
    """
    for i in range(len(fig.amounts) - 1, -1, -1):
        s, e, _ = fig.amounts[i]
        if e <= cand.start and i not in fig.claimed:
            if _ROUND_AFTER.match(fig.text[e : cand.end]):
                fig.claimed.add(i)
                return i
            return None
    return None


def unclaimed_amount(fig: Figures, stop: int) -> Amount | None:
    """The first amount nobody claimed, before ``stop``; it is claimed."""
    for i, (s, _, amount) in enumerate(fig.amounts):
        if i not in fig.claimed and s < stop:
            fig.claimed.add(i)
            return amount
    return None


def date_before(fig: Figures, pos: int) -> DateValue | None:
    """The date nearest before ``pos``; of a range ("2023 年至 2030 年") its start."""
    before = [(k, d) for k, d in enumerate(fig.dates) if d[1] <= pos]
    if not before:
        return None
    k, (start, _, value) = before[-1]
    if k > 0 and _RANGE.match(fig.text[fig.dates[k - 1][1] : start]):
        return fig.dates[k - 1][2]
    return value


def date_after(fig: Figures, pos: int) -> DateValue | None:
    after = [d for d in fig.dates if d[0] >= pos]
    return after[0][2] if after else None


def next_day(value: DateValue) -> DateValue:
    """The date a "第二天" refers to: the next day at day precision, else the same."""
    if value.precision != "day":
        return value
    from datetime import date, timedelta

    day = date.fromisoformat(value.iso) + timedelta(days=1)
    return DateValue(day.isoformat(), "day")


def status_of(fig: Figures, cand: Candidate) -> str:
    """The status the words around the trigger verb give (or the rules' default); a
    match naming a memorandum or letter of intent is non-binding whoever signed it."""
    rules = deal_rules()
    if cand.fact == "holding":
        return rules["holding_status"]
    lo = max(0, cand.start - 12)
    hi = min(len(fig.text), cand.end + 8)
    comma = re.search(r"[,，]", fig.text[cand.end : hi])
    hi = cand.end + comma.start() if comma else hi
    if cue("non_binding").search(fig.text[cand.start : hi]):  # "签署合作备忘录"
        return rules["non_binding"]["status"]
    if cue("hedge").search(fig.text[: cand.v_end]):  # "苹果接近与谷歌达成协议", "close to paying"
        return "tentative"
    plan = _rule("placement_plan")  # read for every match (cached): the rules test sees it read
    if cand.frame in load("deals")["plan_frames"] and plan.search(fig.text[: cand.start]):
        return "planned"  # "公司拟向 A、B 定增，其中 A 认购 6 亿元": the plan's subscriptions
    return status_near(fig.text, cand.v_start, cand.v_end, lo, hi) or rules["default_status"]


def stake_of(fig: Figures, cand: Candidate, stop: int) -> float | None:
    """A percentage next to a stake word (持股 7%, 26.32%经济权益) in or after the match;
    100 for a whole company bought ("全资收购", "acquire all of")."""
    span = fig.text[max(0, cand.start - 4) : max(stop, cand.end)]
    if _whole_stake().search(span):
        return 100.0
    percents = fig.percents
    for k, (s, e, _) in enumerate(percents):
        if s < cand.start - 12 or s >= stop:
            continue
        near = fig.text[max(0, s - 16) : e + 14]  # "a stake of about 2.9%", "4% equity stake"
        if _rule("stake_bought", "en").search(fig.text[:s]) or cue("stake").search(near):
            return _stake_after(fig.text, percents, k)
    return None


def stated_stake(fig: Figures) -> float | None:
    """The stake a sentence states next to a stake word, wherever it stands ("The warrants
    would give the holder roughly 8% of pro forma equity").

    >>> stated_stake(Figures.of("The warrants give ⟨0⟩ roughly 8% of pro forma equity", ""))
    8.0
    >>> stated_stake(Figures.of("Revenue grew 8% in the quarter", "")) is None
    True
    """
    for s, e, value in fig.percents:
        if cue("stake").search(fig.text[max(0, s - 16) : e + 24]):
            return value
    return None


def _stake_after(text: str, percents: list[tuple[int, int, float]], k: int) -> float:
    """The stake a change ends at: "由 60% 提升至 72%" gives 72 (``stake_change`` of
    ``rules/deals/zh``), else percentage ``k`` itself.

    >>> f = Figures.of("公司持股比例由 60% 提升至 72%", "")
    >>> _stake_after(f.text, f.percents, 0)
    72.0
    """
    while k + 1 < len(percents):
        between = text[percents[k][1] : percents[k + 1][0]]
        if not _rule("stake_change").match(between):
            break
        k += 1
    return percents[k][2]


@lru_cache(maxsize=8)
def _rule(key: str, lang: str = "zh") -> re.Pattern[str]:
    """A pattern of ``rules/deals/<lang>`` read by this module alone."""
    return re.compile(load("deals", lang)[key], re.I)


def summary_of(fig: Figures, cand: Candidate, mentions: list[Mention], amount_end: int) -> str:
    """The words of the match (and its amount), unmasked and trimmed."""
    end = max(cand.end, amount_end)
    text = unmask(fig.text[cand.start : end], mentions).strip(" ,，;:")
    limit = deal_rules()["summary_max"]
    return text if len(text) <= limit else text[: limit - 1] + "…"


def amount_end(fig: Figures, amount: Amount | None) -> int:
    for _, e, a in fig.amounts:
        if a is amount:
            return e
    return 0


@lru_cache(maxsize=1)
def _whole_stake() -> re.Pattern[str]:
    """Words of a whole company bought, both languages (one text may mix them)."""
    zh, en = load("deals", "zh")["whole_stake"], load("deals", "en")["whole_stake"]
    return re.compile(f"{zh}|(?i:{en})")


# The label a broker's notice list puts before the date it brackets ("（公告日 12/08）")
_DATE_LABEL = r"(?:(?:公告日|公告日期|公告时间|披露日|披露日期|日期|date)\s*[:：]?\s*)?"


def date_only(fig: Figures) -> bool:
    """Whether a sentence is only a bracketed date ("(Nov 20)", "（11 月 20 日）", "（公告日
    12/08）"), which a digest or a notice list puts after the item it dates.

    >>> [date_only(Figures.of(t, "2025-12")) for t in ("(Nov 20)", "Nov 20", "（公告日 12/08）")]
    [True, False, True]
    """
    if len(fig.dates) != 1:
        return False
    s, e, _ = fig.dates[0]
    return bool(re.fullmatch(r"\s*[(（]\s*" + _DATE_LABEL, fig.text[:s], re.I)) and bool(
        re.fullmatch(r"\s*[)）]\s*[.。]?\s*", fig.text[e:])
    )


def headline_amount(headline: str) -> dict[str, object]:
    """The amount of the round a paragraph's first sentence states ("X 完成 2 亿元 A 轮融
    资"), for a later sentence that names only the round's investors ("本轮由 A 领投"):
    the first amount a deal may own, as properties; none when it names no round.

    >>> headline_amount("星河智能宣布完成 2 亿元 A 轮融资")["amount"]
    200000000.0
    >>> headline_amount("星河智能发布 2 亿元订单")
    {}
    >>> headline_amount("Zentrix raised $75m at a $900m valuation, with A leading")["amount"]
    75000000.0
    """
    fig = Figures.of(headline, "")
    raised = _rule("raise_headline", "en").search(headline)  # "X raised $75m, with A leading"
    if not fig.amounts or (find_round(headline) is None and not raised):
        return {}
    return fig.amounts[0][2].props()


def headline_round(headline: str, cand: Candidate, text: str, investee: str, props: dict) -> dict:
    """The amount of the round the paragraph's first sentence (``headline``) states, for
    a sentence that names its investors with the investee elided ("… closed $1.2bn. The
    round, led by A"): none when the sentence gives the investor's own tranche ("A
    invested $120m of the $300m round", :func:`.spread.is_tranche`)."""
    elided = cand.roles["investee"][0][0] == "elided"
    if not elided or investee not in headline or is_tranche(props, text):
        return {}
    return headline_amount(headline)


def key_value_amount(fig: Figures) -> Amount | None:
    """The amount of a notice's key-value line ("- 合同金额：56,800 万元（含税）", rule
    ``key_value_amount`` of ``rules/deals/zh``), which a later sentence's contract owns.

    >>> key_value_amount(Figures.of("- 合同金额：56,800 万元（含税）", "")).value
    568000000.0
    >>> key_value_amount(Figures.of("合同期限：5 年，金额 3 亿元", "")) is None
    True
    """
    if not fig.amounts or not _rule("key_value_amount").match(fig.text):
        return None
    return fig.amounts[0][2]


def trailing_date(fig: Figures) -> DateValue | None:
    """The bracketed date that ends a sentence ("… post-money. (Dec 3)"): a digest dates
    the item before it so, and the sentence splitter keeps it with the last sentence.

    >>> trailing_date(Figures.of("The round values ⟨0⟩ at $310m. (Dec 3)", "2025-12")).iso
    '2025-12-03'
    >>> trailing_date(Figures.of("- **⟨0⟩ / ⟨1⟩ (29 Dec).**", "2025-12")).iso
    '2025-12-29'
    >>> trailing_date(Figures.of("It closed on Dec 3 (unaudited)", "2025-12")) is None
    True
    """
    if not fig.dates:
        return None
    s, e, value = fig.dates[-1]
    before, after = fig.text[:s].rstrip(), fig.text[e:]
    closed = re.fullmatch(r"\s*[)）]\s*[.。]?\s*(?:\*\*|__)?\s*", after)  # "(29 Dec).**"
    return value if before.endswith(("(", "（")) and closed else None
