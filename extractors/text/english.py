"""English abbreviations, shared by every extractor that splits English sentences.

The list lives in ``rules/text/en.toml``: a period after one of its words ("Corp.",
"Mar.") or after dotted initials ("U.S.") does not end a sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.rules import load

_LAST_WORD = re.compile(r"([^\s(\[\"“'‘]+)\.$")


@lru_cache(maxsize=1)
def abbreviations() -> tuple[frozenset[str], re.Pattern[str]]:
    """The abbreviations (casefolded, no period) and the pattern of dotted initials."""
    rules = load("text", "en")
    words = frozenset(w.casefold() for w in rules["abbreviations"])
    return words, re.compile(rules["dotted_initials"])


def is_abbreviation_word(word: str) -> bool:
    """Whether ``word`` (without its period) is a listed abbreviation.

    >>> is_abbreviation_word("Corp"), is_abbreviation_word("Labs")
    (True, False)
    """
    return word.casefold() in abbreviations()[0]


def is_abbreviation(before: str) -> bool:
    """Whether the period ending ``before`` closes an abbreviation, not a sentence.

    >>> [is_abbreviation(t) for t in ("Zeta Corp.", "the U.S.", "Borealis AI.", "GOOGL.O.")]
    [True, True, False, False]
    """
    m = _LAST_WORD.search(before)
    if m is None:
        return False
    word = m.group(1)
    return is_abbreviation_word(word) or bool(abbreviations()[1].fullmatch(word))
