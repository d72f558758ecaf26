"""Deals and investments in prose: the seeds' deal paragraphs and invented Chinese and
English reports. Names no list holds and English sentence forms are in
``test_open_world_and_english_deals.py``."""

import pytest
from support import SEEDS
from support.deal_facts import find, one, report_of, roles, seed

from aikg.extractors.document import read_document, segment
from aikg.schema import DEAL_KINDS, INVESTMENT_KINDS, ROUNDS, STATUSES

# --- seed 004: the US AI "circular" ecosystem -------------------------------------


def test_nvidia_invests_in_openai():
    f = one(seed("004"), "Investment", "NVIDIA", "OpenAI", "equity")
    assert f.props["amount"] == 1.0e11 and f.props["currency"] == "USD"
    assert f.props["amount_qualifier"] == "up_to"
    assert (f.props["date"], f.props["date_precision"]) == ("2025-09", "month")
    assert f.props["status"] == "announced"


def test_openai_oracle_and_oracle_nvidia():
    f = one(seed("004"), "Deal", "OpenAI", "Oracle", "cloud_contract")
    assert f.props["amount"] == 3.0e11 and f.props["date"] == "2025-09"
    f = one(seed("004"), "Deal", "Oracle", "NVIDIA", "chip_purchase", date="2025-09")
    assert "amount" not in f.props and f.props["amount_qualifier"] == "about"
    assert f.props["amount_text"] == "数十亿美元"
    one(seed("004"), "Deal", "OpenAI", "NVIDIA", "chip_purchase", status="committed")


def test_coreweave_contracts_and_stake():
    facts = seed("004")
    stake = one(facts, "Investment", "NVIDIA", "CoreWeave", stake_pct=7.0)
    assert "date" not in stake.props
    # the 65 亿 expansion; the 224 亿 running total is no further deal
    [lease] = find(facts, "Deal", "OpenAI", "CoreWeave")
    assert lease.props["amount"] == 6.5e9 and lease.props["kind"] == "compute_lease"
    assert lease.props["date"] == "2025"
    order = one(facts, "Deal", "NVIDIA", "CoreWeave", "capacity_order")
    assert order.props["amount"] == 6.3e9 and order.props["date"] == "2025-09"


def test_microsoft_neoclouds_and_lease():
    facts = seed("004")
    f = one(facts, "Deal", "Microsoft", "Nebius")
    assert roles(f)["PAID_TO"] == {"Nebius", "CoreWeave"}
    assert f.props["amount"] == 3.3e10 and f.props["amount_qualifier"] == "over"
    assert f.props["status"] == "committed" and f.props["date"] == "2025-10"
    assert "GB300" in roles(f)["INVOLVES"]
    lease = one(facts, "Deal", "Microsoft", "CoreWeave", "compute_lease", date="2023")
    assert lease.props["amount"] == 1.0e10 and lease.props["amount_qualifier"] == "about"


def test_xai_equity_and_spv_purchase():
    facts = seed("004")
    f = one(facts, "Investment", "NVIDIA", "xAI", "equity")
    assert f.props["amount"] == 2.0e9 and f.props["status"] == "planned"
    one(facts, "Deal", "xAI", "NVIDIA", "chip_purchase")


def test_stargate_and_microsoft_openai():
    facts = seed("004")
    [joint] = [f for f in facts if f.props.get("kind") == "joint_venture"]
    assert roles(joint)["PARTY_TO"] == {"OpenAI", "Oracle", "SoftBank"}
    assert joint.props["amount"] == 5.0e11 and "Stargate" in joint.props["summary"]
    f = one(facts, "Investment", "Microsoft", "OpenAI")
    assert f.props["amount_text"] == "数十亿美元" and "amount" not in f.props
    one(facts, "Deal", "OpenAI", "Microsoft Azure", "cloud_contract")


