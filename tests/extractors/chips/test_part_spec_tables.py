"""English custom-silicon spec tables with a "Part" column beside "Vendor": the part's
code name in brackets is an alias of one chip, an angstrom node ("Intel 18A") is read
in nanometres, "n/d", "n.a." and an en dash are no value, an HBM cell is memory; a chip
stated in prose takes the one kind its sentence names.

Every exhibit is written for this test (invented houses, vendors and parts beside public
part names).
"""

from __future__ import annotations

from pathlib import Path

from support.chip_facts import found, report_from

from aikg.extractors import chips
from aikg.extractors.chips.tables import code_names
from aikg.schema import EntityFact

SPEC_TABLE = """# Semis: custom silicon

Exhibit 3: Accelerator specs

| Part | Vendor | Type | Process | HBM | BF16/FP16 dense (TFLOPS) | TDP (W) |
|---|---|---|---|---|---|---|
| Kestrel v3 (Dunlin) | Marrowgate | TPU | TSMC N2 | 288GB HBM4 | n/d | n/d |
| Tern-5 | Halvard Semi | ASIC | Intel 18A | 128GB HBM3E | 900 | – |
| Osprey X | Corvane | GPU | N4P | 96GB HBM3 | 1,200 | n.a. |

Source: Company data
"""

PROSE = "\n".join(
    [
        "# Inference parts",
        "",
        "Brightmoor's BX-40 delivers 640 TFLOPS of dense FP16 in a 450W card, and the company"
        " pitches the inference accelerator at serving racks.",
        "",
        "The QX-3 reaches 900 TFLOPS FP16 at 700W, ahead of the GPU it replaces in the ASIC"
        " roadmap.",
        "",
    ]
)


def test_a_part_column_makes_a_chip_table(tmp_path: Path) -> None:
    props, pairs = found(report_from(SPEC_TABLE, tmp_path))
    assert {"Kestrel v3", "Tern-5", "Osprey X"} <= set(props)
    assert ("Halvard Semi", "Tern-5") in pairs
    assert props["Tern-5"]["process_nm"] == 1.8
    assert props["Tern-5"]["fp16_tflops"] == 900 and props["Tern-5"]["power_w"] is None
    assert props["Osprey X"]["process_nm"] == 4 and props["Osprey X"]["power_w"] is None
    assert props["Kestrel v3"]["chip_type"] == "TPU" and props["Kestrel v3"]["process_nm"] == 2
    assert not any("HBM" in name for name in props)


def test_a_code_name_in_brackets_is_an_alias(tmp_path: Path) -> None:
    report = report_from(SPEC_TABLE, tmp_path)
    [kestrel] = [
        f
        for f in chips.extract(report)
        if isinstance(f, EntityFact) and f.entity.name == "Kestrel v3"
    ]
    assert "Dunlin" in kestrel.aliases
    assert code_names("Ironwood (TPU v7)")[0] == "Ironwood"


def test_a_prose_chip_takes_the_one_kind_its_sentence_names(tmp_path: Path) -> None:
    props, _ = found(report_from(PROSE, tmp_path))
    assert props["BX-40"]["chip_type"] == "ASIC"
    assert props["BX-40"]["fp16_tflops"] == 640 and props["BX-40"]["power_w"] == 450
    assert "chip_type" not in props.get("QX-3", {})  # two kinds named: none is its own
