"""Rating tables (key companies' forecasts and ratings): one RATES fact per rated company.

A rating table is recognised by its header words (code, name, rating, close, market cap,
EPS, PE: ``rules/tables/`` "rating"), not by its caption. It may be a tab or PDF
table, or lines flattened into space-separated words with the header broken over several
lines. Each data row carries a ticker; the numbers after the name are read in the order
the header names its numeric fields, EPS and PE taking one value per forecast year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from aikg.extractors.names.lexicon import name_key
from aikg.extractors.rules import load
from aikg.extractors.tables.common import (
    common,
    is_missing,
    is_name,
    is_ticker,
    parse_number,
    rating_words,
    source_lines,
    table_evidence,
    ticker_currency,
)
from aikg.extractors.text.patterns import kept
from aikg.extractors.text.surface import clean_cell
from aikg.schema import (
    EntityFact,
    EntityRef,
    Evidence,
    Fact,
    RelationFact,
    SegmentedReport,
    Table,
)


@dataclass
class Header:
    """What a rating table's header says: numeric fields in order, years, market-cap scale."""

    fields: set[str] = field(default_factory=set)
    numeric: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)
    mcap_scale: float = 1.0

    def is_rating(self) -> bool:
        r = common()["rating"]
        return len(self.fields) >= r["min_header_fields"] and bool(
            self.fields & {*r["required_any"]}
        )


@lru_cache(maxsize=1)
def _field_patterns() -> list[tuple[str, re.Pattern[str]]]:
    r = common()["rating"]
    out = []
    for name, words in r["header_fields"].items():
        alts = [w if name in r["regex_fields"] else re.escape(w) for w in words]
        out.append((name, re.compile("|".join(alts), re.I)))
    return out


def rating_word(text: str) -> str:
    """The rating a cell gives, without its qualifier ("买入(维持)" -> "买入"); "" if none.

    >>> rating_word("优于大市"), rating_word("Buy"), rating_word("买入(维持)"), rating_word("腾讯")
    ('优于大市', 'Buy', '买入', '')
    >>> rating_word("OW"), rating_word("ow")
    ('Overweight', '')
    """
    cell = re.sub(r"\s*\(.*?\)\s*$|\s*-\s*(维持|首次|上调|下调)$", "", clean_cell(text))
    if cell in _abbreviations():  # "OW", as written: "ow" is no rating
        return _abbreviations()[cell]
    words = {w.casefold(): w for w in rating_words()}
    return cell if cell.casefold() in words else ""


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    """Abbreviated ratings and the words they stand for ("OW" -> "Overweight")."""
    return dict(load("tables", "en")["rating"]["rating_abbreviations"])


def is_not_rated(rating: str) -> bool:
    """Whether a rating rates no one ("NR", "未评级": consensus figures; "": left "—").

    >>> is_not_rated("NR"), is_not_rated("未评级"), is_not_rated(""), is_not_rated("Buy")
    (True, True, True, False)
    """
    words = {w.casefold() for w in common()["rating"]["not_rated"]}
    return not rating or rating.casefold() in words


def is_rating_word(text: str) -> bool:
    """
    >>> is_rating_word("增持(首次)"), is_rating_word("腾讯")
    (True, False)
    """
    return bool(rating_word(text))


def leading_rating(text: str) -> str:
    """The rating its first one to three words give ("Outperform (unchanged)" ->
    "Outperform"); "" if they give none.

    >>> leading_rating("Outperform (unchanged)"), leading_rating("买入(维持) 目标价")
    ('Outperform', '买入')
    >>> leading_rating("Not Rated following"), leading_rating("$19.00")
    ('Not Rated', '')
    >>> leading_rating("买入（维持）｜目标价：160.00 港元")  # a key-data line's next key
    '买入'
    """
    words = re.split(r"[\s|｜]+", clean_cell(text).strip(" |｜"))
    for k in range(min(3, len(words)), 0, -1):
        word = rating_word(" ".join(words[:k]))
        if word:
            return word
    return ""


def price(text: str) -> float | None:
    """The price a value starts with ("$13.42", "\\\\$237.70", "66.85 港元").

    >>> price(" $13.42"), price("HK$155.60 consensus"), price("68.15 元"), price("n/a")
    (13.42, 155.6, 68.15, None)
    """
    m = re.match(common()["keydata"]["price"], text)
    return float(m["number"].replace(",", "")) if m else None


def read_header(text: str) -> Header:
    """Fields a header names, in order, from its joined text (cells or broken lines).

    >>> h = read_header("代码 名称 评级 昨收盘 总市值 (百万港元) EPS PE 2025E 2026E 2025E 2026E")
    >>> h.numeric, h.years, h.is_rating()
    (['close', 'mcap', 'eps', 'pe'], ['2025E', '2026E'], True)
    """
    r = common()["rating"]
    header = Header()
    found: list[tuple[int, str]] = []
    for name, pattern in _field_patterns():
        m = pattern.search(text)
        if m:
            header.fields.add(name)
            if name in r["numeric_fields"]:
                found.append((m.start(), name))
    header.numeric = [name for _, name in sorted(found)]
    for word in text.split():
        if kept(r["year_pattern"], re.I).match(word) and word not in header.years:
            header.years.append(word)
    for rule in r["mcap_scale_mn"]:
        if kept(rule["re"], re.I).search(text):
            header.mcap_scale = float(rule["scale"])
            break
    return header


