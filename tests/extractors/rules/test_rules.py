"""The rules as documented data: every pattern's examples, the loader's checks, the keys
the code reads, and the vocabulary the rules write (``aikg.extractors.rules``)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from support import ROOT, SEEDS

from aikg.extractors import rules
from aikg.extractors.rules import _reader
from aikg.extractors.rules._declared import DECLARED
from aikg.schema import (
    DEAL_KINDS,
    INVESTMENT_KINDS,
    RELEASE_ACTIONS,
    ROUNDS,
    SECTION_KINDS,
    STATUSES,
)

RULES = Path(resources.files("aikg.extractors.rules"))
TOUR = Path(__file__).with_name("tour.md")
_MENTION = re.compile(r"([⟨⟦])([^⟩⟧]+)([⟩⟧])")


def _masked(text: str) -> str:
    """An example sentence with its mentions numbered as the masker writes them:
    "⟨星河资本⟩向⟨北辰芯⟩投资" -> "⟨0⟩向⟨1⟩投资" (a number already there is kept)."""
    count = iter(range(1000))

    def number(m: re.Match[str]) -> str:
        inner = m.group(2) if m.group(2).isdigit() else str(next(count))
        return f"{m.group(1)}{inner}{m.group(3)}"

    return _MENTION.sub(number, text)


def _matcher(ex: rules.Example):
    """A function telling whether the rule fires on a text, run as the code runs it."""
    if ex.check == "frame":  # the deal recogniser itself: the frame must be among its matches
        from aikg.extractors.deals.frames import match_frames

        frame = ex.record["id"] if "/zh.toml" in ex.where else "en_" + ex.record["id"]
        return lambda text: any(c.frame == frame for c in match_frames(_masked(text)))
    if ex.check in ("subsidiary", "partner", "mutual"):  # relations: macros expanded as there
        from aikg.extractors.names.role_patterns import expand

        anaphors = [*rules.load("relations", "zh").peek("anaphors")]
        anaphors += [*rules.load("relations", "en").peek("anaphors")]
        regex = re.compile(expand(ex.pattern, anaphors, "C" if ex.check == "subsidiary" else ""))
        return lambda text: bool(regex.search(_masked(text)))
    if ex.check == "words":  # a '|' list whose Latin words stand alone
        from aikg.extractors.text.patterns import regex_words

        regex = re.compile(regex_words(ex.pattern), ex.flags)
        return lambda text: bool(regex.search(text))
    regex = re.compile(ex.pattern, ex.flags)
    return lambda text: bool(getattr(regex, ex.check)(text))


EXAMPLES = rules.examples()


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e.where for e in EXAMPLES])
def test_every_rule_matches_its_examples_and_not_its_counterexamples(ex):
    fires = _matcher(ex)
    missed = [text for text in ex.examples if not fires(text)]
    wrong = [text for text in ex.not_ if fires(text)]
    assert not missed, f"{ex.where} does not match {missed}"
    assert not wrong, f"{ex.where} matches {wrong}, which it must not"


def test_every_pattern_has_examples_and_there_are_many():
    assert len(EXAMPLES) > 350
    assert all(ex.examples and ex.not_ for ex in EXAMPLES)
    files = {ex.where.split()[0] for ex in EXAMPLES}
    assert len(files) >= 20, sorted(files)


# --- the loader ---------------------------------------------------------------------


def test_every_rules_file_is_declared_and_every_declared_file_exists():
    on_disk = {str(p.relative_to(RULES).with_suffix("")) for p in RULES.glob("*/*.toml")}
    assert on_disk == set(DECLARED)


def test_every_word_file_is_named_by_a_rules_file():
    named = set()
    for toml in RULES.glob("*/*.toml"):
        for name in re.findall(r'\{\s*file\s*=\s*"([^"]+)"\s*\}', toml.read_text("utf-8")):
            named.add(f"{toml.parent.name}/{name}")
            assert (toml.parent / name).is_file(), f"{toml}: {name} is missing"
    assert named == {str(p.relative_to(RULES)) for p in RULES.glob("*/*.txt")}


@pytest.fixture
def fake_family(monkeypatch):
    """A family "fake" whose zh.toml the test writes; the loader's caches are cleared."""
    files: dict[str, str] = {}
    real_text = _reader.text

    def text(family: str, name: str) -> str:
        return files[name] if family == "fake" else real_text(family, name)

    monkeypatch.setattr(_reader, "text", text)
    monkeypatch.setitem(DECLARED, "fake/zh", "verbs limit words")
    rules._loaded.cache_clear()
    yield files
    rules._loaded.cache_clear()


_GOOD = """limit = 3
words = { file = "words.txt" }
[verbs]
re = '发布|推出'
examples = ["发布新模型"]
not = ["研究"]
"""


