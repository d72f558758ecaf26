"""Ratings in rating-change tables, top-pick lists with bare tickers, key-data boxes laid
out as one row, and views the report does not hold (another house's action). Every name
is invented; the sentences are written for this test."""

from __future__ import annotations

from pathlib import Path

from support.ratings import ratings_in

CHANGES = """# Semis: who we like for 2032

**Pellow Strand Research | Industry note | 9 March 2032**

Top picks: Ardent Fabric (ARDF, Buy, PT $52) and Merrow Logic (MRWL, Overweight).
Ostley & Partners upgraded Vantry Chips (VNTC US) to Buy on Friday; we do not cover it.
Street consensus on Cobble Analog (CBLA US) is Buy; we stay cautious.

| Company | Ticker | Prior rating | Current rating | Prior PT | New PT | Close 3/6 |
|---|---|---|---|---|---|---|
| Ardent Fabric | ARDF US | Neutral | Buy | $38.00 | $52.00 | $41.10 |
| Harlan Sensors | HRLS US | Buy | Neutral | $75.00 | $60.00 | $58.25 |
"""

BOX = """# Quenby Data (QNBY.O): Initiating at Buy

**Lowther Ames | Equity Research | 2 April 2032**

| Rating | Price target | Price (31 Mar) | Market cap |
|---|---|---|---|
| Buy | $30.00 | $22.40 | $4.1bn |

Quenby sells storage to the neoclouds.
"""

ZH = """# 电子行业周报：调整评级

**澜屿证券 | 2032 年 3 月 9 日**

近日某外资投行将岑川微电子（688901.SH）下调至“中性”。

| 代码 | 名称 | 原评级 | 最新评级 | 收盘价(元) 3月6日 | 目标价(元) |
|---|---|---|---|---|---|
| 603911.SH | 沐岚电子 | 增持 | 买入 | 33.60 | 42.00 |
| 002977.SZ | 霁北科技 | 买入 | 中性 | 18.15 | - |
"""


def test_change_table_reads_the_current_view(tmp_path: Path) -> None:
    rated = ratings_in(tmp_path, CHANGES)
    ardent, harlan = rated["Ardent Fabric"], rated["Harlan Sensors"]
    # the prior rating and prior PT columns are no current view; the close column is read
    assert (ardent["rating"], ardent["close_price"], ardent["target_price"]) == ("Buy", 41.1, 52.0)
    assert (harlan["rating"], harlan["close_price"]) == ("Neutral", 58.25)


def test_bare_ticker_with_a_rating_inside(tmp_path: Path) -> None:
    rated = ratings_in(tmp_path, CHANGES)
    assert (rated["Merrow Logic"]["ticker"], rated["Merrow Logic"]["rating"]) == (
        "MRWL",
        "Overweight",
    )
    # the bare ticker and the table's "ARDF US" are one company, read once from the table
    assert rated["Ardent Fabric"]["ticker"] == "ARDF US"


def test_views_of_other_houses_rate_no_one(tmp_path: Path) -> None:
    rated = ratings_in(tmp_path, CHANGES)
    assert "Vantry Chips" not in rated
    assert "Cobble Analog" not in rated


def test_key_data_box_as_one_row(tmp_path: Path) -> None:
    quenby = ratings_in(tmp_path, BOX)["Quenby Data"]
    assert (quenby["rating"], quenby["close_price"], quenby["target_price"]) == ("Buy", 22.4, 30.0)


def test_chinese_change_table(tmp_path: Path) -> None:
    rated = ratings_in(tmp_path, ZH)
    assert (rated["沐岚电子"]["rating"], rated["沐岚电子"]["close_price"]) == ("买入", 33.6)
    assert (rated["霁北科技"]["rating"], rated["霁北科技"]["close_price"]) == ("中性", 18.15)
    assert "岑川微电子" not in rated


PEERS = """Ferrant Oda Securities | Company update | 4 May 2032

Pellam Devices (4417 TT)
Overweight (maintained)

Peers
                                        Price      Target
Company               Code       Rating (LC)       (LC)       P/E 26E
Pellam Devices        4417 TT    OW     512.0      600.0      21.4
Tovin Circuits        6688 TT    UW     88.5       70.0       30.2
Note: OW = Overweight, UW = Underweight.
"""


def test_abbreviated_ratings_and_header_over_two_lines(tmp_path: Path) -> None:
    rated = ratings_in(tmp_path, PEERS)
    tovin = rated["Tovin Circuits"]
    # "UW" stands for Underweight; "Price" and "Target" sit on the line above "(LC)"
    assert (tovin["rating"], tovin["close_price"], tovin["target_price"]) == (
        "Underweight",
        88.5,
        70.0,
    )
    assert rated["Pellam Devices"]["close_price"] == 512.0


ZH_PROSE = """# 半导体行业点评：调整评级

**澜屿证券 | 2032 年 3 月 9 日**

上调沐岚电子（603911.SH）至“买入”评级，下调霁北科技（002977.SZ）评级至“中性”。
首次覆盖苒石微电子（688933.SH），给予“增持”评级。
据媒体报道，某外资投行将岑川微电子（688901.SH）下调至“中性”。
溪岳科技（300988.SZ）此前曾被我们给予“买入”评级。
"""


def test_chinese_views_in_prose(tmp_path: Path) -> None:
    rated = ratings_in(tmp_path, ZH_PROSE)
    assert {name: props["rating"] for name, props in rated.items()} == {
        "沐岚电子": "买入",
        "霁北科技": "中性",
        "苒石微电子": "增持",
    }
