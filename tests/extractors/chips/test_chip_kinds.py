"""Chips whose table or sentence gives no kind, tables flattened into aligned text with
one-character cells, and sentences that open on a known chip with its specs. The
invented names and sentences are written for this test."""

from __future__ import annotations

from pathlib import Path

from aikg.extractors import chips
from aikg.extractors.document import read_document, segment
from aikg.schema import EntityFact

NOTES = """澄岳证券 电子行业 专家纪要（2032年3月9日）

一、要点
1. 峰岚微发布训练GPU“峰岚M7”，计划明年量产。
2. 英伟达方面，H200仍是焦点。H200采用4nm工艺，FP16稠密算力约989 TFLOPS，功耗700W。

二、参数对比
厂商          型号            制程      FP16算力(TFLOPS)    功耗(W)
华为          昇腾910B        7nm       320                 310
寒武纪        思元370         7nm       /                   150
峰岚微        峰岚M7          5nm       410                 /
资料来源：会议纪要
"""


def _chips(tmp_path: Path) -> dict[str, dict]:
    path = tmp_path / "notes.txt"
    path.write_text(NOTES, encoding="utf-8")
    facts = chips.extract(segment(read_document(path)))
    return {f.entity.name: f.props for f in facts if isinstance(f, EntityFact)}


def test_an_aligned_table_keeps_its_slash_cells_in_their_columns(tmp_path: Path) -> None:
    found = _chips(tmp_path)
    assert (found["思元370"]["fp16_tflops"], found["思元370"]["power_w"]) == (None, 150.0)
    assert (found["峰岚M7"]["fp16_tflops"], found["峰岚M7"]["power_w"]) == (410.0, None)


def test_the_kind_comes_from_the_product_line_or_the_words_beside_the_name(
    tmp_path: Path,
) -> None:
    found = _chips(tmp_path)
    assert (found["昇腾910B"]["chip_type"], found["思元370"]["chip_type"]) == ("NPU", "ASIC")
    assert found["峰岚M7"]["chip_type"] == "GPU"  # "训练GPU“峰岚M7”"


def test_a_sentence_opening_on_a_known_chip_gives_its_specs(tmp_path: Path) -> None:
    h200 = _chips(tmp_path)["H200"]
    assert (h200["process_nm"], h200["fp16_tflops"], h200["power_w"]) == (4.0, 989.0, 700.0)
    assert h200["chip_type"] == "GPU"
