"""English ratings in the forms sell-side notes write them: a coverage table flattened
into aligned columns whose long name runs into the ticker column, European (Bloomberg
"NA", "GY") and newer Tokyo ("285A JP") tickers, tickers kept as written ("ZTX US", not
"ZTX.US"), and peer views in prose ("keep our Buy ratings on X (...) and Y (...)",
"reiterate Buy on X (...) and Y (...)", "upgrade X (...) to Buy from Neutral"). Every
name is invented. Counter-examples: "NR NA" cells are no ticker, a ticker list without a
rating word rates no one."""

from __future__ import annotations

from pathlib import Path

from aikg.extractors import tables
from aikg.extractors.document import read_document, segment
from aikg.schema import RelationFact

NOTE = """Ostrander Kell Securities | Europe & Asia Semiconductors | 3 June 2031

Sector update: equipment orders turn

We upgrade Velmora Systems (VLM GY) to Buy from Neutral on stronger tool orders.
We keep our Buy ratings on Harrowgate Optics (HGO NA) and Castellan Micro (CSM US).
We reiterate Buy on Tamsin Devices (6871 JP) and Orlo Silicon (ORLO US), and stay
Neutral on Pernick Labs (PRNK US).
We hold Quarry Data (QRY US) and Sallow Chips (SLW US) in our model portfolio.

Coverage table
Company                 Ticker     Rating      Price (LC)    PT (LC)     Upside
Velmora Systems         VLM GY     Buy         84.20         110.00      31%
Harrowgate Optics       HGO NA     Buy         412.50        480.00      16%
Brightwater Instruments 285A JP    Neutral     3,150         3,300       5%
Castellan Micro         CSM US     Buy         56.10         70.00       25%
Kelloway Storage        KLW US     NR          NA            NA          NA
Dunmore Networks        DNM US     Market-Perform  41.00     44.00       7%
Ferrow Analog           FRW US     Sector Outperform  12.40  16.00       29%
Source: company data, Ostrander Kell estimates
"""


FLASH = """Marlow Fenn Securities | Flash comment | 4 June 2031

Quintrel Systems (QTL US)
Export rules bite less than feared

Overweight
Price Target: $185.00
Price as of 3 Jun 2031: $151.20

The new licensing rules cover fewer accelerators than the draft did.
"""


def _rated(tmp_path: Path, text: str = NOTE) -> dict[str, dict]:
    path = tmp_path / "note.txt"
    path.write_text(text, encoding="utf-8")
    facts = tables.extract(segment(read_document(path)))
    return {
        f.target.name: f.props for f in facts if isinstance(f, RelationFact) and f.type == "RATES"
    }


def test_coverage_table_tickers_as_written(tmp_path: Path) -> None:
    rated = _rated(tmp_path)
    # a long name that runs into the ticker column; a newer Tokyo code; European codes
    brightwater = rated["Brightwater Instruments"]
    assert (brightwater["ticker"], brightwater["rating"], brightwater["close_price"]) == (
        "285A JP",
        "Neutral",
        3150.0,
    )
    assert brightwater["price_currency"] == "JPY"
    harrowgate = rated["Harrowgate Optics"]
    assert (harrowgate["ticker"], harrowgate["close_price"], harrowgate["price_currency"]) == (
        "HGO NA",
        412.5,
        "EUR",
    )
    assert rated["Castellan Micro"]["ticker"] == "CSM US"  # as written, not "CSM.US"
    assert rated["Velmora Systems"]["rating"] == "Buy"
    # a hyphenated scale word, a scale qualified by the sector
    assert rated["Dunmore Networks"]["rating"] == "Market-Perform"
    assert rated["Ferrow Analog"]["rating"] == "Sector Outperform"


def test_prose_views_with_listed_names(tmp_path: Path) -> None:
    rated = _rated(tmp_path)
    # "Buy ratings on X (...) and Y (...)", "reiterate Buy on X (...) and Y (...)"
    for name in ("Tamsin Devices", "Orlo Silicon", "Harrowgate Optics", "Castellan Micro"):
        assert rated[name]["rating"] == "Buy", name
    assert rated["Pernick Labs"]["rating"] == "Neutral"
    # names held in a portfolio are rated by no one; "NR NA" cells make no ticker
    assert "Quarry Data" not in rated and "Sallow Chips" not in rated
    assert all(props["ticker"] != "NR NA" for props in rated.values())


def test_front_page_rating_alone_on_its_line(tmp_path: Path) -> None:
    # the house prints the subject's rating alone above its target; "Price as of <date>:"
    quintrel = _rated(tmp_path, FLASH)["Quintrel Systems"]
    assert (quintrel["rating"], quintrel["close_price"], quintrel["ticker"]) == (
        "Overweight",
        151.2,
        "QTL US",
    )
