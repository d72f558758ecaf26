"""Capitalised Latin runs that are no single name, for :mod:`.mentions`: a digest's
topic label in capitals before a colon ("CHIP ALLIANCE:"), and two names a hyphen joins
("the Varnell-Oskaro partnership") where the text names each on its own.
"""

from __future__ import annotations

import re

__all__ = ["hyphen_pair", "topic_label"]


def topic_label(text: str, name: str, end: int) -> bool:
    """Whether a capitalised run is a topic label: all capitals, before a colon, and two
    words or one of five letters or more ("CHIP ALLIANCE:", "ELSEWHERE:"; not "AMD:").

    >>> topic_label("CHIP ALLIANCE: Varnell", "CHIP ALLIANCE", 13)
    True
    >>> topic_label("AMD: shares", "AMD", 3), topic_label("Varnell: shares", "Varnell", 7)
    (False, False)
    """
    if not name.isupper() or not re.match(r"\s*:", text[end:]):
        return False
    return len(name.split()) > 1 or len(name) >= 5


def hyphen_pair(text: str, start: int, name: str) -> list[tuple[int, int, str]]:
    """Two names a hyphen joins ("the Varnell-Oskaro partnership") when the text names
    each on its own elsewhere ("Varnell Semiconductor and Oskaro Systems"), else [].

    >>> t = "Varnell Semiconductor and Oskaro Systems: the Varnell-Oskaro deal"
    >>> [n for _, _, n in hyphen_pair(t, 46, "Varnell-Oskaro")]
    ['Varnell', 'Oskaro']
    >>> hyphen_pair("the Rolls-Royce deal", 4, "Rolls-Royce")
    []
    """
    parts = name.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and len(p) > 2 for p in parts):
        return []
    alone = [re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", text) for p in parts]
    if not all(alone):
        return []
    second = start + len(parts[0]) + 1
    return [(start, start + len(parts[0]), parts[0]), (second, second + len(parts[1]), parts[1])]
