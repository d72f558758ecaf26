"""AI dynamics: releases, launches and events on the seeds (invented reports whose names
no list holds are in ``test_invented_reports.py``). Partnerships and money in these
sections are the relations and deal recognisers' (one recogniser per fact type): the AI
dynamics extractor yields none, and the whole run reads them there as everywhere."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from support import SEEDS  # noqa: E402

from aikg.extractors import ai_dynamics, run_extractors
from aikg.extractors.document import read_document, segment
from aikg.extractors.names.lexicon import lookup, name_key
from aikg.schema import EventFact, RelationFact

# Model releases the AI dynamics content of the seeds states (my own labels):
# (seed prefix, maker, accepted names, action).
EXPECTED_MODELS = [
    ("000", "谷歌", ["Gemini 3 Pro"], "release"),
    ("000", "谷歌", ["Gemini 3"], "release"),
    ("000", "谷歌", ["NANO BANANA PRO"], "release"),
    ("000", "谷歌", ["WeatherNext 2"], "release"),
    ("000", "OpenAI", ["GPT-5.1"], "release"),
    ("000", "微软", ["Fara-7B"], "release"),
    ("000", "Anthropic", ["Claude Opus 4.5"], "release"),
    ("000", "腾讯", ["混元图像 3.0", "HunyuanImage 3.0"], "release"),
    ("000", "腾讯", ["YouTu-Video FX"], "release"),
    ("000", "腾讯", ["HunyuanVideo 1.5"], "open_source"),
    ("000", "腾讯", ["HunyuanOCR", "混元 OCR"], "open_source"),
    ("000", "月之暗面", ["Kimi K2 Thinking"], "open_source"),
    ("001", "OpenAI", ["4o", "GPT-4o"], "update"),
    ("001", "Meta", ["Spirit LM"], "open_source"),
    ("001", "月之暗面", ["k0-math"], "release"),
    ("001", "腾讯", ["Hunyuan-Large"], "release"),
    ("001", "阿里", ["Qwen2.5-Turbo"], "release"),
    ("001", "快手", ["可灵 1.5"], "update"),  # industry news section
    ("001", "字节跳动", ["SeedEdit"], "release"),  # industry news section
    ("002", "谷歌", ["Gemini 3.5 Flash"], "release"),
    ("002", "xAI", ["Grok Imagine"], "release"),
    ("002", "谷歌", ["Gemini Omni"], "release"),
    ("002", "OpenAI", ["GPT-5.5 Instant"], "release"),
    ("002", "Cursor", ["Composer 2.5"], "release"),
    ("002", "阿里", ["Qwen3.7-Max-Preview"], "release"),
    ("002", "阿里", ["Qwen3.7-Plus-Preview"], "release"),
    ("002", "阿里", ["Qwen3.7-Max"], "release"),
    ("002", "字节跳动", ["Doubao-Seed-2.0-lite"], "release"),
    ("002", "字节跳动", ["Lance"], "open_source"),
    ("002", "字节跳动", ["MMProLong"], "release"),
    ("002", "美团", ["LongCat-Video-Avatar 1.5"], "open_source"),
    ("002", "百度", ["Ernie 5.1"], "release"),
    ("002", "面壁智能", ["MiniCPM-V 4.6"], "release"),
    ("002", "面壁智能", ["BitCPM-CANN"], "release"),
    ("002", "智谱", ["GLM-5.1 高速版"], "release"),
    ("002", "ElevenLabs", ["Music v2"], "release"),
    ("004", "OpenAI", ["Sora 2"], "release"),  # prose section
    ("004", "OpenAI", ["GPT-5 Pro"], "update"),  # a list before "...的升级", event-dated
    ("004", "OpenAI", ["Sora 2 Pro"], "update"),
    ("004", "OpenAI", ["GPT-Realtime-Mini"], "release"),  # "X 和 Y 的发布"
    ("004", "OpenAI", ["GPT-Image-1-Mini"], "release"),
    ("004", "字节跳动", ["豆包 1.6"], "release"),
    ("004", "快手", ["可灵 2.5 Turbo"], "release"),
]
# Model targets that are right but not in the list above (families, variants).
ACCEPTED_EXTRA_MODELS = {"Gemini", "混元 3D"}


def _seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@cache
def _facts(prefix: str) -> tuple:
    return tuple(ai_dynamics.extract(segment(read_document(str(_seed(prefix))))))


def _canon(name: str) -> str:
    entry = lookup(name, "Company")
    return entry.canonical if entry else name_key("Company", name)


def _released(prefix: str) -> list[RelationFact]:
    return [f for f in _facts(prefix) if isinstance(f, RelationFact) and f.type == "RELEASED"]


def test_seed_model_release_recall() -> None:
    missed = []
    for prefix, maker, names, action in EXPECTED_MODELS:
        keys = {name_key("Model", n) for n in names}
        found = [
            f
            for f in _released(prefix)
            if name_key("Model", f.target.name) in keys and _canon(f.source.name) == _canon(maker)
        ]
        if not any(f.props.get("action") == action for f in found):
            missed.append((prefix, maker, names[0], action))
    recall = 1 - len(missed) / len(EXPECTED_MODELS)
    assert recall >= 0.95, missed


def test_seed_model_targets_are_not_junk() -> None:
    expected = {name_key("Model", n) for _, _, names, _ in EXPECTED_MODELS for n in names}
    expected |= {name_key("Model", n) for n in ACCEPTED_EXTRA_MODELS}
    targets = {
        name_key("Model", f.target.name): f.target.name
        for p in ("000", "001", "002")
        for f in _released(p)
    }
    junk = [name for key, name in targets.items() if key not in expected]
    assert len(junk) / len(targets) < 0.02, junk


def test_seed_no_junk_names() -> None:
    """No node is named after a date, a number, a sentence or a generic word."""
    for prefix in ("000", "001", "002"):
        for fact in _facts(prefix):
            if not isinstance(fact, RelationFact):
                continue
            for ref in (fact.source, fact.target):
                assert not re.search(r"\d\s*[年月日]|[。;,]", ref.name), ref
                assert not re.fullmatch(r"[\d.\s%]+", ref.name), ref
                assert ref.name not in ("AI", "API", "App", "模型", "功能"), ref
                assert len(ref.name) <= 30, ref


def test_headline_facts_take_the_paragraph_date_and_action() -> None:
    facts = _released("000")
    heads = [f for f in facts if f.evidence.locator == "line 13"]
    assert len(heads) >= 7
    for head in heads:
        assert head.props["date_precision"] == "day", head
        same = [
            f
            for f in facts
            if f is not head
            and name_key("Model", f.target.name) == name_key("Model", head.target.name)
            and f.props.get("action") == head.props.get("action")
        ]
        assert same, head
    gemini = next(f for f in heads if f.target.name == "Gemini 3 Pro")
    assert gemini.props["date"] == "2025-11-19"


def test_undated_report_gets_the_reviewed_month() -> None:
    ai_lines = range(140, 430)  # the AI dynamics section of seed 001
    facts = [
        f
        for f in _facts("001")
        if isinstance(f, RelationFact)
        and (f.evidence.locator == "line 37" or int(f.evidence.locator.split()[1]) in ai_lines)
    ]
    dates = {f.props["date"] for f in facts}
    assert dates <= {"2024-11", "2024-11-16"}
    k0 = [f for f in facts if name_key("Model", f.target.name) == "k0-math"]
    assert {f.props["date"] for f in k0} == {"2024-11-16"}


def test_seed_event_and_table_dates() -> None:
    """Releases of a conference paragraph take the conference date its section states;
    an undated prose release takes the date of the leaderboard row of its model."""
    facts = _released("004")
    devday = [f for f in facts if f.evidence.locator == "line 531"]
    assert len(devday) >= 5
    assert {(f.source.name, f.props["date"]) for f in devday} == {("OpenAI", "2025-10-06")}
    wan = next(f for f in facts if "Wan2.5" in f.target.name)
    assert wan.props["date"] == "2025-09" and wan.props["date_precision"] == "month"


def test_seed_partnerships_deal_and_events() -> None:
    facts = _facts("000")
    assert not [f for f in facts if getattr(f, "type", "") == "PARTNERS_WITH"]
    every = run_extractors(segment(read_document(str(_seed("000")))))[0]
    partners = {
        (f.source.name, f.target.name) for f in every if getattr(f, "type", "") == "PARTNERS_WITH"
    }
    assert {("OpenAI", "Target"), ("OpenAI", "富士康")} <= partners
    # money is the deal recogniser's, headline or paragraph: one recogniser per fact
    assert not [f for f in facts if isinstance(f, EventFact) and f.label in ("Deal", "Investment")]
    report = segment(read_document(str(_seed("000"))))
    deals = [f for f in run_extractors(report)[0] if isinstance(f, EventFact) and f.label == "Deal"]
    roles = [{p.rel_type: p.entity.name for p in d.participants} for d in deals]
    deal = deals[roles.index({"PAYS_FOR": "Meta", "PAID_TO": "谷歌"})]
    assert deal.props["status"] in ("tentative", "planned")
    assert deal.props["kind"] == "chip_purchase"
    events = [f for f in facts if isinstance(f, EventFact) and f.label == "Event"]
    kinds = {f.props["kind"] for f in events}
    assert {"withdrawal", "personnel"} <= kinds
    assert all(f.props["date"].startswith("2025-11-") for f in events)


def test_seed_evidence_points_at_its_line() -> None:
    lines = segment(read_document(str(_seed("002")))).text.splitlines()
    for fact in _facts("002"):
        number = int(fact.evidence.locator.split()[1])
        head = re.sub(r"\s", "", fact.evidence.text)[:6]
        assert head in re.sub(r"\s", "", lines[number - 1]), fact.evidence
