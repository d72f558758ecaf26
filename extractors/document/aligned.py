"""Tables whose columns are aligned with spaces (fixed-width text, PDF-to-text output).

A run of three or more consecutive lines, each split by runs of two or more spaces into
at least three short cells, with the same number of cells on every row (a header row
may leave its first, row-label column empty) and figures in most rows. Prose beside a
sidebar (long first cells) or a key-value block (two cells) is not a table.
"""

from __future__ import annotations

import re

from aikg.extractors.document.table_forms import (
    caption_above,
    guess_header_rows,
    header_depth,
    source_below,
)
from aikg.extractors.text.script import display_width
from aikg.schema import Table

# a cell is words set one space apart: a one-character cell ("/", "-") before a wide gap
# stays one cell, not the start of the next
_GAP = re.compile(r"\S+(?: \S+)*")
_FIGURE = re.compile(r"\d")


def cell_spans(line: str) -> list[tuple[int, str]]:
    """The cells of a fixed-width line (runs of words one space apart) with the column
    each starts at; none for a line with tabs or bars (another table form's).

    >>> cell_spans("B300    NVIDIA  4nm")
    [(0, 'B300'), (8, 'NVIDIA'), (16, '4nm')]
    """
    if "\t" in line or "|" in line:
        return []
    return [(m.start(), m.group(0)) for m in _GAP.finditer(line.rstrip())]


def _cells(line: str) -> tuple[list[str], int]:
    """The cells of a line split at runs of two or more spaces, and its indent.

    >>> _cells("  Revenue ($m)     50.6   49.8")
    (['Revenue ($m)', '50.6', '49.8'], 2)
    >>> _cells("寒武纪      思元590        7nm      /                   350")[0]
    ['寒武纪', '思元590', '7nm', '/', '350']
    """
    cells = [text for _, text in cell_spans(line)]
    return (cells, len(line) - len(line.lstrip(" "))) if cells else ([], 0)


def _row(line: str) -> list[str] | None:
    cells, _ = _cells(line)
    if len(cells) < 3 or display_width(cells[0]) > 40:
        return None
    if any(display_width(c) > 28 for c in cells[1:]):
        return None
    return cells


def aligned_tables(
    lines: list[str], numbers: list[int], skip: set[int] | None = None
) -> tuple[list[Table], set[int]]:
    """Space-aligned tables and the indexes of the lines they take.

    >>> rows = ["                3Q25A    Est.   3Q24A", "Revenue ($m)     50.6    49.8    27.1",
    ...         "HPC lease ($m)    7.2     6.8     0.0", "EBITDA ($m)      18.4    17.0    11.2"]
    >>> [t.rows for t in aligned_tables(rows, [1, 2, 3, 4])[0]][0][:2]
    [['', '3Q25A', 'Est.', '3Q24A'], ['Revenue ($m)', '50.6', '49.8', '27.1']]
    """
    skip = skip or set()
    tables: list[Table] = []
    taken: set[int] = set()
    i = 0
    while i < len(lines):
        run: list[int] = []
        while i < len(lines) and i not in skip and _row(lines[i]) is not None:
            run.append(i)
            i += 1
        if not run:
            i += 1
            continue
        rows = [_row(lines[k]) or [] for k in run]
        width = max(len(r) for r in rows)
        # a header that leaves the row-label column empty has one cell fewer
        if len(rows[0]) == width - 1 and _cells(lines[run[0]])[1] >= 4:
            rows[0] = ["", *rows[0]]
        if (
            len(run) < 3
            or any(len(r) != width for r in rows)
            or sum(bool(_FIGURE.search(" ".join(r[1:]))) for r in rows) < 0.6 * len(rows)
        ):
            continue
        note, _ = source_below(lines, run[-1] + 1)
        tables.append(
            Table(
                rows=rows,
                caption=caption_above(lines, run[0]),
                start_line=numbers[run[0]],
                header_rows=header_depth(rows, guess_header_rows(rows)),
                source_note=note,
                row_lines=[numbers[k] for k in run],
            )
        )
        taken.update(run)
    return tables, taken
