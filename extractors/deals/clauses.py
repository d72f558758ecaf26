"""Clause-level readings the frames leave open: whose sentence it is, and whose round.

- A sentence whose subject is an anaphor ("On November 3, the Group entered into an
  agreement with ⟨1⟩ …", "It also signed …") is still about the paragraph's subject: the
  first company it names is an object, not a new subject for the sentences after it.
- A round stated without investors ("⟨0⟩ closed a $1.2bn Series C"): its investors come
  next; a filing's defined term ("the Group") is the subject of its verb, and the
  sentence that defines it ("X (the "Company")") names the filer it stands for.

(Where an object list ends, before a member that opens a clause of its own, is read by
:func:`aikg.extractors.deals.frames.object_list_end`.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.names.mentions import Mention
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


@lru_cache(maxsize=1)
def _defined_filer() -> re.Pattern[str]:
    return re.compile(load("deals", "en")["defined_filer"])


def defined_filer(masked: str, mentions: list[Mention]) -> Mention | None:
    """The company a filing's sentence defines as "the Company" (or "the Registrant", "the
    Group"): the filer those terms name in the sentences after it; never a filing's
    heading word read as a name ("Item 1.01").

    >>> ms = [Mention(11, 14, "Stonefield", "Company"), Mention(60, 63, "Virel", "Company")]
    >>> defined_filer('On June 19, ⟨0⟩ (the "Company") entered into an agreement with ⟨1⟩', ms).name
    'Stonefield'
    >>> defined_filer("⟨0⟩ (NASDAQ: ABC) entered into an agreement with ⟨1⟩", ms) is None
    True
    """
    m, _ = _defined_filer().search(masked), _not_filer()  # both rules read on every sentence
    filer = mentions[int(m.group(1))] if m else None
    return filer if filer is not None and may_be_filer(filer) else None


def may_be_filer(mention: Mention) -> bool:
    """Whether a filing's defined term may stand for ``mention``: not for a filing's
    heading word read as a name ("Item 1.01", "Exhibit 99.1").

    >>> item, zen = Mention(0, 4, "Item", "Company"), Mention(0, 3, "Zen", "Company")
    >>> may_be_filer(item), may_be_filer(zen)
    (False, True)
    """
    return _not_filer().match(mention.name) is None


@lru_cache(maxsize=1)
def _not_filer() -> re.Pattern[str]:
    return re.compile(load("deals", "en")["not_filer"])
