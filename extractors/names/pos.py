"""Chinese words and their parts of speech, from jieba's tagger: which leading words of
a name's stem are verbs (``names/stems.py``) and whether a word is one verb
(``names/open_world.py``). Rules: ``stems`` of ``rules/names/zh.toml``."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from aikg.extractors.rules import load


@lru_cache(maxsize=1)
def _tagger() -> Any:
    """jieba's part-of-speech tagger (None where jieba is not installed)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            warnings.simplefilter("ignore", DeprecationWarning)
            import jieba
            import jieba.posseg
    except ImportError:  # pragma: no cover - jieba is a declared dependency
        return None
    jieba.setLogLevel(60)
    return jieba.posseg


@lru_cache(maxsize=4096)
def words_of(stem: str) -> tuple[tuple[str, str], ...]:
    """The stem's words and their part-of-speech tags."""
    tagger = _tagger()
    if tagger is None:  # pragma: no cover
        return ((stem, "x"),)
    return tuple((w.word, w.flag) for w in tagger.cut(stem, HMM=True))


def _rules() -> dict[str, Any]:
    # read here, not through names/rules.py: this module imports no sibling, so that the
    # name finders above it stay two imports deep
    return load("names", "zh")["stems"]


@lru_cache(maxsize=1)
def word_freq() -> Callable[[str], int | None]:
    """jieba's dictionary frequency of a word (None where jieba is not installed)."""
    try:
        with warnings.catch_warnings():
            # jieba imports pkg_resources, which warns (about itself, or an editable
            # install's path) on stderr: noise on a command line that promises one line
            warnings.simplefilter("ignore", UserWarning)
            warnings.simplefilter("ignore", DeprecationWarning)
            import jieba
    except ImportError:  # pragma: no cover - jieba is a declared dependency
        return lambda word: None
    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba.get_FREQ


def is_verb(word: str) -> bool:
    """Whether ``word`` is one verb of two characters or more ("宣布", "表示", "收到").

    >>> is_verb("宣布"), is_verb("澜岫"), is_verb("星河")
    (True, False, False)
    """
    words = words_of(word)
    r = _rules()
    return len(words) == 1 and words[0][1] in r["verb_tags"] and len(word) >= r["verb_min_len"]
