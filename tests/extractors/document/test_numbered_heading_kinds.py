"""A numbered heading opens the kind its words name, whatever the numbering ("二、", "（三）",
"2.2", "第一部分", "Part 2:"), in markdown and in text dumps; a number alone, a headline list
and a word that starts like a number open nothing new."""

from __future__ import annotations

import pytest

from aikg.extractors import ai_dynamics
from aikg.extractors.document import segment
from aikg.extractors.document.headings import heading_kind
from aikg.schema import Document, RelationFact


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("## 二、AI 动态", "ai_dynamics"),
        ("三、人工智能动态", "ai_dynamics"),
        ("（二）大模型动态", "ai_dynamics"),
        ("### 2.1 AI 行业动态", "ai_dynamics"),
        ("第二部分 人工智能动态", "ai_dynamics"),
        ("4. 行业政策", "policy"),
        ("Part 2: AI developments", "ai_dynamics"),
        ("（四）风险提示", "disclaimer"),
        ("二十年来的行业变化", None),
        ("1) 甲公司:发布 Zyra-9", None),
    ],
)
def test_numbered_headings_open_their_kind(line: str, kind: str | None) -> None:
    assert heading_kind(line) == kind


REPORT = """泊岸证券 传媒互联网行业 2032 年 2 月月报

一、行情回顾
1 月恒生科技指数上涨 1.8%。

二、AI 动态
1 月 9 日，栖木智能发布推理大模型 Lumo-4。
1 月 21 日，澄川科技开源代码模型 Brook-Coder 2。

三、投资建议
维持行业优于大市评级。
"""


def test_releases_under_a_numbered_ai_dynamics_heading() -> None:
    report = segment(Document(path="monthly_2032-02.txt", report_id="r", text=REPORT))
    kinds = {s.heading: s.kind for s in report.sections if s.heading}
    assert kinds["二、AI 动态"] == "ai_dynamics"
    released = {
        (f.source.name, f.target.name, f.props.get("date"))
        for f in ai_dynamics.extract(report)
        if isinstance(f, RelationFact) and f.target.label == "Model"
    }
    assert {
        ("栖木智能", "Lumo-4", "2032-01-09"),
        ("澄川科技", "Brook-Coder 2", "2032-01-21"),
    } <= released
