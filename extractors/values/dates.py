"""Dates as reports write them, resolved to ISO strings against the report's period.

A date without a year ("11月19日", "5月底") takes the year of the report period
(``meta.period``, "YYYY-MM"); a month later than the period's month means the previous
year (a December report's "11月19日" is this year's, a January report's is last year's).
Quarters ("25Q3", "2025年第三季度", "Q3 2031") and relative words ("年内", "明年",
"earlier this year") have year precision. English dates read the same way: "March 4",
"Mar. 20", "4 March 2031", "March 25, 2031", "in March", "mid-March" (words as data in
``rules/dates/``). Text is expected NFKC-normalised (ASCII digits and colons), as
the segmenter leaves it.

>>> resolve_date("11 月 19 日, 某公司发布新模型", "2025-12").props()
{'date': '2025-11-19', 'date_precision': 'day'}
>>> [d.iso for _, _, d in find_dates("2025年9月发布, 2026-05-19 上线", "2026-06")]
['2025-09', '2026-05-19']
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from aikg.extractors.rules import load
from aikg.extractors.text.prefilter import Words, may_match, required_words

_Y = r"(?P<y>(?:19|20)\d{2})"
_YY = r"(?P<yy>\d{2})"
_M = r"(?P<m>1[0-2]|0?[1-9])"
_MM = r"(?P<m>1[0-2]|0[1-9])"
_D = r"(?P<d>3[01]|[12]\d|0?[1-9])"
_CQ = {"一": 1, "二": 2, "三": 3, "四": 4}
# A month and a two-digit day with no year ("11.17", "11/12", in tables "10-09"), as
# weekly digests and financing tables date their items. A one-digit day is a version
# ("文心 4.5", "Claude 3.7") and a unit or percent after it an amount ("1.26 亿元").
_DD = r"(?P<d>3[01]|[12]\d|0[1-9])"
_NO_LEFT = r"(?<![\w.\-/:$+、,，])(?<![\d、,，]\s)"  # not in a list of figures
_DIGIT = re.compile("[0-9]")
_NO_RIGHT = r"(?![\w.%/:\-])(?!\s*(?:[亿万千百元倍个年月日号%]|美元|港元|[xX×]))"
# A one-digit day dates a list item only at its head ("12.1  X 完成 B 轮融资", "3. 12.2 X 获 …"),
# as 投融资 weeklies date each item, and only in the report's month or the one before: a
# section number ("3.1 行业概况") or a version elsewhere is no date.
_ITEM_HEAD = r"^\s*(?:[-•●·*]\s*|\d{1,2}\s*[.、)）]\s+)?"
# a figure's unit after it ("12.5 亿元", "3.2 倍"); a name may begin with 千 or 百 ("千仞机器人")
_ITEM_UNIT = r"\s*(?:[亿万元倍个%]|千万|百万|美元|港元|[xX×](?![A-Za-z]))"


@dataclass(frozen=True)
class DateValue:
    """An ISO date ('YYYY-MM-DD', 'YYYY-MM' or 'YYYY') and its precision."""

    iso: str
    precision: str  # "day" | "month" | "year"

    def props(self) -> dict[str, str]:
        """The date as fact properties.

        >>> DateValue("2025-11", "month").props()
        {'date': '2025-11', 'date_precision': 'month'}
        """
        return {"date": self.iso, "date_precision": self.precision}


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str, bool]]:
    """(regex, precision, needs a digit) triples; the precision says which groups make
    the date. All but the month after a lead word ("in March") and the relative words
    ("年内", "next year") hold an ASCII digit in every match: a text without one is not
    searched with them."""
    zh, english = load("dates", "zh"), load("dates", "en")
    months = "|".join(sorted(english["months"], key=len, reverse=True))
    months = "|".join(m.capitalize() for m in months.split("|"))
    en = rf"(?P<en>{months})\.?"
    suffix = "|".join(sorted((re.escape(s) for s in zh["month_suffixes"]), key=len)[::-1])
    rel = "|".join(sorted(zh["relative"], key=len, reverse=True))
    rel_en = "|".join(re.escape(w) for w in sorted(english["relative"], key=len)[::-1])
    rel_month = "|".join(re.escape(w) for w in sorted(english["relative_months"], key=len)[::-1])
    m_lead, y_lead = _leads(english["month_leads"]), _leads(english["year_leads"])
    nd = r"(?!\d)"
    bare = r"(?![A-Za-z])(?!\.?,?\s*\d)"  # a month name no day or year follows
    table = [
        (rf"{_Y}\s*年\s*{_M}\s*月\s*{_D}\s*[日号]", "day", True),
        (rf"(?<![\d.]){_Y}(?P<sep>[-/.]){_M}(?P=sep){_D}{nd}", "day", True),
        (rf"\b{en}\s+{_D}(?:st|nd|rd|th)?,?\s+{_Y}{nd}", "day", True),
        (rf"(?<!\d){_D}\s+{en}\s+{_Y}{nd}", "day", True),
        (rf"(?<![\d.]){_D}\s+{en}{bare}", "day", True),
        (rf"(?<!\d){_YY}\s*年\s*{_M}\s*月\s*{_D}\s*[日号]", "day", True),
        (rf"(?<!\d){_M}\s*月\s*{_D}\s*[日号]", "day", True),
        (rf"\b{en}\s+{_D}(?:st|nd|rd|th)?{nd}(?!\s*[,]?\s*\d)", "day", True),
        (rf"{_NO_LEFT}{_M}(?P<sep>[./]){_DD}{_NO_RIGHT}", "day", True),
        (rf"{_NO_LEFT}{_MM}-{_DD}(?=\s*(?:\||$))", "day", True),
        (rf"{_ITEM_HEAD}{_M}\.(?P<d>[1-9])(?=[\s，,：:｜|])(?!{_ITEM_UNIT})", "item_day", True),
        (rf"{_Y}\s*年\s*\d{{1,2}}\s*[-~至到]\s*{_M}\s*月", "year", True),
        (rf"{_Y}\s*年\s*{_M}\s*(?:{suffix}|月)", "month", True),
        (rf"(?<!\d){_YY}\s*年\s*{_M}\s*(?:{suffix}|月)", "month", True),
        (rf"(?<![\d.]){_Y}[-/]{_M}{nd}(?![./-]\d)", "month", True),
        (rf"(?<![\d.]){_Y}\.{_MM}{nd}(?![./-]\d)", "month", True),
        (rf"\b{en},?\s+{_Y}{nd}", "month", True),
        (rf"(?<![A-Za-z])(?:{m_lead}){en}{bare}", "month", False),
        (rf"(?<![\d.]){_M}\s*(?:{suffix}|月)", "month", True),
        (rf"(?<![\dA-Za-z]){_YY}\s*Q(?P<q>[1-4]){nd}", "year", True),
        (rf"(?<![\dA-Za-z])(?P<q>[1-4])\s*Q\s*{_YY}{nd}", "year", True),
        (rf"{_Y}\s*Q(?P<q>[1-4]){nd}", "year", True),
        (rf"\bQ(?P<q>[1-4])\s*{_Y}{nd}", "year", True),
        (rf"\bH[12]\s*{_Y}{nd}", "year", True),
        (rf"(?<![A-Za-z])(?:{y_lead}){_Y}(?![\d.%])(?![-/]\d)(?!\s*年)", "year", True),
        (rf"{_Y}\s*年\s*第?(?P<cq>[一二三四1-4])\s*季度", "year", True),
        (rf"(?<![\d.]){_Y}\s*年(?!\s*\d)", "year", True),
        (rf"(?<![\d.]){_YY}\s*年(?=[末底初内中])", "year", True),
        (rf"(?P<rel>{rel})", "year", False),
        (rf"(?<![A-Za-z])(?i:(?P<rel_en>{rel_en}))(?![A-Za-z])", "year", False),
        (rf"(?<![A-Za-z])(?i:(?P<rel_month>{rel_month}))(?![A-Za-z])", "month", False),
    ]
    return [(re.compile(p), precision, digit) for p, precision, digit in table]


def _leads(words: list[str]) -> str:
    """An alternation of lead words, any case, each with the space it needs after it.

    >>> [bool(re.fullmatch(_leads(["in", "mid-"]), w)) for w in ["In ", "mid-", "in"]]
    [True, True, False]
    """
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(
        f"(?i:{re.escape(w)})" + (r"\s*" if w.endswith("-") else r"\s+") for w in ordered
    )


def _period(period: str) -> tuple[int, int] | None:
    """(year, month) of a 'YYYY-MM' period, or None.

    >>> _period("2025-12")
    (2025, 12)
    """
    m = re.fullmatch(r"\s*((?:19|20)\d{2})(?:-(\d{1,2}))?\s*", period or "")
    if not m:
        return None
    return int(m.group(1)), int(m.group(2) or 12)


def _build(match: re.Match[str], precision: str, period: str) -> DateValue | None:
    g = match.groupdict()
    ref = _period(period)
    if g.get("rel_month"):  # "last month": the period's month moved by the offset
        if not ref:
            return None
        months = (
            ref[0] * 12
            + ref[1]
            - 1
            + load("dates", "en")["relative_months"][g["rel_month"].lower()]
        )
        return DateValue(f"{months // 12:04d}-{months % 12 + 1:02d}", "month")
    if g.get("rel") or g.get("rel_en"):
        if not ref:
            return None
        if g.get("rel"):
            return DateValue(str(ref[0] + load("dates", "zh")["relative"][g["rel"]]), "year")
        offset = load("dates", "en")["relative"][g["rel_en"].lower()]
        return DateValue(str(ref[0] + offset), "year")
    month = int(g["m"]) if g.get("m") else None
    if g.get("en"):
        month = load("dates", "en")["months"][g["en"].lower()]
    if g.get("y"):
        year = int(g["y"])
    elif g.get("yy"):
        year = 2000 + int(g["yy"])
    elif ref and month:
        year = ref[0] - 1 if month > ref[1] else ref[0]
    else:
        return None
    if precision == "item_day" and not _recent_month(month, ref):
        return None
    if precision == "year" or month is None:
        return DateValue(f"{year:04d}", "year")
    if precision == "month":
        return DateValue(f"{year:04d}-{month:02d}", "month")
    day = int(g["d"])
    if day > calendar.monthrange(year, month)[1]:
        return None
    return DateValue(f"{year:04d}-{month:02d}-{day:02d}", "day")


def _recent_month(month: int | None, ref: tuple[int, int] | None) -> bool:
    """Whether ``month`` is the period's month or the one before it.

    >>> _recent_month(12, (2025, 12)), _recent_month(12, (2026, 1)), _recent_month(3, (2025, 12))
    (True, True, False)
    """
    return bool(month and ref and (ref[1] - month) % 12 in (0, 1))


def find_dates(text: str, period: str, published: str = "") -> list[tuple[int, int, DateValue]]:
    """Every date in ``text``: (start, end, value), in order, longest match first. Given
    the report's ``published`` day, a weekday ("on Tuesday") is a date too
    (:func:`weekday_dates`).

    >>> text = "5月底上线, 2024.04 起, 25Q3 盈利, 年内落地"
    >>> [(text[s:e], d.iso, d.precision) for s, e, d in find_dates(text, "2026-06")]
    [('5月底', '2026-05', 'month'), ('2024.04', '2024-04', 'month'), \
('25Q3', '2025', 'year'), ('年内', '2026', 'year')]
    >>> [d.iso for _, _, d in find_dates("2023/3/23 与 11月19日", "2025-01")]
    ['2023-03-23', '2024-11-19']
    >>> find_dates("增长 12.3%, 持续 5 个月, 电话 0755-8213", "2025-12")
    []
    """
    found = list(_dates_kept(text, period)) if len(text) <= _KEPT_CHARS else _dates(text, period)
    if not _ISO_DAY.match(published or ""):
        return found
    spans = [(s, e) for s, e, _ in found]
    for start, end, value in weekday_dates(text, published):
        if not any(s < end and start < e for s, e in spans):  # "on Tuesday, Nov 4"
            found.append((start, end, value))
    return sorted(found, key=lambda d: d[0])


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def weekday_dates(text: str, published: str) -> list[tuple[int, int, DateValue]]:
    """The weekdays of ``text`` ("on Thursday", "上周五") as days, against the report's
    ``published`` day (ISO); none without one. An English weekday is the last such day on
    or before it, strictly before it for "last Thursday"; a Chinese one is read by
    :func:`_chinese_weekday`.

    >>> [(s, d.iso) for s, _, d in weekday_dates("Y raised $15m on Thursday.", "2031-11-08")]
    [(14, '2031-11-06')]
    >>> [d.iso for _, _, d in weekday_dates("on Thursday; last Thursday", "2031-11-06")]
    ['2031-11-06', '2031-10-30']
    >>> [d.iso for _, _, d in weekday_dates("on Thursday of last week", "2031-11-07")]
    ['2031-10-30']
    >>> weekday_dates("Y raised $15m on Thursday.", "2031-11")
    []
    """
    if not _ISO_DAY.match(published or ""):
        return []
    day = date.fromisoformat(published)
    out = []
    for m in _weekday("en").finditer(text):
        wanted = _WEEKDAYS.index(m.group("day").lower())
        back = (day.weekday() - wanted) % 7
        if back == 0 and (m.group("last") or m.group("last_on")):
            back = 7  # "last Thursday" said on a Thursday: a week ago
        if m.group("of_last_week"):  # the weekday of the calendar week before the report's
            back = day.weekday() - wanted + 7
        out.append((m.start(), m.end(), DateValue((day - timedelta(days=back)).isoformat(), "day")))
    for m in _weekday("zh").finditer(text):
        out.append((m.start(), m.end(), _chinese_weekday(m, day)))
    return sorted(out, key=lambda d: d[0])


def _chinese_weekday(m: re.Match[str], published: date) -> DateValue:
    """The day a Chinese weekday names (``rules/dates/zh.toml`` "weekday"): 上周五 is the
    Friday of the week before the published day's (weeks start on Monday), 本周三 that
    week's Wednesday, 下周一 the next week's Monday; a bare 周二 is the last Tuesday on or
    before the published day. A report published on a Monday speaks of the week that
    ended the day before: its 本周四 is that week's Thursday.

    >>> [d.iso for _, _, d in weekday_dates("上周五开源 X, 本周三上线 Y, 周二发布 Z", "2031-11-06")]
    ['2031-10-31', '2031-11-05', '2031-11-04']
    >>> [d.iso for _, _, d in weekday_dates("本周一宣布, 本周四上线", "2031-11-10")]
    ['2031-11-03', '2031-11-06']
    """
    index = min(_ZH_WEEKDAYS.index(m.group("day")), 6)  # 日 and 天 are Sunday
    if published.weekday() == 0:  # a Monday's weekly reviews the week that ended Sunday
        published -= timedelta(days=1)
    week = m.group("week")
    if week:
        monday = published - timedelta(days=published.weekday())
        shift = 7 * load("dates", "zh")["weeks"][week] + index
        return DateValue((monday + timedelta(days=shift)).isoformat(), "day")
    back = (published.weekday() - index) % 7
    return DateValue((published - timedelta(days=back)).isoformat(), "day")


_ZH_WEEKDAYS = "一二三四五六日天"


@lru_cache(maxsize=2)
def _weekday(language: str) -> re.Pattern[str]:
    return re.compile(load("dates", language)["weekday"])


# The same sentence is searched for dates by several families (its subject, its deal,
# its policy): dates are found once per distinct short text and period.
_KEPT_CHARS = 2_000


@lru_cache(maxsize=16_384)
def _dates_kept(text: str, period: str) -> tuple[tuple[int, int, DateValue], ...]:
    """:func:`_dates`, kept per (text, period)."""
    return tuple(_dates(text, period))


def _dates(text: str, period: str) -> list[tuple[int, int, DateValue]]:
    """:func:`find_dates`, uncached."""
    candidates: list[tuple[int, int, DateValue]] = []
    digits = _DIGIT.search(text) is not None
    for (pattern, precision, needs_digit), words in zip(_patterns(), _words(), strict=True):
        if needs_digit and not digits:
            continue
        if not may_match(words, text):
            continue  # a word every match of the pattern holds is missing
        for m in pattern.finditer(text):
            value = _build(m, precision, period)
            if value:
                candidates.append((m.start(), m.end(), value))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[tuple[int, int, DateValue]] = []
    for start, end, value in candidates:
        if out and start < out[-1][1]:
            continue
        out.append((start, end, value))
    return out


@lru_cache(maxsize=1)
def _words() -> list[Words]:
    """Per pattern of :func:`_patterns`, the literal words every match holds
    (:func:`~aikg.extractors.text.prefilter.required_words`): a text without them is
    not searched with it. Most sentences hold no "年" and no month name, and each of
    the 31 patterns, opening with a lookbehind or a group, is tried at every position."""
    return [required_words(pattern) for pattern, _, _ in _patterns()]


def resolve_date(text: str, period: str) -> DateValue | None:
    """The first date in ``text``, resolved against ``period``; None if there is none.

    >>> resolve_date("2025 年 9 月 30 日", "2025-12")
    DateValue(iso='2025-09-30', precision='day')
    >>> resolve_date("11月", "2025-10").iso
    '2024-11'
    >>> resolve_date("November 19, 2025", "").iso
    '2025-11-19'
    >>> resolve_date("no date here", "2025-12") is None
    True
    """
    found = find_dates(text, period)
    return found[0][2] if found else None


def lead_span(text: str) -> int:
    """The length of the date phrase ``text`` opens with ("On March 4, ", "Mar. 20: ",
    "11 月 19 日,"), with the comma or colon after it; 0 when it opens otherwise.

    >>> text = "On March 4, Zentrix released Zyra 2"
    >>> text[lead_span(text):], lead_span("Mar. 20: Zentrix"), lead_span("Zentrix released")
    ('Zentrix released Zyra 2', 9, 0)
    """
    words = "|".join(re.escape(w) for w in load("dates", "en")["lead_words"])
    start = re.match(rf"\s*(?:(?:{words})\s+)?", text).end()
    found = find_dates(text[start:], "2000-12")
    if not found or found[0][0] != 0:
        return 0
    end = start + found[0][1]
    tail = re.match(r"\s*[,:]\s*", text[end:])
    if tail:
        return end + tail.end()
    spaced = re.match(r"\s+", text[end:])
    return end + spaced.end() if spaced and found[0][2].precision == "day" else 0


_LEAD = re.compile(
    r"^[\s,，:：]*(?:(?:此外|同时|另外|其中|据[^,，。]{0,16}|根据[^,，。]{0,16})[\s,，:：]*)*$"
)


def leading_date(text: str, dates: list[tuple[int, int, DateValue]]) -> DateValue | None:
    """The date a sentence opens with ("2025年10月,据报道, ..."), which dates what follows;
    ``dates`` are those :func:`find_dates` found in ``text``.

    >>> t = "此外, 10 月 13 日, 某公司宣布"
    >>> leading_date(t, find_dates(t, "2025-10")).iso
    '2025-10-13'
    >>> t = "在战略方向上,某公司于 2025 年初启动"
    >>> leading_date(t, find_dates(t, "2025-10")) is None
    True
    """
    if dates and _LEAD.match(text[: dates[0][0]]):
        return dates[0][2]
    return None


def is_date_phrase(text: str) -> bool:
    """Whether a short text is only a date ("Nov 5", "10 月 31 日"), as a digest puts in
    brackets after an item: such a parenthetical dates the sentence and is kept.

    >>> is_date_phrase("Nov 5"), is_date_phrase("11.17"), is_date_phrase("see page 5")
    (True, True, False)
    """
    found = find_dates(text, "2000-12")
    return len(found) == 1 and not re.sub(
        r"[\s,.:;]", "", text[: found[0][0]] + text[found[0][1] :]
    )
