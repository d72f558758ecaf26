"""Chip specs stated in English prose and bullets, and spec tables laid out a column per
chip (:mod:`aikg.extractors.chips.stated`, :func:`aikg.extractors.chips.tables.transposed`).

Invented parts and makers no list holds beside listed ones: specs after a colon or a
dash, in parentheses, after a verb of making; units with and without a space, FP16
figures with the precision before, after or between; FP8 and FP4 figures, memory and
bandwidth that are no FP16 figure. Counter-examples: a rack or a system ("GB300 NVL72",
"DGX B300"), a memory part ("HBM4"), a process node ("TSMC N2"), a benchmark multiple
and a chip named in a comparison take no figure.
"""

from __future__ import annotations

from pathlib import Path

from aikg.extractors.chips.stated import assign, figures, stating
from tests.extractors.chips.test_chip_forms import found, report_from, specs

BULLETS = """# Accelerator notes

- NVIDIA B300: 288GB HBM3e, 8 TB/s, 2.5 PFLOPS dense FP16, 1,400W TDP.
- AMD Instinct MI455X — TSMC N2P, 432 GB HBM4, 1,400 W.
- Fenmore Compute FC-8: 5nm, 96GB HBM3, 700 TFLOPS BF16, 450W.

Quorra Devices began sampling the QD-4, a 4nm part rated at 1,100 dense FP16 TFLOPS and 700W.

Lisle Labs' LL-3 (3nm, 1,500 TFLOPS FP16, 950W) ships in 2Q26.

A GB300 NVL72 rack draws about 132kW, and a DGX B300 system is rated at 14.3kW.
SK hynix's HBM4 reaches 2 TB/s per stack, and TSMC N2 ramps in 2H25.
The QD-4 scored 2.8x the H100, which runs 989 TFLOPS of FP16 at 700W.
"""

TRANSPOSED = """## Exhibit 3: Custom parts compared

| Metric | QD-4 | LL-3 | Ferro Z5 |
|---|---|---|---|
| Vendor | Quorra Devices | Lisle Labs | Ferro Silicon |
| Type | ASIC | ASIC | NPU |
| Process node | 4nm | 3nm | 7nm |
| BF16 dense (TFLOPS) | 1,100 | 1,500 | 360 |
| HBM (GB) | 144 | 192 | 64 |
| TDP | 700W | 950W | n/d |
"""


def test_specs_after_a_colon_a_dash_a_parenthesis_or_a_verb(tmp_path: Path) -> None:
    props, pairs = found(report_from(BULLETS, tmp_path))
    assert specs(props["B300"])[2:] == (2500.0, 1400.0)
    assert specs(props["Instinct MI455X"])[1:] == (2.0, None, 1400.0)
    assert specs(props["FC-8"])[1:] == (5.0, 700.0, 450.0)
    assert specs(props["QD-4"])[1:] == (4.0, 1100.0, 700.0)
    assert specs(props["LL-3"])[1:] == (3.0, 1500.0, 950.0)
    assert {
        ("NVIDIA", "B300"),
        ("AMD", "Instinct MI455X"),
        ("Fenmore Compute", "FC-8"),
        ("Quorra Devices", "QD-4"),
        ("Lisle Labs", "LL-3"),
    } <= pairs


def test_systems_memory_nodes_and_compared_chips_take_no_figure(tmp_path: Path) -> None:
    props, _ = found(report_from(BULLETS, tmp_path))
    assert props["B300"].get("power_w") == 1400.0  # not the DGX system's 14.3kW
    assert not {"GB300", "GB300 NVL72", "HBM4", "N2", "H100"} & set(props)
    assert stating(assign("The GB300 NVL72 draws 132kW.")) == []
    assert stating(assign("Versus the H200 (700W), the QD-4 is cooler.")) == []


def test_figures_keep_fp8_fp4_memory_and_bandwidth_off_fp16() -> None:
    keys = [(f.key, f.value) for f in figures("20 PFLOPS FP4, 4.6 PFLOPS of FP8, 192 GB HBM3E")]
    assert keys == [("", None), ("", None), ("", None)]
    assert [(f.key, f.value) for f in figures("667 BF16 TFLOPS at 1.2kW on TSMC 4NP")] == [
        ("fp16_tflops", 667.0),
        ("power_w", 1200.0),
        ("process_nm", 4.0),
    ]


