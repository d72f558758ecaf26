"""Investment arms named after their company ("Intel Capital", "美团战投"), model names with
their tier words, lists of stock picks ("重点推荐：A、B"), the segments of an industry map
("存储：A、B、C") and the company heading a notice item ("- A：全资子公司拟…"): each a
mention of its own; an arm keeps its company as its parent. Sentences and the unlisted
names are invented."""

from __future__ import annotations

import pytest

from aikg.extractors import relations
from aikg.extractors.mentions import mentions_in
from aikg.extractors.names.lexicon import name_key
from aikg.extractors.names.mentions import find_mentions
from aikg.schema import ReportMeta, Section, SegmentedReport


def _names(text: str) -> list[str]:
    return [m.name for m in mentions_in(text)]


NAMED = [
    # an arm is named whole
    ("The round was led by Intel Capital, with two seed funds joining", "Intel Capital"),
    ("Salesforce Ventures and a sovereign fund took part", "Salesforce Ventures"),
    ("Samsung Catalyst Fund also joined the extension", "Samsung Catalyst Fund"),
    ("SoftBank Vision Fund 2 wrote the largest cheque", "SoftBank Vision Fund 2"),
    ("本轮由美团战投领投，多家机构跟投", "美团战投"),
    ("讯飞创投、两家地方基金参与本轮融资", "讯飞创投"),
    ("腾讯投资领投，老股东超额认购", "腾讯投资"),
    ("阿里资本跟投", "阿里资本"),
    ("英伟达 NVentures 参与了本轮融资", "NVentures"),  # glued to its arm word
    ("NVentures, the chipmaker's venture arm, joined", "NVentures"),
    ("星河集团旗下的岚湖资本领投，老股东跟投", "岚湖资本"),  # introduced by its owner
    ("鹭原科技的投资平台汀洲创投跟投", "汀洲创投"),
    # a finance word or the verb after a company is no arm
    ("Meta Capital Markets Day is next week", "Meta"),
    ("英伟达资本开支继续上行", "英伟达"),
    ("腾讯投资了多家初创企业", "腾讯"),
    ("小米向星河半导体投资 5 亿元", "小米"),
    # a tier word stays in the model's name
    ("Google priced Gemini 2.5 Flash-Lite below the Flash tier", "Gemini 2.5 Flash-Lite"),
    ("Anthropic shipped Claude Opus 4.1 to enterprise users", "Claude Opus 4.1"),
    ("Meta opened Llama 4 Maverick weights", "Llama 4 Maverick"),
    ("阿里上线 Qwen3-Max，腾讯发布混元 T1", "Qwen3-Max"),
    ("阿里上线 Qwen3-Max，腾讯发布混元 T1", "混元 T1"),
    # the company heading a notice item
    ("- 鹭川数据：全资子公司拟以 3000 万美元收购一家数据中心运营商。", "鹭川数据"),
    ("（3）砚湖软件：12 月 9 日公告，公司股东拟减持不超过 1% 的股份。", "砚湖软件"),
    ("2. 栖岭通信：控股子公司签订 4.2 亿元算力服务合同", "栖岭通信"),
]


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_the_whole_name_is_found(text: str, name: str) -> None:
    assert name in _names(text)


def test_an_arm_keeps_its_company_as_parent() -> None:
    arm = next(m for m in find_mentions("Intel Capital led the round") if m.is_company)
    assert (arm.name, arm.canonical) == ("Intel Capital", "")
    assert arm.parent  # Intel, as the alias list names it
    assert name_key("Company", arm.name) != name_key("Company", arm.parent)


def test_the_owner_that_introduces_an_arm_is_its_parent() -> None:
    text = "12月3日，澜汀机器人完成 5 亿元 B 轮融资，星河集团旗下的岚湖资本领投，老股东跟投。"
    report = SegmentedReport(ReportMeta("r"), [Section("prose", "", [text], 3)], [], "")
    links = [(f.source.name, f.target.name) for f in relations.extract(report)]
    assert ("岚湖资本", "星河集团") in links


LISTED = [
    # stock picks after their intro word
    ("重点推荐：寒武纪、海光信息、岫川电子、汀岚存储", ["岫川电子", "汀岚存储"]),
    ("建议关注：澜起科技、砚湖新网、霁川数据等", ["砚湖新网", "霁川数据"]),
    ("受益标的：澜汐环境、鹭原数据、栖霞温控", ["澜汐环境", "鹭原数据", "栖霞温控"]),
    ("相关标的：腾讯控股(0700.HK)、美团-W(3690.HK)", ["腾讯控股", "美团-W"]),
    # the segments of an industry map
    ("- 存储：长鑫存储（研发中）、长江存储、汀屿存储", ["汀屿存储"]),
    ("- GPU/GPGPU：摩尔线程、沐曦、壁仞科技、砚岭图形", ["砚岭图形"]),
    ("汽车制造：比亚迪、蔚来、岚屿汽车", ["岚屿汽车"]),
]


@pytest.mark.parametrize(("text", "names"), LISTED)
def test_every_item_of_a_list_of_companies_is_one(text: str, names: list[str]) -> None:
    found = _names(text)
    assert all(n in found for n in names), found


@pytest.mark.parametrize(
    "text",
    [
        "建议关注：液冷、光模块等方向",
        "我们关注算力、存力和运力等方向的变化",
        "推荐关注：液冷、光模块",
        "- 风险提示：宏观经济波动，行业竞争加剧",
        "合同名称：算力服务合同，公司为供应方",
    ],
)
def test_themes_and_field_labels_name_no_company(text: str) -> None:
    assert _names(text) == []


def test_a_segment_of_products_gives_no_company() -> None:
    assert "澜汀助手" not in _names("- 应用：文心一言、豆包、澜汀助手")


def test_share_class_marks_are_one_company() -> None:
    assert name_key("Company", "寒武纪-U") == name_key("Company", "寒武纪")
    assert name_key("Company", "美团-W") == name_key("Company", "美团")


def test_an_investor_role_glued_to_a_name_is_no_other_company() -> None:
    assert name_key("Company", "岚湖资本跟投") == name_key("Company", "岚湖资本")
    assert name_key("Company", "汀洲创投领投") == name_key("Company", "汀洲创投")


def test_a_version_of_a_listed_chip_line_is_a_chip() -> None:
    text = "AWS will ramp Trainium 3 and TPU v8 next year"
    found = {(m.name, m.label) for m in mentions_in(text)}
    assert {("Trainium 3", "Chip"), ("TPU v8", "Chip")} <= found
