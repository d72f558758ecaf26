"""The extraction scorer on small hand-made graphs whose right answers are known."""

from __future__ import annotations

import json
import subprocess
import sys

import networkx as nx
import pytest
from support import ROOT, SEEDS  # noqa: E402, F401

from aikg.graph.assemble import build_graph
from aikg.graph.evaluate import (
    CATEGORIES,
    failures,
    format_scores,
    junk_reason,
    junk_report,
    load_gold,
    score,
    score_category,
    validate_gold,
)
from aikg.schema import (
    EntityFact,
    EntityRef,
    EventFact,
    Evidence,
    Participant,
    RelationFact,
    ReportMeta,
)

R0, R4 = "000_seed", "004_seed"


def ev(line: int, report: str = R0) -> Evidence:
    return Evidence(report, "…", f"line {line}")


def graph(*facts) -> nx.MultiDiGraph:
    return build_graph(list(facts), [ReportMeta(R0, period="2025-11"), ReportMeta(R4)])


def released(maker, model, action="release", date="2025-11-19", line=202, report=R0):
    return RelationFact(
        "RELEASED",
        EntityRef(maker, "Company"),
        EntityRef(model, "Model"),
        ev(line, report),
        {"action": action, "date": date},
    )


def investment(investors, investee, line=158, report=R4, **props):
    parts = [Participant("MAKES_INVESTMENT", "in", EntityRef(i, "Company")) for i in investors]
    parts.append(Participant("INVESTS_IN", "out", EntityRef(investee, "Company")))
    return EventFact("Investment", props, parts, ev(line, report), key=("date", "round"))


def deal(payer, payee, line=88, **props):
    parts = [
        Participant("PAYS_FOR", "in", EntityRef(payer, "Company")),
        Participant("PAID_TO", "out", EntityRef(payee, "Company")),
    ]
    return EventFact("Deal", props, parts, ev(line, R4), key=("date", "kind"))


def release_gold(**item) -> dict:
    base = {"report": R0, "line": 202, "maker": "谷歌", "model": "Gemini 3", "action": "release"}
    return {"model_releases": [{**base, **item}]}


# -- names, dates, scope ----------------------------------------------------------------


def test_names_meet_through_the_alias_list_and_name_key():
    G = graph(released("Google", "Gemini3"))
    result = score(G, release_gold(maker=["谷歌"], model="Gemini 3", date="2025-11-19"))
    assert (result["model_releases"]["tp"], result["model_releases"]["fp"]) == (1, 0)


def test_a_gold_date_is_compared_at_its_own_precision():
    G = graph(released("谷歌", "Gemini 3", date="2025-11-19"))
    assert score(G, release_gold(date="2025-11"))["model_releases"]["recall"] == 1.0
    coarse = graph(released("谷歌", "Gemini 3", date="2025-11"))
    result = score(coarse, release_gold(date="2025-11-19"))["model_releases"]
    assert result["recall"] == 0.0 and result["fn"] == 1 and result["fp"] == 1
    assert "date: gold 2025-11-19, graph 2025-11" in result["misses"][0]["why"]


def test_an_inferred_date_accepts_an_undated_fact_but_not_a_wrong_one():
    undated = graph(released("谷歌", "Gemini 3", date=None))
    gold = release_gold(date="2025-11", date_from="period")
    assert score(undated, gold)["model_releases"]["tp"] == 1
    wrong = graph(released("谷歌", "Gemini 3", date="2025-10-30"))
    assert score(wrong, gold)["model_releases"]["tp"] == 0


def test_action_is_checked_and_a_list_accepts_any():
    G = graph(released("谷歌", "Gemini 3", action="open_source"))
    assert score(G, release_gold())["model_releases"]["tp"] == 0
    assert score(G, release_gold(action=["release", "open_source"]))["model_releases"]["tp"] == 1


def test_a_fact_from_another_report_does_not_match():
    G = graph(released("谷歌", "Gemini 3", report=R4, line=679))
    result = score(G, release_gold())["model_releases"]
    assert result["tp"] == 0 and result["fp"] == 1


