"""Text dumps head their parts with a glyph: "■ 甲乙控股（0700.HK）：…" for each covered
company of a Hong Kong note, a whole line in 【】 for the parts of a VC weekly. Such a
line opens a section; a "●" item or a 【company】-led item line does not. Late in a
note, a run-in legal line ("免责声明：本报告…") opens its legal text."""

from aikg.extractors.document import segment
from aikg.schema import Document

NOTE = """示例国际证券研究部 | 港股科网
2026年3月6日

■ 本期要点

• 两家公司业绩均超预期。

■ 星河控股（0988.HK）：云收入提速

集团于3月2日公布业绩，云业务收入按年增长30%。

■ 风险提示

宏观经济波动。
"""

WEEKLY = """示例研究 AI 投融资周报（2026 年第 10 周）

【一、国内融资事件】

● 3月2日，灵渡机器人完成3亿元A轮融资，由启川资本领投。
【远川科技】3月3日公告，公司中标某项目。

【二、海外融资】

● 3月4日，Example Labs 完成 B 轮融资。
"""


def headings(text: str) -> list[tuple[str, str]]:
    report = segment(Document(path="n.txt", report_id="n", text=text))
    return [(s.heading, s.kind) for s in report.sections if s.heading]


def test_square_marked_lines_open_the_parts_of_a_note() -> None:
    assert headings(NOTE) == [
        ("■ 本期要点", "prose"),
        ("■ 星河控股(0988.HK):云收入提速", "prose"),
        ("■ 风险提示", "disclaimer"),
    ]


def test_bracketed_lines_open_parts_and_items_stay_text() -> None:
    got = headings(WEEKLY)
    assert [h for h, _ in got] == ["【一、国内融资事件】", "【二、海外融资】"]
    report = segment(Document(path="w.txt", report_id="w", text=WEEKLY))
    first = next(s for s in report.sections if s.heading == "【一、国内融资事件】")
    assert any(line.startswith("【远川科技】") for line in first.lines)


def test_a_run_in_legal_line_late_in_a_note_opens_its_legal_text() -> None:
    text = NOTE + "\n分析员：陈某某\n"
    text += "免責聲明：本報告由示例國際證券編製，僅供參考，並不構成任何要約。\n"
    report = segment(Document(path="n.txt", report_id="n", text=text))
    assert report.sections[-1].kind == "disclaimer"
    assert report.sections[-1].heading.startswith("免责声明:")
    early = "事件：公司发布三季报。\n风险提示：需求不及预期。\n" + "正文。\n" * 6
    kinds = [s.kind for s in segment(Document("e.txt", "e", early)).sections]
    assert "disclaimer" not in kinds  # early in a note, a run-in risk line is text
