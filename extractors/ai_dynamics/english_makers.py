"""Makers an English release names beside its model rather than before its verb, for a
model-first sentence whose verb takes the name before it ("X is now available", "X
released with ...", "X, the latest from Y, went live"): a possessive owner ("OpenAI's
GPT-5.2 Instant"), an appositive's "from Y" (``latest_from``), or a known company the
model's name opens with ("Mistral Small 4.1": Mistral AI names its model lines after its
brand).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from aikg.extractors.ai_dynamics.rules import en, rx
from aikg.extractors.names.lexicon import known_mentions, lookup
from aikg.schema import PARTY_LABELS

__all__ = ["stated_maker"]


def stated_maker(
    subject_text: str, name: str, start: int, company_before: Callable[[str], str]
) -> str:
    """The maker the words of a model-first subject state for ``name`` (which starts at
    ``start`` in ``subject_text``), else ""; ``company_before`` reads a company from words
    (:func:`.subjects.company_before`, passed in to keep the import chain short).

    >>> from aikg.extractors.ai_dynamics.subjects import company_before as cb
    >>> stated_maker("OpenAI's GPT-9 Instant", "GPT-9 Instant", 9, cb)
    'OpenAI'
    >>> stated_maker("Halcyon-4, the latest from Zentrix Labs", "Halcyon-4", 0, cb)
    'Zentrix Labs'
    >>> stated_maker("Mistral Small 9.1", "Mistral Small 9.1", 0, cb)
    'Mistral AI'
    >>> stated_maker("Zyra 3", "Zyra 3", 0, cb)
    ''
    """
    owner = re.search(rf"({en()['cap_run']})['’]s?\s+(?:(?:new|latest)\s+)*$", subject_text[:start])
    if owner and company_before(owner.group(1)):
        return company_before(owner.group(1))
    appositive = rx("en", "latest_from").search(subject_text, start + len(name))
    if appositive:
        maker = company_before(subject_text[appositive.end() :].strip(" ,"))
        if maker:
            return maker
    return name_opener(name)


def name_opener(name: str) -> str:
    """The known company a model's name opens with, a space or hyphen after it: the
    company's own name ("DeepSeek-V3.3") or its brand before "AI" ("Mistral Small 4.1" is
    Mistral AI's: labs named "<brand> AI" name their models "<brand> <line>"), else "".

    >>> name_opener("Mistral Small 9.1"), name_opener("Zyra 3")
    ('Mistral AI', '')
    """
    for start, end, entry, surface in known_mentions(name):
        if start == 0 and entry.label in PARTY_LABELS and re.match(r"[\s\-]", name[end:]):
            return surface
        break
    brand = re.match(r"([A-Z][A-Za-z]+)\s", name)
    entry = lookup(f"{brand.group(1)} AI", "Company") if brand else None
    return entry.canonical if entry else ""
