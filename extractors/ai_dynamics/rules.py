"""The AI dynamics rules (``rules/ai_dynamics/``), and the two word tests every reader
of the family uses: an English verb of agency (:func:`verb_first`) and an English type
word (:func:`word_type`)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from aikg.extractors.rules import compat


@lru_cache(maxsize=1)
def rules() -> dict:
    """The AI dynamics rules (``rules/ai_dynamics/``)."""
    return compat("ai_dynamics")


@cache
def rx(key: str) -> re.Pattern[str]:
    """The compiled regex stored under ``key`` in the rules."""
    return re.compile(rules()[key])


def verb_first(text: str) -> bool:
    """Whether an English item opens with a verb ("Released Zyra 2 on March 4.").

    >>> verb_first("Released Zyra 2."), verb_first("Island Labs released Zyra 2.")
    (True, False)
    """
    word = re.match(r"\s*([A-Za-z][\w\-]*)", text)
    return bool(word and re.match(rules()["en_agent_verbs"], word.group(1).lower()))


def word_type(word: str) -> tuple[str, str] | None:
    """The (label, category) a type word gives, else None.

    >>> word_type("model"), word_type("platform"), word_type("chip"), word_type("fast")
    (('Model', ''), ('Product', 'platform'), ('Other', ''), None)
    """
    if word in rules()["en_model_types"] or word.lower() in rules()["en_model_types"]:
        return "Model", ""
    if word in rules()["en_other_types"] or word.lower() in rules()["en_other_types"]:
        return "Other", ""  # "the Quasar X2 chip": not a model or product
    products = rules()["en_product_types"]
    category = products.get(word, products.get(word.lower()))
    return ("Product", category) if category else None
