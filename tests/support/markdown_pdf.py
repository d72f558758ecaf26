"""Render a markdown or text report of the corpora as the PDF its broker would have
printed, so that the same gold scores the PDF path (``tests/test_dev_pdf_corpora.py``).

A PDF has no front matter, pipe, box-drawn or HTML tables: the front matter's title becomes
the cover heading and its date a cover line; pipe, box-drawn and HTML tables, and runs of
lines aligned
into columns by spaces (the text of a PDF's table), become the tab-separated runs that
:func:`pdfgen.text_to_pdf` draws as ruled tables; horizontal rules go; a markdown escape
prints as the character it escapes ("\\$290" as "$290": a PDF shows no backslash).
Everything else is drawn as :mod:`pdfgen` draws the seeds.
"""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

from support.pdfgen import text_to_pdf

_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_DATE_KEYS = ("publishedAt", "published", "date", "report_date")
_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
# a box-drawn table's border lines (┌─┬─┐, ├─┼─┤, └─┴─┘) and its rows (│ a │ b │)
_BOX_BORDER = re.compile(r"^\s*[┌├└╞╘╒─━═][─━═┬┼┴┐┤┘╪╧╤╡╕╛\s]*$")
_BOX_ROW = re.compile(r"^\s*│.*[│┤]\s*$")
# a border-less row ("股份 │ 評級 │ 收市價"), a box quoted in a blockquote ("> │ a │ b │")
# and the junctions of a sub-rule inside a grouped header ("│ 收市價 ├──┬──┤")
_LOOSE_ROW, _QUOTED_BOX, _CELL_CUT, _STROKES = map(
    re.compile, (r"^[^│>\s][^│]*│.*│", r"^>\s?(?=[┌├└│])", r"[│├┤┬┼]", r"^[─━═\s]*$")
)
_HTML_TABLE = re.compile(r"<table\b.*?</table>", re.S | re.I)
_HTML_ROW = re.compile(r"<tr\b.*?</tr>", re.S | re.I)
_HTML_CELL = re.compile(r"<t[hd]\b[^>]*>(.*?)</t[hd]>", re.S | re.I)


def _front_matter(text: str) -> str:
    """The front matter as the cover's lines: "# title" and the date.

    >>> _front_matter('---\\ntitle: "Weekly 7"\\npublishedAt: 2031-03-02\\n---\\nBody')
    '# Weekly 7\\n\\n2031-03-02\\n\\nBody'
    """
    m = _FRONT.match(text)
    if not m:
        return text
    fields = {}
    for line in m.group(1).splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip().strip("\"'")
    cover = [f"# {fields['title']}"] if fields.get("title") else []
    cover += [fields[k] for k in _DATE_KEYS if fields.get(k)][:1]
    return "\n\n".join([*cover, text[m.end() :].lstrip("\n")])


def _pipe_row(line: str) -> str:
    cells = line.strip().strip("|").split("|")
    return "\t".join(c.strip().replace("**", "") or "-" for c in cells)


def _pipe_tables(text: str) -> str:
    """Pipe tables as tab-separated lines, without their separator rows.

    >>> _pipe_tables("| a | b |\\n|---|---|\\n| 1 | 2 |")
    'a\\tb\\n1\\t2'
    """
    out = []
    for line in text.split("\n"):
        if line.lstrip().startswith("|") and line.count("|") >= 3:
            if not _SEPARATOR.match(line.strip()):
                out.append(_pipe_row(line))
        else:
            out.append(line)
    return "\n".join(out)


def _box_tables(text: str) -> str:
    """Box-drawn tables as tab-separated lines, without their border lines.

    >>> _box_tables("┌──┬──┐\\n│ a │ b │\\n├──┼──┤\\n│ 1 │ 2 │\\n└──┴──┘")
    'a\\tb\\n1\\t2'
    """
    out = []
    for line in text.split("\n"):
        line = _QUOTED_BOX.sub("", line)
        if _BOX_ROW.match(line) or _LOOSE_ROW.match(line):
            cells = _CELL_CUT.split(line.strip().strip("│┤"))
            out.append("\t".join("-" if _STROKES.match(c) else c.strip() for c in cells))
        elif not _BOX_BORDER.match(line) or not line.strip():
            out.append(line)
    return "\n".join(out)


