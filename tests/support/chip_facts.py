"""Chip facts of a report written by a test: the Chip entities' properties and the
DESIGNS pairs among what the chip extractor yields."""

from __future__ import annotations

from pathlib import Path

from aikg.extractors import chips
from aikg.extractors.document import read_document, segment
from aikg.schema import EntityFact, RelationFact, SegmentedReport


def report_from(text: str, tmp_path: Path, name: str = "chips.md") -> SegmentedReport:
    """``text`` written to ``tmp_path / name``, read and segmented."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return segment(read_document(path))


def found(report: SegmentedReport) -> tuple[dict[str, dict], set[tuple[str, str]]]:
    """Chip name -> props (merged), and the (vendor, chip) DESIGNS pairs."""
    props: dict[str, dict] = {}
    pairs = set()
    for fact in chips.extract(report):
        if isinstance(fact, EntityFact) and fact.entity.label == "Chip":
            props.setdefault(fact.entity.name, {}).update(fact.props)
        elif isinstance(fact, RelationFact) and fact.type == "DESIGNS":
            pairs.add((fact.source.name, fact.target.name))
    return props, pairs
