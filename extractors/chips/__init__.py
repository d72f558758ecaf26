"""The chips extractor: chip comparison tables, supply-chain tiers, chip specs in prose.

(a) Chip comparison tables (:mod:`.tables`; fixed-width ones the table reader leaves in
the text, ``tables.aligned_chips``, whose rows no prose reader reads again): Chip entities with
their specs and DESIGNS vendor -> chip. (b) Supply chains laid out in tiers in prose (a
chain whose upstream holds EDA vendors "(甲、乙)", whose midstream holds designers, ...):
IN_SUPPLY_CHAIN company -> chain, with the tier (ip_eda, packaging_test, foundry,
designer, customer, ...) and stage (upstream, midstream, downstream). (c) Chips whose
specs prose states ("X9, FP16 峰值算力达到 900 TFlops"): a Chip entity with what is stated
and DESIGNS by the maker named before it. (d) Chips prose names with their maker
("乙推出的昇腾 950PR 芯片", "Zentrix's QX-1000 accelerator", :mod:`.named`): a Chip
entity and DESIGNS. (e) Specs English prose and bullets state beside a chip ("B300:
288GB HBM3e, 1,400W", "the TS-2 (5nm, 450W)", :mod:`.stated`). Words and patterns live
in ``rules/chips/``.
"""

from __future__ import annotations

from collections.abc import Iterator

from aikg.extractors.chips.chains import supply_chains
from aikg.extractors.chips.kinds import chip_kind, sentence_kind
from aikg.extractors.chips.named import named_chips
from aikg.extractors.chips.prose import prose_chips
from aikg.extractors.chips.stated import stated_chips
from aikg.extractors.chips.tables import aligned_chips, flat_chips, table_chips
from aikg.schema import EntityFact, Fact, SegmentedReport

__all__ = ["PHASE", "extract"]

PHASE = "structured"


def extract(report: SegmentedReport) -> Iterator[Fact]:
    """Chip entities, DESIGNS and IN_SUPPLY_CHAIN facts. A chip read from a table is not
    read again from the same table flattened into text."""
    seen: set[tuple[str, str]] = set()
    aligned = list(aligned_chips(report))
    taken = {fact.evidence.locator for fact in aligned}  # rows no prose reader reads again
    for fact in [*table_chips(report), *aligned, *flat_chips(report)]:
        name = fact.entity.name if isinstance(fact, EntityFact) else fact.target.name
        if (type(fact).__name__, name) in seen:
            continue
        seen.add((type(fact).__name__, name))
        yield _with_kind(fact, report.text)
    yield from supply_chains(report)
    for fact in [*prose_chips(report), *named_chips(report), *stated_chips(report)]:
        if fact.evidence.locator not in taken:
            yield _with_kind(fact, report.text)


def _with_kind(fact: Fact, text: str) -> Fact:
    """A Chip entity with the kind its name, the report or its product line gives
    (:mod:`.kinds`) when what it was read from has no kind column or word."""
    if isinstance(fact, EntityFact) and fact.entity.label == "Chip":
        if "chip_type" not in fact.props and chip_kind(fact.entity.name, text):
            fact.props["chip_type"] = chip_kind(fact.entity.name, text)
        specs = {"fp16_tflops", "power_w", "process_nm"} & set(fact.props)
        if "chip_type" not in fact.props and specs and sentence_kind(fact.evidence.text):
            fact.props["chip_type"] = sentence_kind(fact.evidence.text)
    return fact
