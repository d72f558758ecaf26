"""A report rendered to PDF (``support/markdown_pdf.py``) prints what its broker's PDF
would: no markdown escapes ("\\$237.70" prints "$237.70"), separators the CJK font has no
glyph for ("·") in a Latin font, and the columns of a text-aligned table apart even where
a cell fills its column up to one space. Each is then read back as the text path reads it.
"""

from __future__ import annotations

from support.markdown_pdf import as_printed, report_to_pdf

from aikg.extractors.document import read_document, segment

NOTE = """# Halden Optics (HLDO US): orders ahead of plan

*Thursday, March 6, 2031 · a note on optical components*

| Rating | Buy |
|---|---|
| Price (5 Mar 2031) | \\$48.20 |
| Price target | \\$61.00 |

Halden Optics raised its 2031 guide to \\$1.9bn after two new module orders.
"""

TABLE = """Coverage

Company              Ticker    Rating        Price
Orrin Compute        ORRN US   Buy           21.40
Tallis Cloud Systems TLCS US   Neutral       8.75
Bramwell             BRMW US   Buy           33.10

Prices as of the 5 March close.
"""


def test_markdown_escapes_print_as_their_character(tmp_path) -> None:
    source = tmp_path / "note.md"
    source.write_text(NOTE, encoding="utf-8")
    doc = read_document(report_to_pdf(source, tmp_path / "note.pdf"))
    assert "\\" not in doc.text
    cells = [c for t in doc.pdf_tables for r in t.rows for c in r]
    assert "$48.20" in cells and "$61.00" in cells


def test_a_middle_dot_dateline_keeps_its_separator_and_its_date(tmp_path) -> None:
    source = tmp_path / "note.md"
    source.write_text(NOTE, encoding="utf-8")
    doc = read_document(report_to_pdf(source, tmp_path / "note.pdf"))
    assert "2031 · a note" in doc.text
    assert segment(doc).meta.published == "2031-03-06"


def test_an_aligned_cell_that_fills_its_column_is_cut_at_the_column() -> None:
    rows = [ln.split("\t") for ln in as_printed(TABLE).split("\n") if "\t" in ln]
    assert rows[0] == ["Company", "Ticker", "Rating", "Price"]
    assert ["Tallis Cloud Systems", "TLCS US", "Neutral", "8.75"] in rows


def test_an_aligned_table_whose_rows_disagree_is_cut_by_its_gaps() -> None:
    text = "A    B    C\nlong cell x  y  z\nD    E    F\n"
    rows = [ln.split("\t") for ln in as_printed(text).split("\n") if "\t" in ln]
    assert rows[1] == ["long cell x", "y", "z"]
