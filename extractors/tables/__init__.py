"""The tables extractor: ratings (tables, key-data boxes, prose) and investment tables.

Reads ``report.tables`` (tab-separated text tables found by the segmenter, pipe and HTML
tables, ruled PDF tables), the report's lines (rating tables flattened into words or
aligned columns, :mod:`.flat`) and its prose. Rating tables give RATES facts
(:mod:`.rating`), so do a company note's key-data box (:mod:`.keydata`), the peer views
its prose packs into parentheses (:mod:`.prose`) and a digest's company headings
(:mod:`.headed`); tables of a company's investments give Investment events
(:mod:`.investments`: which column holds what in :mod:`.columns`, rows read in
:mod:`.rows`; a digest's funding cards read in :mod:`.cards`), and so do the allotment
tables of a placement's purchasers (:mod:`.placements`). Other tables (market
performance, contents, disclaimers, comparable companies without a rating) state no
relation and are left alone; AI chip comparison tables are read by
:mod:`aikg.extractors.chips`. Cells, numbers, names and evidence: :mod:`.common`.
"""

from __future__ import annotations

from collections.abc import Iterator

from aikg.extractors.tables.cards import card_rows
from aikg.extractors.tables.flat import rating_rows
from aikg.extractors.tables.investments import extract_investments
from aikg.extractors.tables.keydata import headed_rows, keydata_rows
from aikg.extractors.tables.placements import extract_placements
from aikg.extractors.tables.prose import prose_rows
from aikg.extractors.tables.rating import rating_facts, rating_key
from aikg.schema import Fact, SegmentedReport

__all__ = ["PHASE", "extract"]

PHASE = "structured"


def extract(report: SegmentedReport) -> Iterator[Fact]:
    """RATES facts with the rated companies, then Investment events with the investees
    (investment tables and funding cards, then the purchasers of placement allotment
    tables)."""
    yield from ratings(report)
    yield from extract_investments(report, card_rows(report))
    yield from extract_placements(report)


def ratings(report: SegmentedReport) -> Iterator[Fact]:
    """One RATES fact per rated company of a report: a table's row first, then the
    key-data box, then prose (the same view is often stated in all three).

    Calls quoted from other houses ("Thornbury Capital reiterated Buy") and consensus
    rows are the report's ratings only when it states no view of its own: a news wrap
    of the day's calls, not a broker's note that mentions a rival's call."""
    rows = [*rating_rows(report), *keydata_rows(report), *prose_rows(report)]
    rows += headed_rows(report)  # a digest's company headings, after the note's own subject
    rows.sort(key=lambda row: row[0].get("quoted") == "consensus")  # a call before the Street
    # a table or box row is the house's unless the Street's; a sentence, when in its voice
    own = any(props.get("own", not props.get("quoted")) for props, _ in rows)
    seen: set[str] = set()
    for props, evidence in rows:
        props.pop("own", None)
        if props.pop("quoted", False) and own:
            continue
        if rating_key(props) in seen:
            continue
        seen.add(rating_key(props))
        yield from rating_facts(report, props, evidence)
