"""Partnerships named by a partner's role, a possessive modifier or a relative clause,
joint statements in reported speech, an elided subject under a company heading, and a
comma that ends a clause rather than a list (invented sentences)."""

from __future__ import annotations

from pathlib import Path

from support.partners import partners_in

HEAD = "---\ntitle: Weekly note\ndate: 2031-11-24\n---\n\n## News\n\n"


def partners(tmp_path: Path, body: str) -> dict[frozenset[str], dict]:
    """The PARTNERS_WITH pairs of a one-section markdown report, with their props."""
    return partners_in(tmp_path / "sample.md", HEAD + body + "\n")


def test_a_partner_named_by_its_role_is_undated(tmp_path):
    body = (
        "Ostrava Cloud remains Quillon Software's primary hosting partner.\n\n"
        "Norvale Labs, long Kestrel Cloud's marquee model partner, signed an MoU with "
        "Zephyr Cloud on Nov 18.\n\n"
        "Brenna Labs is Corvan Systems' channel partner in Japan.\n\n"
        "Halden Robotics remains Tessal Photonics' largest customer.\n"
    )
    found = partners(tmp_path, body)
    assert frozenset({"Ostrava Cloud", "Quillon Software"}) in found
    assert "date" not in found[frozenset({"Norvale Labs", "Kestrel Cloud"})]
    assert found[frozenset({"Norvale Labs", "Zephyr Cloud"})]["date"] == "2031-11-18"
    assert frozenset({"Brenna Labs", "Corvan Systems"}) not in found
    assert frozenset({"Halden Robotics", "Tessal Photonics"}) not in found


def test_a_chinese_partner_named_by_its_role(tmp_path):
    body = "星河智能是北辰云科技的核心合作伙伴。\n\n启元光算是鹤汀科技的渠道合作伙伴。\n"
    found = partners(tmp_path, body)
    assert frozenset({"星河智能", "北辰云科技"}) in found
    assert frozenset({"启元光算", "鹤汀科技"}) not in found


def test_possessive_modifier_and_relative_clause(tmp_path):
    body = (
        "Analysts liked Tavistock Motors' Orrin Robotics tie-up, announced on Nov 9.\n\n"
        "Quillon Software gained. The analyst pointed to the alliance Quillon Software "
        "struck with Halcyra Labs on Nov 11.\n\n"
        "Unlike Brenna Labs' Corvan Systems tie-up, the deal is small.\n"
    )
    found = partners(tmp_path, body)
    assert found[frozenset({"Tavistock Motors", "Orrin Robotics"})]["date"] == "2031-11-09"
    assert found[frozenset({"Quillon Software", "Halcyra Labs"})]["date"] == "2031-11-11"
    assert frozenset({"Brenna Labs", "Corvan Systems"}) not in found


def test_a_joint_statement_in_reported_speech(tmp_path):
    body = (
        "Marlow Analytics and Teodor Health said on Nov 12 they had joined forces on a "
        "copilot.\n\n"
        "Brenna Labs and Corvan Systems said they had ended talks.\n"
    )
    found = partners(tmp_path, body)
    assert found[frozenset({"Marlow Analytics", "Teodor Health"})]["date"] == "2031-11-12"
    assert frozenset({"Brenna Labs", "Corvan Systems"}) not in found


def test_an_item_under_a_company_heading_takes_its_subject(tmp_path):
    body = (
        "### Kestrel Cloud\n\n"
        # lower case: a capitalised "Has" opening the item is typed as a name today
        "- expanded its partnership with Ferran Semiconductor (Nov 8).\n"
        "- Its marketplace lists 900 partner solutions.\n"
    )
    found = partners(tmp_path, body)
    assert found[frozenset({"Kestrel Cloud", "Ferran Semiconductor"})]["date"] == "2031-11-08"
    assert len(found) == 1


def test_a_comma_ends_a_clause_not_a_list(tmp_path):
    body = "Given Quillon Software's alliance with Halcyra Labs, Bexley Data has no partner.\n"
    found = partners(tmp_path, body)
    assert frozenset({"Quillon Software", "Halcyra Labs"}) in found
    assert frozenset({"Quillon Software", "Bexley Data"}) not in found
