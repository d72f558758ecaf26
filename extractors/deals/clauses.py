"""Clause-level readings the frames leave open: whose sentence it is, and whose round.

- A sentence whose subject is an anaphor ("On November 3, the Group entered into an
  agreement with ⟨1⟩ …", "It also signed …") is still about the paragraph's subject: the
  first company it names is an object, not a new subject for the sentences after it.
- A round stated without investors ("⟨0⟩ closed a $1.2bn Series C"): its investors come
  next; a filing's defined term ("the Group") is the subject of its verb.

(Where an object list ends, before a member that opens a clause of its own, is read by
:func:`aikg.extractors.deals.frames.object_list_end`.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.rules import load


@lru_cache(maxsize=1)
def _anaphor_lead() -> re.Pattern[str]:
    """An anaphor as the sentence's subject, after at most a leading adverbial that names
    no company ("On the same day, the Group …")."""
    words = sorted(load("deals", "en")["anaphor_pattern_words"], key=len, reverse=True)
    words = [w for w in words if re.fullmatch(r"[A-Za-z][A-Za-z ]+", w)]
    alts = "|".join(re.escape(w) for w in words)
    return re.compile(rf"^\s*(?:[^⟨⟩.;:]{{0,60}}?,\s*)?(?:{alts})\s+(?:also\s+)?[a-z]")


def anaphor_subject(masked: str) -> bool:
    """Whether the masked sentence's subject is an anaphor (the paragraph's company).

    >>> anaphor_subject("On the same day, the Group entered into an agreement with ⟨0⟩")
    True
    >>> anaphor_subject("It also signed a colocation agreement with ⟨0⟩")
    True
    >>> anaphor_subject("⟨0⟩ signed an agreement with the company"), anaphor_subject("Italy ⟨0⟩")
    (False, False)
    """
    return _anaphor_lead().match(masked) is not None


@lru_cache(maxsize=1)
def _round_stated() -> re.Pattern[str]:
    return re.compile(load("deals", "en")["round_stated"])


def stated_round_index(masked: str) -> int | None:
    """The mention whose round an English sentence states without investors ("⟨0⟩
    closed a $1.2bn Series C on Tuesday"), if any: the investors named next invest in it.

    >>> stated_round_index("⟨0⟩ closed a $1.2bn Series C on Tuesday.")
    0
    >>> stated_round_index("⟨0⟩ closed a $2bn term loan.") is None
    True
    """
    m = _round_stated().search(masked)
    return int(m.group(1)) if m else None


@lru_cache(maxsize=1)
def _defined_term() -> re.Pattern[str]:
    """A filing's defined term for the filer ("the Company", "the Group": the anaphors
    whose mode is "topic"), as the subject of the verb that follows it."""
    modes = load("deals", "en")["anaphor_modes"]
    words = "|".join(re.escape(w) for w, mode in modes.items() if mode == "topic")
    return re.compile(rf"(?:^|[\s,])(?:{words})\s+(?:[^⟨⟩,;.]{{0,30}}\s)?$")


def defined_term_before(masked: str, before: int) -> bool:
    """Whether the verb at ``before`` has a filing's defined term as its subject.

    >>> t = "On the same day, the Group entered into a purchase agreement"
    >>> defined_term_before(t, t.index("entered"))
    True
    >>> t = "⟨0⟩ told the Company it entered"
    >>> defined_term_before(t, t.index("told"))
    False
    """
    return _defined_term().search(masked[:before]) is not None