def _slots(header: Header, count: int) -> list[str]:
    """The field of each of ``count`` numbers in a row.

    >>> _slots(Header(numeric=["close", "mcap", "eps", "pe"], years=["25E", "26E"]), 6)
    ['close', 'mcap', 'eps', 'eps', 'pe', 'pe']
    """
    series = [f for f in header.numeric if f in common()["rating"]["series_fields"]]
    singles = [f for f in header.numeric if f not in series]
    per = len(header.years) // max(1, len(series)) if header.years else 0
    if series and (not per or len(singles) + per * len(series) != count):
        per = max(0, (count - len(singles)) // len(series))
    slots = [s for f in header.numeric for s in ([f] * per if f in series else [f])]
    return slots[:count]


def read_row(cells: list[str], header: Header) -> dict | None:
    """The props of one data row (a ticker or a rating word marks one), or None.

    >>> h = read_header("代码 名称 评级 收盘 市值(百万) EPS PE 2025E 2026E")
    >>> row = read_row(["0700.HK", "腾讯控股", "优于大市", "617.0", "5,642,395",
    ...                 "27.60", "32.63", "21.0", "-"], h)
    >>> row["name"], row["close_price"], row["eps"], row["pe"], row["price_currency"]
    ('腾讯控股', 617.0, [27.6, 32.63], [21.0, None], 'HKD')
    """
    cells = [part for c in cells if clean_cell(c) for part in _split_named(clean_cell(c))]
    ticker = next((c for c in cells if is_ticker(c)), "") or _bare_ticker(cells, header)
    rating = next((rating_word(c) for c in cells if is_rating_word(c)), "")
    # a comparable-companies or forecast table rates no one; a rating table's row whose
    # rating cell is left "—" names a company it does not rate
    if not rating and not ("rating" in header.fields and ticker and any(map(is_missing, cells))):
        return None
    rest = [c for c in cells if c != ticker and not is_rating_word(c)]
    name = next((c for c in rest if is_name(c) and parse_number(c) is None), "")
    if not name:
        return None
    after = rest[rest.index(name) + 1 :]
    numbers = [_number(c) for c in after if _number(c) is not None or is_missing(c)]
    # a row with its ticker and rating may give just the close ("| 0700.HK | 腾讯控股 |
    # 买入 | 598.00 港元 |"); any other needs two figures to be a rating row
    if len(numbers) < (1 if ticker and rating else 2):
        return None
    values: dict[str, list[float | None]] = {}
    for slot, value in zip(_slots(header, len(numbers)), numbers, strict=False):
        values.setdefault(slot, []).append(value)
    props: dict = {"name": name, "ticker": ticker, "rating": rating}
    props["price_currency"] = ticker_currency(ticker)
    for slot, prop in (("close", "close_price"), ("target", "target_price")):
        if values.get(slot) and values[slot][0] is not None:
            props[prop] = values[slot][0]
    if values.get("mcap") and values["mcap"][0] is not None:
        props["market_cap_mn"] = values["mcap"][0] * header.mcap_scale
    years = header.years[: len(values.get("eps") or values.get("pe") or [])]
    props["forecast_years"] = years
    props["eps"] = values.get("eps", [])
    props["pe"] = values.get("pe", [])
    return props


def _split_named(cell: str) -> list[str]:
    """A company cell with its ticker in brackets as two cells, name and ticker; any
    other cell as it is.

    >>> _split_named("阿里巴巴(09988.HK)"), _split_named("Kuaishou (1024 HK)")
    (['阿里巴巴', '09988.HK'], ['Kuaishou', '1024 HK'])
    >>> _split_named("买入(维持)")
    ['买入(维持)']
    """
    m = re.match(common()["rating"]["named_ticker"], cell)
    return [m["name"], m["ticker"]] if m and is_ticker(m["ticker"]) else [cell]


def _bare_ticker(cells: list[str], header: Header) -> str:
    """A ticker written without its exchange ("NVDA") in a table whose header names a
    ticker column, as US wraps print them; "" where none is, or the header names none.

    >>> _bare_ticker(["NVDA", "NVIDIA", "Strong Buy"], read_header("Ticker Company Rating EPS"))
    'NVDA'
    >>> _bare_ticker(["NVDA", "NVIDIA", "Buy"], read_header("Company Rating EPS PE"))
    ''
    """
    if "ticker" not in header.fields:
        return ""
    bare = re.compile(common()["prose"]["bare_ticker"])
    return next((c for c in cells if bare.match(c) and not is_rating_word(c)), "")


def _number(cell: str) -> float | None:
    """A number of a rating row; a percentage or multiple ("12%", "15.2x") counts too.

    A price keeps its currency out of the way ("$31.80", "HK$155.60", "68.15 元").

    >>> _number("15.2x"), _number("-3%"), _number("买入"), _number("$31.80"), _number("68.15 元")
    (15.2, -3.0, None, 31.8, 68.15)
    """
    cell = re.sub(common()["rating"]["price_affix"], "", clean_cell(cell))
    return parse_number(re.sub(r"\s*[%xX倍]$", "", cell))


def rating_facts(report: SegmentedReport, props: dict, evidence: Evidence) -> list[Fact]:
    """The rated company (with its ticker as an alias) and the report's RATES edge; a
    company the report does not rate (:func:`is_not_rated`) is a company, no RATES."""
    name = props.pop("name")
    rated = not is_not_rated(props.get("rating", ""))
    props = {k: v for k, v in props.items() if v not in ("", None)}
    props["date"] = report.meta.period
    company = EntityRef(name, "Company")
    source = EntityRef(report.meta.report_id, "Report")
    ticker = props.get("ticker", "")
    entity = EntityFact(company, evidence, {"ticker": ticker} if ticker else {})
    entity.aliases = (ticker,) if ticker else ()
    return [entity, RelationFact("RATES", source, company, evidence, props)] if rated else [entity]


def from_tables(report: SegmentedReport) -> Iterator[tuple[dict, Evidence]]:
    """The rows of the rating tables the segmenter found (tab, pipe, HTML, PDF)."""
    for table in report.tables:
        first_data = next(
            (
                i
                for i, row in enumerate(table.rows)
                if any(is_ticker(c) or is_rating_word(c) for c in row)
            ),
            None,
        )
        if first_data is None:
            continue
        above = table.rows[:first_data]
        if 1 < table.header_rows <= first_data:  # each column's full header ("EPS 2025E")
            above = [table.column_headers, *table.rows[table.header_rows : first_data]]
        previous = previous_columns(above)
        header_text = " ".join(
            clean_cell(c) for row in above for j, c in enumerate(row) if j not in previous
        )
        header_text = f"{_header_above(report, table)} {header_text}".strip()
        header = read_header(header_text or clean_cell(table.caption))
        if not header.is_rating():
            continue
        consensus = re.search(common()["rating"]["consensus_header"], header_text, re.I)
        for index in range(first_data, len(table.rows)):
            row = [c for j, c in enumerate(table.rows[index]) if j not in previous]
            props = read_row(row, header)
            if props:
                # the Street's view, not the house's: the weakest statement of a rating
                props["quoted"] = "consensus" if consensus else False
                yield props, table_evidence(report, table, index)


def _header_above(report: SegmentedReport, table: Table) -> str:
    """The first lines of a text table's header that the segmenter left above it: words
    set over their columns ("        Price      Target" over "Company  Code  Rating  (LC)
    (LC)"), up to two lines, each indented or split by runs of spaces; "" if none."""
    if table.source != "text" or table.start_line < 2:
        return ""
    lines = source_lines(report)
    kept: list[str] = []
    for n in range(table.start_line - 2, max(-1, table.start_line - 4), -1):
        line = lines[n] if n < len(lines) else ""
        if not re.match(r"^\s{2,}\S|^\S.*\S {2,}\S", line) or re.search(r"[.!?。]\s*$", line):
            break
        kept.insert(0, line.strip())
    return " ".join(kept)


def previous_columns(header_rows: list[list[str]]) -> set[int]:
    """Columns a rating-change table keeps for what the rating or target was before
    ("Old rating", "Prior PT", "Rating (from)", "上次评级", "调整前目标价"): their cells are
    no current view, so the row is read without them.

    >>> sorted(previous_columns([["Company", "Ticker", "Old rating", "New rating", "Old PT",
    ...                           "New PT", "Price (5 Dec)"]]))
    [2, 4]
    >>> sorted(previous_columns([["代码", "名称", "上次评级", "最新评级", "收盘价(元)"]]))
    [2]
    >>> previous_columns([["Company", "Rating", "Last close", "Prior close"]])
    set()
    """
    pattern = re.compile(common()["rating"]["previous_column"], re.I)
    width = max((len(row) for row in header_rows), default=0)
    out: set[int] = set()
    for j in range(width):
        title = " ".join(clean_cell(row[j]) for row in header_rows if j < len(row))
        if pattern.search(title):
            out.add(j)
    return out


def rating_key(props: dict) -> str:
    """One key per rated company of a report: its ticker however spaced, else its name.

    >>> rating_key({"ticker": "9988 HK", "name": "Alibaba"}) == rating_key(
    ...     {"ticker": "9988.HK", "name": "阿里巴巴"})
    True
    >>> rating_key({"ticker": "NBIS", "name": "Nebius"}) == rating_key({"ticker": "NBIS US"})
    True
    """
    ticker = re.sub(r"^0+(?=\d)", "", props.get("ticker", "").replace(" ", ".")).casefold()
    # a US listing is written bare in prose ("(NBIS, Buy)") and with its exchange in tables
    ticker = re.sub(r"\.(?:us|o|oq|n)$", "", ticker)
    return ticker or name_key("Company", props["name"])
