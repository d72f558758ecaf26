"""Tables and charts of a PDF page, found among its reading-order lines.

- **Ruled tables** are pdfplumber's ``find_tables`` (ruling lines); their characters are
  taken out of the running text.
- **Unruled tables** (:func:`unruled_tables`): three or more consecutive lines, each of
  two or more cells (ink runs parted by a gap of at least 1.2 em), whose cells line up
  in two or more columns: the x-ranges no row's cell crosses part the columns.
- **Charts** (:func:`chart_lines`): between a caption (``图 3:``, ``Exhibit 5:``,
  ``Figure 2:``) and the next source line (``资料来源:``, ``Source:``), the lines are a
  chart's labels and ticks when the region holds drawn shapes narrower than half of it
  (bars, curves) or, short lines all, mostly numbers; and when no more than half of them
  fill the region's width as prose does. They leave the prose; caption and source stay.
- **Tables continued across pages** (:func:`continues`): a page's first table with no
  caption above it goes on with the previous page's last table when that one ran into the
  lower quarter of its page and both have as many columns; on a two-column page, the
  same goes for the first table atop the right column and the left column's last one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aikg.extractors.document.pdf.layout import Line
from aikg.extractors.document.pdf.units import units_apart
from aikg.extractors.document.table_forms import header_depth
from aikg.schema import Table

CAPTION = re.compile(
    r"^\s*(?:图表|图|表|exhibit|figure|fig\.?|chart|table)\s*\d+(?:[-.]\d+)?\s*[:：.]?", re.I
)
# the colon half- or full-width, as Chinese reports print it ("资料来源：Wind")
SOURCE = re.compile(r"^\s*(?:资料来源|数据来源|来源|sources?|note|注)\s*[:：]", re.I)
CAPTION_BAND = 36.0  # points above a table searched for its caption line


@dataclass
class Found:
    """A table as found on one page, with where it sits."""

    table: Table
    top: float
    bottom: float
    page_height: float
    captioned: bool  # some text sits just above it
    x0: float = 0.0
    column: int = 0  # 1: in the right column of a two-column page


def join_cell_lines(cell: str | None) -> str:
    """A ruled-table cell's text on one line.

    A cell wrapped inside its column comes back as several lines. The break is read as
    a space only between two Latin characters (a line can only break there at a space);
    next to Chinese text it was a break inside the run, so the lines join directly.

    >>> join_cell_lines("Aurora\\nLabs"), join_cell_lines("星河半\\n导体")
    ('Aurora Labs', '星河半导体')
    """
    out = ""
    for line in (ln.strip() for ln in (cell or "").split("\n")):
        if not line:
            continue
        if out and out[-1].isascii() and line[0].isascii():
            out += " "
        out += line
    return out


def caption_above(lines: list[Line], top: float, x0: float, x1: float, ceiling: float) -> str:
    """The text line just above a table (within ``CAPTION_BAND``), or ""."""
    above = [
        ln
        for ln in lines
        if ln.bottom <= top + 1
        and ln.top >= max(top - CAPTION_BAND, ceiling) - 1
        and ln.x0 < x1
        and ln.x1 > x0
    ]
    if not above:
        return ""
    line = max(above, key=lambda ln: ln.bottom)
    groups = caption_groups(line)
    if groups:  # captions side by side: the one over this table
        return max(groups, key=lambda g: min(g[1], x1) - max(g[0], x0))[2]
    return line.text.strip()


def source_below(lines: list[Line], bottom: float, x0: float, x1: float) -> str:
    """The "资料来源：…" / "Source: …" line just under a table (within ``CAPTION_BAND``
    and over its width), or "": the table's source note; the line stays in the text."""
    below = [
        ln
        for ln in lines
        if ln.top >= bottom - 1 and ln.top <= bottom + CAPTION_BAND and ln.x0 < x1 and ln.x1 > x0
    ]
    line = min(below, key=lambda ln: ln.top, default=None)
    if line is None or not SOURCE.match(line.text):
        return ""
    groups = [g for g in cells(line) if SOURCE.match(g[2])]
    if len(groups) >= 2:  # source lines side by side: the one under this table
        best = max(groups, key=lambda g: min(g[1], x1) - max(g[0], x0))
        return _text_between(line, best[0], _next_start(line, best[0])).strip()
    return line.text.strip()


