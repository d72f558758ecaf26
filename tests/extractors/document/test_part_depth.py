"""A section's kind reaches only as far as its depth: a bold numbered sub-heading of
a markdown weekly ("**2. 政策：…**" under "## 二、行业要闻") covers its own lines, not
the "## 三、…" parts after it; a cover's plain rating-box line that reads like a legal
heading (a converter's doubled "投资投资评级评级 …") does not make the first "## …" part
legal text."""

from aikg.extractors.document import segment
from aikg.graph.pipeline import extract_report
from aikg.schema import Document

WEEKLY = """# 示例证券 计算机行业周报（2026.03.02–2026.03.06）

## 二、行业要闻

**1. 模型：两款新模型上线**

- 3月3日，示例智能发布星河大模型4.0。

**2. 政策：算力券细则出台**

3月4日，工业和信息化部印发《算力券发放管理办法》，明确补贴比例。

## 三、本周重要公告

- 【远川科技】3月5日公告，公司中标中国移动AI服务器集采项目，中标金额2.1亿元。

## 四、融资事件

1. 3月6日，具身智能公司灵渡机器人完成3亿元A轮融资，由启川资本领投，北岸创投跟投。
"""

COVER = """示例证券 | 行业月报

# 电子 证券研究报告 2026年03月06日

投资投资评级评级 行业评级 增持（维持） 上次评级 增持

## 存储涨价延续，国产芯片量产

3月2日，长岭存储获得国家集成电路产业投资基金三期30亿元增资。

## 1. 存储：涨价周期延续

内存合约价继续上涨。
"""


def kinds(text: str, path: str = "w.md") -> dict[str, str]:
    report = segment(Document(path=path, report_id="w", text=text))
    return {s.heading: s.kind for s in report.sections if s.heading}


def test_a_bold_numbered_heading_covers_only_its_own_part() -> None:
    got = kinds(WEEKLY)
    assert got["2. 政策:算力券细则出台"] == "policy"
    assert got["三、本周重要公告"] == "prose"
    assert got["四、融资事件"] == "prose"


def test_the_parts_after_a_policy_sub_heading_still_give_their_facts() -> None:
    report = segment(Document(path="w.md", report_id="w", text=WEEKLY))
    events = [f for f in extract_report(report).facts if type(f).__name__ == "EventFact"]
    labels = {f.label for f in events}
    assert {"Policy", "Investment", "Deal"} <= labels
    investment = next(f for f in events if f.label == "Investment")
    names = {p.entity.name for p in investment.participants}
    assert names >= {"灵渡机器人", "启川资本", "北岸创投"}


def test_a_cover_rating_box_line_does_not_make_the_first_part_legal() -> None:
    got = kinds(COVER)
    assert "投资评级" in next(h for h, k in got.items() if k == "disclaimer")
    assert got["存储涨价延续,国产芯片量产"] == "prose"
    assert got["1. 存储:涨价周期延续"] == "prose"
