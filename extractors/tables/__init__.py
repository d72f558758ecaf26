"""The tables extractor: rating tables and investment tables.

Reads ``report.tables`` (tab-separated text tables found by the segmenter and ruled PDF
tables) and the lines of every section (rating tables flattened into space-separated
words). Rating tables give RATES facts (:mod:`.rating`); tables of a company's
investments give Investment events (:mod:`.investments`: which column holds what in
:mod:`.columns`, rows read in :mod:`.rows`). Other tables (market performance,
contents, disclaimers) state no relation and are left alone; AI chip comparison tables
are read by :mod:`aikg.extractors.chips`. Cells, numbers, names and evidence:
:mod:`.common`.
"""

from __future__ import annotations

from collections.abc import Iterator

from aikg.extractors.tables.investments import extract_investments
from aikg.extractors.tables.rating import extract_ratings
from aikg.schema import Fact, SegmentedReport

__all__ = ["PHASE", "extract"]

PHASE = "structured"


def extract(report: SegmentedReport) -> Iterator[Fact]:
    """RATES facts with the rated companies, then Investment events with the investees."""
    yield from extract_ratings(report)
    yield from extract_investments(report)