def _next_start(line: Line, a: float) -> float:
    """Where the next source note after the one starting at ``a`` starts on ``line``."""
    starts = sorted(g[0] for g in cells(line) if SOURCE.match(g[2]) and g[0] > a)
    return starts[0] - 1 if starts else float("inf")


def caption_groups(line: Line) -> list[tuple[float, float, str]]:
    """The captions a line holds side by side ("表 1：… 表 2：…", one over each of two
    tables next to each other), each with its x-range; [] for fewer than two."""
    parts = cells(line)
    starts = [k for k, (_, _, text) in enumerate(parts) if CAPTION.match(text)]
    if len(starts) < 2 or starts[0] != 0:
        return []
    groups = []
    for n, k in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(parts)
        a, b = parts[k][0], parts[end - 1][1]
        groups.append((a, b, _text_between(line, a, b)))
    return groups


def _text_between(line: Line, a: float, b: float) -> str:
    """The line's text printed between x = ``a`` and ``b`` (its spaces kept)."""
    chars = [c for c in line.chars if a - 1 <= (c["x0"] + c["x1"]) / 2 <= b + 1]
    return "".join(c["text"] for c in sorted(chars, key=lambda c: c["x0"])).strip()


def line_part(line: Line, a: float, b: float) -> Line:
    """The piece of a line printed between x = ``a`` and ``b``."""
    chars = [c for c in line.chars if a <= (c["x0"] + c["x1"]) / 2 < b]
    ink = [c for c in chars if c["text"].strip()] or chars or line.chars
    x0, x1 = min(c["x0"] for c in ink), max(c["x1"] for c in ink)
    return Line(_text_between(line, a, b), x0, x1, line.top, line.bottom, chars, line.turned)


def ruled_tables(ruled: list, lines: list[Line], number: int, height: float) -> list[Found]:
    """The ruled tables of a page (pdfplumber ``Table`` objects), captioned from ``lines``."""
    found = []
    ruled = sorted(ruled, key=lambda t: (t.bbox[1], t.bbox[0]))
    for item in ruled:
        rows = [[join_cell_lines(c) for c in r] for r in spanned_cells(item)]
        rows = [r for r in rows if any(r)]
        if len(rows) < 2:
            continue
        x0, top, x1, bottom = item.bbox
        # the band stops at a table above, whose last row is no caption
        ceiling = max(
            [0.0]
            + [t.bbox[3] for t in ruled if t.bbox[3] <= top and t.bbox[0] < x1 and t.bbox[2] > x0]
        )
        above = caption_above(lines, top, x0, x1, ceiling)
        rows, caption = units_apart(rows, above)
        table = Table(rows=rows, caption=caption, page=number, source="pdf")
        table.header_rows = header_depth(rows, 1)
        table.source_note = source_below(lines, bottom, x0, x1)
        found.append(Found(table, top, bottom, height, bool(above), x0))
    return found


def spanned_cells(item) -> list[list[str | None]]:
    """A ruled table's cells (pdfplumber ``Table``), a merged cell's text repeated in
    each position it covers, as an HTML ``colspan``/``rowspan`` cell is (the one table
    structure): pdfplumber leaves those positions None, which would shift what the
    header says over the columns under it."""
    rows = item.extract()
    boxes = [row.cells for row in item.rows]
    owner = {box: (r, c) for r, row in enumerate(boxes) for c, box in enumerate(row) if box}
    columns = [col.bbox for col in item.columns]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text is not None or c >= len(columns):
                continue
            x = (columns[c][0] + columns[c][2]) / 2
            # the row's own band: a tall cell spanning rows stretches its bbox
            top = item.rows[r].bbox[1]
            y = (top + min(b[3] for b in boxes[r] if b)) / 2
            cover = next((b for b in owner if b[0] < x < b[2] and b[1] < y < b[3]), None)
            if cover is not None:
                row[c] = rows[owner[cover][0]][owner[cover][1]]
    return rows


