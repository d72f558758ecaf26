"""Investment tables: one Investment event per row (investor -> investee).

Two layouts are common: a company's investments of recent years (investee, one-line
profile, date, round) and its semiconductor investments (index, investee, chain segment,
round, date). The investor is named in the caption ("图 N: 投资方: ...") or, for a table
continued after a page break without a caption, by the table it continues. Column roles
come from header words and, where a header is missing or unusual, from the shape of the
cells (a column of dates, a column of rounds, a column of row numbers).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from aikg.extractors.names.gate import is_entity
from aikg.extractors.names.lexicon import name_key
from aikg.extractors.tables.columns import (
    amount_in_unit,
    caption_unit,
    column_roles,
    has_header,
    header_unit,
    is_investment_table,
)
from aikg.extractors.tables.common import (
    caption_words,
    cell_shape,
    common,
    is_name,
    source_lines,
    table_evidence,
)
from aikg.extractors.tables.rows import Row, flat_row, read_rows
from aikg.extractors.text.patterns import kept
from aikg.extractors.text.surface import clean_cell, clean_surface
from aikg.extractors.values.amounts import parse_amount
from aikg.extractors.values.dates import resolve_date
from aikg.extractors.values.rounds import normalise_round
from aikg.schema import (
    EntityFact,
    EntityRef,
    EventFact,
    Evidence,
    Fact,
    Participant,
    SegmentedReport,
    Table,
)


def investor_from_caption(caption: str) -> str:
    """The investor a caption names.

    >>> investor_from_caption("图 7: 星河资本: 近三年对外投资情况及被投企业简介")
    '星河资本'
    >>> investor_from_caption("表 3 星河资本近两年对外投资情况")
    '星河资本'
    >>> investor_from_caption("资料来源: Wind")
    ''
    """
    for rule in common()["investment"]["investor_from_caption"]:
        m = kept(rule["re"], re.I).match(caption)
        if m and is_name(m.group("investor")):
            return clean_surface(m.group("investor"))
    return ""


def _event(
    report: SegmentedReport, investor: str, row: Row, evidence: Evidence, unit: str = ""
) -> list[Fact]:
    round_, kind = normalise_round(row.round_text) or ("", "equity")
    props: dict = {"kind": kind, "status": "completed"}
    if round_:
        props.update(round=round_, round_text=row.round_text)
    date = resolve_date(row.date, report.meta.period) if row.date else None
    if date:
        props.update(date.props())
    amount = (parse_amount(row.amount) or amount_in_unit(row.amount, unit)) if row.amount else None
    if amount:
        props.update(amount.props())
    investee = EntityRef(clean_surface(row.investee), "Company")
    investors = tuple(_without_descriptor(i) for i in row.investors if _is_investor(i))
    investors = investors or ((investor,) if investor else ())
    facts: list[Fact] = [
        EntityFact(investee, evidence, {"profile": row.profile} if row.profile else {})
    ]
    if not investors:
        return facts
    parts = [Participant("MAKES_INVESTMENT", "in", EntityRef(i, "Company")) for i in investors]
    parts.append(Participant("INVESTS_IN", "out", investee))
    facts.append(EventFact("Investment", props, parts, evidence, key=("date", "round")))
    return facts


def _caption_before(report: SegmentedReport, line: int, stop: int) -> str:
    """The nearest figure caption above ``line`` (and below ``stop``), if any."""
    lines = source_lines(report)
    pattern = re.compile(common()["investment"]["caption_line"], re.I)
    for number in range(min(line - 1, len(lines)), max(stop, 0), -1):
        text = lines[number - 1].strip()
        if "\t" in text:
            return ""
        if pattern.match(text):
            return clean_cell(text.lstrip("#"))
    return ""


def _is_investor(name: str) -> bool:
    """A name in an investor cell that names an investor, not a placeholder ("Undisclosed",
    "existing investors", "others").

    >>> _is_investor("Harbourline Ventures"), _is_investor("existing investors")
    (True, False)
    """
    return not _placeholder().match(name)


def _without_descriptor(name: str) -> str:
    """An investor's name without the word that says it invested before ("老股东云杉资本",
    "existing investor Tallis Capital").

    >>> _without_descriptor("老股东云杉资本"), _without_descriptor("existing investor Okapi")
    ('云杉资本', 'Okapi')
    """
    bare = _descriptor().sub("", name).strip()
    return bare if bare and is_entity(bare) else name


@lru_cache(maxsize=1)
def _placeholder() -> re.Pattern[str]:
    return re.compile(common()["investment"]["investor_placeholder"], re.I)


@lru_cache(maxsize=1)
def _descriptor() -> re.Pattern[str]:
    return re.compile(common()["investment"]["investor_descriptor"], re.I)


def _one_investor_column(
    body: list[list[str]], roles: dict[int, str]
) -> tuple[list[list[str]], dict[int, str]]:
    """The rows with every investor column ("Lead", "Participants") joined into the
    first, one name a ";"-separated part ("A and B" is two names), and the roles with
    that one investor column.

    >>> _one_investor_column([["X", "A", "B and C"]], {0: "investee", 1: "investor", 2: "investor"})
    ([['X', 'A; B; C', 'B and C']], {0: 'investee', 1: 'investor'})
    """
    columns = [j for j, role in roles.items() if role == "investor"]
    if not columns:
        return body, roles
    joined = []
    for cells in body:
        parts = [clean_cell(cells[j]) for j in columns if j < len(cells)]
        text = re.sub(r"\s+and\s+", "; ", "; ".join(p for p in parts if p))
        joined.append([text if j == columns[0] else c for j, c in enumerate(cells)])
    return joined, {j: r for j, r in roles.items() if r != "investor" or j == columns[0]}


def _table_rows(report: SegmentedReport) -> Iterator[tuple[str, Row, Evidence, str]]:
    """(investor, row, evidence, amount unit) from every investment table of
    ``report.tables``."""
    last = _Last()
    for table in _ordered(report):
        kept = [i for i, r in enumerate(table.rows) if any(clean_cell(c) for c in r)]
        rows = [table.rows[i] for i in kept]
        if not rows:
            continue
        # a header of two rows (a group row over its columns) reads as each column's full header
        depth = table.header_rows if 1 < table.header_rows < len(rows) else 1
        top = table.column_headers if depth > 1 else rows[0]
        header = [clean_cell(c) for c in top] if has_header([top, *rows[depth:]]) else None
        body, kept = (rows[depth:], kept[depth:]) if header else (rows, kept)
        if not body:
            continue
        if header:  # a header repeated inside the table (after a page break) is no row
            kept = [
                k for k, r in zip(kept, body, strict=True) if [clean_cell(c) for c in r] != header
            ]
            body = [r for r in body if [clean_cell(c) for c in r] != header]
        caption = clean_cell(table.caption)
        roles = column_roles(body, header)
        if not header and last.near(table) and last.roles and _fits(body, last.roles):
            roles = last.roles
        if not body or not is_investment_table(body, header, caption):
            continue
        investor = investor_from_caption(caption) or _caption_investor(report, table, body, last)
        if not investor and last.near(table):
            investor = last.investor  # a table continued after a page break
        amounts = [j for j, role in roles.items() if role == "amount"]
        unit = (header_unit(header[amounts[0]]) if header and amounts else "") or caption_unit(
            caption
        )
        cells, read = _one_investor_column(body, roles)
        for index, row in read_rows(cells, read):
            yield investor, row, table_evidence(report, table, kept[index]), unit
        last = _Last(investor, roles, table.start_line + len(table.rows), table.page)


def _line_rows(report: SegmentedReport) -> Iterator[tuple[str, Row, Evidence, str]]:
    """(investor, row, evidence) from investment rows flattened into lines, under a
    caption naming the investor."""
    caption_line = re.compile(common()["investment"]["caption_line"], re.I)
    words = re.compile(caption_words(), re.I)
    for section in report.sections:
        if section.kind == "disclaimer":
            continue
        investor = ""
        for i, line in enumerate(section.lines):
            if "\t" in line:
                continue
            if caption_line.match(line):
                investor = investor_from_caption(line) if words.search(line) else ""
                continue
            row = flat_row(line) if investor else None
            if row:
                cells = [row.investee, row.profile, row.date, row.round_text]
                text = " | ".join(c for c in cells if c)
                yield (
                    investor,
                    row,
                    Evidence(report.meta.report_id, text, f"line {section.line_of(i)}"),
                    "",
                )


def extract_investments(
    report: SegmentedReport, read: Iterable[tuple[Row, Evidence]] = ()
) -> Iterator[Fact]:
    """Investment events (and investee profiles) from every investment table, whether a
    tab, PDF or flattened text table, and from the rows other readers made of the report
    (``read``: its funding cards); a row read twice gives one event."""
    seen: set[tuple] = set()
    _placeholder(), _descriptor()  # the rules are read with the tables, needed or not
    cards = [("", row, evidence, "") for row, evidence in read]
    for investor, row, evidence, unit in [*_table_rows(report), *_line_rows(report), *cards]:
        key = (
            name_key("Company", investor),
            name_key("Company", row.investee),
            row.date,
            row.round_text.replace(" ", ""),
        )
        if key in seen:
            continue
        seen.add(key)
        yield from _event(report, investor, row, evidence, unit)


@dataclass
class _Last:
    """The investment table read last: a captionless table right after it continues it."""

    investor: str = ""
    roles: dict[int, str] | None = None
    end_line: int = -(10**6)
    page: int = -(10**6)

    def near(self, table: Table) -> bool:
        if table.source == "pdf":
            return 0 <= table.page - self.page <= 1
        return (
            0
            <= table.start_line - self.end_line
            <= int(common()["investment"]["inherit_within_lines"])
        )


def _caption_investor(
    report: SegmentedReport, table: Table, body: list[list[str]], last: _Last
) -> str:
    """The investor named by the nearest figure caption above the table in the text.

    A PDF table's rows are kept out of the page text, so only the caption the reader
    found above it can name its investor; a PDF table without one continues the last.
    """
    if table.source == "pdf":
        return ""
    line = table.start_line
    if not line:
        return ""
    stop = last.end_line
    return investor_from_caption(_caption_before(report, line, stop))


def _fits(body: list[list[str]], roles: dict[int, str]) -> bool:
    """Do the rows of a continued table line up with the columns of the one before?"""
    return all(
        cell_shape(r[j]) == roles[j]
        for r in body[:3]
        for j in roles
        if roles[j] in ("date", "round")
        if j < len(r)
    )


def _ordered(report: SegmentedReport) -> list[Table]:
    return sorted(report.tables, key=lambda t: (t.source == "pdf", t.page, t.start_line))
