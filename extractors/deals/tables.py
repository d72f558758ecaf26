"""Deal tables: one ``Deal`` per row, from who pays to who is paid.

Thematic notes and digests list orders, compute contracts and leases as tables ("日期 |
买方 | 卖方 | 标的 | 金额", "Customer | Provider | Value | Term"). A table is a deal table
when its header names a payer column and a payee column (or a payer column beside the
company a listed company's order table is about); the header words are in
``rules/deals/common.toml`` ("table"). The kind of a row comes from the cue words of its
object cell, else of the caption and header, as in prose (:func:`.frames.kind_from_cues`).

>>> from aikg.schema import ReportMeta, SegmentedReport, Table
>>> t = Table([["日期", "买方", "卖方", "标的", "金额"],
...            ["10/15", "甲云", "乙算力", "5000P 算力租赁", "约 21 亿元"]], start_line=3)
>>> r = SegmentedReport(ReportMeta("r", period="2025-10"), [], [t], "")
>>> [(f.label, f.props["kind"], f.props["amount"], f.props["date"])
...  for f in extract_tables(r) if hasattr(f, "label")]
[('Deal', 'compute_lease', 2100000000.0, '2025-10-15')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from aikg.extractors.deals.frames import kind_from_cues
from aikg.extractors.deals.providers import is_compute_provider
from aikg.extractors.names.gate import is_entity, strip_note
from aikg.extractors.names.mentions import Mention
from aikg.extractors.rules import load
from aikg.extractors.tables.columns import amount_in_unit, caption_unit, header_unit
from aikg.extractors.tables.common import is_date_cell, is_name, table_evidence
from aikg.extractors.text.surface import clean_cell, clean_surface
from aikg.extractors.values.amounts import parse_amount
from aikg.extractors.values.dates import DateValue, resolve_date
from aikg.schema import EntityFact, EntityRef, EventFact, Fact, Participant, SegmentedReport, Table

ROLES = ("payer", "payee", "object", "amount", "date", "term")


@lru_cache(maxsize=1)
def _columns() -> dict[str, re.Pattern[str]]:
    table = load("deals")["table"]
    words = {role: table["columns"][role] for role in ROLES}
    words["company"] = table["company_column"]
    return {role: re.compile("|".join(w), re.I) for role, w in words.items()}


def header_roles(header: list[str]) -> dict[int, str]:
    """Column index -> role, each role given to the first column its words name.

    >>> header_roles(["公司", "客户", "合同金额", "期限"])
    {1: 'payer', 2: 'amount', 3: 'term', 0: 'payee'}
    >>> header_roles(["公司", "轮次", "金额"])
    {2: 'amount'}
    >>> header_roles(["Supplier", "Share of bits", "Main customers"])
    {2: 'payer', 0: 'payee'}
    """
    patterns, roles = _columns(), {}
    cells = [clean_cell(c) for c in header]
    for role in ROLES:
        for j, cell in enumerate(cells):
            if j not in roles and cell and patterns[role].search(cell):
                roles[j] = role
                break
    if "payer" in roles.values() and "payee" not in roles.values():
        for j, cell in enumerate(cells):
            if j not in roles and cell and patterns["company"].search(cell):
                roles[j] = "payee"
                break
    return roles


def _party(cell: str) -> str:
    name = clean_surface(strip_note(clean_cell(cell)))
    return name if name and is_name(name) and is_entity(name) else ""


def _header_unit(header: list[str]) -> str:
    """The unit in the header cell of the amount column ("US$bn"), else "".

    >>> _header_unit(["Customer", "Provider", "Value (US$bn)"])
    'US$bn'
    """
    for j, role in header_roles(header).items():
        unit = header_unit(header[j]) if role == "amount" else ""
        if unit:
            return unit
    return ""


def _line_before(report: SegmentedReport, line: int) -> str:
    """The text line just above a table, over one blank line (its caption when the
    reader kept none)."""
    above = {
        number: text
        for section in report.sections
        for number, text in zip(section.line_numbers, section.lines, strict=False)
        if line - 2 <= number < line and text.strip()
    }
    return above[max(above)] if above else ""


def _date_column(rows: list[list[str]], roles: dict[int, str]) -> int | None:
    """The column whose cells are dates, when no header word names one ("Signed",
    "When" over "3 Nov 2025"): at least half the filled cells of the body are dates.

    >>> _date_column([["A", "B", "3 Nov 2025"], ["C", "D", "Sep 2025"]], {0: "payer"})
    2
    """
    width = max((len(r) for r in rows), default=0)
    for j in range(width):
        cells = [clean_cell(r[j]) for r in rows if j < len(r) and clean_cell(r[j])]
        dated = sum(1 for c in cells if is_date_cell(c))
        if j not in roles and cells and dated * 2 >= len(cells):
            return j
    return None


def _date_in_text(row: dict[str, str], period: str) -> DateValue | None:
    """The day or month a row states in its words when no date column holds it ("seven
    years from 3 Nov 2025", "signed Sep 2025"); a bare year there is a start or a target
    ("from 2027"), no date.

    >>> _date_in_text({"object": "capacity, signed 8 Sep 2025", "rest": ""}, "2025-12").iso
    '2025-09-08'
    >>> _date_in_text({"object": "capacity from 2027", "rest": ""}, "2025-12") is None
    True
    """
    for key in ("object", "term", "rest"):
        date = resolve_date(row.get(key, ""), period) if row.get(key) else None
        if date is not None and date.precision in ("day", "month"):
            return date
    return None


def _rows(table: Table) -> Iterator[tuple[int, dict[str, str]]]:
    """(row index, role -> cell) for the body rows of a deal table."""
    header = table.rows[0] if table.rows else []
    roles = header_roles(header)
    if not {"payer", "payee"} <= set(roles.values()):
        return
    if "date" not in roles.values():
        column = _date_column(table.rows[max(table.header_rows, 1) :], roles)
        roles = roles if column is None else {**roles, column: "date"}
    # who supplies whom, and nothing bought, paid or dated ("Supplier | Share | Main
    # customers"): a table of customers, not of deals
    if not {"object", "amount", "date", "term"} & set(roles.values()):
        return
    for index in range(max(table.header_rows, 1), len(table.rows)):
        cells = table.rows[index]
        row = {role: clean_cell(cells[j]) for j, role in roles.items() if j < len(cells)}
        row["rest"] = " | ".join(clean_cell(c) for j, c in enumerate(cells) if j not in roles)
        if [clean_cell(c) for c in cells] != [clean_cell(c) for c in header]:
            yield index, row


def extract_tables(report: SegmentedReport) -> Iterator[Fact]:
    """A Deal (and its parties as entities) for every row of every deal table."""
    rules = load("deals")
    default_kind, status = rules["table"]["default_kind"], rules["default_status"]
    for table in report.tables:
        context = " ".join([table.caption, *table.rows[0]]) if table.rows else table.caption
        unit = (_header_unit(table.rows[0]) if table.rows else "") or caption_unit(
            table.caption or _line_before(report, table.start_line)
        )
        for index, row in _rows(table):
            payer, payee = _party(row.get("payer", "")), _party(row.get("payee", ""))
            if not payer or not payee or payer == payee:
                continue
            evidence = table_evidence(report, table, index)
            what = " ".join(row.get(k, "") for k in ("object", "term"))
            props: dict = {"kind": kind_from_cues(what) or kind_from_cues(context) or default_kind}
            if props["kind"] == default_kind and is_compute_provider(
                Mention(0, 0, payee, "Company")
            ):
                props["kind"] = "cloud_contract"  # paid to a cloud or neocloud
            props["status"] = status
            amount = (
                parse_amount(row.get("amount", ""))
                or amount_in_unit(row.get("amount", ""), unit)
                or parse_amount(row.get("object", ""))
            )
            if amount:
                props.update(amount.props())
            date = resolve_date(row["date"], report.meta.period) if row.get("date") else None
            date = date or _date_in_text(row, report.meta.period)
            if date:
                props.update(date.props())
            if row.get("object"):
                props["summary"] = row["object"]
            refs = [EntityRef(payer, "Company"), EntityRef(payee, "Company")]
            yield from (EntityFact(ref, evidence, {}) for ref in refs)
            parts = [Participant("PAYS_FOR", "in", refs[0]), Participant("PAID_TO", "out", refs[1])]
            yield EventFact("Deal", props, parts, evidence, key=("kind", "date", "amount"))
