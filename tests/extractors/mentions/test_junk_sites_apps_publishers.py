"""Names round 28: what a sentence's words around a name say it is. Chinese prose fragments
opened by a time word, a predicate word, a count or a place are no company; a word before a
code is no brand; a fab's code, a status count and a statistic before a product are no chip or
model; a venture arm named by a code is an organisation; an app or a tool named after its
model or company is a product; a house or newsletter on its masthead is the publisher. The
sentences and the unlisted names are invented."""

from __future__ import annotations

import pytest

from aikg.extractors.mentions import extract, mentions_in
from aikg.schema import ReportMeta, Section, SegmentedReport


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.label) for m in mentions_in(text)]


NO_NAME = [
    # time words and predicate words open the clause, not a name
    ("本周具身智能赛道共披露融资事件 19 起", "本周具身智能"),
    ("本日报收录了今天创投频道报道的融资新闻", "今天创投"),
    ("公司主营人形机器人灵巧手。", "主营人形机器人"),
    # a trade word after places or a common word, or before a facility noun
    ("12 月 3 日，江西南昌智算中心一期正式投运", "江西南昌智算"),
    ("合资公司将负责区域智算中心的建设与运营。", "区域智算"),
    ("海光信息、曙光数创联合发布液冷智算一体机方案。", "液冷智算"),
    # a word of the sentence before a code or a count is no brand
    ("本周 DDR5 现货价格环比上涨 6%。", "本周 DDR5"),
    ("公司与博远科技签订 DDR5 模组供货合同，金额 2.4 亿元。", "签订 DDR5"),
    ("11 月国内 AI 领域共发生融资事件 142 起", "事件 142"),
    ("项目内容为采购 AI 算力服务 800 套", "服务 800"),
    # table labels and fab codes
    ("| GPU supply contracts | Signed 4 | 4 |", "Signed 4"),
    ("| GPU supply contracts | Pending 2 | 2 |", "Pending 2"),
    ("Average HBM4 pricing rose again in our channel checks.", "Average HBM4"),
    ("Hanvale said its M21X fab will add 30k wafers per month.", "M21X"),
    ("Its older M14 line moves to DDR5 while M16 capacity is sold out.", "M16"),
    ("M15X 晶圆厂明年投产", "M15X"),
]


@pytest.mark.parametrize(("text", "junk"), NO_NAME)
def test_fragments_are_no_names(text: str, junk: str) -> None:
    assert junk not in [name for name, _ in _found(text)]


KEPT = [
    ("云岫智算与北辰通信签署算力协议", ("云岫智算", "Company")),
    ("汀洲供应链与北辰通信签署协议", ("汀洲供应链", "Company")),
    ("本周澜岫智能完成 3 亿元 A 轮融资", ("澜岫智能", "Company")),
    ("昇腾 950PR 与文心 5.0 同日亮相", ("昇腾 950PR", "Chip")),
    ("The MI355X GPU ships this quarter.", ("MI355X", "Chip")),
    # a venture arm named by a code is an organisation
    ("M12 (Microsoft's venture arm) opened a Seoul office.", ("M12", "Organization")),
    ("Microsoft's venture fund M12 led the round.", ("M12", "Organization")),
    # apps and developer tools after their model or company
    ("Google said the Gemini app passed 700 million users.", ("Gemini app", "Product")),
    ("The Qwen app, a consumer assistant, passed 100m users.", ("Qwen app", "Product")),
    ("谷歌表示 Gemini 应用月活用户已超过 6.5 亿。", ("Gemini 应用", "Product")),
    ("Developers can try it in Google AI Studio.", ("Google AI Studio", "Product")),
    ("It is also live in Azure AI Foundry.", ("Azure AI Foundry", "Product")),
    # a listed company's cloud unit is one name
    ("Naver Cloud said it will host the templates.", ("Naver Cloud", "Company")),
    # a house whose tail is a listed broker's name is another house
    ("Kuroshio Pacific Securities", ("Kuroshio Pacific Securities", "Company")),
]


@pytest.mark.parametrize(("text", "named"), KEPT)
def test_names_kept_and_typed(text: str, named: tuple[str, str]) -> None:
    assert named in _found(text)


def test_apps_are_no_generic_words() -> None:
    found = _found("AI 应用加速落地，快手应用矩阵扩容，the App Store and the Apple app store")
    assert not [name for name, label in found if label == "Product"]


def test_masthead_publisher_is_an_organisation() -> None:
    lines = [
        "Osterley AI Daily | Wednesday, 10 December 2025",
        "",
        "*Strathmore Partners Research · Internet & Software team*",
        "",
        "Series D led by Oakvane Partners on 11 December.",
    ]
    report = SegmentedReport(ReportMeta("r"), [Section("front", "", lines, 1)], [], "")
    found = {(f.entity.name, f.entity.label) for f in extract(report)}
    assert ("Osterley AI Daily", "Organization") in found
    assert ("Strathmore Partners Research", "Organization") in found
    assert ("Oakvane Partners", "Organization") not in found
