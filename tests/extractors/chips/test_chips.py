"""Chips: comparison tables, supply-chain tiers and chip specs in prose.

Real facts are checked on the seed reports (read at test time); open-world recall on
invented reports written here, with chip, vendor and supplier names no list holds.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from support import SEEDS  # noqa: E402

from aikg.extractors import chips
from aikg.extractors.document import read_document, segment
from aikg.schema import EntityFact, RelationFact, SegmentedReport

# chip: (vendor, type, process nm, FP16 TFLOPS, power W, market) as the 004 table states
SEED_CHIPS = {
    "B200": ("英伟达", "GPU", 4.0, 2250.0, 1000.0, "overseas"),
    "H20": ("英伟达", "GPU", 4.0, 148.0, 400.0, "overseas"),
    "TPU v7": ("谷歌", "ASIC", None, 2300.0, 160.0, "overseas"),
    "Trainium3": ("Amazon", "ASIC", 3.0, 1310.0, 730.0, "overseas"),
    "MTIA V2": ("Meta", "ASIC", 5.0, 177.0, 90.0, "overseas"),
    "昇腾 910B": ("华为", "ASIC", 7.0, 320.0, 310.0, "domestic"),
    "MLU370-X8": ("寒武纪", "ASIC", 7.0, 96.0, 150.0, "domestic"),
    "BR100": ("壁仞科技", "GPU", 7.0, 1024.0, 550.0, "domestic"),
    "MTT S4000": ("摩尔线程", "GPU", None, 100.0, 450.0, "domestic"),
    "昆仑芯 P800": ("百度", "GPU", None, None, 450.0, "domestic"),
    "天垓 150": ("天数智芯", "GPU", 7.0, 192.0, 350.0, "domestic"),
    "云燧 i20": ("燧原", "ASIC", 12.0, 128.0, None, "domestic"),
    "曦思 N100": ("沐曦", "GPU", 7.0, 80.0, 70.0, "domestic"),
    "DeepEdge 10": ("云天励飞", "ASIC", 14.0, 8.0, 40.0, "domestic"),
    "晶晨 A311D": ("晶晨股份", "ASIC", 12.0, 5.0, None, "domestic"),
}

SEED_CHAIN = {
    ("ARM", "ip_eda", "upstream"),
    ("Synopsys", "ip_eda", "upstream"),
    ("Cadence", "ip_eda", "upstream"),
    ("芯原股份", "ip_eda", "upstream"),
    ("长电科技", "packaging_test", "upstream"),
    ("通富微电", "packaging_test", "upstream"),
    ("华天科技", "packaging_test", "upstream"),
    ("台积电", "foundry", "upstream"),
    ("中芯国际", "foundry", "upstream"),
    ("英伟达", "designer", "midstream"),
    ("AMD", "designer", "midstream"),
    ("寒武纪", "designer", "midstream"),
    ("云天励飞", "designer", "midstream"),
}


@cache
def seed_facts(prefix: str) -> tuple:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return tuple(chips.extract(segment(read_document(path))))


def report_from(text: str, tmp_path: Path) -> SegmentedReport:
    path = tmp_path / "sample.txt"
    path.write_text(text, encoding="utf-8")
    return segment(read_document(path))


def chip_entities(facts) -> dict[str, EntityFact]:
    """Chip entities by name; a table's entity (the one with specs) wins."""
    out: dict[str, EntityFact] = {}
    for f in facts:
        if isinstance(f, EntityFact) and f.entity.label == "Chip":
            if f.entity.name not in out or len(f.props) > len(out[f.entity.name].props):
                out[f.entity.name] = f
    return out


def designs(facts) -> set[tuple[str, str]]:
    return {
        (f.source.name, f.target.name)
        for f in facts
        if isinstance(f, RelationFact) and f.type == "DESIGNS"
    }


def chain(facts) -> dict[str, set[tuple[str, str, str]]]:
    out: dict[str, set[tuple[str, str, str]]] = {}
    for f in facts:
        if isinstance(f, RelationFact) and f.type == "IN_SUPPLY_CHAIN":
            assert f.source.label == "Company" and f.target.label == "SupplyChain"
            out.setdefault(f.target.name, set()).add(
                (f.source.name, f.props["tier"], f.props["stage"])
            )
    return out


