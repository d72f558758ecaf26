"""Markdown tables a page break cut (the header written again, or a "(续)" /
"(continued)" caption) come back as one table; a caption under a table is its caption."""

from __future__ import annotations

from aikg.extractors.document import segment
from aikg.schema import Document


def tables(text: str):
    return segment(Document(path="r.md", report_id="r", text=text)).tables


def test_a_repeated_header_joins_the_parts() -> None:
    text = """表 3：算力公司营收（亿元）

| 公司 | 2031 | 2032E |
|---|---|---|
| 星河芯片 | 18 | 25 |
| 远山科技 | 9 | 12 |

12

| 公司 | 2031 | 2032E |
|---|---|---|
| 青松算力 | 7 | 10 |

资料来源：公司公告，示例证券研究所
"""
    [table] = tables(text)
    assert table.caption.startswith("表 3")
    assert [r[0] for r in table.rows] == ["公司", "星河芯片", "远山科技", "青松算力"]
    assert table.row_line(3) == 12 and table.source_note.startswith("资料来源")


def test_a_continued_caption_joins_the_parts() -> None:
    text = """Table 2: Capex by cloud ($bn)

| Cloud | 2031 | 2032E |
|---|---|---|
| Northwind | 80 | 95 |

Table 2: Capex by cloud ($bn) (continued)

| Zephyr | 60 | 72 |
|---|---|---|
| Larkspur | 40 | 51 |
"""
    [table] = tables(text)
    assert [r[0] for r in table.rows] == ["Cloud", "Northwind", "Zephyr", "Larkspur"]


def test_two_tables_stay_two_and_a_caption_below_is_attached() -> None:
    text = """| 公司 | 营收 |
|---|---|
| 星河芯片 | 18 |

资料来源：公司公告
表 4：营收对比

正文里讨论了两家公司的差异，并给出新的判断依据和更多背景说明，这一段是正文。

| 公司 | 利润 |
|---|---|
| 远山科技 | 3 |
"""
    first, second = tables(text)
    assert first.caption.startswith("表 4") and "营收对比" in first.caption
    assert [r[0] for r in second.rows] == ["公司", "远山科技"]
