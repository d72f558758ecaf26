"""Table titles a PDF printed on two lines, a unit under each ("Price" over "(LC)",
"目标价" over "（元）"), put back together, wherever the layout left their parts: the
first line above the table as a caption, or the second as a row of its own."""

from __future__ import annotations

import re

from aikg.extractors.document.table_forms import CAPTION, SOURCE_NOTE

# a header cell that is only a unit in brackets: the second line of a two-line title
UNIT = re.compile(r"^[(（][^()（）\d]{1,8}[)）]$")


def units_apart(rows: list[list[str]], caption: str) -> tuple[list[list[str]], str]:
    """A table whose titles were printed on two lines, a unit under each ("Price" over
    "(LC)"), with each title whole again ("Price (LC)"), and the caption it leaves.

    The first line of such titles is read as the caption when it sits above the table
    as a line of its own (a fixed-width header), words as many as the header's run of
    unit cells; the second as a row of its own when the table's rules part the lines:
    a row of units alone under titles. Either way the close and the target column
    would lose their names.

    >>> units_apart([["Co", "Rating", "(LC)", "(LC)"], ["A", "OW", "9.0", "12.0"]],
    ...             "Price Target")[0][0]
    ['Co', 'Rating', 'Price (LC)', 'Target (LC)']
    >>> units_apart([["公司", "收盘价", "目标价"], ["", "（元）", "（元）"], ["甲", "9", "12"]], "")
    ([['公司', '收盘价（元）', '目标价（元）'], ['甲', '9', '12']], '')
    >>> units_apart([["Co", "(LC)"], ["A", "9"]], "Table 3: peers")[1]
    'Table 3: peers'
    """
    if not rows or len(rows) < 2:
        return rows, caption
    header = rows[0]
    units = [k for k, c in enumerate(header) if UNIT.match(c.strip())]
    words = caption.split()
    if (
        units
        and len(words) == len(units)
        and units == list(range(units[0], units[0] + len(units)))
        and not CAPTION.match(caption)
        and not SOURCE_NOTE.match(caption)
        and all(not re.search(r"\d|[:：。.]$", w) and len(w) <= 12 for w in words)
    ):
        titled = list(header)
        for k, word in zip(units, words, strict=True):
            titled[k] = f"{word} {header[k].strip()}"
        return [titled, *rows[1:]], ""
    below = rows[1]
    filled = [k for k, c in enumerate(below) if c.strip()]
    if filled and all(UNIT.match(below[k].strip()) and header[k].strip() for k in filled):
        titled = list(header)
        for k in filled:
            space = " " if below[k].strip()[0] == "(" and header[k].strip()[-1].isascii() else ""
            titled[k] = f"{header[k].strip()}{space}{below[k].strip()}"
        return [titled, *rows[2:]], caption
    return rows, caption