def test_hardware_purchases_name_their_chips():
    facts = seed("004")
    f = one(facts, "Deal", "Google Cloud", "NVIDIA", "hardware_purchase")
    assert "GB300" in roles(f)["INVOLVES"]
    f = one(facts, "Deal", "Meta", "NVIDIA", "chip_purchase")
    assert f.props["amount"] == 9.0e9 and f.props["amount_qualifier"] == "about"
    assert "H100" in roles(f)["INVOLVES"]
    assert one(facts, "Investment", "NVIDIA", "Intel").props["amount"] == 5.0e9


def test_amd_chips_and_warrants():
    facts = seed("004")
    f = one(facts, "Deal", "OpenAI", "AMD", "chip_purchase")
    assert "Instinct" in roles(f)["INVOLVES"]
    w = one(facts, "Investment", "AMD", "OpenAI", "warrant")
    assert w.props["stake_pct"] == 10.0


def test_partnerships_without_money():
    facts = seed("004")
    [f] = [f for f in facts if roles(f).get("PARTY_TO") == {"SenseTime", "Cambricon"}]
    assert f.props["kind"] == "partnership" and f.props["date"] == "2025-10"
    assert "PAYS_FOR" not in roles(f)
    # NVIDIA-Intel is an investment: no second, money-less fact for the alliance
    assert not [f for f in facts if roles(f).get("PARTY_TO") == {"NVIDIA", "Intel"}]


# --- seed 000: an industry-news paragraph -----------------------------------------


def test_tencent_strategic_investment():
    f = one(seed("000"), "Investment", "Tencent", "Vantage Studios")
    assert f.props["amount"] == 1.16e9 and f.props["currency"] == "EUR"
    assert f.props["stake_pct"] == 26.32 and f.props["round"] == "strategic"
    assert (f.props["date"], f.props["status"]) == ("2025-11-21", "completed")
    # the headline names the parent, not the investee: no investment "into Ubisoft"
    assert not find(seed("000"), "Investment", "Tencent", "Ubisoft")


def test_acquisition_talks_are_tentative():
    f = one(seed("000"), "Investment", "Savvy Games Group", "沐瞳科技", "acquisition")
    assert f.props["status"] == "tentative" and f.props["amount_qualifier"] == "about"


# --- every fact, every seed --------------------------------------------------------


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_facts_are_well_formed(prefix):
    for f in seed(prefix):
        assert f.label in ("Deal", "Investment")
        kinds = DEAL_KINDS if f.label == "Deal" else INVESTMENT_KINDS
        assert f.props["kind"] in kinds and f.props["status"] in STATUSES
        assert f.props.get("round", "seed") in ROUNDS
        assert f.evidence.locator.startswith("line ")
        assert "。" not in f.evidence.text and len(f.evidence.text) < 400
        if "amount_text" in f.props:
            assert f.props["amount_text"] in f.evidence.text or f.label == "Deal"
        for p in f.participants:
            assert 1 < len(p.entity.name) <= 40 and not p.entity.name.isdigit()


def test_only_prose_like_sections_are_read():
    """Prose and the paragraphs under news headlines; never policy items, tables of
    contents, rating tables or legal text."""
    from aikg.extractors.rules import load

    allowed = set(load("deals")["sections"])
    assert not allowed & {"policy", "toc", "rating", "disclaimer"}
    report = segment(read_document(next(SEEDS.glob("000_*.txt"))))
    lines = {s.line_of(i): s.kind for s in report.sections for i in range(len(s.lines))}
    read = {lines.get(int(f.evidence.locator.split()[1])) for f in seed("000")}
    assert read <= allowed and "ai_dynamics" in read


# --- invented reports: names no list holds -----------------------------------------

