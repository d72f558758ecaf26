"""The publisher a report names on its masthead: on the first lines, a capitalised run
ending in a publication or house word ("Fernhill AI Daily", "Osprey Filings Monitor",
"Tolland Reach Research", "The Weekly Stack") is the house or newsletter that publishes
the report, an organisation, whatever list holds it or not. A run of desk words alone
("Global Equity Research", "Asia Technology Weekly") is a series label, no publisher:
one word at least must be a word of the name (no desk, publication or house word), or
the run opens with "The". Rules: ``mentions.publication_heads``, ``mentions.house_heads``
of ``rules/names/en.toml`` and the gate's desk words.

>>> [m.name for m in masthead_publishers("Fernhill AI Daily | 12 December 2025")]
['Fernhill AI Daily']
>>> [m.name for m in masthead_publishers("The Weekly Stack — Issue 14")]
['The Weekly Stack']
>>> [m.name for m in masthead_publishers("Pemberton Hale Securities Research | Semis")]
['Pemberton Hale Securities']
>>> masthead_publishers("Series D led by Oakvane Partners")
[]
>>> masthead_publishers("Global Equity Research")
[]
>>> masthead_publishers("Analyst: Priya Desmond")
[]
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors import rules
from aikg.extractors.names.gate import is_entity
from aikg.extractors.names.mentions import Mention

__all__ = ["masthead_publishers"]

_WORD = r"(?:[A-Z][A-Za-z0-9'.-]*|AI|&)"
_RUN = re.compile(rf"(?<![A-Za-z0-9]){_WORD}(?: {_WORD})*(?![A-Za-z0-9])")


@lru_cache(maxsize=1)
def _desk_after() -> tuple[frozenset[str], frozenset[str]]:
    """(house words a desk follows, desk words), casefolded."""
    en = rules.load("names", "en")
    after, desk = en["mentions"]["desk_after"], en["gate"]["desk_words"]
    return frozenset(w.casefold() for w in after), frozenset(w.casefold() for w in desk)


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(last words of a publisher, words that name no one on a masthead), casefolded."""
    en = rules.load("names", "en")
    heads = [*en["mentions"]["publication_heads"], *en["mentions"]["house_heads"]]
    generic = [*heads, *en["gate"]["desk_words"], "the", "&", "and", "of"]
    return frozenset(w.casefold() for w in heads), frozenset(w.casefold() for w in generic)


def masthead_publishers(text: str) -> list[Mention]:
    """The publisher runs of one masthead line (see the module)."""
    heads, generic = _words()
    out = []
    for m in _RUN.finditer(text):
        if text[: m.start()].strip(" #*_>|·•—–-:"):
            continue  # a masthead opens its line or a field of it, not a sentence
        words = m.group().split()
        while words and words[-1].casefold() not in heads:
            words.pop()  # "Osprey Filings Monitor Issue": up to the last publication word
        after, desk = _desk_after()
        while len(words) > 2 and words[-1].casefold() in desk and words[-2].casefold() in after:
            words.pop()  # "Pemberton Hale Securities Research": the house, not its desk
        if len(words) < 2:
            continue
        if any(len(w) > 3 and w.isupper() for w in words):
            continue  # "FILINGS MONITOR", "WEEK IN BRIEF": a section label in capitals
        own = [w for w in words if w.casefold() not in generic]
        if not own and words[0] != "The":
            continue  # "Global Equity Research": a series label
        name = " ".join(words)
        if is_entity(name, "Organization") or words[0] == "The":
            out.append(Mention(m.start(), m.start() + len(name), name, "Organization"))
    return out
