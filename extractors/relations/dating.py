"""Dates a partnership sentence states, with their spans: calendar dates and weekdays.

English notes and weekly digests date the week's news by weekday ("on Tuesday,
TeraWulf and Fluidstack said ..."); the day is the last such weekday on or before the
report's publication day (``ReportMeta.published``), as every family reads it
(:func:`aikg.extractors.values.dates.find_dates`, rule ``weekday`` of
``rules/dates/en.toml``).
"""

from __future__ import annotations

from aikg.extractors.values.dates import DateValue, find_dates


def sentence_dates(text: str, period: str, published: str) -> list[tuple[int, int, DateValue]]:
    """The dates of a (masked) sentence with their spans: calendar dates, and weekdays
    resolved against ``published`` (none when the report's day is unknown), in order.

    >>> [d.iso for _, _, d in sentence_dates("On Tuesday, X and Y agreed", "2031-11", "2031-11-08")]
    ['2031-11-04']
    >>> [d.iso for _, _, d in sentence_dates("On Tuesday, X and Y agreed", "2031-11", "")]
    []
    """
    return find_dates(text, period, published)
