"""Results worked out once per character or text (display widths, name keys) are those
worked out afresh."""

from __future__ import annotations

import unicodedata

from aikg.extractors.names.lexicon import name_key
from aikg.extractors.text.script import display_width

TEXTS = [
    "AI 芯片",
    "Zentrix 发布 Zyra 2",
    "全角ＡＢＣ１２",
    "",
    "ascii only",
    "①②",
    "é ü ß",
    "\t\x00",
]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def test_display_width_is_the_east_asian_width_count():
    for text in TEXTS + [chr(c) for c in range(0, 0x3100, 7)]:
        assert display_width(text) == _width(text), text
    assert display_width("AI 芯片") == 7 and display_width("ＡＢ") == 4


def test_name_key_kept_is_name_key_afresh():
    names = ["阿里巴巴-SW", "寒武纪-U", "Corvane Systems Inc.", "Composer 2.5", "松岭创投跟投"]
    for label in ("Company", "Model", "Chip", "Investor"):
        for name in names:
            assert name_key(label, name) == name_key.__wrapped__(label, name)
