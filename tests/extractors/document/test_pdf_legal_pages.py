"""A PDF's closing disclaimer and contact pages are legal text, not the note: their
sections are "disclaimer" to the end, and the rating scale they print rates no one.
The PDF is made at test time from invented text (``support.pdfgen``)."""

from __future__ import annotations

from support import pdfgen

from aikg.extractors.document import read_document, segment
from aikg.extractors.tables import extract

BODY = [
    "星河芯片第三季度营收同比增长百分之四十二，推理卡需求保持旺盛。",
    "公司计划年内量产新一代推理芯片，封装产线扩产进度符合预期。",
    "云厂商订单环比继续增长，我们维持对公司毛利率改善的判断。",
]
LEGAL = [
    "本报告仅供测试机构的客户使用，本公司不因接收人收到本报告而视其为客户。",
    "本报告所载资料的来源被认为可靠，但本公司不保证其准确性或完整性。",
]
SCALE = [
    ["投资评级", "说明"],
    ["买入", "预期未来6个月内股价相对基准指数涨幅在20%以上"],
    ["增持", "预期未来6个月内股价相对基准指数涨幅在5%与20%之间"],
    ["中性", "预期未来6个月内股价相对基准指数变动在-5%与5%之间"],
]
CONTACTS = [
    "上海市浦东新区测试路 100 号 邮编：200000 电话：021-60000000",
    "深圳市福田区示例大道 8 号 邮编：518000 电话：0755-80000000",
]


def legal_pdf(path):
    """Eight pages of note, then the disclaimer, the rating scale and the contacts."""
    text = "# 星河芯片：推理需求延续\n\n"
    for k in range(1, 9):
        text += f"## {k}、正文第{k}部分\n\n" + "\n\n".join(BODY * 6) + "\n\n"
    text += "## 免责声明\n\n" + "\n\n".join(LEGAL * 4) + "\n\n## 投资评级说明\n\n"
    text += "\n".join("\t".join(r) for r in SCALE) + "\n\n## 联系我们\n\n" + "\n\n".join(CONTACTS)
    return pdfgen.text_to_pdf(text + "\n", path)


def test_the_legal_pages_are_disclaimer_to_the_end(tmp_path) -> None:
    doc = read_document(legal_pdf(tmp_path / "legal.pdf"))
    assert doc.page_count >= 3
    report = segment(doc)
    headings = [s.heading for s in report.sections]
    first = next(k for k, h in enumerate(headings) if h.startswith("免责声明"))
    assert {s.kind for s in report.sections[first:]} == {"disclaimer"}
    # the rating scale's page and the contacts page go with it
    legal = "\n".join(line for s in report.sections[first:] for line in [s.heading, *s.lines])
    assert "联系我们" in legal and "0755-80000000" in legal
    assert "disclaimer" not in {s.kind for s in report.sections[:first]}
    # the note's own text is read as the note
    assert any("推理卡需求保持旺盛" in line for s in report.sections[:first] for line in s.lines)


def test_the_rating_scale_rates_no_one(tmp_path) -> None:
    report = segment(read_document(legal_pdf(tmp_path / "legal.pdf")))
    assert [t for t in report.tables if t.rows[1][0] == "买入"]  # read as a table
    assert not [f for f in extract(report) if getattr(f, "type", "") == "RATES"]
