"""Box tables beyond the ruled grid: cells parted by bars with no border (under heavy
rules, or with no rule at all when the bars line up), a box quoted in a markdown
blockquote, and a grouped header whose sub-rule sits inside the header; the stock cell
of a Hong Kong rating table holds the name with its ticker in full-width brackets.

Every fixture is written for this test (invented houses, companies and figures).
"""

from __future__ import annotations

from aikg.extractors import tables
from aikg.extractors.document import segment
from aikg.schema import Document, RelationFact

HEAVY_RULES = """翠嶺證券 香港研究部
圖表2：覆蓋公司評級（股價截至 2025 年 12 月 5 日）
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
股份                  │ 評級     │ 收市價(港元) │ 目標價(港元) │ 潛在升幅
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
翠峰網絡（02388.HK）   │ 買入     │ 45.20        │ 58.00        │ 28%
銀灣數據（01733.HK）   │ 跑贏大市 │ 12.06        │ 15.50        │ 29%
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
資料來源：公司資料，翠嶺證券預測
"""

NO_RULE = """圖表3：應用公司評級
股份                 │ 評級 │ 收市價(港元) │ 目標價(港元)
翠峰網絡（02388.HK） │ 買入 │ 45.20        │ 58.00
銀灣數據（01733.HK） │ 持有 │ 12.06        │ 12.50
霧松科技（06611.HK） │ 沽出 │ 3.10         │ 2.40
資料來源：翠嶺證券預測
"""

NOT_LINED_UP = """公司 ┃ 點評 ┃ 要點
翠峰網絡有限公司的雲業務 ┃ 買入 ┃ 增長
銀灣 ┃ 持有 ┃ 放緩下來了
"""

QUOTED = """> ┌──────────────────┬────────┬──────────────┐
> │ 公司             │ 評級   │ 收市價(港元) │
> ├──────────────────┼────────┼──────────────┤
> │ 翠峰網絡（02388.HK）│ 增持   │ 45.20        │
> │ 銀灣數據（01733.HK）│ 持有   │ 12.06        │
> └──────────────────┴────────┴──────────────┘
> 資料來源：公司公告
"""

GROUPED = """圖表4：盈利預測
┌──────────────────┬────────┬──────────────┬────────────┬────────────┐
│                  │        │              │ 每股盈利(人民幣)          │
│ 股份             │ 評級   │ 收市價(港元) ├────────────┬────────────┤
│                  │        │              │ 2025E      │ 2026E      │
├──────────────────┼────────┼──────────────┼────────────┼────────────┤
│ 翠峰網絡（02388.HK）│ 持有   │ 45.20        │ 2.35       │ 3.10       │
│ 銀灣數據（01733.HK）│ 買入   │ 12.06        │ 0.85       │ 1.02       │
└──────────────────┴────────┴──────────────┴────────────┴────────────┘
"""


def seg(text: str, name: str = "hk.txt"):
    return segment(Document(path=name, report_id=name.split(".")[0], text=text))


def rates(text: str) -> dict[str, dict]:
    facts = tables.extract(seg(text))
    return {
        f.target.name: f.props for f in facts if isinstance(f, RelationFact) and f.type == "RATES"
    }


def test_border_less_rows_under_heavy_rules_are_a_table_with_caption_and_source() -> None:
    [table] = seg(HEAVY_RULES).tables
    assert table.rows[0] == ["股份", "评级", "收市价(港元)", "目标价(港元)", "潜在升幅"]
    assert table.header_rows == 1
    assert table.caption.startswith("图表2")
    assert table.source_note.startswith("资料来源")


def test_the_stock_cell_gives_name_and_ticker() -> None:
    rated = rates(HEAVY_RULES)
    assert rated["翠峰网络"]["ticker"] == "02388.HK"
    assert rated["翠峰网络"]["rating"] == "买入"
    assert rated["翠峰网络"]["close_price"] == 45.2
    assert rated["翠峰网络"]["target_price"] == 58.0
    assert rated["银湾数据"]["rating"] == "跑赢大市"


def test_rows_with_no_rule_are_a_table_when_their_bars_line_up() -> None:
    rated = rates(NO_RULE)
    assert {n: p["rating"] for n, p in rated.items()} == {
        "翠峰网络": "买入",
        "银湾数据": "持有",
        "霧松科技": "沽出",
    }


# cells typed a column too wide or narrow here and there: each bar drifts further along
# the row than the one before it, though every cell is padded to its column's width
DRIFTING = """圖表4：覆蓋公司評級一覽
股份                 │ 評級 │ 收市價(港元) │ 目標價(港元) │ 潛在升幅
翠峰網絡（02388.HK） │ 買入 │ 45.20      │ 58.00      │ 28.3%
銀灣數據（01733.HK） │ 持有 │ 12.06      │ 12.50      │ 3.6%
霧松科技（06611.HK） │ 沽出 │ 3.10       │ 2.40       │ -22.6%
資料來源：翠嶺證券預測
"""


def test_rows_whose_bars_drift_along_the_row_are_still_a_table() -> None:
    rated = rates(DRIFTING)
    assert {n: (p["rating"], p["close_price"]) for n, p in rated.items()} == {
        "翠峰网络": ("买入", 45.2),
        "银湾数据": ("持有", 12.06),
        "霧松科技": ("沽出", 3.1),
    }


def test_plain_bars_with_spaces_part_a_border_less_row() -> None:
    rated = rates(NO_RULE.replace(" │ ", " | "))
    assert rated["银湾数据"]["rating"] == "持有"
    assert rated["翠峰网络"]["ticker"] == "02388.HK"


def test_a_blank_line_after_every_printed_row_keeps_the_table_whole() -> None:
    spaced = "\n".join(
        f"{line}\n" if ("│" in line or "━" in line) else line for line in HEAVY_RULES.split("\n")
    )
    rated = rates(spaced)
    assert set(rated) == {"翠峰网络", "银湾数据"}


def test_hong_kong_scales_strong_buy_and_accumulate_are_ratings() -> None:
    text = HEAVY_RULES.replace("│ 買入     │", "│ 強烈買入 │")
    text = text.replace("│ 跑贏大市 │", "│ 收集     │")
    rated = rates(text)
    assert rated["翠峰网络"]["rating"] == "强烈买入"
    assert rated["银湾数据"]["rating"] == "收集"


def test_bars_that_do_not_line_up_stay_prose() -> None:
    assert seg(NOT_LINED_UP).tables == []


def test_a_blockquoted_box_is_read() -> None:
    rated = rates(QUOTED)
    assert rated["翠峰网络"]["rating"] == "增持"
    assert rated["银湾数据"]["close_price"] == 12.06


def test_a_grouped_header_reads_each_column_under_its_group() -> None:
    [table] = seg(GROUPED).tables
    assert table.column_headers == [
        "股份",
        "评级",
        "收市价(港元)",
        "每股盈利(人民币) 2025E",
        "每股盈利(人民币) 2026E",
    ]
    rated = rates(GROUPED)
    assert rated["翠峰网络"]["eps"] == [2.35, 3.1]
    assert rated["银湾数据"]["rating"] == "买入"
