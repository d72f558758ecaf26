"""Chip tables in fixed-width text that the table reader leaves in the running text.

Plain-text notes and PDF-to-text dumps lay a chip exhibit out in columns padded with
spaces ("Chip  Vendor  Type  Process  TDP (W)"); a name longer than its column ("Instinct
MI455X") runs up to one space before the next cell, so that row has one cell fewer
than the header and the table reader, which wants the same number of cells on every
row, reads no table. Here the header is found by its chip words (the header words of
:mod:`.tables`) and each row under it is cut at its gaps of two or more spaces; a cell
that spans the start of the next header column is split at the single space nearest
that start. The rows then go through the chip table reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from aikg.extractors.chips.tables import _SPEC_ROLES, header_roles, rows_chips
from aikg.schema import Evidence, Fact, SegmentedReport

_GAP = re.compile(r"\S+(?: \S+)*")


def spans(line: str) -> list[tuple[int, str]]:
    """The cells of a fixed-width line (runs of words one space apart) with their start.

    >>> spans("B300    NVIDIA  4nm")
    [(0, 'B300'), (8, 'NVIDIA'), (16, '4nm')]
    """
    if "\t" in line or "|" in line:
        return []
    return [(m.start(), m.group(0)) for m in _GAP.finditer(line.rstrip())]


def fitted(cells: list[tuple[int, str]], starts: list[int]) -> list[str] | None:
    """A row's cells, one per header column: a cell over the start of the next column
    is split at its single space nearest that start; None when the row will not fit.

    >>> fitted([(0, "Instinct MI455X AMD"), (22, "GPU")], [0, 17, 22])
    ['Instinct MI455X', 'AMD', 'GPU']
    >>> fitted([(0, "B300"), (17, "NVIDIA"), (22, "GPU")], [0, 17, 22])
    ['B300', 'NVIDIA', 'GPU']
    >>> fitted([(0, "Only two"), (22, "GPU")], [0, 17, 22]) is None
    True
    """
    out = list(cells)
    while len(out) < len(starts):
        for k, (start, text) in enumerate(out):
            following = [s for s in starts if start < s < start + len(text)]
            spaces = [m.start() for m in re.finditer(" ", text)]
            if following and spaces:
                cut = min(spaces, key=lambda i: abs(start + i + 1 - following[0]))
                out[k : k + 1] = [(start, text[:cut]), (start + cut + 1, text[cut + 1 :])]
                break
        else:
            return None
    return [text for _, text in out] if len(out) == len(starts) else None


def aligned_chips(report: SegmentedReport) -> Iterator[Fact]:
    """Chips (and DESIGNS) from fixed-width chip tables the table reader did not take
    (read from the report's whole text, whose lines the prose reflows)."""
    lines = report.text.split("\n")
    tabled = {n for table in report.tables for n in table.row_lines}
    after = 0  # the line after the last table read: its rows are no header
    for i, line in enumerate(lines):
        header = spans(line)
        if i < after or i + 1 in tabled or len(header) < 4 or not _spec_header(header):
            continue
        starts = [s for s, _ in header]
        rows, numbers = [[t for _, t in header]], [i + 1]
        for j in range(i + 1, len(lines)):
            row = fitted(spans(lines[j]), starts) if j + 1 not in tabled else None
            if row is None:
                break
            rows.append(row)
            numbers.append(j + 1)

        def evidence(index: int, cells: list[str], numbers: list[int] = numbers) -> Evidence:
            text = " | ".join(c for c in cells if c)
            return Evidence(report.meta.report_id, text, f"line {numbers[index]}")

        if len(rows) > 1:
            after = i + len(rows)
            yield from rows_chips(rows, evidence)


def _spec_header(header: list[tuple[int, str]]) -> bool:
    """A header naming at least two chip spec columns ("Process", "TDP (W)")."""
    return len(_SPEC_ROLES & set(header_roles([t for _, t in header]).values())) >= 2
