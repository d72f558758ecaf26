"""English money sentences of vendor-financing monthlies, Korean company notes and venture
newsletters: two investors with "respectively" or a gapped second investor, shares bought
for cash, an investment tied to an unnamed alliance, one warrant, a licence paid for, goods
bought through a reseller, a customer's tender won, a GPU rental "to" a tenant, an order
placed "with" a tool maker, a broker's total-rent estimate in the next sentence, a part of a
company bought, co-investors in short clauses, a bold lead label's date and "Four days
later" (invented companies and sentences)."""

from __future__ import annotations

from pathlib import Path

from support.deal_facts import money_events, money_pairs, who

from aikg.schema import EventFact

HEAD = "---\ntitle: Monthly review of deals\ndate: 2031-12-12\n---\n\n## Deals\n\n"


def facts_of(tmp_path: Path, body: str) -> list[EventFact]:
    return money_events(tmp_path / "sample.md", HEAD + body + "\n")


def amounts(facts: list[EventFact]) -> dict[str, float]:
    """Investor (or payer) -> amount of every fact that has one."""
    return {a: f.props["amount"] for f in facts for a in who(f, "MAKES_INVESTMENT", "PAYS_FOR")}


def test_each_investor_takes_its_own_amount(tmp_path):
    body = (
        "Tarrant Devices and Ostwald Systems agreed on 17 November to invest up to $4bn and "
        "up to $7bn respectively in Quellon AI.\n\n"
        "Brisk Networks will invest up to US$1.5bn in Lavren Labs and Corvin Capital up to "
        "US$500mn.\n"
    )
    facts = facts_of(tmp_path, body)
    assert amounts(facts) == {
        "Tarrant Devices": 4e9,
        "Ostwald Systems": 7e9,
        "Brisk Networks": 1.5e9,
        "Corvin Capital": 5e8,
    }
    assert {b for f in facts for b in who(f, "INVESTS_IN")} == {"Quellon AI", "Lavren Labs"}


def test_shares_bought_and_an_alliance_the_investment_is_part_of(tmp_path):
    body = (
        "On 4 November Haldane Semiconductor bought $2bn of Pyrite Photonics common stock at "
        "$41.20 per share.\n\n"
        "Haldane Semiconductor said on 24 November it would invest $600mn in Meret Robotics "
        "at $18.50 per share for a 3.1% stake, alongside a humanoid-control partnership.\n"
    )
    facts = facts_of(tmp_path, body)
    (stock,) = [f for f in facts if "Pyrite Photonics" in who(f, "INVESTS_IN")]
    assert stock.props["amount"] == 2e9 and stock.props["date"] == "2031-11-04"
    (meret,) = [f for f in facts if "Meret Robotics" in who(f, "INVESTS_IN")]
    assert meret.props["amount"] == 6e8 and meret.props["stake_pct"] == 3.1
    (tie,) = [f for f in facts if f.props.get("kind") == "partnership"]
    assert who(tie, "PARTY_TO") == {"Haldane Semiconductor", "Meret Robotics"}


def test_one_warrant_a_share_count_a_licence_and_a_reseller(tmp_path):
    body = (
        "On 6 November Rovane Micro granted Quellon AI a warrant for up to 90 million Rovane "
        "shares.\n\n"
        "Ardley Compute granted Brisk Networks warrants over 9% of its shares.\n\n"
        "Haldane Semiconductor agreed to pay about $3bn for a non-exclusive licence to Sorrel "
        "Logic's inference compiler.\n\n"
        "Pembury Cloud ordered 12,000 NVIDIA GB300 GPUs through Larkspur Systems for roughly "
        "$640mn.\n"
    )
    facts = facts_of(tmp_path, body)
    warrants = [f for f in facts if f.props.get("kind") == "warrant"]
    assert {frozenset(who(f, "MAKES_INVESTMENT", "INVESTS_IN")) for f in warrants} == {
        frozenset({"Rovane Micro", "Quellon AI"}),
        frozenset({"Ardley Compute", "Brisk Networks"}),
    }
    assert [f.props.get("stake_pct") for f in warrants if "Ardley Compute" in str(f)] == [9.0]
    assert ("Deal", "Haldane Semiconductor", "Sorrel Logic") in money_pairs(facts)
    assert ("Deal", "Pembury Cloud", "Larkspur Systems") in money_pairs(facts)
    assert ("Deal", "Pembury Cloud", "NVIDIA") not in money_pairs(facts)


