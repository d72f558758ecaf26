"""Partnerships in the wordings of newsletters, sell-side notes and broker weeklies:
widened alliances, MoUs, preferred-partner choices, fronted "in partnership with",
"a partnership between", "the pair", appositives, 牵手 / 共建 / 合资成立 / 深度合作 /
"A、B 联合发布"; and the comparisons, customer lists and channel partners that are no
partnership (invented sentences)."""

from __future__ import annotations

from pathlib import Path

from support.partners import partners_in

HEAD = "---\ntitle: Weekly note\ndate: 2031-11-24\n---\n\n## News\n\n"


def partners(tmp_path: Path, body: str) -> dict[frozenset[str], dict]:
    """The PARTNERS_WITH pairs of a one-section markdown report, with their props."""
    return partners_in(tmp_path / "sample.md", HEAD + body + "\n")


def test_widened_alliances_mous_and_preferred_partners(tmp_path):
    body = (
        "Tessal Photonics and Corvan Systems expanded their partnership on Nov 5.\n\n"
        "Brenna Labs deepened its collaboration with Oracle (Nov 6).\n\n"
        "Quillon AI signed a memorandum of understanding with Corvan Systems on Nov 7.\n\n"
        "Quillon AI has chosen NVIDIA as its preferred cloud provider.\n\n"
        "Tessal Photonics entered a multi-year partnership with NVIDIA on Nov 10.\n"
    )
    found = partners(tmp_path, body)
    assert found[frozenset({"Tessal Photonics", "Corvan Systems"})]["date"] == "2031-11-05"
    assert found[frozenset({"Brenna Labs", "Oracle"})]["date"] == "2031-11-06"
    assert found[frozenset({"Quillon AI", "Corvan Systems"})]["date"] == "2031-11-07"
    assert frozenset({"Quillon AI", "NVIDIA"}) in found
    assert found[frozenset({"Tessal Photonics", "NVIDIA"})]["date"] == "2031-11-10"


def test_fronted_partner_between_and_the_pair(tmp_path):
    body = (
        "In partnership with NVIDIA, Brenna Labs launched a robotics benchmark on Nov 4.\n\n"
        "A partnership between Quillon AI and Tessal Photonics, announced on 12 November, "
        "adds a second supplier.\n\n"
        "Corvan Systems and Oracle signed an MoU in August, and in November the pair "
        "agreed to co-develop a switch.\n"
    )
    found = partners(tmp_path, body)
    assert found[frozenset({"Brenna Labs", "NVIDIA"})]["date"] == "2031-11-04"
    assert found[frozenset({"Quillon AI", "Tessal Photonics"})]["date"] == "2031-11-12"
    assert frozenset({"Corvan Systems", "Oracle"}) in found
    assert len(found) == 3


def test_the_signer_is_the_subject_not_a_product_named_before_it(tmp_path):
    body = (
        "On Nov 3, Brenna Labs and Oracle widened their alliance to cover Oracle Database, "
        "and the company signed a strategic collaboration agreement with NVIDIA.\n\n"
        "Separately, Quillon AI, a Brenna Labs reseller, is collaborating with Corvan "
        "Systems on a banking tool.\n"
    )
    found = partners(tmp_path, body)
    assert frozenset({"Brenna Labs", "NVIDIA"}) in found
    assert frozenset({"Quillon AI", "Corvan Systems"}) in found
    assert frozenset({"Brenna Labs", "Corvan Systems"}) not in found
    assert all("Oracle Database" not in pair for pair in found)


def test_comparisons_customers_and_channel_partners_are_no_partnership(tmp_path):
    body = (
        "Brenna Labs competes with Corvan Systems for neocloud contracts.\n\n"
        "Unlike NVIDIA, Quillon AI designs its own chips; its roadmap is similar to "
        "Tessal Photonics's.\n\n"
        "Quillon AI said its customers include Oracle and Corvan Systems.\n\n"
        "Brenna Labs sells through more than 400 channel partners.\n\n"
        "A former partner at Corvan Systems joined Brenna Labs as chief operating officer.\n"
    )
    assert partners(tmp_path, body) == {}


def test_chinese_alliance_forms(tmp_path):
    body = (
        "11 月 24 日，星河智能牵手智谱，双方将开展深度合作。\n\n"
        "11 月 25 日，岚川科技与星河智能共建大模型联合实验室。\n\n"
        "11 月 26 日，澄海智能、岚川科技联合发布液冷一体机方案。\n\n"
        "11 月 27 日，北辰云科技与澄海智能合资成立具身智能公司。\n\n"
        "11 月 28 日，汀兰科技与北辰云科技深度合作，共同研发医疗模型。\n"
    )
    found = partners(tmp_path, body)
    assert found[frozenset({"星河智能", "智谱"})]["date"] == "2031-11-24"
    assert found[frozenset({"岚川科技", "星河智能"})]["date"] == "2031-11-25"
    assert found[frozenset({"澄海智能", "岚川科技"})]["date"] == "2031-11-26"
    assert found[frozenset({"北辰云科技", "澄海智能"})]["date"] == "2031-11-27"
    assert found[frozenset({"汀兰科技", "北辰云科技"})]["date"] == "2031-11-28"


def test_chinese_competition_and_customer_lists_are_no_partnership(tmp_path):
    body = (
        "星河智能与北辰云科技在调用价格上持续竞争，岚川科技的策略则类似星河智能。\n\n"
        "澄海智能的客户包括岚川科技、汀兰科技等，渠道合作伙伴超过 300 家。\n"
    )
    assert partners(tmp_path, body) == {}


def test_a_weekday_is_dated_by_the_report_day_and_a_described_partner_is_read(tmp_path):
    body = (
        "On Tuesday, Tessal Photonics and Corvan Systems said they will form a joint "
        "venture.\n\n"
        "11 月 12 日，星河智能宣布将与英国云服务商 Fluidstack 合作建设数据中心。\n"
    )
    found = partners(tmp_path, body)
    # the report is dated Monday 2031-11-24: its last Tuesday is the 18th
    assert found[frozenset({"Tessal Photonics", "Corvan Systems"})]["date"] == "2031-11-18"
    assert found[frozenset({"星河智能", "Fluidstack"})]["date"] == "2031-11-12"


def test_a_party_cut_from_the_partner_by_a_clause_is_the_sentence_subject(tmp_path):
    body = "11 月 20 日，星河智能：增持北辰云科技，与智谱扩大云服务合作。\n"
    found = partners(tmp_path, body)
    assert frozenset({"星河智能", "智谱"}) in found
    assert frozenset({"北辰云科技", "智谱"}) not in found


def test_a_same_day_item_takes_the_date_of_the_item_before_it(tmp_path):
    body = (
        "- 11.12｜星河智能发布新模型。\n"
        "- 同日，岚川科技与星河智能宣布战略合作；双方同时签署为期三年的技术授权协议。\n"
    )
    found = partners(tmp_path, body)
    assert found[frozenset({"岚川科技", "星河智能"})]["date"] == "2031-11-12"
