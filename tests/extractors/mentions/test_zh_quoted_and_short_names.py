"""Chinese mentions seen in broker weeklies and daily briefs: quoted names beside a type
word, a full company name with its short name (以下简称), junk words that look like names
(部署, 智能体, counts after a verb). All names and sentences are invented."""

from aikg.extractors import mentions
from aikg.extractors.mentions import mentions_in
from aikg.schema import ReportMeta, Section, SegmentedReport


def found(text: str) -> set[tuple[str, str]]:
    return {(m.name, m.label) for m in mentions_in(text)}


def test_quoted_names_beside_a_type_word():
    got = found("澄岚智能上线 AI 写作功能“墨言”，并发布游戏大模型「青岚-G2」。")
    assert {("墨言", "Product"), ("青岚-G2", "Model")} <= got
    assert ("Fara", "Product") in found("新增「Fara」智能体模式")
    assert found("从“可用”走向“好用”") == set()  # quotes beside no type word are a phrase


def test_a_quoted_name_is_whole():
    got = found("音乐模型「天籁 Sono V8」正式发布")
    assert ("天籁 Sono V8", "Model") in got and ("Sono V8", "Model") not in got


def test_short_name_is_an_alias_of_the_full_name():
    line = "杭州鹭汀智能科技有限公司（以下简称“鹭汀智能”）发布 Luting-R2。"
    r = SegmentedReport(
        ReportMeta("r", broker="远川证券"), [Section("prose", "", [line], 3)], [], ""
    )
    facts = {f.entity.name: f.aliases for f in mentions.extract(r)}
    assert facts["杭州鹭汀智能科技有限公司"] == ("鹭汀智能",)


def test_generic_words_are_no_names():
    assert found("模型已分阶段部署至员工部署环境") == set()
    assert found("编程智能体与服务机器人需求上升，沪深 300 指数执行 200 项") == set()
