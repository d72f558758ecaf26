"""Read the pages of a PDF into running text, tables, a sidebar and line-to-page locators.

Per page: ruled tables are found (frames around prose left as text) and their characters
taken out, template marks and watermark stamps dropped (:mod:`.clean`); sideways characters
are turned upright (:func:`.layout.upright`); the characters become lines; running
headers, footers and page numbers are dropped (:func:`.layout.running_lines`,
across all pages); the columns are read in order and a sidebar set apart
(:func:`.columns.arrange`); chart text between a caption and its source line leaves
the prose; unruled tables are read from the aligned lines (:mod:`.pdf.tables`). A table
a page break cuts is joined again. Pages are joined with a blank line; ``line_pages``
gives each text line its page.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from aikg.extractors.document.headings import is_series_label, title_like
from aikg.extractors.document.pdf.boxes import box_lines
from aikg.extractors.document.pdf.clean import (
    frame_box,
    mark_headings,
    template_chars,
    watermark,
)
from aikg.extractors.document.pdf.columns import arrange
from aikg.extractors.document.pdf.contacts import contact_block
from aikg.extractors.document.pdf.layout import (
    Line,
    is_page_number,
    running_lines,
    text_lines,
    upright,
)
from aikg.extractors.document.pdf.objects import page_objects
from aikg.extractors.document.pdf.tables import (
    Found,
    cells,
    chart_lines,
    continues,
    join_cell_lines,
    line_part,
    ruled_tables,
    unruled_tables,
)
from aikg.extractors.document.pdf.wrapped import join_across_pages, join_wrapped, line_pitch
from aikg.extractors.text.script import display_width
from aikg.schema import Table


@dataclass
class Layout:
    text: str = ""
    tables: list[Table] = field(default_factory=list)
    line_pages: list[int] = field(default_factory=list)
    sidebar_text: str = ""
    running_heads: list[str] = field(default_factory=list)


class _Ruled:
    """A ruled table pdfplumber found, its cells' text read once (pdfplumber reads it
    anew on every ``extract()``, and the frame test and :func:`.tables.ruled_tables`
    both ask); every other attribute is the pdfplumber table's."""

    def __init__(self, table) -> None:
        self.table = table
        self.text = table.extract()

    def extract(self) -> list[list[str | None]]:
        """The cells' text, row by row, as pdfplumber's ``Table.extract`` gives it."""
        return self.text

    def __getattr__(self, name: str):
        return getattr(self.table, name)  # bbox, rows, columns, cells


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
        page._objects = page_objects(page)  # pdfplumber's objects, made faster
        width, height = _page_size(page)
        # a frame around prose is no table: its text stays in the running text
        found = [_Ruled(t) for t in page.find_tables()]
        ruled = [t for t in found if not frame_box(t.extract(), t.bbox, (width, height))]
        keep = _outside([t.bbox for t in ruled])
        marks = template_chars(page.chars)
        chars = [c for i, c in enumerate(page.chars) if i not in marks and keep(c)]
        flat = [c for c in chars if c.get("upright", True)]
        turned = [c for c in chars if not c.get("upright", True)]
        lines = [ln for ln in text_lines(flat) if not watermark(ln.text)]
        if (
            sum(not c.get("upright", True) for c in page.chars) > len(page.chars) / 2
        ):  # a page printed sideways: read it turned upright
            lines += text_lines(upright(turned, width, height), turned=True)
        raw.append(lines)
        heights.append(height)
        ruled_of.append(ruled)
        shapes = [s for s in list(page.rects) + list(page.curves) if keep(s)]
        shapes_of.append(shapes)
        # what is kept of the page is above; its parsed objects and layout go now, so
        # that a long PDF is held one page at a time
        page.close()
    drop = running_lines(raw, heights)
    layout = Layout()
    heads: dict[str, str] = {}
    sidebar: list[str] = []
    bodies: list[list[Line]] = []  # each page's body lines, in reading order
    previous: Found | None = None
    for number, lines in enumerate(raw, 1):
        gone = drop[number - 1]
        for index in sorted(gone):
            if not is_page_number(lines[index].text):
                heads.setdefault(re.sub(r"\d+", "#", lines[index].text), lines[index].text.strip())
        kept = [ln for i, ln in enumerate(lines) if i not in gone]
        flat = [ln for ln in kept if not ln.turned]
        body, side, gutter = arrange(flat)
        body += [ln for ln in kept if ln.turned]
        sidebar += [ln.text for ln in side]
        if number == 1:  # the analysts' contacts across the cover are metadata too
            body, contacts = contact_block(body)
            sidebar += contacts
        charts = chart_lines(body, shapes_of[number - 1], graphics=True)
        body = [ln for i, ln in enumerate(body) if i not in charts]
        height = heights[number - 1]
        unruled, taken = unruled_tables(body, number, height)
        body = [ln for i, ln in enumerate(body) if i not in taken]
        charts = chart_lines(body, [], graphics=False)
        body = [ln for i, ln in enumerate(body) if i not in charts]
        found = ruled_tables(ruled_of[number - 1], body, number, height) + unruled
        if number == 1:  # a key-data box printed as a table is read as the sidebar's
            sidebar += [ln for item in found for ln in box_lines(item.table.rows)]
        for item in found:  # in a right column: read after the left one
            item.column = int(gutter is not None and item.x0 >= gutter[1] - 2)
        found.sort(key=lambda f: (f.column, f.top))
        for index, item in enumerate(found):
            if continues(previous, item, index == 0 or item.column > found[index - 1].column):
                merged = layout.tables[-1]
                rows, depth = item.table.rows, max(1, merged.header_rows)
                if rows[:depth] == merged.rows[:depth]:
                    rows = rows[depth:]  # the header, repeated on the new page
                merged.rows.extend(rows)
            else:
                layout.tables.append(item.table)
            previous = item
        if number == 1:
            body = cover_title(body)
        bodies.append(mark_headings(body))
    pitch = line_pitch(bodies)
    bodies = [join_wrapped(body, pitch) for body in bodies]
    join_across_pages(bodies)
    page_texts = ["\n".join(ln.text for ln in body) for body in bodies]
    for number, text in enumerate(page_texts, 1):
        count = text.count("\n") + 1 + (1 if number < len(page_texts) else 0)
        layout.line_pages += [number] * count
    layout.text = "\n\n".join(page_texts)
    layout.sidebar_text = "\n".join(sidebar)
    layout.running_heads = list(heads.values())
    return layout


