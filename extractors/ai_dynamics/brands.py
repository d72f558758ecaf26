"""Brands and makers inside Chinese names: a known company glued to the front of a name
("腾讯混元图像 3.0"), a brand that names its company ("Kimi"), a brand written before a
version ("视频模型可灵 O1"). Used by :mod:`.releases`."""

from __future__ import annotations

import re

from aikg.extractors.ai_dynamics.rules import rx
from aikg.extractors.names.lexicon import known_mentions, lookup
from aikg.extractors.text.script import CJK_CLASS
from aikg.schema import PARTY_LABELS


def strip_company(text: str) -> tuple[str, str]:
    """Split a leading known company off a name ("腾讯混元图像 3.0" -> 腾讯, 混元图像 3.0);
    a brand with only a version after it stays whole ("可灵 O1", "可灵 2.5 Turbo").

    >>> strip_company("腾讯混元图像 3.0"), strip_company("可灵 O1")
    (('腾讯', '混元图像 3.0'), ('', '可灵 O1'))
    """
    for start, end, alias, surface in known_mentions(text):
        if rx("zh", "version_tail").fullmatch(text[end:].strip()):
            return "", text
        if start == 0 and alias.label in PARTY_LABELS and text[end:].strip():
            return surface, text[end:].lstrip()
    return "", text


def brand_alias(surface: str) -> bool:
    """Whether a company is named by a brand of its ("Kimi" for Moonshot AI), not by
    its own name: then "Kimi K2" is one model name.

    >>> brand_alias("Kimi"), brand_alias("OpenAI")
    (True, False)
    """
    entry = lookup(surface)
    return bool(entry and entry.canonical.casefold() != surface.casefold())


def brand_before(text: str) -> str:
    """The known Chinese brand ``text`` ends with ("视频模型可灵 " -> 可灵), else "".

    >>> brand_before("统一视频模型灵犀 "), brand_before("新一代模型 ")
    ('灵犀', '')
    """
    text = text.rstrip()
    for size in (2, 3, 4):
        if re.fullmatch(rf"{CJK_CLASS}{{{size}}}", text[-size:]) and lookup(text[-size:]):
            return text[-size:]
    # "视频模型可灵 O1": type word, brand, version
    typed = rx("zh", "brand_after_type").search(text)
    return typed.group(1) if typed else ""


def leading_company(text: str) -> str:
    """The known company ``text`` starts with even when a name is glued to it ("腾讯混元
    大模型" is a model the alias list holds, its first characters its maker), else "".

    >>> leading_company("腾讯混元大模型"), leading_company("新一代模型")
    ('腾讯', '')
    """
    for size in range(min(len(text), 8), 1, -1):
        for start, end, alias, surface in known_mentions(text[:size]):
            if start == 0 and end == size and alias.label in PARTY_LABELS:
                return surface
    return ""
