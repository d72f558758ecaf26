"""The gold file of the seeds, read and checked, and the bench script that scores with it."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys

from support import ROOT, SEEDS, SEEDS_GOLD

from aikg.graph.assemble import build_graph
from aikg.graph.evaluation import (
    CATEGORIES,
    load_gold,
    score,
    validate_gold,
)
from aikg.schema import (
    EntityFact,
    EntityRef,
    Evidence,
    RelationFact,
    ReportMeta,
)


def test_the_gold_file_is_always_named_by_the_caller():
    # an installed aikg has no tests/ folder to fall back on
    assert inspect.signature(load_gold).parameters["path"].default is inspect.Parameter.empty


def test_the_gold_file_is_sound_and_covers_every_category():
    gold = load_gold(SEEDS_GOLD)
    assert validate_gold(gold) == []
    seeds = {p.stem for p in SEEDS.glob("*.txt")}
    assert set(gold["reports"]) <= seeds or not seeds
    for name in CATEGORIES:
        assert any(not item.get("optional") for item in gold[name]), name
    assert len(gold["ratings"]) == 20 and len(gold["chips"]) == 15


def test_the_gold_file_scores_itself_perfectly_through_a_graph_built_from_it():
    """Every required item of a category is matched by a graph made of exactly the gold
    facts (ratings and chips, whose facts are easy to write back)."""
    gold = load_gold(SEEDS_GOLD)
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
