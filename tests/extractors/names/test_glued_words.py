"""Words glued to a name are no part of it: a verb or role word before a Chinese company
("持有芯朔科技"), a descriptor of what it makes ("陪练应用听屿科技"), a generic word after it
("星衡智能注册资本"), a tie-up verb between two parties ("X 牵手 Y"), the capitalised defined
terms of an English contract ("Base rent", "Master Services Agreement"), units ("TOPS") and
model family words ("Claude Haiku" is a model). Every sentence and name is invented."""

import pytest

from aikg.extractors.mentions import mentions_in
from aikg.extractors.names.gate import junk_reason, strip_note
from aikg.extractors.names.mentions import find_mentions
from aikg.extractors.names.open_world import role_spans


def names(text: str) -> set[tuple[str, str]]:
    """The (name, label) pairs of both finders: the deal readers' and the mentions reader's."""
    deal = {(m.name, m.label) for m in find_mentions(text)}
    return deal | {(m.name, m.label) for m in mentions_in(text)}


@pytest.mark.parametrize(
    "text,company,glued",
    [
        ("云杉资本持有芯朔科技 12% 的股份。", "芯朔科技", "持有芯朔科技"),
        ("北辰创投拟增资岭北半导体，持股比例升至 9%。", "岭北半导体", "增资岭北半导体"),
        ("报告期内，鹭洲数据中标西岭数智液冷项目。", "西岭数智", "中标西岭数智"),
        ("建议关注云栈数智、澄海半导体。", "云栈数智", "建议关注云栈数智"),
        ("交易完成后微岭半导体将成为全资子公司。", "微岭半导体", "交易完成后微岭半导体"),
        ("本轮融资后澄海半导体估值超 30 亿元。", "澄海半导体", "本轮融资后澄海半导体"),
    ],
)
def test_a_verb_before_a_company_is_not_part_of_it(text, company, glued):
    got = names(text)
    assert (company, "Company") in got
    assert glued not in {name for name, _ in got}


@pytest.mark.parametrize(
    "text,company,glued",
    [
        ("陪练应用听屿科技完成数千万元 A 轮融资。", "听屿科技", "陪练应用听屿科技"),
        ("写作工具墨笺智能宣布完成天使轮融资。", "墨笺智能", "写作工具墨笺智能"),
        ("推理方案云岫科技获北辰创投投资。", "云岫科技", "推理方案云岫科技"),
    ],
)
def test_a_descriptor_before_a_company_shaped_name_is_cut_off(text, company, glued):
    got = names(text)
    assert (company, "Company") in got
    assert glued not in {name for name, _ in got}


def test_a_descriptor_alone_or_a_generic_word_after_a_name_is_no_company():
    got = names("星衡智能注册资本 1 亿元，该公司注册资本已实缴。")
    assert ("星衡智能", "Company") in got
    assert not {name for name, _ in got} & {"注册资本", "星衡智能注册资本"}
    # a name holding a trade word inside it stays whole
    assert ("重庆文旅岭江集团", "Company") in names("重庆文旅岭江集团近日与澄湖数据签约。")


def test_the_gate_refuses_and_strips_glued_verbs_and_role_words():
    assert junk_reason("持有芯朔科技") == "a verb glued to a name"
    assert junk_reason("陪练应用听屿科技") == "a description glued to a name"
    assert strip_note("持有芯朔科技") == "芯朔科技"
    assert strip_note("老股东澄湾") == "澄湾"
    assert strip_note("陪练应用听屿科技") == "听屿科技"
    assert junk_reason("芯朔科技") is None and junk_reason("投资") is None
    # what is left must be a name: "投资银行", "应用商店" are common words, refused whole
    assert strip_note("投资银行") == "投资银行" and junk_reason("投资银行") is not None
    assert strip_note("应用商店") == "应用商店" and junk_reason("应用商店") is not None


@pytest.mark.parametrize(
    "text,parties",
    [
        ("玄圃智能牵手澄湖数据，共建西部算力中心。", ["玄圃智能", "澄湖数据"]),
        ("曦禾牵手云栈推出推理一体机，并签署协议。", ["曦禾", "云栈"]),
        ("鹭洲集团牵手汀岚，双方将在端侧智能体方面开展深度合作。", ["鹭洲集团", "汀岚"]),
    ],
)
def test_both_sides_of_a_tie_up_are_found(text, parties):
    assert {(p, "Company") for p in parties} <= names(text)


def test_a_topic_between_a_partner_and_its_verb_is_not_the_partner():
    spans = role_spans("星衡智能与澄湖在液冷方案上开展合作。", [])
    # a cooperation clause makes its subject a party as well (合作 is a clause verb)
    assert [s[2] for s in spans] == ["星衡智能", "澄湖"]
    spans = role_spans("星衡智能宣布与液冷方案上开展合作。", [])
    assert [s[2] for s in spans] == ["星衡智能"]  # the subject; the topic is no partner


@pytest.mark.parametrize(
    "text,term",
    [
        ("Base rent over the initial term totals $310 million.", "Base"),
        ("Under the Master Services Agreement, Halvorsen Compute pays monthly.", "Master Services"),
        ("The Purchase Agreement closes in the first quarter.", "Purchase"),
        ("A Power Purchase Agreement covers 200 MW for Ridley Data.", "Power Purchase"),
    ],
)
def test_a_contract_term_is_no_company(text, term):
    got = {name for name, _ in names(text)}
    assert term not in got
    assert not any(name.startswith(term) for name in got)


def test_a_company_next_to_a_contract_term_stays():
    got = names("Under the Master Services Agreement, Halvorsen Compute pays Corvane Systems.")
    assert {("Halvorsen Compute", "Company"), ("Corvane Systems", "Company")} <= got
    assert ("Base Power", "Company") in names("Base Power Company signed a lease.")


def test_units_are_no_company():
    got = names("The Quorra QX-7 reaches 900 TOPS; TOPS per watt doubled, at 2 PFLOPS.")
    assert not {name for name, _ in got} & {"TOPS", "PFLOPS"}
    assert junk_reason("TOPS") == "a unit or size"
    assert junk_reason("TFLOPS", "Chip") == "a unit or size"


def test_a_model_family_word_makes_a_model_not_a_company():
    got = names("Orbis moved its agents to Claude Haiku and tested Gemini Flash last week.")
    assert {("Claude Haiku", "Model"), ("Gemini Flash", "Model")} <= got
    assert not {("Claude Haiku", "Company"), ("Gemini Flash", "Company")} & got
    assert ("Orbis", "Company") in got


def test_a_rival_a_count_or_a_verb_after_a_partner_is_no_part_of_a_name():
    got = {name for name, _ in names("其竞争对手曦禾智能、潮汐智能也在扩充算力。")}
    assert {"曦禾智能", "潮汐智能"} <= got and "手曦禾智能" not in got
    assert "多款人形机器人" not in {name for name, _ in names("可驱动旗下多款人形机器人。")}
    # both partners of a cooperation clause; the verb is no part of the second
    assert [s[2] for s in role_spans("鹭洲与岭湖算力展开合作。", [])] == ["鹭洲", "岭湖算力"]
    assert "青禾大模型推进" not in {s[2] for s in role_spans("鹭洲与青禾大模型推进联合适配。", [])}
