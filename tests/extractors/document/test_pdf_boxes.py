"""A cover's key-data box printed as a table (``extractors/document/pdf/boxes.py``): its
"key: value" lines go with the sidebar, so that the note's rating carries its last price
and target as the text's box does; tables of another shape, or past the cover, do not."""

from __future__ import annotations

import pytest
from support.pdfgen import text_to_pdf

from aikg.extractors.document import read_document
from aikg.graph import build

TWO_COLUMNS = """# Halden Optics (HLDO US): orders ahead of plan, reiterate Buy

Rating\tBuy
Price target (12m)\t$61.00
Price (5 Mar 2031)\t$48.20

Halden Optics raised its 2031 revenue guide after two new module orders.
"""

ONE_ROW = """# 岚光科技（688321.SH）：订单超预期，维持“买入”评级

投资评级\t目标价\t收盘价（3 月 5 日）
买入\t86.00 元\t71.35 元

公司发布 2030 年业绩预告，光模块订单同比增长超过一倍。
"""

ESTIMATES = """# Halden Optics (HLDO US): estimates

Rating\tBuy

Year\t2030A\t2031E\t2032E
Revenue\t1,420\t1,910\t2,380
EPS\t1.12\t1.64\t2.05
"""


@pytest.mark.parametrize(
    ("report", "wanted"),
    [
        (TWO_COLUMNS, ["Rating: Buy", "Price (5 Mar 2031): $48.20"]),
        (ONE_ROW, ["投资评级: 买入; 目标价: 86.00 元; 收盘价（3 月 5 日）: 71.35 元"]),
    ],
)
def test_a_box_table_on_the_cover_joins_the_sidebar(tmp_path, report, wanted) -> None:
    doc = read_document(text_to_pdf(report, tmp_path / "note.pdf"))
    side = doc.sidebar_text.split("\n")
    for line in wanted:
        assert line.replace(" ", "") in [s.replace(" ", "") for s in side], side
    assert doc.pdf_tables  # the table stays a table


def test_a_table_of_figures_is_no_box(tmp_path) -> None:
    doc = read_document(text_to_pdf(ESTIMATES, tmp_path / "estimates.pdf"))
    assert not any("Revenue" in s or "2031E" in s for s in doc.sidebar_text.split("\n"))


def test_the_rating_carries_the_boxed_price(tmp_path) -> None:
    text_to_pdf(TWO_COLUMNS, tmp_path / "note.pdf")
    result = build([tmp_path])
    ratings = [d for *_, d in result.graph.edges(data=True) if d.get("rating") == "Buy"]
    assert [(d.get("close_price"), d.get("target_price")) for d in ratings] == [(48.2, 61.0)]
