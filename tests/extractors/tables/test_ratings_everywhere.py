"""Ratings wherever notes state them: key-data boxes, prose, tables in any form.

Every sentence, box and table here is invented (names no list holds). Each phenomenon
is checked in both languages where both write it, with counter-examples that must give
no rating: an industry rating, a ticker list without ratings, a comparable-companies
table with PE but no rating column, a price target taken for the close.
"""

from __future__ import annotations

from pathlib import Path

from aikg.extractors import tables
from aikg.extractors.document import read_document, segment
from aikg.schema import RelationFact, SegmentedReport, Table


def report_from(text: str, tmp_path: Path, name: str = "note.md") -> SegmentedReport:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return segment(read_document(path))


def rated(report: SegmentedReport) -> dict[str, dict]:
    """Company name -> RATES props."""
    return {
        f.target.name: f.props
        for f in tables.extract(report)
        if isinstance(f, RelationFact) and f.type == "RATES"
    }


# --- key-data boxes ---------------------------------------------------------------------

EN_BOX = """Larkspur Securities | US Equity Research | Data Centres
March 3, 2031

Zentrix Compute Inc. (ZTX US)
4Q30: a second campus signed; PT to $41, reiterate Outperform

Rating: Outperform (unchanged)
Price target: $41.00 (previous: $35.00)
Price (Mar 2, 2031 close): $28.60
Implied upside: 43.4%

Zentrix signed a second campus lease during the quarter and guided capex higher.
"""

ZH_BOX = """# 星河半导体（688777.SH）2030 年年报点评：推理卡放量

**公司研究 · 公司点评**｜半导体｜2031 年 3 月 28 日

| 投资评级 | 买入（维持） |
| --- | --- |
| 目标价 | 95.00 元 |
| 当前股价（2031-03-27） | 61.20 元 |
| 总市值 | 280.8 亿元 |

公司 2030 年营收同比增长 80%，推理卡出货量翻倍。
"""

ZH_LINES_BOX = """云帆证券
证券研究报告 · 港股公司快评
2031 年 4 月 2 日

澜汐科技-W（06688.HK）
年报点评：视频模型收入提速

投资评级：优于大市（维持）
合理估值：58.00 港元
收盘价（4 月 1 日）：41.35 港元
"""


def test_english_key_data_box_gives_rating_and_close(tmp_path: Path) -> None:
    found = rated(report_from(EN_BOX, tmp_path, "box.txt"))
    props = found["Zentrix Compute Inc."]
    assert props["ticker"] == "ZTX US" and props["rating"] == "Outperform"
    assert props["close_price"] == 28.6  # the last price, never the $41 target
    assert props["price_currency"] == "USD"


def test_chinese_key_data_table_gives_rating_and_close(tmp_path: Path) -> None:
    found = rated(report_from(ZH_BOX, tmp_path))
    props = found["星河半导体"]
    assert props["ticker"] == "688777.SH" and props["rating"] == "买入"
    assert props["close_price"] == 61.2 and props["price_currency"] == "CNY"


def test_chinese_key_value_lines_with_five_digit_ticker(tmp_path: Path) -> None:
    found = rated(report_from(ZH_LINES_BOX, tmp_path, "flash.txt"))
    props = found["澜汐科技-W"]
    assert props["ticker"] == "06688.HK" and props["rating"] == "优于大市"
    assert props["close_price"] == 41.35  # not 合理估值 58.00


