"""The company a company note covers: the subject of its sentences that name none.

A flash note or company note writes "公司与 Y 宣布 …" / "the company signed an MoU
with Y" about the company it covers, often in a paragraph's first sentence, where no
earlier sentence names a subject. That company is the first one the title names, else
the first one the cover names with its ticker ("Tessaro Photonics Inc. (TSRO US)",
"极曜半导体(688719.SH)").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from aikg.extractors.names.mentions import Mention, find_mentions
from aikg.schema import SegmentedReport

_NOTE_TYPES = ("company_note", "flash_comment")
_TICKER_AFTER = re.compile(
    r"\s*[(（]\s*(?:[A-Z0-9]{1,6}(?:\.[A-Z]{1,2}|\s+[A-Z]{2})|\d{4,6}\.[A-Z]{2})"
)
_COVER_LINES = 12


def covered_company(report: SegmentedReport, names: Mapping[str, str]) -> Mention | None:
    """The company a company note is about, or None for other kinds of report."""
    if report.meta.report_type not in _NOTE_TYPES:
        return None
    title = [m for m in find_mentions(report.meta.title, names) if m.is_company and not m.loose]
    if title:
        return title[0]
    cover = [line for section in report.sections[:3] for line in section.lines]
    for line in cover[:_COVER_LINES]:
        for m in find_mentions(line, names):
            if m.is_company and _TICKER_AFTER.match(line, m.end):
                return m
    return None
