"""Shared helpers of the table readers: rules, cells, numbers, names, evidence.

The table readers (:mod:`.rating`, :mod:`.investments`, :mod:`aikg.extractors.chips`) see a table
as rows of cell strings, whether it came from tab-separated text, a ruled PDF table or
space-separated lines; these helpers clean cells, read numbers and rounds, tell names
from junk and build the evidence (the row joined with " | " and where it was read).
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.rules import Rules, load
from aikg.extractors.text.patterns import kept
from aikg.extractors.text.script import CJK
from aikg.extractors.text.surface import clean_cell
from aikg.extractors.values.rounds import normalise_round
from aikg.schema import Evidence, SegmentedReport, Table

_NUMBER = re.compile(r"^[+-]?\d[\d,]*(?:\.\d+)?$|^[+-]?\.\d+$")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE_CELL = re.compile(
    r"^(?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*(?:[-/.]\s*\d{1,2})?|年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)$"
    # weekly deal tables give the day without the year ("11/10", "10-09", "11月10日"):
    # the report's date supplies it. Not "1.5", which is a number.
    r"|^(?:0?[1-9]|1[0-2])\s*(?:[-/]\s*|月\s*)(?:0?[1-9]|[12]\d|3[01])\s*日?$"
    # English funding and deal tables print the day with the month's name ("4 May",
    # "Nov 27", "Sep 8, 2025", "12 March 2026")
    r"|^(?:(?:0?[1-9]|[12]\d|3[01])\s+" + _MONTH + r"\.?(?:\s+(?:19|20)\d{2})?"
    r"|" + _MONTH + r"\.?\s+(?:(?:0?[1-9]|[12]\d|3[01])(?:,?\s+(?:19|20)\d{2})?|(?:19|20)\d{2}))$"
)


def common() -> Rules:
    """The table rules of every language (``rules/tables/common.toml``): header fields,
    cell shapes, junk names; each language's words are in ``zh.toml`` and ``en.toml``."""
    return load("tables")


@lru_cache(maxsize=1)
def rating_words() -> tuple[str, ...]:
    """The rating words of both languages, Chinese first: a table, a front page or a
    sentence may rate in either language whatever the report's ("买入", "Outperform"),
    and a rating word is no company name in any report."""
    zh, en = load("tables", "zh")["rating"], load("tables", "en")["rating"]
    return (*zh["rating_words"], *en["rating_words"])


@lru_cache(maxsize=1)
def caption_words() -> str:
    """The words of both languages that caption an investment table ("融资|financing"), as
    one alternation: a Chinese report may caption its table in English and the reverse."""
    zh, en = load("tables", "zh")["investment"], load("tables", "en")["investment"]
    return f"{zh['caption_words']}|{en['caption_words']}"


def parse_number(text: str) -> float | None:
    """A plain number as tables write it ("5,642,395", "-1.26"); None for anything else.

    >>> parse_number("5,642,395"), parse_number("-72.0"), parse_number("-"), parse_number("4nm")
    (5642395.0, -72.0, None, None)
    """
    cell = clean_cell(text).replace(" ", "")
    if not _NUMBER.match(cell):
        return None
    return float(cell.replace(",", ""))


def is_missing(text: str) -> bool:
    """A cell that stands for "no value" ("-", "/", "NA", "亏损").

    >>> is_missing("-"), is_missing("n.a."), is_missing("0")
    (True, True, False)
    """
    cell = clean_cell(text).casefold()
    return cell in common()["rating"]["missing_values"]


def is_date_cell(text: str) -> bool:
    """A cell that is a full date, a year-month or a month-day ("2025-09-18", "2024.04",
    "2023/3/23", "11/10", "11月10日", "4 May", "Nov 27").

    >>> [is_date_cell(c) for c in ["2024.04", "2023/3/23", "2024", "4nm", "11/10", "1.5"]]
    [True, True, False, False, True, False]
    >>> [is_date_cell(c) for c in ["4 May", "Nov 27", "Sep 8, 2025", "Sep 2025", "May", "Mayo 4"]]
    [True, True, True, True, False, False]
    """
    return bool(_DATE_CELL.match(clean_cell(text)))


def is_index_cell(text: str) -> bool:
    """A row number ("1", "12").

    >>> is_index_cell("3"), is_index_cell("2024")
    (True, False)
    """
    return bool(re.fullmatch(r"\d{1,3}\.?", clean_cell(text)))


def cell_shape(cell: str) -> str:
    """What a cell holds: "empty", "date", "round", "index" or "text".

    >>> [cell_shape(c) for c in ["", "2024.04", "B轮", "3", "甲科技"]]
    ['empty', 'date', 'round', 'index', 'text']
    """
    cell = clean_cell(cell)
    if not cell:
        return "empty"
    if is_date_cell(cell):
        return "date"
    if normalise_round(cell):
        return "round"
    if is_index_cell(cell):
        return "index"
    return "text"


