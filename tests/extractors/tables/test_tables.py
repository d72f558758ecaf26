"""Tables on the seed reports (read at test time): every rating row and investment row,
their values, and the tables that state no fact. Invented reports and PDFs are in
``test_invented_tables.py``.
"""

from __future__ import annotations

import re

import pytest
from support.table_facts import (
    investments,
    parties,
    rates,
    seed,
    seed_facts,
    source_lines,
)

from aikg.extractors import tables
from aikg.extractors.tables.common import is_name
from aikg.schema import ROUNDS, EntityFact, RelationFact

RATING_SEED = {"000": 8, "001": 4, "002": 8}  # distinct rated companies per seed


# ------------------------------------------------------------------ rating tables (seeds)


def _seed_rating_rows(prefix: str) -> set[str]:
    """Tickers of the rows of the seed's rating table, read straight from the file."""
    text = "\n".join(source_lines(prefix))
    return set(re.findall(r"^(\d{4}\.HK|[A-Z]+\.[ON])[\t ]+\S+[\t ]+优于大市", text, re.M))


@pytest.mark.parametrize("prefix", sorted(RATING_SEED))
def test_every_rating_row_of_the_seeds(prefix: str) -> None:
    found = rates(seed_facts(prefix))
    expected = _seed_rating_rows(prefix)
    assert len(expected) == RATING_SEED[prefix]
    assert set(found) == expected  # every row, once (000 repeats Tencent's row)
    relations = [f for f in seed_facts(prefix) if isinstance(f, RelationFact)]
    assert len(relations) == len(expected)
    for fact in relations:
        assert fact.type == "RATES" and fact.source.label == "Report"
        assert fact.source.name == seed(prefix).meta.report_id
        assert fact.props["rating"] == "优于大市"
        assert fact.props["date"] == seed(prefix).meta.period
        assert len(fact.props["eps"]) == len(fact.props["pe"]) == 2


def test_rating_values_tab_table() -> None:
    found = rates(seed_facts("000"))
    tencent = found["0700.HK"]
    assert tencent.target.name == "腾讯控股" and tencent.target.label == "Company"
    assert tencent.props["close_price"] == 617.0
    assert tencent.props["market_cap_mn"] == 5642395.0
    assert tencent.props["forecast_years"] == ["2025E", "2026E"]
    assert tencent.props["eps"] == [27.60, 32.63] and tencent.props["pe"] == [21.0, 17.8]
    assert tencent.props["price_currency"] == "HKD"
    assert found["TME.N"].props["price_currency"] == "USD"
    assert found["3690.HK"].props["eps"] == [-1.26, 5.20]
    assert tencent.evidence.locator == "line 25"
    assert tencent.evidence.text.startswith("0700.HK | 腾讯控股 | 优于大市 | 617.0")


def test_rating_values_flattened_lines() -> None:
    """001 has its rating table as space-separated lines under a broken header."""
    found = rates(seed_facts("001"))
    ali = found["9988.HK"]
    assert ali.target.name == "阿里巴巴-SW"
    assert ali.props["forecast_years"] == ["2024E", "2025E"]
    assert ali.props["close_price"] == 83.7 and ali.props["market_cap_mn"] == 1599221.0
    assert ali.props["eps"] == [7.8, 8.5] and ali.props["pe"] == [10.0, 9.0]
    line = int(ali.evidence.locator.split()[1])
    assert "9988.HK" in source_lines("001")[line - 1]


def test_rating_missing_value_and_us_ticker() -> None:
    found = rates(seed_facts("002"))
    assert found["3690.HK"].props["pe"] == [None, 20.12]
    assert found["PDD.O"].props["price_currency"] == "USD"
    assert found["PDD.O"].props["close_price"] == 84.44


def test_rated_company_carries_its_ticker_as_alias() -> None:
    entities = [f for f in seed_facts("002") if isinstance(f, EntityFact)]
    by_name = {f.entity.name: f for f in entities}
    assert by_name["京东集团-SW"].aliases == ("9618.HK",)
    assert by_name["京东集团-SW"].props["ticker"] == "9618.HK"


