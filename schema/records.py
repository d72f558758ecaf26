"""Plain typed records that flow between the pipeline stages.

read -> ``Document``; segment -> ``SegmentedReport`` (``ReportMeta``, ``Section``,
``Table``); extract -> ``Fact`` objects (``EntityFact``, ``RelationFact``, ``EventFact``),
each with its ``Evidence``; resolve and graph turn facts into nodes and edges.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the report, the sentence or table row, and a locator."""

    report_id: str
    text: str
    locator: str = ""  # e.g. "line 214", "table 'AI 芯片对比' row 3", "page 5"


@dataclass
class Table:
    """A table as rows of cell strings, the same whatever the source.

    ``rows`` holds every row, header rows first (``header_rows`` of them); a cell spanning
    rows or columns (HTML ``rowspan``/``colspan``) is repeated in each position it covers.
    ``caption`` is the title line above it ("表 2: …", "Exhibit 5: …", a bold line),
    ``source_note`` the "资料来源: …" / "Source: …" line below it. ``row_lines`` gives the
    1-based source line of each row where known (a one-line HTML table: the same line).
    """

    rows: list[list[str]]
    caption: str = ""
    start_line: int = 0  # 1-based line of the first row in the document text (0: PDF table)
    page: int = 0  # 1-based PDF page (0: not from a PDF)
    # "text" (tab or space separated lines), "pipe" (markdown), "html" (inline <table>)
    # or "pdf" (ruled table)
    source: str = "text"
    header_rows: int = 1
    source_note: str = ""
    row_lines: list[int] = field(default_factory=list)

    @property
    def header(self) -> list[str]:
        """Each column's title: the first row's cell, or with a header of two rows or
        more (a group row over its columns) the column's full header (``column_headers``)."""
        if self.header_rows > 1:
            return self.column_headers
        return self.rows[0] if self.rows else []

    @property
    def header_lines(self) -> list[list[str]]:
        """The header rows, top first (``rows[:header_rows]``)."""
        return self.rows[: self.header_rows]

    @property
    def column_headers(self) -> list[str]:
        """Each column's full header: its header rows' cells top to bottom joined with a
        space, a cell a span repeats said once, a group label written once over its
        columns (blank to its right) said over each of them.

        >>> Table([["公司", "净利润", "", "PE"], ["", "2030", "2031E", ""], ["甲", "1", "2", "9"]],
        ...       header_rows=2).column_headers
        ['公司', '净利润 2030', '净利润 2031E', 'PE']
        >>> Table([["A", "B"], ["1", "2"]]).column_headers
        ['A', 'B']
        """
        lines = self.header_lines
        width = max((len(r) for r in self.rows), default=0)
        out = []
        for c in range(width):
            parts: list[str] = []
            for r, row in enumerate(lines):
                cell = row[c].strip(" *_") if c < len(row) else ""
                below = any(c < len(x) and x[c].strip(" *_") for x in lines[r + 1 :])
                k = c
                while not cell and below and k > 0 and r < len(lines) - 1:
                    k -= 1  # a group label written once spans the blanks to its right
                    cell = row[k].strip(" *_") if k < len(row) else ""
                if cell and (not parts or parts[-1] != cell):
                    parts.append(cell)
            out.append(" ".join(parts))
        return out

    def row_line(self, index: int) -> int:
        """The 1-based source line of ``rows[index]``, or 0 when not known."""
        if 0 <= index < len(self.row_lines):
            return self.row_lines[index]
        return 0

    def locator(self, index: int) -> str:
        """Where row ``index`` is, for evidence: line (text), page (PDF), table and row.

        >>> Table([["a"], ["b"]], caption="表 1: X", start_line=4, source="pipe",
        ...       row_lines=[4, 6]).locator(1)
        "line 6 table '表 1: X' row 1"
        >>> Table([["a"]], caption="T", page=2, source="pdf").locator(0)
        "page 2 table 'T' row 0"
        """
        where = f"table '{self.caption}' row {index}"
        if self.source == "pdf" or not self.start_line:
            return f"page {self.page} {where}"
        return f"line {self.row_line(index) or self.start_line + index} {where}"


