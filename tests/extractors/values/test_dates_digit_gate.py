"""``find_dates`` skips the date patterns that need a digit on a text without one: sound
only if every match of those patterns holds an ASCII digit. Checked on the seeds' and
the dev corpora's text, and on invented lines of each form."""

from __future__ import annotations

from pathlib import Path

from support import SEEDS  # noqa: E402

from aikg.extractors.values.dates import _patterns, find_dates

DEV = Path(__file__).resolve().parents[2] / "corpus" / "dev"


def _lines() -> list[str]:
    paths = sorted(SEEDS.glob("*.txt")) + sorted(DEV.rglob("*.md")) + sorted(DEV.rglob("*.txt"))
    return [ln for p in paths for ln in p.read_text("utf-8").splitlines() if ln.strip()]


def test_patterns_marked_as_needing_a_digit_match_only_with_one():
    lines = _lines()
    assert len(lines) > 500
    gated = [p for p, _, needs_digit in _patterns() if needs_digit]
    assert len(gated) >= 20
    matched = 0
    for pattern in gated:
        for line in lines:
            for m in pattern.finditer(line):
                matched += 1
                assert any(c in "0123456789" for c in m.group()), (pattern.pattern, line)
    assert matched > 100


def test_dates_without_digits_are_still_found():
    # the three ungated forms: a month after a lead word, relative words (both languages)
    found = find_dates("In March, Zentrix shipped; 年内落地, and next year more", "2031-06")
    assert [d.iso for _, _, d in found] == ["2031-03", "2031", "2032"]
