"""Text tables that go on after a page break, and captions written below a table.

PDF-to-markdown converters write a table a page break cuts as two tables: the second
repeats the header row, or comes under a caption that says it goes on ("表 3：… (续)",
"续表", "Table 2 (continued)"). :func:`join_continued` makes them one table again when
the two have as many columns and only a little page furniture (a page number, a
running head) lies between them. :func:`caption_below` gives a table with no caption
above it the "表 3:" / "Table 2:" line written just under it (after its source line),
unless that line heads the next table.
"""

from __future__ import annotations

import re

from aikg.extractors.document.table_forms import CAPTION, SOURCE_NOTE, cell_text
from aikg.schema import Table

CONTINUED = re.compile(
    r"[(（]\s*(?:续|續|continued|cont'?d\.?|cont\.)\s*[)）]|^\W*续表|续上表", re.I
)
_GAP_LINES = 4  # at most this many non-blank lines (page furniture) between the parts


def _end(table: Table) -> int:
    return max(table.row_lines or [table.start_line])


def _plain(line: str) -> str:
    return cell_text(line).strip("*_ #>").strip()


def _gap(lines: list[str], after: int, before: int) -> list[str]:
    """The non-blank lines strictly between 1-based line numbers ``after`` and ``before``."""
    return [ln for ln in lines[after : max(after, before - 1)] if _plain(ln)]


def _goes_on(first: Table, second: Table, lines: list[str]) -> bool:
    if not first.rows or not second.rows or len(first.rows[0]) != len(second.rows[0]):
        return False
    if first.source not in ("pipe", "html") or second.source != first.source:
        return False
    between = _gap(lines, _end(first), second.start_line)
    marked = bool(CONTINUED.search(second.caption)) or any(CONTINUED.search(ln) for ln in between)
    repeated = first.header_rows > 0 and second.rows[0] == first.rows[0]
    prose = [ln for ln in between if not CONTINUED.search(ln) and not SOURCE_NOTE.match(_plain(ln))]
    return (
        (marked or repeated)
        and len(prose) <= _GAP_LINES
        and all(len(_plain(ln)) <= 40 for ln in prose)
    )


def join_continued(tables: list[Table], lines: list[str]) -> list[Table]:
    """``tables`` (in order) with each continued part joined to the table it goes on
    from; a repeated header row is dropped. ``lines`` are the document's lines."""
    out: list[Table] = []
    for table in tables:
        last = out[-1] if out else None
        if last is not None and _goes_on(last, table, lines):
            rows, row_lines = table.rows, table.row_lines
            if table.header_rows and rows[: table.header_rows] == last.rows[: table.header_rows]:
                rows, row_lines = rows[table.header_rows :], row_lines[table.header_rows :]
            last.rows.extend(rows)
            last.row_lines.extend(row_lines)
            last.source_note = table.source_note or last.source_note
            continue
        out.append(table)
    return out


def caption_below(tables: list[Table], lines: list[str]) -> None:
    """Give each table without a caption the caption line written under it (within two
    lines, past its source line), unless that line is the caption of the next table."""
    starts = {t.start_line for t in tables}
    for table in tables:
        if table.caption or not table.rows:
            continue
        seen = 0
        for number in range(_end(table) + 1, min(len(lines), _end(table) + 4) + 1):
            text = _plain(lines[number - 1])
            if not text or SOURCE_NOTE.match(text):
                continue
            if CAPTION.match(text) and not any(number < s <= number + 3 for s in starts):
                table.caption = text
            seen += 1
            if seen >= 1:
                break
