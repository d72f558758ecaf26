"""English rounds and money tables in the styles of funding newsletters, venture trackers
and circular-financing exhibits (round 24): a funding table whose lead and other
investors stand in two columns and whose figures take the unit of the header or the
caption, a deal table headed "Payer | Payee" with a date column no header word names,
"Y led the round, joined by Z" after a round its company stated, "with A leading and B
participating", "committed $2bn and $1bn respectively to" and "each invested"
(invented companies and sentences)."""

from __future__ import annotations

from pathlib import Path

from support.deal_facts import money_events, who

from aikg.extractors import tables
from aikg.extractors.document import read_document, segment
from aikg.schema import EventFact

HEAD = "---\ntitle: Venture ledger\ndate: 2031-05-16\n---\n\n## This week\n\n"


def prose(tmp_path: Path, body: str) -> list[EventFact]:
    return money_events(tmp_path / "sample.md", HEAD + body + "\n", tables=True)


def table_rounds(tmp_path: Path, body: str) -> list[EventFact]:
    path = tmp_path / "tracker.md"
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    found = tables.extract(segment(read_document(path)))
    return [f for f in found if isinstance(f, EventFact) and f.label == "Investment"]


def investors_of(facts: list[EventFact], investee: str) -> set[str]:
    return {
        n for f in facts if investee in who(f, "INVESTS_IN") for n in who(f, "MAKES_INVESTMENT")
    }


def test_funding_tables_with_investor_columns_and_units(tmp_path):
    """Lead and participants in two columns, the unit in the header; then the unit in the
    caption beside a valuation column, and a cell with its own currency."""
    body = (
        "Exhibit 2: Rounds of the week\n\n"
        "| Date | Company | Round | Amount (US$ mn) | Lead | Participants |\n"
        "|---|---|---|---|---|---|\n"
        "| 11 May | Pellory Robotics | Series B | 140 | Tamsin Ventures "
        "| Orlo Capital and Bex Partners |\n"
        "| 13 May | Quarrel AI | Seed | 18 | Lindow Seed Fund | Undisclosed |\n\n"
        "Source: company releases\n\n"
        "Exhibit 3: Largest rounds in May (US$ mn unless stated)\n\n"
        "| Company | Round | Amount | Post-money valuation | Investors |\n"
        "|---|---|---|---|---|\n"
        "| Sorrel Silicon | Series C | 310 | 3,100 | Harkness Growth, Vell Partners |\n"
        "| Minsk Motion | Series A | JPY9.5bn | n/a | Tobira Capital |\n"
    )
    rounds = {next(iter(who(f, "INVESTS_IN"))): f for f in table_rounds(tmp_path, body)}
    pellory, sorrel, minsk = (
        rounds["Pellory Robotics"],
        rounds["Sorrel Silicon"],
        rounds["Minsk Motion"],
    )
    assert who(pellory, "MAKES_INVESTMENT") == {"Tamsin Ventures", "Orlo Capital", "Bex Partners"}
    assert (pellory.props["amount"], pellory.props["currency"]) == (140e6, "USD")
    assert pellory.props["round"] == "b" and pellory.props["date"] == "2031-05-11"
    assert who(rounds["Quarrel AI"], "MAKES_INVESTMENT") == {"Lindow Seed Fund"}  # no "Undisclosed"
    assert (sorrel.props["amount"], sorrel.props["currency"]) == (310e6, "USD")
    assert who(sorrel, "MAKES_INVESTMENT") == {"Harkness Growth", "Vell Partners"}
    assert (minsk.props["amount"], minsk.props["currency"]) == (9.5e9, "JPY")


def test_a_payer_payee_table_with_an_unnamed_date_column(tmp_path):
    body = (
        "Exhibit 5: Money flows (US$bn)\n\n"
        "| Payer | Payee | Arrangement | Size | Signed |\n"
        "|---|---|---|---|---|\n"
        "| Quarrel AI | Brantley Cloud | GPU cloud capacity, five years | 2.1 | 4 May 2031 |\n"
        "| Halden Labs | Corvo Compute | compute | 0.6 | Apr 2031 |\n"
    )
    deals = {frozenset(who(f, "PAYS_FOR")): f for f in prose(tmp_path, body) if f.label == "Deal"}
    quarrel = deals[frozenset({"Quarrel AI"})]
    assert who(quarrel, "PAID_TO") == {"Brantley Cloud"} and quarrel.props["amount"] == 2.1e9
    assert quarrel.props["date"] == "2031-05-04"
    assert deals[frozenset({"Halden Labs"})].props["date"] == "2031-04"


def test_the_lead_of_a_round_stated_before(tmp_path):
    body = (
        "Sorrel Silicon closed a US$310mn Series C at a US$3.1bn post-money valuation. "
        "Harkness Growth led the round, joined by Vell Partners and Okafor Capital."
    )
    (round_,) = prose(tmp_path, body)
    assert who(round_, "INVESTS_IN") == {"Sorrel Silicon"}
    assert who(round_, "MAKES_INVESTMENT") == {"Harkness Growth", "Vell Partners", "Okafor Capital"}
    assert round_.props["amount"] == 310e6 and round_.props["round"] == "c"


