"""Ministries and councils a Chinese policy item names are Organizations, found by the
office words of rules/names/zh.toml; an ordinal council of a body is none."""

from aikg.extractors.mentions.shapes import chinese_parties


def offices(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.label) for m in chinese_parties(text, [])]


def test_ministries_and_foreign_councils_are_organizations() -> None:
    assert offices("3月4日，国家数据局与司法部联合印发通知。") == [("司法部", "Organization")]
    assert offices("东盟理事会通过了数字经济框架。") == [("东盟理事会", "Organization")]
    assert ("农业农村部", "Organization") in offices("农业农村部发布智慧农业行动方案")


def test_a_council_of_a_body_by_its_term_is_no_name() -> None:
    assert offices("公司召开第三届理事会会议") == []
    assert offices("本届理事会成员名单公布") == []
