"""Clause-level readings the frames leave open: whose sentence it is, and where an
object list ends.

- A sentence whose subject is an anaphor ("On November 3, the Group entered into an
  agreement with ⟨1⟩ …", "It also signed …") is still about the paragraph's subject: the
  first company it names is an object, not a new subject for the sentences after it.
- A list of objects ends where a new clause begins: in "will invest up to $10bn in ⟨1⟩,
  and ⟨2⟩ is committing up to $5bn" the list after "in" is ⟨1⟩ alone; ⟨2⟩ is the subject
  of the clause "is committing".
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
def _clause_verb() -> re.Pattern[str]:
    return re.compile(load("deals", "en")["list_clause_verb"])


def object_list_end(masked: str, start: int, end: int) -> int:
    """Where an object list ``masked[start:end]`` really ends: before a member that opens
    a clause of its own (", and ⟨2⟩ is committing"), else at ``end``.

    >>> t = "in ⟨1⟩, and ⟨2⟩ is committing up to $5bn"
    >>> t[3 : object_list_end(t, 3, 15)]
    '⟨1⟩'
    >>> t = "in ⟨1⟩ and ⟨2⟩ for $2bn"
    >>> t[3 : object_list_end(t, 3, 14)]
    '⟨1⟩ and ⟨2⟩'
    """
    verb = _clause_verb()
    members = list(re.finditer(r"[⟨⟦]\d+[⟩⟧]", masked[start:end]))
    for prev, member in zip(members, members[1:], strict=False):
        if verb.match(masked, start + member.end()):
            return start + prev.end()
    return end


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
