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
from aikg.extractors.tables.common import (
    is_missing,
    is_name,
    parse_number,
    rules,
    table_evidence,
)
from aikg.extractors.text.surface import clean_cell
from aikg.schema import EntityFact, EntityRef, Evidence, Fact, RelationFact, SegmentedReport


@dataclass
class Header:
    """What a rating table's header says: numeric fields in order, years, market-cap scale."""

    fields: set[str] = field(default_factory=set)
    numeric: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)
    mcap_scale: float = 1.0

    def is_rating(self) -> bool:
        r = rules()["rating"]
        return len(self.fields) >= r["min_header_fields"] and bool(
            self.fields & set(r["required_any"])
        )


@lru_cache(maxsize=1)
def _field_patterns() -> list[tuple[str, re.Pattern[str]]]:
    r = rules()["rating"]
    out = []
    for name, words in r["header_fields"].items():
        alts = [w if name in r["regex_fields"] else re.escape(w) for w in words]
        out.append((name, re.compile("|".join(alts), re.I)))
    return out


@lru_cache(maxsize=1)
def _ticker() -> re.Pattern[str]:
    return re.compile(rules()["rating"]["ticker_pattern"])


def is_ticker(text: str) -> bool:
    """A listed company's ticker ("0700.HK", "TME.N", "688256.SH").

    >>> is_ticker("0700.HK"), is_ticker("PDD.O"), is_ticker("EPS"), is_ticker("2025E")
    (True, True, False, False)
    """
    return bool(_ticker().match(clean_cell(text)))


def rating_word(text: str) -> str:
    """The rating a cell gives, without its qualifier ("买入(维持)" -> "买入"); "" if none.

    >>> rating_word("优于大市"), rating_word("Buy"), rating_word("买入(维持)"), rating_word("腾讯")
    ('优于大市', 'Buy', '买入', '')
    """
    cell = re.sub(r"\s*\(.*?\)\s*$|\s*-\s*(维持|首次|上调|下调)$", "", clean_cell(text))
    words = {w.casefold(): w for w in rules()["rating"]["rating_words"]}
    return cell if cell.casefold() in words else ""


def is_rating_word(text: str) -> bool:
    """
    >>> is_rating_word("增持(首次)"), is_rating_word("腾讯")
    (True, False)
    """
    return bool(rating_word(text))


def read_header(text: str) -> Header:
    """Fields a header names, in order, from its joined text (cells or broken lines).

    >>> h = read_header("代码 名称 评级 昨收盘 总市值 (百万港元) EPS PE 2025E 2026E 2025E 2026E")
    >>> h.numeric, h.years, h.is_rating()
    (['close', 'mcap', 'eps', 'pe'], ['2025E', '2026E'], True)
    """
    r = rules()["rating"]
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
        if re.match(r["year_pattern"], word, re.I) and word not in header.years:
            header.years.append(word)
    for pattern, scale in r["mcap_scale_mn"]:
        if re.search(pattern, text, re.I):
            header.mcap_scale = float(scale)
            break
    return header


def _slots(header: Header, count: int) -> list[str]:
    """The field of each of ``count`` numbers in a row.

    >>> _slots(Header(numeric=["close", "mcap", "eps", "pe"], years=["25E", "26E"]), 6)
    ['close', 'mcap', 'eps', 'eps', 'pe', 'pe']
    """
    series = [f for f in header.numeric if f in rules()["rating"]["series_fields"]]
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
    cells = [clean_cell(c) for c in cells if clean_cell(c)]
    ticker = next((c for c in cells if is_ticker(c)), "")
    rating = next((rating_word(c) for c in cells if is_rating_word(c)), "")
    if not ticker and not rating:
        return None
    rest = [c for c in cells if c != ticker and not is_rating_word(c)]
    name = next((c for c in rest if is_name(c) and parse_number(c) is None), "")
    if not name:
        return None
    after = rest[rest.index(name) + 1 :]
    numbers = [_number(c) for c in after if _number(c) is not None or is_missing(c)]
    if len(numbers) < 2:
        return None
    values: dict[str, list[float | None]] = {}
    for slot, value in zip(_slots(header, len(numbers)), numbers, strict=False):
        values.setdefault(slot, []).append(value)
    suffix = ticker.replace(" ", ".").rsplit(".", 1)[-1]
    props: dict = {"name": name, "ticker": ticker, "rating": rating}
    props["price_currency"] = rules()["rating"]["currency_by_suffix"].get(suffix, "")
    if values.get("close"):
        props["close_price"] = values["close"][0]
    if values.get("mcap") and values["mcap"][0] is not None:
        props["market_cap_mn"] = values["mcap"][0] * header.mcap_scale
    years = header.years[: len(values.get("eps") or values.get("pe") or [])]
    props["forecast_years"] = years
    props["eps"] = values.get("eps", [])
    props["pe"] = values.get("pe", [])
    return props


