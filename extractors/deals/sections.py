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

from aikg.extractors.names.gate import is_entity
from aikg.extractors.names.mentions import Mention, find_mentions, mask
from aikg.extractors.rules import load
from aikg.extractors.text.script import CJK

__all__ = ["company_line"]


@lru_cache(maxsize=1)
def _shape() -> re.Pattern[str]:
    return re.compile(load("deals", "en")["section_company"])


def company_line(text: str, names: Mapping[str, str]) -> Mention | None:
    """The company a heading or a one-line paragraph names and nothing else, else None.

    >>> company_line("**Nebius (NBIS)**", {}).name
    'Nebius'
    >>> company_line("Nebius signed a contract with Meta", {}) is None
    True
    >>> company_line("TOP ROUNDS", {}) is None
    True
    """
    shape, plain = _shape(), text.strip().lstrip("#").strip()
    if not plain or len(plain) > 80 or CJK.search(plain):  # English digests only, for now
        return None
    companies = [m for m in find_mentions(plain, dict(names)) if m.is_company]
    if not 1 <= len(companies) <= 2 or not is_entity(companies[0].name):
        return None  # the second: a ticker the finder took for a name ("(NBIS)")
    if " " in companies[0].name and companies[0].name.isupper():
        return None  # a plain-text report's capitalised heading ("TOP ROUNDS")
    return companies[0] if shape.fullmatch(mask(plain, companies)) else None
