"""How funding digests, 重要公告 lists and sell-side notes word who pays whom, and which
amount a deal owns: names the deal wording delimits, payer cues (与客户 X, X 拟向公司租赁,
销售合同, the tenant, under which X will buy), a maker in a purchase agreement, old
holders topping up, stake purchases, take-privates and amounts typed by role (invented
companies and sentences, both languages where both exist)."""

from __future__ import annotations

from pathlib import Path

from support.deal_facts import deal_facts, who

from aikg.extractors.values.amounts import amount_role, find_amounts
from aikg.schema import EventFact

EN_HEAD = "---\ntitle: Contracts tracker\ndate: 2031-11-24\n---\n\n## Contracts\n\n"
ZH_HEAD = "---\ntitle: 计算机行业周报\ndate: 2031-11-24\n---\n\n## 本周重要公告\n\n"


def facts_of(tmp_path: Path, body: str, head: str) -> tuple[EventFact, ...]:
    return deal_facts(tmp_path / "sample.md", head + body + "\n")


def paid(facts, payee: str) -> list[EventFact]:
    """The facts whose payee or investee is ``payee``."""
    return [f for f in facts if payee in who(f, "PAID_TO", "INVESTS_IN")]


def test_chinese_notices_name_the_customer_tenant_and_buyer(tmp_path):
    body = (
        "1. 智算服务：岚曜科技 11 月 3 日公告，"
        "全资子公司岚曜智算与客户汐川数据签订《算力服务合同》，"
        "合同金额为 6.5 亿元，服务期限 48 个月。\n\n"
        "2. 算力租赁：澄岭股份 11 月 4 日公告，公司与沐阳星算签订算力租赁框架协议，沐阳星算拟向公司"
        "租赁 1000 台 AI 服务器对应的算力，协议总金额不超过 8 亿元。\n\n"
        "3. 销售合同：雁回电子 11 月 5 日公告，控股子公司雁回算力与青禾智能签署总额 2.1 亿元的算力"
        "服务器销售合同。\n\n"
        "4. 采购协议：砾芯半导体 11 月 6 日公告与北霁云签订推理卡框架采购协议，"
        "协议金额不超过 9 亿元。"
    )
    facts = facts_of(tmp_path, body, ZH_HEAD)
    (cloud,) = paid(facts, "岚曜智算")
    assert who(cloud, "PAYS_FOR") == {"汐川数据"} and cloud.props["amount"] == 6.5e8
    (lease,) = paid(facts, "澄岭股份")
    assert who(lease, "PAYS_FOR") == {"沐阳星算"} and lease.props["kind"] == "compute_lease"
    (sale,) = paid(facts, "雁回算力")
    assert who(sale, "PAYS_FOR") == {"青禾智能"} and sale.props["amount"] == 2.1e8
    (chips,) = paid(facts, "砾芯半导体")  # the maker is paid, not the first party named
    assert who(chips, "PAYS_FOR") == {"北霁云"} and chips.props["amount"] == 9e8


def test_chinese_tenders_and_stake_purchases(tmp_path):
    body = (
        "1. 中标：澜桥信息 11 月 3 日公告，公司中标岱山数智的智算中心项目设备采购包，"
        "中标金额 2.6 亿元。\n\n"
        "2. 集采：中国联通 AI 服务器集中采购项目公示中标候选人，曜川信息以 7.2 亿元中标第一标包，"
        "单台均价约 180 万元。\n\n"
        "3. 收购：北屿股份 11 月 5 日公告，拟以现金 4.4 亿元收购数据中心运营商云汀数据 55% 股权，"
        "公告当日北屿股份股价收于 21.30 元。\n\n"
        "4. 镜湾精密公告，拟通过发行股份及支付现金的方式购买曜川微电子 100% 股权，"
        "交易作价 12 亿元，"
        "发行价格为每股 18.60 元。"
    )
    facts = facts_of(tmp_path, body, ZH_HEAD)
    (tender,) = paid(facts, "澜桥信息")
    assert who(tender, "PAYS_FOR") == {"岱山数智"} and tender.props["amount"] == 2.6e8
    (winner,) = paid(facts, "曜川信息")
    assert who(winner, "PAYS_FOR") == {"中国联通"} and winner.props["amount"] == 7.2e8
    (stake,) = paid(facts, "云汀数据")
    assert who(stake, "MAKES_INVESTMENT") == {"北屿股份"}
    assert (stake.props["amount"], stake.props["stake_pct"]) == (4.4e8, 55.0)
    assert stake.props["status"] == "planned"
    (bought,) = paid(facts, "曜川微电子")
    assert bought.props["amount"] == 1.2e9 and bought.props["stake_pct"] == 100.0


