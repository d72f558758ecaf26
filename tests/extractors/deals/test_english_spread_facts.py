"""English facts spread over two sentences of a paragraph, and English round lists
(round 27): a raise stated by its amount whose lead the next sentence names ("It was
co-led by", "The round was $95m, led by", "The company's Series F round was led by"),
"The startup" after the sentence naming the company, investors in the next sentence
("participated in the round", "Investors included"), an investor's own tranche, a
takeover closed in the next sentence, and what a paragraph break or a heading keeps
apart (invented companies and sentences)."""

from __future__ import annotations

from pathlib import Path

from support.deal_facts import investments_by_pair as rounds
from support.deal_facts import money_events, who

from aikg.schema import EventFact

HEAD = "---\ntitle: Weekly AI funding digest\ndate: 2031-05-16\n---\n\n## This week\n\n"


def prose(tmp_path: Path, body: str) -> list[EventFact]:
    return money_events(tmp_path / "sample.md", HEAD + body + "\n")


def test_round_stated_by_amount_and_led_next(tmp_path):
    body = (
        "Velmora AI has raised $210m, valuing it at $2.6bn. The company's Series F round "
        "was led by Harlow Capital.\n\n"
        "Kestrel Data raised $120m on 12 May. It was co-led by Norrow Ventures and "
        "Ambermere Partners, with participation from Tesk Growth and Quillfield Fund.\n\n"
        "Sundry Labs closed a Series E on 13 May. The round was $95m, led by Ostrava Capital.\n"
    )
    got = rounds(prose(tmp_path, body))
    velmora = got[("Harlow Capital", "Velmora AI")]
    assert velmora["amount"] == 2.1e8 and velmora["round"] == "f"  # not the valuation
    for investor in ("Norrow Ventures", "Ambermere Partners", "Tesk Growth", "Quillfield Fund"):
        kestrel = got[(investor, "Kestrel Data")]
        assert (kestrel["amount"], kestrel["date"]) == (1.2e8, "2031-05-12")
    sundry = got[("Ostrava Capital", "Sundry Labs")]
    assert (sundry["amount"], sundry["round"], sundry["date"]) == (9.5e7, "e", "2031-05-13")


def test_startup_and_company_look_back_to_the_sentence_before(tmp_path):
    body = (
        "Pallbrook Robotics builds warehouse picking arms. The startup raised $64m from "
        "Corvane Ventures at a $700m valuation.\n\n"
        "Lisotto Health is a clinical scribe vendor. The company raised $55m led by "
        "Varga Ventures.\n"
    )
    got = rounds(prose(tmp_path, body))
    assert got[("Corvane Ventures", "Pallbrook Robotics")]["amount"] == 6.4e7
    assert got[("Varga Ventures", "Lisotto Health")]["amount"] == 5.5e7


def test_investors_named_in_the_next_sentence(tmp_path):
    body = (
        "Ferrowind AI raised $150m in Series G funding. Brisa Partners, Lanthorn Capital "
        "and Meridew Fund participated in the round.\n\n"
        "Thessaly Compute raised $80m. Investors included Orvell Ventures and Dunmore "
        "Capital.\n\n"
        "Corvid Systems closed a $310m Series E. Harlow Capital led, with participation "
        "from Orvin Ventures and Tesk Partners.\n"
    )
    got = rounds(prose(tmp_path, body))
    for investor in ("Brisa Partners", "Lanthorn Capital", "Meridew Fund"):
        assert got[(investor, "Ferrowind AI")]["amount"] == 1.5e8
        assert got[(investor, "Ferrowind AI")]["round"] == "f"  # F and later
    assert {a for a, b in got if b == "Thessaly Compute"} == {"Orvell Ventures", "Dunmore Capital"}
    assert {a for a, b in got if b == "Corvid Systems"} == {
        "Harlow Capital",
        "Orvin Ventures",
        "Tesk Partners",
    }


