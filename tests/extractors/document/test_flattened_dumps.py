"""Text dumps of broker PDFs that lost their line breaks: repost sites give a report as a
few very long lines with the page footer ("请务必阅读正文之后的免责声明…") run into the
sentences. Such a dump is cut back into lines, and what it reports is read as from any
other report. The dump below is written for this test in that style.
"""

from __future__ import annotations

from pathlib import Path

from aikg.extractors.document import read_document, segment
from aikg.extractors.document.flattened import cut_line, unflatten
from aikg.graph import build

FOOTER = "请务必阅读正文之后的免责声明及其项下所有内容"
SENTENCES = [
    "2025年12月08日计算机行业周报投资评级:增持(维持)证券分析师:周明远0755-80001234",
    "核心观点• 本周海外模型迭代提速,国内厂商加快跟进。",
    "12月3日,星衡智能发布多模态大模型Astra-V3,支持长视频理解。",
    "同日,深算科技宣布完成5亿元B轮融资,由启明资本领投。",
    "海外方面,英伟达与甲骨文继续扩大数据中心合作,市场对算力需求的预期进一步上修。",
    "• 算力:国产芯片出货量环比改善,下游互联网客户资本开支保持高位。",
    "我们认为2026年推理侧需求或进入放量阶段,模型与算力仍是最优投资方向。",
    "风险提示:技术进展不及预期,下游需求不及预期,行业竞争加剧。",
]


def flattened_dump() -> str:
    """One line per page, the footer between pages, as a repost site prints it."""
    page_one = FOOTER + SENTENCES[0] + FOOTER + "".join(SENTENCES[1:] + SENTENCES[4:] * 3)
    page_two = "".join(SENTENCES[4:] * 8)
    return f"计算机行业周报:模型迭代提速\n{page_one}{FOOTER}{page_two}\n"


def test_the_footer_run_into_a_line_becomes_a_line_break():
    assert cut_line(f"增速放缓。{FOOTER}核心观点") == ["增速放缓。", "核心观点"]
    assert cut_line("请务必阅读正文后的重要声明") == [""]
    # a line that names the disclaimer in passing keeps its words
    assert cut_line("本报告的免责声明见文末。") == ["本报告的免责声明见文末。"]


def test_a_flattened_page_is_cut_into_sentences_that_keep_their_line_number():
    page = "".join(SENTENCES[4:] * 8)
    lines, numbers = unflatten(["标题", page], [1, 2])
    assert lines[0] == "标题" and len(lines) > 6
    assert set(numbers[1:]) == {2}
    assert all(len(line) < 200 for line in lines)
    # paragraphs of an ordinary length are never cut
    assert unflatten(["。".join(SENTENCES) + "。"], [1]) == (["。".join(SENTENCES) + "。"], [1])


def test_a_flattened_dump_is_read_like_any_report(tmp_path: Path):
    path = tmp_path / "dump_weekly_2025-12-08.txt"
    path.write_text(flattened_dump(), encoding="utf-8")
    report = segment(read_document(path))
    text = "\n".join(line for section in report.sections for line in section.lines)
    assert FOOTER not in text
    assert any(s.kind == "summary" for s in report.sections)
    result = build([path])
    assert not result.errors
    names = {d.get("name") for _, d in result.graph.nodes(data=True)}
    assert {"NVIDIA", "Oracle"} <= names
    released = [
        (result.graph.nodes[u]["name"], result.graph.nodes[v]["name"], d.get("date"))
        for u, v, d in result.graph.edges(data=True)
        if d.get("type") == "RELEASED"
    ]
    assert ("星衡智能", "Astra-V3", "2025-12-03") in released
