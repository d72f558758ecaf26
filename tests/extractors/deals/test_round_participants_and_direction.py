"""Rounds with all their investors, gapped amounts, appositives, sales, and who pays whom
in pay / lease-to / supply / contract-to-buy sentences (invented sentences, both
languages where both exist)."""

from __future__ import annotations

from pathlib import Path

from support.deal_facts import deal_facts, who

from aikg.schema import EventFact

EN_HEAD = "---\ntitle: Weekly funding wrap\ndate: 2031-11-24\n---\n\n## Money\n\n"
ZH_HEAD = "---\ntitle: 投融资周报\ndate: 2031-11-24\n---\n\n## 投融资\n\n"


def facts_of(tmp_path: Path, body: str, head: str, names: dict[str, str] | None = None):
    return deal_facts(tmp_path / "sample.md", head + body + "\n", names)


def investors(fact: EventFact) -> set[str]:
    return who(fact, "MAKES_INVESTMENT")


def one(facts, label: str, payee: str) -> EventFact:
    found = [f for f in facts if f.label == label and payee in who(f, "INVESTS_IN", "PAID_TO")]
    assert len(found) == 1, found
    return found[0]


def test_english_round_lists_every_participant(tmp_path):
    body = (
        "Zentrix Labs raised $300m in a Series C led by Orbis Ventures, with participation "
        "from Kestrel Capital and Lumo Partners.\n\n"
        "Varda Robotics raised a $60m Series A led by Tallis Ventures, with Quarry Capital "
        "participating (Nov 19).\n\n"
        "Norra Bio closed an $85m Series B led by Ferrant Ventures. Marlowe Partners also "
        "participated.\n\n"
        "Ostera AI secured $22m in seed funding from Kestrel Capital.\n"
    )
    facts = facts_of(tmp_path, body, EN_HEAD)
    c = one(facts, "Investment", "Zentrix Labs")
    assert investors(c) == {"Orbis Ventures", "Kestrel Capital", "Lumo Partners"}
    assert (c.props["round"], c.props["amount"]) == ("c", 3e8)
    a = one(facts, "Investment", "Varda Robotics")
    assert investors(a) == {"Tallis Ventures", "Quarry Capital"}
    assert a.props["date"] == "2031-11-19"
    b = one(facts, "Investment", "Norra Bio")
    assert investors(b) == {"Ferrant Ventures", "Marlowe Partners"}
    assert (b.props["round"], b.props["amount"]) == ("b", 8.5e7)
    seed = one(facts, "Investment", "Ostera AI")
    assert (seed.props["round"], investors(seed)) == ("seed", {"Kestrel Capital"})


def test_english_received_from_and_gapped_amounts(tmp_path):
    body = (
        "Tessal Photonics received a strategic investment of $120m from Brando Corp and "
        "Cornel Glass (Nov 17).\n\n"
        "Mikros will invest up to $5bn and Vidia up to $10bn in Anthra.\n\n"
        "Tessal Photonics received an order from Brando Corp for 40,000 modules.\n"
    )
    facts = facts_of(tmp_path, body, EN_HEAD)
    t = one(facts, "Investment", "Tessal Photonics")  # the order is no investment
    assert investors(t) == {"Brando Corp", "Cornel Glass"}
    assert (t.props["round"], t.props["amount"], t.props["date"]) == (
        "strategic",
        1.2e8,
        "2031-11-17",
    )
    each = {
        next(iter(investors(f))): f.props["amount"]
        for f in facts
        if "Anthra" in who(f, "INVESTS_IN")
    }
    assert each == {"Mikros": 5e9, "Vidia": 1e10}


