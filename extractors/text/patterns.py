"""Building regexes from word lists.

>>> bool(re.search(word_alternation(["will"]), "willing"))
False
>>> alternation(["与", "与其"])
'与其|与'
"""

from __future__ import annotations

import re


def word_alternation(words: list[str]) -> str:
    """Alternation, longest first; Latin words must stand alone (no "will" in "willing").

    >>> word_alternation(["May", "或将"])
    '(?:(?<![A-Za-z])May(?![A-Za-z])|或将)'
    """
    parts = []
    for word in sorted(words, key=len, reverse=True):
        pat = re.escape(word)
        if word[:1].isascii() and word[:1].isalpha():
            pat = r"(?<![A-Za-z])" + pat
        if word[-1:].isascii() and word[-1:].isalpha():
            pat += r"(?![A-Za-z])"
        parts.append(pat)
    return "(?:" + "|".join(parts) + ")"


def regex_words(spec: str) -> str:
    """A '|'-separated rules string as a regex whose Latin words stand alone."""
    return word_alternation(spec.split("|"))


def alternation(words: list[str]) -> str:
    """The words escaped and joined as alternatives, longest first (no boundaries)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_KEPT: dict[tuple[str, int], re.Pattern[str]] = {}


def kept(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled once per process and kept: for a rule's
    regex tried by its string in a loop over a list of rules. ``re.search(string, ...)``
    leans on re's own cache, which holds the last 512 patterns compiled, and a process
    compiles some 1,600 rule and name patterns, so such a string was compiled again
    whenever the others had pushed it out.

    >>> kept(r"\\d+亿") is kept(r"\\d+亿"), kept("a", re.I) is kept("a")
    (True, False)
    """
    key = (pattern, flags)
    regex = _KEPT.get(key)
    if regex is None:
        regex = _KEPT[key] = re.compile(pattern, flags)
    return regex
