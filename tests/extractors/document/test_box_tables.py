"""Box-drawn tables ("│ 騰訊控股 │ 0700.HK │ 買入 │" between "├──┼──┤" rules) read into the
one table model, and what stays prose: a title with a heavy bar, a lone framed line, rows
whose cells do not line up.

Every fixture is written for this test (invented houses, companies and figures).
"""

from __future__ import annotations

from aikg.extractors import tables
from aikg.extractors.document import segment
from aikg.extractors.document.boxed import box_tables
from aikg.schema import Document, RelationFact

HK_NOTE = """澄嶺證券 香港研究部
港股科技：雲業務帶動估值修復

表 5：覆蓋公司評級
┌────────────┬──────────┬──────┬──────────────┬──────────────┐
│ 公司       │ 股份代號 │ 評級 │ 收市價(港元) │ 目標價(港元) │
├────────────┼──────────┼──────┼──────────────┼──────────────┤
│ 翠峰網絡   │ 2388.HK  │ 買入 │ 45.20        │ 58.00        │
│ 銀灣數據   │ 1733.HK  │ 持有 │ 12.06        │ 12.50        │
└────────────┴──────────┴──────┴──────────────┴──────────────┘
資料來源：公司資料，澄嶺證券預測

我們看好翠峰網絡的雲業務。
"""


def seg(text: str, name: str = "hk.txt"):
    return segment(Document(path=name, report_id=name.split(".")[0], text=text))


def test_box_table_is_one_table_with_header_caption_and_source() -> None:
    [table] = seg(HK_NOTE).tables
    assert table.rows[0] == ["公司", "股份代号", "评级", "收市价(港元)", "目标价(港元)"]
    assert table.rows[1] == ["翠峰网络", "2388.HK", "买入", "45.20", "58.00"]
    assert table.header_rows == 1
    assert table.caption == "表 5:覆盖公司评级"
    assert table.source_note.startswith("资料来源")
    assert table.row_lines == [6, 8, 9]


def test_box_table_lines_leave_the_running_text() -> None:
    report = seg(HK_NOTE)
    text = "\n".join(line for s in report.sections for line in s.lines)
    assert "│" not in text and "┼" not in text
    assert "我们看好翠峰网络的云业务。" in text


def test_box_rating_table_gives_ratings_with_close_and_target() -> None:
    facts = [f for f in tables.extract(seg(HK_NOTE)) if isinstance(f, RelationFact)]
    rates = {f.target.name: f.props for f in facts if f.type == "RATES"}
    assert rates["翠峰网络"]["rating"] == "买入"
    assert rates["翠峰网络"]["close_price"] == 45.2
    assert rates["翠峰网络"]["target_price"] == 58.0
    assert rates["银湾数据"]["rating"] == "持有"


def test_frameless_heavy_bars_and_a_wrapped_cell() -> None:
    lines = [
        "代码 ┃ 名称 ┃ 评级",
        "━━━━━╋━━━━━━╋━━━━━",
        "1733.HK ┃ 银湾数据 ┃ 持有",
        "2388.HK ┃ 翠峰网络 ┃ 买入",
        " ┃ ┃ (维持)",
    ]
    [table], taken = box_tables(lines, [1, 2, 3, 4, 5])
    assert table.rows == [
        ["代码", "名称", "评级"],
        ["1733.HK", "银湾数据", "持有"],
        ["2388.HK", "翠峰网络", "买入 (维持)"],
    ]
    assert table.header_rows == 1 and taken == {0, 1, 2, 3, 4}


def test_title_and_source_rows_inside_the_frame() -> None:
    lines = [
        "┌──────────────────────────┐",
        "│ 表 2:港股覆盖公司评级    │",
        "├──────────┬────────┬──────┤",
        "│ 公司     │ 代码   │ 评级 │",
        "├──────────┼────────┼──────┤",
        "│ 翠峰网络 │ 2388.HK│ 跑赢大市 │",
        "│ 银湾数据 │ 1733.HK│ 沽出 │",
        "├──────────┴────────┴──────┤",
        "│ 资料来源:公司资料        │",
        "└──────────────────────────┘",
    ]
    [table], taken = box_tables(lines, list(range(1, 11)))
    assert table.caption == "表 2:港股覆盖公司评级"
    assert table.source_note == "资料来源:公司资料"
    assert table.rows[0] == ["公司", "代码", "评级"] and table.header_rows == 1
    assert [r[2] for r in table.rows[1:]] == ["跑赢大市", "沽出"]
    assert taken == set(range(10))


def test_what_is_no_box_table() -> None:
    # a title split by a heavy bar, a framed line alone, rows of unequal cells, no rule
    assert box_tables(["澄岭证券 ┃ 港股科技周报", "正文第一段。"], [1, 2]) == ([], set())
    assert box_tables(["┌──────┐", "│ 注意 │", "└──────┘"], [1, 2, 3]) == ([], set())
    uneven = ["┌────┬────┐", "│ 甲 │ 乙 │", "│ 丙 │ 丁 │ 戊 │", "└────┴────┘"]
    assert box_tables(uneven, [1, 2, 3, 4]) == ([], set())
    assert box_tables(["甲 │ 买入", "乙 │ 持有"], [1, 2]) == ([], set())
