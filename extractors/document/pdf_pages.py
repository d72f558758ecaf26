"""Read the pages of a PDF into running text, tables, a sidebar and line-to-page locators.

Per page: ruled tables are found and their characters taken out; sideways characters
are turned upright (:func:`.pdf_layout.upright`); the characters become lines; running
headers, footers and page numbers are dropped (:func:`.pdf_layout.running_lines`,
across all pages); the columns are read in order and a sidebar set apart
(:func:`.pdf_columns.arrange`); chart text between a caption and its source line leaves
the prose; unruled tables are read from the aligned lines (:mod:`.pdf_tables`). A table
a page break cuts is joined again. Pages are joined with a blank line; ``line_pages``
gives each text line its page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from aikg.extractors.document.pdf_columns import arrange
from aikg.extractors.document.pdf_layout import (
    Line,
    is_page_number,
    running_lines,
    text_lines,
    upright,
)
from aikg.extractors.document.pdf_tables import (
    Found,
    chart_lines,
    continues,
    ruled_tables,
    unruled_tables,
)
from aikg.schema import Table


@dataclass
class Layout:
    text: str = ""
    tables: list[Table] = field(default_factory=list)
    line_pages: list[int] = field(default_factory=list)
    sidebar_text: str = ""
    running_heads: list[str] = field(default_factory=list)


def _outside(boxes: list[tuple]):
    def keep(obj: dict) -> bool:
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

    return keep


def _page_size(page) -> tuple[float, float]:
    """Width and height of the page as it reads (a page turned by /Rotate 90 is landscape)."""
    width, height = float(page.width), float(page.height)
    return (height, width) if (page.rotation or 0) % 180 == 90 else (width, height)


def read_pages(pages) -> Layout:
    """Lay out pdfplumber pages (see the module docstring)."""
    raw: list[list[Line]] = []
    heights: list[float] = []
    ruled_of: list[list] = []
    shapes_of: list[list[dict]] = []
    for page in pages:
        ruled = page.find_tables()
        keep = _outside([t.bbox for t in ruled])
        chars = [c for c in page.chars if keep(c)]
        width, height = _page_size(page)
        flat = [c for c in chars if c.get("upright", True)]
        turned = [c for c in chars if not c.get("upright", True)]
        lines = text_lines(flat)
        if len(turned) > len(flat):  # a page printed sideways: read it turned upright
            lines += text_lines(upright(turned, width, height), turned=True)
        raw.append(lines)
        heights.append(height)
        ruled_of.append(ruled)
        shapes = [s for s in list(page.rects) + list(page.curves) if keep(s)]
        shapes_of.append(shapes)
    drop = running_lines(raw, heights)
    layout = Layout()
    heads: dict[str, None] = {}
    sidebar: list[str] = []
    page_texts: list[str] = []
    previous: Found | None = None
    for number, lines in enumerate(raw, 1):
        gone = drop[number - 1]
        for index in sorted(gone):
            if not is_page_number(lines[index].text):
                heads.setdefault(lines[index].text.strip(), None)
        kept = [ln for i, ln in enumerate(lines) if i not in gone]
        flat = [ln for ln in kept if not ln.turned]
        body, side = arrange(flat)
        body += [ln for ln in kept if ln.turned]
        sidebar += [ln.text for ln in side]
        charts = chart_lines(body, shapes_of[number - 1], graphics=True)
        body = [ln for i, ln in enumerate(body) if i not in charts]
        height = heights[number - 1]
        unruled, taken = unruled_tables(body, number, height)
        body = [ln for i, ln in enumerate(body) if i not in taken]
        charts = chart_lines(body, [], graphics=False)
        body = [ln for i, ln in enumerate(body) if i not in charts]
        found = ruled_tables(ruled_of[number - 1], body, number, height) + unruled
        found.sort(key=lambda f: f.top)
        for index, item in enumerate(found):
            if continues(previous, item, index == 0):
                merged = layout.tables[-1]
                rows = item.table.rows
                if rows[0] == merged.rows[0]:
                    rows = rows[1:]  # the header, repeated on the new page
                merged.rows.extend(rows)
            else:
                layout.tables.append(item.table)
            previous = item
        page_texts.append("\n".join(ln.text for ln in body))
    for number, text in enumerate(page_texts, 1):
        count = text.count("\n") + 1 + (1 if number < len(page_texts) else 0)
        layout.line_pages += [number] * count
    layout.text = "\n\n".join(page_texts)
    layout.sidebar_text = "\n".join(sidebar)
    layout.running_heads = list(heads)
    return layout
