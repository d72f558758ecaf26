"""The layout of an AI dynamics section: headline lists, company subheadings, paragraphs.

Monthly reports state their AI news three times over: a headline list in the summary
("人工智能动态:1) 谷歌:发布 X;2) ..."), a company subheading in the section ("谷歌: 发布
X, 推出 Y") and dated paragraphs under it ("11 月 19 日, 谷歌发布 X。..." or "(1) ...").
This module cuts a report into those ``Unit``s; the package's ``extract`` reads facts
from them. In a section most of whose lines are English, an item mark ("- ", "1. "), a
leading date or a capital after a finished sentence opens a paragraph, and "Zentrix
Labs: released X" is a company subheading. Also here: the month a report reviews and
the event a paragraph refers back to.
"""

from __future__ import annotations

import re
from collections import Counter

from aikg.extractors.ai_dynamics.dating import day_heading, lead_date, timeline_pieces
from aikg.extractors.ai_dynamics.layout_english import (
    english_company_line,
    english_heading,
    english_opens,
    english_section,
)
from aikg.extractors.ai_dynamics.rules import common, either, rx, verb_first, zh
from aikg.extractors.ai_dynamics.subjects import (
    known_at_start,
    maker_before,
    names_company,
    subject_of,
)
from aikg.extractors.ai_dynamics.units import Unit, heading_units, timeline_unit
from aikg.extractors.names.lexicon import known_mentions
from aikg.extractors.text.lines import join_lines
from aikg.extractors.text.script import CJK_CLASS, is_english
from aikg.extractors.text.sentences import split_sentences
from aikg.extractors.values.dates import DateValue, find_dates
from aikg.schema import Section, SegmentedReport


def company_line(line: str) -> tuple[str, str] | None:
    """A company subheading "谷歌: 发布 X, 推出 Y" as (company, rest), else None.

    >>> company_line("谷歌: 发布 Gemini 3 Pro, 推出新模型")
    ('谷歌', '发布 Gemini 3 Pro, 推出新模型')
    >>> company_line("11月17日,谷歌推出模型 X。谷歌称:新模型更快。") is None
    True
    >>> company_line("Zentrix: released Zyra 2"), company_line("Mar. 20: Zentrix released Zyra")
    (('Zentrix', 'released Zyra 2'), None)
    """
    text = line.strip()
    m = re.match(r"^([^:;,。()]{1,20}?)\s*:\s*(\S.*)$", text)
    if not m or rx("zh", "paragraph_start").match(text) or either("skip_line").match(text):
        return None
    if is_english(text):
        return english_company_line(text, m.group(1).strip(), m.group(2).strip())
    if len(text) > zh()["subheading_max_chars"] or "。" in text.rstrip("。"):
        return None
    name = m.group(1).strip()
    if text[0] in common()["bullet_chars"] or re.search(r"\d\s*[月日]", name):
        return None
    known = known_mentions(name)
    latin = re.fullmatch(r"[A-Za-z][\w.\- ]{0,30}", name)
    short_cjk = re.fullmatch(rf"{CJK_CLASS}{{2,6}}", name)
    if (known and known[0][0] == 0) or latin or short_cjk:
        return name, m.group(2).strip()
    return None


def timeline_company(line: str) -> str | None:
    """The company of a timeline heading ("百度文心大模型迭代时间线" -> 百度; "" when it
    names none), else None: the line is no timeline heading.

    >>> timeline_company("**百度文心大模型迭代时间线**"), timeline_company("本周要闻")
    ('百度', None)
    """
    m = rx("zh", "timeline_heading").match(line.strip())
    if not m:
        return None
    head = m.group("head").strip(" *")
    found = known_at_start(head) or maker_before(head)  # a maker no list holds, by shape
    return found[0] if found else ""


