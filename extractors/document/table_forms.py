"""Tables in the forms text reports carry them, all to one ``Table``.

- tab-separated lines (the seeds' tables, :func:`tsv_tables`);
- markdown pipe tables, ``| a | b |`` over a ``|---|---|`` separator (:func:`pipe_tables`);
- inline HTML ``<table>`` blocks as PDF-to-markdown converters write them, with
  ``<thead>``/``<th>`` headers, ``rowspan``/``colspan`` and ``<br>`` inside cells, on one
  line or many (:func:`html_tables`);
- space-aligned columns (fixed-width text, :mod:`.aligned`).

Each table gets its caption (the "图 7:" / "表 2:" / "Table 2:" / "Exhibit 5:" line above
it, else the nearest line above), its source note (the "资料来源:" / "Source:" line below
it), the number of its header rows and the source line of each row. The reader returns
the line indexes a table takes so the segmenter keeps them out of the running text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from aikg.extractors.text.script import display_width
from aikg.schema import Table

CAPTION = re.compile(
    r"^\s*(?:[*_]+\s*)?(?:图表?|表|附表|Figure|Fig\.|Table|Exhibit|Chart)\s*\d*\s*[:：.\-—]", re.I
)
SOURCE_NOTE = re.compile(
    r"^\s*[*_(（]*\s*(?:资料来源|数据来源|来源|Sources?|Data source)\s*[:：]", re.I
)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_NOT_TITLE = re.compile(r"[。;；.]$|免责|请务必|敬请|阅读|disclaim|disclosure|^[a-z]", re.I)
_NUMBER = re.compile(r"^[-+(]?[$¥€£]?\d[\d,.]*%?[)]?[A-Za-z]{0,2}$")


def cell_text(text: str) -> str:
    r"""A cell's text: ``<br>`` and tags gone, escapes undone, white space single.

    >>> cell_text("2025E<br>EPS \\$ <sup>1</sup>")
    '2025E EPS $ 1'
    """
    text = re.sub(r"<br\s*/?>", " ", text, flags=re.I)
    text = _TAG.sub("", _IMAGE.sub("", text))
    text = re.sub(r"\\([$|*_#\[\]()~`])", r"\1", text)
    return " ".join(text.split())


def guess_header_rows(rows: list[list[str]]) -> int:
    """1 when the first row reads as column titles (no figures in it), else 0.

    >>> guess_header_rows([["公司", "金额"], ["A", "3"]]), guess_header_rows([["A", "3"]])
    (1, 0)
    """
    if len(rows) < 2:
        return 0
    return 0 if any(_NUMBER.match(c.strip()) for c in rows[0] if c.strip()) else 1


# a column title that names a period ("2025E", "FY26E", "3Q25", "2031年"), as a group
# header's second row prints them
_PERIOD = re.compile(
    r"^(?:(?:FY|CY)?(?:19|20)\d{2}[AEFP]?|(?:FY|CY)\d{2}[AEFP]?|\d{2}[AEF]|"
    r"(?:[1-4]Q|Q[1-4]|[12]H|H[12])\s*(?:FY)?\d{2,4}[AEFP]?|(?:19|20)\d{2}\s*年\s*[AEFP]?)$",
    re.I,
)


def _blank(cell: str) -> bool:
    """An empty cell, or one of emphasis marks only ("** **", as converters write it)."""
    return not cell.strip(" *_")


def _groups(upper: list[str], lower: list[str]) -> bool:
    """Whether ``upper`` groups the columns ``lower`` tells apart: a label repeated over
    them (a spanning cell, repeated in each position), or written once with blanks to
    its right where ``lower`` has titles (a converter's or an unruled table's group row)."""
    for c in range(1, min(len(upper), len(lower))):
        if _blank(lower[c]) or lower[c] == lower[c - 1]:
            continue
        if not _blank(upper[c - 1]) and (upper[c] == upper[c - 1] or _blank(upper[c])):
            return True
    return False


def _sub_header(upper: list[str], lower: list[str]) -> bool:
    """Whether ``lower`` is the second row of a header ``upper`` groups: titles or periods
    only, no figure, its first cell blank or the one above (a cell spanning both rows)
    unless it is periods throughout."""
    filled = [c.strip() for c in lower if not _blank(c)]
    if not filled or any(_NUMBER.match(c) and not _PERIOD.match(c) for c in filled):
        return False
    first_spans = _blank(lower[0]) or lower[0] == upper[0]
    return (first_spans or all(_PERIOD.match(c) for c in filled)) and _groups(upper, lower)


def header_depth(rows: list[list[str]], first: int) -> int:
    """How many rows the header takes: the ``first`` known to be header, and each next row
    the one above groups ("营业收入 | 净利润" over "2024A 2025E 2026E"), as a header of
    two rows prints them whatever the source.

    >>> header_depth([["公司", "EPS", "EPS"], ["", "2030", "2031E"], ["甲", "1.2", "1.5"]], 1)
    2
    >>> header_depth([["公司", "代码"], ["甲科技", "688001.SH"]], 1)
    1
    """
    depth = first
    while 0 < depth < len(rows) - 1 and _sub_header(rows[depth - 1], rows[depth]):
        depth += 1
    return depth


def _plain(line: str) -> str:
    return cell_text(line).strip("*_ #>").strip()


def caption_above(lines: list[str], start: int, reach: int = 4) -> str:
    """The title of a table whose first line is ``lines[start]``: the nearest
    caption-shaped line ("表 2:", "Exhibit 5:") within ``reach`` lines above (image links
    and anchors skipped), else the nearest line above if it reads as a title (short, no
    sentence end, no disclaimer footer)."""
    nearest = None
    for back in range(start - 1, max(-1, start - 1 - reach), -1):
        raw = lines[back].strip()
        if "\t" in raw or raw.startswith("|") or raw.lower().startswith(("<t", "</t")):
            break  # the rows of the table before
        text = _plain(raw)
        if not text:
            continue
        if CAPTION.match(text):
            return text
        if SOURCE_NOTE.match(text):
            break  # the source line of what came before
        if nearest is None:
            nearest = text
    if nearest and not _NOT_TITLE.search(nearest) and display_width(nearest) <= 60:
        return nearest
    return ""


def source_below(lines: list[str], end: int) -> tuple[str, int]:
    """The "资料来源: …" / "Source: …" line within three lines after ``lines[end - 1]``,
    and its index (-1 if none)."""
    for k in range(end, min(len(lines), end + 3)):
        text = _plain(lines[k])
        if not text:
            continue
        if SOURCE_NOTE.match(text):
            return text, k
        if not _IMAGE.fullmatch(lines[k].strip()):
            break
    return "", -1


def _finish(
    lines: list[str], numbers: list[int], rows: list[list[str]], row_idx: list[int], **kw
) -> Table:
    start, end = kw.pop("first", row_idx[0]), kw.pop("last", row_idx[-1]) + 1
    note, _ = source_below(lines, end)
    return Table(
        rows=rows,
        caption=caption_above(lines, start),
        start_line=numbers[start],
        source_note=note,
        row_lines=[numbers[k] for k in row_idx],
        **kw,
    )


def tsv_tables(lines: list[str], numbers: list[int]) -> list[Table]:
    """Runs of tab-separated lines (two or more cells), each a table."""
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        if lines[i].count("\t") >= 1 and len([c for c in lines[i].split("\t") if c.strip()]) >= 2:
            rows, idx = [], []
            while i < len(lines) and (
                "\t" in lines[i]
                or (not lines[i].strip() and i + 1 < len(lines) and "\t" in lines[i + 1])
            ):
                if lines[i].strip():
                    rows.append([cell_text(c) for c in lines[i].rstrip("\n").split("\t")])
                    idx.append(i)
                i += 1
            if len(rows) >= 2:
                header = header_depth(rows, guess_header_rows(rows))
                table = _finish(lines, numbers, rows, idx, header_rows=header)
                table.caption = table.caption or _legacy_caption(lines, idx[0])
                tables.append(table)
        else:
            i += 1
    return tables


def _separator(line: str) -> bool:
    """A pipe table's ``|---|:--:|`` line (a bare ``---`` is a rule, not a separator)."""
    return "|" in line and "-" in line and bool(_SEPARATOR.match(line))


