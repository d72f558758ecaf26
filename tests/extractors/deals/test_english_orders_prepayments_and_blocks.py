"""English deals of sell-side notes, earnings digests and infra monthlies (dealsen round
29): equipment ordered from its maker with the size in the next clause, an order for
named goods placed with the seller, a prepayment that reserves a maker's capacity, a
sentence naming the buyer, a digest block headed by its company and a topic under a
title that opens on its series label, and a deal restated under "its" agreement with its
own month (invented companies and sentences)."""

from __future__ import annotations

from itertools import product
from pathlib import Path

from support.deal_facts import money_events, who

from aikg.schema import EventFact


def facts_of(tmp_path: Path, body: str, title: str = "Power and silicon") -> list[EventFact]:
    head = f'---\ntitle: "{title}"\ndate: 2031-11-28\n---\n\n'
    return money_events(tmp_path / "sample.md", head + body + "\n")


def deals(facts: list[EventFact]) -> set[tuple[str, str, str, float | None]]:
    """(payer, payee, kind, amount) of every directed deal."""
    paid = [(f, pair) for f in facts if f.label == "Deal" for pair in _pairs(f)]
    return {(*pair, f.props["kind"], f.props.get("amount")) for f, pair in paid}


def _pairs(fact: EventFact) -> list[tuple[str, str]]:
    return list(product(who(fact, "PAYS_FOR"), who(fact, "PAID_TO")))


def test_equipment_ordered_from_its_maker_is_sized_by_the_next_clause(tmp_path):
    body = (
        "## Orders\n\nOstrava Digital has ordered twelve gas turbines from Kelmarsh Energy "
        "Systems on 4 March; the order is worth about $960mn.\n\nVintry Labs booked a "
        "~$215mn order for medium-voltage switchgear with Aldous Electric."
    )
    got = deals(facts_of(tmp_path, body))
    assert ("Ostrava Digital", "Kelmarsh Energy Systems", "hardware_purchase", 9.6e8) in got
    assert ("Vintry Labs", "Aldous Electric", "hardware_purchase", 2.15e8) in got


def test_an_order_won_from_a_customer_is_no_purchase_by_the_winner(tmp_path):
    body = "## Orders\n\nKelmarsh Energy Systems received an order worth $300mn from Vintry Labs."
    got = deals(facts_of(tmp_path, body))
    assert {(p, q) for p, q, _, _ in got} == {("Vintry Labs", "Kelmarsh Energy Systems")}


def test_custom_asics_ordered_with_their_maker_are_chips(tmp_path):
    body = (
        "## Silicon\n\nTorvik AI placed a $275mn order for custom inference ASICs with "
        "Lerwick Micro."
    )
    assert deals(facts_of(tmp_path, body)) == {
        ("Torvik AI", "Lerwick Micro", "chip_purchase", 2.75e8)
    }


def test_a_prepayment_that_reserves_capacity_is_a_capacity_order(tmp_path):
    body = (
        "## Memory\n\nHalden Semiconductor disclosed that Torvik AI prepaid $820mn in "
        "August to reserve HBM capacity at Halden Semiconductor's Icheon line."
    )
    facts = facts_of(tmp_path, body)
    assert deals(facts) == {("Torvik AI", "Halden Semiconductor", "capacity_order", 8.2e8)}
    assert facts[0].props["date"] == "2031-08"


def test_a_sentence_naming_the_buyer_directs_the_deal_just_read(tmp_path):
    body = (
        "## Cooling\n\nBrisa Thermal signed a $510mn supply agreement with Onslow Hosting "
        "for chillers. Onslow Hosting is the buyer."
    )
    got = deals(facts_of(tmp_path, body))
    assert {(p, q) for p, q, _, _ in got} == {("Onslow Hosting", "Brisa Thermal")}


def test_a_block_headed_by_its_company_provides_and_the_title_is_no_party(tmp_path):
    body = (
        "## Ferrand Cloud (FRND): bookings accelerate\n\n**Management commentary.** The backlog "
        "now includes a new $3.3bn, three-year contract signed on October 6 with Pavane "
        "AI. The company also signed a $700mn expansion with Quarry Labs."
    )
    facts = facts_of(tmp_path, body, title="Neocloud Call Digest: third-quarter notes")
    got = {(p, q, a) for p, q, _, a in deals(facts)}
    assert got == {("Pavane AI", "Ferrand Cloud", 3.3e9), ("Quarry Labs", "Ferrand Cloud", 7e8)}


def test_a_deal_restated_under_its_agreement_keeps_its_month_not_the_cap(tmp_path):
    body = (
        "## Ferrand Cloud\n\nFerrand Cloud added 60 MW in Ohio through its $4.6bn contract "
        "with Pavane AI from March 2030, expandable to $5.9bn."
    )
    facts = facts_of(tmp_path, body)
    assert {(p, q, a) for p, q, _, a in deals(facts)} == {("Pavane AI", "Ferrand Cloud", 4.6e9)}
    assert facts[0].props["date"] == "2030-03"
