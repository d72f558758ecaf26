"""Fixed-width chip exhibits whose long chip name runs into the next column.

Invented tables (chips and vendors no list holds): a name longer than its column ends
one space before the vendor cell, so that row has a cell fewer than the header and the
table reader reads no table; the chip reader still reads every row, with "n/d", "TBD"
and "—" as no value, PFLOPS and kW converted, and no prose chip read from the rows.
"""

from __future__ import annotations

from pathlib import Path

from tests.extractors.chips.test_chip_forms import found, report_from, specs

EXHIBIT = """Exhibit 3: Parts in our model

Chip            Vendor        Type   Node        Dense FP16 (TFLOPS)   FP8      TDP (W)  Memory
Zephyr Z-40     Quillon       GPU    TSMC N3P    n/d                   4,000    1,800    288GB HBM4
Strato Max SX-9 Brevik Semi   ASIC   3nm-class   1,250                 2,500    TBD      144GB HBM3e
Orrin-7         Calder Labs   NPU    5 nm        —                     n/d      650      96GB HBM3
Source: Company data. n/d = not disclosed.

The SX-9 is the cheapest part per token in our model.
"""


def test_overflowing_name_keeps_every_row(tmp_path: Path) -> None:
    props, pairs = found(report_from(EXHIBIT, tmp_path, "exhibit.txt"))
    assert specs(props["Zephyr Z-40"]) == ("GPU", 3.0, None, 1800.0)
    assert specs(props["Strato Max SX-9"]) == ("ASIC", 3.0, 1250.0, None)
    assert specs(props["Orrin-7"]) == ("NPU", 5.0, None, 650.0)
    assert ("Brevik Semi", "Strato Max SX-9") in pairs
    assert ("Quillon", "Zephyr Z-40") in pairs


def test_rows_are_not_read_again_as_prose(tmp_path: Path) -> None:
    props, pairs = found(report_from(EXHIBIT, tmp_path, "exhibit.txt"))
    assert set(props) <= {"Zephyr Z-40", "Strato Max SX-9", "Orrin-7", "SX-9"}
    assert not any(chip in {"N3P", "HBM4"} for _, chip in pairs)


def test_a_row_that_does_not_fit_ends_the_table(tmp_path: Path) -> None:
    text = EXHIBIT.replace("Orrin-7         Calder Labs", "Orrin-7 Calder Labs")
    props, _ = found(report_from(text, tmp_path, "exhibit.txt"))
    assert "Zephyr Z-40" in props
