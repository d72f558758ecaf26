"""Tables drawn with box characters, read into the one ``Table`` of :mod:`.table_forms`.

Hong Kong and Taiwan notes in traditional script, text dumps of PDFs and terminal-style
digests draw their rating and coverage tables with box characters ("│ 騰訊控股 │ 0700.HK
│ 買入 │"), the header set off from the body, and the table closed, by rule lines
("├──┼──┤", "┌──┬──┐", "━━╋━━"). A run of such lines is a table only when it is one:

- two rows or more, every row with the same number of cells (a frame around the table
  adds its empty edge cells to every row alike and they are dropped, so are a title row
  and a source row drawn inside the frame, one cell spanning the table);
- at least one rule line in the run or right around it.

A row whose only filled cells carry on the cells above it (a cell wrapped onto a second
line, its first column empty) is joined to the row above. The rows before the first
rule line inside the run are the header. Anything else with a bar in it (a title "公司
┃ 点评", a diagram of nested boxes) is left to the running text. Patterns live in
``rules/sections/common.toml`` (``box_bar``, ``box_rule``, ``loose_bar``).

Rows with no rule at all, a box quoted in a blockquote and a grouped header (a sub-rule
inside the header) are read by :mod:`.box_layouts`; a border-less row may part its cells
with a plain bar with a space each side ("股份 | 評級 | 收市價").
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.document.box_layouts import aligned_bars, grouped_header, unquoted
from aikg.extractors.document.table_forms import (
    SOURCE_NOTE,
    caption_above,
    cell_text,
    guess_header_rows,
    header_depth,
    source_below,
)
from aikg.extractors.rules import load
from aikg.schema import Table


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    common = load("sections")
    return re.compile(common["box_bar"]), re.compile(common["box_rule"])


def is_rule(line: str) -> bool:
    """A rule line of a box-drawn table ("├──┼──┤", "━━━━━━").

    >>> is_rule("├──────┼─────┤"), is_rule("│ 买入 │ 50 │"), is_rule("")
    (True, False, False)
    """
    return bool(line.strip()) and bool(_patterns()[1].fullmatch(line))


def box_cells(line: str) -> list[str] | None:
    """The cells of a box-drawn row as its bars split it (a frame's edges give an empty
    first and last cell); None for a line with no vertical bar, or a rule line.

    >>> box_cells("│ 腾讯控股 │ 0700.HK │ 买入 │")
    ['', '腾讯控股', '0700.HK', '买入', '']
    >>> box_cells("代码 ┃ 评级 ┃ 目标价"), box_cells("没有表格") is None
    (['代码', '评级', '目标价'], True)
    >>> box_cells("股份 | 评级 | 收市价"), box_cells("| 腾讯 | 买入 |") is None
    (['股份', '评级', '收市价'], True)
    """
    bar, _ = _patterns()
    if is_rule(line):
        return None
    if not bar.search(line):
        bar = _loose_bar()
        text = line.strip()
        if not bar.search(line) or text.startswith("|") or text.endswith("|"):
            return None
    return [cell_text(c) for c in bar.split(line.strip())]


@lru_cache(maxsize=1)
def _loose_bar() -> re.Pattern[str]:
    return re.compile(load("sections")["loose_bar"])


def _unframed(rows: list[list[str]]) -> list[list[str]]:
    """The rows without the empty edge cells a frame gives each row (when most rows have
    them: an unframed row may start with an empty cell).

    >>> _unframed([["", "甲", "买入", ""], ["", "乙", "持有", ""]])
    [['甲', '买入'], ['乙', '持有']]
    >>> _unframed([["甲", "买入"], ["", "(维持)"], ["乙", "持有"]])
    [['甲', '买入'], ['', '(维持)'], ['乙', '持有']]
    """
    for edge in (0, -1):
        framed = [len(r) > 1 and not r[edge] for r in rows]
        if sum(framed) * 2 > len(rows):
            cut = slice(1, None) if edge == 0 else slice(None, -1)
            rows = [r[cut] if f else r for r, f in zip(rows, framed, strict=True)]
    return rows


def _without_empty_columns(rows: list[list[str]]) -> list[list[str]]:
    """The columns empty in every row dropped (a box drawn inside another), for rows of
    one width; other rows as they are.

    >>> _without_empty_columns([["", "甲", "买入"], ["", "乙", "持有"]])
    [['甲', '买入'], ['乙', '持有']]
    """
    width = max((len(r) for r in rows), default=0)
    if any(len(r) != width for r in rows):
        return rows
    keep = [j for j in range(width) if any(r[j] for r in rows)]
    return [[r[j] for j in keep] for r in rows]


def _peeled(rows: list[list[str]], idx: list[int]) -> tuple[list[list[str]], list[int], str, str]:
    """A title row and a note row drawn inside the frame (one cell spanning the table,
    above the header or below the body: "│ 重点公司评级 │", "│ 资料来源：… │") taken off
    the rows, as (rows, their lines, title, note).

    >>> _peeled([["表 1:评级"], ["公司", "评级"], ["甲", "买入"]], [0, 2, 3])
    ([['公司', '评级'], ['甲', '买入']], [2, 3], '表 1:评级', '')
    """
    title = note = ""
    if len(rows) > 2 and len(rows[0]) == 1 and rows[0][0] and len(rows[1]) > 1:
        title, rows, idx = rows[0][0], rows[1:], idx[1:]
    if len(rows) > 2 and len(rows[-1]) == 1 and rows[-1][0] and len(rows[-2]) > 1:
        note, rows, idx = rows[-1][0], rows[:-1], idx[:-1]
    return rows, idx, title, note


def _joined(rows: list[list[str]], idx: list[int]) -> tuple[list[list[str]], list[int]]:
    """A row that only carries on cells of the row above (its first cell empty, a
    cell wrapped onto the next line) joined to it, cell by cell.

    >>> _joined([["甲", "买入", "花费 2"], ["", "", "港元"]], [0, 1])
    ([['甲', '买入', '花费 2 港元']], [0])
    """
    out: list[list[str]] = []
    lines: list[int] = []
    for row, k in zip(rows, idx, strict=True):
        filled = sum(1 for c in row if c)
        if out and not row[0] and 0 < 2 * filled <= len(row) and len(row) == len(out[-1]):
            out[-1] = [f"{a} {b}".strip() for a, b in zip(out[-1], row, strict=True)]
            continue
        out.append(row)
        lines.append(k)
    return out, lines


def _spacing(lines: list[str], i: int) -> bool:
    """A blank line between two rows of one width, or a row and a rule line (a text dump
    of a PDF table that puts a blank line after every printed line), which the table runs
    on over.

    >>> _spacing(["甲 │ 买入 │ 1", "", "乙 │ 持有 │ 2"], 1), _spacing(["甲 │ 买入", "", "正文"], 1)
    (True, False)
    """
    if lines[i].strip() or i == 0 or i + 1 >= len(lines):
        return False
    above, below = box_cells(lines[i - 1]), box_cells(lines[i + 1])
    if above is not None and below is not None:
        return len(above) == len(below)
    # a rule line and a row: the rule under a header, or over the body
    return (above is not None and is_rule(lines[i + 1])) or (
        below is not None and is_rule(lines[i - 1])
    )


def _grid(lines: list[str], rows: list[list[str]], idx: list[int], rules: list[int]) -> bool:
    """Rows of one width that make a table: with a rule line in the run, or, with none,
    three rows or more of three cells or more, unframed, whose bars line up
    (:func:`.box_layouts.aligned_bars`)."""
    if len(rows) < 2 or len({len(r) for r in rows}) != 1 or len(rows[0]) < 2:
        return False
    if rules:
        return True
    return (
        len(rows) >= 3
        and len(rows[0]) >= 3
        and all(r[0] and r[-1] for r in rows)
        and aligned_bars([lines[k] for k in idx])
    )


def _grouped(
    lines: list[str], rows: list[list[str]], idx: list[int], inner: list[int]
) -> tuple[list[list[str]], list[int], int] | None:
    """A table whose header lines hold fewer cells than its body (a grouped header, a
    sub-rule drawn inside it): the header read by the columns its cells stand over
    (:func:`.box_layouts.grouped_header`), as (rows, their lines, header rows); None for
    a table of one width, or rows that no rule parts into a header and a body of one width.
    """
    if len({len(r) for r in rows}) == 1:
        return None
    for rule in inner:
        body = [j for j, k in enumerate(idx) if k > rule]
        head = [j for j, k in enumerate(idx) if k < rule]
        width = len(rows[body[0]]) if body else 0
        if head and body and width >= 2 and all(len(rows[j]) == width for j in body):
            read = grouped_header([lines[idx[j]] for j in head], lines[idx[body[0]]], width)
            if not read:
                return None
            body_rows, body_idx = _joined([rows[j] for j in body], [idx[j] for j in body])
            head_idx = [idx[head[k]] for k, _ in read]
            return [r for _, r in read] + body_rows, head_idx + body_idx, len(read)
    return None


def box_tables(lines: list[str], numbers: list[int]) -> tuple[list[Table], set[int]]:
    """Box-drawn tables and the indexes of the lines they take (rows and rule lines).

    >>> rows = ["┌──────┬────┐", "│ 公司 │ 评级 │", "├──────┼────┤", "│ 甲 │ 买入 │",
    ...         "│ 乙 │ 增持 │", "└──────┴────┘"]
    >>> tables, taken = box_tables(rows, [1, 2, 3, 4, 5, 6])
    >>> tables[0].rows, tables[0].header_rows, tables[0].row_lines, sorted(taken)
    ([['公司', '评级'], ['甲', '买入'], ['乙', '增持']], 1, [2, 4, 5], [0, 1, 2, 3, 4, 5])
    >>> box_tables(["公司 ┃ 点评", "正文"], [1, 2])[0]
    []
    """
    tables: list[Table] = []
    taken: set[int] = set()
    lines = unquoted(lines)
    i = 0
    while i < len(lines):
        if box_cells(lines[i]) is None and not is_rule(lines[i]):
            i += 1
            continue
        start = i
        while i < len(lines) and (
            box_cells(lines[i]) is not None or is_rule(lines[i]) or _spacing(lines, i)
        ):
            i += 1
        block = list(range(start, i))
        idx = [k for k in block if box_cells(lines[k]) is not None]
        rules = [k for k in block if is_rule(lines[k])]
        rows = _unframed([box_cells(lines[k]) or [] for k in idx])
        rows, idx, title, inside_note = _peeled(rows, idx)
        rows = _without_empty_columns(rows)
        inner = [k for k in rules if idx and idx[0] < k < idx[-1]]
        grouped = _grouped(lines, rows, idx, inner)
        if grouped:
            rows, idx, header = grouped
        elif not _grid(lines, rows, idx, rules):
            continue
        else:
            rows, idx = _joined(rows, idx)
            header = sum(1 for k in idx if inner and k < inner[0])
        if len(rows) < 2:
            continue
        if not header or header >= len(rows):
            header = guess_header_rows(rows)
        note = inside_note if SOURCE_NOTE.match(inside_note) else ""
        note = note or source_below(lines, block[-1] + 1)[0]
        tables.append(
            Table(
                rows=rows,
                caption=title or caption_above(lines, start),
                start_line=numbers[idx[0]],
                header_rows=header_depth(rows, header),
                source_note=note,
                row_lines=[numbers[k] for k in idx],
            )
        )
        taken.update(block)
    return tables, taken
