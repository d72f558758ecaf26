"""Chinese weekdays (上周五, 本周三, 下周一, 周二, 星期四) resolved against the report's
publication day, as AI 周报 and 早报 date the week's news; a Monday's weekly speaks of the
week that ended the day before. Invented sentences."""

from __future__ import annotations

import pytest

from aikg.extractors.values.dates import find_dates


@pytest.mark.parametrize(
    ("text", "published", "iso"),
    [
        ("甲公司上周五开源 Zyra-3", "2031-11-06", "2031-10-31"),  # a Thursday's report
        ("甲公司本周三上线 Zyra-3", "2031-11-06", "2031-11-05"),
        ("甲公司周二发布 Zyra-3", "2031-11-06", "2031-11-04"),  # the last Tuesday
        ("甲公司星期四发布 Zyra-3", "2031-11-06", "2031-11-06"),  # the day itself
        ("甲公司下周一发布 Zyra-3", "2031-11-06", "2031-11-10"),
        ("甲公司周日推出 Zyra-3", "2031-11-06", "2031-11-02"),
        ("甲公司本周一宣布投资乙公司", "2031-11-10", "2031-11-03"),  # a Monday's weekly
        ("Zyra-3 于本周四上线", "2031-11-10", "2031-11-06"),
        ("甲公司上周五开源 Zyra-3", "2031-11-10", "2031-10-31"),
    ],
)
def test_a_weekday_is_a_day_of_the_report_week(text: str, published: str, iso: str) -> None:
    found = [d for _, _, d in find_dates(text, published[:7], published)]
    assert [(d.iso, d.precision) for d in found] == [(iso, "day")]


@pytest.mark.parametrize(
    "text",
    ["每周一更新模型", "服务时间为周一至周五", "一周后再次上线", "上周市场回暖"],
)
def test_recurring_ranges_and_bare_weeks_are_no_days(text: str) -> None:
    assert find_dates(text, "2031-11", "2031-11-06") == []


def test_a_weekday_with_its_date_in_brackets_is_dated_by_the_brackets() -> None:
    found = find_dates("Zyra-3 已于上周一(11月24日)上线", "2031-12", "2031-12-03")
    assert [d.iso for _, _, d in found] == ["2031-11-24"]


def test_without_a_publication_day_a_weekday_is_no_date() -> None:
    assert find_dates("甲公司上周五开源 Zyra-3", "2031-11", "2031-11") == []