def test_market_tables_and_disclaimers_state_no_rating() -> None:
    """The market-performance tables (tickers, no rating/EPS/PE header) give nothing."""
    for prefix in ("000", "002"):
        names = {f.target.name for f in rates(seed_facts(prefix)).values()}
        assert "爱奇艺" not in names and "英伟达" not in names
    assert not list(tables.extract(seed("003")))


# -------------------------------------------------------------- investment tables (seeds)


def _seed_investment_rows() -> list[str]:
    """Investee names of the 004 investment-table rows, read straight from the file."""
    names = []
    for line in source_lines("004"):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) >= 4 and any(re.fullmatch(r"20\d\d[-./]\d+([-/]\d+)?", c) for c in cells):
            names.append(cells[1] if cells[0].isdigit() else cells[0])
    return names


def test_every_investment_row_of_seed_004() -> None:
    events = investments(seed_facts("004"))
    expected = _seed_investment_rows()
    assert len(expected) == 159
    assert len(events) >= 0.95 * len(expected)
    found = {parties(e)[1] for e in events}
    missing = [n for n in expected if n not in found]
    assert not missing
    per_investor: dict[str, int] = {}
    for event in events:
        per_investor[parties(event)[0]] = per_investor.get(parties(event)[0], 0) + 1
    assert per_investor == {
        "阿里巴巴": 33,
        "腾讯": 51,
        "百度": 21,
        "字节跳动": 5,
        "蚂蚁集团": 38,
        "商汤": 11,
    }


@pytest.mark.parametrize(
    ("investor", "investee", "date", "round_", "kind"),
    [
        ("阿里巴巴", "扬杨得熠文化创意", "2025-09-18", "strategic", "equity"),
        ("阿里巴巴", "喵街", "2025-01-13", "acquisition", "acquisition"),  # continued table
        ("阿里巴巴", "ABLY Corp", "2024-04-23", "strategic", "equity"),
        ("阿里巴巴", "地平线", "2024-10-16", "pre_ipo", "equity"),
        ("阿里巴巴", "墨芯人工智能", "2024-04", "strategic", "equity"),
        ("腾讯", "智谱 AI", "2024-11-01", "strategic", "equity"),
        ("腾讯", "云鲸智能", "2024-12-16", "e", "equity"),
        ("百度", "极睿科技", "2025-02-25", "b_plus", "equity"),
        ("百度", "赛昉科技", "2023-03-23", "strategic", "equity"),
        ("蚂蚁集团", "灵心巧手", "2025-08-07", "angel", "equity"),
        ("蚂蚁集团", "烨知芯", "2025-08", "undisclosed", "equity"),
        ("蚂蚁集团", "MultiSafepay", "2024-01-09", "acquisition", "acquisition"),
        ("商汤", "曦望 Sunrise", "2025-01-07", "angel", "equity"),
    ],
)
def test_investment_rows(investor, investee, date, round_, kind) -> None:
    matches = [
        e
        for e in investments(seed_facts("004"))
        if parties(e) == (investor, investee) and e.props.get("date") == date
    ]
    assert len(matches) == 1
    event = matches[0]
    assert event.props["round"] == round_ and event.props["kind"] == kind
    assert event.props["status"] == "completed"
    assert event.props["date_precision"] == ("day" if len(date) == 10 else "month")
    assert event.key == ("date", "round")
    line = int(event.evidence.locator.split()[1])
    assert investee in source_lines("004")[line - 1]


def test_investment_values_are_clean() -> None:
    events = investments(seed_facts("004"))
    for event in events:
        investor, investee = parties(event)
        assert is_name(investee) and not re.search(r"\d{4}[-./]\d", investee)
        assert event.props["round"] in ROUNDS
        assert event.evidence.text.count(" | ") >= 2
    profiles = {
        f.entity.name: f.props.get("profile")
        for f in seed_facts("004")
        if isinstance(f, EntityFact)
    }
    assert profiles["扬杨得熠文化创意"] == "潮玩艺术生活品牌"
    assert profiles["OceanBase"] == "原生分布式数据库研发商"
    assert profiles["长鑫存储"].startswith("存储芯片(DRAM制造)")


def test_no_investments_without_investment_tables() -> None:
    for prefix in ("000", "001", "002", "003"):
        assert not investments(seed_facts(prefix))