def item_head(line: str) -> tuple[str, tuple[str, str] | None]:
    """A line of an AI dynamics section and the company line it is, if it is one; a
    bulleted company line ("- 智谱: 上线 X") or dated item ("● 2 月 11 日, ...") loses
    its bullet, being an item of its own, not a point of the paragraph above.

    >>> item_head("- 智谱: 2 月 11 日上线 Zyra-5")
    ('智谱: 2 月 11 日上线 Zyra-5', ('智谱', '2 月 11 日上线 Zyra-5'))
    >>> item_head("● 性能提升 30%")
    ('● 性能提升 30%', None)
    """
    start = rx("zh", "paragraph_start")
    head = None if start.match(line) else company_line(line)
    bare = line.lstrip(common()["bullet_chars"] + " ")
    if head or bare == line:
        return line, head
    if start.match(bare):
        return bare, None
    item = company_line(bare)
    return (bare, item) if item and names_company(item[0]) else (line, None)


def headline_units(report: SegmentedReport) -> list[Unit]:
    """Items of "人工智能动态:1) X:...;2) Y:..." lists in any non-disclaimer section."""
    units: list[Unit] = []
    for section in report.sections:
        if section.kind in ("disclaimer", "toc", "rating"):
            continue
        for i, parts in headline_spans(section):
            text = join_lines(parts)
            end = either("headline_end").search(text)
            text = text[: end.start()] if end else text
            units.extend(_items(text, section.line_of(i)))
    return units


def headline_spans(section: Section) -> list[tuple[int, list[str]]]:
    """The headline lists of a section: (index of the marker line, the list's lines, the
    marker dropped from the first).

    >>> s = Section("summary", "", ["人工智能动态:1) 甲:发布 X;", "2) 乙:推出 Y。", "正文"], 1)
    >>> headline_spans(s)
    [(0, ['1) 甲:发布 X;', '2) 乙:推出 Y。'])]
    """
    spans = []
    for i, line in enumerate(section.lines):
        marker = either("headline_marker").search(line)
        if not marker:
            continue
        parts = [line[marker.end() :]]
        for nxt in section.lines[i + 1 : i + 16]:
            if either("headline_end").search(parts[-1]) or parts[-1].rstrip().endswith("。"):
                break
            parts.append(nxt)
        spans.append((i, parts))
    return spans


def _items(text: str, line: int) -> list[Unit]:
    starts = list(rx(None, "headline_item").finditer(text))
    out = []
    for k, m in enumerate(starts):
        item = text[m.end() : starts[k + 1].start() if k + 1 < len(starts) else len(text)]
        item = re.sub(r"[;。,]+$", "", item.strip())
        head = re.match(r"^([^:,;。]{1,20}?)\s*:\s*", item)
        if head and item[head.end() :].strip():
            unit = Unit("headline", head.group(1).strip())
            unit.sentences = [(f"{m.group(1)}) {item}", line)]
            out.append(unit)
    return out