def test_facts_outside_the_scope_do_not_count_against_precision():
    G = graph(released("谷歌", "Gemini 3"), released("DeepSeek", "DeepSeek-OCR", line=72))
    gold = release_gold(date="2025-11-19")
    assert score(G, gold)["model_releases"]["fp"] == 1
    gold["scope"] = {"default": {R0: {"exclude_lines": [[68, 74]]}}}
    result = score(G, gold)["model_releases"]
    assert (result["fp"], result["out_of_scope"], result["precision"]) == (0, 1, 1.0)


def test_optional_items_neither_miss_nor_count_as_extras():
    G = graph(released("OpenAI", "GPT-5.1 Instant", date="2025-11-12", line=214))
    gold = release_gold()
    gold["model_releases"].append(
        {
            "report": R0,
            "maker": "OpenAI",
            "model": "GPT-5.1 Instant",
            "action": "release",
            "date": "2025-11-12",
            "optional": True,
        }
    )
    result = score(G, gold)["model_releases"]
    assert (result["gold"], result["tp"], result["fn"], result["fp"]) == (1, 0, 1, 0)
    assert result["optional_found"] == 1


def test_each_fact_matches_one_gold_item_so_duplicates_are_extras():
    G = graph(
        released("腾讯", "HunyuanOCR", "open_source"), released("腾讯", "混元 OCR", "open_source")
    )
    gold = release_gold(maker="腾讯", model=["HunyuanOCR", "混元 OCR"], action="open_source")
    result = score(G, gold)["model_releases"]
    assert (result["tp"], result["fp"]) == (1, 1)
    assert result["extras"][0]["why"].startswith("duplicate of gold line")


def test_empty_graph_scores_zero_and_empty_gold_scores_one():
    empty = nx.MultiDiGraph()
    result = score(empty, release_gold())["model_releases"]
    assert (result["recall"], result["precision"]) == (0.0, 0.0)
    result = score(graph(released("谷歌", "Gemini 3")), {"model_releases": []})
    assert (result["model_releases"]["recall"], result["model_releases"]["precision"]) == (1.0, 0.0)
    assert score(empty, {"model_releases": []})["model_releases"]["precision"] == 1.0


# -- categories -------------------------------------------------------------------------


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
        for n in ("饿了么", "支付宝", "绿城服务")
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
            {"report": R0, "parties": ["饿了么", "支付宝"], "date": "2024-11-26"},
            {"report": R0, "parties": ["饿了么", "绿城服务"], "date": "2024-11"},
        ]
    }
    result = score(G, gold)["partnerships"]
    assert (result["tp"], result["fn"], result["fp"]) == (3, 0, 1)
    assert "支付宝" in result["extras"][0]["fact"] and "绿城服务" in result["extras"][0]["fact"]


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


# -- junk, report, gold file ------------------------------------------------------------


@pytest.mark.parametrize(
    "name, label, reason",
    [
        ("Gemini 3 Pro", "Model", None),
        ("昇腾 910B", "Chip", None),
        ("阿里巴巴（中国）网络技术有限公司", "Company", None),
        ("《广东省国家数字经济创新发展试验区建设方案（2025—2027 年）》", "Policy", None),
        ("2025-11-19", "Company", "a date"),
        ("11 月 19 日", "Model", "a date"),
        ("2,250", "Chip", "a number"),
        ("图 3", "Company", "a figure caption"),
        ("资料来源：Wind", "Company", "a figure caption"),
        ("行业政策", "Policy", "a section title"),
        ("本报告仅供参考请阅读文末的重要声明与风险提示", "Company", "a disclaimer phrase"),
        ("OpenAI 与 Target 携手，将新的体验带入零售领域。", "Company", "a sentence"),
        ("发布 Gemini 3", "Model", "starts with a verb"),
        (
            "一个名字非常非常长以至于不可能是任何一家真实公司的名称的字符串啊啊啊",
            "Company",
            "too long",
        ),
    ],
)
def test_junk_reasons(name, label, reason):
    assert junk_reason(name, label) == reason


