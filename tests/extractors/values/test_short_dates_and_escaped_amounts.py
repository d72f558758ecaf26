"""Month-day dates without a year ("11.17", "11/12", "10-09" in a cell) and amounts with
an escaped dollar sign ("NT\\$9.8bn") as digests and PDF conversions write them."""

from __future__ import annotations

import pytest

from aikg.extractors.values.amounts import find_amounts
from aikg.extractors.values.dates import find_dates


@pytest.mark.parametrize(
    ("text", "period", "iso"),
    [
        ("3. 11.17　星河科技完成 B 轮融资", "2025-11", "2025-11-17"),
        ("- **11/12** Orbis signed a lease", "2025-11", "2025-11-12"),
        ("（12.05）灵犀资本领投", "2025-12", "2025-12-05"),
        ("10-09", "2025-10", "2025-10-09"),
        ("| 10-09 |", "2025-10", "2025-10-09"),
        ("12.11 某公司宣布", "2026-01", "2025-12-11"),  # a later month: the year before
    ],
)
def test_month_day_without_year(text, period, iso):
    [(_, _, value)] = find_dates(text, period)
    assert (value.iso, value.precision) == (iso, "day")


@pytest.mark.parametrize(
    "text",
    [
        "文心 4.5 Turbo 上线",  # a version, one-digit "day"
        "Claude 3.7 Sonnet",
        "交易对价 1.26 亿元",  # an amount
        "股价 12.15 美元",
        "PE 8.10 倍",
        "EPS 分别为 6.95、8.10",  # a list of figures
        "PT $12.15",
        "growth of 10.25%",
        "v1.12 版本",
        "10-12 weeks",  # a range in prose
    ],
)
def test_numbers_that_are_no_month_day(text):
    assert find_dates(text, "2025-11") == []


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        (r"took a 15% stake for about NT\$9.8bn", 9.8e9, "TWD"),
        (r"for \$3bn in cash", 3e9, "USD"),
        (r"US\$5bn of common stock", 5e9, "USD"),
        ("HK$5bn placement", 5e9, "HKD"),
    ],
)
def test_escaped_dollar_prefix(text, amount, currency):
    [(_, _, found)] = find_amounts(text)
    assert (found.value, found.currency) == (amount, currency)


def test_role_marks_leave_investor_cells():
    from aikg.extractors.tables.rows import read_rows

    rows = [["2031-10-20", "澄岭科技", "B 轮", "北岚资本（领投）、华岫基金"]]
    roles = {0: "date", 1: "investee", 2: "round", 3: "investor"}
    [(_, row)] = read_rows(rows, roles)
    assert row.investors == ("北岚资本", "华岫基金")
    rows = [["2031-10-20", "Lumor Robotics", "Series B", "Alibo (lead), Xiling Capital"]]
    [(_, row)] = read_rows(rows, roles)
    assert row.investors == ("Alibo", "Xiling Capital")