def test_rating_after_the_title_ticker_or_kept_in_prose(tmp_path: Path) -> None:
    title = "Harrow Securities\n\nOrbis Group (9123 HK / ORBS US)      BUY (Maintain)\n"
    title += "Target Price   HK$88.00\nCurrent Price  HK$61.50\n\nOrbis grew revenue.\n"
    props = rated(report_from(title, tmp_path, "hk.txt"))["Orbis Group"]
    assert props["rating"] == "BUY" and props["close_price"] == 61.5
    kept = "Kestrel Bank\n\n# **Veyra Systems (VYRA US)**\n\n## Margins turn; reiterate "
    kept += "Overweight\n\nVeyra reported revenue of $2.1bn.\n"
    assert rated(report_from(kept, tmp_path))["Veyra Systems"]["rating"] == "Overweight"
    zh = "# 青穹智能（301777.SZ）首次覆盖报告\n\n公司是工业机器人龙头。首次覆盖，给予“增持”评级。\n"
    assert rated(report_from(zh, tmp_path))["青穹智能"]["rating"] == "增持"


def test_no_rating_from_an_industry_rating_or_a_plain_title(tmp_path: Path) -> None:
    industry = "# 计算机行业周报：推理需求持续\n\n行业评级：增持（维持）\n\n本周板块上涨 3%。\n"
    assert rated(report_from(industry, tmp_path)) == {}
    plain = "Zentrix Compute Inc. (ZTX US)\n\nZentrix signed a lease with Orbis.\n"
    assert rated(report_from(plain, tmp_path, "plain.txt")) == {}
    sector = "Orbis Group (9123 HK)\n\nIndustry rating: Overweight\n\nOrbis grew.\n"
    assert rated(report_from(sector, tmp_path, "sector.txt")) == {}


# --- prose --------------------------------------------------------------------------------

EN_PROSE = """Peer positioning

Across our coverage we prefer landlords with a backstop. We rate Orbis Data (ORBS US,
$14.10, Outperform; PT $18) and keep Kestrel Power (KSTL US, $61.25) at Neutral with a
$58 target. Halden Grid (HLDG US, $8.45) stays at Underperform. We rate Veyra Cloud Buy
(VYRC US, $27.40); we are Neutral on Marrow Labs (MRWL US, $33.10) after its rally.
"""


def test_english_peer_views_in_parentheses(tmp_path: Path) -> None:
    found = rated(report_from(EN_PROSE, tmp_path, "peers.txt"))
    views = {n: (p["rating"], p.get("close_price")) for n, p in found.items()}
    assert views == {
        "Orbis Data": ("Outperform", 14.1),  # the close, never "PT $18"
        "Kestrel Power": ("Neutral", 61.25),
        "Halden Grid": ("Underperform", 8.45),
        "Veyra Cloud": ("Buy", 27.4),
        "Marrow Labs": ("Neutral", 33.1),
    }


def test_chinese_ticker_list_with_ratings(tmp_path: Path) -> None:
    text = "投资建议\n\n相关标的：星河半导体（688777.SH，买入）、云帆数据（300977.SZ，增持）。\n"
    found = rated(report_from(text, tmp_path, "list.txt"))
    assert {n: p["rating"] for n, p in found.items()} == {"星河半导体": "买入", "云帆数据": "增持"}


def test_no_rating_from_tickers_without_a_view(tmp_path: Path) -> None:
    en = "Deals\n\nZentrix (ZTX US) signed a lease with Orbis Data (ORBS US, $14.10) in May.\n"
    assert rated(report_from(en, tmp_path, "deal.txt")) == {}
    zh = "投资建议\n\n相关标的：星河半导体（688777.SH）、云帆数据（300977.SZ）。\n"
    assert rated(report_from(zh, tmp_path, "list.txt")) == {}


# --- tables in every form -----------------------------------------------------------------

PIPE = """## Coverage ratings and prices

| Company | Ticker | Rating | Price | PT |
|---|---|---|---|---|
| Orbis Data | ORBS US | Overweight | $31.80 | $48 |
| Kestrel Power | KSTL US | Underweight | $44.10 | $36 |
"""

ALIGNED = """Figure 5: Coverage

Company           Ticker     Price (LC)   Rating    TP (LC)    FY31E P/E
Orbis Group       9123 HK       61.50     BUY        88.00       25.6
Lantern Data      2777 HK       23.40     HOLD       24.00       15.1
Source: Harrow Securities estimates
"""

