"""English partnerships of round 28 (issue #12): development agreements (signed, owned,
"an agreement with Y to co-develop"), an alliance stated beside an investment, a joint
groundbreaking of one site, "the two will form a joint venture with C", a design or
launch partner for the other's product, a new tranche's signing date, and list items
headed by two names (invented sentences)."""

from __future__ import annotations

from pathlib import Path

from support.partners import partners_in

EN = "---\ntitle: Weekly note\ndate: 2031-11-24\n---\n\n## News\n\n"


def pairs(tmp_path: Path, body: str) -> dict[frozenset[str], dict]:
    return partners_in(tmp_path / "sample.md", EN + body + "\n")


def test_development_agreements_signed_owned_and_with_a_purpose(tmp_path):
    body = (
        "Halvern Optics' co-development agreement with Corvane Networks on a 3.2T module, "
        "signed on 3 November, adds a design slot.\n\n"
        "On 6 November Microsoft and Nebius announced that Nebius will be a launch partner "
        "for Microsoft's sovereign cloud in Europe, and Nebius signed a co-development "
        "agreement with Supermicro for racks.\n\n"
        "Brisk Cloud signed a multi-year agreement with Tavani Systems on 9 November to "
        "co-develop and deploy optical engines.\n"
    )
    found = pairs(tmp_path, body)
    assert found[frozenset({"Halvern Optics", "Corvane Networks"})]["date"] == "2031-11-03"
    assert found[frozenset({"Microsoft", "Nebius"})]["date"] == "2031-11-06"
    assert found[frozenset({"Nebius", "Supermicro"})]["date"] == "2031-11-06"
    assert found[frozenset({"Brisk Cloud", "Tavani Systems"})]["date"] == "2031-11-09"


def test_a_supply_agreement_or_an_investment_alone_is_no_alliance(tmp_path):
    body = (
        "Brisk Cloud signed a multi-year agreement with Tavani Systems to supply GPUs.\n\n"
        "Nvidia said it would invest $1bn in Nokia for a 2.9% stake.\n\n"
        "Corvane Networks is a launch partner for a new inference chip.\n"
    )
    assert pairs(tmp_path, body) == {}


def test_an_alliance_beside_an_investment(tmp_path):
    body = "Nvidia said on 4 November it would invest $1bn in Nokia, alongside a 6G partnership.\n"
    assert pairs(tmp_path, body)[frozenset({"Nvidia", "Nokia"})]["date"] == "2031-11-04"


def test_joint_groundbreaking_then_the_two_with_a_third(tmp_path):
    body = (
        "Quillon AI and Orbis Robotics broke ground on the first phase of a 1 GW campus on "
        "12 November; the two will form a joint venture with Brenna Power to run the sites.\n\n"
        "Merrow AI and Lumo Networks broke ground on new campuses in Ohio and Texas.\n"
    )
    found = pairs(tmp_path, body)
    assert set(found) == {
        frozenset({"Quillon AI", "Orbis Robotics"}),
        frozenset({"Quillon AI", "Brenna Power"}),
        frozenset({"Orbis Robotics", "Brenna Power"}),
    }
    assert {p["date"] for p in found.values()} == {"2031-11-12"}


def test_joint_plans_a_business_group_and_a_design_partner(tmp_path):
    body = (
        "Meridia AI and Kestrel Compute agreed last month to co-\ndevelop a photonic switch.\n\n"
        "Tessal Photonics and Corvan Systems formed a business group on 11 November.\n\n"
        "Marvell remains the design partner for Amazon's Trainium line.\n"
    )
    found = pairs(tmp_path, body)
    assert found[frozenset({"Meridia AI", "Kestrel Compute"})]["date"] == "2031-10"
    assert found[frozenset({"Tessal Photonics", "Corvan Systems"})]["date"] == "2031-11-11"
    assert frozenset({"Marvell", "Amazon"}) in found


def test_a_new_tranche_takes_its_own_signing_date(tmp_path):
    body = (
        "Halvern Optics extends the October 2030 partnership with Corvane Networks; the new "
        "tranche was signed on 20 November.\n"
    )
    found = pairs(tmp_path, body)
    assert found[frozenset({"Halvern Optics", "Corvane Networks"})]["date"] == "2031-11-20"


def test_list_items_headed_by_two_names(tmp_path):
    body = (
        "- **Nvidia x Nokia.** The two companies will co-develop base stations for 6G.\n\n"
        "- **AMD / Sanmina.** Signed an agreement to jointly build rack-scale systems.\n\n"
        "- **Oracle x OpenAI.** Shares of both rose after the call.\n\n"
        "- **Intel x Lenovo.** Intel will co-develop AI PCs.\n\n"
        "- **Oracle / Meta.** Meta signed a $20bn cloud contract with Oracle.\n"
    )
    assert set(pairs(tmp_path, body)) == {
        frozenset({"Nvidia", "Nokia"}),
        frozenset({"AMD", "Sanmina"}),
        frozenset({"Intel", "Lenovo"}),
    }
