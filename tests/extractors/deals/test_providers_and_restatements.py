"""Who pays in an agreement that names no direction, and the other English money wordings
of AI-infrastructure newsletters, semis industry updates and power sector notes: the
provider that signs with its customer, power purchase agreements, possessive deals in
recaps, "won an agreement for X to deploy", "signed a PPA to supply … to X", "will deploy
N GPUs under an agreement with X", a sentence restating the deal just read, co-investors
"alongside", consortium acquirers, a takeover sized by "valuing the company at", goods
bought from a named seller and work awarded to a contractor (invented companies and
sentences)."""

from __future__ import annotations

from pathlib import Path

from support.deal_facts import money_events, who

from aikg.schema import EventFact

HEAD = "---\ntitle: Compute and power\ndate: 2031-11-28\n---\n\n## Deals\n\n"


def facts_of(tmp_path: Path, body: str) -> list[EventFact]:
    return money_events(tmp_path / "sample.md", HEAD + body + "\n")


def paid(facts: list[EventFact]) -> set[tuple[str, str, str]]:
    """(payer, payee, kind) of every directed deal."""
    return {
        (p, q, f.props["kind"])
        for f in facts
        if f.label == "Deal"
        for p in who(f, "PAYS_FOR")
        for q in who(f, "PAID_TO")
    }


def invested(facts: list[EventFact]) -> set[tuple[str, str, float | None]]:
    return {
        (p, q, f.props.get("amount"))
        for f in facts
        if f.label == "Investment"
        for p in who(f, "MAKES_INVESTMENT")
        for q in who(f, "INVESTS_IN")
    }


def test_the_customer_pays_the_provider_that_signs_first(tmp_path):
    body = (
        "Tarrant Compute said on Monday it has signed an $8.4 billion cloud services "
        "contract with Oskar Labs to give the model developer access to GPUs over five "
        "years.\n\nBellwether Cloud signed an expanded agreement with Oskar Labs worth up "
        "to $3.1bn.\n\nOskar Labs signed a $2bn contract with Bellwether Cloud for capacity."
    )
    got = paid(facts_of(tmp_path, body))
    assert ("Oskar Labs", "Tarrant Compute", "cloud_contract") in got  # purpose clause
    assert ("Oskar Labs", "Bellwether Cloud", "cloud_contract") in got  # provider's name
    assert not any(p in ("Tarrant Compute", "Bellwether Cloud") for p, _, _ in got)


def test_a_power_purchase_agreement_is_a_payment_to_the_generator(tmp_path):
    body = (
        "- Oskar Labs signed a 20-year power purchase agreement with Ravel Energy.\n"
        "- Kessock Nuclear signed a PPA to supply up to 600 MW from its Dunmore station to "
        "an adjacent Oskar Labs campus.\n"
        "- Merrow Power finalised six PPAs with Oskar Labs."
    )
    got = paid(facts_of(tmp_path, body))
    assert got == {
        ("Oskar Labs", "Ravel Energy", "payment"),
        ("Oskar Labs", "Kessock Nuclear", "payment"),
        ("Oskar Labs", "Merrow Power", "payment"),
    }


def test_possessive_deals_in_a_recap(tmp_path):
    body = (
        "The month's largest wins: Dunlin Digital's $4.4bn Oskar Labs lease and "
        "Bellwether Cloud's $3.1bn agreement with Pavane AI."
    )
    got = paid(facts_of(tmp_path, body))
    assert ("Oskar Labs", "Dunlin Digital", "compute_lease") in got
    assert ("Pavane AI", "Bellwether Cloud", "cloud_contract") in got


def test_won_for_supply_to_and_deploy_under_an_agreement(tmp_path):
    body = (
        "Quellmark Semiconductor won a multi-year agreement for Pavane AI to deploy up to "
        "2 GW of its accelerators.\n\nTarrant Compute will deploy roughly 40,000 NVIDIA "
        "GPUs under an expanded agreement with Oskar Labs.\n\nOskar Labs signed a "
        "$1.2bn wafer supply agreement with TSMC."
    )
    got = paid(facts_of(tmp_path, body))
    assert ("Pavane AI", "Quellmark Semiconductor", "chip_purchase") in got
    assert ("Oskar Labs", "Tarrant Compute", "cloud_contract") in got
    assert ("Oskar Labs", "TSMC", "hardware_purchase") in got
    assert not any(q == "NVIDIA" for _, q, _ in got)  # deploying GPUs buys no GPUs here


