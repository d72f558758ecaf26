"""A weekly's "# " title that brackets the week it covers is its title; a numbered part
("一、本周要闻", "1. Models"), a legal line or a list item never is."""

from aikg.extractors.document import segment
from aikg.schema import Document


def title(text: str, path: str = "w.md") -> str:
    return segment(Document(path=path, report_id="w", text=text)).meta.title


def test_a_title_bracketing_its_week_is_the_title() -> None:
    text = "# 示例证券 计算机行业周报（2026.03.02–2026.03.06）：端侧模型加速\n\n"
    text += "## 一、本周要闻\n正文。\n"
    assert title(text) == "示例证券 计算机行业周报(2026.03.02–2026.03.06):端侧模型加速"
    daily = "# 两款新模型开源【AI 早报 2026-03-04】\n\n正文。\n"
    assert title(daily) == "两款新模型开源【AI 早报 2026-03-04】"


def test_a_numbered_part_a_legal_line_or_an_item_is_no_title() -> None:
    text = (
        "## 一、本周要闻\n- 3月2日：示例科技发布新模型。\n"
        "本报告仅供示例证券客户参考，不构成投资建议。\n## 二、行业政策\n正文。\n"
    )
    assert title(text) == ""
    english = "## 1. Models\nExample Labs released a model on Monday.\n"
    assert title(english) == ""
