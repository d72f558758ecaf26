"""English partnerships worded as making something together, dated by a bracketed date
after the item (invented sentences)."""

from __future__ import annotations

from pathlib import Path

from support.partners import partners_in

HEAD = "---\ntitle: Weekly note\ndate: 2031-11-24\n---\n\n## Deals\n\n"


def partners(tmp_path: Path, body: str) -> dict[frozenset[str], dict]:
    """The PARTNERS_WITH pairs of a one-section markdown report, with their props."""
    return partners_in(tmp_path / "sample.md", HEAD + body + "\n")


def test_partnerships_made_together(tmp_path):
    body = (
        "Tessal Photonics and Corvan Systems agreed to co-develop an optical switch (Nov 5).\n\n"
        "Xylo AI and Humaro will build a 500 MW data centre in Nevada together (Nov 19).\n\n"
        "Orion Telecom will build a sovereign AI cloud with Vidia in Portugal.\n\n"
        "Anthra agreed to a technology partnership with Vidia to tune its models.\n"
    )
    found = partners(tmp_path, body)
    assert found[frozenset({"Tessal Photonics", "Corvan Systems"})]["date"] == "2031-11-05"
    assert found[frozenset({"Xylo AI", "Humaro"})]["date"] == "2031-11-19"
    assert frozenset({"Orion Telecom", "Vidia"}) in found
    assert frozenset({"Anthra", "Vidia"}) in found


def test_no_partnership_without_a_joint_undertaking(tmp_path):
    body = (
        "Tessal Photonics and Corvan Systems will report results on Friday.\n\n"
        "Orion Telecom will build a cluster with Vidia GPUs.\n"
    )
    assert partners(tmp_path, body) == {}
