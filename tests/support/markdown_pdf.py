"""Render a markdown or text report of the corpora as the PDF its broker would have
printed, so that the same gold scores the PDF path (``tests/test_dev_pdf_corpora.py``).

A PDF has no front matter, pipe or HTML tables: the front matter's title becomes the
cover heading and its date a cover line; pipe and HTML tables, and runs of lines aligned
into columns by spaces (the text of a PDF's table), become the tab-separated runs that
:func:`pdfgen.text_to_pdf` draws as ruled tables; horizontal rules go.
Everything else is drawn as :mod:`pdfgen` draws the seeds.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from support.pdfgen import text_to_pdf

_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_DATE_KEYS = ("publishedAt", "published", "date", "report_date")
_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
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


_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")


def _aligned_tables(text: str) -> str:
    r"""Runs of three or more lines with two or more column gaps (two spaces or more) as
    tab-separated lines: a table whose text was laid out in columns.

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
            out += [_GAP.sub("\t", ln.strip()) for ln in lines[i:j]]
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def as_printed(text: str) -> str:
    """A markdown report as the text a PDF of it holds, in the seeds' text form.

    >>> as_printed("Intro\\n\\n---\\n\\n| x | y |\\n|--|--|\\n| 1 | 2 |")
    'Intro\\n\\n\\n\\nx\\ty\\n1\\t2'
    """
    text = _html_tables(_front_matter(text.replace("\r\n", "\n")))
    text = "\n".join(
        "" if re.fullmatch(r"\s*(?:-{3,}|\*{3,})\s*", ln) else ln for ln in text.split("\n")
    )
    return _aligned_tables(_pipe_tables(text))


def report_to_pdf(path: Path, pdf_path: Path) -> Path:
    """Render one corpus report (markdown or text) as a PDF named like it."""
    text = path.read_bytes().decode("utf-8-sig")
    return text_to_pdf(as_printed(text), pdf_path, title=path.stem)
