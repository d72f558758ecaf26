"""English alliance forms read besides ``rules/relations/en.toml`` (issue #12).

``rules/alliances/en.toml`` holds partner patterns and roles that the relations
recogniser reads with its own (development agreements, an alliance beside an
investment, a joint groundbreaking, a partner for a named product), and two readers
that need more than one pattern:

- "the two will form a joint venture with C": the two companies named last, each with C
  (:func:`mutual_with`);
- a list item headed by two names ("- **A x B.** Signed an agreement to jointly build
  ..."): the pair is the item's "the two" and the parties of a subjectless statement
  (:func:`heading_pair`, :func:`pair_statement`);
- the date of an alliance whose noun a date modifies ("extends the October 2025
  partnership with Y; the new tranche was signed on 26 November"): the later signing's
  (:func:`signing_date`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from aikg.extractors.names.mentions import key_of
from aikg.extractors.names.role_patterns import expand
from aikg.extractors.rules import Rules, load
from aikg.extractors.values.dates import DateValue, find_dates

__all__ = ["heading_pair", "mutual_with", "pair_statement", "rules", "signing_date"]

Span = tuple[int, int, DateValue]


def rules() -> Rules:
    """The English alliance patterns (``rules/alliances/en.toml``)."""
    return load("alliances", "en")


@lru_cache(maxsize=1)
def _compiled() -> dict[str, Any]:
    r = rules()
    return {
        "with": [re.compile(expand(p["re"], [])) for p in r["mutual_with"]],
        "signed_on": re.compile(r["signed_on"]),
        "dated": re.compile(r["dated_alliance"]),
        "pair": re.compile(r["pair_heading"]),
        "statement": re.compile(r["pair_statement"]),
    }


def heading_pair(masked: str, mentions: Sequence[Any]) -> tuple[Any, Any] | None:
    """The two companies a list item's opening "A x B." / "A / B." heading names."""
    m = _compiled()["pair"].match(masked)
    if m is None:
        return None
    a, b = mentions[int(m.group(1))], mentions[int(m.group(2))]
    return (a, b) if a.is_company and b.is_company else None


def pair_statement(masked: str, companies: Sequence[Any], pair: Sequence[Any]) -> bool:
    """Whether a sentence states an alliance of the pair heading its item: its subject
    left out ("Signed an agreement to jointly build ...") or one of the pair, and no
    other company named."""
    keys = {key_of(p) for p in pair}
    if any(key_of(c) not in keys for c in companies):
        return False
    return bool(_compiled()["statement"].match(masked))


def mutual_with(
    text: str, named: Callable[[int], list[Any]]
) -> Iterator[tuple[re.Match[str], Any, int]]:
    """(clause, earlier party, C's mention index) of "the two ... form a joint venture
    with C" in a masked sentence: ``named(pos)`` gives the distinct companies named
    before ``pos`` (the paragraph's and the sentence's), the first two are "the two"."""
    for clause in re.finditer(r"[^,，;；]+", text):
        for regex in _compiled()["with"]:
            m = regex.search(clause.group().strip())
            if m is None:
                continue
            parties = named(clause.start())
            if len(parties) < 2:
                continue
            for item in re.findall(r"⟨(\d+)⟩", m.group("Bs")):
                yield from ((clause, p, int(item)) for p in parties[:2])


def signing_date(
    text: str, m: re.Match[str], dates: Sequence[Span], after: str, period: str
) -> DateValue | None:
    """The date of a later "signed on <date>" (in the sentence, or the clause after its
    semicolon, ``after``) when every date inside the match only modifies the alliance
    noun ("the October 2025 partnership with Y"); None otherwise (the usual dating)."""
    inside = [(s, e) for s, e, _ in dates if m.start() <= s < m.end()]
    if not inside or not all(_compiled()["dated"].match(text[e:]) for _, e in inside):
        return None
    later = [(text, s, d) for s, _, d in dates if s >= m.end()]
    later += [(after, s, d) for s, _, d in find_dates(after, period, "")]
    for where, s, d in later:
        if _compiled()["signed_on"].search(where[max(0, s - 40) : s]):
            return d
    return None
