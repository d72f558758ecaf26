"""Each gold category (ratings, investments, chips, deals, partnerships, policies)
scored on small hand-made graphs whose right answers are known."""

from __future__ import annotations

from eval_graphs import R0, R4, deal, ev, graph, investment

from aikg.graph.evaluation import (
    score,
)
from aikg.schema import (
    EntityFact,
    EntityRef,
    EventFact,
    Participant,
    RelationFact,
)


def rating(ticker, name, close, line=25):
    props = {"rating": "优于大市", "ticker": ticker, "close_price": close}
    return [
        EntityFact(EntityRef(name, "Company"), ev(line), {"ticker": ticker}, aliases=(ticker,)),
        RelationFact("RATES", EntityRef(R0, "Report"), EntityRef(name, "Company"), ev(line), props),
    ]


def test_ratings_match_by_report_company_ticker_rating_and_close_within_one_percent():
    G = graph(*rating("0700.HK", "腾讯控股", 617.5), *rating("3690.HK", "美团-W", 99.0, 27))
    gold = {
        "ratings": [
            {
                "report": R0,
                "ticker": "0700.HK",
                "company": "腾讯控股",
                "rating": "优于大市",
                "close": 617.0,
            },
            {
                "report": R0,
                "ticker": "3690.HK",
                "company": "美团-W",
                "rating": "优于大市",
                "close": 96.5,
            },
        ]
    }
    result = score(G, gold)["ratings"]
    assert (result["tp"], result["fn"], result["fp"]) == (1, 1, 1)
    assert result["misses"][0]["why"] == "close: gold 96.5, graph 99.0"


def test_an_investment_with_two_investors_is_two_pairs():
    G = graph(investment(["阿里巴巴", "腾讯"], "宇树科技", date="2025-06-19", round="c_plus"))
    gold = {
        "investments": [
            {
                "report": R4,
                "investor": inv,
                "investee": "宇树科技",
                "date": "2025-06-19",
                "round": "c_plus",
            }
            for inv in ("阿里巴巴", "腾讯", "蚂蚁集团")
        ]
    }
    result = score(G, gold)["investments"]
    assert (result["tp"], result["fn"], result["fp"]) == (2, 1, 0)


def test_investment_amount_currency_stake_and_round():
    G = graph(
        investment(
            ["腾讯"],
            "Vantage Studios",
            368,
            R0,
            date="2025-11-21",
            round="strategic",
            amount=1.1605e9,
            currency="EUR",
            stake_pct=26.32,
        ),
        investment(["英伟达"], "Intel", 92, amount=5e9, currency="CNY"),
    )
    gold = {
        "investments": [
            {
                "report": R0,
                "investor": "腾讯",
                "investee": "Vantage Studios",
                "date": "2025-11-21",
                "round": "strategic",
                "stake_pct": 26.32,
                "amount": {"value": 1.16e9, "currency": "EUR"},
            },
            {
                "report": R4,
                "investor": "NVIDIA",
                "investee": "英特尔",
                "amount": {"value": 5e9, "currency": "USD"},
            },
        ]
    }
    result = score(G, gold)["investments"]
    assert result["tp"] == 1 and result["misses"][0]["why"].startswith("amount: gold 5e+09 USD")


def test_investment_direction_matters_unless_either():
    G = graph(investment(["AMD"], "OpenAI", 533, kind="warrant"))
    item = {"report": R4, "investor": "OpenAI", "investee": "AMD", "kind": "warrant"}
    assert score(G, {"investments": [item]})["investments"]["tp"] == 0
    assert score(G, {"investments": [{**item, "direction": "either"}]})["investments"]["tp"] == 1


def chip(name, vendor, line=647, **props):
    return [
        EntityFact(EntityRef(name, "Chip"), ev(line, R4), props),
        RelationFact(
            "DESIGNS", EntityRef(vendor, "Company"), EntityRef(name, "Chip"), ev(line, R4)
        ),
    ]


