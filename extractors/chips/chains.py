"""Supply chains laid out in tiers in prose: a chain whose upstream holds EDA vendors
"(甲、乙)", whose midstream holds designers, ...: IN_SUPPLY_CHAIN company -> chain, with
the tier (ip_eda, packaging_test, foundry, designer, customer, ...) and the stage
(upstream, midstream, downstream). Words and patterns: ``rules/chips/``
"supply_chain"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from aikg.extractors.chips.specs import rules
from aikg.extractors.tables.common import is_name
from aikg.extractors.text.sentences import marked_pieces
from aikg.extractors.text.surface import clean_surface
from aikg.schema import EntityRef, Evidence, Fact, RelationFact, SegmentedReport


def chain_name(text: str) -> str:
    """The supply chain a sentence names, without leading filler words.

    >>> chain_name("当前全球光模块产业链上游以激光器厂商为主")
    '全球光模块产业链'
    """
    sc = rules()["supply_chain"]
    m = re.search(sc["chain"], text, re.I)
    if not m:
        return ""
    name = m.group("chain")
    while True:
        shorter = re.sub(sc["chain_prefix_drop"], "", name)
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
    sc = rules()["supply_chain"]
    for tier, pattern in sc["tiers"]:
        if re.search(pattern, descriptor, re.I):
            return tier
    return sc["stage_default_tier"].get(stage, "")


def split_names(text: str) -> list[str]:
    """Company names of a listed group ("ARM、Synopsys 及芯原股份等").

    >>> split_names("台积电、中芯国际等")
    ['台积电', '中芯国际']
    >>> split_names("ARM, Synopsys and Cadence")
    ['ARM', 'Synopsys', 'Cadence']
    """
    sc = rules()["supply_chain"]
    out = []
    for part in re.split(sc["list_split"], text):
        name = re.sub(sc["list_drop"], "", part.strip()).strip()
        if name and is_name(name) and len(name) <= 24 and not re.search(r"\s{2,}", name):
            out.append(clean_surface(name))
    return out


def _stage_spans(text: str) -> list[tuple[int, str]]:
    stages = rules()["supply_chain"]["stages"]
    pattern = "|".join(re.escape(w) for w in stages)
    return [(m.start(), stages[m.group().casefold()]) for m in re.finditer(pattern, text, re.I)]


def _groups(sentence: str) -> Iterator[tuple[int, str, str]]:
    """(offset, descriptor, names) for each listed group: "desc(names)" or "包括 names 等desc"."""
    for m in re.finditer(r"\(([^()]{2,120})\)", sentence):
        before = sentence[: m.start()]
        desc = re.split(rules()["supply_chain"]["descriptor_split"], before, flags=re.I)[-1]
        yield m.start(), desc, m.group(1)
    for m in re.finditer(rules()["supply_chain"]["enumeration"], sentence):
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
            party = rules()["supply_chain"]["party_words"]
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
