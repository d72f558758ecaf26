"""Funding cards: a round written as a head line and its "- Key: value" fields.

Funding newsletters and VC digests list a week's rounds so::

    Quarrybyte — $640mn Series C
    - Business: agentic data pipelines
    - Lead investor: Arden Peak Partners
    - Participants: Lumen Ridge, Halvard Capital

The head line names the company and, after a dash or bar, the round and its amount; the
investor fields name the round's investors (lead and participants alike). Other fields
(business, valuation, takeaway, 点评) are comment. The words are ``cards`` in
``rules/tables/common.toml``; each card becomes a :class:`~.rows.Row`, which the
investment reader turns into an Investment as it does a table's row.

>>> from aikg.schema import ReportMeta, Section, SegmentedReport
>>> lines = ["Quarrybyte — $640mn Series C", "- Business: data pipelines",
...          "- Lead investor: Arden Peak Partners", "- Participants: Lumen Ridge, Halvard Capital"]
>>> r = SegmentedReport(ReportMeta("r"), [Section("prose", "Rounds", lines, 4)], [], "")
>>> [(row.investee, row.investors, row.round_text) for row, _ in card_rows(r)]
[('Quarrybyte', ('Arden Peak Partners', 'Lumen Ridge', 'Halvard Capital'), 'Series C')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from aikg.extractors.rules import load
from aikg.extractors.tables.rows import Row
from aikg.extractors.text.surface import clean_surface
from aikg.extractors.values.amounts import find_amounts
from aikg.extractors.values.rounds import normalise_round
from aikg.schema import Evidence, SegmentedReport

_SKIP = ("disclaimer", "toc")


@lru_cache(maxsize=1)
def _rules() -> dict[str, re.Pattern[str]]:
    cards = load("tables")["cards"]
    keys = {k: re.compile("|".join(cards[k]), re.I) for k in ("investor_keys", "amount_keys")}
    return {
        **keys,
        "round_keys": re.compile("|".join(cards["round_keys"]), re.I),
        "undisclosed": re.compile("|".join(cards["undisclosed"]), re.I),
        "head": re.compile(cards["head"]),
        "field": re.compile(cards["field"]),
        "split": re.compile(cards["investor_split"]),
        "role": re.compile(cards["investor_role"], re.I),
    }


def card_rows(report: SegmentedReport) -> Iterator[tuple[Row, Evidence]]:
    """(row, evidence) for every funding card of the report that names an investor."""
    for section in report.sections:
        if section.kind in _SKIP:
            continue
        lines = section.lines
        for i, line in enumerate(lines):
            head = _rules()["head"].match(line.strip())
            if not head or i + 1 >= len(lines) or not _rules()["field"].match(lines[i + 1]):
                continue
            fields = _fields(lines[i + 1 :])
            row = _row(head.group("company"), head.group("rest"), fields)
            if row is not None:
                text = " ".join([line, *lines[i + 1 : i + 1 + len(fields)]])
                yield row, Evidence(report.meta.report_id, text, f"line {section.line_of(i)}")


def _fields(lines: list[str]) -> list[tuple[str, str]]:
    """The card's (key, value) fields: the field lines right after its head."""
    out = []
    for line in lines:
        m = _rules()["field"].match(line.strip())
        if not m:
            break
        out.append((m.group("key").strip(), m.group("value").strip()))
    return out


def _row(company: str, rest: str, fields: list[tuple[str, str]]) -> Row | None:
    r = _rules()
    investors: list[str] = []
    amount, round_text = _amount_text(rest), rest
    for key, value in fields:
        if r["investor_keys"].fullmatch(key):
            investors += [_investor(v) for v in r["split"].split(value) if v.strip()]
        elif r["amount_keys"].fullmatch(key) and not amount:
            amount = _amount_text(value)
        elif r["round_keys"].fullmatch(key):
            round_text = value
    investors = [i for i in dict.fromkeys(investors) if i]
    if not investors:
        return None
    if amount:
        round_text = round_text.replace(amount, " ")
        # the card's words stay beside its amount, for what they say of the currency
        # ("¥30bn" of a company the card places in Japan is the yen)
        amount = "; ".join([amount, *(value for _, value in fields)])
    return Row(
        investee=clean_surface(company),
        round_text=_round_words(round_text),
        amount=amount,
        investors=tuple(investors),
    )


def _amount_text(text: str) -> str:
    """The text of the first money amount with a currency in ``text``, else ""."""
    found = find_amounts(text)
    return text[found[0][0] : found[0][1]].strip() if found else ""


def _round_words(text: str) -> str:
    """The words of ``text`` that name a round ("undisclosed Series A" -> "Series A"),
    else the text as it stands."""
    text = _rules()["undisclosed"].sub(" ", text)
    words = text.replace("|", " ").replace("｜", " ").split()
    spans = [(a, b) for a in range(len(words)) for b in range(len(words), a, -1)]
    for a, b in sorted(spans, key=lambda span: span[0] - span[1]):  # the longest first
        if normalise_round(" ".join(words[a:b])):
            return " ".join(words[a:b])
    return " ".join(words)


def _investor(name: str) -> str:
    return clean_surface(_rules()["role"].sub("", name.strip()))
