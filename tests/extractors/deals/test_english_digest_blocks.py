"""English deals of earnings digests and semis supply notes (round 28, dealsen): a block
per company headed by its bold name ("**Orrin Compute (ORRC)**") whose sentences say "The
company", "It" or no subject at all; a customer's earlier contract named as a modifier
("the $4.4bn Anthropic contract from June 2026"); "X said Y signed a contract"; a contract
"expanded by" a sum; an order sized after its noun; a prepayment; a memory maker's own
supply agreement (invented companies and sentences)."""

from __future__ import annotations

from pathlib import Path

from support.deal_facts import deals_by_pair, money_events

HEAD = "---\ntitle: Neocloud earnings digest\ndate: 2031-11-14\n---\n\n## Calls this week\n\n"


def deals(tmp_path: Path, body: str) -> dict[tuple[str, str], dict]:
    return deals_by_pair(money_events(tmp_path / "sample.md", HEAD + body + "\n"))


def test_the_block_company_signs_what_its_sentences_state(tmp_path):
    body = (
        "**Orrin Compute (ORRC)**\n\n"
        "Revenue grew 3x. The company also signed a $1.8bn expansion with Meta for capacity. "
        "CFO said the backlog now includes a new $7.2bn, six-year contract signed on "
        "October 29 with Microsoft.\n\n"
        "**Brenna Digital**\n\n"
        "It bought about 9,000 GB300 GPUs from Dell Technologies, a purchase worth roughly "
        "$0.9bn, for delivery through 2Q32.\n"
    )
    got = deals(tmp_path, body)
    assert got[("Meta", "Orrin Compute")]["amount"] == 1.8e9
    signed = got[("Microsoft", "Orrin Compute")]
    assert (signed["amount"], signed["date"]) == (7.2e9, "2031-10-29")
    assert got[("Brenna Digital", "Dell Technologies")]["amount"] == 9e8


def test_a_customer_contract_named_as_a_modifier_is_the_block_company(tmp_path):
    body = (
        "**Tallis Cloud (TLSC)**\n\n"
        "Margins improved following the $4.4bn Anthropic contract from June 2031. The "
        "Microsoft agreement signed in March 2031 ($6.1bn, expandable to $7.5bn) is live.\n"
    )
    got = deals(tmp_path, body)
    assert set(got) == {("Anthropic", "Tallis Cloud"), ("Microsoft", "Tallis Cloud")}
    assert (got[("Anthropic", "Tallis Cloud")]["date"]) == "2031-06"
    micro = got[("Microsoft", "Tallis Cloud")]
    assert (micro["amount"], micro["date"]) == (6.1e9, "2031-03")  # not the cap


def test_hearsay_contract_and_expansion_by_a_sum(tmp_path):
    body = (
        "Brenna Digital said Cohere signed a second contract worth about $2.3bn over four "
        "years on November 6. Its multi-year contract with Amazon has been expanded by "
        "$1.2bn.\n\n"
        "Brenna Digital said Cohere signed a multi-year contract.\n"
    )
    got = deals(tmp_path, body)
    assert got[("Cohere", "Brenna Digital")]["amount"] == 2.3e9
    assert got[("Amazon", "Brenna Digital")]["amount"] == 1.2e9
    assert len(got) == 2  # no amount, no deal read from hearsay


def test_memory_supply_orders_and_prepayments(tmp_path):
    body = (
        "Micron signed a $2.9bn long-term HBM supply agreement with AMD covering 2032 and "
        "2033. Separately, Anthropic prepaid SK hynix roughly $1.1bn to reserve HBM "
        "capacity.\n\n"
        "Ardent Silicon received a purchase order of about $520mn from xAI for custom "
        "networking ASICs.\n\n"
        "Pellar Semiconductor said it had signed a $1.6bn wafer supply agreement with TSMC.\n"
    )
    got = deals(tmp_path, body)
    assert got[("AMD", "Micron")]["amount"] == 2.9e9 and "date" not in got[("AMD", "Micron")]
    assert got[("Anthropic", "SK hynix")]["amount"] == 1.1e9
    assert got[("xAI", "Ardent Silicon")]["amount"] == 5.2e8
    assert ("Pellar Semiconductor", "TSMC") in got  # a wafer agreement: the foundry is paid
