"""The AI dynamics rules (``rules/ai_dynamics/{zh,en,common}.toml``), and the two word
tests every reader of the family uses: an English verb of agency (:func:`verb_first`) and
an English type word (:func:`word_type`).

Each reader reads the file of the language it handles (:func:`zh`, :func:`en`,
:func:`common`; :func:`rx` compiles one pattern). The layout markers and event words of
both languages are joined in :func:`either` and :func:`event_kinds` only, which say why.
"""

from __future__ import annotations

import re
from functools import cache

from aikg.extractors.rules import Rules, load

# How the two languages' patterns of one key are joined (Chinese first): the markers
# end in a colon, a skipped line is skipped from its start.
_JOINED = {
    "headline_marker": r"(?:{}|{})\s*:",
    "headline_end": r"(?:{}|{})\s*:",
    "skip_line": r"^\s*(?:{}|{})",
    "event_words": "{}|{}",
    "money_title": "{}|(?i:{})",
    "partnership_title": "{}|(?i:{})",
}


def zh() -> Rules:
    """Chinese AI dynamics rules (``rules/ai_dynamics/zh.toml``): release verbs, names,
    subjects, event kinds."""
    return load("ai_dynamics", "zh")


def en() -> Rules:
    """English AI dynamics rules (``rules/ai_dynamics/en.toml``)."""
    return load("ai_dynamics", "en")


def common() -> Rules:
    """What holds in both languages (``rules/ai_dynamics/common.toml``): bullets,
    sections, generic Latin words, tracker columns."""
    return load("ai_dynamics")


@cache
def rx(language: str | None, key: str) -> re.Pattern[str]:
    """The compiled regex stored under ``key`` in the rules of ``language`` ("zh", "en";
    None: common.toml)."""
    return re.compile(load("ai_dynamics", language)[key])


@cache
def either(key: str) -> re.Pattern[str]:
    """The Chinese and the English pattern of ``key`` as one regex (``headline_marker``,
    ``headline_end``, ``skip_line``, ``event_words``, ``money_title``,
    ``partnership_title``).

    The layout reader does not know a line's language: a Chinese report's news block may
    hold an English headline ("OpenAI: ...") and an English note a Chinese one, so a
    line is tried against the markers of both languages at once.

    >>> [bool(either("skip_line").match(x)) for x in ("资料来源: 公司官网", "Source: filings")]
    [True, True]
    """
    return re.compile(_JOINED[key].format(zh()[key], en()[key]))


@cache
def event_kinds() -> tuple[tuple[str, str], ...]:
    """(kind, pattern) of the dated happenings that are no release or deal, in the order
    tried: each kind's Chinese words or its English ones (any case).

    A headline's kind is read from its words without knowing their language (one reader
    reads the news blocks of reports in both), so each kind matches the words of both.

    >>> dict(event_kinds())["withdrawal"].startswith(zh()["event_kinds"]["withdrawal"])
    True
    """
    english = en()["event_kinds"]
    return tuple((kind, f"{cn}|(?i:{english[kind]})") for kind, cn in zh()["event_kinds"].items())


def verb_first(text: str) -> bool:
    """Whether an English item opens with a verb ("Released Zyra 2 on March 4.").

    >>> verb_first("Released Zyra 2."), verb_first("Island Labs released Zyra 2.")
    (True, False)
    """
    word = re.match(r"\s*([A-Za-z][\w\-]*)", text)
    return bool(word and re.match(en()["agent_verbs"], word.group(1).lower()))


def word_type(word: str) -> tuple[str, str] | None:
    """The (label, category) a type word gives, else None.

    >>> word_type("model"), word_type("platform"), word_type("chip"), word_type("fast")
    (('Model', ''), ('Product', 'platform'), ('Other', ''), None)
    """
    rules = en()
    if word in rules["model_types"] or word.lower() in rules["model_types"]:
        return "Model", ""
    if word in rules["other_types"] or word.lower() in rules["other_types"]:
        return "Other", ""  # "the Quasar X2 chip": not a model or product
    products = rules["product_types"]
    category = products.get(word, products.get(word.lower()))
    return ("Product", category) if category else None


def verb_action(verb: str) -> str:
    """The action a Chinese release verb states ("开源" -> open_source, ``release_verbs``)."""
    return {**zh()["release_verbs"], **zh()["postfix_only_verbs"]}[verb]
