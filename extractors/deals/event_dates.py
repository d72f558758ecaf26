"""The date of a deal a frame matched: the sentence's own date (not a later plan's), a
relative day ("the next day", "On the same day", "次日", "同日") counted from the deal
read before, the date after the verb, else the paragraph's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.deals.figures import Figures, date_after, date_before, next_day
from aikg.extractors.deals.frames import Candidate, cue
from aikg.extractors.deals.state import Context
from aikg.extractors.rules import load
from aikg.extractors.values.dates import DateValue


@lru_cache(maxsize=1)
def _same_day() -> re.Pattern[str]:
    return re.compile(load("deals")["same_day"], re.I)


@lru_cache(maxsize=1)
def _days_later() -> re.Pattern[str]:
    return re.compile(load("deals", "en")["days_later"], re.I)


_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}


def _later(prev: DateValue, m: re.Match[str]) -> DateValue:
    """``prev`` moved on by "Four days later" / "A week later" (a day date only).

    >>> m = _days_later().search("Four days later X signed")
    >>> _later(DateValue("2025-09-18", "day"), m).iso
    '2025-09-22'
    """
    if prev.precision != "day":
        return prev
    from datetime import date, timedelta

    count = m.group("n").lower()
    n = int(count) if count.isdigit() else _NUMBERS.get(count, 1)
    days = n * (7 if m.group("unit").lower().startswith("week") else 1)
    return DateValue((date.fromisoformat(prev.iso) + timedelta(days=days)).isoformat(), "day")


def _relative_date(ctx: Context, cand: Candidate, fig: Figures) -> DateValue | None:
    """The day a relative word before the verb names, from the deal read before (in
    this paragraph, else the section's last dated deal: a PDF's paragraph break may fall
    between "… on November 3." and "On the same day, …"); "Four days later" and "A week
    later" count on from it (``days_later`` of ``rules/deals/en``)."""
    before = fig.text[: cand.v_start]
    later = _days_later().search(before)
    if not later and not cue("relative").search(before):
        return None
    props = ctx.last.props if ctx.last and ctx.last.props.get("date") else ctx.last_dated
    if not props or not props.get("date"):
        return None
    prev = DateValue(props["date"], props["date_precision"])
    if later:
        return _later(prev, later)
    return prev if _same_day().search(before) else next_day(prev)  # "the same day": that day


def deal_date(ctx: Context, cand: Candidate, fig: Figures) -> DateValue | None:
    """The date of the deal ``cand`` states (see the module's docstring)."""
    date = date_before(fig, cand.v_start)
    if date is not None and ctx.period and date.iso[:7] > ctx.period:
        date = None  # a later year or month is when a plan runs ("2027 年使用"), not the deal's
    if date is None:
        date = _relative_date(ctx, cand, fig)
    after = date_after(fig, cand.v_start)
    if after is not None and ctx.period and after.iso[:7] > ctx.period:
        after = None  # a plan's target date ("计划 2026 年量产"), not the deal's
    if date is not None and date.precision == "year" and after and after.iso[:4] == date.iso:
        date = after  # "2025 年服务器集采于 11 月 18 日公示": the day the text gives
    if date is not None and date.precision == "year":  # "12.03 … 今年以来累计 …": the day
        finer = [d for s, _, d in fig.dates if s < cand.v_start and d.iso[:4] == date.iso]
        date = next((d for d in reversed(finer) if d.precision != "year"), date)
    return date or after or ctx.date
