"""Apps and developer tools named after a model or a company: a listed or found model,
product or company name with an app word right after it ("the Gemini app", "the Qwen
app", "Gemini 应用", "元宝 App") is the consumer app, a product ("Gemini app"), in place of
the bare name; a company's name before a tool word ("Google AI Studio", "Azure AI
Foundry") is its developer tool. Rules: ``mentions.app_after`` and ``mentions.tool_after``
of ``rules/names/common.toml`` (both languages: a Chinese sentence writes "Gemini 应用"
and "Gemini App" alike).

>>> from aikg.extractors.names.mentions import Mention
>>> ms = [Mention(4, 10, "Gemini", "Model")]
>>> [(m.name, m.label) for m in with_apps("the Gemini app and API", ms)]
[('Gemini app', 'Product')]
>>> ms = [Mention(0, 6, "Google", "Company")]
>>> [(m.name, m.label) for m in with_apps("Google AI Studio adds agents", ms)]
[('Google AI Studio', 'Product')]
>>> [(m.name, m.label) for m in with_apps("Google said", ms)]
[('Google', 'Company')]
>>> ms = [Mention(0, 5, "Naver", "Company", canonical="Naver")]
>>> [(m.name, m.label, m.parent) for m in with_apps("Naver Cloud will resell it", ms)]
[('Naver Cloud', 'Company', 'Naver')]
>>> [(m.name, m.label) for m in with_apps("The Qwen app and The app, AI 应用", [])]
[('Qwen app', 'Product')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from aikg.extractors import rules
from aikg.extractors.names.mentions import Mention

__all__ = ["with_apps"]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    common = rules.load("names")["mentions"]
    return tuple(re.compile(common[k]) for k in ("app_after", "tool_after", "unit_after"))


_CAPITALISED = re.compile(
    r"(?<![A-Za-z0-9])[A-Z][a-z][A-Za-z0-9]*(?= ?(?:app|App)(?![A-Za-z])| 应用)"
)


def with_apps(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each name an app or tool word follows made that product; a
    capitalised word no finder took before an app word is an app too ("the Qwen app")."""
    app, tool, unit = _patterns()
    en = rules.load("names", "en")
    stop = {w.casefold() for w in [*en["stopwords"], *en["gate"]["desk_words"]]}
    for word in _CAPITALISED.finditer(text):
        free = all(word.end() <= m.start or word.start() >= m.end for m in mentions)
        if free and word.group().casefold() not in stop and app.match(text, word.end()):
            mentions = [*mentions, Mention(word.start(), word.end(), word.group(), "Product")]
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        hit = app.match(text, m.end) if m.label in ("Model", "Product", "Company") else None
        if hit and m.is_company and not hit.group().strip().isascii():
            hit = None  # "快手应用": a company's apps; "the Qwen app": the app
        if hit is None and m.is_company:
            hit = tool.match(text, m.end)
        cloud = unit.match(text, m.end) if m.is_company and m.canonical else None
        if cloud and not any(m.end < s < cloud.end() for s in starts):
            name = text[m.start : cloud.end()]  # "Naver Cloud": the company's cloud unit
            out.append(replace(m, end=cloud.end(), name=name, canonical="", parent=m.canonical))
            continue
        if hit is None or any(m.end < s < hit.end() for s in starts):
            out.append(m)
            continue
        name = text[m.start : hit.end()]
        out.append(replace(m, end=hit.end(), name=name, label="Product", canonical=""))
    return sorted(out, key=lambda m: m.start)
