"""The rules reader checks a pattern by parsing it (``rules/_syntax.py``), not by
compiling it: the check must accept and refuse exactly what ``re.compile`` does, on every
pattern of every rules file and on broken and look-behind variants of them."""

from __future__ import annotations

import re

import pytest

from aikg.extractors import rules
from aikg.extractors.rules._syntax import check_regex


def _error(call, pattern: str, flags: int) -> str | None:
    try:
        call(pattern, flags)
    except re.error as err:
        return err.msg  # the message without its position
    return None


def _variants(pattern: str) -> list[str]:
    return [
        pattern,
        pattern + ")",  # unbalanced
        f"(?<={pattern})",  # a look-behind over the whole pattern: fixed width or not
        f"(?<!{pattern}|x)",
        pattern.replace("(?<=", "(?<=a*").replace("(?<!", "(?<!b+"),
    ]


def test_the_check_agrees_with_the_compiler_on_every_rule_pattern() -> None:
    checked = 0
    for example in rules.examples():
        for pattern in _variants(example.pattern):
            want = _error(re.compile, pattern, example.flags)
            assert _error(check_regex, pattern, example.flags) == want, (example.where, pattern)
            checked += 1
    assert checked > 2000


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        (r"(?<=\d+)亿", "look-behind requires fixed-width pattern"),
        (r"(?<!(?:美元|元))x", "look-behind requires fixed-width pattern"),
        (r"(?:(?<=ab|c)d)+", "look-behind requires fixed-width pattern"),
        (r"[a-", "unterminated character set"),
        (r"a{2,1}", "min repeat greater than max repeat"),
    ],
)
def test_the_check_refuses_what_the_compiler_refuses(pattern: str, message: str) -> None:
    with pytest.raises(re.error, match=re.escape(message)):
        re.compile(pattern)
    with pytest.raises(re.error, match=re.escape(message)):
        check_regex(pattern)


def test_fixed_width_look_behinds_pass() -> None:
    for pattern in (r"(?<=美元)\d+", r"(?<![A-Za-z])AI(?![A-Za-z])", r"(?<=(?:ab|cd))x"):
        check_regex(pattern)
        re.compile(pattern)
