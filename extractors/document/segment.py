"""Segment a document: normalise its text, find its metadata, sections and tables.

Handles the layouts reports come in: markdown (front matter, headings of any level,
image links and HTML tags), plain headings, hard-wrapped lines (a PDF's fixed line
width, with breaks inside names and numbers), tables (tab-separated, markdown pipe,
inline HTML: :mod:`.table_forms`), the OCR slips of PDF-to-text conversion, and text
dumps that ran the page footer into sentences or lost their line breaks
(:mod:`.flattened`).
"""

from __future__ import annotations

import re

from aikg.extractors.document.aligned import aligned_tables
from aikg.extractors.document.boxed import box_tables
from aikg.extractors.document.continued import caption_below, join_continued
from aikg.extractors.document.flattened import unflatten
from aikg.extractors.document.headings import (
    STYLE_ORDER,
    heading_kind,
    heading_level,
    leader_entry,
    numbered_heading,
    numbering,
    run_in_legal,
    section_rules,
    strip_number,
    toc_entry,
)
from aikg.extractors.document.markdown import clean_line, front_matter, list_item
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
    """Every text table (tab-separated, space-aligned, pipe, HTML, box-drawn), in order, parts
    continued after a page break joined and captions written below attached
    (:mod:`.continued`), and the indexes of the lines the aligned, pipe, HTML and box-drawn
    tables take (kept out of the running text; tab-separated rows stay in it, where
    the prose readers skip them)."""
    html, taken = html_tables(lines, numbers)
    masked = ["" if k in taken else ln for k, ln in enumerate(lines)]
    pipe, piped = pipe_tables(masked, numbers)
    taken |= piped
    masked = ["" if k in taken else ln for k, ln in enumerate(lines)]
    boxed, drawn = box_tables(masked, numbers)
    taken |= drawn
    masked = ["" if k in taken else ln for k, ln in enumerate(lines)]
    tsv = tsv_tables(masked, numbers)
    aligned, lined = aligned_tables(masked, numbers)
    taken |= lined
    tables = join_continued(
        sorted(tsv + aligned + pipe + html + boxed, key=lambda t: t.start_line), lines
    )
    caption_below(tables, lines)
    return tables, taken


def find_tables(lines: list[str], numbers: list[int]) -> list[Table]:
    """The text tables of ``lines`` (see :func:`read_tables`)."""
    return read_tables(lines, numbers)[0]


def paragraph_ends(lines: list[str], markdown: bool) -> set[int]:
    """The indices of the blank lines that end a paragraph.

    In markdown every blank line does (its own rule). Text taken from a PDF often has
    a blank line after every printed line, so in plain text none does where four in
    five lines have one after them, and elsewhere a blank line between two lines that
    each stand alone between blank lines is only spacing; one next to a block of two
    or more lines ends a paragraph.

    >>> paragraph_ends(["a", "b", "", "c", "d"], False), paragraph_ends(["a", "", "b", ""], False)
    ({2}, set())
    >>> paragraph_ends(["a", "", "b", ""], True)
    {1, 3}
    """
    blank = [not ln.strip() for ln in lines]
    if markdown:
        return {k for k, empty in enumerate(blank) if empty}
    filled = [k for k, empty in enumerate(blank) if not empty]
    if sum(1 for k in filled if k + 1 < len(lines) and blank[k + 1]) >= 0.8 * len(filled):
        return set()

    def alone(k: int) -> bool:  # a filled line with a blank line (or nothing) each side
        return (k == 0 or blank[k - 1]) and (k + 1 == len(lines) or blank[k + 1])

    ends: set[int] = set()
    k = 0
    while k < len(lines):
        if not blank[k]:
            k += 1
            continue
        start = k
        while k < len(lines) and blank[k]:
            k += 1
        before, after = start - 1, k
        if before >= 0 and after < len(lines) and not (alone(before) and alone(after)):
            ends.update(range(start, k))
    return ends


