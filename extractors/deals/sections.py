"""The company a digest's section is about: a heading or a line of its own that is only
a company's name ("**Nebius (NBIS)**", "### Lambda", "IREN:"), as earnings digests and
neocloud or semis round-ups set one block per company. The sentences under it speak of
that company as "The company", "It" or with no subject at all ("CFO said the backlog now
includes a contract signed on 3 November with Y"): :mod:`.state` resolves those to it
when the paragraph names no subject of its own. The shape left once the name is masked is
the ``section_company`` rule of ``rules/deals/en.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from aikg.extractors.names.anaphora import is_modifier
from aikg.extractors.names.gate import is_entity
from aikg.extractors.names.mentions import Mention, find_mentions, mask
from aikg.extractors.rules import load
from aikg.extractors.text.script import CJK

__all__ = ["company_line", "label_end", "sentence_subject"]


@lru_cache(maxsize=8)
def _shape(key: str = "section_company") -> re.Pattern[str]:
    return re.compile(load("deals", "en")[key])


def company_line(text: str, names: Mapping[str, str], heading: bool = False) -> Mention | None:
    """The company a heading or a one-line paragraph names and nothing else, else None;
    a ``heading`` may add the block's topic after its name ("Nebius (NBIS): backlog
    climbs", the ``heading_company`` rule).

    >>> company_line("**Nebius (NBIS)**", {}).name
    'Nebius'
    >>> company_line("Nebius signed a contract with Meta", {}) is None
    True
    >>> company_line("TOP ROUNDS", {}) is None
    True
    >>> company_line("Nebius (NBIS): backlog climbs", {}, heading=True).name
    'Nebius'
    """
    shape, plain = _shape(), text.strip().lstrip("#").strip()
    if not plain or len(plain) > 80 or CJK.search(plain):  # English digests only, for now
        return None
    companies = [m for m in find_mentions(plain, dict(names)) if m.is_company]
    if not 1 <= len(companies) <= 2 or not is_entity(companies[0].name):
        return None  # the second: a ticker the finder took for a name ("(NBIS)")
    if " " in companies[0].name and companies[0].name.isupper():
        return None  # a plain-text report's capitalised heading ("TOP ROUNDS")
    masked = mask(plain, companies)
    if shape.fullmatch(masked) or (heading and _shape("heading_company").fullmatch(masked)):
        return companies[0]
    return None


def sentence_subject(masked: str) -> int | None:
    """The subject a sentence gives the ones after it: its first company mention that
    modifies no later noun and is no object of a preposition. A sentence that names its
    only company after "with" ("The backlog now includes a $6bn contract signed on 9 May
    with ⟨0⟩") has none of its own, so the block's company stays the one "The company"
    names in the next sentence.

    >>> sentence_subject("The backlog now includes a $6bn contract with ⟨0⟩") is None
    True
    >>> sentence_subject("According to ⟨0⟩, ⟨1⟩ will buy chips")
    1
    """
    lead = _shape("after_preposition")  # "a deal with ⟨0⟩": no subject
    start = label_end(masked)
    for m in re.finditer(r"⟨(\d+)⟩", masked[start:]):
        at, end = start + m.start(), start + m.end()
        if not is_modifier(masked, end) and not lead.search(masked[:at]):
            return int(m.group(1))
    return None


def label_end(masked: str) -> int:
    """Where a paragraph's bold lead label ends (0 when it opens on none): a word the
    finder took for a name inside it ("**⟨0⟩ remarks.**") is no subject.

    >>> label_end("**⟨0⟩ remarks.** The backlog now includes"), label_end("⟨0⟩ remarks. The")
    (17, 13)
    >>> label_end("⟨0⟩ signed a $3bn contract with ⟨1⟩. It")
    0
    """
    m = _shape("lead_label").match(masked)  # rules/deals/en.toml: lead_label
    return m.end() if m else 0
