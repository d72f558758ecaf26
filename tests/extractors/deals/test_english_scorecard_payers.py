"""English money sentences in the style of hyperscaler scorecards and neocloud notes: a
customer's lease "with" a data-centre landlord (the customer pays the landlord), a
contract "added", money committed "to X for capacity", a cloud that "booked" a
customer's commitment, a commitment "to spend $N on X", and "¥" of a Japanese company
read as the yen (invented companies and sentences)."""

from __future__ import annotations

from pathlib import Path

from support.deal_facts import money_events, who

from aikg.schema import EventFact

HEAD = "---\ntitle: Hyperscaler scorecard\ndate: 2031-11-12\n---\n\n## Capacity deals\n\n"


def facts_of(tmp_path: Path, body: str) -> list[EventFact]:
    return money_events(tmp_path / "sample.md", HEAD + body + "\n", tables=True)


def one(tmp_path: Path, body: str) -> EventFact:
    (fact,) = facts_of(tmp_path, body)
    return fact


def test_a_customer_leases_from_a_landlord_named_after_with(tmp_path):
    deal = one(tmp_path, "Calloway signed a $1.2bn, four-year lease with Dunmore Data Centers.")
    assert who(deal, "PAYS_FOR") == {"Calloway"}
    assert who(deal, "PAID_TO") == {"Dunmore Data Centers"}
    assert deal.props["kind"] == "compute_lease"


def test_a_cloud_after_with_still_rents_the_data_hall(tmp_path):
    deal = one(tmp_path, "Sorrento Hosting signed a ten-year colocation lease with Tamber Cloud.")
    assert who(deal, "PAYS_FOR") == {"Tamber Cloud"}
    assert who(deal, "PAID_TO") == {"Sorrento Hosting"}


def test_an_added_contract_with_its_date(tmp_path):
    deal = one(
        tmp_path,
        "On 3 October Calloway added a smaller $1.1bn, four-year lease with Brisk Compute.",
    )
    assert who(deal, "PAYS_FOR") == {"Calloway"} and who(deal, "PAID_TO") == {"Brisk Compute"}
    assert deal.props["amount"] == 1.1e9 and deal.props["date"] == "2031-10-03"


def test_money_committed_to_a_cloud_for_capacity(tmp_path):
    deal = one(tmp_path, "Marrow Labs committed $3.0bn to Crusoe for capacity in Abilene.")
    assert who(deal, "PAYS_FOR") == {"Marrow Labs"} and who(deal, "PAID_TO") == {"Crusoe"}
    assert deal.props["amount"] == 3e9


def test_a_cloud_books_a_customers_commitment(tmp_path):
    deal = one(tmp_path, "Harrow Cloud booked a $900mn multi-year commitment from Palisade Health.")
    assert who(deal, "PAYS_FOR") == {"Palisade Health"} and who(deal, "PAID_TO") == {"Harrow Cloud"}
    assert deal.props["kind"] == "cloud_contract"


def test_a_commitment_to_spend_on_a_cloud(tmp_path):
    deal = one(tmp_path, "Tessly committed to spend $4.2bn on Harrow Cloud over five years.")
    assert who(deal, "PAYS_FOR") == {"Tessly"} and who(deal, "PAID_TO") == {"Harrow Cloud"}
    assert deal.props["kind"] == "cloud_contract" and deal.props["amount"] == 4.2e9


def test_spending_on_shares_is_no_deal(tmp_path):
    assert facts_of(tmp_path, "Tessly committed to spend $4.2bn on Harrow Cloud's shares.") == []


def test_yen_of_a_japanese_company(tmp_path):
    (fact,) = facts_of(
        tmp_path,
        "Shirakawa Partners led a ¥3.6bn Series A in Kanrin Robotics, the Tokyo-based arm maker.",
    )
    assert fact.props["currency"] == "JPY" and fact.props["amount"] == 3.6e9


def test_yuan_of_a_chinese_company(tmp_path):
    (fact,) = facts_of(
        tmp_path,
        "Xiling Capital led a ¥300mn Series A in Lianmo AI, the Hangzhou-based arm maker.",
    )
    assert fact.props["currency"] == "CNY"


def test_yen_when_the_next_sentence_says_japan(tmp_path):
    (fact,) = facts_of(
        tmp_path,
        "- Shirakawa Partners led a ¥3.6bn Series A in Kanrin Robotics. "
        "The start-up is based in Osaka and builds arms.",
    )
    assert fact.props["currency"] == "JPY"