def section_units(section: Section, period: str = "", published: str = "") -> list[Unit]:
    """Subheadings and paragraphs of one AI dynamics section, in order. A bulleted
    company line ("- 智谱: 2 月 11 日上线 X") or dated item is a unit of its own, and a
    line or heading that states only a day ("2 月 11 日") dates the units under it."""
    units: list[Unit] = []
    company = ""
    day = day_heading(section.heading, period, published)
    pending: list[tuple[str, int]] = []  # lines of the open unit
    open_kind, weak = "", False  # weak: an unknown name heading, for verb-first items only

    def close() -> None:
        nonlocal pending, open_kind
        if pending and open_kind:
            unit = Unit(open_kind, company if not weak or verb_first(pending[0][0]) else "")
            unit.day = day
            text = join_lines([t for t, _ in pending])
            unit.sentences = _sentences_with_lines(pending, text)
            units.append(unit)
        pending, open_kind = [], ""

    english = english_section(section)
    timeline: str | None = None  # the company of the timeline being read, if any
    for i, raw in enumerate(section.lines):
        line, number = raw.strip(), section.line_of(i)
        if not line or either("skip_line").match(line):
            continue
        if english and is_english(line):
            bare = rx("en", "item_start").sub("", line)
            head = None if bare != line else company_line(line)
            if bare == line and english_heading(line):  # "Veltro Systems" over its items
                close()
                known = any(end - start == len(line) for start, end, *_ in known_mentions(line))
                company, weak = line, not known
            elif head:
                close()
                company, weak, open_kind, pending = head[0], False, "subheading", [(line, number)]
            elif open_kind != "paragraph" or english_opens(line, bare, pending):
                close()
                open_kind, pending = "paragraph", [(bare, number)]
            else:
                pending.append((bare, number))
            continue
        if rx("zh", "timeline_line").match(line):  # under "甲公司模型迭代时间线" or alone
            close()  # "2024 年 6 月: X 上线": each dated line is an event of its own
            units.append(timeline_unit(line, number, timeline or ""))
            continue
        timeline = timeline_company(line)
        if timeline is not None:
            close()
            continue
        if day_heading(line, period, published):  # "2 月 11 日" over the items of that day
            close()
            day = day_heading(line, period, published)
            continue
        line, head = item_head(line)
        if head:
            close()
            company, open_kind = head[0], "subheading"
            pending = [(line, number)]
        elif rx("zh", "paragraph_start").match(line):
            close()
            open_kind, pending = "paragraph", [(line, number)]
        elif open_kind == "subheading" and len(line) <= 24 and ":" not in line:
            pending.append((line, number))  # a subheading broken over two lines
        elif open_kind == "paragraph":
            pending.append((line.lstrip(common()["bullet_chars"] + " "), number))
        else:  # a paragraph that opens with its subject ("智谱于 9 月 30 日发布 ...")
            close()
            open_kind, pending = "paragraph", [(line, number)]
    close()
    return units


def _sentences_with_lines(pending: list[tuple[str, int]], text: str) -> list[tuple[str, int]]:
    """Split the joined text into sentences, giving each the line it starts on."""
    bounds, pos = [], 0
    for piece, number in pending:
        at = text.find(piece.strip()[:8], pos)
        if at >= 0:
            bounds.append((at, number))
            pos = at
    out, offset = [], 0
    for sentence, _ in split_sentences(text):
        at = text.find(sentence, offset)
        offset = at + len(sentence)
        number = next((n for b, n in reversed(bounds) if b <= at), pending[0][1])
        out.append((sentence, number))
    return out


def news_units(
    section: Section, kind: str = "news", period: str = "", published: str = ""
) -> list[Unit]:
    """Paragraphs of an industry news (or prose) section, as units of ``kind``: each line
    opens one, unless it reads as a continuation ("目前,..."); a company line ("快手: 11 月
    19 日, 发布 X") is a unit of its company; headline lists' lines are left out; a line
    or heading that states only a day dates the units under it."""
    units: list[Unit] = []
    day = day_heading(section.heading, period, published)
    pending: list[tuple[str, int]] = []
    english = english_section(section)
    timeline: str | None = None  # the company of the timeline being read, if any
    listed = {i + k for i, parts in headline_spans(section) for k in range(len(parts))}

    def close() -> None:
        if pending:
            unit = Unit(kind, "", listed=pending[0][1] in listed_lines, day=day)
            unit.sentences = _sentences_with_lines(pending, join_lines([t for t, _ in pending]))
            units.append(unit)

    listed_lines: set[int] = set()  # source lines that open with a bullet or item number
    for i, raw in timeline_pieces(section.lines):  # a joined timeline cut per entry
        line = raw.strip().lstrip(common()["bullet_chars"] + " ")
        if not line or i in listed or either("skip_line").match(line):
            continue
        if line != raw.strip() or rx("zh", "list_item").match(line):
            listed_lines.add(section.line_of(i))
        head = None if rx("zh", "report_title_line").match(line) else company_line(line)
        if head and not names_company(head[0]):
            continue  # "事件: …", "点评: …": a label, not a company (skipped as before)
        if head:  # "快手: 11 月 19 日, 发布 X": one item, the company its subject
            close()
            pending, no = [], section.line_of(i)
            units.append(Unit(kind, head[0], [(head[1], no)], no in listed_lines, day=day))
            continue
        if rx("zh", "report_title_line").match(line):  # 相关研究: titles of earlier reports
            continue
        if timeline is not None and rx("zh", "timeline_line").match(line):
            close()
            pending = []
            units.append(timeline_unit(line, section.line_of(i), timeline))
            continue
        timeline = timeline_company(line)
        if timeline is not None:
            close()
            pending = []
            continue
        if day_heading(line, period, published):  # "2 月 11 日" over the items of that day
            close()
            pending, day = [], day_heading(line, period, published)
            continue
        if english and is_english(line):
            bare = rx("en", "item_start").sub("", raw.strip())
            if pending and not english_opens(raw, bare, pending):
                pending.append((bare, section.line_of(i)))
                continue
            line = bare
        elif pending and rx("zh", "continuation_start").match(line):
            pending.append((line, section.line_of(i)))
            continue
        close()
        pending = [(line, section.line_of(i))]
    close()
    return units