def test_korean_contracts_orders_rentals_and_a_rent_estimate(tmp_path):
    body = (
        "In October Daerim Memory won a Haneul Telecom procurement tender for AI accelerator "
        "cards worth over KRW420bn.\n\n"
        "Daerim Memory agreed to pay Gaon Precision about KRW52.4bn for TC bonders (13 "
        "November).\n\n"
        "Daerim Cloud signed a deal on 24 November to rent 2,000 B300 GPUs to Yeonhwa AI, for "
        "KRW310bn over three years.\n\n"
        "Daerim Cloud will lease 40 MW of IT load from Hwaseong Data Centers for ten years. We "
        "estimate the total rent commitment at about KRW480bn.\n"
    )
    facts = facts_of(tmp_path, body)
    by_pair = {(a, b): f for f in facts for a in who(f, "PAYS_FOR") for b in who(f, "PAID_TO")}
    tender = by_pair[("Haneul Telecom", "Daerim Memory")]
    assert tender.props["currency"] == "KRW" and tender.props["kind"] == "chip_purchase"
    assert by_pair[("Daerim Memory", "Gaon Precision")].props["kind"] == "hardware_purchase"
    assert by_pair[("Yeonhwa AI", "Daerim Cloud")].props["amount"] == 310e9
    assert by_pair[("Daerim Cloud", "Hwaseong Data Centers")].props["amount"] == 480e9


def test_the_company_is_the_paragraph_s_company_not_the_last_named(tmp_path):
    body = (
        "Sablewick was spun out of a miner in 2023. In July it signed a 120 MW lease with "
        "CoreWeave; CoreWeave later exercised an option for another 40 MW. In September the "
        "company placed an order worth about $1.3bn with ASML for EUV scanners.\n"
    )
    facts = facts_of(tmp_path, body)
    assert ("Deal", "Sablewick", "ASML") in money_pairs(facts)
    assert ("Deal", "CoreWeave", "ASML") not in money_pairs(facts)


def test_co_investors_in_short_clauses_and_a_part_bought(tmp_path):
    body = (
        "- **Quarrel Labs** raised a **$75 million Series B** led by Fenmore Ventures. Alder "
        "Street Capital joined, as did existing backer Pinecrest Partners. (Dec 8)\n"
        "- Tidewater Robotics raised $260 million in a Series C led by Harrow Peak Capital, "
        "with Bellweather Growth and Orison Ventures joining.\n"
        "- Marlowe Group agreed to buy 60% of Danish speech firm Tansy AI.\n"
    )
    facts = facts_of(tmp_path, body)
    quarrel = {
        a
        for f in facts
        if "Quarrel Labs" in who(f, "INVESTS_IN")
        for a in who(f, "MAKES_INVESTMENT")
    }
    assert quarrel == {"Fenmore Ventures", "Alder Street Capital", "Pinecrest Partners"}
    tide = {
        a
        for f in facts
        if "Tidewater Robotics" in who(f, "INVESTS_IN")
        for a in who(f, "MAKES_INVESTMENT")
    }
    assert tide == {"Harrow Peak Capital", "Bellweather Growth", "Orison Ventures"}
    (part,) = [f for f in facts if "Tansy AI" in who(f, "INVESTS_IN")]
    assert who(part, "MAKES_INVESTMENT") == {"Marlowe Group"} and part.props["stake_pct"] == 60.0


def test_a_lead_label_dates_its_item_and_days_later_count_on(tmp_path):
    body = (
        "- **Brightline / Osric Data (Dec 9).** Brightline Software agreed to acquire Osric "
        "Data for about $1.1 billion in cash.\n\n"
        "Marlow Chips bought $5bn of Tenby Semiconductor common stock on 18 September. Four "
        "days later Marlow Chips agreed to invest up to $10bn in Quillon AI.\n"
    )
    facts = facts_of(tmp_path, body)
    dates = {b: f.props.get("date") for f in facts for b in who(f, "INVESTS_IN")}
    assert dates == {
        "Osric Data": "2031-12-09",
        "Tenby Semiconductor": "2031-09-18",
        "Quillon AI": "2031-09-22",
    }