def cells(line: Line) -> list[tuple[float, float, str]]:
    """A line's cells: runs of characters parted by gaps of at least 1.2 em."""
    chars = sorted(line.chars, key=lambda c: c["x0"])
    out: list[list] = []
    for ch in chars:
        if not ch["text"].strip():
            if out:
                out[-1][3] = True  # a space: the next word is parted by one
            continue
        gap = 1.2 * ch.get("size", 10.0)
        if out and ch["x0"] - out[-1][1] < gap:
            spaced = out[-1][3] or ch["x0"] - out[-1][1] > 0.2 * ch.get("size", 10.0)
            both_latin = out[-1][2][-1:].isascii() and ch["text"].isascii()
            out[-1][2] += (" " if spaced and both_latin else "") + ch["text"]
            out[-1][1] = max(out[-1][1], ch["x1"])
            out[-1][3] = False
        else:
            out.append([ch["x0"], ch["x1"], ch["text"], False])
    return [(a, b, t) for a, b, t, _ in out]


def _columns(rows: list[list[tuple[float, float, str]]]) -> list[float]:
    """The x positions parting the columns: gaps no row's cell covers."""
    spans = sorted((a, b) for row in rows for a, b, _ in row)
    cuts = []
    reach = spans[0][1]
    for a, b in spans[1:]:
        if a > reach + 2:
            cuts.append((reach + a) / 2)
        reach = max(reach, b)
    return cuts