def _legacy_caption(lines: list[str], start: int) -> str:
    """The nearest non-blank line within three lines above (tab-separated tables)."""
    for back in range(start - 1, max(-1, start - 4), -1):
        if lines[back].strip():
            return lines[back].strip().lstrip("#").strip()
    return ""


def _pipe_cells(line: str) -> list[str]:
    r"""The cells of one pipe-table line (``\|`` is a pipe inside a cell).

    >>> _pipe_cells("| a | b \\| c | 3 |")
    ['a', 'b | c', '3']
    """
    text = line.strip()
    text = text[1:] if text.startswith("|") else text
    text = text[:-1] if text.endswith("|") and not text.endswith("\\|") else text
    return [cell_text(c.replace("\\|", "|")) for c in re.split(r"(?<!\\)\|", text)]


def _is_pipe_row(line: str) -> bool:
    text = line.strip()
    return text.startswith("|") and text.count("|") >= 2


def pipe_tables(lines: list[str], numbers: list[int]) -> tuple[list[Table], set[int]]:
    """Markdown pipe tables: header line(s), a ``|---|`` separator, body lines."""
    tables: list[Table] = []
    taken: set[int] = set()
    i = 0
    while i < len(lines):
        if not _is_pipe_row(lines[i]) and not (
            "|" in lines[i] and i + 1 < len(lines) and _separator(lines[i + 1])
        ):
            i += 1
            continue
        start = i
        while i < len(lines) and (
            _is_pipe_row(lines[i]) or (i == start and "|" in lines[i]) or _separator(lines[i])
        ):
            i += 1
        block = list(range(start, i))
        seps = [k for k in block if _separator(lines[k])]
        rows, idx = [], []
        for k in block:
            if k not in seps:
                rows.append(_pipe_cells(lines[k]))
                idx.append(k)
        if len(rows) < 2 or (not seps and len(block) < 3):
            continue
        header = len([k for k in idx if seps and k < seps[0]])
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        # a converter writes a header's second row ("| | | 2024A | 2025E |") as the
        # first body row, under the separator
        header = header_depth(rows, header)
        tables.append(_finish(lines, numbers, rows, idx, source="pipe", header_rows=header))
        taken.update(block)
    return tables, taken


