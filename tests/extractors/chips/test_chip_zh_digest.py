"""Chips in Chinese digest items: a verb of making between a known maker and a branded
part ("甲发布Instinct MI430X加速卡"), and the kind a 推理芯片 or AI 芯片 beside the name gives
a table row with no type column; a part named right after a maker of one kind of
accelerator ("Kunlunxin P800"). Invented sentences and parts."""

from __future__ import annotations

from pathlib import Path

from tests.extractors.chips.test_chip_forms import found, report_from, specs

DIGEST = """# 算力周报

1. AMD发布Instinct MI960X加速卡，采用2nm制程，FP16算力达3.2 PFLOPS，功耗2400W。

2. 澜微科技推出的推理芯片LW-5采用6nm制程，功耗280W。

| 厂商 | 产品 | 制程 | 功耗(W) |
|---|---|---|---|
| 澜微科技 | LW-5 | 6nm | 280 |
| 岱芯半导体 | DX-2 | 7nm | 200 |
"""


def test_verb_of_making_before_a_branded_part(tmp_path: Path) -> None:
    props, pairs = found(report_from(DIGEST, tmp_path))
    assert specs(props["Instinct MI960X"]) == ("GPU", 2.0, 3200.0, 2400.0)
    assert ("AMD", "Instinct MI960X") in pairs


def test_inference_chip_word_gives_the_kind(tmp_path: Path) -> None:
    props, _ = found(report_from(DIGEST, tmp_path))
    assert specs(props["LW-5"]) == ("ASIC", 6.0, None, 280.0)
    assert props["DX-2"].get("chip_type") is None


def test_a_maker_of_one_kind_gives_the_kind(tmp_path: Path) -> None:
    text = (
        "# Note\n\nKunlunxin QK-30 is built on 7nm and draws 410W.\n\n"
        "摩尔线程的 MS-8 采用5nm制程，功耗500W。\n"
    )
    props, _ = found(report_from(text, tmp_path))
    kinds = {name: p.get("chip_type") for name, p in props.items()}
    assert kinds.get("QK-30") == "ASIC"
    assert kinds.get("MS-8") == "GPU"
