"""Dates a partnership sentence states without a calendar date: a weekday.

English notes and weekly digests date the week's news by weekday ("on Tuesday,
TeraWulf and Fluidstack said ..."); the day is the last such weekday on or before the
report's publication day (``ReportMeta.published``). The weekday pattern lives in
``rules/relations/en.toml`` (``weekday``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from aikg.extractors.rules import load
from aikg.extractors.values.dates import DateValue, find_dates

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")


@lru_cache(maxsize=1)
def _weekday() -> re.Pattern[str]:
    return re.compile(load("relations", "en")["weekday"])


def sentence_dates(text: str, period: str, published: str) -> list[tuple[int, int, DateValue]]:
    """The dates of a (masked) sentence with their spans: calendar dates, and weekdays
    resolved against ``published`` (none when the report's day is unknown), in order.

    >>> [d.iso for _, _, d in sentence_dates("On Tuesday, X and Y agreed", "2031-11", "2031-11-08")]
    ['2031-11-04']
    >>> [d.iso for _, _, d in sentence_dates("On Tuesday, X and Y agreed", "2031-11", "")]
    []
    """
    found = list(find_dates(text, period))
    if _ISO_DAY.match(published or ""):
        pub = date.fromisoformat(published)
        taken = [(s, e) for s, e, _ in found]
        for m in _weekday().finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue  # "on Tuesday, Nov 4": the calendar date is read already
            back = (pub.weekday() - _WEEKDAYS.index(m.group(1).lower())) % 7
            day = DateValue((pub - timedelta(days=back)).isoformat(), "day")
            found.append((m.start(), m.end(), day))
    return sorted(found, key=lambda t: t[0])