class _TableParser(HTMLParser):
    """Rows of one ``<table>``: cells with their spans, header flags, start lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[tuple[str, int, int]]] = []
        self.row_lines: list[int] = []
        self.header: list[bool] = []
        self.in_head = False
        self.cell: list[str] | None = None
        self.span = (1, 1)
        self.all_th = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "thead":
            self.in_head = True
        elif tag == "tr":
            self.rows.append([])
            self.row_lines.append(self.getpos()[0])
            self.header.append(self.in_head)
            self.all_th = True
        elif tag in ("td", "th"):
            if not self.rows:
                self.handle_starttag("tr", [])
            self.all_th = self.all_th and tag == "th"
            spans = dict(attrs)

            def _int(name: str) -> int:
                value = re.sub(r"\D", "", spans.get(name) or "")
                return max(1, min(int(value), 50)) if value else 1

            self.cell, self.span = [], (_int("rowspan"), _int("colspan"))
        elif tag == "br" and self.cell is not None:
            self.cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "thead":
            self.in_head = False
        elif tag in ("td", "th") and self.cell is not None:
            self.rows[-1].append((cell_text("".join(self.cell)), *self.span))
            self.cell = None
        elif tag == "tr" and self.rows:
            self.header[-1] = self.header[-1] or (self.all_th and bool(self.rows[-1]))

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def html_grid(block: str) -> tuple[list[list[str]], list[int], int]:
    """An HTML table's rows with spans expanded (a spanned cell is repeated in each
    position it covers), the 1-based line of each row within ``block``, and the number
    of header rows.

    >>> html_grid('<table><tr><th>A</th><th colspan="2">B</th></tr>'
    ...           '<tr><td rowspan="2">x</td><td>1</td><td>2<br>3</td></tr>'
    ...           '<tr><td>4</td><td>5</td></tr></table>')
    ([['A', 'B', 'B'], ['x', '1', '2 3'], ['x', '4', '5']], [1, 1, 1], 1)
    """
    parser = _TableParser()
    parser.feed(block)
    parser.close()
    grid: list[list[str]] = []
    pending: dict[tuple[int, int], str] = {}
    lines, header_flags = [], []
    for r, cells in enumerate(parser.rows):
        if not cells and not any(key[0] == r for key in pending):
            continue
        row: list[str] = []
        col = 0
        for text, rowspan, colspan in cells:
            while (r, col) in pending:
                row.append(pending.pop((r, col)))
                col += 1
            for c in range(colspan):
                row.append(text)
                for down in range(1, rowspan):
                    pending[(r + down, col + c)] = text
            col += colspan
        while (r, col) in pending:
            row.append(pending.pop((r, col)))
            col += 1
        grid.append(row)
        lines.append(parser.row_lines[r])
        header_flags.append(parser.header[r])
    width = max((len(r) for r in grid), default=0)
    grid = [r + [""] * (width - len(r)) for r in grid]
    header = 0
    while header < len(header_flags) and header_flags[header]:
        header += 1
    if header == len(grid):
        header = min(1, header)
    return grid, lines, header


def html_tables(lines: list[str], numbers: list[int]) -> tuple[list[Table], set[int]]:
    """Inline ``<table>`` … ``</table>`` blocks, on one line or spread over many."""
    tables: list[Table] = []
    taken: set[int] = set()
    i = 0
    while i < len(lines):
        if "<table" not in lines[i].lower():
            i += 1
            continue
        start = i
        while i < len(lines) and "</table>" not in lines[i].lower():
            i += 1
        end = min(i, len(lines) - 1)
        i = end + 1
        block = "\n".join(lines[start : end + 1])
        block = block[block.lower().index("<table") :]
        grid, row_lines, header = html_grid(block)
        taken.update(range(start, end + 1))
        if not grid:
            continue
        idx = [start + n - 1 for n in row_lines]
        header = header_depth(grid, header or guess_header_rows(grid))
        table = _finish(
            lines, numbers, grid, idx, source="html", header_rows=header, first=start, last=end
        )
        tables.append(table)
    return tables, taken
