"""English newsletter chains: a maker's second release in the same sentence ("released X
on Dec 11, and followed up on Dec 16 with Y") takes the date of its own clause, not the
first release's. Invented names."""

from __future__ import annotations

from pathlib import Path

from support.releases import releases_in

BRIEF = """# The Frontier Brief
*Friday, December 19, 2031*
## Top stories
**Zentrix answers with Zyra 9.** Zentrix released Zyra 9 on December 11 in three tiers, \
and followed up on December 16 with Zyra Image 1.5, a faster image model.
"""


def test_followed_up_with_is_a_release_dated_by_its_clause(tmp_path: Path) -> None:
    found = releases_in(tmp_path / "brief.md", BRIEF)
    assert ("Zentrix", "Zyra 9", "release", "2031-12-11") in found
    assert ("Zentrix", "Zyra Image 1.5", "release", "2031-12-16") in found
