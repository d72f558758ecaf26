"""The form in which the Chinese release reader reads a sentence: a version spaced off its
name by a hyphen joined to it, and a space at each boundary of a glued Latin word (rules
in ``rules/ai_dynamics/zh.toml``; traditional characters are folded for every reader by
the document stage, :mod:`aikg.extractors.document.script`). The evidence of a fact
stays the sentence as the report writes it."""

from __future__ import annotations

from aikg.extractors.ai_dynamics.rules import rx


def joined_versions(text: str) -> str:
    """``text`` with a name's part spaced off by a hyphen joined to it ("Zyra - 4.5" ->
    "Zyra-4.5", "Qwen9 - Max" -> "Qwen9-Max", ``spaced_hyphen``): converters and reposts
    of news wires put spaces round the hyphen of a model's name.

    >>> joined_versions("发布了最新一代基座大模型 Zyra - 4.5, 而 Lumo - 3 开源")
    '发布了最新一代基座大模型 Zyra-4.5, 而 Lumo-3 开源'
    >>> joined_versions("2031 - 2032 年")
    '2031 - 2032 年'
    """
    return rx("zh", "spaced_hyphen").sub(r"\1-", text)


def reading_form(text: str) -> str:
    """The sentence as the release reader reads it: :func:`joined_versions`, then
    :func:`spaced`.

    >>> reading_form("月之暗面开源Kimi - K9模型")
    '月之暗面开源 Kimi-K9 模型'
    """
    return spaced(joined_versions(text))


def spaced(text: str) -> str:
    """``text`` with a space at each boundary of a glued Latin word and a Chinese
    character (``glued_latin_*`` of zh.toml), so that names are cut as in spaced text.

    >>> spaced("月之暗面Kimi K2.5上线，12月发布")
    '月之暗面 Kimi K2.5 上线，12月发布'
    """
    text = rx("zh", "glued_latin_before").sub(" ", text)
    return rx("zh", "glued_latin_after").sub(r"\1 ", text)