def test_junk_report_counts_only_entity_labels():
    G = nx.MultiDiGraph()
    G.add_node("company:a", label="Company", name="腾讯")
    G.add_node("model:b", label="Model", name="11月19日")
    G.add_node("policy:c", label="Policy", name="p", title="风险提示")
    G.add_node("deal:d", label="Deal", name="图 3")
    result = junk_report(G)
    assert (result["checked"], result["junk"], result["ratio"]) == (3, 2, round(2 / 3, 4))
    assert result["by_label"]["Policy"] == {"checked": 1, "junk": 1}


def test_failures_and_the_printed_table():
    G = graph(released("谷歌", "Gemini 3"))
    scores = {
        "model_releases": score_category(G, release_gold(date="2025-11-20"), "model_releases")
    }
    assert failures(scores) == [
        "model_releases: recall 0.00 < 0.95",
        "model_releases: precision 0.00 < 0.95",
    ]
    text = format_scores(scores)
    assert text.splitlines()[1].split() == ["model_releases", "1", "0", "0.00", "0.00", "1"]
    assert "date: gold 2025-11-20, graph 2025-11-19" in text


def test_the_gold_file_is_sound_and_covers_every_category():
    gold = load_gold()
    assert validate_gold(gold) == []
    seeds = {p.stem for p in SEEDS.glob("*.txt")}
    assert set(gold["reports"]) <= seeds or not seeds
    for name in CATEGORIES:
        assert any(not item.get("optional") for item in gold[name]), name
    assert len(gold["ratings"]) == 20 and len(gold["chips"]) == 15


def test_the_gold_file_scores_itself_perfectly_through_a_graph_built_from_it():
    """Every required item of a category is matched by a graph made of exactly the gold
    facts (ratings and chips, whose facts are easy to write back)."""
    gold = load_gold()
    facts = []
    for item in gold["ratings"]:
        name = item["company"]
        props = {"rating": item["rating"], "ticker": item["ticker"], "close_price": item["close"]}
        where = Evidence(item["report"], "", f"line {item['line']}")
        facts.append(
            RelationFact(
                "RATES",
                EntityRef(item["report"], "Report"),
                EntityRef(name, "Company"),
                where,
                props,
            )
        )
    for item in gold["chips"]:
        where = Evidence(item["report"], "", f"line {item['line']}")
        specs = {k: item[k] for k in ("chip_type", "process_nm", "fp16_tflops", "power_w")}
        facts.append(EntityFact(EntityRef(item["chip"], "Chip"), where, specs))
        facts.append(
            RelationFact(
                "DESIGNS",
                EntityRef(item["vendor"][0], "Company"),
                EntityRef(item["chip"], "Chip"),
                where,
            )
        )
    G = build_graph(facts, [ReportMeta(r) for r in gold["reports"]])
    result = score(G, gold)
    for name in ("ratings", "chips"):
        assert (result[name]["recall"], result[name]["precision"]) == (1.0, 1.0), name


def test_the_bench_script_checks_thresholds(tmp_path):
    gold = {
        "reports": {"x": ""},
        "chips": [
            {
                "report": "x",
                "vendor": "A",
                "chip": "Z9",
                "chip_type": "GPU",
                "process_nm": 4,
                "fp16_tflops": 1,
                "power_w": 1,
            }
        ],
    }
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), "utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "x.txt").write_text("没有芯片的报告。\n", "utf-8")
    script = ROOT / "bench" / "eval_extraction.py"
    args = [sys.executable, str(script), "--gold", str(path), "--seeds", str(seeds)]
    ok = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert ok.returncode == 0, ok.stderr
    assert "chips" in ok.stdout and "recall" in ok.stdout
    checked = subprocess.run([*args, "--check"], capture_output=True, text=True, timeout=300)
    assert checked.returncode == 1 and "below threshold" in checked.stdout