def test_english_acquisitions_with_appositive_and_sale_to(tmp_path):
    body = (
        "Halcy Data, an analytics software maker, was acquired by Arctur Dynamics (Oct 31).\n\n"
        "Nebra completed its $640m cash purchase of Sable Cloud.\n\n"
        "Amdex completed the sale of Zeta Systems' manufacturing business to Sanmor for $3bn.\n\n"
        "Amdex sold Vidia chips to Sanmor last year.\n"
    )
    facts = facts_of(tmp_path, body, EN_HEAD)
    h = one(facts, "Investment", "Halcy Data")
    assert (investors(h), h.props["kind"], h.props["date"]) == (
        {"Arctur Dynamics"},
        "acquisition",
        "2031-10-31",
    )
    s = one(facts, "Investment", "Sable Cloud")
    assert (investors(s), s.props["amount"]) == ({"Nebra"}, 6.4e8)
    z = one(facts, "Investment", "Zeta Systems")
    assert (investors(z), z.props["amount"]) == ({"Sanmor"}, 3e9)
    assert not [f for f in facts if "Vidia" in who(f, "INVESTS_IN")]  # chips sold: no stake


def test_english_money_direction(tmp_path):
    body = (
        "Under a five-year, $6.1bn agreement Mikros will pay Halvor Compute for dedicated "
        "capacity in Ohio.\n\n"
        "Callow Data Centers will lease 300 MW in Abilene to Orakel under a 12-year "
        "agreement worth about $7.9bn.\n\n"
        "Halvor Compute will lease 200 MW from Redston Realty under a 15-year term.\n\n"
        "Dello will supply GB300 racks to Halvor Compute, an order we size at ~$3.9bn.\n\n"
        "Opena signed a seven-year, $38bn agreement to buy capacity on Amazo Cloud.\n\n"
        "Nscala expects Mikros to pay up to $14bn for GPUs in Texas.\n\n"
        "Mikros will pay dividends to Halvor Compute holders.\n"
    )
    facts = facts_of(tmp_path, body, EN_HEAD)
    deals_ = [f for f in facts if f.label == "Deal"]
    pairs = {(next(iter(who(f, "PAYS_FOR"))), next(iter(who(f, "PAID_TO")))): f for f in deals_}
    assert pairs[("Mikros", "Halvor Compute")].props["amount"] == 6.1e9
    assert pairs[("Mikros", "Halvor Compute")].props["kind"] == "cloud_contract"
    lease = pairs[("Orakel", "Callow Data Centers")]  # the tenant pays the landlord
    assert (lease.props["kind"], lease.props["amount"]) == ("compute_lease", 7.9e9)
    assert pairs[("Halvor Compute", "Redston Realty")].props["kind"] == "compute_lease"
    assert pairs[("Halvor Compute", "Dello")].props["kind"] == "hardware_purchase"
    assert pairs[("Opena", "Amazo Cloud")].props["amount"] == 3.8e10
    assert pairs[("Mikros", "Nscala")].props["amount"] == 1.4e10
    assert len(deals_) == 6  # dividends are no deal


ZH_NAMES = {
    n: "Company"
    for n in "曦岚智能 晨屿资本 青岫创投 黎湾基金 经略创投 岱川资本 雾岭科技 合岚产投 高岑创投 "
    "霁川生物 金岸资本 汀澜投资".split()
}


def test_chinese_round_lists_every_participant(tmp_path):
    body = (
        "1. 11.17　曦岚智能完成 2 亿元 B 轮融资，本轮由晨屿资本领投，青岫创投、黎湾基金跟投，"
        "老股东经略创投超额认购。\n\n"
        "2. 11.18　雾岭科技完成数亿元 B 轮融资，投资方包括合岚产投、高岑创投。\n\n"
        "3. 11.19　霁川生物获数千万元天使+轮融资，投资方为岱川资本。\n\n"
        "4. 11.20　汀澜投资发布新品，合作方为金岸资本。\n"
    )
    facts = facts_of(tmp_path, body, ZH_HEAD, ZH_NAMES)
    b = one(facts, "Investment", "曦岚智能")
    assert investors(b) == {"晨屿资本", "青岫创投", "黎湾基金", "经略创投"}
    assert (b.props["round"], b.props["amount"], b.props["date"]) == ("b", 2e8, "2031-11-17")
    w = one(facts, "Investment", "雾岭科技")
    assert investors(w) == {"合岚产投", "高岑创投"}
    assert w.props["date"] == "2031-11-18"
    j = one(facts, "Investment", "霁川生物")
    assert (investors(j), j.props["round"]) == ({"岱川资本"}, "angel")
    assert not [f for f in facts if "金岸资本" in who(f, "MAKES_INVESTMENT")]
