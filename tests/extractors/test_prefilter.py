"""The literal prefilter (``aikg.extractors.text.prefilter``) never stops a text its
pattern matches: checked on every rule pattern with its own examples and counter-examples
(the words a pattern needs are read from its parse tree), and on the parse constructs
that must give no word."""

from __future__ import annotations

import re

import pytest

from aikg.extractors import rules
from aikg.extractors.names.role_patterns import expand
from aikg.extractors.text.prefilter import may_match, required_words

_MENTION = re.compile(r"([⟨⟦])([^⟩⟧]+)([⟩⟧])")


def _masked(text: str) -> str:
    """Mentions numbered as the masker writes them ("⟨Orbis⟩" -> "⟨0⟩")."""
    count = iter(range(1000))
    return _MENTION.sub(lambda m: f"{m.group(1)}{next(count)}{m.group(3)}", text)


def _compiled(ex: rules.Example) -> re.Pattern[str] | None:
    """The example's pattern as the code compiles it (role macros expanded)."""
    if ex.check == "words":
        return None
    if ex.check == "frame":  # the deal frames as the recogniser compiles them
        from aikg.extractors.deals.frames import compiled_frames

        frame = ex.record["id"] if "/zh.toml" in ex.where else "en_" + ex.record["id"]
        return next(rx for f, rx in compiled_frames() if f["id"] == frame)
    if ex.check in ("subsidiary", "partner", "mutual"):
        anaphors = [*rules.load("relations", "zh").peek("anaphors")]
        anaphors += [*rules.load("relations", "en").peek("anaphors")]
        return re.compile(expand(ex.pattern, anaphors, "C" if ex.check == "subsidiary" else ""))
    return re.compile(ex.pattern, ex.flags)


EXAMPLES = [ex for ex in rules.examples() if ex.check != "words"]


def test_the_rules_give_many_patterns_words():
    worded = [ex for ex in EXAMPLES if (rx := _compiled(ex)) is not None and required_words(rx)]
    assert len(worded) > len(EXAMPLES) // 3


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e.where for e in EXAMPLES])
def test_a_text_a_rule_matches_always_passes_its_prefilter(ex):
    regex = _compiled(ex)
    words = required_words(regex)
    for text in [*ex.examples, *ex.not_]:
        for variant in (text, _masked(text)):
            if regex.search(variant):
                assert may_match(words, variant), (ex.where, variant, words)


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:with|)",  # an empty alternative
        r"(?:partner)?",  # optional
        r"(?i)partner",  # case-insensitive, the whole pattern
        r"(?i:partner)",  # case-insensitive, a group
        r"(?=partner)",  # a lookahead holds nothing of the match
        r"(?<=with )\w+",  # a lookbehind neither
        r"[^a]+",  # a negated class
        r"(?:ab){0,3}",  # a repeat that may be empty
        r"(a)\1",  # a group reference: only the literal a counts
    ],
)
def test_constructs_that_give_no_certain_word(pattern):
    words = required_words(re.compile(pattern))
    assert all("partner" not in group and "with" not in group for group in words)
    assert all(len(group) > 0 for group in words)


def test_the_words_of_sequences_alternations_and_classes():
    words = required_words(re.compile(r"(?:签署|达成)\s*(?:战略)?合作[协议]"))
    assert sorted(map(sorted, words)) == [["协", "议"], ["合作"], ["签署", "达成"]]
    assert may_match(words, "双方签署合作协议") and not may_match(words, "双方签署协议")
    assert required_words(re.compile(rb"bytes")) == ()