def _reflow(
    body: list[str], numbers: list[int], width: int, ends: set[int]
) -> tuple[list[str], list[int]]:
    """Hard-wrapped lines joined back within the blocks that the blank lines of
    ``ends`` (indices) set apart; such a blank line stays between two blocks."""
    lines: list[str] = []
    out_numbers: list[int] = []
    start = 0
    for k in range(len(body) + 1):
        if k == len(body) or k in ends:
            if k > start:
                part, part_numbers = reflow(body[start:k], numbers[start:k], width)
                lines += part
                out_numbers += part_numbers
            if k < len(body):
                lines.append("")
                out_numbers.append(numbers[k])
            start = k + 1
    return lines, out_numbers


_RISKS = re.compile(r"(?:key\s+)?risks?\b|风险", re.I)
_LEGAL = re.compile(
    r"(?:disclaimers?|disclosures?|certification|免责声明|重要声明|信息披露)\W*$", re.I
)


def numbering_styles(headings: list[str]) -> list[str]:
    """The numbering styles of the report's numbered headings, outermost first."""
    used = {found[0] for ln in headings if (found := numbering(ln))}
    return [style for style in STYLE_ORDER if style in used]


def numbered_headings(lines: list[str], markdown: bool) -> dict[int, str]:
    """The indexes of the lines that are numbered headings (short titles, no sentence
    punctuation), with their kind: the kind the words after the number name ("一、行业
    政策：…"), else "prose".

    A numbered line next to another of the same numbering and depth ("1. …", "2. …")
    or to a bullet is a list item, not a heading; markdown marks its headings with "#",
    so there a numbered line is always a list item.
    """
    if markdown:
        return {}
    filled = [(k, ln) for k, ln in enumerate(lines) if ln.strip()]
    out: dict[int, str] = {}
    for n, (k, line) in enumerate(filled):
        found = numbering(line)
        if found is None:
            continue
        near = [filled[m][1] for m in (n - 1, n + 1) if 0 <= m < len(filled)]
        if any(numbering(ln) == found or list_item(ln) and not numbering(ln) for ln in near):
            continue  # a list
        if numbered_heading(line):
            out[k] = heading_kind(strip_number(line)) or "prose"
    return out


def _inherited(
    kind: str, level: int, open_levels: list[tuple[int, str, bool]], marked: bool
) -> str:
    """The kind of a heading at ``level``: a heading of no known kind ("prose") under a
    heading of a known kind ("2.1 …" under "2. 行业政策") continues its kind; not a
    heading told by its print (``marked``: "## …") under a "Risks" heading, which is
    the note again. ``open_levels`` (the headings above, outermost first, as (level,
    kind, a risks heading)) is brought up to date."""
    if level <= 0:  # a plain heading: what comes under it at any depth is its kind
        open_levels[:] = [(0, kind, False)]
        return kind
    while open_levels and open_levels[-1][0] >= level:
        open_levels.pop()
    # a rating table's caption heading ("重点公司盈利预测及投资评级") covers its table only
    if kind == "prose" and open_levels and open_levels[-1][1] not in ("toc", "front", "rating"):
        # a heading told by its print ("## …") under a Risks heading is the note again,
        # and under a plain heading ("行业政策：…") a new part, not a subsection of it
        if not (marked and (open_levels[-1][2] or open_levels[-1][0] <= 0)):
            kind = open_levels[-1][1]
    open_levels.append((level, kind, False))
    return kind