# ------------------------------------------------------------------------------ seeds


def test_every_chip_of_the_seed_comparison_table() -> None:
    facts = seed_facts("004")
    found = chip_entities(facts)
    pairs = designs(facts)
    for name, (vendor, kind, process, fp16, power, market) in SEED_CHIPS.items():
        props = found[name].props
        assert (vendor, name) in pairs
        assert props["chip_type"] == kind
        assert props["process_nm"] == process
        assert props["fp16_tflops"] == fp16
        assert props["power_w"] == power
        assert props["market"] == market
        assert props["scenarios"] and all("推理" in s or "训练" in s for s in props["scenarios"])
    b200 = found["B200"]
    assert b200.props["scenarios"] == ["前沿模型训练", "主流模型训练", "前沿模型推理"]
    assert b200.evidence.locator == "line 647"
    assert b200.evidence.text.startswith("英伟达 | B200 | GPU | 4nm")


def test_seed_supply_chain_tiers() -> None:
    found = chain(seed_facts("004"))
    assert found == {"中国 AI 推理芯片产业链": SEED_CHAIN}
    evidence = [
        f.evidence
        for f in seed_facts("004")
        if isinstance(f, RelationFact) and f.type == "IN_SUPPLY_CHAIN"
    ]
    assert all(e.locator == "line 626" for e in evidence)
    assert all(len(e.text) < 200 for e in evidence)  # one sentence, not the paragraph


def test_seed_chips_in_prose() -> None:
    facts = seed_facts("004")
    pairs = designs(facts)
    assert ("谷歌", "TPU v7") in pairs  # stated with its FP8 compute in a sentence
    assert ("英伟达", "GB300") in pairs
    prose = [
        f
        for f in facts
        if isinstance(f, RelationFact) and f.target.name == "TPU v7" and "4614" in f.evidence.text
    ]
    assert prose and prose[0].source.name == "谷歌"
    ppu = chip_entities(seed_facts("003"))["PPU"]
    assert ppu.props == {"power_w": 400.0}
    assert ("平头哥", "PPU") in designs(seed_facts("003"))


def test_no_chips_where_no_chip_is_named() -> None:
    for prefix in ("000", "001", "002"):
        assert not seed_facts(prefix)
    names = set(chip_entities(seed_facts("004")))
    assert names <= set(SEED_CHIPS) | {"GB300", "H100"}


# ------------------------------------------------------------------- invented reports

INVENTED = """# 示例研究 2031 年 4 月策略

表 2: 国产 AI 加速卡对比
芯片\t厂商\t功耗\t算力(FP16)\t制程\t类型
国内\t\t\t\t\t
灵犀 X1\t星辰微电子\t300W\t256 TFLOPS\t7nm\tASIC
灵犀 X1 Lite\t\t120W\t64 TFLOPS\t7nm\tASIC
海外\t\t\t\t\t
Vanta V9\tAuroraChip\t0.8kW\t1.5 PFLOPS\t3nm\tGPU

资料来源: 示例数据

国内
星辰微电子 灵犀 X2 ASIC 5nm 512 TFLOPS 450W 云端推理、边缘推理
摩云智算 岚芯 M3 GPU / / 600W 训练

全球 AI 存储芯片产业链上游包括 EDA 工具厂商(星图 EDA、Lumen Design)和晶圆代工厂(云港晶圆等);\
中游主要为存储芯片设计公司(霁光存储、North Memory)。下游则包括服务器厂商(Argo Servers、青云服务器)。

The upstream of the AI server supply chain includes foundries (Nova Fab, Kestrel Foundry) and \
packaging and testing firms (Tern OSAT); the midstream covers chip designers (Vela Micro).

AuroraChip 2031 年推出 Vanta V10, FP16 峰值算力达到 900 TFLOPS,功耗为 350W。
"""


