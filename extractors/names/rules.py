"""The rules of the names no list holds (``rules/names/``) and of anaphors
(``rules/relations/``), as ``rules.compat("relations")`` holds them."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from aikg.extractors.rules import compat


@lru_cache(maxsize=1)
def name_rules() -> dict[str, Any]:
    """``entities`` (open-world names: suffixes, stop words, role names) and ``anaphors``
    (anaphor word -> what it refers to): ``rules/names/`` and ``rules/relations/``."""
    data = compat("relations")
    return {"entities": data["entities"], "anaphors": data["anaphors"]}
