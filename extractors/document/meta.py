"""Report metadata: title, broker, period (the month the report covers), publication
date, language and report type.

Front matter (``title``, ``date``/``publishedAt``/``published``, ``source``/``broker``)
comes first; the broker is read by :mod:`.brokers`, the kind by :mod:`.report_kind`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from aikg.extractors.document.analysts import find_analysts
from aikg.extractors.document.brokers import find_broker, shaped_house
from aikg.extractors.document.headings import (
    bare_heading,
    is_series_label,
    numbering,
    split_series_label,
)
from aikg.extractors.document.report_kind import report_type
from aikg.extractors.rules import load
from aikg.extractors.text.script import CJK, display_width
from aikg.schema import Document, ReportMeta


@cache
def _rules() -> dict[str, Any]:
    """The metadata rules (``rules/document/common.toml``), patterns compiled once.

    >>> bool(_rules()["full_date"].search("报告日期：2031年03月04日"))
    True
    """
    rules = load("document")
    out: dict[str, Any] = {
        key: re.compile(rules[key], re.I if key in ("not_title", "date_word") else 0)
        for key in (
            "not_title title_period month_strategy full_date en_day_first en_month_first "
            "en_date asof yearless_asof year_month quarter forward_before forward_after "
            "date_word cover_citation covered_range sentence_end banner_separator "
            "time_of_day house_word series_separator latin_word"
        ).split()
    }
    out["title_words"] = re.compile("|".join(rules["title_words"]))
    out["en_months"] = tuple(rules["en_months"])
    out["front_date_keys"] = tuple(rules["front_date_keys"])
    return out


def parse_date(text: str) -> str:
    """The first full date of ``text`` as ISO ("2025 年 11 月 8 日", "2025-11-08",
    "2025.11.08", "8 November 2025", "Nov 8, 2025"), or "".

    >>> parse_date("报告日期：2025 年 11 月 8 日"), parse_date("sent 8 Nov 2025")
    ('2025-11-08', '2025-11-08')
    >>> parse_date("Published Saturday, November 8, 2025"), parse_date("2025-11")
    ('2025-11-08', '')
    """
    found: list[tuple[int, str]] = []
    for match in _rules()["full_date"].finditer(text):
        y, m, d = (int(g) for g in match.groups())
        if 1 <= m <= 12 and 1 <= d <= 31:
            found.append((match.start(), f"{y:04d}-{m:02d}-{d:02d}"))
    for pattern, order in (
        (_rules()["en_day_first"], (3, 2, 1)),
        (_rules()["en_month_first"], (3, 1, 2)),
    ):
        for match in pattern.finditer(text):
            y, mon, d = (match.group(k) for k in order)
            month = _rules()["en_months"].index(mon.lower()) + 1
            if 1 <= int(d) <= 31:
                found.append((match.start(), f"{int(y):04d}-{month:02d}-{int(d):02d}"))
    return min(found)[1] if found else ""


def published_date(lines: list[str], front: dict[str, str]) -> str:
    """The publication date: the front matter's, else a dated cover line (one that says
    "报告日期" / "Published" / "sent" first), else ""."""
    for key in _rules()["front_date_keys"]:
        if front.get(key) and (date := parse_date(front[key])):
            return date
    cover = [ln.strip() for ln in lines if ln.strip()][:15]
    cover = [ln for ln in cover if not _rules()["cover_citation"].search(ln)]
    for line in cover:
        for word in _rules()["date_word"].finditer(line):
            if date := parse_date(line[word.end() : word.end() + 30]):
                return date
    for line in cover:
        if _rules()["covered_range"].search(line):
            continue  # a range the report covers ("2025.11.03—2025.11.09")
        match = (
            _rules()["full_date"].search(line)
            or _rules()["en_day_first"].search(line)
            or _rules()["en_month_first"].search(line)
        )
        if not match or _looks_forward(line, match) or _rules()["sentence_end"].search(line):
            continue
        rest = line[: match.start()] + line[match.end() :]
        banner = _rules()["banner_separator"].search(line)
        if banner or display_width(rest.strip()) <= 24:  # a dated banner or a date line
            return parse_date(line)
    return ""


def furniture_date(sidebar: list[str], running_heads: list[str]) -> str:
    """A PDF's publication date from what was set apart from its text: a date line of
    the cover's sidebar ("2031年03月04日", "4 March 2031 | 8:15PM HKT") or a date in
    a running head ("Fenwick | Aurora Chips 4 March 2031"); the latest of them, since
    the other dates a sidebar lists are those of earlier reports it cites.

    >>> furniture_date(["分析师：张三", "2031年03月04日", "《前一篇报告》", "2031.02.10"], [])
    '2031-03-04'
    >>> furniture_date([], ["Fenwick | Aurora Chips 4 March 2031"])
    '2031-03-04'
    """
    found = []
    for line in sidebar:
        date = parse_date(line)
        if not date:
            continue
        rest = _rules()["full_date"].sub(
            "", _rules()["en_day_first"].sub("", _rules()["en_month_first"].sub("", line))
        )
        if display_width(_rules()["time_of_day"].sub("", rest).strip(" |｜·")) <= 12:
            found.append(date)
    found += [date for line in running_heads if (date := parse_date(line))]
    return max(found) if found else ""


def _title(lines: list[str], front: dict[str, str]) -> str:
    """The front matter's title, else the first markdown heading, else the first line that
    reads like a report title; never a citation (《…》), a banner with separators, a
    byline, a house name or a bare section heading."""
    if front.get("title"):
        return front["title"].strip()
    candidates = [ln.strip() for ln in lines[:60] if ln.strip()]
    # marked headings first, the highest level ("# ", a PDF cover's largest print) first
    marked = sorted(
        (c for c in candidates[:20] if c.startswith("#")), key=lambda c: len(c) - len(c.lstrip("#"))
    )
    for ln in marked + candidates:
        # a series label printed before the title on its line ("行业月报 | 算力…") is no part of it
        label, stripped = split_series_label(ln) if ln.strip("# ") else ("", "")
        if (
            stripped
            and not stripped.startswith("《")
            and "|" not in stripped
            and 4 <= display_width(stripped) <= (120 if ln.startswith("#") else 80)
            and (ln.startswith("#") or label or _rules()["title_words"].search(stripped))
            and not (not label and _led_by_label(ln))
            and not _rules()["not_title"].search(stripped)
            and " · " not in stripped
            # a dated banner ("行业周报 2025年11月10日"), not a title that brackets the
            # week it covers ("# 行业周报（2026.03.02–2026.03.06）：…")
            and not (_rules()["full_date"].search(stripped) and not _bracketed_date(ln))
            and not numbering(stripped)  # a numbered part ("一、…", "1. …") of the report
            # a list item or a sentence of the text is no title
            and (ln.startswith("#") or not (ln[:1] in "-*•" or stripped.endswith("。")))
            # a dated line ("20 July 2031", "Weekly | 3 March 2031")
            and not _rules()["en_day_first"].search(stripped)
            and not _rules()["en_month_first"].search(stripped)
            and not (shaped_house(stripped) and _rules()["house_word"].search(stripped))
            and not (bare_heading(stripped) and not ln.startswith("# "))
            and not is_series_label(stripped)  # "# Equity Research" beside the title
        ):
            return stripped
    return ""


def _bracketed_date(line: str) -> bool:
    """Whether a "# " title's dates all sit inside brackets, after words of its own.

    >>> _bracketed_date("# 周报（2026.03.02–2026.03.06）：算力")
    True
    >>> _bracketed_date("# 周报 2026.03.02"), _bracketed_date("# （2026.03.02）")
    (False, False)
    """
    if not line.startswith("# "):
        return False
    for match in _rules()["full_date"].finditer(line):
        before = line[: match.start()]
        opened = max(before.rfind("（"), before.rfind("("), before.rfind("【"))
        if opened <= max(before.rfind("）"), before.rfind(")"), before.rfind("】")):
            return False
    head = line[2 : _rules()["full_date"].search(line).start()]
    return bool(CJK.search(head) or _rules()["latin_word"].search(head))


def _led_by_label(line: str) -> bool:
    """Whether a line starts with a series label and a separator ("证券研究报告 |
    行业月度策略", "Equity Research | China Internet"): a banner, whatever follows."""
    text = line.lstrip("#").strip(" *_")
    first = _rules()["series_separator"].split(text, maxsplit=1)[0]
    return first != text and is_series_label(first)


def _looks_forward(text: str, match: re.Match[str]) -> bool:
    """Whether a date mention is one the text looks forward to, not back on."""
    before = text[max(0, match.start() - 4) : match.start()]
    return bool(
        _rules()["forward_before"].search(before)
        or _rules()["forward_after"].match(text[match.end() :])
    )


def _latest_month(text: str, asof: list[tuple[int, int, int]]) -> tuple[int, int] | None:
    """The latest (year, month) the text looks back on; see ``find_meta``."""
    months = [(y, m) for y, m, _ in asof]
    for pattern in (_rules()["full_date"], _rules()["year_month"]):
        for match in pattern.finditer(text):
            year, month = int(match.group(1)), int(match.group(2))
            day = int(match.group(3)) if pattern is _rules()["full_date"] else 1
            if 1 <= month <= 12 and 1 <= day <= 31 and not _looks_forward(text, match):
                months.append((year, month))
    for match in _rules()["en_date"].finditer(text):  # "March 4, 2031", "Mar 2031"
        months.append(
            (int(match.group(3)), _rules()["en_months"].index(match.group(1).lower()) + 1)
        )
    for match in _rules()["quarter"].finditer(text):
        yy, q = (match.group(1), match.group(2)) if match.group(1) else match.group(4, 3)
        if not _looks_forward(text, match):
            months.append((2000 + int(yy), int(q) * 3))
    if not months:
        return None
    latest = max(months)
    for match in _rules()["yearless_asof"].finditer(text):
        if text[max(0, match.start() - 1) : match.start()].isdigit():
            continue
        month, day = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12 and 1 <= day <= 31 and (latest[0], month) > latest:
            latest = (latest[0], month)
    return latest


def find_meta(
    doc: Document,
    lines: list[str],
    front: dict[str, str] | None = None,
    cover: list[str] | None = None,
) -> ReportMeta:
    """Title, broker, period, publication date, language and type of a report.

    ``front`` is the markdown front matter (:func:`.markdown.front_matter`). The
    publication date is the front matter's, else a dated cover line, else the latest
    "截至" (as-of) date. The period is what relative dates ("11月19日", "年内") are
    resolved against: the month of an "N 年 M 月投资策略" title (an "N 月投资策略" title
    takes its year from the publication date or the text), else the month of the
    publication date from the front matter or cover, else the latest month the text
    looks back on:
    the latest of its "截至" (as-of) dates, full dates, year-months ("2025年9月") and
    calendar quarters ("25Q3"/"3Q25" count as the quarter's last month), leaving out
    dates it looks forward to ("预计…", "至2026年3月", "…底前"). A yearless as-of date
    ("截至11月13日") later in that year moves the period on to its month.
    """
    text = "\n".join(lines)
    front = front or {}
    title = _title(lines, front)
    # No recognisable title line (a PDF without its cover page): leave it empty rather
    # than name the report after whatever line comes first.
    period = ""
    match = _rules()["title_period"].search(title) or next(
        (m for ln in lines[:40] if (m := _rules()["title_period"].search(ln)) and "《" not in ln),
        None,
    )
    if match:
        period = f"{int(match.group(1)):04d}-{int(match.group(2)):02d}"
    elif english := _rules()["en_date"].search(title):  # "Global AI Monthly, March 2031"
        month = _rules()["en_months"].index(english.group(1).lower()) + 1
        period = f"{int(english.group(3)):04d}-{month:02d}"
    asof = sorted(
        (int(y), int(m), int(d)) for y, m, d in _rules()["asof"].findall(text) if 1 <= int(m) <= 12
    )
    cover = lines if cover is None else cover  # the lines as printed, before reflow
    cover_date = published_date(cover, front) or furniture_date(
        doc.sidebar_text.split("\n"), doc.running_heads
    )
    if not period:
        month_strategy = next(
            (m for ln in lines if (m := _rules()["month_strategy"].match(ln.strip()))), None
        )
        latest = _latest_month(text, asof)
        anchor = (int(cover_date[:4]), int(cover_date[5:7])) if cover_date else latest
        if month_strategy and anchor:
            month = int(month_strategy.group(1))
            year = anchor[0] if month >= anchor[1] else anchor[0] + 1
            period = f"{year:04d}-{month:02d}"
        elif anchor:  # the cover's date, else the latest month the text looks back on
            period = f"{anchor[0]:04d}-{anchor[1]:02d}"
    published = cover_date or ("{:04d}-{:02d}-{:02d}".format(*asof[-1]) if asof else "")
    # a PDF may sign itself only in what was set apart from its text: the running head
    # ("XX证券 | 行业周报") or the cover's sidebar (the house under the analysts)
    broker = find_broker(cover, front) or find_broker(
        [*doc.running_heads, *doc.sidebar_text.split("\n")]
    )
    sidebar = doc.sidebar_text.split("\n") if doc.sidebar_text else []
    analysts = find_analysts(sidebar) or find_analysts(cover[:60], listed=False)
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
        report_type=report_type(title, lines),
        analysts=analysts,
    )
