"""Names: the curated alias lexicon, the mentions prose readers find (known, typed by an
earlier extractor, or open-world by clear patterns), masked sentences and anaphora.

- :mod:`.lexicon`: ``rules/names/aliases.tsv``, name keys, the spaCy entity ruler;
- :mod:`.mentions`: companies and chips in a sentence (:func:`find_mentions`), masked;
- :mod:`.open_world`: typed names found again, role names of deal clauses;
- :mod:`.role_patterns`: patterns over sentences whose mentions are masked (``⟨i⟩``);
- :mod:`.anaphora`: the subject of a masked sentence and the modes of anaphors.
"""

from aikg.extractors.names.lexicon import (
    Alias,
    clean_surface,
    known_mentions,
    load_aliases,
    lookup,
    name_key,
)
from aikg.extractors.names.mentions import Mention, find_mentions, key_of

__all__ = [
    "Alias",
    "Mention",
    "clean_surface",
    "find_mentions",
    "key_of",
    "known_mentions",
    "load_aliases",
    "lookup",
    "name_key",
]
