"""Two tables next to each other on one PDF page, each under its own caption (the two
captions on one band), are two tables, each with its own caption, ruled or not; a ruled
table whose header cells span columns or rows keeps every row's cells in their columns,
a spanning cell repeated in each position it covers.
The PDFs are made at test time (``support.covers``); names and figures are invented."""

from __future__ import annotations

import pytest
from support import covers

from aikg.extractors.document import read_document, segment


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_two_tables_side_by_side_are_two_tables(tmp_path, lang: str, ruled: bool) -> None:
    doc = read_document(covers.side_by_side_pdf(tmp_path / "two.pdf", lang, ruled))
    tables = [t for t in doc.pdf_tables]
    assert [(t.caption, t.rows) for t in tables] == [
        (caption, rows) for caption, rows in covers.SIDE_TABLES[lang]
    ]
    # the cells stay out of the prose; the paragraphs around the tables stay in it
    prose = covers.ZH_PROSE if lang == "zh" else covers.EN_PROSE
    assert prose[1] in doc.text and prose[2] in doc.text
    for _, rows in covers.SIDE_TABLES[lang]:
        assert rows[-1][0] not in doc.text
    # the segmenter keeps them apart too
    assert len(segment(doc).tables) == 2


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_header_cell_spanning_columns_keeps_the_cells_aligned(tmp_path, lang: str) -> None:
    doc = read_document(covers.merged_header_pdf(tmp_path / "merged.pdf", lang))
    [table] = doc.pdf_tables
    # a spanning cell's text in each position it covers, as an HTML colspan/rowspan is
    first, sales, _, profit, _ = covers.MERGED_HEADER[lang][0]
    assert table.rows[0] == [first, sales, sales, profit, profit]
    assert table.rows[1] == [first, *covers.MERGED_HEADER[lang][1][1:]]
    assert table.rows[2:] == covers.MERGED_HEADER[lang][2:]
    assert {len(row) for row in table.rows} == {5}
