"""The rules of the names no list holds (``rules/names/{zh,en,common}.toml``) and of
anaphors (``rules/relations/``).

Each reader reads the file of the language it handles (:func:`zh`, :func:`en`,
:func:`common`). The words of both languages are joined in code only where one sentence
may hold both (:func:`chip_nouns`, :func:`chip_line_nouns`, :func:`modifier_after`,
:func:`anaphors`, which say why). The deals and relations extractors read the anaphors
through :func:`aikg.extractors.names.anaphora.anaphor_modes`.
"""

from __future__ import annotations

from functools import cache

from aikg.extractors.rules import Rules, load


def zh() -> Rules:
    """Chinese name rules (``rules/names/zh.toml``): suffixes, stems, role names."""
    return load("names", "zh")


def en() -> Rules:
    """English name rules (``rules/names/en.toml``): stop words, legal suffixes."""
    return load("names", "en")


def common() -> Rules:
    """What holds in both languages (``rules/names/common.toml``): chip codes."""
    return load("names")


def role_names() -> Rules:
    """The rules of Chinese role names (``role_names`` of ``rules/names/zh.toml``)."""
    return zh()["role_names"]


def _joined(key: str, *files: Rules) -> tuple[str, ...]:
    return tuple(word for rules in files for word in rules[key])


@cache
def chip_nouns() -> tuple[str, ...]:
    """The nouns after a chip code ("H100 GPU", "GB300 服务器", "X900 accelerators"),
    common ones, then Chinese, then English: the mention finder does not tell a
    sentence's language, and a Chinese sentence may write an English chip noun after a
    code ("部署 X900 accelerators").

    >>> {"GPU", "服务器", "accelerators"} <= set(chip_nouns())
    True
    """
    return _joined("chip_nouns", common(), zh(), en())


@cache
def chip_line_nouns() -> tuple[str, ...]:
    """The nouns after a chip product line ("Instinct GPU", "Instinct accelerators"),
    common ones, then Chinese, then English (a line of either language may follow a
    Latin product line's name, as :func:`chip_nouns`)."""
    return _joined("chip_line_nouns", common(), zh(), en())


@cache
def modifier_after() -> tuple[str, ...]:
    """The words after an investor that make the next name its investee ("X 支持的 Y",
    "Orbis's Zentrix"), Chinese then English: the subject finder
    (:func:`aikg.extractors.names.anaphora.is_modifier`) reads masked sentences of both
    languages without telling them apart, so it tries both after every mention.

    >>> modifier_after()[:2], "'s" in modifier_after()
    (('的', '支持的'), True)
    """
    return _joined("modifier_after", zh(), en())


@cache
def anaphors() -> dict[str, str]:
    """Anaphor word -> what it refers to (subject, other, investee, previous), Chinese
    then English (``anaphors`` of ``rules/relations/``). The relation and deal patterns
    of both languages are run on every masked sentence, whatever its report's language,
    and each may hold an anaphor slot, so one alternation holds both languages' words.

    >>> anaphors()["该公司"], anaphors()["the company"]
    ('subject', 'subject')
    """
    return {**load("relations", "zh")["anaphors"], **load("relations", "en")["anaphors"]}
