"""Where a Chinese name's stem starts, and which stems a weak suffix takes (rules in
``rules/names/zh.toml``, ``stems``).

- A verb glued before a name ("收到衡岳机器人", "主要来自汇岭智控", "增资扩股芯泊微电子"):
  news and notices put the verb of the clause right before its object with no space, so
  the stem a suffix reaches back to may open with it. Whatever the verb, the dictionary
  tags it one: the leading words jieba's part-of-speech tagger reads as verbs of two
  characters or more are cut off, when a stem of two characters is left.
- A suffix that is a common noun as well ("股份": "澄渊股份" is a company, "所持股份" and
  "部分股份" are shares) names a company only after a stem of name words: no verb,
  preposition, pronoun, number or adverb in it, and no common word.

>>> [leading_verb_length(s) for s in ("收到衡岳", "增资扩股芯泊", "星河智算")]
[2, 4, 0]

A time word or a predicate word opening the stem is cut the same way ("本周澜岫智能",
"三季度岚汀科技", "主营人形机器人"): a clause's adverbial or its verb, never a name's start.

>>> [leading_verb_length(s) for s in ("本周澜岫", "三季度岚汀", "主营人形")]
[2, 3, 2]
>>> from aikg.extractors.names.open_world import is_generic
>>> [is_name_stem(s, is_generic) for s in ("澄渊", "曜石", "所持", "部分", "发行")]
[True, True, False, False, False]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from aikg.extractors.names.pos import is_verb, word_freq, words_of
from aikg.extractors.names.rules import zh
from aikg.extractors.text.script import CJK

__all__ = [
    "counts_things",
    "is_lead",
    "is_name_stem",
    "is_verb",
    "leading_verb_length",
    "legal_forms",
    "place_bracket_length",
    "weak_stem_suffixes",
    "word_run_on",
]

_PLACE_BRACKET = re.compile(r"[(（][\u4e00-\u9fff]{2,4}[)）]$")


def _rules() -> dict[str, Any]:
    return zh()["stems"]


def leading_verb_length(stem: str) -> int:
    """The length of the verbs opening ``stem`` (see the module docstring), else 0."""
    r = _rules()
    cut = 0
    for word, flag in words_of(stem):
        lead = flag in r["lead_tags"] or word in r["lead_words"]  # "本周", "三季度", "主营"
        if not lead and (flag not in r["verb_tags"] or len(word) < r["verb_min_len"]):
            break
        if len(CJK.findall(stem, cut + len(word))) < r["name_min_len"]:
            break  # "发行": a stem that is the verb alone is left for the other checks
        cut += len(word)
    return cut


def is_lead(stem: str) -> bool:
    """Whether the whole stem is one time or predicate word ("今天创投频道": 今天 is no
    stem, whatever suffix follows).

    >>> is_lead("今天"), is_lead("主营"), is_lead("澜岫")
    (True, True, False)
    """
    r = _rules()
    words = words_of(stem)
    return len(words) == 1 and (words[0][1] in r["lead_tags"] or stem in r["lead_words"])


def is_name_stem(stem: str, is_generic: Callable[[str], bool]) -> bool:
    """Whether a weak suffix ("股份") after ``stem`` makes a name (module docstring)."""
    r = _rules()
    if len(CJK.findall(stem)) < r["name_min_len"] or is_generic(stem):
        return False
    return not any(flag[:1] in r["bad_tags"] for _, flag in words_of(stem))


def is_described_stem(stem: str, is_generic: Callable[[str], bool]) -> bool:
    """Whether a weak suffix after ``stem`` makes a name when a descriptor announces it
    ("上市公司汇峤股份"): jieba may tag a rare name's characters as verbs (汇), so only a
    common word ("部分", "全部") or a function word opening it ("所持", "其所持") is none.

    >>> [is_described_stem(s, lambda w: False) for s in ("汇峤", "部分", "所持")]
    [True, False, False]
    """
    from aikg.extractors.names.rules import role_names

    words = words_of(stem)
    if len(CJK.findall(stem)) < _rules()["name_min_len"] or is_generic(stem) or not words:
        return False
    if (word_freq()(stem) or 0) >= role_names()["common_word_freq"]:
        return False
    return words[0][1][:1] not in _rules()["described_bad_tags"]


def counts_things(stem: str) -> bool:
    """Whether the stem opens with a number and a measure word ("两台", "三家"): a count.
    A number alone opens names ("四维", "万马").

    >>> counts_things("两台"), counts_things("澄渊"), counts_things("四维"), counts_things("万马")
    (True, False, False, False)
    """
    words = words_of(stem)
    if not words or words[0][1][:1] not in _rules()["count_tags"]:
        return False
    return words[0][0][-1:] in zh()["measure_words"]


def place_bracket_length(text: str, begin: int) -> int:
    """The length of a bracketed place right before ``begin`` ("朔川（杭州）数字技术有限
    公司": the registered name of a unit holds its city), else 0.

    >>> place_bracket_length("朔川（杭州）数字", 6), place_bracket_length("公司（2025）数字", 8)
    (4, 0)
    """
    m = _PLACE_BRACKET.search(text[:begin])
    return len(m.group()) if m else 0


def word_run_on(text: str, begin: int, boundary: str) -> int:
    """1 when the boundary word a stem starts after runs on into a common word with the
    stem's first character ("战略投资者澜岫产业基金": 投资 + 者, "合作方"), else 0; a name
    after a boundary word is kept whole ("与方正证券").

    >>> word_run_on("引入战略投资者澜岫", 6, "投资"), word_run_on("与方正证券", 1, "与")
    (1, 0)
    """
    from aikg.extractors.names.rules import role_names

    if not boundary or begin >= len(text) or not CJK.match(text[begin]):
        return 0
    freq = word_freq()(boundary + text[begin]) or 0
    return 1 if freq >= role_names()["common_word_freq"] else 0


def legal_forms() -> tuple[str, ...]:
    """The legal forms that end a registered name ("有限公司"), which may be long."""
    return tuple(_rules()["legal_forms"])


def weak_stem_suffixes() -> tuple[str, ...]:
    """Suffixes that are common nouns too ("股份"), taken after a name stem only."""
    return tuple(_rules()["weak_stem_suffixes"])