def segment(doc: Document) -> SegmentedReport:
    """Split a document into metadata, sections and tables."""
    text = normalise_text(doc.text)
    # a dump that ran page furniture into the text or lost its line breaks is cut
    # back into lines first; every piece keeps its source line's number
    raw_lines, numbers = unflatten(text.split("\n"), list(range(1, text.count("\n") + 2)))
    front, body_start = front_matter(raw_lines)
    tables, taken = read_tables(raw_lines, numbers)
    # front matter and the pipe/HTML tables' lines leave the running text (their line
    # numbers stay), and markup leaves the prose
    body = [
        "" if k < body_start or k in taken else clean_line(ln) for k, ln in enumerate(raw_lines)
    ]
    width = wrap_width(body)
    markdown = doc.path.lower().endswith(".md")
    ends = paragraph_ends(body, markdown)
    ending_lines = {numbers[k] for k in ends}  # by source line, as reflow renumbers
    if width:
        lines, numbers = _reflow(body, numbers, width, ends)
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
    numbered = numbered_headings(lines, markdown)
    styles = numbering_styles([lines[k] for k in numbered])
    open_levels: list[tuple[int, str, bool]] = []  # the headings above: (level, kind, risks)
    blank_before = False
    marked_level = 0  # the depth of the last "#" heading
    for index, (line, number) in enumerate(zip(lines, numbers, strict=True)):
        kind = heading_kind(line)
        if kind is None and not in_toc and index in numbered:
            kind = numbered[index]
        if kind is None and not in_toc and leader_entry(line):
            # contents entries with no "目录" heading above them (or a letter-spaced one
            # a converter broke): they open a contents section of their own
            if current.lines or current.heading:
                sections.append(current)
            current = Section(kind="toc", heading="", lines=[], start_line=number)
            in_toc = True
        if in_toc and line.strip():
            if toc_entry(line) or leader_entry(line):
                kind = None  # a table-of-contents entry, not a heading
            elif kind is None:
                # the contents end: what follows is body text, not part of the toc
                in_toc = False
                sections.append(current)
                current = Section(kind="prose", heading="", lines=[], start_line=number)
        if kind is None and number > half and not in_toc and run_in_legal(line):
            kind = "disclaimer"  # "免责声明：本报告…" late in the text: legal from here
        if kind is not None:
            if current.lines or current.heading:
                sections.append(current)
            heading = line.strip().lstrip("#").strip()
            if kind == "disclaimer" and number > half and sticky.match(heading):
                in_legal = True
            if in_legal or (
                # a heading of no known kind that names legal text ("Company Disclosures",
                # "XX Research Disclaimer") or comes inside it goes on with it; a "Risks"
                # section is no legal text: what comes after it is the note again
                kind == "prose"
                and (
                    _LEGAL.search(heading)
                    or (
                        # the section before is legal by its own heading, not by descent;
                        # a "## …" part after a plain line (a cover's "投资评级" box) is new
                        not (line.lstrip().startswith("#") and current.level <= 0)
                        and current.kind == "disclaimer"
                        and heading_kind(current.heading) == "disclaimer"
                        and not _RISKS.match(current.heading)
                    )
                )
            ):
                kind = "disclaimer"
            marked = line.lstrip().startswith("#")
            level = heading_level(line, styles)
            if marked:  # a "#" title is the document's, a "##" heading one of its parts
                marked_level = level if level >= 2 else 0
            elif level > 0:
                # a numbered heading of a markdown text ("**2. 政策：…**" under "## 二、…")
                # counts its depth from the part it follows, not from the top
                level += marked_level
            kind = _inherited(kind, level, open_levels, marked)
            if open_levels and _RISKS.match(heading):
                open_levels[-1] = (*open_levels[-1][:2], True)
            current = Section(
                kind=kind, heading=heading, lines=[], start_line=number + 1, level=level
            )
            in_toc = kind == "toc"
            continue
        if line.strip():
            if blank_before and current.lines:
                current.breaks.add(len(current.lines))
            current.lines.append(line)
            current.line_numbers.append(number)
        blank_before = not line.strip() and number in ending_lines
    sections.append(current)
    for table in doc.pdf_tables:
        tables.append(normalise_table(table))
    sidebar = [line for line in doc.sidebar_text.split("\n") if line.strip()]
    return SegmentedReport(meta, sections, tables, text, sidebar=sidebar)
