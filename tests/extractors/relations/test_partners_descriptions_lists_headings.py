"""Partnerships whose parties come with a description, a fronted or possessive alliance,
a topic label, a heading's company and the party lists of
Chinese signing news (invented sentences)."""

from __future__ import annotations

from pathlib import Path

from support.partners import partners_in

HEAD = "---\ntitle: Weekly note\ndate: 2031-11-24\n---\n\n## News\n\n"


def partners(tmp_path: Path, body: str) -> dict[frozenset[str], dict]:
    """The PARTNERS_WITH pairs of a one-section markdown report, with their props."""
    return partners_in(tmp_path / "sample.md", HEAD + body + "\n")


def test_a_partner_named_with_its_description(tmp_path):
    body = (
        "Brenna Labs said on Nov 18 it is partnering with the robotics company Corvan "
        "Systems.\n\n"
        "Quillon AI signed an MoU with Korea's Tessal Photonics on Nov 19.\n\n"
        "Halden Robotics works with customers such as Corvan Systems.\n\n"
        "Quillon AI competes with rivals like Brenna Labs.\n"
    )
    found = partners(tmp_path, body)
    assert found[frozenset({"Brenna Labs", "Corvan Systems"})]["date"] == "2031-11-18"
    assert found[frozenset({"Quillon AI", "Tessal Photonics"})]["date"] == "2031-11-19"
    assert len(found) == 2


def test_an_alliance_named_with_its_or_fronted(tmp_path):
    body = (
        "Brenna Labs reported results on Nov 4. The software company added that it would "
        "continue its strategic partnership with Corvan Systems.\n\n"
        "Under its expanded partnership with Tessal Photonics, Quillon AI will ship optical "
        "engines from March.\n\n"
        "Halden Robotics ended its partnership with Corvan Systems in October.\n"
    )
    found = partners(tmp_path, body)
    assert frozenset({"Brenna Labs", "Corvan Systems"}) in found
    assert frozenset({"Quillon AI", "Tessal Photonics"}) in found
    assert frozenset({"Halden Robotics", "Corvan Systems"}) not in found
    assert frozenset({"Brenna Labs", "Tessal Photonics"}) not in found


def test_headline_verbs_topic_labels_and_reworked_alliances(tmp_path):
    body = (
        "CHIP ALLIANCE: Quillon AI and Tessal Photonics sign 'historic' collaboration "
        "(Nov 20).\n\n"
        "RESTRUCTURED: Brenna Labs and Corvan Systems restructured their partnership once "
        "more on Nov 21.\n"
    )
    found = partners(tmp_path, body)
    assert found[frozenset({"Quillon AI", "Tessal Photonics"})]["date"] == "2031-11-20"
    assert found[frozenset({"Brenna Labs", "Corvan Systems"})]["date"] == "2031-11-21"
    assert len(found) == 2  # no label ("CHIP ALLIANCE") as a party


def test_a_heading_company_is_the_other_of_the_two_in_its_items(tmp_path):
    body = (
        "NVIDIA'S ALLIANCES (SELECTED)\n"
        " - Tessal Photonics: a 3% stake (Nov 12); the two will co-develop optical "
        "engines.\n"
    )
    head = "Weekly note 24 November 2031\n\nThe week's alliances follow.\n\n"
    found = partners_in(tmp_path / "note.txt", head + body)
    assert frozenset({"NVIDIA", "Tessal Photonics"}) in found


def test_chinese_signings_with_listed_parties_and_the_other_company(tmp_path):
    body = (
        "- 11 月 20 日，星河智能与岚舟数智、青禾万维及中国电信江苏公司签署了《共建智算网络"
        "战略合作框架协议》。\n"
        "- 11 月 21 日，岚舟数智、青禾万维与北辰云三家企业正式签署战略合作协议。\n"
        "- 11 月 22 日，国家数智中心与星河智能在杭州举行了战略合作签约仪式。\n"
        "- 11 月 23 日，星河智能以 2 亿元参与北辰云科技定增，并与其达成战略合作。\n"
        "- 星河智能与其他厂商达成合作；岚舟数智与青禾万维在算力市场展开竞争。\n"
    )
    found = partners(tmp_path, body)
    assert found[frozenset({"星河智能", "岚舟数智"})]["date"] == "2031-11-20"
    assert frozenset({"星河智能", "中国电信江苏公司"}) in found
    assert frozenset({"星河智能", "智算网络"}) not in found  # inside the 《title》
    assert found[frozenset({"青禾万维", "北辰云"})]["date"] == "2031-11-21"
    assert found[frozenset({"国家数智中心", "星河智能"})]["date"] == "2031-11-22"
    assert found[frozenset({"星河智能", "北辰云科技"})]["date"] == "2031-11-23"
    assert not [pair for pair in found if any("其他" in name for name in pair)]


def test_two_units_of_one_company_are_no_pair(tmp_path):
    found = partners(tmp_path, "谷歌 DeepMind 与谷歌研究院联合推出天气模型。\n")
    assert found == {}


def test_paired_names_before_an_alliance_noun_and_co_development(tmp_path):
    body = (
        "Investors focus on the Oracle-Cohere partnership, which was "
        "reworked on Nov 14.\n\n"
        "Quillon AI will co-develop inference chips with Tessal Photonics (Nov 15).\n\n"
        "Halden Robotics will co-develop a cluster with Corvan Systems GPUs.\n"
    )
    found = partners(tmp_path, body)
    assert frozenset({"Oracle", "Cohere"}) in found
    assert found[frozenset({"Quillon AI", "Tessal Photonics"})]["date"] == "2031-11-15"
    assert frozenset({"Halden Robotics", "Corvan Systems"}) not in found
