"""The spaCy parts of the name matcher that do not need the alias list: the entity
ruler with its pattern count kept, and a linear-time character tokenizer.

spaCy is imported inside the functions only, so that importing the package (every CLI
command) does not load it.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["CharTokenizer", "alias_ruler_class"]


@lru_cache(maxsize=1)
def alias_ruler_class() -> type:
    """spaCy's entity ruler with its pattern count kept: spaCy's own counts every
    pattern list each time it reads a text, a third of the ruler's time on a sentence.
    Made on first use, so that importing this module does not import spaCy."""
    from spacy.pipeline import EntityRuler

    class _AliasRuler(EntityRuler):
        """:class:`EntityRuler` whose ``len`` is counted once per change of patterns."""

        _count: int | None = None

        def __len__(self) -> int:
            if self._count is None:
                self._count = super().__len__()
            return self._count

        def add_patterns(self, patterns: list) -> None:
            """Add patterns (spaCy's ``add_patterns``); the count is taken again."""
            super().add_patterns(patterns)
            self._count = None

        def clear(self) -> None:
            """Drop every pattern (spaCy's ``clear``)."""
            super().clear()
            self._count = None

        def remove(self, ent_id: str) -> None:
            """Drop the patterns of ``ent_id`` (spaCy's ``remove``)."""
            super().remove(ent_id)
            self._count = None

    return _AliasRuler


# a character that is not whitespace (\S is exactly "not str.isspace()") with the one
# space after it, or any other run of whitespace
_CHAR_TOKEN = re.compile(r"(\S)( ?)|(\s+)")


class CharTokenizer:
    """spaCy's Chinese character tokenizer, the same Doc in linear time: spaCy aligns
    each character by searching a copy of the rest of the text, quadratic in its length.

    Each character that is not whitespace is a token; one space after it is its trailing
    space; any other run of whitespace is a token of its own."""

    def __init__(self, vocab) -> None:
        from spacy.tokens import Doc

        self._vocab, self._doc = vocab, Doc

    def __call__(self, text: str):
        """The Doc of ``text``."""
        words, spaces = _char_words(text)
        return self._doc(self._vocab, words=words, spaces=spaces)


def _char_words(text: str) -> tuple[list[str], list[bool]]:
    """The words and trailing spaces spaCy's ``get_words_and_spaces(list(text), text)``
    gives.

    >>> _char_words("AI  芯片 x")
    (['A', 'I', ' ', '芯', '片', 'x'], [False, True, False, False, True, False])
    """
    found = _CHAR_TOKEN.findall(text)
    return [char or run for char, _, run in found], [bool(space) for _, space, _ in found]
