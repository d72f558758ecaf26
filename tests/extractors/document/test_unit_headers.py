"""Table titles printed on two lines, a unit under each ("Price" over "(LC)", "目标价"
over "（元）"), read whole from a PDF (``extractors/document/pdf/units.py``): whether the
layout leaves the first line above the table as a caption (a fixed-width header set as
a line of its own) or the second as a row of its own (a ruled table whose rules part
the two lines), the close and the target column keep their names, and the rating table
gives the close and the target. PDFs are made here; names and figures are invented."""

from __future__ import annotations

from support.pdfgen import text_to_pdf

from aikg.extractors.document import read_document, segment
from aikg.extractors.tables.rating import from_tables

EN_ROWS = [
    "Company\tCode\tRating\t(LC)\t(LC)\tP/E 31E",
    "Corlis Thermal\t7311 TT\tOW\t1,215.0\t1,480.0\t24.1",
    "Vantor Power\t7312 TT\tUW\t318.0\t280.0\t27.5",
]
ZH_ROWS = [
    "公司\t代码\t评级\t收盘价\t目标价\tPE 2031E",
    "\t\t\t（元）\t（元）\t",
    "江城科技\t688901.SH\t买入\t45.60\t58.00\t31.2",
    "北屿数据\t300991.SZ\t增持\t21.30\t25.00\t27.8",
]


def _report(tmp_path, name: str, lines: list[str]):
    pdf = text_to_pdf("\n\n".join(lines) + "\n", tmp_path / f"{name}.pdf")
    return segment(read_document(pdf))


def _closes(report) -> list[tuple]:
    """Each rated row's ticker, close and target, as the rating table reader gives them."""
    return [
        (p["ticker"], p.get("close_price"), p.get("target_price")) for p, _ in from_tables(report)
    ]


def test_the_first_line_above_the_table_is_the_titles_not_a_caption(tmp_path):
    report = _report(
        tmp_path, "en", ["# Peer ratings", "Peers and ratings", "Price Target", *EN_ROWS]
    )
    (table,) = report.tables
    assert table.column_headers[3:5] == ["Price (LC)", "Target (LC)"]
    assert table.caption == ""
    assert _closes(report) == [("7311 TT", 1215.0, 1480.0), ("7312 TT", 318.0, 280.0)]


def test_a_row_of_units_under_the_titles_joins_the_header(tmp_path):
    report = _report(tmp_path, "zh", ["# 重点公司评级", "表 2：重点公司盈利预测与评级", *ZH_ROWS])
    (table,) = report.tables
    assert table.column_headers[3:5] == ["收盘价(元)", "目标价(元)"]  # width-folded
    assert table.caption.startswith("表 2")
    assert all("(元)" not in row for row in table.rows[1:])  # no row of units left
    assert _closes(report) == [("688901.SH", 45.6, 58.0), ("300991.SZ", 21.3, 25.0)]


def test_a_numbered_caption_stays_the_caption(tmp_path):
    report = _report(tmp_path, "cap", ["# Peers", "Table 3: Peer valuation", *EN_ROWS])
    (table,) = report.tables
    assert table.caption == "Table 3: Peer valuation"
    assert table.column_headers[3] == "(LC)"
