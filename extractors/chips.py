"""The chips extractor: chip comparison tables, supply-chain tiers, chip specs in prose.

(a) Chip comparison tables (:mod:`aikg.extractors.tables_chips`): Chip entities with
their specs and DESIGNS vendor -> chip. (b) Supply chains laid out in tiers in prose (a
chain whose upstream holds EDA vendors "(甲、乙)", whose midstream holds designers, ...):
IN_SUPPLY_CHAIN company -> chain, with the tier (ip_eda, packaging_test, foundry,
designer, customer, ...) and stage (upstream, midstream, downstream). (c) Chips whose
specs prose states ("X9, FP16 峰值算力达到 900 TFlops"): a Chip entity with what is stated
and DESIGNS by the maker named before it. Words and patterns live in ``rules/chips.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from aikg.extractors.lexicon import clean_surface, known_mentions, lookup
from aikg.extractors.tables_chips import flat_chips, quantity, rules, table_chips
from aikg.extractors.tables_common import is_name
from aikg.schema import EntityFact, EntityRef, Evidence, Fact, RelationFact, SegmentedReport

_SENTENCE = re.compile(r"[^。;；!?！？]+[。;；!?！？]?")


def sentences(line: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs of a line, split on 。；; ! ?.

    >>> [s for _, s in sentences("甲发布了 A。乙跟进;丙")]
    ['甲发布了 A。', '乙跟进;', '丙']
    """
    return [(m.start(), m.group()) for m in _SENTENCE.finditer(line) if m.group().strip()]


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
            for offset, sentence in sentences(line):
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


def _maker(sentence: str, before: int) -> str:
    """The company named nearest before ``before`` (a known name or the subject)."""
    known = [m for m in known_mentions(sentence[:before]) if m[2].label == "Company"]
    if known:
        return clean_surface(known[-1][3])
    m = re.match(rules()["prose"]["subject"], sentence.strip())
    return clean_surface(m.group("maker")) if m and is_name(m.group("maker")) else ""


def _candidates(sentence: str) -> list[tuple[str, str, dict, int, int]]:
    """(maker, chip, props, start, end) for each chip a sentence names with a spec or a
    maker; start is where the maker (or chip) begins, end where the chip ends."""
    prose = rules()["prose"]
    out: list[tuple[str, str, dict, int, int]] = []
    for m in re.finditer(prose["spec"], sentence, re.I):
        props = {}
        if (m.group("prec") or "").upper() == "FP16":
            props["fp16_tflops"] = quantity(m.group("val") + m.group("unit"))
        out.append((_maker(sentence, m.start()), m.group("chip"), props, m.start(), m.end()))
    for m in re.finditer(prose["named_chip"], sentence):
        maker = _maker(sentence, m.start())
        head = sentence[: m.start()].rstrip()
        if maker and head.endswith(maker):
            out.append((maker, m.group("chip"), {}, len(head) - len(maker), m.end("chip")))
    if re.search(prose["spec_words"], sentence, re.I):
        for start, end, alias, surface in known_mentions(sentence):
            m = re.match(prose["maker_chip"], sentence[end:])
            if m and re.match(prose["not_after"], sentence[end + m.end() :], re.I):
                continue
            if alias.label == "Company" and m:
                out.append((clean_surface(surface), m.group("chip"), {}, start, end + m.end()))
    chips: dict[str, tuple[str, str, dict, int, int]] = {}
    for maker, chip, props, start, end in out:
        chip = clean_surface(chip)
        known = lookup(chip)
        if (
            chip in prose["not_chips"]
            or not is_name(chip)
            or (known and known.label != "Chip")
            or re.match(prose["not_chip_pattern"], chip, re.I)
        ):
            continue
        old = chips.get(chip, (maker, chip, {}, start, end))
        chips[chip] = (old[0] or maker, chip, {**old[2], **props}, old[3], old[4])
    return list(chips.values())


def _sentence_specs(sentence: str, after: int) -> dict:
    """Specs a sentence states after position ``after`` without tying them to a chip
    (power, process, FP16 compute).

    >>> _sentence_specs("X9 采用 5nm 制程, 功耗为 400W", 2)
    {'power_w': 400.0, 'process_nm': 5.0}
    """
    props = {}
    for key, pattern in rules()["prose"]["sentence_specs"].items():
        m = re.search(pattern, sentence[after:], re.I)
        if m:
            props[key] = quantity(m.group("v") + (m.groupdict().get("u") or ""))
    return props


def prose_chips(report: SegmentedReport) -> Iterator[Fact]:
    """Chips whose specs or makers prose states, with DESIGNS by the maker."""
    compared = re.compile(rules()["prose"]["comparison_before"], re.I)
    table_row = re.compile(rules()["flat_row"], re.I)
    for section in report.sections:
        if section.kind == "disclaimer":
            continue
        for i, line in enumerate(section.lines):
            if "\t" in line or table_row.match(line) or line.lstrip("-• ").startswith("《"):
                continue  # table rows (tab or flattened), titles of related reports
            for _, sentence in sentences(line):
                found = _candidates(sentence)
                if not found:
                    continue
                evidence = Evidence(
                    report.meta.report_id, sentence.strip(), f"line {section.line_of(i)}"
                )
                for maker, chip, props, start, end in found:
                    shared = {}
                    if len(found) == 1 and not compared.search(sentence[:start]):
                        shared = _sentence_specs(sentence, end)
                    yield from _chip(maker, chip, {**shared, **props}, evidence)


def _chip(maker: str, chip: str, props: dict, evidence: Evidence) -> list[Fact]:
    ref = EntityRef(chip, "Chip")
    facts: list[Fact] = [EntityFact(ref, evidence, props)]
    if maker:
        facts.append(RelationFact("DESIGNS", EntityRef(maker, "Company"), ref, evidence))
    return facts


def extract(report: SegmentedReport) -> Iterator[Fact]:
    """Chip entities, DESIGNS and IN_SUPPLY_CHAIN facts. A chip read from a table is not
    read again from the same table flattened into text."""
    seen: set[tuple[str, str]] = set()
    for fact in [*table_chips(report), *flat_chips(report)]:
        name = fact.entity.name if isinstance(fact, EntityFact) else fact.target.name
        if (type(fact).__name__, name) in seen:
            continue
        seen.add((type(fact).__name__, name))
        yield fact
    yield from supply_chains(report)
    yield from prose_chips(report)
