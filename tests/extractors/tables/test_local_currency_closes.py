"""A call's close in the stock's own currency ("The stock closed at HK$141.20", "shares
last traded at NT$1,435"), as Asia notes and rating wraps print it, and a close read
after a call made before the name ("We maintain Buy on X (...)"), and one call for a
list of stocks ("initiated X (T), Y (U) and Z (V) at Buy"). Every name and
sentence is invented."""

from __future__ import annotations

from pathlib import Path

from aikg.extractors import tables
from aikg.extractors.document import read_document, segment
from aikg.extractors.tables.prose import views
from aikg.schema import RelationFact

NOTE = """Ostrander Kell Securities | Asia Internet | 3 June 2031

## Rating wrap: targets move up

Results season lifted most of the region's internet names this week.

We maintain Buy on Kowloon Data (1179 HK) with a HK$182 target. The stock closed at HK$96.40.
"""


def _rated(tmp_path: Path) -> dict[str, dict]:
    path = tmp_path / "wrap.md"
    path.write_text(NOTE, encoding="utf-8")
    facts = tables.extract(segment(read_document(path)))
    return {
        f.target.name: f.props for f in facts if isinstance(f, RelationFact) and f.type == "RATES"
    }


def test_a_taiwan_dollar_close() -> None:
    (view,) = views(
        "Tamsui Devices (6871 TT) was raised to Outperform; shares last traded at NT$1,435."
    )
    assert view["close_price"] == 1435.0


def test_a_hong_kong_dollar_close_in_the_next_sentence() -> None:
    (view,) = views(
        "Brenner upgraded Lantau Cloud (2718 HK) to Buy from Hold.",
        "The stock closed at HK$141.20.",
    )
    assert view["close_price"] == 141.2


def test_close_after_a_call_made_before_the_name(tmp_path: Path) -> None:
    rated = _rated(tmp_path)
    assert rated["Kowloon Data"]["rating"] == "Buy"
    assert rated["Kowloon Data"]["close_price"] == 96.4


def test_a_close_in_a_sentence_that_names_the_stock_again() -> None:
    later = ["Lantau Cloud (2718 HK) closed at HK$141.20 on Friday.", "Orbis (ORBS US) fell."]
    (view,) = views("Brenner upgraded Lantau Cloud (2718 HK) to Buy from Hold.", later=later)
    assert view["close_price"] == 141.2


def test_no_close_from_another_stocks_sentence() -> None:
    later = ["Orbis Data (ORBS US) closed at $14.10."]
    (view,) = views("Brenner upgraded Lantau Cloud (2718 HK) to Buy from Hold.", later=later)
    assert "close_price" not in view


def test_one_initiation_rates_every_stock_of_its_list() -> None:
    sentence = "Brenner initiated Orvale Power (ORVP), Tanager Grid (TNGR) and Hut 9 (HUTN) at Buy."
    assert [(v["name"], v["rating"]) for v in views(sentence)] == [
        ("Orvale Power", "Buy"),
        ("Tanager Grid", "Buy"),
        ("Hut 9", "Buy"),
    ]


def test_a_held_list_is_still_rated_by_no_one() -> None:
    assert list(views("We hold Quarry Data (QRY US) and Sallow Chips (SLW US) in our model.")) == []


def test_a_close_alone_in_parentheses_after_the_call() -> None:
    (view,) = views("Orvale Power (ORVP) was cut to Sell at Daiwa ($34.75).")
    assert view["close_price"] == 34.75


def test_a_target_in_parentheses_is_no_close() -> None:
    (view,) = views("Orvale Power (ORVP) was cut to Sell at Daiwa, with a lower target ($30).")
    assert "close_price" not in view
