"""English money wordings of vendor-capital trackers, filings monitors, venture recaps and
morning notes (enmoney round 22): list items that take their investor from a heading or a
lead-in, a filing's defined term ("the Group", "the Company") for the filer, an object list
that ends where a new clause begins, a round stated then "The round, led by …", passive
takeovers with a price, shares issued to an investor, money committed to a cloud's
services, a seller's possessive supply agreement, "On the same day", a table's unit in its
caption (invented companies and sentences)."""

from __future__ import annotations

from pathlib import Path

from support.deal_facts import money_events, money_pairs, who

from aikg.schema import EventFact

HEAD = "---\ntitle: Money tracker\ndate: 2031-11-28\n---\n\n"


def facts_of(tmp_path: Path, body: str) -> list[EventFact]:
    return money_events(tmp_path / "sample.md", HEAD + body + "\n", tables=True)


def test_list_items_take_the_investor_of_their_heading(tmp_path: Path) -> None:
    body = (
        "## Quorvane's commitments this autumn\n\n"
        "Quorvane's announced strategic investments include:\n\n"
        "1. Up to $40bn investment in Brellis Labs (Sep 22)\n"
        "2. $3bn stake in Ostrava Micro, bought at $21.10 per share (Sep 18)\n"
        "3. £400m investment into UK cloud provider Tennet Compute (Sep 16)\n"
    )
    facts = facts_of(tmp_path, body)
    pairs = money_pairs(facts)
    for investee in ("Brellis Labs", "Ostrava Micro", "Tennet Compute"):
        assert ("Investment", "Quorvane", investee) in pairs
    assert not any("Up" in who(f, "MAKES_INVESTMENT") for f in facts)  # a hedge, no name
    amounts = {f.props.get("amount") for f in facts if "Ostrava Micro" in who(f, "INVESTS_IN")}
    assert amounts == {3e9}  # the price per share is no amount


def test_the_group_of_a_filing_is_the_filer_across_a_paragraph_break(tmp_path: Path) -> None:
    body = (
        "## Subsequent events\n\n"
        "Halloway Compute (HLWC US, Buy). On November 3, the Group entered into an agreement "
        "with Pellam Corp to provide dedicated GPU services for five years. The total "
        "contract value is approximately $4.1 billion.\n\n"
        "On the same day, the Group entered into a purchase agreement with Dellmont "
        "Systems to acquire GPUs for approximately $2.2 billion.\n"
    )
    facts = facts_of(tmp_path, body)
    pairs = money_pairs(facts)
    assert ("Deal", "Pellam Corp", "Halloway Compute") in pairs  # the customer pays
    assert ("Deal", "Halloway Compute", "Dellmont Systems") in pairs
    dell = next(f for f in facts if "Dellmont Systems" in who(f, "PAID_TO"))
    assert dell.props.get("date", "").endswith("-11-03")  # "the same day", not the next


def test_an_object_list_ends_where_a_clause_begins(tmp_path: Path) -> None:
    body = (
        "Varnis plans to invest as much as $6bn in Solenne AI, and Kettleby is committing "
        "up to $2bn of new funding to the lab.\n"
    )
    pairs = money_pairs(facts_of(tmp_path, body))
    assert ("Investment", "Varnis", "Solenne AI") in pairs
    assert ("Investment", "Kettleby", "Solenne AI") in pairs
    assert ("Investment", "Varnis", "Kettleby") not in pairs


def test_rounds_stated_then_led_and_passive_takeovers(tmp_path: Path) -> None:
    body = (
        "- **Quillmark AI** closed a $900m Series C on Tuesday. The round, led by Ashcombe "
        "Capital and Verity Ventures, values the start-up at $7bn.\n"
        "- **Orlin Labs**: the $210m Series B included investment from the likes of "
        "Tamsin Partners and Grayle Ventures.\n"
        "- Brantwood Data Centers is being acquired in a $9bn deal by Coldharbour "
        "Infrastructure.\n"
        "- Maple Grid Compute agreed to be acquired for $1.1bn by Dunstan Capital.\n"
    )
    facts = facts_of(tmp_path, body)
    pairs = money_pairs(facts)
    for investor in ("Ashcombe Capital", "Verity Ventures"):
        assert ("Investment", investor, "Quillmark AI") in pairs
    quill = [f for f in facts if "Quillmark AI" in who(f, "INVESTS_IN")]
    assert {f.props.get("amount") for f in quill} == {9e8}  # not the $7bn valuation
    assert ("Investment", "Tamsin Partners", "Orlin Labs") in pairs
    assert ("Investment", "Coldharbour Infrastructure", "Brantwood Data Centers") in pairs
    assert ("Investment", "Dunstan Capital", "Maple Grid Compute") in pairs


def test_shares_issued_cloud_commitments_and_possessive_supply(tmp_path: Path) -> None:
    body = (
        "Corrigan Cloud (CRGN US, Buy). In March, the Company entered into a Master "
        "Services Agreement with Solvane. Solvane has committed to pay the Company up to "
        "$7.5 billion through 2030. The Company also agreed to issue to Solvane shares of "
        "its Class A common stock worth $250 million.\n\n"
        "Meriton AI has committed US$30bn to Corrigan Cloud compute services over six "
        "years, and its commitment to invest US$30bn in Corrigan Cloud cloud services is no "
        "equity. Separately, Kessel Silicon's multi-year agreement to supply Meriton AI "
        "with inference accelerators, valued at up to $9bn, was disclosed.\n"
    )
    facts = facts_of(tmp_path, body)
    pairs = money_pairs(facts)
    assert ("Investment", "Solvane", "Corrigan Cloud") in pairs
    assert ("Deal", "Solvane", "Corrigan Cloud") in pairs
    assert ("Deal", "Meriton AI", "Corrigan Cloud") in pairs
    assert ("Investment", "Meriton AI", "Corrigan Cloud") not in pairs
    assert ("Deal", "Meriton AI", "Kessel Silicon") in pairs


def test_a_table_takes_its_unit_from_the_line_above(tmp_path: Path) -> None:
    body = (
        "Deal table (US$bn, as announced)\n\n"
        "| Buyer | Seller / provider | Type | Value |\n"
        "|---|---|---|---|\n"
        "| Elmwood AI | Harrowgate Cloud | Cloud | 2.4 |\n"
    )
    facts = facts_of(tmp_path, body)
    row = next(f for f in facts if "Harrowgate Cloud" in who(f, "PAID_TO"))
    assert row.props.get("amount") == 2.4e9