_DATE_LINE = re.compile(
    r"^\W*(?:\d{1,2}\s+[A-Z][a-z]+\.?\s+20\d{2}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+20\d{2}"
    r"|20\d{2}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?)\W*$"
)


def cover_title(lines: list[Line]) -> list[Line]:
    """The cover's lines with its title marked as a markdown heading ("# …").

    The title is the cover's largest print (a line that is only a date aside, and a
    short label when a line of ten columns or more is also set large): the first run
    of lines set at least a quarter larger than the cover's usual size (its median),
    one under the other, of four or more characters; a title wrapped over two lines
    becomes one line.
    """
    lines = [part for ln in lines for part in label_apart(ln)]
    flat = [ln for ln in lines if not ln.turned and ln.chars]
    if len(flat) < 2:
        return lines
    usual = statistics.median(ln.size for ln in flat)
    # a dated banner, or the series label ("行业月报", "Equity Research") set largest
    flat = [ln for ln in flat if not _DATE_LINE.match(ln.text) and not is_series_label(ln.text)]
    if not flat:
        return lines
    if max(ln.size for ln in flat) < 1.25 * usual:
        return lines
    # a short label in the largest print ("金融工程", a ticker) is a banner; the title is
    # the largest print of ten columns or more, when there is one in large print
    large = [ln for ln in flat if ln.size >= 1.25 * usual]
    worded = [ln for ln in large if display_width(ln.text.strip()) >= 10]
    largest = max(ln.size for ln in worded or large)
    start = next(
        k for k, ln in enumerate(lines) if ln in (worded or large) and ln.size >= largest - 0.5
    )
    end = start + 1
    while (
        end < len(lines)
        and abs(lines[end].size - lines[start].size) <= 0.5
        and 0 <= lines[end].top - lines[end - 1].bottom <= lines[start].size
    ):
        end += 1
    text = join_cell_lines("\n".join(ln.text for ln in lines[start:end]))
    if len(text.strip()) < 4 or text.lstrip().startswith("#"):
        return lines
    first = lines[start]
    title = Line("# " + text, first.x0, first.x1, first.top, lines[end - 1].bottom, first.chars)
    return lines[:start] + [title] + lines[end:]


def label_apart(line: Line) -> list[Line]:
    """A cover line that prints the series label and, after a gap, the title
    ("Equity Research      Aurora Chips: …", "行业月报    算力租赁…") as two lines, the
    label first; any other line as it is. The gap (:func:`.tables.cells`, 1.2 em) parts
    them where the joined text has a single space only."""
    parts = cells(line) if not line.turned else []
    if len(parts) < 2 or display_width(parts[0][2]) < 6 or not is_series_label(parts[0][2]):
        return [line]
    cut = (parts[0][1] + parts[1][0]) / 2
    label, rest = line_part(line, float("-inf"), cut), line_part(line, cut, float("inf"))
    if not title_like(rest.text.strip(" |｜·•/—–-")) or is_series_label(rest.text):
        return [line]
    return [label, rest]


_LINE_LOCATOR = re.compile(r"^line (\d+)$")


def page_locator(locator: str, line_pages: list[int]) -> str:
    """A "line N" locator of a PDF's text with the page put in front; others unchanged.

    >>> page_locator("line 3", [1, 1, 2, 2]), page_locator("page 2 table 't' row 1", [1])
    ('page 2 line 3', "page 2 table 't' row 1")
    """
    match = _LINE_LOCATOR.match(locator or "")
    if not match or not 0 < int(match.group(1)) <= len(line_pages):
        return locator
    return f"page {line_pages[int(match.group(1)) - 1]} {locator}"


def with_pages(facts: list, line_pages: list[int]) -> list:
    """The facts with their evidence locators naming the PDF page ("page 5 line 212").

    Text reports (no ``line_pages``) keep their locators as they are.
    """
    from dataclasses import replace

    if not line_pages:
        return facts
    for fact in facts:
        evidence = getattr(fact, "evidence", None)
        if evidence is not None and hasattr(evidence, "locator"):
            located = page_locator(evidence.locator, line_pages)
            if located != evidence.locator:
                fact.evidence = replace(evidence, locator=located)
    return facts