def test_chip_specs_and_a_null_that_must_stay_empty():
    G = graph(
        *chip("B200", "NVIDIA", chip_type="GPU", process_nm=4, fp16_tflops=2250, power_w=1000),
        *chip("TPU v7", "谷歌", 649, chip_type="ASIC", process_nm=3, fp16_tflops=2300, power_w=160),
        *chip("Trainium2", "Amazon", 111, chip_type="ASIC"),
    )
    spec = {"report": R4, "chip_type": "ASIC", "fp16_tflops": 2300, "power_w": 160}
    gold = {
        "scope": {"chips": {R4: {"lines": [[643, 664]]}}},
        "chips": [
            {
                "report": R4,
                "vendor": "英伟达",
                "chip": "B200",
                "chip_type": "gpu",
                "process_nm": 4,
                "fp16_tflops": 2260,
                "power_w": 1000,
            },
            {**spec, "vendor": "Google", "chip": "TPU v7", "process_nm": None},
        ],
    }
    result = score(G, gold)["chips"]
    assert (result["tp"], result["fn"], result["fp"], result["out_of_scope"]) == (1, 1, 1, 1)
    assert result["misses"][0]["why"] == "process_nm: gold none, graph 3"


def test_deals_are_directed_and_tentative_is_told_from_firm():
    G = graph(
        deal("Meta", "谷歌", 208, kind="chip_purchase", status="tentative", date="2025-11-25"),
        deal("CoreWeave", "OpenAI", 88, kind="compute_lease", amount=6.5e9, currency="USD"),
    )
    gold = {
        "deals": [
            {
                "report": R4,
                "payer": "Meta",
                "payee": "Google",
                "kind": "chip_purchase",
                "status": "planned",
                "date": "2025-11-25",
            },
            {
                "report": R4,
                "payer": "OpenAI",
                "payee": "CoreWeave",
                "kind": ["compute_lease"],
                "amount": {"value": 6.5e9, "currency": "USD"},
            },
        ]
    }
    result = score(G, gold)["deals"]
    assert (result["tp"], result["fn"], result["fp"]) == (1, 1, 1)
    gold["deals"][0]["status"] = "completed"
    assert "status: gold completed, graph tentative" in score(G, gold)["deals"]["misses"][0]["why"]


def test_partnerships_are_unordered_pairs_from_edges_and_deals():
    party = [
        Participant("PARTY_TO", "in", EntityRef(n, "Company"))
        for n in ("澄湖外卖", "云杉支付", "远山物业")
    ]
    G = graph(
        RelationFact(
            "PARTNERS_WITH",
            EntityRef("Target", "Company"),
            EntityRef("OpenAI", "Company"),
            ev(220),
            {"date": "2025-11-19"},
        ),
        RelationFact(
            "PARTNERS_WITH",
            EntityRef("OpenAI", "Company"),
            EntityRef("Target", "Company"),
            ev(220),
            {"date": "2025-11-19"},
        ),
        EventFact("Deal", {"kind": "partnership", "date": "2024-11-26"}, party, ev(655)),
    )
    gold = {
        "partnerships": [
            {"report": R0, "parties": ["OpenAI", "Target"], "date": "2025-11-19"},
            {"report": R0, "parties": ["澄湖外卖", "云杉支付"], "date": "2024-11-26"},
            {"report": R0, "parties": ["澄湖外卖", "远山物业"], "date": "2024-11"},
        ]
    }
    result = score(G, gold)["partnerships"]
    assert (result["tp"], result["fn"], result["fp"]) == (3, 0, 1)
    assert "云杉支付" in result["extras"][0]["fact"] and "远山物业" in result["extras"][0]["fact"]


def test_policies_match_by_title_with_issuer_date_and_region():
    parts = [Participant("ISSUED", "in", EntityRef("国家卫生健康委", "Organization"))]
    title = "关于促进和规范“人工智能+医疗卫生”应用发展的实施意见"
    G = graph(
        EventFact(
            "Policy",
            {"title": f"《{title}》", "date": "2025-11-04", "region": "中国"},
            parts,
            ev(292),
        ),
        EventFact(
            "Policy",
            {"title": "启动人工智能“创世纪计划”", "date": "2025-11-24", "region": "美国"},
            [],
            ev(296),
        ),
    )
    gold = {
        "policies": [
            {
                "report": R0,
                "issuer": "国家卫健委",
                "title": title,
                "date": "2025-11-04",
                "region": "CN",
            },
            {
                "report": R0,
                "issuer": ["美国白宫"],
                "title": "创世纪计划",
                "date": "2025-11-24",
                "region": "US",
            },
        ]
    }
    result = score(G, gold)["policies"]
    assert (result["tp"], result["fn"]) == (1, 1)
    assert result["misses"][0]["why"] == "issuer: gold 美国白宫, graph none"
