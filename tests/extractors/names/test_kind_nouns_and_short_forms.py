"""Names a kind noun introduces and short forms (names s22): "cloud provider X", "X, a
Toronto-based developer of", "X (private)", a capitalised kind noun opening a run
("Chipmaker X"); "X AI" and then "X" in one report as one node, never across reports;
Chinese descriptors before a name (上市公司X股份, 服务商X, 初创企业“X”), a day
before a glued verb, a list closed by a count of companies, 老股东 as a role. Invented
sentences and names."""

from __future__ import annotations

import pytest

from aikg.extractors.mentions import mentions_in
from aikg.extractors.mentions.short_forms import full_names, named_in_full
from aikg.extractors.names.mentions import find_mentions
from aikg.graph.resolve import Resolver
from aikg.schema import EntityFact, EntityRef, Evidence, RelationFact


def names(text: str) -> set[str]:
    return {m.name for m in mentions_in(text) if m.is_company}


def parties(text: str) -> set[str]:
    return {m.name for m in find_mentions(text) if m.is_company}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cloud provider Dunmere closed a $90m round.", "Dunmere"),
        ("The round was led by AI start-up Quillby on Monday.", "Quillby"),
        ("Last week robotics firm Tessant agreed to buy a sensor maker.", "Tessant"),
        ("Orlova, a Lisbon-based developer of inference chips, said it had hired.", "Orlova"),
        ("Tarnholt (private) runs two sites in Ohio.", "Tarnholt"),
    ],
)
def test_a_kind_noun_makes_a_suffixless_run_an_entity(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pricing remains the swing factor for Dunmere's peers.",
        "Microsoft, a customer of several clouds, signed again.",
        "Overall, demand held up in Lyon and Ohio.",
    ],
)
def test_runs_without_a_kind_noun_stay_out_of_the_entities(text):
    assert not names(text) - {"Microsoft"}


def test_a_capitalised_kind_noun_is_no_part_of_the_name():
    got = parties("Hardware demand held. Chipmaker Ardvel agreed to supply Tarnholt.")
    assert "Ardvel" in got and "Chipmaker Ardvel" not in got


def test_a_short_form_is_read_in_full_only_when_unique():
    names = {"Velmora AI", "Velmora", "Quorvane Labs", "Quorvane Data", "Quorvane", "Pemwick Labs"}
    assert full_names(names) == {"Velmora": "Velmora AI"}


def test_a_short_form_of_a_listed_company_is_not_read_as_another_name():
    assert full_names({"Microsoft Labs", "Microsoft"}) == {}


def _report_facts(report_id: str, full: str, partner: str) -> list:
    ev = Evidence(report_id, "", "")
    short = full.split()[0]
    return [
        EntityFact(EntityRef(full, "Company"), ev),
        RelationFact(
            "PARTNERS_WITH", EntityRef(short, "Company"), EntityRef(partner, "Company"), ev
        ),
    ]


def test_the_short_form_meets_its_full_name_within_a_report_only():
    first = named_in_full(_report_facts("r1", "Halvett AI", "Brask"))
    second = named_in_full(_report_facts("r2", "Halvett Compute", "Dorne"))
    assert first[1].source.name == "Halvett AI" and second[1].source.name == "Halvett Compute"
    resolver = Resolver()
    resolver.learn(first + second)
    a, b = (resolver.resolve(EntityRef(n, "Company")).id for n in ("Halvett AI", "Halvett Compute"))
    assert a != b  # two reports' full names never merge through their short form


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("独角兽启衡智能与上市公司汇峤股份签署战略合作协议。", "汇峤股份"),
        ("算力服务商云枢算力采购一批服务器。", "云枢算力"),
        ("具身智能初创企业“岩芯动力”宣布完成 A 轮融资。", "岩芯动力"),
        ("公司于 12 月 15 日收到衡川机器人发来的采购订单。", "衡川机器人"),
    ],
)
def test_chinese_descriptors_and_glued_words(text, name):
    got = names(text)
    assert name in got
    assert not any(g != name and name in g for g in got)  # no glued longer surface


@pytest.mark.parametrize(
    "text",
    ["公司所持股份减少。", "上市公司部分股份解禁。", "到 2027 年全市智能算力规模超过 200 EFLOPS。"],
)
def test_shares_and_common_nouns_stay_no_names(text):
    assert not names(text)


def test_a_list_closed_by_a_count_of_companies_types_every_item():
    got = names("本周共有穹宇纪元、栖鹿智造、曦渡科技和砚川智能等四家机器人企业披露融资。")
    assert got == {"穹宇纪元", "栖鹿智造", "曦渡科技", "砚川智能"}
    assert not names("穹宇纪元、栖鹿智造等产品受到关注。") & {"穹宇纪元"}


def test_an_old_shareholder_is_a_role_not_a_company():
    got = names("由晨岭资本领投，老股东跟投，包括泊舟创投、汀兰基金等。")
    assert got == {"晨岭资本", "泊舟创投", "汀兰基金"}
