"""Which script a text is written in, and how wide it prints.

``CJK`` is the one pattern of a Chinese character (the CJK Unified Ideographs block);
``CJK_RANGE`` is its range for building other character classes.

>>> bool(CJK.search("AI 芯片")), is_english("On March 4, Zentrix released Zyra 2.")
(True, True)
"""

from __future__ import annotations

import re
import unicodedata

CJK_RANGE = r"\u4e00-\u9fff"
CJK_CLASS = rf"[{CJK_RANGE}]"
CJK = re.compile(CJK_CLASS)


def is_english(text: str) -> bool:
    """Whether a text is written in a Latin script: letters and no Chinese character.

    >>> is_english("On March 4, Zentrix released Zyra 2."), is_english("3 月 4 日,发布 Zyra")
    (True, False)
    """
    return bool(re.search("[A-Za-z]{2}", text)) and not CJK.search(text)


def display_width(text: str) -> int:
    """Columns a line takes: wide (CJK, full-width) characters count two.

    >>> display_width("AI 芯片")
    7
    """
    if text.isascii():  # no ASCII character is wide
        return len(text)
    return sum(map(_WIDTHS.__getitem__, text))


class _Widths(dict):
    """Columns per character, each worked out once (``unicodedata`` asked on first use)."""

    def __missing__(self, char: str) -> int:
        width = self[char] = 2 if unicodedata.east_asian_width(char) in "WF" else 1
        return width


_WIDTHS = _Widths()
