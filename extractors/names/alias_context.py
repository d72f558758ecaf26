"""Whether a known name found in a text names its entity there, or is only a piece of a
longer word: the head of a compound that names no one ("中国移动游戏", ``alias_compounds``),
or the opening of another company's name ("小米" in "小米粒科技", "京东" in "京东方科技集团").

Chinese writes names without spaces, so the alias matcher meets a short alias at the start
of many longer names. The second case is told by name boundaries, not by a list: where the
open-world reader of suffixed names (``_chinese_names`` of :mod:`.mentions`) finds a
company name that covers the alias and runs on past it with more than an organisation
word ("小米粒科技": 粒科技; "腾讯科技" is Tencent with its suffix), the alias stops inside
that name, so it is no mention of its own. A lab or institute named after the company
("腾讯优图实验室", ``unit_suffixes``) is the company's unit: the alias stands.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from aikg.extractors.names.rules import en, zh
from aikg.extractors.text.patterns import alternation
from aikg.extractors.text.script import CJK

__all__ = ["in_compound", "inside_longer_name", "inside_latin_name"]


def in_compound(text: str, start: int, surface: str) -> bool:
    """Whether the known name at ``start`` is the head of a compound that names no one
    ("中国移动游戏": China's mobile games, not China Mobile; ``alias_compounds``).

    >>> in_compound("中国移动游戏市场", 0, "中国移动"), in_compound("中国移动发布", 0, "中国移动")
    (True, False)
    >>> in_compound("《王者荣耀》", 3, "荣耀"), in_compound("与荣耀合作", 1, "荣耀")
    (True, False)
    """
    for word in zh()["alias_compounds"]:
        at = word.find(surface)  # "王者荣耀": the alias may sit inside the compound
        if at >= 0 and start >= at and text.startswith(word, start - at):
            return True
    return False


def inside_longer_name(
    text: str, start: int, end: int, suffixed: Callable[[str], list], suffix: re.Pattern[str]
) -> bool:
    """Whether the Chinese alias at ``start:end`` opens a longer company name that runs on
    past it: ``suffixed(text)`` gives the suffixed names of ``text`` (objects with
    ``start``, ``end``, ``name``), ``suffix`` the organisation words that may end one.

    >>> from aikg.extractors.names.mentions import _chinese_names, _compiled
    >>> def check(t, s, e):
    ...     names = lambda x: _chinese_names(x, [])
    ...     return inside_longer_name(t, s, e, names, _compiled()["suffix"])
    >>> check("小米粒科技完成融资", 0, 2), check("京东方科技集团公告", 0, 2)
    (True, True)
    >>> check("腾讯科技发布", 0, 2), check("与小米集团合作", 1, 3), check("小米发布", 0, 2)
    (False, False, False)
    """
    if not (CJK.match(text[end - 1 : end]) and CJK.match(text[end : end + 1])):
        return False  # a Latin alias, or one that a boundary already ends
    for name in suffixed(text):
        if name.start <= start and name.end > end:
            rest = text[end : name.end]
            if not suffix.fullmatch(rest) and not _unit_name(rest):
                return True
    return False


def _unit_name(rest: str) -> bool:
    """Whether the words after an alias name a unit of its company ("优图实验室")."""
    return bool(re.search(f"(?:{alternation(zh()['unit_suffixes'])})$", rest))


def inside_latin_name(text: str, start: int, surface: str) -> bool:
    """Whether a Latin alias of two words or more that ends in a house word ("Pacific
    Securities", "Orient Securities") is the tail of a longer capitalised name ("Kuroshio
    Pacific Securities", "KINGSWAY ORIENT SECURITIES"): one capitalised word, no stop, desk
    or generic word, opens it after no other word of a run or a list. That house is
    another, named by the whole run.

    >>> inside_latin_name("Kuroshio Pacific Securities", 9, "Pacific Securities")
    True
    >>> inside_latin_name("by Pacific Securities", 3, "Pacific Securities")
    False
    >>> inside_latin_name("Nvidia Google Cloud", 7, "Google Cloud")
    False
    >>> inside_latin_name("Source: Bloomberg Data Pacific Securities", 23, "Pacific Securities")
    False
    """
    words = surface.split()
    heads = {w.casefold() for w in en()["mentions"]["house_heads"]}
    if len(words) < 2 or not surface.isascii() or words[-1].casefold() not in heads:
        return False
    before = re.search(r"(?:^|[|>*#(]|(?<![A-Za-z0-9&,.:]) )([A-Z][A-Za-z'-]+) $", text[:start])
    if not before or re.search(r"[A-Za-z0-9&,.:] $", text[: before.start(1)]):
        return False  # one word opens the longer name: "Sources: Bloomberg, X" is a list
    r = en()
    words = {w.casefold() for key in ("stopwords", "not_names") for w in r[key]}
    words |= {w.casefold() for w in r["gate"]["desk_words"]}
    return before.group(1).casefold() not in words