def test_invented_chip_table(tmp_path: Path) -> None:
    facts = list(chips.extract(report_from(INVENTED, tmp_path)))
    found = chip_entities(facts)
    x1 = found["灵犀 X1"].props
    assert (x1["power_w"], x1["fp16_tflops"], x1["process_nm"]) == (300.0, 256.0, 7.0)
    assert x1["chip_type"] == "ASIC" and x1["market"] == "domestic"
    v9 = found["Vanta V9"].props
    assert (v9["power_w"], v9["fp16_tflops"], v9["market"]) == (800.0, 1500.0, "overseas")
    pairs = designs(facts)
    assert ("星辰微电子", "灵犀 X1 Lite") in pairs  # merged vendor cell
    assert ("AuroraChip", "Vanta V9") in pairs


def test_invented_flattened_rows(tmp_path: Path) -> None:
    facts = list(chips.extract(report_from(INVENTED, tmp_path)))
    found = chip_entities(facts)
    x2 = found["灵犀 X2"].props
    assert (x2["process_nm"], x2["fp16_tflops"], x2["power_w"]) == (5.0, 512.0, 450.0)
    assert x2["scenarios"] == ["云端推理", "边缘推理"] and x2["market"] == "domestic"
    m3 = found["岚芯 M3"].props
    assert m3["process_nm"] is None and m3["fp16_tflops"] is None and m3["power_w"] == 600.0
    assert ("摩云智算", "岚芯 M3") in designs(facts)


def test_invented_supply_chains(tmp_path: Path) -> None:
    found = chain(list(chips.extract(report_from(INVENTED, tmp_path))))
    assert found["全球 AI 存储芯片产业链"] == {
        ("星图 EDA", "ip_eda", "upstream"),
        ("Lumen Design", "ip_eda", "upstream"),
        ("云港晶圆", "foundry", "upstream"),
        ("霁光存储", "designer", "midstream"),
        ("North Memory", "designer", "midstream"),
        ("Argo Servers", "server", "downstream"),
        ("青云服务器", "server", "downstream"),
    }
    assert found["AI server supply chain"] == {
        ("Nova Fab", "foundry", "upstream"),
        ("Kestrel Foundry", "foundry", "upstream"),
        ("Tern OSAT", "packaging_test", "upstream"),
        ("Vela Micro", "designer", "midstream"),
    }


def test_invented_chip_in_prose(tmp_path: Path) -> None:
    facts = list(chips.extract(report_from(INVENTED, tmp_path)))
    v10 = chip_entities(facts)["Vanta V10"]
    assert v10.props == {"fp16_tflops": 900.0, "power_w": 350.0}
    assert ("AuroraChip", "Vanta V10") in designs(facts)
    assert v10.evidence.text.startswith("AuroraChip 2031 年推出 Vanta V10")


def test_enumerated_supply_chain_without_parentheses(tmp_path: Path) -> None:
    text = (
        "# 示例 2031 年 4 月\n\n"
        "国产 GPU 产业链上游包括霁光晶圆、云港晶圆等晶圆代工厂,中游为 GPU 设计厂商。\n"
    )
    found = chain(list(chips.extract(report_from(text, tmp_path))))
    assert found == {
        "国产 GPU 产业链": {
            ("霁光晶圆", "foundry", "upstream"),
            ("云港晶圆", "foundry", "upstream"),
        }
    }


def test_no_chip_junk_from_other_text(tmp_path: Path) -> None:
    text = (
        "# 示例 2031 年 4 月\n\n下游需求不及预期,上游成本上升。\n\n"
        "图 1: 板块表现\n\n证券代码\t证券名称\t收盘价\n"
        "0777.HK\t星火游戏\t12.2\n0888.HK\t远航网络\t8.6\n\n"
        "- 《星海 V4 发布点评-算力需求爆发》——2031-04-26\n\n"
        "AI 应用产业链下游应用(如 AI 视频、AI 搜索)持续丰富,上游算力(GPU、HBM)供给偏紧。\n\n"
        "阿里云 Qwen3 模型在 8 卡服务器上推理功耗约 3000W。\n"
    )
    assert not list(chips.extract(report_from(text, tmp_path)))