def test_an_investors_tranche_is_its_amount(tmp_path):
    body = (
        "Norwick Labs raised $300m in a round co-led by Strand Capital and Oberlin Growth. "
        "Strand Capital invested $120m of the $300m round.\n\n"
        "Halcyon Growth invested $40m of Tavira Systems' $180m Series C.\n"
    )
    facts = prose(tmp_path, body)
    norwick = [f for f in facts if "Norwick Labs" in who(f, "INVESTS_IN")]
    strand = [f for f in norwick if "Strand Capital" in who(f, "MAKES_INVESTMENT")]
    assert [f.props["amount"] for f in strand] == [1.2e8]  # the round's fact lost Strand
    got = rounds(facts)
    assert got[("Oberlin Growth", "Norwick Labs")]["amount"] == 3e8
    tavira = got[("Halcyon Growth", "Tavira Systems")]
    assert (tavira["amount"], tavira["round"]) == (4e7, "c")


def test_closing_and_size_in_the_next_sentence(tmp_path):
    body = (
        "Brightwater Software agreed to acquire Lunex Labs for $420m. The deal closed on "
        "14 May.\n\n"
        "Norrow Ventures invested in Kestrel Data. The round was $45m in total.\n"
    )
    got = rounds(prose(tmp_path, body))
    lunex = got[("Brightwater Software", "Lunex Labs")]
    assert (lunex["date"], lunex["status"], lunex["amount"]) == ("2031-05-14", "completed", 4.2e8)
    assert got[("Norrow Ventures", "Kestrel Data")]["amount"] == 4.5e7


def test_a_paragraph_break_or_a_heading_keeps_sentences_apart(tmp_path):
    body = (
        "Calderon Cloud agreed to buy Mistle Analytics.\n\n"
        "The transaction closed on 15 May.\n\n"
        "Quarry Systems agreed to acquire Tessel AI. The deal is expected to close in the "
        "third quarter.\n\n"
        "Velmora AI raised $210m.\n\n"
        "## Other news\n\n"
        "It was led by Harlow Capital.\n"
    )
    got = rounds(prose(tmp_path, body))
    assert "date" not in got[("Calderon Cloud", "Mistle Analytics")]
    tessel = got[("Quarry Systems", "Tessel AI")]
    assert "date" not in tessel and tessel["status"] != "completed"  # a plan dates nothing
    assert not any(b == "Velmora AI" for _, b in got)


def test_leads_and_included_investors_in_one_clause(tmp_path):
    body = (
        "Velmora AI raised $50m. The round was led by Harlow Capital and included Orvin "
        "Ventures and Tesk Partners.\n\n"
        "Kestrel Data raised $30m. The financing was co-led by Norrow Ventures and Ambermere "
        "Partners, and included participation from Quillfield Fund.\n"
    )
    got = rounds(prose(tmp_path, body))
    assert {a for a, b in got if b == "Velmora AI"} == {
        "Harlow Capital",
        "Orvin Ventures",
        "Tesk Partners",
    }
    assert {a for a, b in got if b == "Kestrel Data"} == {
        "Norrow Ventures",
        "Ambermere Partners",
        "Quillfield Fund",
    }
    assert got[("Quillfield Fund", "Kestrel Data")]["amount"] == 3e7


def test_the_line_below_names_the_rounds_lead(tmp_path):
    """A digest that sets each sentence on its own line: the line right below the round
    names its lead; a line that opens otherwise starts a paragraph of its own."""
    body = (
        "Velmora AI has closed a $50m Series B on 12 May.\n"
        "The round was led by Harlow Capital.\n"
        "Kestrel Data opened an office in Austin.\n"
        "Norrow Ventures led a round.\n"
    )
    facts = prose(tmp_path, body)
    got = rounds(facts)
    velmora = got[("Harlow Capital", "Velmora AI")]
    assert (velmora["amount"], velmora["round"], velmora["date"]) == (5e7, "b", "2031-05-12")
    assert not any(b == "Kestrel Data" for _, b in got)
