"""English investments of round 29 as sell-side recaps, funding newsletters and 8-K digests
state them (invented companies and sentences): a carve-out bought from its owner, a
takeover named as a noun with its buyer after "by", a strategic cheque written before the
round it joins, securities purchase agreements in the plural, warrants for a share of a
company, and a government's stake."""

from __future__ import annotations

from support.deal_facts import money_events, who

EN_HEAD = "# Test Securities | US Semiconductors\n\n9 December 2031\n\n## Deals\n\n"


def investments(tmp_path, body: str) -> dict[tuple[str, str], dict]:
    """(investor, investee) -> props of every investment the report's prose states."""
    out: dict[tuple[str, str], dict] = {}
    for f in money_events(tmp_path / "recap_2031-12.md", EN_HEAD + body + "\n"):
        if f.label == "Investment":
            pairs = [(a, b) for a in who(f, "MAKES_INVESTMENT") for b in who(f, "INVESTS_IN")]
            out.update(dict.fromkeys(pairs, f.props))
    return out


def test_a_unit_bought_names_its_owner_as_the_investee(tmp_path):
    got = investments(
        tmp_path,
        "Corlan Power agreed to acquire Vessick Group's switchgear unit for $820mn.\n\n"
        "Ambry Systems will buy the liquid-cooling business of Tollan Industries for $450mn.",
    )
    assert got[("Corlan Power", "Vessick Group")]["kind"] == "acquisition"
    assert got[("Corlan Power", "Vessick Group")]["amount"] == 8.2e8
    assert got[("Ambry Systems", "Tollan Industries")]["amount"] == 4.5e8


def test_a_label_before_the_takeover_noun_is_no_buyer(tmp_path):
    got = investments(
        tmp_path, "Takeaway: the acquisition of Pirrow Optics by Sandell Networks closed in June."
    )
    assert list(got) == [("Sandell Networks", "Pirrow Optics")]
    assert got[("Sandell Networks", "Pirrow Optics")]["date"] == "2031-06"


def test_a_strategic_cheque_is_its_own_and_the_round_is_the_others(tmp_path):
    got = investments(
        tmp_path,
        "Drummond Semi invested $90mn in Kelso Labs' $380mn Series E, led by Farrant "
        "Capital with Lowrie Ventures and Menzies Fund participating.",
    )
    assert got[("Drummond Semi", "Kelso Labs")]["amount"] == 9.0e7
    for lead in ("Farrant Capital", "Lowrie Ventures", "Menzies Fund"):
        assert got[(lead, "Kelso Labs")]["amount"] == 3.8e8
        assert got[(lead, "Kelso Labs")]["round"] == "e"


def test_securities_purchase_agreements_make_each_purchaser_an_investor(tmp_path):
    got = investments(
        tmp_path,
        'On December 3, 2031, Halvorn Data, Inc. (the "Company") entered into securities '
        "purchase agreements with Brisco Partners and Tamsin Capital for $130mn of common "
        "stock at $9.40 per share.",
    )
    for buyer in ("Brisco Partners", "Tamsin Capital"):
        props = got[(buyer, "Halvorn Data")]
        assert (props["amount"], props["round"]) == (1.3e8, "private_placement")


def test_warrants_for_a_share_and_a_government_stake(tmp_path):
    got = investments(
        tmp_path,
        "Ledley Cloud received warrants for roughly 6% of Parnell Energy.\n\n"
        "The US government acquired an 8.5% stake in Gorran Micro for $3.2bn in May.",
    )
    [warrant] = [p for pair, p in got.items() if set(pair) == {"Ledley Cloud", "Parnell Energy"}]
    assert (warrant["kind"], warrant["stake_pct"]) == ("warrant", 6.0)
    stake = got[("US government", "Gorran Micro")]
    assert (stake["amount"], stake["stake_pct"], stake["date"]) == (3.2e9, 8.5, "2031-05")
