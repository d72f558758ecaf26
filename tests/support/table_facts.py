"""Table facts read at test time: the seeds' tables and reports written by a test, and
the rating rows and investments among what the table extractor yields."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from aikg.extractors import tables
from aikg.extractors.document import read_document, segment
from aikg.extractors.document.normalise import normalise_text
from aikg.schema import EventFact, RelationFact, SegmentedReport
from support import SEEDS


@cache
def seed(prefix: str) -> SegmentedReport:
    """The seed report whose name starts with ``prefix``, segmented (memoised)."""
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return segment(read_document(path))


@cache
def seed_facts(prefix: str) -> tuple:
    """What ``tables.extract`` yields for that seed (memoised)."""
    return tuple(tables.extract(seed(prefix)))


def source_lines(prefix: str) -> list[str]:
    """The seed's lines as the segmenter normalises them (line numbers unchanged)."""
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return normalise_text(path.read_text(encoding="utf-8")).split("\n")


def report_from(text: str, tmp_path: Path, name: str = "sample.txt") -> SegmentedReport:
    """Write ``text`` as report ``name`` under ``tmp_path``; the segmented report."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return segment(read_document(path))


def rates(facts) -> dict[str, RelationFact]:
    """Ticker -> the RATES fact of that row."""
    return {f.props["ticker"]: f for f in facts if isinstance(f, RelationFact)}


def investments(facts) -> list[EventFact]:
    """The Investment events among ``facts``."""
    return [f for f in facts if isinstance(f, EventFact) and f.label == "Investment"]


def parties(event: EventFact) -> tuple[str, str]:
    """(investor, investee) of an Investment event."""
    by_role = {p.rel_type: p.entity.name for p in event.participants}
    return by_role["MAKES_INVESTMENT"], by_role["INVESTS_IN"]
