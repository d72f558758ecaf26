"""One table structure whatever the source: tab-separated, space-aligned, pipe, HTML, PDF.

Every fixture here is written for this test (invented houses, companies and figures).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import pdfgen

from aikg.extractors.document import read_document, segment
from aikg.extractors.document.table_forms import html_grid
from aikg.extractors.tables.common import table_evidence
from aikg.schema import Document, Table

HEADER = ["公司", "代码", "评级", "收盘价"]
BODY = [["青岚科技", "688901.SH", "买入", "42.10"], ["曜川网络", "0988.HK", "增持", "17.35"]]
CELLS = [HEADER, *BODY]


def seg(text: str, name: str = "t.md"):
    return segment(Document(path=name, report_id=name.split(".")[0], text=text))


def only_table(text: str, name: str = "t.md") -> Table:
    [table] = seg(text, name).tables
    return table


TSV = "表 3：覆盖公司评级\n" + "\n".join("\t".join(r) for r in CELLS) + "\n资料来源：公司公告\n"
ALIGNED = (
    "表 3：覆盖公司评级\n"
    "公司        代码          评级    收盘价\n"
    "青岚科技    688901.SH     买入    42.10\n"
    "曜川网络    0988.HK       增持    17.35\n"
    "资料来源：公司公告\n"
)
PIPE = (
    "**表 3：覆盖公司评级**\n\n"
    "| 公司 | 代码 | 评级 | 收盘价 |\n"
    "|:---|:---:|---|---:|\n"
    "| 青岚科技 | 688901.SH | 买入 | 42.10 |\n"
    "| 曜川网络 | 0988.HK | 增持 | 17.35 |\n\n"
    "资料来源：公司公告\n"
)
HTML = (
    "表 3：覆盖公司评级\n\n"
    "<table>\n<thead><tr><th>公司</th><th>代码</th><th>评级</th><th>收盘价</th></tr></thead>\n"
    "<tbody>\n<tr><td>青岚科技</td><td>688901.SH</td><td>买入</td><td>42.10</td></tr>\n"
    "<tr><td>曜川网络</td><td>0988.HK</td><td>增持</td><td>17.35</td></tr>\n</tbody>\n</table>\n\n"
    "资料来源：公司公告\n"
)
ONE_LINE_HTML = (
    "表 3：覆盖公司评级\n"
    "<table><tr><td>公司</td><td>代码</td><td>评级</td><td>收盘价</td></tr>"
    "<tr><td>青岚科技</td><td>688901.SH</td><td>买入</td><td>42.10</td></tr>"
    "<tr><td>曜川网络</td><td>0988.HK</td><td>增持</td><td>17.35</td></tr></table>\n"
    "资料来源：公司公告\n"
)


@pytest.mark.parametrize(
    ("text", "source"),
    [(TSV, "text"), (ALIGNED, "text"), (PIPE, "pipe"), (HTML, "html"), (ONE_LINE_HTML, "html")],
    ids=["tsv", "aligned", "pipe", "html", "html-one-line"],
)
def test_each_text_form_gives_the_same_table(text: str, source: str) -> None:
    table = only_table(text, "t.txt" if source == "text" else "t.md")
    assert table.rows == CELLS
    assert table.header_rows == 1
    assert table.header == HEADER
    assert table.caption == "表 3:覆盖公司评级"
    assert table.source_note == "资料来源:公司公告"
    assert table.source == source
    assert len(table.row_lines) == 3 and table.start_line >= 2


def test_pdf_ruled_table_gives_the_same_cells(tmp_path: Path) -> None:
    text = "# 行业点评\n\n" + TSV
    pdf = pdfgen.text_to_pdf(text, tmp_path / "ruled.pdf")
    tables = [t for t in segment(read_document(pdf)).tables if t.source == "pdf"]
    assert [t.rows for t in tables] == [CELLS]
    assert tables[0].page == 1
    assert tables[0].locator(2) == f"page 1 table '{tables[0].caption}' row 2"


def test_row_lines_and_locators_cite_the_row() -> None:
    table = only_table("前言。\n\n" + PIPE)
    # line 1 prose, 3 caption, 5 header, 6 separator, 7 and 8 the rows
    assert table.row_lines == [5, 7, 8]
    assert table.locator(2) == "line 8 table '表 3:覆盖公司评级' row 2"
    report = seg("前言。\n\n" + PIPE)
    evidence = table_evidence(report, report.tables[0], 2)
    assert evidence.locator == "line 8 table '表 3:覆盖公司评级' row 2"
    assert evidence.text == "曜川网络 | 0988.HK | 增持 | 17.35"


def test_one_line_html_rows_all_cite_its_line() -> None:
    table = only_table("导语\n" + ONE_LINE_HTML)
    assert table.row_lines == [3, 3, 3]


def test_rowspan_colspan_and_br_expand_to_a_grid() -> None:
    block = (
        "<table>\n"
        '<tr><th rowspan="2">厂商</th><th colspan="2">FP16<br>算力</th></tr>\n'
        "<tr><th>稠密</th><th>稀疏</th></tr>\n"
        '<tr><td rowspan="2">澄芯微</td><td>120</td><td>240</td></tr>\n'
        "<tr><td>96</td><td>192</td></tr>\n"
        '<tr><td colspan="3">注：均为厂商标称值</td></tr>\n'
        "</table>"
    )
    rows, lines, header = html_grid(block)
    assert rows == [
        ["厂商", "FP16 算力", "FP16 算力"],
        ["厂商", "稠密", "稀疏"],
        ["澄芯微", "120", "240"],
        ["澄芯微", "96", "192"],
        ["注：均为厂商标称值"] * 3,
    ]
    assert header == 2
    assert lines == [2, 3, 4, 5, 6]


def test_pipe_table_escapes_and_br_in_cells() -> None:
    text = "| 指标 | 2031E<br>EPS |\n|---|---|\n| 每股 \\$ 收益 | 1.2 \\| 1.4 |\n"
    assert only_table(text).rows == [["指标", "2031E EPS"], ["每股 $ 收益", "1.2 | 1.4"]]


def test_table_rows_stay_out_of_the_prose() -> None:
    report = seg("## 融资事件\n\n本周要闻如下。\n\n" + PIPE + "\n" + HTML)
    prose = "\n".join(line for s in report.sections for line in s.lines)
    assert "青岚科技" not in prose and "688901.SH" not in prose
    assert "<t" not in prose and "|" not in prose
    assert "本周要闻如下。" in prose
    assert [t.source for t in report.tables] == ["pipe", "html"]


def test_tables_that_follow_each_other_do_not_take_rows_as_captions() -> None:
    text = "| a | b |\n|---|---|\n| 1 | 2 |\n\n| c | d |\n|---|---|\n| 3 | 4 |\n"
    first, second = seg(text).tables
    assert (first.caption, second.caption) == ("", "")
    assert second.rows == [["c", "d"], ["3", "4"]]


def test_aligned_text_that_is_prose_beside_a_sidebar_is_not_a_table() -> None:
    text = (
        "The quarter came in ahead of our estimate on cloud    Target Price   HK$88.00\n"
        "and advertising, with margins better than feared by   Up/Downside      +21.4%\n"
        "most of the buy side, and the guide was maintained.   Current Price  HK$72.50\n"
    )
    assert seg(text, "s.txt").tables == []


def test_existing_extractors_read_pipe_and_html_tables() -> None:
    from aikg.extractors.tables import extract

    pipe = (
        "| 股票名称 | 股票代码 | 最新收盘价 | 评级 | 31E EPS |\n| --- | --- | --- | --- | --- |\n"
        "| 青岚科技 | 688901.SH | 42.10 | 买入 | 1.05 |\n"
    )
    html = (
        "<table><tr><td>股票名称</td><td>股票代码</td><td>最新收盘价</td><td>评级</td>"
        "<td>31E EPS</td></tr><tr><td>曜川网络</td><td>0988.HK</td><td>17.35</td><td>增持</td>"
        "<td>0.62</td></tr></table>\n"
    )
    report = seg("# 行业月报\n\n重点公司：\n\n" + pipe + "\n" + html)
    facts = [f for f in extract(report) if getattr(f, "type", "") == "RATES"]
    rated = {f.target.name: (f.props.get("rating"), f.evidence.locator) for f in facts}
    assert rated == {
        "青岚科技": ("买入", "line 7 table '重点公司:' row 1"),
        "曜川网络": ("增持", "line 9 table '' row 1"),
    }