def is_name(text: str) -> bool:
    """Could this cell name a company or a chip? Rejects header words, numbers, dates,
    rounds, ratings, tickers, percentages, captions, sentences and source notes.

    >>> [is_name(t) for t in ["扬杨得熠文化创意", "ABLY Corp", "JBD", "2024-05-21", "B轮"]]
    [True, True, True, False, False]
    >>> [is_name(t) for t in ["被投公司简称", "12.5%", "资料来源: Wind", "", "X", "EPS"]]
    [False, False, False, False, False, False]
    >>> [is_name(t) for t in ["买入", "0700.HK", "图 3: 某集团: 投资", "(甲、乙)"]]
    [False, False, False, False]
    """
    cell = clean_cell(text)
    r = common()
    if len(cell) < 2 and not CJK.search(cell):
        return False
    if not cell or len(cell) > r["investment"]["name_max_chars"]:
        return False
    if cell.casefold() in _junk_words() or kept(r["junk_pattern"], re.I).search(cell):
        return False
    if not re.search(r"[A-Za-z\u4e00-\u9fff]", cell) or re.match(
        r["rating"]["ticker_pattern"], cell
    ):
        return False
    if is_date_cell(cell) or normalise_round(cell) or re.search(r"\d\s*%$", cell):
        return False
    return not re.fullmatch(r"[\d\s.,/\-+%]+[A-Za-z]{0,6}", cell)


@lru_cache(maxsize=1)
def _junk_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in [*common()["junk_names"], *rating_words()])


def split_name_profile(tokens: list[str]) -> tuple[str, str]:
    """Split the space-separated words of a flattened row into name and profile.

    A Latin name runs on over the capitalised Latin words after it ("Orbit Silicon Inc");
    a Chinese name takes a short Latin word that continues it ("智谱 AI") unless it
    already ends like a company name ("爱诗科技").

    >>> split_name_profile(["ABLY", "Corp", "韩国电商平台运营商"])
    ('ABLY Corp', '韩国电商平台运营商')
    >>> split_name_profile(["爱诗科技", "AI", "视频大模型研发商"])
    ('爱诗科技', 'AI 视频大模型研发商')
    >>> split_name_profile(["智谱", "AI", "AI知识智能技术开发商"])
    ('智谱 AI', 'AI知识智能技术开发商')
    >>> split_name_profile(["Orbit", "Silicon", "Inc", "硅光互连芯片"])
    ('Orbit Silicon Inc', '硅光互连芯片')
    """
    if not tokens:
        return "", ""
    tails = set(load("tables", "en")["investment"]["latin_name_tails"])
    cjk_suffixes = tuple(load("tables", "zh")["investment"]["cjk_name_suffixes"])
    name, rest = [tokens[0]], tokens[1:]
    if re.fullmatch(r"[A-Za-z0-9.&'\-]+", tokens[0]):
        while len(rest) >= 2 and (
            re.fullmatch(r"[A-Z][A-Za-z0-9.&'\-]*", rest[0]) or rest[0] in tails
        ):
            name.append(rest.pop(0))
    elif not tokens[0].endswith(cjk_suffixes):
        while len(rest) >= 2 and rest[0] in tails:
            name.append(rest.pop(0))
    return " ".join(name), " ".join(rest)


def source_lines(report: SegmentedReport) -> list[str]:
    """The report's normalised text as lines (table ``start_line`` numbers index these)."""
    return _split_lines(report.text)


@lru_cache(maxsize=8)
def _split_lines(text: str) -> list[str]:
    return text.split("\n")


def row_line(report: SegmentedReport, table: Table, index: int) -> int:
    """The 1-based source line of ``table.rows[index]`` (text tables; 0 for PDF tables)."""
    if not table.start_line:
        return 0
    if table.row_line(index):  # pipe and HTML tables know the line of each row
        return table.row_line(index)
    lines = source_lines(report)
    seen = -1
    for number in range(
        table.start_line, min(len(lines), table.start_line + 4 * len(table.rows)) + 1
    ):
        line = lines[number - 1]
        if line.strip():
            seen += 1
            if seen == index:
                return number
    return table.start_line + index


def table_evidence(report: SegmentedReport, table: Table, index: int) -> Evidence:
    """Evidence for one table row: the non-empty cells joined with " | " and a locator
    ("line N" for text tables, "page P table 'caption' row K" for PDF tables)."""
    row = [clean_cell(c) for c in table.rows[index]]
    text = " | ".join(c for c in row if c)
    if table.source == "pdf" or not table.start_line:
        locator = f"page {table.page} table '{clean_cell(table.caption)}' row {index}"
    elif table.source in ("pipe", "html"):  # "line N table 'caption' row K"
        locator = table.locator(index)
    else:
        locator = f"line {row_line(report, table, index)}"
    return Evidence(report.meta.report_id, text, locator)


def text_tables(report: SegmentedReport) -> list[Table]:
    """The report's tables in reading order (text tables by line, then PDF tables)."""
    return sorted(report.tables, key=lambda t: (t.source == "pdf", t.page, t.start_line))


@lru_cache(maxsize=1)
def _ticker() -> re.Pattern[str]:
    return re.compile(common()["rating"]["ticker_pattern"])


def is_ticker(text: str) -> bool:
    """A listed company's ticker ("0700.HK", "TME.N", "688256.SH").

    >>> is_ticker("0700.HK"), is_ticker("PDD.O"), is_ticker("EPS"), is_ticker("2025E")
    (True, True, False, False)
    """
    return bool(_ticker().match(clean_cell(text)))


def ticker_currency(ticker: str) -> str:
    """The currency a stock's prices are quoted in, from its ticker's exchange suffix
    (``rating.currency_by_suffix``: "0700.HK" and "9988 HK" in HKD); "" if none is known.

    >>> ticker_currency("0700.HK"), ticker_currency("9988 HK"), ticker_currency("Orbis")
    ('HKD', 'HKD', '')
    """
    suffix = ticker.replace(" ", ".").rsplit(".", 1)[-1]
    return common()["rating"]["currency_by_suffix"].get(suffix, "")
