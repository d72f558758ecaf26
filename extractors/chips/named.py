"""Chips that prose names with their maker, with or without specs.

"甲公司推出的昇腾 950PR 芯片" (a brand and a spaced part number), "乙的思元 690 芯片",
"Zentrix's QX-1000 accelerator", "Zentrix unveiled its QX-1000 accelerator", "the
QX-1000 accelerator from Zentrix": a Chip entity and DESIGNS maker -> chip, with the
specs the sentence states after its only chip ("功耗约 450W"). A Chinese
maker is the known company nearest before the chip, else the sentence's subject; an
English one is written in the frame. A name the alias list types otherwise (a model), a
precision ("FP16") or a spec value is no chip. Patterns: ``rules/chips/`` "named".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from aikg.extractors.chips.prose import maker_before, sentence_specs
from aikg.extractors.chips.specs import is_chip_name
from aikg.extractors.rules import load
from aikg.extractors.tables.common import is_name
from aikg.extractors.text.sentences import marked_pieces
from aikg.extractors.text.surface import clean_surface
from aikg.schema import EntityFact, EntityRef, Evidence, Fact, RelationFact, SegmentedReport


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], list[re.Pattern[str]]]:
    """The Chinese chip pattern and the English frames."""
    zh = load("chips", "zh")["named"]["chip"]
    frames = load("chips", "en")["named"]["frames"]
    return re.compile(zh), [re.compile(f["re"] if isinstance(f, dict) else f) for f in frames]


def sentence_chips(sentence: str) -> list[tuple[str, str, int]]:
    """(maker, chip, end of the match) for each chip a sentence names with its maker
    ("" if none).

    >>> sentence_chips("Zentrix unveiled its QX-1000 accelerator, built on N3P.")
    [('Zentrix', 'QX-1000', 40)]
    >>> sentence_chips("星河半导体发布的 JX-900 加速卡功耗约 450W。")
    [('星河半导体', 'JX-900', 19)]
    >>> sentence_chips("The company's 3 chips sold well."), sentence_chips("发布的 3 款芯片")
    ([], [])
    """
    zh, frames = _patterns()
    out: list[tuple[str, str, int]] = []
    for frame in frames:
        for m in frame.finditer(sentence):
            maker = clean_surface(m["maker"])
            out.append((maker if is_name(maker) else "", clean_surface(m["chip"]), m.end()))
    for m in zh.finditer(sentence):
        out.append((maker_before(sentence, m.start()), clean_surface(m["chip"]), m.end()))
    seen: set[str] = set()
    kept = []
    for maker, chip, end in out:
        if chip not in seen and is_chip_name(chip):
            seen.add(chip)
            kept.append((maker, chip, end))
    return kept


def named_chips(report: SegmentedReport) -> Iterator[Fact]:
    """Chips prose names with their maker, outside the disclaimers and table rows."""
    for section in report.sections:
        if section.kind == "disclaimer":
            continue
        for i, line in enumerate(section.lines):
            if "\t" in line or line.lstrip().startswith(("|", "<")):
                continue
            for _, sentence in marked_pieces(line):
                where = f"line {section.line_of(i)}"
                found = sentence_chips(sentence)
                for maker, chip, end in found:
                    evidence = Evidence(report.meta.report_id, sentence.strip(), where)
                    ref = EntityRef(chip, "Chip")
                    specs = sentence_specs(sentence, end) if len(found) == 1 else {}
                    yield EntityFact(ref, evidence, specs)
                    if maker:
                        yield RelationFact("DESIGNS", EntityRef(maker, "Company"), ref, evidence)