@dataclass
class Document:
    """A report as read from disk: its text (pages joined) and any PDF tables."""

    path: str
    report_id: str
    text: str
    pdf_tables: list[Table] = field(default_factory=list)
    page_count: int = 0
    content_hash: str = ""  # sha1 of the file's bytes: the same report under two names
    # PDFs only: the page of each line of ``text`` (``text.split("\n")``), 1-based
    line_pages: list[int] = field(default_factory=list)
    # PDFs only: a sidebar or cover box (analysts, contacts, rating, key data), kept out of
    # ``text`` so that no extractor reads it as prose
    sidebar_text: str = ""
    # PDFs only: the running headers and footers dropped from ``text`` (distinct lines)
    running_heads: list[str] = field(default_factory=list)

    def page_of(self, line: int) -> int:
        """The PDF page of a 1-based line of ``text`` (0 when not known).

        >>> Document("a.pdf", "a", "x\\n\\ny", line_pages=[1, 1, 2]).page_of(3)
        2
        """
        return self.line_pages[line - 1] if 0 < line <= len(self.line_pages) else 0


@dataclass
class ReportMeta:
    report_id: str
    title: str = ""
    broker: str = ""
    period: str = ""  # "YYYY-MM": the month the report covers or was written in
    published: str = ""  # ISO date if the report states one
    language: str = "zh"
    path: str = ""
    # monthly_strategy, weekly_digest, thematic, company_note, flash_comment, news_digest,
    # other ("" when unknown)
    report_type: str = ""
    # the analysts the report lists (its sidebar, cover contact block or cover lines)
    analysts: list[str] = field(default_factory=list)


@dataclass
class Section:
    """A run of lines under one heading.

    ``kind`` is one of: "summary", "ai_dynamics", "policy", "industry", "rating", "prose",
    "disclaimer", "toc".
    """

    kind: str
    heading: str
    lines: list[str]
    start_line: int  # 1-based line number of the first line in ``lines``
    line_numbers: list[int] = field(default_factory=list)  # source line of each line
    # the heading's depth: a markdown heading's "#" count, a numbered heading's place in
    # the report's numbering ("一、" 1, "（一）" 2, "1.2" one deeper than "1."); 0 when
    # the section has no heading or the heading shows no depth
    level: int = 0
    # the indices of ``lines`` that a blank line came before in the source, where the
    # text gives blank lines a meaning: a paragraph ends there, whatever the line before
    # it ends with
    breaks: set[int] = field(default_factory=set)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def line_of(self, index: int) -> int:
        """The 1-based line in the source file where ``lines[index]`` starts."""
        if index < len(self.line_numbers):
            return self.line_numbers[index]
        return self.start_line + index


@dataclass
class SegmentedReport:
    meta: ReportMeta
    sections: list[Section]
    tables: list[Table]
    text: str  # the whole normalised text, for extractors that read across sections
    # PDFs only: the lines of the sidebar or cover box (Document.sidebar_text); only the
    # key-data reader looks at them (a rating and price target printed there alone)
    sidebar: list[str] = field(default_factory=list)
    # What earlier extractors found travels as an argument (aikg.extractors.known.Known),
    # never in the report, so the report an extractor reads is the same for all of them.

    def sections_of(self, *kinds: str) -> list[Section]:
        return [s for s in self.sections if s.kind in kinds]


@dataclass(frozen=True)
class EntityRef:
    """A named thing as the text calls it, with the label the extractor gave it."""

    name: str
    label: str


@dataclass
class EntityFact:
    """A named entity and properties the report states of it (a chip's specs, a profile)."""

    entity: EntityRef
    evidence: Evidence
    props: dict[str, Any] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()  # other surface forms the same passage gives (ticker)


@dataclass
class RelationFact:
    """A typed relationship between two named entities."""

    type: str
    source: EntityRef
    target: EntityRef
    evidence: Evidence
    props: dict[str, Any] = field(default_factory=dict)


@dataclass
class Participant:
    """One side of an event-like fact: the relationship type, its direction, the entity.

    ``direction`` is "in" when the relationship points from the entity to the event node
    (an investor ``MAKES_INVESTMENT``), "out" when it points from the event to the entity.
    """

    rel_type: str
    direction: str
    entity: EntityRef
    props: dict[str, Any] = field(default_factory=dict)


@dataclass
class EventFact:
    """An event-like node (Investment, Deal, Policy, Event) and its participants.

    Its node id is derived from ``label``, the resolved participants and ``key`` (the
    properties that tell two such events apart, e.g. date and round), so the same event
    read twice, or from two reports, becomes one node with both pieces of evidence.
    """

    label: str
    props: dict[str, Any]
    participants: list[Participant]
    evidence: Evidence
    key: tuple[str, ...] = ()


Fact = EntityFact | RelationFact | EventFact


@dataclass
class ReportError:
    """A document that could not be processed, and why (one line)."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
