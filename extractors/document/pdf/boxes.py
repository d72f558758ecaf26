"""A cover's key-data box printed as a table, read as the sidebar box it stands for.

A company note prints the rating, the price target and the last price in a box on its
cover. Some houses set it in a sidebar (key: value lines, :mod:`.columns`), others as a
small table beside or under the title: two columns of keys and values ("Rating |
Overweight" over "Price (6 Nov 2025) | $237.70"), or one row of values under a header
of keys ("Rating | Price target | Price (12 Dec)" over "Outperform | $61.00 | $43.20").
A text report's box is read from its lines (``tables/keydata.py`` unfolds the one-row
form); a PDF's table leaves the text, so its box is handed on with the sidebar's lines,
in the same "key: value" form. The table stays a table too.

What counts as a box is its shape, not its words: on page 1, two columns of two to ten
rows whose keys are short labels (not numbers) and whose values are short; or a header
and one row of two to six short cells.
"""

from __future__ import annotations

import re

from aikg.extractors.text.script import display_width

KEY_WIDTH = 30  # display columns of a key ("Price target (12m)", "收盘价（11 月 19 日）")
VALUE_WIDTH = 40  # of a value ("$290.00 (from $235.00)")
_NUMBER = re.compile(r"^[\s\d.,%$¥€£()+\-–—/A-Z]*\d[\s\d.,%$¥€£()+\-–—/A-Z]*$")


def _label(cell: str) -> bool:
    """A key: a short cell that is no number ("Rating", "Price (12 Dec)", "评级")."""
    text = " ".join(cell.split())
    return 0 < display_width(text) <= KEY_WIDTH and not _NUMBER.match(text)


def _short(cell: str) -> bool:
    return 0 < display_width(" ".join(cell.split())) <= VALUE_WIDTH


def box_lines(rows: list[list[str]]) -> list[str]:
    """The "key: value" lines of a key-data box table, or [] for any other table.

    >>> box_lines([["Rating", "Overweight"], ["Price (6 Nov 2025)", "$237.70"]])
    ['Rating: Overweight', 'Price (6 Nov 2025): $237.70']
    >>> box_lines([["Rating", "Price target", "Price (12 Dec)"], ["Buy", "$61.00", "$43.20"]])
    ['Rating: Buy; Price target: $61.00; Price (12 Dec): $43.20']
    >>> box_lines([["2024A", "2025E"], ["1.2", "1.5"]]), box_lines([["Company", "Ticker"]])
    ([], [])
    """
    rows = [[" ".join((c or "").split()) for c in row] for row in rows]
    if not rows or any(len(row) != len(rows[0]) for row in rows):
        return []
    if len(rows[0]) == 2 and 2 <= len(rows) <= 10:
        if all(_label(key) and _short(value) for key, value in rows):
            return [f"{key}: {value}" for key, value in rows]
    if len(rows) == 2 and 2 <= len(rows[0]) <= 6:
        head, values = rows
        if all(_label(k) for k in head) and all(_short(v) for v in values):
            return ["; ".join(f"{k}: {v}" for k, v in zip(head, values, strict=True))]
    return []