HTML = """表 3：重点公司估值

<table><tr><th>代码</th><th>公司</th><th>收盘价(元)</th><th>EPS 2031E</th><th>评级</th></tr>
<tr><td>688777.SH</td><td>星河半导体</td><td>61.20</td><td>1.35</td><td>买入</td></tr>
<tr><td>300977.SZ</td><td>云帆数据</td><td>18.40</td><td>0.45</td><td>增持</td></tr></table>
"""

COMPARABLES = """**表 2：可比公司估值**

| 代码 | 公司 | 股价（元） | 2031E EPS | 2032E EPS | 2032E PE |
| --- | --- | --- | --- | --- | --- |
| 688777.SH | 星河半导体 | 61.20 | 1.35 | 1.90 | 32.2 |
| 300977.SZ | 云帆数据 | 18.40 | 0.45 | 0.61 | 30.2 |
"""


def test_rating_tables_in_pipe_aligned_and_html_form(tmp_path: Path) -> None:
    pipe = rated(report_from(PIPE, tmp_path))
    orbis = pipe["Orbis Data"]
    assert orbis["rating"] == "Overweight" and orbis["close_price"] == 31.8
    aligned = rated(report_from(ALIGNED, tmp_path, "aligned.txt"))
    assert {n: (p["rating"], p["close_price"]) for n, p in aligned.items()} == {
        "Orbis Group": ("BUY", 61.5),
        "Lantern Data": ("HOLD", 23.4),
    }
    html = rated(report_from(HTML, tmp_path))
    assert {n: (p["rating"], p["close_price"]) for n, p in html.items()} == {
        "星河半导体": ("买入", 61.2),
        "云帆数据": ("增持", 18.4),
    }


def test_table_without_a_rating_column_rates_no_one(tmp_path: Path) -> None:
    assert rated(report_from(COMPARABLES, tmp_path)) == {}
    en = "Exhibit 9: Peers\n\n| Company | Ticker | Price | FY31E P/E |\n|---|---|---|---|\n"
    en += "| Orbis Data | ORBS US | $31.80 | 22.1 |\n| Kestrel Power | KSTL US | $44.10 | 18.0 |\n"
    assert rated(report_from(en, tmp_path)) == {}


def test_a_table_object_with_the_rating_last() -> None:
    """A ``Table`` as the document layer hands it over, columns in another order."""
    from aikg.extractors.tables.rating import read_header, read_row

    table = Table(
        rows=[
            ["Ticker", "Company", "Price (US$)", "Target (US$)", "Rating"],
            ["ORBS US", "Orbis Data", "$31.80", "$48.00", "Buy"],
        ],
        source="pipe",
    )
    header = read_header(" ".join(table.rows[0]))
    props = read_row(table.rows[1], header)
    assert props and props["rating"] == "Buy" and props["close_price"] == 31.8
    assert read_row(["ORBS US", "Orbis Data", "$31.80", "$48.00"], header) is None


def test_other_house_scales(tmp_path: Path) -> None:
    text = "Larkspur Securities | Equity Research\n\nOrbis Data Corp. (ORBD US)\n"
    text += "Margins trough; initiate at Equal-weight\n\nPrice (Apr 1 close): $22.15\n"
    text += "Price target: $25.00\n\nPeers: we rate Kestrel Power (KSTL US, $61.25, Market "
    text += "Perform) and we are Equal-weight on Halden Grid (HLDG US, $8.45).\n"
    found = rated(report_from(text, tmp_path, "scales.txt"))
    assert {n: (p["rating"], p.get("close_price")) for n, p in found.items()} == {
        "Orbis Data Corp.": ("Equal-weight", 22.15),
        "Kestrel Power": ("Market Perform", 61.25),
        "Halden Grid": ("Equal-weight", 8.45),
    }
