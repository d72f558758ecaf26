"""Rating tables flattened into lines: rows of words or aligned columns, read as text.

A PDF converted to text or a plain-text note prints its rating table as lines, the
header maybe broken over several of them; each row holds a ticker among its first
cells. The header is read from the lines above a row, up to a line of prose or the start
of its section; disclaimers (rating definitions) are skipped. Cells and rows are read by
:mod:`.rating`, which also reads the same tables when the segmenter found them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from aikg.extractors.tables.common import (
    common,
    is_missing,
    is_ticker,
    parse_number,
    source_lines,
)
from aikg.extractors.tables.rating import (
    from_tables,
    is_rating_word,
    rating_facts,
    rating_key,
    read_header,
    read_row,
)
from aikg.extractors.text.surface import clean_cell
from aikg.schema import Evidence, Fact, SegmentedReport


def _tokens(line: str) -> list[str]:
    """Cells of a flattened row: columns aligned by runs of spaces, else words, keeping a
    spaced ticker ("9988 HK") whole and as written; a long name that runs into its
    ticker column ("Lanting Intelligence 2599 HK") is split from it.

    >>> _tokens("Yunji Data        2498 HK    BUY          23.40")
    ['Yunji Data', '2498 HK', 'BUY', '23.40']
    >>> _tokens("0700.HK 腾讯控股 优于大市 617.0")
    ['0700.HK', '腾讯控股', '优于大市', '617.0']
    >>> _tokens("Orbis Data Systems 2599 HK   Outperform   33.80")
    ['Orbis Data Systems', '2599 HK', 'Outperform', '33.80']
    """
    glue = "\u2060"  # a word joiner holds a spaced ticker together through the splits
    spaced = common()["rating"]["spaced_ticker"]  # "9988 HK", "ASML NA"; "NR NA" is no ticker
    line = re.sub(spaced, lambda m: m.group(0).replace(" ", glue), line.strip())
    if re.search(r"\S {2,}\S", line):
        cells = [clean_cell(c) for c in re.split(r" {2,}", line) if clean_cell(c)]
        cells = [part for cell in cells for part in _split_name_ticker(cell, glue)]
    else:
        cells = line.split()
    return [c.replace(glue, " ") for c in cells]


def _split_name_ticker(cell: str, glue: str) -> list[str]:
    """A cell that is a name followed by a ticker, as two cells; any other cell alone."""
    words = cell.split(" ")
    if len(words) >= 2 and is_ticker(words[-1].replace(glue, " ")) and not is_ticker(cell):
        return [" ".join(words[:-1]), words[-1]]
    return [cell]


def _skipped_lines(report: SegmentedReport) -> list[range]:
    """Source lines of disclaimer sections, which rate no one (rating definitions), as
    ranges: a disclaimer that ends the report reaches 100,000 lines past its start."""
    starts = [s.start_line for s in report.sections] + [10**9]
    out: list[range] = []
    for section, end in zip(report.sections, starts[1:], strict=False):
        if section.kind == "disclaimer":
            out.append(range(section.start_line, min(end, section.start_line + 10**5)))
    return out


def _from_lines(report: SegmentedReport) -> Iterator[tuple[dict, Evidence]]:
    """Rows of rating tables flattened into lines of words or aligned columns, anywhere
    outside the disclaimers. The header is read from the lines above the row, up to a
    line of prose or the start of the section; pipe and HTML rows are left to
    :func:`_from_tables`."""
    lines = source_lines(report)
    skipped = _skipped_lines(report)
    starts = {s.start_line for s in report.sections}
    header_start = 0
    for i, line in enumerate(lines):
        if i + 1 in starts:  # a header never reaches above its section
            header_start = i
        if "\t" in line or _is_prose(line):
            header_start = i + 1
            continue
        in_disclaimer = any(i + 1 in part for part in skipped)
        if in_disclaimer or line.lstrip().startswith(("|", "<")):
            continue
        tokens = _tokens(line)
        if not tokens or not any(is_ticker(t) for t in tokens[:3]):
            continue
        header = read_header(" ".join(_header_lines(lines[header_start:i])))
        if not header.is_rating():
            continue
        props = read_row(_merge_name(tokens), header)
        if props:
            text = " | ".join(_merge_name(tokens))
            yield props, Evidence(report.meta.report_id, text, f"line {i + 1}")


def _header_lines(above: list[str], most: int = 12) -> list[str]:
    """The last ``most`` lines above a row that are neither blank nor rows, in order.

    >>> _header_lines(["代码 名称 评级", "", "0700.HK 腾讯 买入 1", "", "EPS PE"])
    ['代码 名称 评级', 'EPS PE']
    """
    kept = [ln for ln in above if ln.strip() and not _is_row(ln)]
    return kept[-most:]


def _is_prose(line: str) -> bool:
    """A line of running text, which ends any header above a table.

    >>> _is_prose("The stock trades below its peers. We would turn more positive")
    True
    >>> _is_prose("Company   RIC   Rating   Price (US$)"), _is_prose("代码 名称 评级")
    (False, False)
    """
    words = [w for w in line.split() if not is_missing(w)]  # "n.a." ends no sentence
    return len(words) >= 6 and bool(re.search(r"[a-z][.!?](?:\s|$)|[。！？]", " ".join(words)))


def _is_row(line: str) -> bool:
    return any(is_ticker(t) for t in _tokens(line)[:3])


def _merge_name(tokens: list[str]) -> list[str]:
    """Join the words of a multi-word name ("Tencent Music") into one cell.

    >>> _merge_name(["TME.N", "Tencent", "Music", "Buy", "18.5", "28,394"])
    ['TME.N', 'Tencent Music', 'Buy', '18.5', '28,394']
    """
    out: list[str] = []
    name: list[str] = []
    for token in tokens:
        plain = not (is_ticker(token) or is_rating_word(token) or parse_number(token) is not None)
        if plain and not is_missing(token):
            name.append(token)
            continue
        if name:
            out.append(" ".join(name))
            name = []
        out.append(token)
    if name:
        out.append(" ".join(name))
    return out


def rating_rows(report: SegmentedReport) -> Iterator[tuple[dict, Evidence]]:
    """The rows of every rating table, read as a table and as text."""
    yield from from_tables(report)
    yield from _from_lines(report)


def extract_ratings(report: SegmentedReport) -> Iterator[Fact]:
    """RATES facts (and the rated company with its ticker) from every rating table; a row
    repeated in a table, or read both as a table and as text, gives one fact."""
    seen: set[str] = set()
    for props, evidence in rating_rows(report):
        if rating_key(props) in seen:
            continue
        seen.add(rating_key(props))
        yield from rating_facts(report, props, evidence)
