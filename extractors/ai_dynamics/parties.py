"""The partners a piece of AI news names, and the kind of an event.

Partners are found by the patterns of ``rules/ai_dynamics/`` ("与 X 达成合作", "联合 X
发布"). Deals and investments are not read here: the deal recogniser
(:mod:`aikg.extractors.deals`) reads the news sections' headlines and paragraphs as it
reads prose, so one set of frames, status words and amounts states every money fact.
"""

from __future__ import annotations

import re

from aikg.extractors.ai_dynamics.rules import common, event_kinds, rx, zh
from aikg.extractors.ai_dynamics.subjects import company_ref, known_at_start, strip_lead
from aikg.extractors.names.lexicon import lookup
from aikg.extractors.text.script import CJK_CLASS
from aikg.schema import EntityRef


def _party(text: str, english: bool = False) -> EntityRef | None:
    """A partner named in a short span: a known company, a Latin name or a short CJK name
    (an English sentence keeps "AI" in "Borealis AI")."""
    text = text.strip(" “”\"'" + ("." if english else ""))
    text = text if english else re.sub(r"(?:\s+(?:AI|API|App|APP))+$", "", text)
    found = known_at_start(text)
    if found:
        rest = text[found[1] :].strip()
        if len(rest) <= 6 and not re.search(r"[的\d]", rest):
            if re.search(zh()["party_rest_banned"], rest):
                return None
            return company_ref(found[0])
        return None
    latin = re.fullmatch(r"[A-Za-z][\w.\-&]*(?:\s[A-Z][\w.\-&]*){0,2}", text)
    cjk = re.fullmatch(rf"{CJK_CLASS}{{2,8}}", text)
    if latin and text not in common()["generic_latin"]:
        return company_ref(text)
    if cjk and not re.search(r"[的了多所家个些等各其该]", text):
        if text not in zh()["generic_cjk"]:
            return company_ref(text)
    return None


def partners(sentence: str, subject: str) -> list[EntityRef]:
    """Parties a sentence says the subject works with ("与 X 达成合作", "联合 X 发布").

    >>> [p.name for p in partners("甲公司与 Zentrix 达成战略合作", "甲公司")]
    ['Zentrix']
    >>> [p.name for p in partners("Zentrix partnered with Borealis AI and Corvane.", "Zentrix")]
    ['Borealis AI', 'Corvane']
    """
    out: list[EntityRef] = []
    own = lookup(subject)
    for language, key in (("zh", "partnership"), ("zh", "co_release"), ("en", "partnership")):
        for m in rx(language, key).finditer(strip_lead(sentence)):
            for part in re.split(common()["party_joiners"], m.group("b")):
                part = re.sub(r"\s*(?:实验室|团队|开源社区|社区)$", "", part)
                ref = _party(part, language == "en")
                entry = lookup(ref.name) if ref else None
                same = (
                    own
                    and entry
                    and (
                        own.canonical in (entry.canonical, entry.parent)
                        or own.parent == entry.canonical
                    )
                )
                if ref and not same and ref.name != subject and ref not in out:
                    out.append(ref)
    return out


def event_kind(text: str) -> str:
    """The kind of a dated happening, by its words ("下架" -> withdrawal).

    >>> event_kind("某公司将某模型从平台下架")
    'withdrawal'
    """
    for kind, pattern in event_kinds():
        if re.search(pattern, text):
            return kind
    return "news"