def test_the_loader_reads_a_good_file_with_its_word_list(fake_family):
    fake_family.update({"zh.toml": _GOOD, "words.txt": "# a comment\n甲\n乙  # why 乙\n\n丙\n"})
    r = rules.load("fake", "zh")
    assert (r["limit"], r["verbs"], r["words"]) == (3, "发布|推出", ["甲", "乙", "丙"])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("extra = 1\n" + _GOOD, "rules/fake/zh.toml: extra: unknown key"),
        (_GOOD + "exmaples = []\n", "rules/fake/zh.toml: verbs: unknown field 'exmaples'"),
        (_GOOD.replace("limit = 3\n", ""), "rules/fake/zh.toml: limit: declared but missing"),
        (_GOOD.replace('not = ["研究"]\n', ""), "rules/fake/zh.toml: verbs: a pattern needs not"),
        (_GOOD.replace("发布|推出", "发布|(推出"), "rules/fake/zh.toml: verbs: bad regex"),
        (_GOOD + "[x\n", "rules/fake/zh.toml: "),
    ],
)
def test_the_loader_names_the_file_and_the_key_of_a_bad_rule(fake_family, text, message):
    fake_family.update({"zh.toml": text, "words.txt": "甲\n"})
    with pytest.raises(rules.RulesError) as err:
        rules.load("fake", "zh")
    assert str(err.value).startswith(message), err.value


def test_a_word_listed_twice_is_an_error(fake_family):
    fake_family.update({"zh.toml": _GOOD, "words.txt": "甲\n甲\n"})
    with pytest.raises(rules.RulesError, match="words: '甲' listed twice"):
        rules.load("fake", "zh")


def test_rules_are_read_only():
    r = rules.load("policy", "en")
    with pytest.raises(TypeError):
        r["verbs"] = "x"  # type: ignore[index]
    assert not hasattr(rules, "compat")  # every family reads its files per language


def test_tables_are_read_once_as_rows():
    rows = rules.table("names/aliases.tsv")
    assert rows[0][1][:2] == ("Company", "Alphabet")
    assert rules.table("names/aliases.tsv") is rows
    assert all(len(cols) == 3 for _, cols in rules.table("tables/rounds.tsv"))


# --- what the rules write -----------------------------------------------------------


def _plain(family, language=None):
    return rules.load(family, language).plain()


def test_every_kind_round_status_action_and_section_a_rule_emits_is_in_the_schema():
    zh, en, common = (_plain("deals", lang) for lang in ("zh", "en", None))
    for frame in zh["frames"] + en["frames"]:
        if frame.get("kind", "auto") != "auto":
            money = INVESTMENT_KINDS if frame["fact"] in ("investment", "holding") else DEAL_KINDS
            assert frame["kind"] in money, frame["id"]
    for lang in (zh, en):
        kinds = [*lang["kind_cues"], *lang["object_kinds"].values(), *lang["verb_kinds"].values()]
        assert set(kinds) <= set(DEAL_KINDS)
        assert set(lang["status_words"]) <= set(STATUSES)
    assert common["investment_as_purchase"]["kind"] in DEAL_KINDS
    statuses = {common["default_status"], common["holding_status"]}
    assert statuses | {common["non_binding"]["status"]} <= set(STATUSES)

    ai_zh, ai_en = _plain("ai_dynamics", "zh"), _plain("ai_dynamics", "en")
    actions = [*ai_zh["release_verbs"].values(), *ai_zh["postfix_only_verbs"].values()]
    actions += [v["action"] for v in ai_en["release_verbs"]]
    assert set(actions) == set(RELEASE_ACTIONS)
    assert "investment_rounds" not in ai_zh  # rounds are read by values/rounds.py only
    for _, cols in rules.table("tables/rounds.tsv"):
        assert cols[1].strip() in ROUNDS and cols[2].strip() in INVESTMENT_KINDS, cols

    sections = [*common["sections"], *_plain("ai_dynamics")["news_section_kinds"]]
    sections += [*_plain("policy")["skip_sections"], *_plain("relations")["sections_skip"]]
    sections += [*_plain("sections")["order"], *_plain("sections", "zh")["headings"]]
    sections += [*_plain("sections", "en")["headings"]]
    assert set(sections) <= set(SECTION_KINDS)


# --- every declared key is read by the code -----------------------------------------

_PROBE = """
import json, sys
from aikg.extractors import rules
from aikg.graph import build
build(sys.argv[1:])
print(json.dumps(sorted(rules.unread())))
"""


def test_every_declared_key_is_read_by_a_build():
    """A fresh process builds the seeds and an invented tour of the rarer rules
    (``tour.md``: English policies, passive releases, memoranda ...); every declared key
    must have been read by the code (not by this test or another: a process of its own)."""
    run = subprocess.run(
        [sys.executable, "-c", _PROBE, str(SEEDS), str(TOUR)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    unread = json.loads(run.stdout.strip().splitlines()[-1])
    assert unread == [], f"declared keys no code read: {unread}"
