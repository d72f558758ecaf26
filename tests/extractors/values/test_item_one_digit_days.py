"""A one-digit day dates a 投融资 weekly's item at its head ("12.1  X 完成 …", "2. 12.3 X 获 …"),
in the report's month or the one before; a section number, a version or a figure is no
date (round 24)."""

from __future__ import annotations

import pytest

from aikg.extractors.values.dates import find_dates


@pytest.mark.parametrize(
    ("text", "period", "iso"),
    [
        ("12.1  千汀机器人完成 4 亿元 B 轮融资", "2031-12", "2031-12-01"),  # a name may open on 千
        ("2. 12.3 墨汀智能获 2 亿元融资", "2031-12", "2031-12-03"),
        ("- 11.7 澄汀科技完成 A 轮融资", "2031-12", "2031-11-07"),  # the month before
        ("12.9，岚汀数据宣布完成融资", "2032-01", "2031-12-09"),
    ],
)
def test_an_items_head_day(text, period, iso):
    [(_, _, value)] = find_dates(text, period)
    assert (value.iso, value.precision) == (iso, "day")


@pytest.mark.parametrize(
    "text",
    [
        "3.1 行业概况",  # a section number, months away from the report
        "12.5 亿元的订单",  # a figure and its unit
        "2.5 倍",
        "模型升级至 12.1 版本",  # not at the item's head
    ],
)
def test_no_day(text):
    assert find_dates(text, "2031-12") == []