ZH = """互联网行业 2031 年 3 月投资策略

## 行业动态:星澜科技与蓝鲸半导体签署战略合作

2031年2月,星澜科技宣布将向 Korvana Cloud 注资至多 80 亿美元,资金用于扩建数据中心;\
Korvana Cloud 随后表示将优先采购蓝鲸半导体的芯片。次日,Korvana Cloud 与青禾集团签订一份价值 \
120 亿美元的算力协议。青禾集团计划斥资数十亿元从蓝鲸半导体购入 QX900 加速卡。

云岫智能(星澜科技持股 12.5%)近日与 Tessaract Labs 续签租赁合同,为后者的模型训练提供 GPU 算力。\
此次合同总价值约 30 亿美元。

2031年1月,青禾集团旗下子公司澜舟微电子完成 B 轮融资,由云岫智能领投。云岫智能与蓝鲸半导体于 \
2031 年 1 月签署战略合作协议,双方将共同研发推理芯片。

## 免责声明

本报告提及的星澜科技向 Korvana Cloud 投资 10 亿美元仅为示例,不构成投资建议。
"""


def test_invented_chinese_report(tmp_path):
    facts = report_of(tmp_path, ZH)
    f = one(facts, "Investment", "星澜科技", "Korvana Cloud", "equity")
    assert (f.props["amount"], f.props["date"]) == (8.0e9, "2031-02")
    one(facts, "Deal", "Korvana Cloud", "蓝鲸半导体", "chip_purchase")
    f = one(facts, "Deal", "Korvana Cloud", "青禾集团", "cloud_contract")
    assert f.props["amount"] == 1.2e10 and f.props["date"] == "2031-02"  # 次日
    f = one(facts, "Deal", "青禾集团", "蓝鲸半导体", "chip_purchase")
    assert f.props["status"] == "planned" and "QX900" in roles(f)["INVOLVES"]
    lease = one(facts, "Deal", "Tessaract Labs", "云岫智能", "compute_lease")  # 为后者提供
    assert lease.props["amount"] == 3.0e9  # 此次合同总价值
    assert one(facts, "Investment", "星澜科技", "云岫智能").props["stake_pct"] == 12.5
    f = one(facts, "Investment", "云岫智能", "澜舟微电子")
    assert (f.props["round"], f.props["date"]) == ("b", "2031-01")
    [p] = [f for f in facts if f.props["kind"] == "partnership"]
    assert roles(p)["PARTY_TO"] == {"云岫智能", "蓝鲸半导体"}
    assert not find(facts, "Investment", "星澜科技", "Korvana Cloud", amount=1.0e9)  # disclaimer


def test_hard_wrapped_report(tmp_path):
    wrapped = (  # a PDF's printed lines, blank lines between them
        "互联网行业 2031 年 3 月投资策略\n\n行业动态:云算力\n\n"
        "2031 年 2 月 3 日,Marlowe Robotics 宣布向朔风智\n\n"
        "能投资 6 亿美元,同时朔风智能将从 Quillon\n\n"
        "Compute 租用服务器,合同价值约 2 亿美元。\n"
    )
    facts = report_of(tmp_path, wrapped)
    f = one(facts, "Investment", "Marlowe Robotics", "朔风智能")
    assert (f.props["amount"], f.props["date"]) == (6.0e8, "2031-02-03")
    lease = one(facts, "Deal", "朔风智能", "Quillon Compute", "compute_lease")
    assert lease.props["amount"] == 2.0e8
    assert f.evidence.locator == "line 5"  # where the sentence starts


EN = """AI Infrastructure Monthly, March 2031

## Industry news

In February 2031, Zentrix Labs agreed to invest up to $4 billion in Korvana Cloud. \
Separately, Helio Dynamics signed a $12 billion agreement with Korvana Cloud for data center \
capacity; Helio Dynamics also bought 50,000 QX900 accelerators from Bluewhale Semi for about \
$2.5 billion. Zentrix Labs holds a 9% stake in Korvana Cloud.

Orbital Minds, a wholly owned subsidiary of Zentrix Labs, was acquired by Helio Dynamics for \
$800 million in December 2030.
"""


