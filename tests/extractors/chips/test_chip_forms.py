"""Chips in every form a report writes them: pipe, HTML and aligned tables, and prose.

Invented tables and sentences (chips and vendors no list holds): units in the header or
in every cell, "约 800", "0.5 PFLOPS" -> 500 TFLOPS, "1.2 kW" -> 1200 W, process as
"TSMC 4NP", "N3P", "5nm / 6nm", "BF16 dense" and "TBP" columns; in prose a chip named
with its maker ("乙推出的昇腾 950PR 芯片", "Zentrix's QX-1000 accelerator"). Counter-
examples: precisions, spec values and counts are no chips.
"""

from __future__ import annotations

from pathlib import Path

from support.chip_facts import found, report_from

from aikg.extractors.chips.named import sentence_chips


def specs(props: dict) -> tuple:
    return tuple(props.get(k) for k in ("chip_type", "process_nm", "fp16_tflops", "power_w"))


ALIGNED_EN = """ACCELERATORS

Figure 4: Accelerators compared
Vendor          Chip         Type   Node       BF16 dense    Memory    Board power
Zentrix         ZX-500       GPU    4NP        2.5 PFLOPS    288GB     1.2 kW
Orbis Silicon   OS-3         ASIC   N3P        0.9 PFLOPS    128GB     0.6 kW
Halden Semi     HD-1         ASIC   12nm       n/d           64GB      n/d
Source: Company data, Larkspur Research.
"""

PIPE_ZH = """## 二、芯片参数

表 2：国内 AI 加速芯片参数

| 厂商 | 芯片 | 类型 | 制程 | FP16 算力（TFLOPS） | 功耗（W） |
| --- | --- | --- | --- | --- | --- |
| 星河半导体 | 星穹 X9 | NPU | 7nm | 约 800 | 550 |
| 澜舟深算 | LZ-7 | ASIC | / | 256 | 300 |
"""


def html(rows: list[list[str]], one_line: bool = False) -> str:
    """An inline HTML table, the header row in <th>, one row a line or all on one."""
    cells = [
        "<tr>" + "".join(f"<{t}>{c}</{t}>" for c in row) + "</tr>"
        for row, t in zip(rows, ["th", *["td"] * (len(rows) - 1)], strict=True)
    ]
    if one_line:
        return "<table>" + "".join(cells) + "</table>\n"
    return "<table>\n" + "\n".join(cells) + "\n</table>\n"


EN_HEAD = ["Vendor", "Accelerator", "Type", "Node", "FP16 dense (TFLOPS)", "HBM", "TBP (W)"]
ZH_HEAD = ["厂商", "产品", "架构/类型", "工艺", "FP16 峰值算力", "TDP"]
HTML_MIXED = (
    "Exhibit 6: Custom accelerators\n\n"
    + html(
        [
            EN_HEAD,
            ["Zentrix", "ZX-700", "GPU", "5nm / 6nm", "1,307", "256GB HBM3E", "1,000"],
            ["Orbis Silicon", "OS-5", "ASIC", "TSMC N3P", "—", "216GB HBM3E", "—"],
        ]
    )
    + "\n"
    + html([ZH_HEAD, ["星河半导体", "星穹 950X", "NPU", "/", "0.5 PFLOPS", "约 220W"]], True)
)


def test_aligned_table_in_pflops_and_kw(tmp_path: Path) -> None:
    props, pairs = found(report_from(ALIGNED_EN, tmp_path, "aligned.txt"))
    assert specs(props["ZX-500"]) == ("GPU", 4.0, 2500.0, 1200.0)
    assert specs(props["OS-3"]) == ("ASIC", 3.0, 900.0, 600.0)
    assert specs(props["HD-1"]) == ("ASIC", 12.0, None, None)  # n/d is no value
    assert {("Zentrix", "ZX-500"), ("Orbis Silicon", "OS-3")} <= pairs


def test_pipe_table_with_units_in_the_header_and_approximate_values(tmp_path: Path) -> None:
    props, pairs = found(report_from(PIPE_ZH, tmp_path))
    assert specs(props["星穹 X9"]) == ("NPU", 7.0, 800.0, 550.0)  # "约 800"
    assert specs(props["LZ-7"]) == ("ASIC", None, 256.0, 300.0)  # "/" is no value
    assert ("星河半导体", "星穹 X9") in pairs and ("澜舟深算", "LZ-7") in pairs


def test_html_tables_in_both_languages(tmp_path: Path) -> None:
    props, pairs = found(report_from(HTML_MIXED, tmp_path))
    assert specs(props["ZX-700"]) == ("GPU", 5.0, 1307.0, 1000.0)  # TBP is power
    assert specs(props["OS-5"]) == ("ASIC", 3.0, None, None)  # TSMC N3P
    assert specs(props["星穹 950X"]) == ("NPU", None, 500.0, 220.0)  # 0.5 PFLOPS, 约 220W
    assert ("Orbis Silicon", "OS-5") in pairs and ("星河半导体", "星穹 950X") in pairs
    assert "256GB HBM3E" not in props and "HBM3E" not in props  # memory is no chip


def test_chips_named_with_their_maker_in_prose(tmp_path: Path) -> None:
    text = """行业动态

星河半导体推出的星穹 950PR 芯片将于明年上市，FP16 算力达 0.5 PFLOPS。
澜舟深算发布的 LZ-9 加速卡功耗约 450W。

Industry news

Zentrix's ZX-900 GPU began sampling this quarter.
Orbis Silicon unveiled its OS-7 accelerator at its developer day.
The HD-5 chips from Halden Semi draw 700W each.
"""
    props, pairs = found(report_from(text, tmp_path, "news.txt"))
    assert props["星穹 950PR"]["fp16_tflops"] == 500.0
    assert props["LZ-9"]["power_w"] == 450.0
    assert {
        ("星河半导体", "星穹 950PR"),
        ("澜舟深算", "LZ-9"),
        ("Zentrix", "ZX-900"),
        ("Orbis Silicon", "OS-7"),
        ("Halden Semi", "HD-5"),
    } <= pairs


def test_no_chip_from_precisions_counts_or_pronouns() -> None:
    assert sentence_chips("星河发布的 3 款芯片均支持 FP16 精度。") == []
    assert sentence_chips("The company's 3 chips sold out.") == []
    assert sentence_chips("It unveiled its X9 chip.") == []
    assert sentence_chips("Zentrix unveiled a new accelerator.") == []
    assert sentence_chips("星河推出的 FP16 芯片") == []
