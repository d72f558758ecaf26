"""Box-drawn table layouts beyond the plain ruled grid, for :mod:`.boxed`.

Three layouts real reports print that a grid reader alone rejects:

- a table quoted in a markdown blockquote ("> │ 公司 │ 評級 │"): the quote marks are
  taken off first (:func:`unquoted`);
- a grouped header: a label spanning several columns over their own titles, set off by
  a sub-rule drawn inside the header ("│ 收市價 ├────┬────┤"), so the header lines hold
  fewer cells than the body rows (:func:`grouped_header` reads each header line by the
  display columns its cells stand over);
- rows of cells parted by bars with no border and no rule at all ("股份 │ 評級 │ 收市價"),
  a table only when its bars stand at the same display columns on every row
  (:func:`aligned_bars`).

Patterns live in ``rules/sections/common.toml`` (``box_separator``, ``box_stroke``,
``box_quote``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.rules import load
from aikg.extractors.text.script import display_width


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    common = load("sections")
    return (
        re.compile(common["box_separator"]),
        re.compile(common["box_stroke"]),
        re.compile(common["box_quote"]),
    )


def unquoted(lines: list[str]) -> list[str]:
    """The lines with the blockquote marks taken off those that draw a box table.

    >>> unquoted(["> │ 公司 │ 評級 │", "> 本週要點", "正文"])
    ['│ 公司 │ 評級 │', '> 本週要點', '正文']
    """
    quote = _patterns()[2]
    return [quote.sub("", ln, count=1) if quote.match(ln) else ln for ln in lines]


def spans(line: str) -> list[tuple[int, int, str]]:
    """The cells of a box-drawn line as (first display column, last, text), parted by
    bars and by the junctions of a rule drawn inside the row; a cell of rule strokes
    only is empty.

    >>> spans("│ 股份 │ 收市價 ├──┬──┤")
    [(0, -1, ''), (1, 6, '股份'), (8, 15, '收市價'), (17, 18, ''), (20, 21, ''), (23, 22, '')]
    """
    separator = _patterns()[0]
    out: list[tuple[int, int, str]] = []
    start, col = 0, 0
    text = line.rstrip()
    last = 0
    for m in separator.finditer(text):
        col = display_width(text[: m.start()])
        piece = text[last : m.start()]
        out.append((start, col - 1, _text(piece)))
        start, last = col + 1, m.end()
    piece = text[last:]
    end = start + display_width(piece) - 1
    out.append((start, end, _text(piece)))
    return out


def _text(piece: str) -> str:
    """A cell's text, white space single; "" for a cell of rule strokes only."""
    return "" if _patterns()[1].fullmatch(piece or " ") else " ".join(piece.split())


def _columns(body_line: str, width: int) -> list[tuple[int, int]]:
    """The display spans of a body row's ``width`` cells (its frame's empty edges off)."""
    cells = spans(body_line)
    if len(cells) > width and not cells[0][2]:
        cells = cells[1:]
    if len(cells) > width and not cells[-1][2]:
        cells = cells[:-1]
    return [(a, b) for a, b, _ in cells[:width]]


def grouped_header(
    header_lines: list[str], body_line: str, width: int
) -> list[tuple[int, list[str]]]:
    """Header lines of a grouped header read over the body's ``width`` columns: a cell
    says its text in the first column it stands over (a group label is blank to its
    right, as :attr:`Table.column_headers` reads it) and a column no group spans titled in
    the top row, as (line's index, row); lines left empty dropped.

    >>> grouped_header(["│      │      │ 每股盈利       │",
    ...                 "│ 股份 │ 評級 ├───────┬───────┤",
    ...                 "│      │      │ 2025E │ 2026E │"],
    ...                "│ 美團 │ 持有 │ 2.35  │ 5.10  │", 4)
    [(0, ['股份', '評級', '每股盈利', '']), (2, ['', '', '2025E', '2026E'])]
    """
    columns = _columns(body_line, width)
    read: list[list[str]] = []
    grouped: set[int] = set()  # columns under a cell that spans several
    for line in header_lines:
        row = [""] * len(columns)
        for a, b, text in spans(line):
            over = [j for j, (s, e) in enumerate(columns) if s <= e and a <= e and s <= b]
            if text and over:
                row[over[0]] = f"{row[over[0]]} {text}".strip()
                grouped.update(over if len(over) > 1 else ())
        read.append(row)
    for j in set(range(len(columns))) - grouped:  # a title set in the middle line: the top
        texts = [row[j] for row in read if row[j]]
        for row in read:
            row[j] = ""
        read[0][j] = " ".join(texts)
    return [(k, row) for k, row in enumerate(read) if any(row)]


_SLACK = 3


def aligned_bars(lines: list[str]) -> bool:
    """Whether the cells of these rule-less rows are padded to one width per column, as a
    border-less table pads them; a run of lines that only happen to hold bars (a title
    "公司 ┃ 点评", a diagram) does not line up. Widths, not bar positions, are compared,
    with three columns of slack per cell: the text is read with its full-width brackets
    folded to half-width ones ("（09988.HK）" is two columns narrower), and a table typed
    with CJK and Latin cells drifts a column here and there, which adds up along a row.

    >>> aligned_bars(["股份  │ 評級 │ 收市價", "騰訊  │ 買入 │ 605.00", "美團  │ 持有 │ 98.70"])
    True
    >>> aligned_bars(["名称     │ 评级 │ 收盘价(元) │ 目标价", "甲(1.HK) │ 买入 │ 9.1     │ 9.9"])
    True
    >>> aligned_bars(["股份 │ 評級 │ 收市價", "騰訊控股有限公司 │ 買入 │ 605", "美團 │ 持有 │ 1"])
    False
    """
    positions = [[b + 1 for _, b, _ in spans(ln)[:-1]] for ln in lines]
    if len({len(p) for p in positions}) != 1:
        return False
    widths = [[b - a for a, b in zip([0, *p], p, strict=False)] for p in positions]
    return all(max(col) - min(col) <= _SLACK for col in zip(*widths, strict=True))
