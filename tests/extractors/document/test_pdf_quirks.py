"""What real broker PDFs carry besides their text stays out of it, and their text stays in.

Seen in real reports of several houses (a summary inside a ruled frame, a cover laid out
on a ruled grid, ``[Table_…]`` and ``＃title＃`` template marks, a distributor's
watermark stamp); the PDFs here are made at test time (``support.cover_pdfs.quirks_pdf``).
"""

from __future__ import annotations

import pytest
from support import cover_pdfs

from aikg.extractors.document import read_document, segment


@pytest.fixture(scope="module", params=["zh", "en"])
def quirks(request, tmp_path_factory):
    path = cover_pdfs.quirks_pdf(
        tmp_path_factory.mktemp("quirks") / f"q-{request.param}.pdf", request.param
    )
    return request.param, read_document(path)


def test_a_ruled_frame_around_prose_stays_prose(quirks) -> None:
    lang, doc = quirks
    needle = "营收同比增长42%" if lang == "zh" else "grew 3Q revenue 42%"
    assert needle in doc.text.replace(" ", "") or needle in doc.text
    assert not any(needle in " ".join(c for r in t.rows for c in r) for t in doc.pdf_tables)


def test_a_real_ruled_table_stays_a_table(quirks) -> None:
    lang, doc = quirks
    [table] = doc.pdf_tables
    assert table.page == 2 and len(table.rows) == 3
    assert table.rows[1][2] == "42%"


def test_template_marks_and_watermarks_leave_the_text(quirks) -> None:
    lang, doc = quirks
    assert "Table_" not in doc.text and "title" not in doc.text.replace(
        "Aurora Chips deep dive", ""
    )
    assert "qZtRnVbW" not in doc.text
    title = "星河芯片深度报告" if lang == "zh" else "Aurora Chips deep dive"
    assert title in doc.text
    assert segment(doc).meta.title == title


def test_a_ligature_is_read_once_when_a_line_is_split_again(tmp_path) -> None:
    """Fonts print "fi" as one glyph whose text is two letters; a line read again at a
    column gutter must not read it twice ("fifirm")."""
    import pdfplumber
    from reportlab.pdfgen.canvas import Canvas

    from aikg.extractors.document.pdf.layout import text_lines

    path = tmp_path / "ligature.pdf"
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica", 11)
    canvas.drawString(60, 700, "the firm may have")
    canvas.save()
    with pdfplumber.open(path) as pdf:
        chars = list(pdf.pages[0].chars)
    at = next(k for k, c in enumerate(chars) if c["text"] == "f")
    joined = dict(chars[at], text="fi", x1=chars[at + 1]["x1"])
    chars = chars[:at] + [joined] + chars[at + 2 :]
    [line] = text_lines(chars)
    assert line.text == "the firm may have"
    assert [again.text for again in text_lines(line.chars)] == ["the firm may have"]


def test_a_table_gap_does_not_hide_the_analyst_column(tmp_path) -> None:
    """The gap between a table's columns is the strictest gutter on the page, but it
    parts no columns; the analysts' column beside the summary is still found."""
    doc = read_document(cover_pdfs.boxed_cover_pdf(tmp_path / "boxed.pdf"))
    assert "dana.whitlow@example.com" in doc.sidebar_text
    assert "@" not in doc.text and "555-0101" not in doc.text
    assert "ahead of what the market expected" in " ".join(doc.text.split())
    # the cover's date sits in that column: it is still the publication date
    assert segment(doc).meta.published == "2031-01-12"
