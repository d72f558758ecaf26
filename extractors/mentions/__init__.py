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

import re
from collections.abc import Iterator, Mapping
from dataclasses import replace

from aikg.extractors.known import Known
from aikg.extractors.mentions.apps import with_apps
from aikg.extractors.mentions.lists import headed_company, labelled_companies, picked_companies
from aikg.extractors.mentions.pairs import bracketed, is_ticker
from aikg.extractors.mentions.publishers import masthead_publishers
from aikg.extractors.mentions.shapes import (
    chinese_parties,
    latin_parties,
    listed_companies,
    quoted_names,
)
from aikg.extractors.mentions.versions import (
    hyphen_names,
    model_heads,
    systems,
    versioned,
    with_version,
)
from aikg.extractors.names.gate import contact_line, is_entity, is_person, strip_note
from aikg.extractors.names.latin_runs import kind_introduced
from aikg.extractors.names.lexicon import name_key
from aikg.extractors.names.mentions import Mention, _latin_names, strict_mentions
from aikg.extractors.names.open_world import free
from aikg.extractors.text.lines import Paragraph, paragraphs
from aikg.schema import EntityFact, EntityRef, Evidence, Fact, SegmentedReport

__all__ = ["PHASE", "extract", "mentions_in"]

PHASE = "linking"  # it reads the names the structured phase typed, and adds no relation
_SKIP = ("disclaimer", "toc")
_PER_ENTITY = 4  # evidence kept per entity and report (first lines, for the scope)
_MASTHEAD_LINES = 8  # the cover lines where a report names its publisher
_PUBLISHER_LINES = 5  # the masthead lines whose publication-word runs are its publisher
_WINDOW = 120  # characters of context either side of a mention, for the evidence


def mentions_in(
    text: str, names: Mapping[str, str] | None = None, context: str = "", piece: bool = False
) -> list[Mention]:
    """The gated mentions of one text (a paragraph, heading or table cell), ordered; a
    cell's ``context`` (its row, header and caption) helps type a versioned name in it;
    ``piece`` says the text is one line of a paragraph, whose first run may be the end
    of a name wrapped from the line before ("Halden⏎Vision, a maker of").

    >>> [(m.name, m.label) for m in mentions_in("TeraWulf (WULF US) leases to Fluidstack")]
    [('TeraWulf', 'Company'), ('Fluidstack', 'Company')]
    >>> mentions_in("Apache 2.0 许可，60GB 显存")
    []
    """
    quoted = quoted_names(text, [])  # a quoted name is whole: "“夸克文曲”" is not 夸克
    inside = [(q.start, q.end) for q in quoted]
    found = [m for m in strict_mentions(text, names) if free(inside, m.start, m.end)]
    found += quoted
    companies = [m for m in found if m.is_company]
    heads = model_heads(text, companies)  # "DeepSeek-V3.1": the company opens a model
    parties = [(m.start, m.end) for m in companies if m not in heads]
    # a versioned name reaches over a product or model name inside it ("Kimi K2 Thinking")
    longer = with_version(text, found, parties + inside)  # "文心一言 5.0", not "一言 5.0"
    longer += systems(text, [(v.start, v.end) for v in longer] + parties + inside)
    longer += versioned(text, [(v.start, v.end) for v in longer] + parties + inside, context)
    longer += hyphen_names(text, heads, [(v.start, v.end) for v in longer] + parties + inside)
    found = [_trimmed(m, longer) if m in heads else m for m in found]
    found = [m for m in found if m and _kept(m, heads, longer)]
    taken = [(m.start, m.end) for m in found]
    longer = [v for v in longer if free(taken, v.start, v.end)]
    found += longer
    taken += [(m.start, m.end) for m in longer]
    for finder in (
        latin_parties,
        chinese_parties,
        listed_companies,
        picked_companies,
        headed_company,
    ):
        new = finder(text, taken)
        found += new
        taken += [(m.start, m.end) for m in new]
    found += labelled_companies(text, taken, [(m.start, m.end) for m in found if m.is_company])
    taken = [(m.start, m.end) for m in found]
    for m in _latin_names(text, taken):  # a bare run is a company when its ticker follows
        alias = bracketed(text, m.end, "Company")
        kind = kind_introduced(text, m.start, m.end) and not (piece and m.start == 0)
        if (alias and is_ticker(alias)) or kind:  # a line piece may open in a wrapped name
            found.append(replace(m, label="Company"))  # or a kind noun ("cloud provider X")
    found += _ticker_named(text, taken + [(m.start, m.end) for m in found])
    found = with_apps(text, sorted(found, key=lambda m: m.start))
    found = [replace(m, name=strip_note(m.name)) for m in found]
    kept = (m for m in found if is_entity(m.name, m.label) and not is_person(m.name))
    return sorted(kept, key=lambda m: m.start)


