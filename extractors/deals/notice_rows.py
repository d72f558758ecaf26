"""Notice tables read as prose: "公司 | 公告日 | 事项" rows, one sentence each.

Broker weeklies and monthlies sum up their 公司动态 / 重要公告, and digests their
month's deals ("日期 | 事件 | 金额"), as a table whose event column is free text
("中标中国联通 … 项目，中标金额 7.42 亿元", "拟以 1.6 亿元受让 X 40% 股权"). Such a
table has no payer or payee column, so the deal-table reader (:mod:`.tables`) passes
it by; each row is instead handed to the prose recogniser as the sentence "| company
| date | event | amount |" (the columns the table has, as the source shows them), in
which the company cell is the event's elided subject, the date cell dates it and the
amount cell sizes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from aikg.extractors.rules import load
from aikg.extractors.text.sentences import Sentence
from aikg.extractors.text.surface import clean_cell
from aikg.schema import SegmentedReport, Table


@lru_cache(maxsize=1)
def _header_words() -> dict[str, re.Pattern[str]]:
    """The header words of a notice table: the company, date and amount columns as deal
    tables name them (``rules/deals/common.toml``), the event column (``event_column``)."""
    table = load("deals")["table"]
    words = {"company": table["company_column"], **table["columns"]}
    out = {role: re.compile("|".join(words[role]), re.I) for role in _ROLES + _DEAL_ROLES}
    out["event"] = re.compile(load("deals", "zh")["event_column"], re.I)
    return out


_ROLES = ("company", "date", "amount")  # optional columns, in the order a row is read
_DEAL_ROLES = ("payer", "payee")


def _columns(header: list[str]) -> list[int] | None:
    """The columns of a notice table a row sentence is made of (company, date, event,
    amount, those the header has), else None: no event column, neither a company nor a
    date column, or a payer or payee column (a deal table's).

    >>> _columns(["公司", "公告日", "事项"]), _columns(["日期", "事件", "金额"])
    ([0, 1, 2], [0, 1, 2])
    >>> _columns(["公司", "客户", "日期", "事项"]), _columns(["事件", "影响"])
    (None, None)
    """
    words = _header_words()
    cells = [clean_cell(c) for c in header]

    def column(role: str) -> int | None:
        return next((j for j, c in enumerate(cells) if c and words[role].search(c)), None)

    event = column("event")
    if event is None or any(column(role) is not None for role in _DEAL_ROLES):
        return None
    found = {role: column(role) for role in _ROLES}
    if found["company"] is None and found["date"] is None:
        return None
    order = [found["company"], found["date"], event, found["amount"]]
    cols = [j for j in order if j is not None]
    return cols if len(set(cols)) == len(cols) else None


def _row_sentence(table: Table, index: int, cols: list[int]) -> Sentence | None:
    """The row as the sentence "| company | date | event | amount |", with its line."""
    cells = table.rows[index]
    if max(cols) >= len(cells):
        return None
    parts = [clean_cell(cells[j]) for j in cols]
    if not all(parts[:2]):
        return None
    return Sentence("| " + " | ".join(parts) + " |", table.row_line(index))


def notice_row_sentences(report: SegmentedReport) -> Iterator[Sentence]:
    """One sentence per body row of every notice table of the report."""
    for table in report.tables:
        cols = _columns(table.rows[0]) if table.rows else None
        if cols is None:
            continue
        for index in range(max(table.header_rows, 1), len(table.rows)):
            sentence = _row_sentence(table, index, cols)
            if sentence is not None:
                yield sentence
