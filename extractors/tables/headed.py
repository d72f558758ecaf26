"""Ratings of the companies a note's headings name: one view per company heading.

Morning notes and weekly digests of Chinese houses (晨会纪要, 公司点评 digests) give each
company a heading of its own with its ticker ("### 星河半导体（688777.SH）：三季报点评",
"（二）澄川信息（300999.SZ）：订单放量") and close its paragraph with the view the house
keeps ("维持“买入”评级", "首次覆盖，给予“增持”评级"); English digests do the same ("Orbis
Data (ORBS US): ... We reiterate Outperform."). The view is the heading company's; its
target price is no close. A heading is a line that names a listed company with its
ticker first (``keydata.subject``), after a heading mark or number
(``rules/tables/`` "keydata.heading_mark"); its paragraph runs to the next heading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from aikg.extractors.tables.common import common, source_lines
from aikg.extractors.tables.keydata import kept_rating, subject
from aikg.extractors.text.surface import clean_cell
from aikg.schema import Evidence, SegmentedReport

# A company heading's paragraph is read this many lines on at most.
_BODY_LINES = 30


@lru_cache(maxsize=1)
def _mark() -> re.Pattern[str]:
    return re.compile(common()["keydata"]["heading_mark"])


def heading_subject(line: str) -> tuple[str, str] | None:
    """(name, ticker) of a heading line naming a listed company first, or None.

    >>> heading_subject("### （二）澄川信息（300999.SZ）：订单放量")
    ('澄川信息', '300999.SZ')
    >>> heading_subject("2. Orbis Data (ORBS US): lease signed")
    ('Orbis Data', 'ORBS US')
    >>> heading_subject("澄川信息（300999.SZ）发布三季报，收入增长 30%。") is None
    True
    """
    text = _mark().sub("", clean_cell(line).strip("*# "))
    found = subject(text)
    if not found or "。" in text or len(found[2]) > 60:
        return None
    return found[0], found[1]


def _is_heading(line: str) -> bool:
    return line.lstrip().startswith("#") or heading_subject(line) is not None


def headed_rows(report: SegmentedReport) -> Iterator[tuple[dict, Evidence]]:
    """(props, evidence) of each company heading whose paragraph states the view the
    house keeps of it."""
    lines = source_lines(report)
    disclaimers = {s.start_line for s in report.sections if s.kind == "disclaimer"}
    for i, line in enumerate(lines):
        found = heading_subject(line)
        if not found or i + 1 in disclaimers:
            continue
        for j in range(i + 1, min(len(lines), i + 1 + _BODY_LINES)):
            if _is_heading(lines[j]):
                break
            rating = kept_rating(lines[j])
            if rating:
                name, ticker = found
                suffix = ticker.replace(" ", ".").rsplit(".", 1)[-1]
                currency = common()["rating"]["currency_by_suffix"].get(suffix, "")
                props = {"name": name, "ticker": ticker, "rating": rating}
                props["price_currency"] = currency
                text = clean_cell(lines[j])
                yield props, Evidence(report.meta.report_id, text, f"line {j + 1}")
                break
