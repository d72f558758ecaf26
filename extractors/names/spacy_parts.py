"""The spaCy parts of the name matcher that do not need the alias list: the entity
ruler with its pattern count kept, a linear-time character tokenizer, and the ruler's
entities found without a spaCy Doc (:class:`AliasMatcher`, the same matches in plain
Python).

Building a Doc per sentence (a token object per character, the vocabulary lookups, the
pipeline around it) cost most of what looking up known names cost: about a fifth of
extraction. :class:`AliasMatcher` reads the phrase patterns the ruler holds (the Docs it
made of every alias, so the tokens are the ruler's own), walks a trie of their lowercased
tokens over the text's character tokens (:func:`_char_words`, the tokenizer
the pipeline uses), and picks among the matches as spaCy's ``EntityRuler`` does: longest
first, then leftmost, none overlapping one already taken. The one thing it does not
reproduce is the order of two patterns with the same tokens and different labels or ids
(spaCy's order there comes from a set of match ids): a text where such a pattern matches
gets ``None``, and the caller asks the spaCy pipeline.
``tests/extractors/names/test_alias_matcher.py`` compares both on every dev line.

spaCy is imported inside the functions only, so that importing the package (every CLI
command) does not load it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

__all__ = ["AliasMatcher", "CharTokenizer", "RulerEnt", "alias_ruler_class"]


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


_END = None  # the trie key of a pattern's last token (a token is never None)


class RulerEnt(NamedTuple):
    """What the name lookup reads of a spaCy entity span, under the same names."""

    start_char: int
    end_char: int
    text: str
    label_: str
    ent_id_: str


class AliasMatcher:
    """The entity ruler's entities of a text (:meth:`ents`), from its phrase patterns."""

    def __init__(self, ruler) -> None:
        self._trie: dict = {}
        for key, docs in ruler.phrase_patterns.items():
            if ruler.ent_id_sep in key:
                label, ent_id = ruler._split_label(key)
            else:
                label, ent_id = key, ""
            for doc in docs:
                if len(doc) == 0:
                    continue  # spaCy drops empty matches
                node = self._trie
                for token in doc:
                    node = node.setdefault(token.lower_, {})
                node.setdefault(_END, set()).add((label, ent_id or ""))

    def ents(self, text: str) -> list[RulerEnt] | None:
        """The ruler's entities of ``text`` in text order, or None where two patterns
        with the same tokens but other labels or ids match (spaCy decides those)."""
        words, spaces = _char_words(text)
        lowers = [w.lower() for w in words]
        trie, n = self._trie, len(lowers)
        found = []
        for i in range(n):
            node = trie.get(lowers[i])
            j = i
            while node is not None:
                j += 1
                outcome = node.get(_END)
                if outcome is not None:
                    if len(outcome) > 1:
                        return None
                    found.append((j - i, -i, j, next(iter(outcome))))
                node = node.get(lowers[j]) if j < n else None
        if not found:
            return []
        starts, offset = [], 0
        for word, space in zip(words, spaces, strict=True):
            starts.append(offset)
            offset += len(word) + space
        found.sort(reverse=True)  # longest first, then leftmost (spaCy's sort key)
        seen: set[int] = set()
        kept = []
        for _size, minus_start, end, (label, ent_id) in found:
            start = -minus_start
            if start not in seen and end - 1 not in seen:
                seen.update(range(start, end))
                kept.append((start, end, label, ent_id))
        kept.sort()
        out = []
        for start, end, label, ent_id in kept:
            first, last = starts[start], starts[end - 1] + len(words[end - 1])
            out.append(RulerEnt(first, last, text[first:last], label, ent_id))
        return out
