"""Rating calls as news wraps write them, and whose they are: a wrap's quoted calls are
its ratings, a broker's note that quotes a rival keeps the rival's call out. Every name
is invented; the sentences are written for this test."""

from __future__ import annotations

from pathlib import Path

from support.ratings import ratings_in

WRAP = """# Wednesday's analyst calls: Ardent, Merrow and more

*Harbor Lane Wire | Markets | March 10, 2032*

Ardent Fabric Inc. (NASDAQ: ARDF) was upgraded to Buy from Hold at Pellow Strand, which
lifted its target to $52 from $40. The stock closed at $41.10 before the call.

Analysts at Ostley & Partners downgraded Merrow Logic (MRWL) from "Overweight" to
"Equal-Weight" in a note to clients; shares last traded at $18.25.

Quarry Data (NYSE:QRYD) stays at Neutral at Lowther Ames, target $30 ($27.80 close).

Cobble Analog (CBLA) had its price target cut to $12 from $15 at Fenwick.

| Ticker | Company | Consensus rating | Avg. target | Last |
|---|---|---|---|---|
| ARDF | Ardent Fabric | Strong Buy | $55 | $41.10 |
| VNTC | Vantry Chips | Hold | $20 | $17.40 |
"""

NOTE = """# Harlan Sensors (HRLS US): Reiterate Buy

**Pellow Strand Research | Company note | 10 March 2032**

We reiterate Buy on Harlan Sensors (HRLS US, $58.25) with a $75 PT.
Ostley & Partners downgraded Vantry Chips (VNTC US) to Sell on Friday; we do not cover it.
"""


def test_a_wrap_rates_what_its_calls_move_to(tmp_path: Path) -> None:
    rated = ratings_in(tmp_path, WRAP)
    ardent, merrow = rated["Ardent Fabric Inc."], rated["Merrow Logic"]
    # "to Buy from Hold" and "from Overweight to Equal-Weight": where the call lands
    assert (ardent["ticker"], ardent["rating"]) == ("ARDF", "Buy")
    assert merrow["rating"].casefold() == "equal-weight"
    # the close is in the next sentence or the same clause, never the target
    assert (ardent["close_price"], merrow["close_price"]) == (41.1, 18.25)
    quarry = rated["Quarry Data"]
    assert (quarry["rating"], quarry["close_price"]) == ("Neutral", 27.8)


def test_a_target_move_alone_rates_no_one(tmp_path: Path) -> None:
    assert "Cobble Analog" not in ratings_in(tmp_path, WRAP)


def test_a_call_wins_over_the_consensus_row(tmp_path: Path) -> None:
    rated = ratings_in(tmp_path, WRAP)
    assert rated["Ardent Fabric Inc."]["rating"] == "Buy"  # not the table's "Strong Buy"
    # a stock only the consensus table names is the wrap's (it states no view of its own)
    assert (rated["Vantry Chips"]["ticker"], rated["Vantry Chips"]["close_price"]) == ("VNTC", 17.4)


def test_a_note_with_views_of_its_own_leaves_a_rivals_call_out(tmp_path: Path) -> None:
    rated = ratings_in(tmp_path, NOTE)
    assert rated["Harlan Sensors"]["rating"] == "Buy"
    assert "Vantry Chips" not in rated
