"""English months named relative to the report's ("signed last month", "announced
earlier this month"), as weekly wraps and flash notes date the news: resolved from the
report period, across a year's turn too (invented sentences)."""

from __future__ import annotations

from aikg.extractors.values.dates import find_dates


def isos(text: str, period: str) -> list[tuple[str, str]]:
    return [(text[s:e], d.iso) for s, e, d in find_dates(text, period)]


def test_last_month_is_the_month_before_the_period():
    assert isos("Orbis signed the lease last month.", "2031-11") == [("last month", "2031-10")]


def test_last_month_in_january_is_the_december_before():
    assert isos("Orbis signed the lease last month.", "2032-01") == [("last month", "2031-12")]


def test_earlier_this_month_is_the_period_month():
    text = "Zentrix announced the deal earlier this month."
    assert isos(text, "2031-11") == [("earlier this month", "2031-11")]


def test_no_period_no_date():
    assert isos("Orbis signed the lease last month.", "") == []
