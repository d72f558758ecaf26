"""Name stems and Latin runs (names s21): a verb glued before a Chinese name, 股份 after a
name stem, long registered names and their bracketed city, a listed company named by its
ticker bracket, cooperation clauses, CAPS topic labels, hyphens that join two names or a
backer to the name it backs, and index and exchange-code traps. Invented sentences."""

from __future__ import annotations

import pytest

from aikg.extractors.mentions import mentions_in
from aikg.extractors.names.gate import junk_reason
from aikg.extractors.names.mentions import find_mentions


def names(text: str) -> set[tuple[str, str]]:
    return {(m.name, m.label) for m in mentions_in(text)}


def parties(text: str) -> set[str]:
    return {m.name for m in find_mentions(text) if m.is_company}


@pytest.mark.parametrize(
    ("text", "name", "glued"),
    [
        ("曜石股份公告，收到衡岳机器人发来的采购订单。", "衡岳机器人", "收到衡岳机器人"),
        ("澄渊股份拟以 2 亿元增资扩股芯泊微电子。", "芯泊微电子", "扩股芯泊微电子"),
        ("新增订单，来自汇岭智能的占比约三成。", "汇岭智能", "来自汇岭智能"),
    ],
)
def test_a_verb_glued_before_a_name_is_cut_off(text, name, glued):
    got = {n for n, _ in names(text)}
    assert name in got and glued not in got


def test_a_name_whose_first_word_is_a_noun_keeps_it():
    assert ("星河智算科技", "Company") in names("据悉，星河智算科技与澄湖数据签署协议。")


def test_gufen_names_a_company_after_a_name_stem_only():
    got = {n for n, _ in names("澄渊股份与岭川数科宣布共建联合实验室，所持股份不变。")}
    assert "澄渊股份" in got and "所持股份" not in got
    assert not {n for n, _ in names("公司拟转让部分股份，发行股份购买资产。")} & {
        "部分股份",
        "发行股份",
        "转让部分股份",
    }


def test_a_long_registered_name_and_its_bracketed_city_are_one_name():
    got = {n for n, _ in names("近日，深圳市前海澄汐人工智能技术研究有限公司与南屿数据签约。")}
    assert "深圳市前海澄汐人工智能技术研究有限公司" in got
    got = {n for n, _ in names("公司全资子公司朔川（杭州）数字技术有限公司中标。")}
    assert "朔川（杭州）数字技术有限公司" in got


def test_a_count_of_machines_is_no_company():
    assert not any("两台" in n for n, _ in names("现场展示了两台机器人。"))


def test_a_role_noun_before_a_name_is_no_part_of_it():
    got = {n for n, _ in names("公司拟引入战略投资者澜岫产业基金。")}
    assert "澜岫产业基金" in got and "者澜岫产业基金" not in got


def test_a_chinese_name_before_its_ticker_bracket_is_a_company():
    got = names("3. 苏澜网络（300872 SZ）与北汐云计算签署合作备忘录。")
    assert {("苏澜网络", "Company"), ("北汐云计算", "Company")} <= got
    assert "SZ" not in parties("苏澜网络（300872 SZ）与北汐云计算签署合作备忘录。")


def test_both_partners_of_a_cooperation_clause_without_suffixes_are_found():
    assert {"灵枢", "岭北算力"} <= parties("12 月 12 日，灵枢与岭北算力宣布合作，共同打造平台。")


def test_indices_and_contract_acronyms_are_no_entities():
    assert names("海外方面，标普500 指数周涨 0.6%。") == set()
    assert junk_reason("标普500") == junk_reason("纳斯达克100") == "a stock index"
    assert "PPA" not in parties("澜湾能源与栖云数据签署 10 年期 PPA。")


def test_a_caps_topic_label_is_no_company():
    got = parties("CHIP ALLIANCE: Varnell Semiconductor and Oskaro Systems said on Monday.")
    assert "CHIP ALLIANCE" not in got
    assert {"Varnell Semiconductor", "Oskaro Systems"} <= got


def test_two_names_joined_by_a_hyphen_are_two_parties_when_named_apart():
    text = "Varnell Semiconductor and Oskaro Systems agreed; the Varnell-Oskaro partnership"
    got = parties(text)
    assert {"Varnell", "Oskaro"} <= got and "Varnell-Oskaro" not in got
    assert "Rolls-Royce" in parties("The Rolls-Royce deal closed.")


def test_a_backer_joined_by_a_participle_is_apart_from_the_name_it_backs():
    got = names("Brightmoor-backed Crossfell Data Centers signed a lease with Halvern Cloud.")
    assert ("Crossfell Data Centers", "Company") in got
    assert not any("backed" in n for n, _ in got)
    assert not any("rated" in n for n in parties("Outperform-rated Quintar Devices rose."))