def test_invented_english_report(tmp_path):
    facts = report_of(tmp_path, EN)
    f = one(facts, "Investment", "Zentrix Labs", "Korvana Cloud", "equity", amount=4.0e9)
    assert f.props["status"] == "committed" and f.props["amount_qualifier"] == "up_to"
    f = one(facts, "Deal", "Helio Dynamics", "Korvana Cloud", "cloud_contract")
    assert f.props["amount"] == 1.2e10
    f = one(facts, "Deal", "Helio Dynamics", "Bluewhale Semi", "chip_purchase")
    assert f.props["amount"] == 2.5e9 and "QX900" in roles(f)["INVOLVES"]
    assert one(facts, "Investment", "Zentrix Labs", "Korvana Cloud", stake_pct=9.0)
    f = one(facts, "Investment", "Helio Dynamics", "Orbital Minds", "acquisition")
    assert (f.props["amount"], f.props["date"]) == (8.0e8, "2030-12")


def test_no_facts_without_named_parties(tmp_path):
    text = (
        "互联网行业 2031 年 3 月投资策略\n\n## 行业动态:观点\n\n"
        "我们建议投资者关注算力产业链,多家云厂商正在采购芯片,部分厂商与客户签署了长期协议。"
    )
    assert report_of(tmp_path, text) == ()


ROUNDS_ZH = """互联网行业 2031 年 3 月投资策略

## 行业动态

3 月 5 日,星河科技完成 10 亿元 C 轮融资,蓝鲸资本领投,青禾集团跟投。云岫智能获得朔风集团的\
战略投资。澜舟微电子以 30 亿元收购赤霄半导体 51% 股权。Korvana Cloud 与蓝鲸半导体成立合资公司,\
共同建设智算中心。栖云科技向海纳智能采购 2 万块 GPU,金额约 15 亿元。拓界集团拟出资 5 亿元入股\
鸿蒙星智能,持股 20%。

Axiom Compute agreed to acquire Lumen Vision for $1.2 billion. Pioneer Grid will supply GPUs to \
Helio Dynamics under a three-year contract worth $3 billion. Northwind AI raised $600 million in \
a Series C round led by Granite Ventures.
"""


def test_rounds_acquisitions_and_orders(tmp_path):
    facts = report_of(tmp_path, ROUNDS_ZH)
    f = one(facts, "Investment", "蓝鲸资本", "星河科技")
    assert roles(f)["MAKES_INVESTMENT"] == {"蓝鲸资本", "青禾集团"}  # 领投 + 跟投: one round
    assert (f.props["amount"], f.props["round"], f.props["date"]) == (1.0e9, "c", "2031-03-05")
    assert one(facts, "Investment", "朔风集团", "云岫智能").props["round"] == "strategic"
    f = one(facts, "Investment", "澜舟微电子", "赤霄半导体", "acquisition")
    assert (f.props["amount"], f.props["currency"], f.props["stake_pct"]) == (3.0e9, "CNY", 51.0)
    [jv] = [f for f in facts if f.props["kind"] == "joint_venture"]
    assert roles(jv)["PARTY_TO"] == {"Korvana Cloud", "蓝鲸半导体"}
    assert one(facts, "Deal", "栖云科技", "海纳智能", "chip_purchase").props["amount"] == 1.5e9
    f = one(facts, "Investment", "拓界集团", "鸿蒙星智能")
    assert (f.props["status"], f.props["stake_pct"]) == ("planned", 20.0)
    f = one(facts, "Investment", "Axiom Compute", "Lumen Vision", "acquisition")
    assert f.props["amount"] == 1.2e9
    f = one(facts, "Deal", "Helio Dynamics", "Pioneer Grid", "chip_purchase")  # X supplies Y
    assert f.props["amount"] == 3.0e9
    f = one(facts, "Investment", "Granite Ventures", "Northwind AI")
    assert (f.props["round"], f.props["amount"]) == ("c", 6.0e8)


def test_a_running_total_alone_is_a_deal(tmp_path):
    text = (
        "互联网行业 2031 年 3 月投资策略\n\n## 行业动态\n\n"
        "截至 2031 年 2 月,朔风智能与 Quillon Compute 的合同总额已达 50 亿美元。"
    )
    f = one(report_of(tmp_path, text), "Deal", "朔风智能", "Quillon Compute")
    assert f.props["amount"] == 5.0e9 and f.props["date"] == "2031-02"