def test_respective_and_each_amounts(tmp_path):
    body = (
        "Orlo Capital and Bex Partners committed $2bn and $1bn respectively to Sorrel Silicon.\n\n"
        "Tamsin Ventures and Harkness Growth each invested $50mn in Quarrel AI."
    )
    facts = prose(tmp_path, body)
    sorrel = {
        next(iter(who(f, "MAKES_INVESTMENT"))): f.props["amount"]
        for f in facts
        if who(f, "INVESTS_IN") == {"Sorrel Silicon"}
    }
    assert sorrel == {"Orlo Capital": 2e9, "Bex Partners": 1e9}
    (quarrel,) = [f for f in facts if who(f, "INVESTS_IN") == {"Quarrel AI"}]
    assert who(quarrel, "MAKES_INVESTMENT") == {"Tamsin Ventures", "Harkness Growth"}
    assert quarrel.props["amount"] == 50e6


def test_a_lead_and_a_participant_in_one_absolute_clause(tmp_path):
    body = (
        "Quarrel AI raised a $75m Series A, with Tamsin Ventures leading and Orlo Capital "
        "participating."
    )
    facts = prose(tmp_path, body)
    assert investors_of(facts, "Quarrel AI") == {"Tamsin Ventures", "Orlo Capital"}


def test_apposition_backers_and_a_round_without_round_words(tmp_path):
    body = (
        "Lindqvist AI, backed by Marrow Seed Fund and Okafor Capital, raised an $18m seed "
        "round.\n\n"
        "Quarrel AI raised $75M at a $900M valuation, with Tamsin Ventures leading and Orlo "
        "Capital participating."
    )
    facts = prose(tmp_path, body)
    assert investors_of(facts, "Lindqvist AI") == {"Marrow Seed Fund", "Okafor Capital"}
    (quarrel,) = [f for f in facts if who(f, "INVESTS_IN") == {"Quarrel AI"}]
    assert quarrel.props["amount"] == 75e6  # not the valuation


def test_a_placement_in_a_filing_digest_and_the_defined_filer(tmp_path):
    body = (
        'On June 19, 2031, Stonefield Compute Inc. (the "Company") entered into a Master '
        "Services Agreement with Virel Labs, Inc. under which Virel Labs will purchase "
        "dedicated GPU cloud capacity from the Company for five years.\n\n"
        "On June 22, 2031, the registrant entered into a securities purchase agreement with "
        "Magnar Capital, pursuant to which Magnar Capital agreed to purchase 12,500,000 shares "
        "of the Company's common stock at $16.00 per share in a private placement. Gross "
        "proceeds to the Company are expected to be $200 million."
    )
    facts = prose(tmp_path, body)
    (placement,) = [f for f in facts if f.label == "Investment"]
    assert who(placement, "MAKES_INVESTMENT") == {"Magnar Capital"}
    assert who(placement, "INVESTS_IN") == {"Stonefield Compute"}
    assert placement.props["amount"] == 200e6 and placement.props["round"] == "private_placement"
    assert all(f.label != "Deal" or "Magnar Capital" not in who(f, "PAYS_FOR") for f in facts)


def test_a_valuation_a_capex_guide_and_revenue_are_no_amounts(tmp_path):
    body = (
        "Sorrel Silicon closed a US$310mn Series C led by Harkness Growth at a US$3.1bn "
        "post-money valuation.\n\n"
        "Halden Labs guided capex of US$1.2bn for the year and will buy GPU capacity from "
        "Corvo Compute."
    )
    facts = prose(tmp_path, body)
    sorrel = next(f for f in facts if who(f, "INVESTS_IN") == {"Sorrel Silicon"})
    assert sorrel.props["amount"] == 310e6
    halden = [f for f in facts if "Halden Labs" in who(f, "PAYS_FOR")]
    assert halden and all("amount" not in f.props for f in halden)


def test_the_stake_of_a_warrant_stated_in_the_next_sentence(tmp_path):
    body = (
        "Marlin Cloud granted Orbis AI warrants for 12 million shares. The warrants represent "
        "about 4.5% of Marlin Cloud's equity."
    )
    (warrant,) = prose(tmp_path, body)
    assert warrant.props["kind"] == "warrant" and warrant.props["stake_pct"] == 4.5


def test_an_order_awarded_for_named_chips_with_a_decimal_amount(tmp_path):
    body = "China Mobile awarded Kunlunxin a RMB1.1bn order for P800 cards on 4 May."
    (order,) = prose(tmp_path, body)
    assert who(order, "PAYS_FOR") == {"China Mobile"} and who(order, "PAID_TO") == {"Kunlunxin"}
    assert order.props["amount"] == 1.1e9 and order.props["kind"] == "chip_purchase"


def test_money_spent_on_a_custom_accelerator_family(tmp_path):
    body = "Anthropic will spend tens of billions of dollars on Google TPUs over several years."
    (deal,) = prose(tmp_path, body)
    assert who(deal, "PAYS_FOR") == {"Anthropic"} and who(deal, "PAID_TO") == {"Google"}
    assert deal.props["kind"] == "chip_purchase" and deal.props.get("amount") is None
