"""Placement allotment tables: one Investment a purchaser (purchaser -> issuer).

Results notices of a 定增 (发行情况报告书, 上市公告书) and the notes that reprint them list
the purchasers one a row, each with its own allotment ("序号 | 发行对象 | 获配股数（股）|
获配金额（元）| 限售期"; "Placee | Shares allotted | Subscription amount (US$ mn)"). A
table is such when its header names a purchaser column and an allotment column; the
issuer is the company its caption, or the line above it, names before the placement word
("表 2：衡岳科技本次定增获配情况"). The amount is the row's own (in its column's unit); the
share count, the issue price and the total row are no purchaser's amount. The words are
the ``placement`` rules of ``rules/tables/common.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from aikg.extractors.names.gate import is_entity
from aikg.extractors.tables.columns import amount_in_unit, header_unit
from aikg.extractors.tables.common import common, is_name, source_lines, table_evidence
from aikg.extractors.text.surface import clean_cell, clean_surface
from aikg.extractors.values.amounts import Amount, parse_amount
from aikg.schema import EntityFact, EntityRef, EventFact, Fact, Participant, SegmentedReport, Table

_ROLES = ("purchaser", "amount", "shares")


@lru_cache(maxsize=1)
def _columns() -> dict[str, re.Pattern[str]]:
    words = common()["placement"]["columns"]
    return {role: re.compile("|".join(words[role]), re.I) for role in _ROLES}


@lru_cache(maxsize=1)
def _issuer() -> re.Pattern[str]:
    return re.compile(common()["placement"]["issuer"])


@lru_cache(maxsize=1)
def _total() -> re.Pattern[str]:
    return re.compile(common()["placement"]["total_row"], re.I)


def allotment_roles(header: list[str]) -> dict[str, int]:
    """Role -> column of an allotment table's header; {} when it is none (no purchaser
    column, or neither an amount nor a shares column).

    >>> allotment_roles(["序号", "发行对象", "获配股数（股）", "获配金额（元）", "限售期（月）"])
    {'purchaser': 1, 'amount': 3, 'shares': 2}
    >>> allotment_roles(["公司", "轮次", "金额"])
    {}
    """
    patterns, roles = _columns(), {}
    cells = [clean_cell(c) for c in header]
    for role in _ROLES:
        for j, cell in enumerate(cells):
            if j not in roles.values() and cell and patterns[role].search(cell):
                roles[role] = j
                break
    if "purchaser" not in roles or not ({"amount", "shares"} & roles.keys()):
        return {}
    return roles


def placement_issuer(text: str) -> str:
    """The issuer a caption or a line names before its placement word, else "".

    >>> placement_issuer("表 2：衡岳科技本次定增获配情况")
    '衡岳科技'
    >>> placement_issuer("Exhibit 3: Aurora Compute placing allocations")
    'Aurora Compute'
    >>> placement_issuer("资料来源：公司公告")
    ''
    """
    m = _issuer().search(clean_cell(text))
    name = clean_surface(m.group("issuer")) if m else ""
    return name if name and is_entity(name) else ""


def _issuer_of(report: SegmentedReport, table: Table) -> str:
    """The issuer the table's caption names, else the nearest non-empty line above it."""
    if found := placement_issuer(table.caption):
        return found
    if table.source == "pdf" or not table.start_line:
        return ""
    lines = source_lines(report)
    for number in range(min(table.start_line - 1, len(lines)), max(table.start_line - 4, 0), -1):
        if line := lines[number - 1].strip():
            return placement_issuer(line)
    return ""


def _amount(cell: str, unit: str) -> Amount | None:
    """A row's allotment in its column's unit ("1,230,000,000" under "获配金额（元）").

    >>> _amount("419,999,987.50", "元").props()["amount"]
    419999987.5
    >>> _amount("4.2 亿元", "").props()["amount"]
    420000000.0
    """
    text = clean_cell(cell).replace(" ", "")
    if not text:
        return None
    return amount_in_unit(text, unit) or parse_amount(text)


def extract_placements(report: SegmentedReport) -> Iterator[Fact]:
    """An Investment of each purchaser of every allotment table in the issuer."""
    _issuer(), _total()  # the rules are read with the tables, needed or not
    for table in report.tables:
        if len(table.rows) <= table.header_rows:
            continue
        roles = allotment_roles(table.header)
        issuer = _issuer_of(report, table) if roles else ""
        if not issuer:
            continue
        amount_col = roles.get("amount")
        unit = header_unit(table.header[amount_col]) if amount_col is not None else ""
        issuer_ref = EntityRef(issuer, "Company")
        for index in range(table.header_rows, len(table.rows)):
            cells = table.rows[index]
            name = clean_surface(clean_cell(cells[roles["purchaser"]]))
            if not name or _total().match(name) or not is_name(name):
                continue
            props: dict = {"kind": "equity", "status": "completed"}
            props.update(round="private_placement", round_text="定增")
            amount = _amount(cells[amount_col], unit) if amount_col is not None else None
            if amount is not None:
                props.update(amount.props())
            evidence = table_evidence(report, table, index)
            parts = [
                Participant("MAKES_INVESTMENT", "in", EntityRef(name, "Company")),
                Participant("INVESTS_IN", "out", issuer_ref),
            ]
            yield EntityFact(issuer_ref, evidence, {})
            yield EventFact("Investment", props, parts, evidence, key=("round",))