def _group_row(rows: list[list[tuple[float, float, str]]]) -> bool:
    """Whether the first of an unruled table's lines is a group row over the columns
    ("营业收入  净利润" centred over "2030 2031E 2030 2031E"): fewer cells than most of
    the lines under it, and no figure among them. Its labels may cross the gaps that
    part the columns under them, so the columns are read from the other lines."""
    if len(rows) < 3 or any(re.fullmatch(r"[-+(]?[\d.,]+[%x)]?", t) for _, _, t in rows[0]):
        return False
    counts = sorted(len(r) for r in rows[1:])
    return len(rows[0]) < counts[len(counts) // 2]


def _spanned(a: float, b: float, cuts: list[float]) -> list[int]:
    """The columns a cell printed from x = ``a`` to ``b`` covers: those holding a quarter
    of its width or more (a group label centred over two columns holds half of each)."""
    edges = [float("-inf"), *cuts, float("inf")]
    share = [min(b, edges[k + 1]) - max(a, edges[k]) for k in range(len(edges) - 1)]
    cols = [k for k, part in enumerate(share) if part >= (b - a) / 4]
    return cols or [sum(1 for c in cuts if (a + b) / 2 > c)]


def _table_of(run: list[Line]) -> list[list[str]] | None:
    rows = [cells(ln) for ln in run]
    lead = int(_group_row(rows))
    cuts = _columns(rows[lead:])
    if not cuts:
        return None
    table = []
    for index, row in enumerate(rows):
        out = [""] * (len(cuts) + 1)
        for a, b, text in row:
            # a group label over its columns in each of them, as a spanning cell is
            cols = _spanned(a, b, cuts) if index < lead else None
            for col in cols or [sum(1 for c in cuts if (a + b) / 2 > c)]:
                out[col] = (out[col] + " " + text).strip()
        table.append(out)
    full = sum(1 for r in table if sum(1 for c in r if c) >= 2)
    mean_cell = sum(len(c) for r in table for c in r) / max(
        1, sum(1 for r in table for c in r if c)
    )
    if full < 0.7 * len(table) or mean_cell > 40:
        return None
    return table


def unruled_tables(lines: list[Line], number: int, height: float) -> tuple[list[Found], set[int]]:
    """Tables of aligned columns among ``lines`` (in reading order) and the indices of
    the lines they take."""
    found: list[Found] = []
    taken: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while (
            j < len(lines)
            and len(cells(lines[j])) >= 2
            and not CAPTION.match(lines[j].text)
            and not SOURCE.match(lines[j].text)
            and (
                j == i
                or (
                    lines[j].turned == lines[j - 1].turned
                    and 0 <= lines[j].top - lines[j - 1].bottom <= 2.5 * lines[j].size
                )
            )
        ):
            j += 1
        rows = _table_of(lines[i:j]) if j - i >= 3 else None
        if rows is None:
            i = max(j, i + 1)
            continue
        run = lines[i:j]
        x0, x1 = min(ln.x0 for ln in run), max(ln.x1 for ln in run)
        caption = ""
        if i > 0 and run[0].top - lines[i - 1].bottom <= CAPTION_BAND:
            if lines[i - 1].x0 < x1 and lines[i - 1].x1 > x0:
                caption = lines[i - 1].text.strip()
        groups = caption_groups(lines[i - 1]) if caption else []
        for a, b, text, part_rows in _side_by_side(run, groups) or [(x0, x1, caption, rows)]:
            part_rows, title = units_apart(part_rows, text)
            table = Table(rows=part_rows, caption=title, page=number, source="pdf")
            table.header_rows = header_depth(part_rows, 1)
            table.source_note = source_below(lines[j:], run[-1].bottom, a, b)
            found.append(Found(table, run[0].top, run[-1].bottom, height, bool(text), a))
        taken.update(range(i, j))
        i = j
    return found, taken


def _side_by_side(run: list[Line], groups: list) -> list[tuple]:
    """Tables next to each other under their side-by-side captions (``groups``, see
    :func:`caption_groups`): the run's lines cut where each next caption starts, one
    table a caption; [] when a piece reads as no table."""
    if not groups:
        return []
    cuts = [g[0] - 2 for g in groups[1:]] + [float("inf")]
    out, left = [], float("-inf")
    for (a, b, text), cut in zip(groups, cuts, strict=True):
        rows = _table_of([line_part(ln, left, cut) for ln in run])
        if rows is None:
            return []
        out.append((a, b, text, rows))
        left = cut
    return out


def _shapes_in(shapes: list[dict], box: tuple[float, float, float, float]) -> int:
    """How many bars, curves and marks sit in ``box``: shapes narrower than half of it
    (a table's shaded rows and a text box's background are wider)."""
    x0, top, x1, bottom = box
    return sum(
        1
        for s in shapes
        if x0 - 2 <= (s["x0"] + s["x1"]) / 2 <= x1 + 2
        and top <= (s["top"] + s["bottom"]) / 2 <= bottom
        and s["x1"] - s["x0"] < 0.5 * (x1 - x0)
    )


def _numeric_share(lines: list[Line]) -> float:
    words = [w for ln in lines for w in ln.text.split()]
    numeric = [w for w in words if re.fullmatch(r"[-+(]?[\d.,]+[%x)]?|[\d.,]+[A-Za-z]{0,2}", w)]
    return len(numeric) / max(1, len(words))


def chart_lines(lines: list[Line], shapes: list[dict], graphics: bool) -> set[int]:
    """Indices of the lines that are a chart's text: labels and ticks between a figure
    caption and its source line. With ``graphics`` only regions holding drawn shapes
    count; without, regions of short lines (30 characters at most) whose words are
    mostly numbers."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if not CAPTION.match(line.text):
            continue
        for j in range(i + 1, min(len(lines), i + 80)):
            if CAPTION.match(lines[j].text):
                break
            if not SOURCE.match(lines[j].text):
                continue
            inner = [k for k in range(i + 1, j) if k not in out]
            region = [lines[k] for k in inner]
            if not region or any(ln.turned != line.turned for ln in region):
                break
            box = (
                min(ln.x0 for ln in [line, *region]),
                line.bottom,
                max(ln.x1 for ln in [line, *region]),
                lines[j].top,
            )
            # prose fills its column; a chart's labels and ticks do not
            filled = [ln for ln in region if ln.x1 - ln.x0 >= 0.7 * (box[2] - box[0])]
            if len(filled) >= max(2, 0.5 * len(region)):
                break
            if (graphics and _shapes_in(shapes, box) >= 2) or (
                not graphics
                and all(len(ln.text) <= 30 for ln in region)
                and _numeric_share(region) >= 0.5
            ):
                out.update(inner)
            break
    return out


def continues(previous: Found | None, found: Found, first_in_column: bool) -> bool:
    """Whether a page's (or a right column's) first table goes on with the table read
    last, on the previous page or at the foot of the left column."""
    if previous is None or not first_in_column or found.captioned:
        return False
    next_page = found.table.page == previous.table.page + 1 and found.column == 0
    next_column = (
        found.table.page == previous.table.page
        and (previous.column, found.column) == (0, 1)
        and found.top < found.page_height * 0.35
    )
    return (
        (next_page or next_column)
        and previous.bottom > previous.page_height * 0.75
        and len(found.table.rows[0]) == len(previous.table.rows[0])
    )
