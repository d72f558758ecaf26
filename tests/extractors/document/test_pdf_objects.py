"""The reader's page objects (:func:`aikg.extractors.document.pdf.objects.page_objects`)
are pdfplumber's own, dict for dict and key for key, on PDFs of every layout the tests
print: columns, sidebars, running heads, ruled and unruled tables, bar charts (curves and
rects), landscape pages, stamps and sideways text, boxed covers, and curves."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from support import cover_pdfs, layout_corpus, layouts

from aikg.extractors.document.pdf.objects import page_objects


def curves_pdf(path: Path) -> Path:
    """A page with curves (a pie of arcs, a line chart's bezier) beside its text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    page.drawString(72, 760, "Figure 3: cloud revenue share, 2031")
    page.circle(200, 600, 60, stroke=1, fill=1)
    page.bezier(72, 400, 150, 520, 260, 380, 400, 480)
    page.wedge(300, 560, 420, 680, 0, 120, stroke=1, fill=0)
    page.drawString(72, 340, "Source: company filings")
    page.save()
    return path


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> list:
    """The layout corpus and the quirk PDFs, rendered."""
    folder = tmp_path_factory.mktemp("objects")
    paths = [layouts.render(spec, folder / f"{spec.name}.pdf") for spec in layout_corpus.corpus()]
    paths.append(cover_pdfs.quirks_pdf(folder / "quirks-zh.pdf", "zh"))
    paths.append(cover_pdfs.quirks_pdf(folder / "quirks-en.pdf", "en"))
    paths.append(cover_pdfs.boxed_cover_pdf(folder / "boxed.pdf"))
    paths.append(curves_pdf(folder / "curves.pdf"))
    return paths


def test_page_objects_are_pdfplumbers(pdfs):
    kinds_seen: set[str] = set()
    for path in pdfs:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                ours, theirs = page_objects(page), page.parse_objects()
                assert list(ours) == list(theirs), (path.name, page.page_number)
                for kind, objects in theirs.items():
                    assert [list(o.items()) for o in ours[kind]] == [
                        list(o.items()) for o in objects
                    ], (path.name, page.page_number, kind)
                kinds_seen |= set(theirs)
    # the corpus draws every kind the reader uses, so each is compared
    assert {"char", "line", "rect", "curve"} <= kinds_seen, kinds_seen
