"""The date a partnership sentence leads with (:mod:`aikg.extractors.relations`)."""

from __future__ import annotations

from aikg.extractors.values.dates import DateValue, find_dates, leading_date

__all__ = ["opening_date"]


def opening_date(text: str, period: str, opening: bool) -> DateValue | None:
    """The date a sentence leads with; for the paragraph's opening sentence, else its first
    day date that is not after the report's period (a news item's title runs into its
    body: "X:发布 Y 模型 5 月 19 日, X 发布 ...").

    >>> opening_date("甲:发布新模型 5 月 19 日, 甲发布新模型", "2026-05", True).iso
    '2026-05-19'
    >>> opening_date("甲:发布新模型 5 月 19 日, 甲发布新模型", "2026-05", False) is None
    True
    """
    dates = find_dates(text, period)
    lead = leading_date(text, dates)
    if lead is not None or not opening:
        return lead
    days = [d for _, _, d in dates if d.precision == "day" and d.iso[:7] <= (period or "9999")]
    return days[0] if days else None
