"""English money sentences in the styles of sell-side flash notes, 8-K summaries, deal
trackers and funding newsletters: a chained verb after a preposition phrase, "X said that
Y signed … to buy capacity from X", bullet labels, "signed a lease with" (the tenant
pays), "pursuant to which", filings' "aggregate contract value", contracts won from a
customer, a seller named after the chip, table values in the header's unit and a date
printed after the next sentence (invented companies and sentences)."""

from __future__ import annotations

from pathlib import Path

from support.deal_facts import money_events, who

from aikg.schema import EventFact

HEAD = "---\ntitle: Compute contracts\ndate: 2031-12-08\n---\n\n## Contracts\n\n"


def facts_of(tmp_path: Path, body: str) -> list[EventFact]:
    return money_events(tmp_path / "sample.md", HEAD + body + "\n", tables=True)


def pairs(facts: list[EventFact]) -> set[tuple[frozenset[str], frozenset[str]]]:
    """(payers or investors or parties, payees or investees) of every fact."""
    return {
        (
            frozenset(who(f, "PAYS_FOR", "MAKES_INVESTMENT", "PARTY_TO")),
            frozenset(who(f, "PAID_TO", "INVESTS_IN")),
        )
        for f in facts
    }


def test_the_subject_agrees_not_the_party_after_a_preposition(tmp_path):
    body = (
        "Orrick Labs committed to purchase $2.2bn of capacity from Microsoft Azure and "
        "agreed to a partnership with NVIDIA on inference software (Dec 3)."
    )
    facts = facts_of(tmp_path, body)
    assert pairs(facts) == {
        (frozenset({"Orrick Labs"}), frozenset({"Microsoft Azure"})),
        (frozenset({"Orrick Labs", "NVIDIA"}), frozenset()),
    }


def test_the_company_that_reports_a_contract_is_not_its_own_customer(tmp_path):
    body = (
        "Tallow Cloud said on Dec 5 that Microsoft (MSFT US) signed a five-year agreement "
        "worth up to $9.4bn to buy GPU capacity from Tallow at its Ohio campus."
    )
    (deal,) = facts_of(tmp_path, body)
    assert who(deal, "PAYS_FOR") == {"Microsoft"} and who(deal, "PAID_TO") == {"Tallow"}
    assert deal.props["amount"] == 9.4e9 and deal.props["kind"] != "chip_purchase"


def test_bullet_labels_are_no_companies(tmp_path):
    body = (
        "- Lease: Brenwick Power will lease 150 MW at its Tasso site to Orrick Labs for "
        "15 years (Nov 28)."
    )
    (lease,) = facts_of(tmp_path, body)
    assert who(lease, "PAYS_FOR") == {"Orrick Labs"} and who(lease, "PAID_TO") == {"Brenwick Power"}


def test_a_landlord_signs_the_lease_and_the_tenant_pays(tmp_path):
    body = (
        "Harlow Digital signed a 12-year lease with Quennel AI for 90 MW in Ohio (Dec 1).\n\n"
        "Sorrento DC signed a ten-year, $1.3bn colocation agreement with Tamber Cloud (Dec 2)."
    )
    facts = facts_of(tmp_path, body)
    assert pairs(facts) == {
        (frozenset({"Quennel AI"}), frozenset({"Harlow Digital"})),
        (frozenset({"Tamber Cloud"}), frozenset({"Sorrento DC"})),
    }


def test_filings_name_the_customer_and_give_the_value_next(tmp_path):
    body = (
        "On December 1, 2031, Hollin Digital entered into a Master Services Agreement with "
        "Avenor AI, pursuant to which Avenor committed to purchase dedicated GPU cloud capacity "
        "from Hollin for five years. The aggregate contract value is approximately $3.6 billion."
    )
    # the agreement's two parties may also be read as a partnership (dev gold: optional)
    (deal,) = [f for f in facts_of(tmp_path, body) if f.props["kind"] != "partnership"]
    assert who(deal, "PAYS_FOR") in ({"Avenor AI"}, {"Avenor"})
    assert who(deal, "PAID_TO") == {"Hollin"}
    assert deal.props["amount"] == 3.6e9


def test_a_contract_won_from_a_customer_and_an_order_placed_with_a_seller(tmp_path):
    body = (
        "Brantley Cloud wins $5.5bn, six-year contract from Sorel AI (Dec 8).\n\n"
        "Vellan Compute placed an order for $3.1bn of GB300 servers with Dell Technologies."
    )
    facts = facts_of(tmp_path, body)
    assert pairs(facts) == {
        (frozenset({"Sorel AI"}), frozenset({"Brantley Cloud"})),
        (frozenset({"Vellan Compute"}), frozenset({"Dell Technologies"})),
    }  # no purchase from the GB300's designer besides the order with Dell


def test_table_values_take_the_unit_of_their_header(tmp_path):
    body = (
        "| Announced | Customer | Provider | Scope | Value (US$bn) |\n"
        "|---|---|---|---|---|\n"
        "| Dec 1 | Oxlade Health | Brantley Cloud | inference cloud capacity | 0.4 |\n"
    )
    (row,) = facts_of(tmp_path, body)
    assert row.props["amount"] == 4e8 and row.props["currency"] == "USD"


def test_a_date_after_the_next_sentence_dates_the_round(tmp_path):
    body = (
        "**Fennel Robotics** closed a $48m Series A led by Northway Partners; Salt Run "
        "Ventures also invested. The round values Fennel at $310m post-money. (Dec 3)"
    )
    facts = facts_of(tmp_path, body)
    assert facts and all(f.props.get("date") == "2031-12-03" for f in facts)
    assert all(f.props["amount"] == 48e6 for f in facts)


def test_press_summary_forms_of_investments_and_purchases(tmp_path):
    body = (
        "Kessel Group is making an investment of $500m in Ardley AI, people familiar said.\n\n"
        "Tarrow Compute has agreed to purchase any capacity that Selby Cloud cannot sell.\n\n"
        "Holm Transformer Works booked a $260m order from Avalon Data Centers."
    )
    found = pairs(facts_of(tmp_path, body))
    assert found == {
        (frozenset({"Kessel Group"}), frozenset({"Ardley AI"})),
        (frozenset({"Tarrow Compute"}), frozenset({"Selby Cloud"})),
        (frozenset({"Avalon Data Centers"}), frozenset({"Holm Transformer Works"})),
    }


def test_an_order_or_a_loan_secured_from_a_company_is_no_funding_round(tmp_path):
    body = (
        "Kelby Semiconductor secured a $2bn order from Ravel Labs.\n\n"
        "Marten Cloud secured a $1bn loan from Harbin Bank."
    )
    facts = facts_of(tmp_path, body)
    assert not [f for f in facts if f.label == "Investment"]
    assert pairs(facts) == {(frozenset({"Ravel Labs"}), frozenset({"Kelby Semiconductor"}))}


def test_rounds_led_in_the_passive_and_investors_including(tmp_path):
    body = (
        "Dorran AI's $120m Series B was led by Tamsin Capital (Dec 5).\n\n"
        "Pellow Robotics raised $40m from investors including Verity Ventures and Halm Capital."
    )
    found = pairs(facts_of(tmp_path, body))
    assert found == {
        (frozenset({"Tamsin Capital"}), frozenset({"Dorran AI"})),
        (frozenset({"Verity Ventures", "Halm Capital"}), frozenset({"Pellow Robotics"})),
    }
