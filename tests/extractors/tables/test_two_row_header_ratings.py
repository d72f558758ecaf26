"""A rating table whose header takes two rows ("EPS（元） | PE（倍）" over "2030E 2031E"
cells) still gives each row's rating, EPS and PE per forecast year, whatever its form:
PDF ruled or unruled, HTML with ``rowspan``/``colspan``, or a pipe table whose
converter wrote the years as the first body row. Tickers, names and figures are
invented; the PDFs are made at test time."""

from __future__ import annotations

import pytest
from support import covers

from aikg.extractors.document import read_document, segment
from aikg.extractors.tables import extract
from aikg.schema import Document

EXPECTED = {
    "zh": {
        "青岚科技": ("买入", [1.05, 1.32], [40.1, 31.9]),
        "曜川网络": ("增持", [0.62, 0.80], [28.0, 21.7]),
    },
    "en": {
        "Aurora Chips": ("Buy", [1.05, 1.32], [30.3, 24.1]),
        "Fern Labs": ("Overweight", [0.62, 0.80], [28.0, 21.7]),
    },
}


def rated(report) -> dict:
    facts = [f for f in extract(report) if getattr(f, "type", "") == "RATES"]
    assert all(f.props["forecast_years"] == ["2030E", "2031E"] for f in facts)
    return {f.target.name: (f.props["rating"], f.props["eps"], f.props["pe"]) for f in facts}


def html(lang: str) -> str:
    head, years, *body = covers.GROUP_HEADER_RATINGS[lang]
    first = "".join(
        f'<th rowspan="2">{c}</th>' if k < 4 else f'<th colspan="2">{c}</th>'
        for k, c in enumerate(head)
        if c
    )
    second = "".join(f"<th>{y}</th>" for y in years if y)
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in body)
    return f"<table><thead><tr>{first}</tr><tr>{second}</tr></thead>{rows}</table>\n"


def pipe(lang: str) -> str:
    head, years, *body = covers.GROUP_HEADER_RATINGS[lang]
    lines = ["| " + " | ".join(f"**{c}**" if c else "** **" for c in head) + " |"]
    lines.append("|" + " --- |" * len(head))
    lines += ["| " + " | ".join(r) + " |" for r in [years, *body]]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_a_pdf_rating_table_with_a_two_row_header(tmp_path, lang: str, ruled: bool) -> None:
    rows = covers.GROUP_HEADER_RATINGS[lang]
    report = segment(read_document(covers.group_header_pdf(tmp_path / "r.pdf", lang, rows, ruled)))
    [table] = [t for t in report.tables if t.source == "pdf"]
    assert table.header_rows == 2
    assert rated(report) == EXPECTED[lang]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("form", ["html", "pipe"])
def test_a_markdown_rating_table_with_a_two_row_header(lang: str, form: str) -> None:
    table = (html if form == "html" else pipe)(lang)
    text = "# 行业月报：重点公司跟踪\n\n重点公司估值如下。\n\n" + table
    report = segment(Document("r.md", "r", text))
    assert [t.header_rows for t in report.tables] == [2]
    assert rated(report) == EXPECTED[lang]
