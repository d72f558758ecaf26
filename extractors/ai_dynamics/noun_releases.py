"""Releases a noun of release states: "X、Y 和 Z 三款模型的升级", "X 的发布" give (company,
name, action) for each name of the list the noun closes, the action the noun's, unless
the words before the list mark a background mention ("随着 X 的发布")."""

from __future__ import annotations

import re
from collections.abc import Callable

from aikg.extractors.ai_dynamics.labels import NameHit
from aikg.extractors.ai_dynamics.rules import rx, verb_action
from aikg.extractors.ai_dynamics.subjects import subject_of
from aikg.extractors.names.lexicon import lookup
from aikg.schema import PARTY_LABELS

__all__ = ["noun_releases"]


def noun_releases(
    sentence: str,
    subject: str,
    names_before: Callable[[str, str, str], list[NameHit]],
    context: str,
    local: str = "",
    dated: bool = False,
) -> list[tuple[str, NameHit, str]]:
    """(company, name, action) for each list of names a noun of release closes ("X 和 Y
    的发布", "宣布了 X, Y 两款模型的升级"); the action is the noun's. ``names_before`` finds
    the list a text ends with (:func:`.releases.names_before`, passed in so that this
    module stays a short import chain away from its siblings). In a sentence ``dated`` to
    a day, "随着 X 的发布, …" is that day's release (``dated_noun_release_lead``), its maker
    the subject or the known company that opens the clause after it.

    >>> from aikg.extractors.ai_dynamics.releases import names_before as nb
    >>> found = noun_releases("甲公司宣布了 Zyra 3 及 Zyra Mini 两款模型的升级。", "甲公司", nb, "")
    >>> [(c, h.name, a) for c, h, a in found]
    [('甲公司', 'Zyra 3', 'update'), ('甲公司', 'Zyra Mini', 'update')]
    >>> noun_releases("随着 Zyra 3 的发布, 需求上升。", "甲公司", nb, "")
    []
    >>> s = "2 月 9 日, 随着 Zyra 3 的发布, 谷歌用户上升。"
    >>> [(c, h.name) for c, h, _ in noun_releases(s, "", nb, "", dated=True)]
    [('谷歌', 'Zyra 3')]
    """
    out: list[tuple[str, NameHit, str]] = []
    start = 0
    for m in rx("zh", "release_nouns").finditer(sentence):
        before = sentence[start : m.start()]
        start = m.end()
        hits = names_before(before, context, local)
        lead = before[: hits[0].start].rstrip() if hits else ""
        lead = lead.removesuffix(hits[0].maker) if hits else ""
        if not hits:
            continue
        news = bool(rx("zh", "dated_noun_release_lead").search(lead)) and dated
        if rx("zh", "noun_release_blockers_before").search(lead) and not news:
            continue  # "随着 X 的发布": a background mention, not news of a release
        after = subject_of(re.sub(r"^\s*[,;]?\s*", "", sentence[m.end() :]), "") if news else ""
        for hit in hits:
            company = hit.maker or subject or after
            if company and not _company_or_api(hit, before[hit.start : hit.end]):
                out.append((company, hit, verb_action(m.group(1))))
    return out


def _company_or_api(hit: NameHit, raw: str) -> bool:
    """A listed name that is a company ("Zentrix 的发布会") or an API ("X API 的升级")."""
    entry = lookup(hit.name)
    return bool(entry and entry.label in PARTY_LABELS) or bool(re.search(r"\b(?:API|SDK)\b", raw))
