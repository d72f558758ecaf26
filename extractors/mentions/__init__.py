"""Mentions everywhere: every company, organisation, model, chip and product a report
names, in any sentence, heading or table cell, as an ``EntityFact`` (the graph gives it
a node and the report's ``MENTIONS`` edge with this evidence), even where no relation is
found.

Names come from :func:`~aikg.extractors.names.mentions.strict_mentions` (the alias list,
the names the structured phase typed (``Known.names``), chip codes beside a chip noun,
suffixed Chinese names, role names) and from the open-world shapes of :mod:`.shapes`
(versioned models and chips, Latin companies and organisations by their head word,
Chinese names by their trade or office word). A bracket after a name that holds its
ticker or its other-script form (:mod:`.pairs`) makes that form an alias, so both are
one node. Every surface passes the entity gate
(:func:`~aikg.extractors.names.gate.junk_reason`); disclaimer sections, tables of
contents and the lines of analyst and contact blocks are not read.

>>> from aikg.schema import ReportMeta, Section
>>> r = SegmentedReport(ReportMeta("r"), [Section("prose", "", [
...     "曦禾智能（Xihe AI）开源 Kuafu-2.5，并采购 JX-680 芯片。"], 3)], [], "")
>>> [(f.entity.name, f.entity.label, f.aliases)
...  for f in extract(r)]  # doctest: +NORMALIZE_WHITESPACE
[('曦禾智能', 'Company', ('Xihe AI',)), ('Xihe AI', 'Company', ()),
 ('Kuafu-2.5', 'Model', ()), ('JX-680', 'Chip', ())]
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace

from aikg.extractors.known import Known
from aikg.extractors.mentions.pairs import bracketed, is_ticker
from aikg.extractors.mentions.shapes import (
    chinese_parties,
    latin_parties,
    quoted_names,
    versioned,
)
from aikg.extractors.names.gate import contact_line, is_entity, strip_note
from aikg.extractors.names.lexicon import name_key
from aikg.extractors.names.mentions import Mention, _latin_names, strict_mentions
from aikg.extractors.names.open_world import free
from aikg.extractors.text.lines import paragraphs
from aikg.schema import EntityFact, EntityRef, Evidence, Fact, SegmentedReport

__all__ = ["PHASE", "extract", "mentions_in"]

PHASE = "linking"  # it reads the names the structured phase typed, and adds no relation
_SKIP = ("disclaimer", "toc")
_PER_ENTITY = 4  # evidence kept per entity and report (first lines, for the scope)
_WINDOW = 120  # characters of context either side of a mention, for the evidence


def mentions_in(text: str, names: Mapping[str, str] | None = None) -> list[Mention]:
    """The gated mentions of one text (a paragraph, heading or table cell), ordered.

    >>> [(m.name, m.label) for m in mentions_in("TeraWulf (WULF US) leases to Fluidstack")]
    [('TeraWulf', 'Company'), ('Fluidstack', 'Company')]
    >>> mentions_in("Apache 2.0 许可，60GB 显存")
    []
    """
    quoted = quoted_names(text, [])  # a quoted name is whole: "“夸克文曲”" is not 夸克
    inside = [(q.start, q.end) for q in quoted]
    found = [m for m in strict_mentions(text, names) if free(inside, m.start, m.end)]
    found += quoted
    # a versioned name reaches over a product or model name inside it ("Kimi K2 Thinking")
    longer = versioned(text, [(m.start, m.end) for m in found if m.is_company] + inside)
    found = [
        m for m in found if m.is_company or free([(v.start, v.end) for v in longer], m.start, m.end)
    ]
    taken = [(m.start, m.end) for m in found]
    longer = [v for v in longer if free(taken, v.start, v.end)]
    found += longer
    taken += [(m.start, m.end) for m in longer]
    for finder in (latin_parties, chinese_parties):
        new = finder(text, taken)
        found += new
        taken += [(m.start, m.end) for m in new]
    for m in _latin_names(text, taken):  # a bare run is a company when its ticker follows
        alias = bracketed(text, m.end, "Company")
        if alias and is_ticker(alias):
            found.append(m)
    found = [replace(m, name=strip_note(m.name)) for m in found]
    return sorted((m for m in found if is_entity(m.name, m.label)), key=lambda m: m.start)


def _texts(report: SegmentedReport) -> Iterator[tuple[str, str]]:
    """(text, locator) of every heading, paragraph and table cell that is read."""
    for section in report.sections:
        if section.kind in _SKIP:
            continue
        if section.heading:
            yield section.heading, f"line {max(section.start_line - 1, 1)}"
        for para in paragraphs(section):
            yield para.text, f"line {para.line_at(0)}"
    for table in report.tables:
        for i, row in enumerate(table.rows):
            for cell in row:
                if cell.strip():
                    yield cell, table.locator(i)


def _snippet(text: str, m: Mention) -> str:
    start, end = max(0, m.start - _WINDOW), min(len(text), m.end + _WINDOW)
    return text[start:end].strip()


def extract(report: SegmentedReport, known: Known | None = None) -> Iterator[Fact]:
    """An ``EntityFact`` for each entity named in the report, with its evidence (up to a
    few lines each), its bracketed alias where one is given."""
    known = known if known is not None else Known()
    broker = name_key("Company", report.meta.broker) if report.meta.broker else None
    count: dict[tuple[str, str], int] = {}
    lines: set[tuple[str, str, str]] = set()
    for text, locator in _texts(report):
        if contact_line(text):
            continue
        for m in mentions_in(text, known.names):
            key = (m.label, m.canonical or name_key(m.label, m.name))
            if broker and broker in name_key("Company", m.name):
                continue  # the publishing broker is the report's source, not its subject
            alias = bracketed(text, m.end, m.label)
            if (key + (locator,)) in lines or (count.get(key, 0) >= _PER_ENTITY and not alias):
                continue
            lines.add(key + (locator,))
            count[key] = count.get(key, 0) + 1
            evidence = Evidence(report.meta.report_id, _snippet(text, m), locator)
            yield EntityFact(
                EntityRef(m.name, m.label), evidence, aliases=(alias,) if alias else ()
            )
