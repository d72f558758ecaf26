"""What a company mention reaches over after the name it was found by: a legal suffix
the name leaves out ("Tessmark Inc."), and the word of an investment arm named after its
company ("Intel Capital", "Samsung Catalyst Fund", "美团战投", "讯飞创投").

An arm is a mention of its own (a fund invests, its company does not) that keeps whose
arm it is as its ``parent``, as a unit of the alias list does, so that the arm and its
company are one group, never two parties of one deal. Rules: ``arm_tail`` of
``rules/names/en.toml`` and ``rules/names/zh.toml``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from aikg.extractors.names.rules import en, zh
from aikg.extractors.text.english import is_abbreviation
from aikg.extractors.text.patterns import alternation

if TYPE_CHECKING:
    from aikg.extractors.names.mention import Mention


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    legal = alternation(en()["legal_suffixes"])
    arm = f"(?:{en()['arm_tail']})|(?:{zh()['arm_tail']})"
    owned = re.compile(zh()["arm_after_owner"])
    return re.compile(rf",?\s+(?:{legal})(?![A-Za-z])"), re.compile(arm), owned


def with_tail(text: str, m: Mention, limit: int) -> Mention:
    """The company mention with its span stretched over a legal suffix the name leaves
    out and an abbreviation's period ("Tessmark Inc.'s chips" masks as "⟨0⟩'s chips"; the
    name stays as found), or made the arm an arm word after it names (:func:`arm_of`).

    >>> from aikg.extractors.names.mention import Mention
    >>> t = "Tessmark Inc.'s chips"
    >>> with_tail(t, Mention(0, 8, "Tessmark", "Company"), len(t)).end
    13
    """
    if not m.is_company:
        return m
    arm = arm_of(text, m, limit)
    if arm is not m:
        return arm
    end = m.end
    suffix = _compiled()[0].match(text, end, limit)
    if suffix:
        end = suffix.end()
    if end < limit and text[end] == "." and is_abbreviation(text[: end + 1]):
        end += 1
    return m if end == m.end else replace(m, end=end)


def arm_of(text: str, m: Mention, limit: int) -> Mention:
    """The investment arm a company mention opens ("Intel Capital", "美团战投"): a
    mention of the whole name, whose ``parent`` is the company (its canonical name when
    the alias list holds it); the mention itself when no arm word follows.

    >>> from aikg.extractors.names.mention import Mention
    >>> t = "Vantor Capital led the round"
    >>> arm = arm_of(t, Mention(0, 6, "Vantor", "Company", "Vantor Systems"), len(t))
    >>> arm.name, arm.parent, arm.canonical
    ('Vantor Capital', 'Vantor Systems', '')
    >>> t = "Vantor capital spending"
    >>> arm_of(t, Mention(0, 6, "Vantor", "Company"), len(t)).name
    'Vantor'
    """
    tail = _compiled()[1].match(text, m.end, limit)
    if not tail or m.parent:  # a unit's own arm is named after the unit's company
        return m
    name = text[m.start : tail.end()].strip()
    return replace(m, end=tail.end(), name=name, canonical="", parent=m.canonical or m.name)


def owned_arms(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """(start, end, name, label) of each arm its owner introduces ("小米旗下的顺为资本参与
    本轮", ``arm_after_owner``): a company whatever its name ends in.

    >>> owned_arms("星河集团旗下的岚湖资本领投，老股东跟投", [])
    [(7, 11, '岚湖资本', 'Company')]
    """
    out = []
    for m in _compiled()[2].finditer(text):
        start, end = m.span("name")
        if all(end <= a or b <= start for a, b in taken):
            out.append((start, end, m.group("name"), "Company"))
    return out
