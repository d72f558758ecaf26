"""Partnerships written as joint plans and joint ventures in wires, sell-side notes and
newsletters: "A and B said they would jointly develop", "agreed in August to", "agreed in
May to co- develop" (a hyphen a line break split), "also said they would
collaborate", "formed a joint venture with Dubai-based X", "A and Qatar's sovereign fund
B said they would form a JV", a nationality before the partner's description, and a
bullet under a company heading that opens on its verb (invented companies and
sentences)."""

from __future__ import annotations

from pathlib import Path

from support.partners import partners_in

HEAD = "---\ntitle: Weekly note\ndate: 2031-12-12\n---\n\n## News\n\n"


def partners(tmp_path: Path, body: str) -> dict[frozenset[str], dict]:
    return partners_in(tmp_path / "sample.md", HEAD + body + "\n")


def test_joint_plans_of_a_pair(tmp_path):
    body = (
        "Arbolt Systems and Kerrowind Data said they would jointly develop a 200 MW campus.\n\n"
        "Veltrano and Pashmir Mobility agreed in August to deploy delivery robots in Spain.\n\n"
        "Sablewick and Schneider Electric agreed in May to co- develop a cooling module.\n\n"
        "Marlow Chips and Tavria Labs also said they would collaborate on design.\n"
    )
    found = partners(tmp_path, body)
    assert frozenset({"Arbolt Systems", "Kerrowind Data"}) in found
    assert found[frozenset({"Veltrano", "Pashmir Mobility"})]["date"] == "2031-08"
    assert found[frozenset({"Sablewick", "Schneider Electric"})]["date"] == "2031-05"
    assert frozenset({"Marlow Chips", "Tavria Labs"}) in found


def test_joint_ventures_with_a_described_partner(tmp_path):
    body = (
        "In November Veltrano formed a joint venture with Riyadh-based Qasira Logistics.\n\n"
        "Brennock Capital and Qatar's sovereign fund QIA said they would form a US$20bn joint "
        "venture for AI infrastructure.\n\n"
        "Seriphos signed a memorandum of understanding with Japanese carmaker Tsubame Motors.\n"
    )
    found = partners(tmp_path, body)
    assert found[frozenset({"Veltrano", "Qasira Logistics"})]["date"] == "2031-11"
    assert frozenset({"Brennock Capital", "QIA"}) in found
    assert frozenset({"Seriphos", "Tsubame Motors"}) in found
    assert not any("Japanese" in pair for pair in found)


def test_bullets_under_a_company_heading_open_on_their_verb(tmp_path):
    body = (
        "### Kestrel Cloud\n\n"
        "- Selected Orvale Networks as its preferred networking partner.\n"
        "- Expanded its partnership with Ferrand Semiconductor (Dec 9).\n"
    )
    found = partners(tmp_path, body)
    assert set(found) == {
        frozenset({"Kestrel Cloud", "Orvale Networks"}),
        frozenset({"Kestrel Cloud", "Ferrand Semiconductor"}),
    }


def test_plans_that_are_no_alliance(tmp_path):
    body = (
        "Arbolt Systems and Kerrowind Data agreed to merge.\n\n"
        "Arbolt Systems and Kerrowind Data will deploy chips bought from Quillon AI.\n"
    )
    assert partners(tmp_path, body) == {}