def test_a_sentence_restating_the_deal_is_no_second_deal(tmp_path):
    body = (
        "Pavane AI has signed a deal worth up to $2.6bn with Bellwether Cloud to supply "
        "GPU computing power for its clusters. Under the deal, Pavane AI will rent "
        "capacity from Bellwether's sites in Oslo."
    )
    deals = [f for f in facts_of(tmp_path, body) if f.label == "Deal"]
    assert len(deals) == 1
    assert (who(deals[0], "PAYS_FOR"), deals[0].props["amount"]) == ({"Pavane AI"}, 2.6e9)


def test_goods_from_a_seller_and_work_awarded_to_a_contractor(tmp_path):
    body = (
        "Oskar Labs will buy most of its HBM from Merrin Memory, and Pavane AI has "
        "awarded the Dunmore substation to Corrib Electrical under a $90m contract. "
        "Pavane AI will buy up to 300 MW from Ravel Energy's plant."
    )
    got = paid(facts_of(tmp_path, body))
    assert ("Oskar Labs", "Merrin Memory", "hardware_purchase") in got
    assert ("Pavane AI", "Corrib Electrical", "payment") in got
    assert not any(k == "hardware_purchase" and q == "Ravel Energy" for _, q, k in got)


def test_co_investors_consortia_and_a_takeover_sized_by_its_valuation(tmp_path):
    body = (
        "- Osprey Ventures co-led a $90 million Series A into Lindqvist AI alongside Brede "
        "Capital.\n"
        "- A consortium of Harrow Infrastructure, Tamsin Partners and Oriel Capital agreed "
        "to acquire Carrick Data Centers for $12bn.\n"
        "- Sorrel Group agreed to acquire chip designer Vashti Systems for $21 per share in "
        "cash, valuing the company at about $3.3 billion.\n"
        "- Lindqvist AI raised $40m, valuing the company at $1bn; Brede Capital led."
    )
    got = invested(facts_of(tmp_path, body))
    assert {("Osprey Ventures", "Lindqvist AI", 9e7), ("Brede Capital", "Lindqvist AI", 9e7)} <= got
    for buyer in ("Harrow Infrastructure", "Tamsin Partners", "Oriel Capital"):
        assert (buyer, "Carrick Data Centers", 1.2e10) in got
    assert ("Sorrel Group", "Vashti Systems", 3.3e9) in got
    assert not any(a == 1e9 for _, _, a in got)  # a round's valuation is no amount


def test_the_company_of_a_bold_led_bullet_and_the_firm_of_an_investor(tmp_path):
    body = (
        "- **Hardware locked in.** Pavane AI placed a $2.2bn order for racks with Dellwood "
        "Systems.\n\nBenbridge Capital led a $90m round into Lindqvist AI. The firm also "
        "co-led a $40m Series A into Corrib Robotics together with Brede Capital."
    )
    facts = facts_of(tmp_path, body)
    assert ("Pavane AI", "Dellwood Systems", "hardware_purchase") in paid(facts)
    got = invested(facts)
    assert {
        ("Benbridge Capital", "Corrib Robotics", 4e7),
        ("Brede Capital", "Corrib Robotics", 4e7),
    } <= got
    assert not any(q == "Lindqvist AI" and p == "Brede Capital" for p, q, _ in got)


def test_a_deal_table_paid_to_a_compute_provider(tmp_path):
    body = (
        "| Customer | Provider | Term | Value ($bn) |\n|---|---|---|---|\n"
        "| Harlow Robotics | Tarrant Compute | 2 years | 0.6 |\n"
    )
    found = money_events(tmp_path / "t.md", HEAD + body + "\n", tables=True)
    deals = [f for f in found if f.label == "Deal"]
    assert [(who(f, "PAYS_FOR"), f.props["kind"], f.props["amount"]) for f in deals] == [
        ({"Harlow Robotics"}, "cloud_contract", 6e8)
    ]


def test_a_round_named_by_its_company_after_the_investors_verb(tmp_path):
    body = (
        "Harrow Capital led Lindqvist AI's $400m Series C, and Brede Capital participated in "
        "Corrib Robotics' $60m raise. Pavane AI raised $2bn in a round that included Oriel "
        "Capital. Oriel Capital joined Lindqvist AI's board."
    )
    got = invested(facts_of(tmp_path, body))
    assert ("Harrow Capital", "Lindqvist AI", 4e8) in got
    assert ("Oriel Capital", "Pavane AI", 2e9) in got
    assert not any(p == "Oriel Capital" and q == "Lindqvist AI" for p, q, _ in got)