# CJK characters, less 丨 (U+4E28), which press wires write as a separator ("12月4日丨X")
_CJK_NAME_CHAR = r"\u4e00-\u4e27\u4e29-\u9fff"
_CJK_BEFORE_BRACKET = re.compile(rf"(?<![{_CJK_NAME_CHAR}])[{_CJK_NAME_CHAR}]{{2,8}}(?=\s*[(（])")


def _ticker_named(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Chinese names a clause opens and a ticker bracket follows ("苏澜网络（300872 SZ）与",
    "曜石股份（603719.SH）公告"): notices and weeklies name a listed company so, whatever
    its name ends in.

    >>> [m.name for m in _ticker_named("3. 苏澜网络（300872 SZ）与北汐签署", [])]
    ['苏澜网络']
    >>> _ticker_named("国内市场（2025 年）", [])
    []
    >>> [m.name for m in _ticker_named("格隆汇12月4日丨澜途信息(300916.SZ)公布", [])]
    ['澜途信息']
    """
    out = []
    for m in _CJK_BEFORE_BRACKET.finditer(text):
        alias = bracketed(text, m.end(), "Company")
        if alias and is_ticker(alias) and free(taken, m.start(), m.end()):
            out.append(Mention(m.start(), m.end(), m.group(), "Company"))
    return out


def _trimmed(m: Mention, longer: list[Mention]) -> Mention | None:
    """A company name whose Latin tail opens a versioned name ("月之暗面 Kimi" before "Kimi
    K2 Thinking"): its part before that name, or None when nothing is left."""
    starts = [v.start for v in longer if m.start < v.start < m.end]
    if not starts:
        return m
    name = m.name[: min(starts) - m.start].strip()
    return replace(m, end=m.start + len(name), name=name) if len(name) >= 2 else None


def _kept(m: Mention, heads: list[Mention], longer: list[Mention]) -> bool:
    """Whether a listed or typed mention stays beside the versioned names: a company
    unless it opens one ("DeepSeek" of "DeepSeek-V3.1"), anything else unless one is
    strictly longer over it (a chip the list types keeps its label: "Trainium2")."""
    over = [v for v in longer if v.start <= m.start and m.end <= v.end]
    if m.is_company:
        return m not in heads or not over
    return not any(v.end - v.start > m.end - m.start for v in over)


def _texts(report: SegmentedReport) -> Iterator[tuple[str, str, str, bool]]:
    """(text, locator, context, piece) of every heading, paragraph and table cell that is
    read; a cell's context is its row, the header and the caption; ``piece`` marks one line
    of a cover or contact block (its first word may end a name wrapped from the line before).
    """
    for section in report.sections:
        if section.kind in _SKIP:
            continue
        if section.heading:
            yield section.heading, f"line {max(section.start_line - 1, 1)}", "", False
        for para in paragraphs(section):
            if section.kind == "front" or contact_line(para.text):
                yield from _lines_of(para)  # a cover or contact block: line by line
            else:
                yield para.text, f"line {para.line_at(0)}", "", False
    for table in report.tables:
        head = " ".join([table.caption, *table.header])
        for i, row in enumerate(table.rows):
            context = " ".join([head, *row])
            for cell in row:
                if cell.strip():
                    yield cell, table.locator(i), context, False


def _full_names(mentions: list[Mention]) -> dict[str, Mention]:
    """The one unlisted Latin company of a report whose name a shorter mention opens
    ("Halvorsen" and "Kingsmere Capital" for "Halvorsen Compute", "Kingsmere Capital
    Markets"): the short form names that company, whatever it was typed as.

    >>> ms = [Mention(0, 17, "Halvorsen Compute", "Company"), Mention(0, 9, "Halvorsen", "Chip")]
    >>> _full_names(ms)["Halvorsen"].name
    'Halvorsen Compute'
    """
    full: dict[tuple[str, ...], set[str]] = {}
    for m in mentions:
        words = tuple(m.name.split())
        if m.is_company and not m.canonical and m.name.isascii() and len(words) > 1:
            for k in range(1, len(words)):
                full.setdefault(words[:k], set()).add(m.name)
    out = {}
    for m in mentions:
        names = full.get(tuple(m.name.split()), set())
        if len(names) == 1 and not m.canonical and not re.search(r"\d", m.name):
            name = next(iter(names))
            out[m.name] = replace(m, name=name, label="Company")
    return out


def _split_bracket(m: Mention) -> tuple[Mention, str]:
    """A name with its other name in brackets, as found in a table cell ("TPU v7
    (Ironwood)"): the name, and the bracketed one as its alias ("" when none)."""
    both = re.fullmatch(r"(.+?)\s*[(（]\s*([^()（）]{2,30}?)\s*[)）]", m.name)
    if not both or not (is_entity(both.group(1), m.label) and is_entity(both.group(2), m.label)):
        return m, ""
    return replace(m, name=both.group(1)), both.group(2)


def _label_free_key(m: Mention) -> str:
    return name_key("Model", m.name)


def _report_labels(mentions: list[Mention]) -> dict[str, str]:
    """One label per unlisted versioned name in a report: a name typed a chip or a
    product anywhere (by the noun after it, a chip table) is one everywhere, where
    elsewhere only the default made it a model ("Tern-5 switch ASIC" ... "the Tern-5
    platform").

    >>> ms = [Mention(0, 6, "Tern-5", "Chip"), Mention(0, 6, "Tern-5", "Model")]
    >>> _report_labels(ms)
    {'tern5': 'Chip'}
    """
    seen: dict[str, set[str]] = {}
    for m in mentions:
        if m.label in ("Model", "Chip", "Product") and not m.canonical:
            seen.setdefault(_label_free_key(m), set()).add(m.label)
    out = {}
    for key, kinds in seen.items():
        if "Model" in kinds and len(kinds) == 2:
            out[key] = next(k for k in kinds if k != "Model")
    return out


def _lines_of(para: Paragraph) -> Iterator[tuple[str, str, str, bool]]:
    """The source lines a paragraph joins, each with its locator: the lines of a cover
    ("Pemberton Hale & Co.  Global Equity Research") are no sentence, and only the
    contact lines of a block that mixes them are left out."""
    ends = [start for start, _ in para.starts[1:]] + [len(para.text)]
    for (start, line), end in zip(para.starts, ends, strict=True):
        piece = para.text[start:end].strip()
        if piece:
            yield piece, f"line {line}", "", True


def _masthead(locator: str, m: Mention) -> bool:
    """Whether a broker's mention is its English masthead: a Latin name in the first
    lines ("Ashcombe & Reyes Securities | Equity Research"). A Chinese note's 证券 masthead
    is its brand line, read as the report's source only."""
    at = re.fullmatch(r"line (\d+)", locator)
    return bool(at) and int(at.group(1)) <= _MASTHEAD_LINES and m.name.isascii()


def _with_publisher(text: str, locator: str, mentions: list[Mention]) -> list[Mention]:
    """A masthead line's mentions with its publisher (:mod:`.publishers`) in place of the
    shorter names inside it ("Strathmore Partners" of "Strathmore Partners Research")."""
    at = re.fullmatch(r"line (\d+)", locator)
    if not at or int(at.group(1)) > _PUBLISHER_LINES:
        return mentions
    for pub in masthead_publishers(text):
        inside = [m for m in mentions if m.start < pub.end and pub.start < m.end]
        if all(pub.start <= m.start and m.end <= pub.end for m in inside):
            mentions = [m for m in mentions if m not in inside] + [pub]
    return sorted(mentions, key=lambda m: m.start)


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
    found = [
        (text, locator, mentions_in(text, known.names, context, piece))
        for text, locator, context, piece in _texts(report)
        if not contact_line(text)
    ]
    labels = _report_labels([m for _, _, ms in found for m in ms])
    longer = _full_names([m for _, _, ms in found for m in ms])
    # a publisher names itself on its masthead only: no shorter name elsewhere is it
    found = [(t, at, _with_publisher(t, at, ms)) for t, at, ms in found]
    for text, locator, mentions in found:
        for m in mentions:
            m = replace(m, label=labels.get(_label_free_key(m), m.label))
            m = longer.get(m.name, m) if not m.canonical else m
            m, inner = _split_bracket(m)
            key = (m.label, m.canonical or name_key(m.label, m.name))
            if broker and broker in name_key("Company", m.name) and not _masthead(locator, m):
                continue  # the publishing broker: named by its masthead, not as a subject
            alias = inner or bracketed(text, m.end, m.label)
            if (key + (locator,)) in lines or (count.get(key, 0) >= _PER_ENTITY and not alias):
                continue
            lines.add(key + (locator,))
            count[key] = count.get(key, 0) + 1
            evidence = Evidence(report.meta.report_id, _snippet(text, m), locator)
            yield EntityFact(
                EntityRef(m.name, m.label), evidence, aliases=(alias,) if alias else ()
            )
