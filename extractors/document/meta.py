"""Report metadata: title, broker, period (the month the report covers) and language."""

from __future__ import annotations

import re
from collections import Counter

from aikg.extractors.text.script import CJK, CJK_CLASS, display_width
from aikg.schema import Document, ReportMeta

_TITLE_WORDS = r"投资策略|研究|专题|报告|策略|展望|Research|Report|Outlook|Strategy"
_TITLE_PERIOD = re.compile(r"(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(投资策略|月报|策略|报告)")
_MONTH_STRATEGY = re.compile(r"^(\d{1,2})\s*月\s*(投资策略|策略)")
_FULL_DATE = re.compile(r"(20\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?")
_ASOF = re.compile(r"截至\s*(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YEAR_MONTH = re.compile(r"(20\d{2})\s*年\s*(\d{1,2})\s*月")
# "25Q3" or "3Q25" (a calendar quarter; "3Q25E" is a forecast, "4QFY25" a fiscal one)
_QUARTER = re.compile(r"(?<![\dA-Za-z])(?:(\d{2})\s*Q([1-4])|([1-4])\s*Q\s*(\d{2}))(?![\dA-Za-z])")
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_DATE = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:(\d{1,2}),?\s+)?"
    r"(20\d{2})\b"
)
_YEARLESS_ASOF = re.compile(r"截至\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# a date the text looks forward to ("至2026年3月", "预计…", "…底前", "从…开始") says nothing
# about when the report was written
_FORWARD_BEFORE = re.compile(r"((?<!截)至|到|预计|计划|将于|将在|有望|目标|力争|争取)\s*$")
_FORWARD_AFTER = re.compile(r"^\s*(底前|前|之前|开始|起|以后|之后)")
_BROKER = re.compile(rf"({CJK_CLASS}{{2,8}}(?:证券|证券经济研究所|国际环球市场|研究所|资本))")


def _looks_forward(text: str, match: re.Match[str]) -> bool:
    """Whether a date mention is one the text looks forward to, not back on."""
    before = text[max(0, match.start() - 4) : match.start()]
    return bool(_FORWARD_BEFORE.search(before) or _FORWARD_AFTER.match(text[match.end() :]))


def _latest_month(text: str, asof: list[tuple[int, int, int]]) -> tuple[int, int] | None:
    """The latest (year, month) the text looks back on; see ``find_meta``."""
    months = [(y, m) for y, m, _ in asof]
    for pattern in (_FULL_DATE, _YEAR_MONTH):
        for match in pattern.finditer(text):
            year, month = int(match.group(1)), int(match.group(2))
            day = int(match.group(3)) if pattern is _FULL_DATE else 1
            if 1 <= month <= 12 and 1 <= day <= 31 and not _looks_forward(text, match):
                months.append((year, month))
    for match in _EN_DATE.finditer(text):  # "March 4, 2031", "Mar 2031"
        months.append((int(match.group(3)), _EN_MONTHS.index(match.group(1).lower()) + 1))
    for match in _QUARTER.finditer(text):
        yy, q = (match.group(1), match.group(2)) if match.group(1) else match.group(4, 3)
        if not _looks_forward(text, match):
            months.append((2000 + int(yy), int(q) * 3))
    if not months:
        return None
    latest = max(months)
    for match in _YEARLESS_ASOF.finditer(text):
        if text[max(0, match.start() - 1) : match.start()].isdigit():
            continue
        month, day = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12 and 1 <= day <= 31 and (latest[0], month) > latest:
            latest = (latest[0], month)
    return latest


def find_meta(doc: Document, lines: list[str], front: dict[str, str] | None = None) -> ReportMeta:
    """Title, broker, period (the month the report covers) and language of a report.

    The period is what relative dates ("11月19日", "年内") are resolved against: the
    month of an "N 年 M 月投资策略" title, else the latest month the text looks back on:
    the latest of its "截至" (as-of) dates, full dates, year-months ("2025年9月") and
    calendar quarters ("25Q3"/"3Q25" count as the quarter's last month), leaving out
    dates it looks forward to ("预计…", "至2026年3月", "…底前"). A yearless as-of date
    ("截至11月13日") later in that year moves the period on to its month.
    """
    text = "\n".join(lines)
    # The first markdown heading, else the first line that reads like a report title;
    # never a citation (《…》), a banner with separators, or a byline.
    title = ""
    candidates = [ln.strip() for ln in lines[:60] if ln.strip()]
    for ln in [c for c in candidates if c.startswith("#")] + candidates:
        stripped = ln.lstrip("#").strip()
        if (
            stripped
            and not stripped.startswith("《")
            and "|" not in stripped
            and 4 <= display_width(stripped) <= 80
            and (ln.startswith("#") or re.search(_TITLE_WORDS, stripped))
            and not re.search(r"相关|资料来源|证券分析师|评级|目录", stripped)
        ):
            title = stripped
            break
    # No recognisable title line (a PDF without its cover page): leave it empty rather
    # than name the report after whatever line comes first.
    period = ""
    match = _TITLE_PERIOD.search(title) or next(
        (m for ln in lines[:40] if (m := _TITLE_PERIOD.search(ln)) and "《" not in ln), None
    )
    if match:
        period = f"{int(match.group(1)):04d}-{int(match.group(2)):02d}"
    elif english := _EN_DATE.search(title):  # "Global AI Monthly, March 2031"
        month = _EN_MONTHS.index(english.group(1).lower()) + 1
        period = f"{int(english.group(3)):04d}-{month:02d}"
    asof = sorted((int(y), int(m), int(d)) for y, m, d in _ASOF.findall(text) if 1 <= int(m) <= 12)
    published = ""
    if not period:
        month_strategy = next((m for ln in lines if (m := _MONTH_STRATEGY.match(ln.strip()))), None)
        latest = _latest_month(text, asof)
        if month_strategy and latest:
            month = int(month_strategy.group(1))
            year = latest[0] if month >= latest[1] else latest[0] + 1
            period = f"{year:04d}-{month:02d}"
        elif latest:
            period = f"{latest[0]:04d}-{latest[1]:02d}"
    if asof:
        published = "{:04d}-{:02d}-{:02d}".format(*asof[-1])
    brokers = Counter(b for b in _BROKER.findall(text) if not b.startswith(("中国证", "证券")))
    broker = brokers.most_common(1)[0][0] if brokers else ""
    broker = re.sub(r"(经济研究所|研究所)$", "", broker)
    cjk = len(CJK.findall(text))
    language = "zh" if cjk > len(text) * 0.05 else "en"
    return ReportMeta(
        report_id=doc.report_id,
        title=title,
        broker=broker,
        period=period,
        published=published,
        language=language,
        path=doc.path,
    )