def _number(cell: str) -> float | None:
    """A number of a rating row; a percentage or multiple ("12%", "15.2x") counts too.

    >>> _number("15.2x"), _number("-3%"), _number("买入")
    (15.2, -3.0, None)
    """
    return parse_number(re.sub(r"\s*[%xX倍]$", "", clean_cell(cell)))


def _facts(report: SegmentedReport, props: dict, evidence: Evidence) -> list[Fact]:
    name = props.pop("name")
    props = {k: v for k, v in props.items() if v not in ("", None)}
    props["date"] = report.meta.period
    company = EntityRef(name, "Company")
    source = EntityRef(report.meta.report_id, "Report")
    ticker = props.get("ticker", "")
    entity = EntityFact(company, evidence, {"ticker": ticker} if ticker else {})
    entity.aliases = (ticker,) if ticker else ()
    return [entity, RelationFact("RATES", source, company, evidence, props)]


def _from_tables(report: SegmentedReport) -> Iterator[tuple[dict, Evidence]]:
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
        header_text = " ".join(clean_cell(c) for row in table.rows[:first_data] for c in row)
        header = read_header(header_text or clean_cell(table.caption))
        if not header.is_rating():
            continue
        for index in range(first_data, len(table.rows)):
            props = read_row(table.rows[index], header)
            if props:
                yield props, table_evidence(report, table, index)


def _tokens(line: str) -> list[str]:
    """Words of a flattened row, keeping a spaced ticker ("9988 HK") whole."""
    line = re.sub(r"\b(\d{3,6}) (HK)\b|\b([A-Z]{1,6}) (US)\b", r"\1\3.\2\4", line)
    return line.split()


def _from_lines(report: SegmentedReport) -> Iterator[tuple[dict, Evidence]]:
    """Rows of rating tables flattened into space-separated lines, any section."""
    for section in report.sections:
        if section.kind == "disclaimer":
            continue
        header_start = 0
        for i, line in enumerate(section.lines):
            if "\t" in line:
                header_start = i + 1
                continue
            tokens = _tokens(line)
            if not tokens or not (is_ticker(tokens[0]) or any(is_ticker(t) for t in tokens[:3])):
                continue
            back = section.lines[max(header_start, i - 12) : i]
            header = read_header(" ".join(ln for ln in back if not _is_row(ln)))
            if not header.is_rating():
                continue
            props = read_row(_merge_name(tokens), header)
            if props:
                text = " | ".join(_merge_name(tokens))
                yield props, Evidence(report.meta.report_id, text, f"line {section.line_of(i)}")


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


def extract_ratings(report: SegmentedReport) -> Iterator[Fact]:
    """RATES facts (and the rated company with its ticker) from every rating table; a row
    repeated in a table, or read both as a table and as text, gives one fact."""
    seen: set[str] = set()
    for props, evidence in [*_from_tables(report), *_from_lines(report)]:
        key = props["ticker"].casefold() or name_key("Company", props["name"])
        if key in seen:
            continue
        seen.add(key)
        yield from _facts(report, props, evidence)
