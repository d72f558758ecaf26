"""English release phrasing of digests and notes: "previewed", "made X generally
available", "the launch of X's new Y model", "X's new Y model, <appositive>, was released
on", "X's new Y model debuted at", "Y, open-sourced by X on ...", a lab named by
description ("The Danish lab shipped"), two verbs sharing one subject ("made A available
on Z Cloud and shipped B"); plans are no release ("will release", "We expect X to
launch"). Every name is invented."""

from __future__ import annotations

from pathlib import Path

from support.releases import releases_in

from aikg.extractors.ai_dynamics.english import english_releases

DIGEST = """# The Release Log, week ending 13 June 2031

*Varnholt Research* | Software & Internet

## This week

- Kestrel Labs previewed Orrin-4 Think, an updated reasoning model, on 9 June.
- Tamsin AI, a Lisbon start-up, made Quill-7 Flash generally available through its API \
on 10 June.
- The launch of Harlow Dynamics' new Wren-3 model (Jun 11) adds a voice model to its line.
- Corvane's new Sable-9B model, an agentic small language model for browsers, was \
released on 12 June.
- Pellucid's new Loom 2.0 model debuted at its developer day on 12 June.
- Fjell-3, open-sourced by Norvik AI on 8 June, tops the coding leaderboard.
- Ostrava AI made its Kite-5 reasoning model generally available on Ostrava Cloud on 8 June \
and shipped Kite-5 Mini on 11 June.

## Not releases

- Brindle AI said it will release Brindle-6 in the first quarter of 2032.
- We expect Marrow Labs to launch Marrow-3 early next year.
"""


def _releases(tmp_path: Path) -> set[tuple]:
    return releases_in(tmp_path / "digest.md", DIGEST)


def test_english_release_forms(tmp_path: Path) -> None:
    found = _releases(tmp_path)
    assert ("Kestrel Labs", "Orrin-4 Think", "release", "2031-06-09") in found
    assert ("Tamsin AI", "Quill-7 Flash", "release", "2031-06-10") in found
    assert ("Harlow Dynamics", "Wren-3", "release", "2031-06-11") in found
    assert ("Corvane", "Sable-9B", "release", "2031-06-12") in found
    assert ("Pellucid", "Loom 2.0", "release", "2031-06-12") in found
    assert ("Norvik AI", "Fjell-3", "open_source", "2031-06-08") in found  # a participle
    # one subject for both verbs: not the cloud the first model runs on
    makers = {(maker, model) for maker, model, _, _ in found}
    assert ("Ostrava AI", "Kite-5") in makers and ("Ostrava AI", "Kite-5 Mini") in makers
    assert not any(maker == "Ostrava Cloud" for maker, _ in makers)


def test_plans_are_no_releases(tmp_path: Path) -> None:
    models = {model for _, model, _, _ in _releases(tmp_path)}
    assert "Brindle-6" not in models and "Marrow-3" not in models


def test_a_lab_named_by_description_takes_the_subject() -> None:
    found = english_releases("The Danish lab shipped Fjord-2, an image model.", "Skagen Labs")
    assert [(maker, hit.name, action) for maker, hit, action in found] == [
        ("Skagen Labs", "Fjord-2", "release")
    ]
