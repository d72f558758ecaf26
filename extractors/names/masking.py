"""Masked sentences: each company mention written ``⟨i⟩`` and each chip, model or
product ``⟦i⟧`` (i indexes the mention list), so that role patterns
(:mod:`.role_patterns`) can be plain regexes; and the names put back.

>>> from aikg.extractors.names.mentions import Mention
>>> ms = [Mention(0, 6, "Zorbex", "Company"), Mention(13, 17, "X900", "Chip")]
>>> masked = mask("Zorbex ships X900 GPUs", ms)
>>> masked, unmask(masked, ms)
('⟨0⟩ ships ⟦1⟧ GPUs', 'Zorbex ships X900 GPUs')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any


def mask(text: str, mentions: Sequence[Any]) -> str:
    """``text`` with companies as ``⟨i⟩`` and other mentions as ``⟦i⟧``."""
    out, pos = [], 0
    for i, m in enumerate(mentions):
        out.append(text[pos : m.start])
        out.append(f"⟨{i}⟩" if m.is_company else f"⟦{i}⟧")
        pos = m.end
    out.append(text[pos:])
    return "".join(out)


def unmask(text: str, mentions: Sequence[Any]) -> str:
    """The masked text with each ⟨i⟩ / ⟦i⟧ replaced by the mention's name."""
    return re.sub(r"[⟨⟦](\d+)[⟩⟧]", lambda m: mentions[int(m.group(1))].name, text)
