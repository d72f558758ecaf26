"""Sections carry their heading's depth: markdown "#" counts, numbered headings in the
report's own numbering ("一、" over "（一）" over "1." in Chinese, "1." over "1.2");
a numbered sub-heading of no known kind continues the kind of the heading above it."""

from __future__ import annotations

from aikg.extractors.document import segment
from aikg.schema import Document


def sections(text: str, path: str = "r.txt") -> list[tuple[str, str, int]]:
    report = segment(Document(path=path, report_id="r", text=text))
    return [(s.kind, s.heading, s.level) for s in report.sections if s.heading]


ZH = """示例证券 | 行业深度报告
一、行业政策：算力基建提速
本月多地发布算力基础设施规划。
（一）地方规划
星海市提出新建智算中心的目标。
1. 能耗指标
新建数据中心能效要求提高。
（二）产业基金
远川基金设立新的算力子基金。
二、投资建议
维持行业优于大市评级。
"""

EN = """# Aurora Chips deep dive
Opening words of the note.
1. Market review
Demand grew through the quarter.
1.1 Accelerators
Shipments of accelerators rose.
1.2 Memory
Memory prices kept rising.
2. Policy update
The export rule was revised.
2.1 Licensing
Licences now take longer.
"""


def test_chinese_numbering_hierarchy() -> None:
    got = sections(ZH)
    assert [(h[:4], lvl) for _, h, lvl in got] == [
        ("一、行业", 1),
        ("(一)地", 2),
        ("1. 能", 3),
        ("(二)产", 2),
        ("二、投资", 1),
    ]
    kinds = [k for k, _, _ in got]
    # the sub-headings under a policy heading stay policy; the next top heading does not
    assert kinds[:4] == ["policy"] * 4
    assert kinds[4] != "policy"


def test_english_dotted_numbers_and_markdown_depth() -> None:
    got = sections(EN)
    assert [(h, lvl) for _, h, lvl in got] == [
        ("Aurora Chips deep dive", 1),
        ("1. Market review", 1),
        ("1.1 Accelerators", 2),
        ("1.2 Memory", 2),
        ("2. Policy update", 1),
        ("2.1 Licensing", 2),
    ]
    md = sections("# Title\nText.\n## Part\nMore.\n### Detail\nEven more.\n", "r.md")
    assert [lvl for _, _, lvl in md] == [1, 2, 3]


def test_list_items_and_figures_open_no_section() -> None:
    text = "正文开头。\n1. 谷歌发布新模型，性能提升 30%。\n2.5 亿元的订单已经交付。\n3.5%\n"
    assert sections(text) == []


def test_numbered_lines_in_a_list_or_in_markdown_are_list_items() -> None:
    text = "正文开头。\n1. 第一项事项说明\n2. 第二项事项说明\n正文继续。\n"
    assert sections(text) == []
    assert sections("# 标题\n正文。\n1.1 小节标题\n正文。\n", "r.md") == [("prose", "标题", 1)]


def test_letter_spaced_contents_and_leader_entries_stay_out_of_prose() -> None:
    text = """示例证券 | 金工专题报告
目 录
1. 数据与方法 .................................. 3
1.1 样本选择 .................................. 3
2. 实证结果 .................................. 6图表目录
图 1 样本分布 ................................. 4
1. 数据与方法
本文选取的样本覆盖全部上市公司，时间跨度为五年。
"""
    report = segment(Document(path="r.txt", report_id="r", text=text))
    toc = [ln for s in report.sections if s.kind == "toc" for ln in s.lines]
    prose = [ln for s in report.sections if s.kind != "toc" for ln in s.lines]
    assert len(toc) == 4
    assert not any("....." in ln for ln in prose)
    assert any("样本覆盖全部上市公司" in ln for ln in prose)
    # entries with no contents heading above them are contents too
    bare = "正文开头一句。\n图 1 样本分布 ........ 4\n图 2 因子收益 ........ 5\n正文继续写下去。\n"
    kinds = [s.kind for s in segment(Document("b.txt", "b", bare)).sections if s.lines]
    assert kinds == ["front", "toc", "prose"]


def test_pdf_headings_told_by_their_print(tmp_path) -> None:
    """In a PDF the cover's largest print is the title (level 1), larger print a
    section heading (2) and bold at body size a run-in heading (3); a "Risks" section
    ends at the next heading instead of swallowing the valuation under it."""
    from support import cover_pdfs

    from aikg.extractors.document import read_document

    report = segment(read_document(cover_pdfs.headed_pdf(tmp_path / "headed.pdf")))
    got = [(s.kind, s.heading, s.level) for s in report.sections if s.heading]
    got = [g for g in got if g[1] != "12 January 2031"]  # the dated banner
    assert got[:4] == [
        ("prose", "Aurora Chips: demand holds", 1),
        ("prose", "Company overview", 2),
        ("disclaimer", "Risks", 3),
        ("prose", "Valuation", 3),
    ]
    assert report.meta.title == "Aurora Chips: demand holds"
    assert report.meta.published == "2031-01-12"
    [valuation] = [s for s in report.sections if s.heading == "Valuation"]
    assert any("We rate Aurora Chips Buy" in ln for ln in valuation.lines)
    assert not any("two lines are a paragraph" in s.heading for s in report.sections)


def test_headings_inside_the_closing_legal_text_stay_legal() -> None:
    body = "".join(f"Paragraph {k} of the note body.\n" for k in range(12))
    legal = (
        "## Analyst Certification\nEach analyst certifies the views.\n"
        "## Example Research Disclaimer\nDistributed by Example Securities Canada Inc.\n"
        "### Rating Definitions\nBuy means a return above ten percent.\n"
    )
    report = segment(Document(path="r.md", report_id="r", text="# Note\n" + body + legal))
    tail = [(s.heading, s.kind) for s in report.sections[-3:]]
    assert [kind for _, kind in tail] == ["disclaimer"] * 3
    # legal text early in a long report, and a heading that names it
    front = "# Note\n## Analyst Certification\nEach analyst certifies.\n## Rating Definitions\n"
    front += "Buy means up.\n## Company Disclosures\nNone.\n" + body * 4
    kinds = [s.kind for s in segment(Document("f.md", "f", front)).sections if s.heading]
    assert kinds == ["prose", "disclaimer", "disclaimer", "disclaimer"]
    # early in the report, a heading after a "Risks" section is prose again
    early = "# Note\n## Risks\nDemand may slow.\n## Valuation\nWe rate it Buy.\n" + body
    kinds = {s.heading: s.kind for s in segment(Document("e.md", "e", early)).sections}
    assert kinds["Valuation"] == "prose"


def test_a_deeper_heading_told_by_print_after_risks_is_the_note_again() -> None:
    body = "".join(f"Paragraph {k} of the note body.\n" for k in range(8))
    text = "# Note\n" + body + "## Risks\nDemand may slow.\n### Stage 1: request\nA step.\n"
    kinds = {s.heading: s.kind for s in segment(Document("r.md", "r", text)).sections}
    assert kinds["Risks"] == "disclaimer" and kinds["Stage 1: request"] == "prose"
    zh = "正文开头。\n风险提示\n1. 宏观经济波动\n需求可能放缓。\n2. 行业竞争加剧\n价格可能下降。\n"
    risks = [s.kind for s in segment(Document("z.txt", "z", zh)).sections if s.heading]
    assert risks == ["disclaimer"] * 3
