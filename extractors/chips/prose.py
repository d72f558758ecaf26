"""Chips whose specs prose states ("X9, FP16 峰值算力达到 900 TFlops"): a Chip entity with
what is stated and DESIGNS by the maker named before it. Words and patterns:
``rules/chips/`` "prose"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from aikg.extractors.chips.specs import common, quantity, zh
from aikg.extractors.names.lexicon import known_mentions, lookup
from aikg.extractors.tables.common import is_name
from aikg.extractors.text.sentences import marked_pieces
from aikg.extractors.text.surface import clean_surface
from aikg.schema import EntityFact, EntityRef, Evidence, Fact, RelationFact, SegmentedReport


def maker_before(sentence: str, before: int) -> str:
    """The company named nearest before ``before`` (a known name or the subject).

    >>> maker_before("星河半导体发布的 JX-900 加速卡", 5)
    '星河半导体'
    """
    known = [m for m in known_mentions(sentence[:before]) if m[2].label == "Company"]
    if known:
        return clean_surface(known[-1][3])
    m = re.match(zh()["prose"]["subject"], sentence.strip())
    return clean_surface(m.group("maker")) if m and is_name(m.group("maker")) else ""


def _candidates(sentence: str) -> list[tuple[str, str, dict, int, int]]:
    """(maker, chip, props, start, end) for each chip a sentence names with a spec or a
    maker; start is where the maker (or chip) begins, end where the chip ends."""
    prose = zh()["prose"]
    out: list[tuple[str, str, dict, int, int]] = []
    for m in re.finditer(prose["spec"], sentence, re.I):
        props = {}
        if (m.group("prec") or "").upper() == "FP16":
            props["fp16_tflops"] = quantity(m.group("val") + m.group("unit"))
        out.append((maker_before(sentence, m.start()), m.group("chip"), props, m.start(), m.end()))
    for m in re.finditer(prose["named_chip"], sentence):
        maker = maker_before(sentence, m.start())
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
    out.extend(_chip_led(sentence))
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


def _chip_led(sentence: str) -> list[tuple[str, str, dict, int, int]]:
    """A sentence that opens on a chip the alias list knows and states its specs ("H200
    采用4nm工艺，FP16稠密算力约989 TFLOPS，功耗700W"): the chip, its maker from the list.

    >>> [(m, c) for m, c, *_ in _chip_led("H200采用4nm工艺，功耗700W。")]
    [('NVIDIA', 'H200')]
    >>> [c for _, c, *_ in _chip_led("3. B200采用4nm工艺，功耗1000W。")]
    ['B200']
    >>> _chip_led("英伟达出售H200芯片。")
    []
    """
    if not re.search(zh()["prose"]["spec_words"], sentence, re.I):
        return []
    opening = re.match(r"\s*(?:\d{1,2}\s*[.、)）]\s*)?", sentence).end()  # "3. B200采用"
    for start, end, alias, _surface in known_mentions(sentence):
        if start == opening and alias.label == "Chip":
            return [(alias.parent or "", alias.canonical, {}, start, end)]
    return []


def sentence_specs(sentence: str, after: int) -> dict:
    """Specs a sentence states after position ``after`` without tying them to a chip
    (power, process, FP16 compute).

    >>> sentence_specs("X9 采用 5nm 制程, 功耗为 400W", 2)
    {'power_w': 400.0, 'process_nm': 5.0}
    """
    props = {}
    for key, pattern in zh()["prose"]["sentence_specs"].items():
        m = re.search(pattern, sentence[after:], re.I)
        if m:
            props[key] = quantity(m.group("v") + (m.groupdict().get("u") or ""))
    return props


def prose_chips(report: SegmentedReport) -> Iterator[Fact]:
    """Chips whose specs or makers prose states, with DESIGNS by the maker."""
    compared = re.compile(zh()["prose"]["comparison_before"], re.I)
    table_row = re.compile(common()["flat_row"], re.I)
    for section in report.sections:
        if section.kind == "disclaimer":
            continue
        for i, line in enumerate(section.lines):
            if "\t" in line or table_row.match(line) or line.lstrip("-• ").startswith("《"):
                continue  # table rows (tab or flattened), titles of related reports
            for _, sentence in marked_pieces(line):
                found = _candidates(sentence)
                if not found:
                    continue
                evidence = Evidence(
                    report.meta.report_id, sentence.strip(), f"line {section.line_of(i)}"
                )
                for maker, chip, props, start, end in found:
                    shared = {}
                    if len(found) == 1 and not compared.search(sentence[:start]):
                        shared = sentence_specs(sentence, end)
                    yield from _chip(maker, chip, {**shared, **props}, evidence)


def _chip(maker: str, chip: str, props: dict, evidence: Evidence) -> list[Fact]:
    ref = EntityRef(chip, "Chip")
    facts: list[Fact] = [EntityFact(ref, evidence, props)]
    if maker:
        facts.append(RelationFact("DESIGNS", EntityRef(maker, "Company"), ref, evidence))
    return facts
