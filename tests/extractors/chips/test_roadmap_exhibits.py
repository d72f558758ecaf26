"""Accelerator roadmap exhibits: vendor / chip / year / process / HBM columns, as a
markdown table or fixed-width text, read as chip tables; a part named with its form
factor ("H100 SXM", "MI355X OAM", "GB300 NVL72") is that chip, not a new one.

Every exhibit is written for this test (invented houses, vendors and parts beside public
part names).
"""

from __future__ import annotations

from pathlib import Path

from support.chip_facts import found, report_from

from aikg.extractors.chips.tables import header_roles, without_form

PIPE_ROADMAP = """# Semis: who ships what, when

Exhibit 2: Accelerator roadmap

| Vendor | Chip | Year | Process | HBM | Memory (GB) |
|---|---|---|---|---|---|
| Zentrix | ZX-700 SXM | 2025 | TSMC N3P | HBM3E | 256 |
| Zentrix | ZX-900 | 2026 | 2nm | HBM4 | 384 |
| Orbis Silicon | OS-4 OAM | 2026 | 3nm | HBM3E | 192 |

Source: Company data
"""

ALIGNED_ROADMAP = """Figure 3: Roadmap and memory configuration

Vendor         Chip            Launch   Node    Memory type   Capacity (GB)
Zentrix        ZX-700 PCIe     2025     3nm     HBM3E         256
Halden Semi    HD-2            2026     4nm     HBM3E         144
Orbis Silicon  OS-4            2026     3nm     HBM4          192

Source: Company reports
"""


def test_markdown_roadmap_reads_every_part_once(tmp_path: Path) -> None:
    props, pairs = found(report_from(PIPE_ROADMAP, tmp_path, "roadmap.md"))
    assert {"ZX-700", "ZX-900", "OS-4"} <= set(props)
    assert "ZX-700 SXM" not in props and "OS-4 OAM" not in props
    assert props["ZX-700"]["process_nm"] == 3.0 and props["ZX-900"]["process_nm"] == 2.0
    assert ("Zentrix", "ZX-700") in pairs and ("Orbis Silicon", "OS-4") in pairs


def test_fixed_width_roadmap_memory_type_is_no_chip_type(tmp_path: Path) -> None:
    props, pairs = found(report_from(ALIGNED_ROADMAP, tmp_path, "roadmap.txt"))
    assert {"ZX-700", "HD-2", "OS-4"} <= set(props)
    assert all(not str(p.get("chip_type") or "").startswith("HBM") for p in props.values())
    assert props["HD-2"]["process_nm"] == 4.0
    assert ("Halden Semi", "HD-2") in pairs


def test_memory_header_and_form_words() -> None:
    assert header_roles(["Vendor", "Chip", "Year", "Process", "HBM"])[4] == "memory"
    assert header_roles(["厂商", "芯片", "显存", "制程"])[2] == "memory"
    assert header_roles(["Memory type"]) == {0: "memory"}
    assert without_form("H100 PCIe") == "H100" and without_form("B200 HGX") == "B200"
    # no part name would be left, or no form word at all
    assert without_form("NVL72") == "NVL72" and without_form("Ironwood") == "Ironwood"


def test_a_chip_column_headed_by_no_chip_word(tmp_path: Path) -> None:
    text = """Exhibit 6: GPU roadmap

| Vendor | GPU | Year | Process | HBM |
|---|---|---|---|---|
| Zentrix | ZX-700 SXM | 2025 | 3nm | HBM3E |
| Zentrix | ZX-900 OAM | 2026 | 2nm | HBM4 |
"""
    props, pairs = found(report_from(text, tmp_path, "gpus.md"))
    assert set(props) == {"ZX-700", "ZX-900"} and ("Zentrix", "ZX-900") in pairs


def test_a_product_table_with_a_year_is_no_chip_table(tmp_path: Path) -> None:
    text = """Exhibit 5: Launch calendar

| Company | Product | Year | Type |
|---|---|---|---|
| Zentrix | Atlas Studio | 2025 | Software |
| Orbis Silicon | Orbis Cloud | 2026 | Service |
"""
    props, _ = found(report_from(text, tmp_path, "launches.md"))
    assert not props
