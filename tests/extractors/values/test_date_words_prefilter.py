"""``find_dates`` skips a date pattern on a text without the words every match of it
holds (``required_words``): the prefilter must never drop a match. Every pattern's
matches on the seeds' and dev corpora's lines, on the date rules' examples and on
invented lines hold its words, and the dates found are those of the unfiltered search."""

from __future__ import annotations

from pathlib import Path

from support import SEEDS  # noqa: E402

from aikg.extractors.rules import load
from aikg.extractors.text.prefilter import may_match
from aikg.extractors.values import dates
from aikg.extractors.values.dates import _patterns, _words

DEV = Path(__file__).resolve().parents[2] / "corpus" / "dev"
INVENTED = [
    "2031 年 3 月 4 日发布, 31年5月落地, 3 月 8 号上线, 5月底开源",
    "On March 4, 2031 and 4 March 2031; by 12 Sept, from Nov. 3rd",
    "in the second half of 2031, 31Q3, 3Q31, Q2 2031, H1 2031, 2031 年第三季度",
    "2031/3/4, 2031-03-04, 2031.3, 2031-3, 3/4 开幕, 03-04 | 二季度",
    "年内落地, 明年上半年, later this year, earlier this month, at the start of May",
    "1. 3.5 发布 Zyra, • 12.3 上线",
]


def _lines() -> list[str]:
    paths = sorted(SEEDS.glob("*.txt")) + sorted(DEV.rglob("*.md")) + sorted(DEV.rglob("*.txt"))
    lines = [ln for p in paths for ln in p.read_text("utf-8").splitlines() if ln.strip()]
    examples = []
    for language in ("zh", "en"):
        for value in load("dates", language).values():
            if isinstance(value, dict):
                examples += [e for e in value.get("examples", []) if isinstance(e, str)]
    return lines + examples + INVENTED


def test_every_match_holds_its_patterns_words():
    matched = 0
    for (pattern, _, _), words in zip(_patterns(), _words(), strict=True):
        for line in _lines():
            for m in pattern.finditer(line):
                matched += 1
                assert may_match(words, m.group()), (pattern.pattern, line)
    assert matched > 300
    assert sum(bool(w) for w in _words()) >= 25  # most patterns are prefiltered


def test_dates_found_are_those_of_the_unfiltered_search(monkeypatch):
    lines = _lines()
    filtered = [dates._dates(line, "2031-06") for line in lines]
    monkeypatch.setattr(dates, "_words", lambda: [()] * len(_patterns()))
    assert [dates._dates(line, "2031-06") for line in lines] == filtered
    assert sum(map(bool, filtered)) > 100
