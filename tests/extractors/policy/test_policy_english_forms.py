"""English policy prose in the forms sell-side and industry notes report it: a body of a
body as issuer ("the Commerce Department's Bureau of ..."), bodies acting jointly ("X and
five other departments"), an administration acting through the White House, an
executive order "titled" in quotes or by its number, a numbered announcement, a state
governor, legislatures by their own names; the date is the act's, not the one it takes
effect on; the region from a country label before the sentence or the section heading.
Counter-examples (a bill not passed, an investigation, a company's policy) yield nothing.
Every name and sentence is invented."""

from __future__ import annotations

from pathlib import Path

from aikg.extractors import policy
from aikg.extractors.document import read_document, segment
from aikg.schema import EventFact

NOTE = """# Chip Policy Monitor, June 2031

**Lindqvist & Oduya Research** | Industry note | 6 June 2031

## United States: export rules

On May 4, 2031, the Commerce Department's Bureau of Industry and Security (BIS) issued \
the Framework for Accelerator Stewardship, an interim final rule. The rule takes effect on \
July 1, 2031.

In May the Trump administration released new licensing rules for cloud providers, citing \
diversion risks.

U.S. President Hale signed an executive order titled "Securing the Compute Supply Chain" on \
May 20, 2031.

The White House issued Executive Order 14433 on 22 May 2031.

On May 28, 2031, BIS rescinded the cloud reporting rule, citing a simpler replacement.

Idaho Governor Mara Quist signed the Idaho Frontier Model Act into law on 18 May 2031, \
which takes effect on 1 January 2032.

In Congress, the Compute Fairness Act has not been passed.

Commerce initiated an investigation into accelerator imports on 2 May 2031.

In early May the U.S. Department of Commerce added 41 organisations to the Entity List.

## Asia

- China: the Ministry of Commerce (MOFCOM) issued Announcement No. 31 on 9 May 2031, \
restricting exports of rare metals.
- China: on 27 May 2031, the Ministry of Industry and Information Technology (MIIT) and \
four other departments jointly released the Guidelines on Computing Vouchers.
- South Korea: the National Assembly passed the Robot Safety Act on 12 May 2031.
- Japan: the Diet enacted the Data Centre Siting Act on 30 May 2031.

## Company notes

Veltrano Semiconductor published its export compliance policy on 3 June 2031.
"""


def _facts(tmp_path: Path) -> dict[str, EventFact]:
    path = tmp_path / "monitor.md"
    path.write_text(NOTE, encoding="utf-8")
    return {f.props["title"]: f for f in policy.extract(segment(read_document(str(path))))}


def _row(fact: EventFact) -> tuple:
    issuers = [p.entity.name for p in fact.participants if p.rel_type == "ISSUED"]
    return issuers, fact.props.get("date"), fact.props.get("region")


def test_english_issuer_title_and_date_forms(tmp_path: Path) -> None:
    facts = _facts(tmp_path)
    # the body of a body issues; the effect date is not the date; the heading's region
    stewardship = facts["Framework for Accelerator Stewardship"]
    assert _row(stewardship) == (["Bureau of Industry and Security"], "2031-05-04", "US")
    # an administration acts through the White House
    assert _row(facts["licensing rules for cloud providers"]) == (["White House"], "2031-05", "US")
    # a quoted title after "titled"; a numbered order
    quoted = facts["Securing the Compute Supply Chain"]
    assert _row(quoted) == (["White House"], "2031-05-20", "US")
    assert _row(facts["Executive Order 14433"]) == (["White House"], "2031-05-22", "US")
    # adding bodies to a trade list; "In the U.S. ..." loses the sentence's words
    assert _row(facts["Entity List"]) == (["U.S. Department of Commerce"], "2031-05", "US")
    # an act on a named rule: rescinding it
    assert _row(facts["cloud reporting rule"]) == (["BIS"], "2031-05-28", "US")
    # a governor with the state before the office; the law's effective date is not its date
    idaho = facts["Idaho Frontier Model Act"]
    assert _row(idaho) == (["Idaho Governor Mara Quist"], "2031-05-18", "US")


def test_english_bodies_and_regions_in_asia(tmp_path: Path) -> None:
    facts = _facts(tmp_path)
    assert _row(facts["Announcement No. 31"]) == (["Ministry of Commerce"], "2031-05-09", "CN")
    # the other departments acting jointly are cut off the issuer
    vouchers = facts["Guidelines on Computing Vouchers"]
    miit = "Ministry of Industry and Information Technology"
    assert _row(vouchers) == ([miit], "2031-05-27", "CN")
    # legislatures by their own names; the region from the country label of the bullet
    assert _row(facts["Robot Safety Act"]) == (["National Assembly"], "2031-05-12", "KR")
    assert _row(facts["Data Centre Siting Act"]) == (["Diet"], "2031-05-30", "JP")


def test_english_non_policies_yield_nothing(tmp_path: Path) -> None:
    titles = set(_facts(tmp_path))
    # a bill not passed, an investigation, a company's own policy
    for words in ("Compute Fairness", "investigation", "compliance policy"):
        assert not any(words in title for title in titles), words
    assert len(titles) == 11, sorted(titles)
