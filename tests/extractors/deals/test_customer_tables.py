"""A table of who supplies whom ("Supplier | Share | Main customers") names customers, not
deals: a deal table also says what was bought, for how much, when or for how long."""

from aikg.extractors.deals.tables import extract_tables
from aikg.schema import ReportMeta, SegmentedReport, Table


def deals(rows: list[list[str]]) -> list[tuple[str, ...]]:
    report = SegmentedReport(ReportMeta("r", period="2026-03"), [], [Table(rows, start_line=5)], "")
    return [
        tuple(p.entity.name for p in f.participants)
        for f in extract_tables(report)
        if getattr(f, "label", "") == "Deal"
    ]


def test_a_share_table_with_customers_gives_no_deal() -> None:
    rows = [
        ["Supplier", "Share of 2028 output", "Main customers"],
        ["Example Memory", "61%", "Acme Compute, Borealis AI"],
        ["Other Memory", "39%", "Acme Compute"],
    ]
    assert deals(rows) == []


def test_a_customer_table_with_values_gives_deals() -> None:
    rows = [
        ["Customer", "Supplier", "Value", "Date"],
        ["Acme Compute", "Example Memory", "$1.2bn", "4 Mar 2026"],
    ]
    assert deals(rows) == [("Acme Compute", "Example Memory")]