def test_a_spec_table_with_a_column_per_chip(tmp_path: Path) -> None:
    props, pairs = found(report_from(TRANSPOSED, tmp_path))
    assert specs(props["QD-4"]) == ("ASIC", 4.0, 1100.0, 700.0)
    assert specs(props["LL-3"]) == ("ASIC", 3.0, 1500.0, 950.0)
    assert specs(props["Ferro Z5"]) == ("NPU", 7.0, 360.0, None)
    assert ("Ferro Silicon", "Ferro Z5") in pairs
    assert not {"Vendor", "Type", "TDP", "Metric"} & set(props)


ZH_PROSE = """## 芯片跟踪

1. 英伟达 Rubin GPU 采用 3nm 工艺，单卡功耗高达 1800W。
2. 澄岭微电子推出的 CL-5 DPU 采用 7nm 工艺，典型功耗 60W。
3. 海光信息发布的深算三号 DCU 采用 7nm 工艺，功耗约 350W。
"""


def test_chinese_power_words_dpus_and_ordinal_names(tmp_path: Path) -> None:
    props, pairs = found(report_from(ZH_PROSE, tmp_path))
    assert specs(props["Rubin"])[1:] == (3.0, None, 1800.0)
    assert specs(props["CL-5"]) == ("DPU", 7.0, None, 60.0)
    assert specs(props["深算三号"]) == ("DCU", 7.0, None, 350.0)
    assert {("澄岭微电子", "CL-5"), ("海光信息", "深算三号")} <= pairs


def test_the_next_sentence_goes_on_about_the_chip(tmp_path: Path) -> None:
    text = "Halden Works launched the HW-6. The chip is built on 5nm and draws 320W.\n"
    props, pairs = found(report_from(text, tmp_path))
    assert specs(props["HW-6"])[1:] == (5.0, None, 320.0)
    assert ("Halden Works", "HW-6") in pairs
    assert (
        found(report_from("Halden Works said demand is strong. It draws 320W.\n", tmp_path))[0]
        == {}
    )


def test_the_kind_an_appositive_or_an_accelerator_word_gives(tmp_path: Path) -> None:
    text = "Brisk Labs' BR-2, a 3nm inference ASIC, is rated at 600W.\n"
    assert found(report_from(text, tmp_path))[0]["BR-2"]["chip_type"] == "ASIC"
    text = "Brisk Labs' BR-3 inference accelerator (3nm, 700W) ships in 2026.\n"
    assert found(report_from(text, tmp_path))[0]["BR-3"]["chip_type"] == "ASIC"
    text = "AMD's MI355X accelerator (3nm, 1,400W) ships now.\n"  # a GPU line
    assert found(report_from(text, tmp_path))[0]["MI355X"]["chip_type"] == "GPU"


def test_a_part_tied_to_its_maker_is_a_chip_later_in_the_report(tmp_path: Path) -> None:
    text = (
        "Halden Works' new HW-8 inference accelerator ships next year.\n\n"
        "On our checks the HW-8 draws 410W on a 4nm node.\n"
    )
    props, pairs = found(report_from(text, tmp_path))
    assert specs(props["HW-8"])[1:] == (4.0, None, 410.0)
    assert ("Halden Works", "HW-8") in pairs
    assert found(report_from("On our checks the HW-8 draws 410W.\n", tmp_path))[0] == {}


def test_a_part_the_text_calls_a_chip(tmp_path: Path) -> None:
    text = "The HW-9 inference chip is built on 3nm and draws 500W.\n"
    assert specs(found(report_from(text, tmp_path))[0]["HW-9"])[1:] == (3.0, None, 500.0)
    text = "FY26 chips rose; Gen5 processors draw 500W.\n"
    assert found(report_from(text, tmp_path))[0] == {}


def test_the_maker_opens_the_sentence_and_the_part_follows_its(tmp_path: Path) -> None:
    text = "Halden Works said on Monday that its HW-7 inference chip draws 380W on 5nm.\n"
    props, pairs = found(report_from(text, tmp_path))
    assert specs(props["HW-7"]) == ("ASIC", 5.0, None, 380.0)
    assert ("Halden Works", "HW-7") in pairs
