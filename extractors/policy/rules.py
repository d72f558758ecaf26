"""The policy rules (``rules/policy/``): titles, verbs, issuers, regions, scopes."""

from __future__ import annotations

import re
from functools import cache

from aikg.extractors.rules import compat


@cache
def rules() -> dict:
    """The policy rules (``rules/policy/``)."""
    return compat("policy")


@cache
def rx(key: str) -> re.Pattern[str]:
    """The compiled regex stored under ``key`` in the rules."""
    return re.compile(rules()[key])
