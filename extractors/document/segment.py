"""Segment a document: normalise its text, find its metadata, sections and tables.

Handles the layouts reports come in: markdown (front matter, headings of any level,
image links and HTML tags), plain headings, hard-wrapped lines (a PDF's fixed line
width, with breaks inside names and numbers), tables (tab-separated, markdown pipe,
inline HTML: :mod:`.table_forms`) and the OCR slips of PDF-to-text conversion.
"""

from __future__ import annotations

import re

from aikg.extractors.document.aligned import aligned_tables
from aikg.extractors.document.headings import heading_kind, section_rules, toc_entry
from aikg.extractors.document.markdown import clean_line, front_matter
from aikg.extractors.document.meta import find_meta
from aikg.extractors.document.normalise import (
    normalise_table,
    normalise_text,
    reflow,
    wrap_width,
)
from aikg.extractors.document.table_forms import html_tables, pipe_tables, tsv_tables
from aikg.schema import Document, Section, SegmentedReport, Table


def read_tables(lines: list[str], numbers: list[int]) -> tuple[list[Table], set[int]]:
    """Every text table (tab-separated, space-aligned, pipe, HTML), in order, and the
    indexes of the lines the aligned, pipe and HTML tables take (kept out of the running
    text; tab-separated rows stay in it, where the prose readers skip them)."""
    html, taken = html_tables(lines, numbers)
    masked = ["" if k in taken else ln for k, ln in enumerate(lines)]
    pipe, piped = pipe_tables(masked, numbers)
    taken |= piped
    masked = ["" if k in taken else ln for k, ln in enumerate(lines)]
    tsv = tsv_tables(masked, numbers)
    aligned, lined = aligned_tables(masked, numbers)
    taken |= lined
    tables = tsv + aligned + pipe + html
    return sorted(tables, key=lambda t: t.start_line), taken


def find_tables(lines: list[str], numbers: list[int]) -> list[Table]:
    """The text tables of ``lines`` (see :func:`read_tables`)."""
    return read_tables(lines, numbers)[0]


def _reflow(
    body: list[str], numbers: list[int], width: int, markdown: bool
) -> tuple[list[str], list[int]]:
    """Hard-wrapped lines joined back; in markdown a blank line ends a paragraph."""
    if not markdown:
        return reflow(body, numbers, width)
    lines: list[str] = []
    out_numbers: list[int] = []
    start = 0
    for k in range(len(body) + 1):
        if k == len(body) or not body[k].strip():
            if k > start:
                part, part_numbers = reflow(body[start:k], numbers[start:k], width)
                lines += part
                out_numbers += part_numbers
            start = k + 1
    return lines, out_numbers


def segment(doc: Document) -> SegmentedReport:
    """Split a document into metadata, sections and tables."""
    text = normalise_text(doc.text)
    raw_lines = text.split("\n")
    numbers = list(range(1, len(raw_lines) + 1))
    front, body_start = front_matter(raw_lines)
    tables, taken = read_tables(raw_lines, numbers)
    # front matter and the pipe/HTML tables' lines leave the running text (their line
    # numbers stay), and markup leaves the prose
    body = [
        "" if k < body_start or k in taken else clean_line(ln) for k, ln in enumerate(raw_lines)
    ]
    width = wrap_width(body)
    if width:
        lines, numbers = _reflow(body, numbers, width, doc.path.lower().endswith(".md"))
    else:
        lines = [ln.rstrip() for ln in body]
    meta = find_meta(doc, lines, front=front, cover=body[body_start:])

    sections: list[Section] = []
    current = Section(kind="front", heading="", lines=[], start_line=1, line_numbers=[])
    in_toc = False
    # once the closing legal text starts ("免责声明", "重要声明" in the back half), every
    # later section (addresses, more notices) is part of it
    sticky = re.compile(section_rules()["sticky_disclaimer"])
    in_legal = False
    half = len(raw_lines) / 2
    for line, number in zip(lines, numbers, strict=True):
        kind = heading_kind(line)
        if in_toc and line.strip():
            if toc_entry(line):
                kind = None  # a table-of-contents entry, not a heading
            elif kind is None:
                # the contents end: what follows is body text, not part of the toc
                in_toc = False
                sections.append(current)
                current = Section(kind="prose", heading="", lines=[], start_line=number)
        if kind is not None:
            if current.lines or current.heading:
                sections.append(current)
            heading = line.strip().lstrip("#").strip()
            if kind == "disclaimer" and number > half and sticky.match(heading):
                in_legal = True
            if in_legal:
                kind = "disclaimer"
            current = Section(kind=kind, heading=heading, lines=[], start_line=number + 1)
            in_toc = kind == "toc"
            continue
        if line.strip():
            current.lines.append(line)
            current.line_numbers.append(number)
    sections.append(current)
    for table in doc.pdf_tables:
        tables.append(normalise_table(table))
    return SegmentedReport(meta=meta, sections=sections, tables=tables, text=text)
