"""Supply chains laid out in tiers in prose: a chain whose upstream holds EDA vendors
"(甲、乙)", whose midstream holds designers, ...: IN_SUPPLY_CHAIN company -> chain, with
the tier (ip_eda, packaging_test, foundry, designer, customer, ...) and the stage
(upstream, midstream, downstream). Words and patterns: ``rules/chips/``, section
"supply_chain" of each file."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from aikg.extractors.chips.specs import common, en, zh
from aikg.extractors.tables.common import is_name
from aikg.extractors.text.sentences import marked_pieces
from aikg.extractors.text.surface import clean_surface
from aikg.schema import EntityRef, Evidence, Fact, RelationFact, SegmentedReport


@lru_cache(maxsize=1)
def _chain_words() -> dict[str, Any]:
    """The words of both languages a chain paragraph is read with, one pattern each: a
    Chinese paragraph lists Latin names with English joiners ("上游 ... (ARM, Synopsys and
    Cadence)") and an English one may quote Chinese words, so every sentence is tried with
    both (the Chinese words first)."""
    zh_chain, en_chain = zh()["supply_chain"], en()["supply_chain"]
    drop = f"{zh_chain['chain_prefix_drop']}|{en_chain['chain_prefix_drop']}"
    return {
        "stages": {**zh_chain["stages"], **en_chain["stages"]},
        "chain_prefix_drop": rf"^(?:{drop})\s*",
        "descriptor_split": f"{zh_chain['descriptor_split']}|{en_chain['descriptor_split']}",
        "party_words": f"{zh_chain['party_words']}|{en_chain['party_words']}",
    }


def chain_name(text: str) -> str:
    """The supply chain a sentence names, without leading filler words.

    >>> chain_name("当前全球光模块产业链上游以激光器厂商为主")
    '全球光模块产业链'
    """
    m = re.search(common()["supply_chain"]["chain"], text, re.I)
    if not m:
        return ""
    name = m.group("chain")
    while True:
        shorter = re.sub(_chain_words()["chain_prefix_drop"], "", name)
        if shorter == name:
            return clean_surface(name)
        name = shorter


def tier_of(descriptor: str, stage: str) -> str:
    """The tier a list's descriptor words name, else the stage's default tier ("").

    >>> tier_of("芯片封装和测试公司", "upstream"), tier_of("领先的 NPU 设计厂商", "midstream")
    ('packaging_test', 'designer')
    >>> tier_of("相关服务商", "midstream"), tier_of("相关服务商", "upstream")
    ('designer', '')
    """
    sc = common()["supply_chain"]
    for tier in sc["tiers"]:
        if re.search(tier["re"], descriptor, re.I):
            return tier["tier"]
    return sc["stage_default_tier"].get(stage, "")


def split_names(text: str) -> list[str]:
    """Company names of a listed group ("ARM、Synopsys 及芯原股份等").

    >>> split_names("台积电、中芯国际等")
    ['台积电', '中芯国际']
    >>> split_names("ARM, Synopsys and Cadence")
    ['ARM', 'Synopsys', 'Cadence']
    """
    sc = common()["supply_chain"]
    out = []
    for part in re.split(sc["list_split"], text):
        name = re.sub(sc["list_drop"], "", part.strip()).strip()
        if name and is_name(name) and len(name) <= 24 and not re.search(r"\s{2,}", name):
            out.append(clean_surface(name))
    return out


def _stage_spans(text: str) -> list[tuple[int, str]]:
    stages = _chain_words()["stages"]
    pattern = "|".join(re.escape(w) for w in stages)
    return [(m.start(), stages[m.group().casefold()]) for m in re.finditer(pattern, text, re.I)]


def _groups(sentence: str) -> Iterator[tuple[int, str, str]]:
    """(offset, descriptor, names) for each listed group: "desc(names)" or "包括 names 等desc"."""
    for m in re.finditer(r"\(([^()]{2,120})\)", sentence):
        before = sentence[: m.start()]
        desc = re.split(_chain_words()["descriptor_split"], before, flags=re.I)[-1]
        yield m.start(), desc, m.group(1)
    for m in re.finditer(zh()["supply_chain"]["enumeration"], sentence):
        if "(" not in m.group("names"):
            yield m.start(), m.group("desc"), m.group("names")


def supply_chains(report: SegmentedReport) -> Iterator[Fact]:
    """IN_SUPPLY_CHAIN facts from paragraphs that lay a chain out in stages."""
    for section in report.sections:
        if section.kind == "disclaimer":
            continue
        for i, line in enumerate(section.lines):
            stages = _stage_spans(line)
            chain = chain_name(line)
            if not stages or not chain:
                continue
            target = EntityRef(chain, "SupplyChain")
            party = _chain_words()["party_words"]
            for offset, sentence in marked_pieces(line):
                for pos, desc, names in _groups(sentence):
                    at = offset + pos
                    stage = next((s for p, s in reversed(stages) if p <= at), "")
                    tier = tier_of(desc, stage)
                    if not stage or not tier or not re.search(party, desc, re.I):
                        continue
                    evidence = Evidence(
                        report.meta.report_id, sentence.strip(), f"line {section.line_of(i)}"
                    )
                    props = {"tier": tier, "stage": stage}
                    for name in split_names(names):
                        company = EntityRef(name, "Company")
                        yield RelationFact("IN_SUPPLY_CHAIN", company, target, evidence, props)