def _html_tables(text: str) -> str:
    """HTML tables as tab-separated lines (spans are not drawn: each cell once)."""

    def rows(m: re.Match[str]) -> str:
        lines = []
        for row in _HTML_ROW.findall(m.group()):
            cells = [
                html.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in _HTML_CELL.findall(row)
            ]
            lines.append("\t".join(c or "-" for c in cells))
        return "\n".join(lines)

    return _HTML_TABLE.sub(rows, text)


# a markdown backslash escape, as ``document/markdown.py`` reads it
ESCAPE = re.compile(r"\\([$*_#\[\]()|~`>+\-.!{}])")
_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")


def _offsets(line: str) -> list[int]:
    """The display column each character of a line starts at (CJK characters take two)."""
    out, col = [], 0
    for ch in line:
        out.append(col)
        col += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return out


def _cut_run(run: list[str]) -> list[str]:
    r"""The lines of an aligned table as tab-separated cells, cut where its columns start:
    where most rows start a cell after a gap of two spaces or more and every row leaves
    the column before blank, so that a cell that fills its column up to one space
    ("Lanting Intelligence 2599 HK") is cut there too; by the gaps alone when a row starts
    a cell elsewhere.

    >>> _cut_run(["Company     Ticker", "Alibaba     9988 HK", "Long Name A 2599 HK"])
    ['Company\tTicker', 'Alibaba\t9988 HK', 'Long Name A\t2599 HK']
    """
    rows = [ln.rstrip() for ln in run]
    offsets = [_offsets(row) for row in rows]
    starts = [
        {offs[m.end()] for m in _GAP.finditer(row)} for row, offs in zip(rows, offsets, strict=True)
    ]
    ink = [
        {o for ch, o in zip(row, offs, strict=True) if ch != " "}
        for row, offs in zip(rows, offsets, strict=True)
    ]
    every = set().union(*starts)
    cuts = sorted(
        c
        for c in every
        if 2 * sum(c in s for s in starts) >= len(rows) and not any(c - 1 in b for b in ink)
    )
    if not cuts or any(s - set(cuts) for s in starts):
        return [_GAP.sub("\t", ln.strip()) for ln in run]
    out = []
    for row, offs in zip(rows, offsets, strict=True):
        cells, cell, k = [], [], 0
        for ch, o in zip(row, offs, strict=True):
            while k < len(cuts) and o >= cuts[k]:
                cells.append("".join(cell).strip())
                cell, k = [], k + 1
            cell.append(ch)
        cells.append("".join(cell).strip())
        out.append("\t".join(cells).strip("\t"))
    return out


def _aligned_tables(text: str) -> str:
    r"""Runs of three or more lines with two or more column gaps (two spaces or more) as
    tab-separated lines: a table whose text was laid out in columns (:func:`_cut_run`).

    >>> _aligned_tables("Co    Tk     R\nAA    1 HK   BUY\nBB    2 HK   HOLD\nnote")
    'Co\tTk\tR\nAA\t1 HK\tBUY\nBB\t2 HK\tHOLD\nnote'
    """
    lines = text.split("\n")
    columned = [len(_GAP.findall(ln.strip())) >= 2 and "\t" not in ln for ln in lines]
    out, i = [], 0
    while i < len(lines):
        j = i
        while j < len(lines) and columned[j]:
            j += 1
        if j - i >= 3:
            out += _cut_run(lines[i:j])
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def as_printed(text: str) -> str:
    """A markdown report as the text a PDF of it holds, in the seeds' text form.

    >>> as_printed("Intro\\n\\n---\\n\\n| x | y |\\n|--|--|\\n| 1 | \\\\$2 |")
    'Intro\\n\\n\\n\\nx\\ty\\n1\\t$2'
    """
    text = _html_tables(_front_matter(text.replace("\r\n", "\n")))
    text = "\n".join(
        "" if re.fullmatch(r"\s*(?:-{3,}|\*{3,})\s*", ln) else ln for ln in text.split("\n")
    )
    return ESCAPE.sub(r"\1", _aligned_tables(_box_tables(_pipe_tables(text))))


def report_to_pdf(path: Path, pdf_path: Path) -> Path:
    """Render one corpus report (markdown or text) as a PDF named like it."""
    text = path.read_bytes().decode("utf-8-sig")
    return text_to_pdf(as_printed(text), pdf_path, title=path.stem)