def test_chinese_round_wording(tmp_path):
    body = (
        "1. 11.03　具身智能公司霁峰机器人宣布完成数亿元 A+ 轮融资，由岚岫资本领投，沧浪创投跟投，"
        "老股东云岭投资持续加码。\n\n"
        "2. 11.04　智算运营商星漾智算完成 12 亿元 C 轮融资，投资方包括岱宗创投、汀州产投。\n\n"
        "3. 11.05　工业视觉公司砾石智能获得棠梨资本、江汀产业基金共同投资的 "
        "6000 万元 Pre-A 轮融资。\n\n"
        "4. 11.06　美国推理模型公司 Veyron Reasoning 完成 9000 万美元 B 轮融资，投后估值 7 亿美元，"
        "由 Alder Crest 领投。"
    )
    facts = facts_of(tmp_path, body, ZH_HEAD)
    (a_plus,) = paid(facts, "霁峰机器人")
    assert who(a_plus, "MAKES_INVESTMENT") == {"岚岫资本", "沧浪创投", "云岭投资"}
    assert "amount" not in a_plus.props  # 数亿元 stays vague
    (c,) = paid(facts, "星漾智算")
    assert who(c, "MAKES_INVESTMENT") == {"岱宗创投", "汀州产投"} and c.props["amount"] == 1.2e9
    (pre_a,) = [f for f in paid(facts, "砾石智能") if f.label == "Investment"]
    assert pre_a.props["round"] == "pre_a"
    assert not [f for f in facts if f.props.get("kind") == "joint_venture"]  # co-investors
    (b,) = paid(facts, "Veyron Reasoning")
    assert b.props["amount"] == 9e7  # not the post-money valuation


def test_english_leases_tenants_and_supply_agreements(tmp_path):
    body = (
        "Under a 12-year lease signed on Nov 12, Harlow Data Centers, as landlord, will "
        "deliver 150 MW of critical IT load to Brisa Cloud, the tenant. The lease is worth "
        "about $4.1 billion in base rent.\n\n"
        "Brisa Cloud signed a four-year, $2.2bn contract with Tamsin Labs on Nov 13 under "
        "which Tamsin will buy dedicated inference capacity.\n\n"
        "Corran Semiconductor announced a framework purchase agreement with Ellis Cloud "
        "on Nov 14. Ellis will buy up to $700 million of accelerators.\n\n"
        "Olwen AI signed a 15-year hosting agreement with Northway Compute, the joint "
        "venture of two utilities. Olwen will pay the JV about $200 million a year."
    )
    facts = facts_of(tmp_path, body, EN_HEAD)
    (lease,) = paid(facts, "Harlow Data Centers")
    assert who(lease, "PAYS_FOR") == {"Brisa Cloud"} and lease.props["amount"] == 4.1e9
    (capacity,) = paid(facts, "Brisa Cloud")
    assert who(capacity, "PAYS_FOR") == {"Tamsin Labs"} and capacity.props["amount"] == 2.2e9
    (hosting,) = paid(facts, "Northway Compute")
    assert who(hosting, "PAYS_FOR") == {"Olwen AI"}
    assert not [f for f in facts if f.props.get("kind") == "partnership"]


def test_english_acquisitions_and_rounds(tmp_path):
    body = (
        "* Carrick Systems agreed to acquire Bexley Analytics for $38.00 per share in cash, "
        "in a deal valued at about $2.7 billion (Nov 12).\n"
        "* Talbot Compute acquired Spindrift AI, a model-serving start-up, and Kellan "
        "Vision, a camera maker, for a combined $280 million in stock (Nov 13).\n"
        "* Fenmore Partners will take Orla Data private for $16 per share, or about $1.9bn "
        "(Nov 14).\n"
        "* Orwin Labs raised $180 million in a Series C led by Fenwick Hill Capital, with "
        "participation from Alder Reach Ventures and existing investor Quayle Partners, at "
        "a post-money valuation of $2.1 billion (Nov 14)."
    )
    facts = facts_of(tmp_path, body, EN_HEAD)
    (deal,) = paid(facts, "Bexley Analytics")
    assert deal.props["amount"] == 2.7e9
    assert paid(facts, "Spindrift AI") and paid(facts, "Kellan Vision")
    (private,) = paid(facts, "Orla Data")
    assert who(private, "MAKES_INVESTMENT") == {"Fenmore Partners"}
    assert private.props["amount"] == 1.9e9
    (round_,) = paid(facts, "Orwin Labs")
    assert who(round_, "MAKES_INVESTMENT") == {
        "Fenwick Hill Capital",
        "Alder Reach Ventures",
        "Quayle Partners",
    }
    assert round_.props["amount"] == 1.8e8


def test_amount_roles_in_both_languages():
    cases = {
        "公告当日股价收于 38.20 元": "price",
        "发行价格为每股 21.35 元": "price",
        "投后估值约 12 亿元": "valuation",
        "国内智算租赁市场规模已超过 500 亿元": "market",
        "今年以来累计融资超 4 亿元": "total",
        "以 9.86 亿元中标": "deal",
        "at a post-money valuation of $2.4 billion": "valuation",
        "Ridgeback shares closed at $18.65": "price",
        "its build cost at about $11.5 million per MW": "unit",
        "The market for AI inference chips could reach $250bn": "market",
        "Halvard AI's $40bn three-year capex plan": "capex",
        "in a deal valued at about $3.1 billion": "deal",
    }
    for text, role in cases.items():
        ((s, e, _),) = find_amounts(text)
        assert amount_role(text, s, e) == role, text
