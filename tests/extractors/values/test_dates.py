"""Dates: the forms reports write, resolved against the report period."""

from __future__ import annotations

import pytest
from support import SEEDS  # noqa: E402

from aikg.extractors.values.dates import DateValue, find_dates, lead_span, resolve_date


@pytest.mark.parametrize(
    ("text", "period", "iso", "precision"),
    [
        ("11月19日", "2025-12", "2025-11-19", "day"),
        ("11 月 19 日", "2025-12", "2025-11-19", "day"),
        ("12月3日", "2025-12", "2025-12-03", "day"),
        ("11月19日", "2026-01", "2025-11-19", "day"),  # later month: previous year
        ("5月", "2026-06", "2026-05", "month"),
        ("5月底", "2026-06", "2026-05", "month"),
        ("2025年9月", "2026-06", "2025-09", "month"),
        ("2025 年 9 月 30 日", "2026-06", "2025-09-30", "day"),
        ("2025-09-18", "", "2025-09-18", "day"),
        ("2023/3/23", "", "2023-03-23", "day"),
        ("2024.04", "", "2024-04", "month"),
        ("24 年 11 月", "", "2024-11", "month"),
        ("25Q3", "", "2025", "year"),
        ("3Q25", "", "2025", "year"),
        ("2025年第三季度", "", "2025", "year"),
        ("年内", "2025-12", "2025", "year"),
        ("明年", "2025-12", "2026", "year"),
        ("2026年1-5月", "2026-06", "2026", "year"),
        ("2026年3月底", "2026-06", "2026-03", "month"),
        ("Nov. 19, 2025", "", "2025-11-19", "day"),
        ("Sept 2025", "", "2025-09", "month"),
        ("On March 4, Zentrix released", "2031-03", "2031-03-04", "day"),
        ("Mar. 20: launch", "2031-03", "2031-03-20", "day"),
        ("March 25, 2031", "2031-06", "2031-03-25", "day"),
        ("4 March 2031", "", "2031-03-04", "day"),
        ("4 March", "2031-03", "2031-03-04", "day"),
        ("Nov. 19", "2031-03", "2030-11-19", "day"),  # later month: previous year
        ("March 4th", "2031-05", "2031-03-04", "day"),
        ("in March", "2031-04", "2031-03", "month"),
        ("mid-March", "2031-04", "2031-03", "month"),
        ("By the end of March", "2031-04", "2031-03", "month"),
        ("Q3 2031", "", "2031", "year"),
        ("H1 2031", "", "2031", "year"),
        ("in 2031", "", "2031", "year"),
        ("earlier this year", "2031-04", "2031", "year"),
        ("Later this year", "2031-04", "2031", "year"),
        ("next year", "2031-04", "2032", "year"),
    ],
)
def test_forms(text: str, period: str, iso: str, precision: str) -> None:
    assert resolve_date(text, period) == DateValue(iso, precision)


@pytest.mark.parametrize(
    "text",
    [
        "增长 12.3%",
        "持续 5 个月",
        "电话 0755-82130833",
        "2024-2026 年复合增速",
        "GPT-5.1 模型",
        "Marvell 3 chips",
        "may march on",
        "Zentrix grew 2031 users",
    ],
)
def test_not_dates(text: str) -> None:
    assert [d for _, _, d in find_dates(text, "2025-12") if d.precision != "year"] == []


def test_without_period_a_yearless_date_is_unresolved() -> None:
    assert resolve_date("11月19日", "") is None


def test_spans_and_order() -> None:
    text = "截至 2025 年 10 月中国市场, 11 月 4 日发布, 年底前上线"
    found = [(text[s:e], d.iso) for s, e, d in find_dates(text, "2025-12")]
    assert found == [("2025 年 10 月", "2025-10"), ("11 月 4 日", "2025-11-04"), ("年底", "2025")]


def test_seed_dates_resolve_to_the_reviewed_month() -> None:
    """In a monthly report the day dates of the reviewed month fall in that month."""
    from aikg.extractors.document import read_document, segment

    report = segment(read_document(str(SEEDS / "000_b085a0ce9d78d87f.txt")))
    section = report.sections_of("ai_dynamics")[0]
    days = [d for _, _, d in find_dates(section.text, report.meta.period) if d.precision == "day"]
    assert len(days) >= 15
    assert all(d.iso.startswith("2025-1") for d in days)
    assert DateValue("2025-11-19", "day") in days


def test_english_spans_and_lead() -> None:
    text = "On March 4, Zentrix released Zyra 3; in April it plans Q3 2031 shipments."
    found = [(text[s:e], d.iso) for s, e, d in find_dates(text, "2031-05")]
    assert found == [("March 4", "2031-03-04"), ("in April", "2031-04"), ("Q3 2031", "2031")]
    assert text[lead_span(text) :].startswith("Zentrix released")
    assert lead_span("Mar. 20: Zentrix") == len("Mar. 20: ")
    assert lead_span("11 月 19 日, 某公司") == len("11 月 19 日, ")
    assert lead_span("Zentrix released Zyra 3 on March 4") == 0
