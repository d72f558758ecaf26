"""A literal prefilter for a compiled regex: the words any match must contain.

A rule pattern that opens with an optional slot or a gap ("{A?} ... partnered with
{B}") is tried at every position of every sentence, though most sentences hold none of
its words. :func:`required_words` reads the pattern's parse tree and returns groups of
literal strings such that every match contains at least one string of each group;
:func:`may_match` is then a few substring tests that tell a sentence the pattern cannot
match, so its regex is not run at all (nor compiled, when the caller compiles it only on
need: :func:`required_words_of`). The results are the regex's own: a text the
prefilter lets through is searched as before, and one it stops has no match.
:func:`required_group` finds a named group every match holds, a cheaper first test.

Only what a match itself must hold counts: lookarounds, optional parts and
case-insensitive parts give no words, and a pattern without a certain word gets no
prefilter (every text passes).

>>> rx = re.compile(r"(?:\\w+\\s+){0,3}?(?:partner(?:ed)?|team(?:ed)? up)\\s+with\\s+X")
>>> [sorted(group) for group in required_words(rx)]
[['with'], ['partner', 'team'], ['X']]
>>> words = required_words(rx)
>>> may_match(words, "they teamed up with X"), may_match(words, "他们合作")
(True, False)
>>> required_words(re.compile(r"(?i)with"))
()
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # the parser of the standard library's re (sre_parse before Python 3.11)
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

Words = tuple[frozenset[str], ...]

_MAX_GROUPS = 3  # the most selective groups kept: each costs a few substring tests
_MAX_CLASS = 16  # a character class of at most this many literal characters is a group


def may_match(words: Words, text: str) -> bool:
    """Whether ``text`` holds a word of every group (else the pattern cannot match)."""
    return all(any(w in text for w in group) for group in words)


@lru_cache(maxsize=4096)
def _required(pattern: str, flags: int) -> Words:
    if flags & re.IGNORECASE:
        return ()
    try:
        tree = _p.parse(pattern, flags)
    except Exception:  # pragma: no cover - a pattern re compiled parses again
        return ()
    groups = [g for g in _sequence(list(tree)) if g and all(g)]
    groups.sort(key=lambda g: (-min(map(len, g)), len(g)))
    unique: list[frozenset[str]] = []
    for g in groups:
        if g not in unique:
            unique.append(g)
    return tuple(unique[:_MAX_GROUPS])


def required_words(regex: re.Pattern[str]) -> Words:
    """Groups of literal strings: every match of ``regex`` holds one string of each."""
    if not isinstance(regex.pattern, str):
        return ()
    return _required(regex.pattern, regex.flags)


def required_words_of(pattern: str, flags: int) -> Words:
    """:func:`required_words` of a pattern not compiled yet, with the flags
    :func:`pattern_flags` gives it (those its compiled regex would have).

    >>> required_words_of("⟨0⟩投资", pattern_flags("⟨0⟩投资"))
    (frozenset({'⟨0⟩投资'}),)
    >>> required_words_of("(?i)with", pattern_flags("(?i)with"))
    ()
    """
    return _required(pattern, flags)


_LEADING_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))+")


def pattern_flags(pattern: str) -> int:
    """The ``flags`` of ``re.compile(pattern)``, without compiling it: a pattern's
    global inline flags stand at its start (anywhere else, Python 3.11 refuses them).

    >>> pattern_flags("(?i)abc") == re.compile("(?i)abc").flags
    True
    >>> pattern_flags("(?i:a)bc") == re.compile("(?i:a)bc").flags == re.compile("").flags
    True
    """
    lead = _LEADING_FLAGS.match(pattern)
    return re.compile(lead.group() if lead else "").flags


def required_group(pattern: str, name: str) -> str | None:
    """The source of the named group ``name`` when every match of ``pattern`` holds it
    (the group stands at the top level, unquantified, and the pattern has no top-level
    alternative and no back-reference); else None. A text the group alone finds nowhere
    cannot match the pattern, so the group is a cheap test to run first.

    >>> required_group(r"⟨(?P<A>\\d+)⟩[)(]\\s*(?P<v>投资|收购)[^,]*", "v")
    '(?P<v>投资|收购)'
    >>> required_group(r"⟨0⟩(?:(?P<v>投资))?", "v") is None, required_group(r"a|(?P<v>b)", "v")
    (True, None)
    """
    opening = f"(?P<{name}>"
    start = pattern.find(opening)
    if start < 0 or "(?P=" in pattern or re.search(r"\\[1-9]", pattern):
        return None
    depth, in_class, end, k = 0, False, None, 0
    while k < len(pattern):
        c = pattern[k]
        if c == "\\":
            k += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class, k = True, k + 1
            k += pattern[k : k + 1] == "^"
            k += pattern[k : k + 1] == "]"  # a "]" first in a class is literal
            continue
        elif c == "(":
            if k == start and depth != 0:
                return None  # the group sits inside another: perhaps optional
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0 and end is None and k > start:
                end = k + 1
        elif c == "|" and depth == 0:
            return None
        k += 1
    if end is None or pattern[end : end + 1] in ("?", "*", "{"):
        return None
    return pattern[start:end]


def _sequence(items: list) -> list[frozenset[str]]:
    """The groups a sequence of parse items requires (a conjunction): its runs of
    literal characters, and what its certain sub-items require."""
    groups: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            groups.append(frozenset(["".join(run)]))
            run = []
        groups.extend(_item(op, av))
    if run:
        groups.append(frozenset(["".join(run)]))
    return groups


def _best(groups: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective of a conjunction's groups (longest shortest word)."""
    usable = [g for g in groups if g and all(g)]
    return min(usable, key=lambda g: (-min(map(len, g)), len(g))) if usable else None


def _item(op, av) -> list[frozenset[str]]:
    """The groups one parse item requires."""
    if op is _c.SUBPATTERN:
        _, add_flags, _, sub = av
        return [] if add_flags & re.IGNORECASE else _sequence(list(sub))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _, sub = av
        return _sequence(list(sub)) if low >= 1 else []
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            best = _best(_sequence(list(branch)))
            if best is None:
                return []  # a branch with no certain word: the alternation gives none
            union |= best
        return [frozenset(union)]
    if op is _c.IN:
        chars = [chr(v) for o, v in av if o is _c.LITERAL]
        if len(chars) == len(av) and 0 < len(chars) <= _MAX_CLASS:
            return [frozenset(chars)]
    return []  # assertions, categories, ranges, negated classes, group references
