"""Dates of AI news: the day a paragraph opens with, and the release dates tables give."""

from __future__ import annotations

import re

from aikg.extractors.ai_dynamics.rules import rx
from aikg.extractors.names.lexicon import name_key
from aikg.extractors.text.script import CJK_CLASS
from aikg.extractors.values.dates import DateValue, find_dates
from aikg.schema import SegmentedReport


def lead_date(title: str, period: str) -> DateValue | None:
    """The day date a paragraph title starts with or states."""
    for start, _, value in find_dates(title, period):
        if value.precision == "day" and (start <= 4 or not re.match(r"\s*\d", title)):
            return value
    return None


def model_key(name: str) -> str:
    """A model name compared loosely: a leading Chinese brand, case, spaces, hyphens and
    dots aside ("通义万相 Zyra2.5-preview" and "Zyra 2.5 Preview" coincide).

    >>> model_key("通义万相 Zyra2.5-preview") == model_key("Zyra 2.5 Preview")
    True
    """
    key = name_key("Model", name)
    key = re.sub(rf"^{CJK_CLASS}+(?=[a-z])", "", key)
    return re.sub(r"[\s\-_.]", "", key)


def table_release_dates(report: SegmentedReport) -> dict[str, DateValue]:
    """Release dates that tables of the report give models (a "Model" column beside a
    "Release Date" one), keyed by ``model_key``."""
    out: dict[str, DateValue] = {}
    for table in report.tables:
        header = table.header
        model = [k for k, h in enumerate(header) if rx("model_column").search(h)]
        when = [k for k, h in enumerate(header) if rx("release_date_column").search(h)]
        if not model or not when:
            continue
        for row in table.rows[1:]:
            if max(model[0], when[0]) >= len(row):
                continue
            dates = find_dates(row[when[0]], report.meta.period)
            if dates and row[model[0]].strip():
                out.setdefault(model_key(row[model[0]]), dates[0][2])
    return out