def ai_units(report: SegmentedReport) -> list[Unit]:
    """All units of the report: headline items first, then each AI section's units, then
    the paragraphs of industry news and prose sections (read for model releases and
    partners only)."""
    units = headline_units(report)
    period = report.meta.period
    for section in report.sections_of("ai_dynamics"):
        units.extend(heading_units(section, -1))
        units.extend(section_units(section, period, report.meta.published))
    skip = {"ai_dynamics", *common()["release_skip_sections"]}
    others = [s for s in report.sections if s.kind not in skip]
    for k, section in enumerate(others):
        kind = "news" if section.kind in common()["news_section_kinds"] else "prose"
        units.extend(heading_units(section, k))
        for unit in news_units(section, kind, period, report.meta.published):
            unit.section = k
            units.append(unit)
    return units


def reviewed_month(report: SegmentedReport, units: list[Unit]) -> DateValue | None:
    """The month a report's AI news reviews (see the module docstring); None when the
    report has neither paragraph dates nor a period."""
    months = Counter()
    for unit in units:
        if unit.kind == "paragraph":
            lead = lead_date(unit.sentences[0][0], report.meta.period)
            if lead and lead.precision == "day":
                months[lead.iso[:7]] += 1
    if months:
        return DateValue(months.most_common(1)[0][0], "month")
    period = report.meta.period
    if not re.match(r"^\d{4}", period or ""):
        return None
    year, month = int(period[:4]), int(period[5:7] or 1)
    if re.search(zh()["monthly_report_title"], report.meta.title):
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return DateValue(f"{year:04d}-{month:02d}", "month")


def _day(text: str, period: str) -> DateValue | None:
    return next((d for _, _, d in find_dates(text, period) if d.precision == "day"), None)


def event_anchors(units: list[Unit], period: str) -> dict[int, tuple[DateValue, str]]:
    """The event each news or prose paragraph refers back to ("本次大会", "大会中") when
    it states no day date itself: (date, company) of the latest paragraph of the same
    section that dates an event ("10 月 6 日, 甲公司在开发者大会中发布 ..."), keyed by
    the index of the referring unit in ``units``.

    >>> units = [Unit("prose", "", [("3 月 2 日,Zentrix 在开发者大会上发布多款产品。", 1)]),
    ...          Unit("prose", "", [("大会中还公布了 Zyra 3 的升级。", 3)])]
    >>> {k: (d.iso, c) for k, (d, c) in event_anchors(units, "2031-03").items()}
    {1: ('2031-03-02', 'Zentrix')}
    """
    anchors: dict[int, tuple[DateValue, str]] = {}
    current: dict[int, tuple[DateValue, str]] = {}
    for i, unit in enumerate(units):
        if unit.kind not in ("news", "prose"):
            continue
        if _day(unit.text, period) is None:
            if unit.section in current and rx("zh", "event_reference").search(unit.text):
                anchors[i] = current[unit.section]
            continue
        for sentence, _ in unit.sentences:
            day = _day(sentence, period)
            if day and either("event_words").search(sentence):
                current[unit.section] = (day, subject_of(sentence, ""))
    return anchors
