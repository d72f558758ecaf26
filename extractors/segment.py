"""Segment a document: normalise its text, find its metadata, sections and tables.

Handles the layouts reports come in: markdown headings, plain headings, hard-wrapped
lines (a PDF's fixed line width, with breaks inside names and numbers), tab-separated
tables and the OCR slips of PDF-to-text conversion.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources

from aikg.schema import Document, ReportMeta, Section, SegmentedReport, Table

_TERMINAL = tuple('。！？；;.!?:：)）》」”"')
_BLOCK_START = re.compile(
    r"^\s*([(（]\d+[)）]|\d+[)）.、]|[-•■●▪]\s|#|图\s*\d|表\s*\d|资料来源|来源|注[:：]|《[^》]*》[^，,。；;]*$|"
    r"\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\s*年)"
)
_TOC_ENTRY = re.compile(r"(\t|\.{3,}|…+|\s)\s*\d{1,3}\s*$")
_OCR = [(re.compile(r"(?<![A-Za-z])Al(?![a-z])"), "AI"), (re.compile(r"\*\*"), "")]


@lru_cache(maxsize=1)
def _rules() -> dict:
    raw = resources.files("aikg.extractors").joinpath("rules/sections.json").read_text("utf-8")
    rules = json.loads(raw)
    rules["compiled"] = [(kind, re.compile(p, re.I)) for kind, p in rules["kinds"]]
    return rules


def display_width(text: str) -> int:
    """Columns a line takes: wide (CJK, full-width) characters count two.

    >>> display_width("AI 芯片")
    7
    """
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def normalise_text(text: str) -> str:
    """Width-fold (NFKC), fix OCR slips ("Al" for "AI"), drop markdown bold markers.

    >>> normalise_text("OpenAl：**发布** Al 芯片")
    'OpenAI:发布 AI 芯片'
    """
    text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u00a0", " ").replace("\u3000", " ")
    text = text.replace("OpenAl", "OpenAI")
    for pattern, repl in _OCR:
        text = pattern.sub(repl, text)
    return text


def wrap_width(lines: list[str]) -> int | None:
    """The fixed width a hard-wrapped document was broken at, or None if it was not.

    A document is hard-wrapped when many of its unpunctuated line ends sit at one width.
    """
    widths = [
        display_width(ln.strip())
        for ln in lines
        if ln.strip() and "\t" not in ln and not ln.rstrip().endswith(_TERMINAL)
    ]
    long = [w for w in widths if w >= 40]
    if len(long) < 20:
        return None
    buckets = Counter(w // 4 for w in long)
    bucket, count = buckets.most_common(1)[0]
    near = count + buckets.get(bucket - 1, 0) + buckets.get(bucket + 1, 0)
    if near / max(1, len([ln for ln in lines if ln.strip()])) < 0.25:
        return None
    return bucket * 4 + 3


def _bare_heading(line: str) -> bool:
    """Whether a line is a section heading and nothing more ("内容目录", "风险提示").

    Such a line opens a block even after a line that reaches the wrap width.
    """
    text = line.strip().lstrip("#").strip()
    return any((m := p.match(text)) and m.end() == len(text) for _, p in _rules()["compiled"])


_CITATION_END = re.compile(r"—\s*20\d{2}-\d{1,2}-\d{1,2}$")  # 《…》 ——2024-11-11


def _first_token_width(text: str) -> int:
    """Columns taken by the first unbreakable piece of a line: a Latin word or a char.

    An opening bracket or quote never ends a line in CJK typesetting (kinsoku), so one
    that starts a line came down with the character after it.

    >>> _first_token_width("Gemini 3"), _first_token_width("北京"), _first_token_width("《北京")
    (6, 2, 4)
    """
    word = re.match(r"[!-~]+", text)
    if word:
        return display_width(word.group(0))
    return display_width(text[:2] if text[:1] in _OPENING and len(text) > 1 else text[:1])


_OPENING = "《〈「『【〔（(“‘"


def reflow(lines: list[str], numbers: list[int], width: int) -> tuple[list[str], list[int]]:
    """Join the physical lines of a hard-wrapped document back into paragraphs.

    A line that reaches the wrap width without ending a sentence continues on the next
    non-blank line, unless that line starts a new block (a list item, a figure, a date,
    a bare heading). A line "reaches" the width when the next line's first word (a
    Latin word, or one character) would not have fitted after it; the width is that of
    the line's own column: that of its neighbours, when three or more of them end at
    one narrower width (a summary beside a sidebar, wrapped shorter than the page). A
    line that ends a citation ("《…》 ——2024-11-11") ends its block. Latin words broken
    across lines are joined with a space, Chinese without.
    """
    body = [(ln.strip(), no) for ln, no in zip(lines, numbers, strict=True) if ln.strip()]
    widths = [display_width(text) for text, _ in body]

    def broken_by_wrap(k: int) -> bool:
        text = body[k][0]
        if text.endswith(_TERMINAL) or k + 1 >= len(body):
            return False
        if _CITATION_END.search(text):
            return False
        limit = width
        near = widths[max(0, k - 3) : k + 4]
        # a narrower column: the widest width that three or more near lines all but reach
        column = max((w for w in near if sum(w - 3 <= v <= w for v in near) >= 3), default=0)
        if 0.75 * width <= column < width:
            limit = column
        following = body[k + 1][0]
        gap = 1 if text[-1].isascii() and following[0].isascii() else 0
        return widths[k] + gap + _first_token_width(following) - 2 >= limit - 8

    out: list[str] = []
    out_numbers: list[int] = []
    pending = ""
    pending_no = 0
    for k, (text, number) in enumerate(body):
        if pending:
            if _BLOCK_START.match(text) or _bare_heading(text):
                out.append(pending)
                out_numbers.append(pending_no)
                pending = ""
            else:
                sep = " " if re.search(r"[A-Za-z0-9]$", pending) and text[0].isascii() else ""
                pending = pending + sep + text
                if not broken_by_wrap(k):
                    out.append(pending)
                    out_numbers.append(pending_no)
                    pending = ""
                continue
        if broken_by_wrap(k):
            pending, pending_no = text, number
        else:
            out.append(text)
            out_numbers.append(number)
    if pending:
        out.append(pending)
        out_numbers.append(pending_no)
    return out, out_numbers


def heading_kind(line: str) -> str | None:
    """The section kind a line opens, or None if it is not a heading.

    >>> heading_kind("行业政策:中美 AI 政策布局")
    'policy'
    >>> heading_kind("## 中美AI产业链的全链协同") is None
    False
    >>> heading_kind("人工智能动态:1) 谷歌:发布新模型;2) 腾讯:上线新应用。") is None
    True
    """
    stripped = line.strip()
    markdown = stripped.startswith("#")
    text = stripped.lstrip("#").strip().lstrip("■●▪ ").strip()
    if not text:
        return None
    rules = _rules()
    if not markdown:
        if display_width(text) > rules["heading_max_width"] or text.endswith(("。", ";", "；")):
            return None
        if _TOC_ENTRY.search(text) and not re.fullmatch(r"[\w ]*", text):
            return None
        if re.search(r"[:：]\s*1\s*[)）]", text):
            return None  # a headline list, not a heading
    for kind, pattern in rules["compiled"]:
        if pattern.match(text):
            return kind
    return "prose" if markdown else None


def _cell(text: str) -> str:
    """A table cell's text with its runs of white space made single spaces."""
    return " ".join(text.split())


def normalise_table(table: Table) -> Table:
    """A ruled PDF table with its cells and caption normalised like the text is."""
    return Table(
        rows=[[_cell(normalise_text(c)) for c in row] for row in table.rows],
        caption=_cell(normalise_text(table.caption)),
        start_line=table.start_line,
        page=table.page,
        source=table.source,
    )


def find_tables(lines: list[str], numbers: list[int]) -> list[Table]:
    """Runs of tab-separated lines, each a table, captioned by the line above them."""
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        if lines[i].count("\t") >= 1 and len([c for c in lines[i].split("\t") if c.strip()]) >= 2:
            start = i
            rows = []
            while i < len(lines) and (
                "\t" in lines[i]
                or (not lines[i].strip() and i + 1 < len(lines) and "\t" in lines[i + 1])
            ):
                if lines[i].strip():
                    rows.append([_cell(c) for c in lines[i].rstrip("\n").split("\t")])
                i += 1
            caption = ""
            for back in range(start - 1, max(-1, start - 4), -1):
                if lines[back].strip():
                    caption = lines[back].strip().lstrip("#").strip()
                    break
            if len(rows) >= 2:
                tables.append(Table(rows=rows, caption=caption, start_line=numbers[start]))
        else:
            i += 1
    return tables


_TITLE_WORDS = r"投资策略|研究|专题|报告|策略|展望|Research|Report|Outlook|Strategy"
_TITLE_PERIOD = re.compile(r"(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(投资策略|月报|策略|报告)")
_MONTH_STRATEGY = re.compile(r"^(\d{1,2})\s*月\s*(投资策略|策略)")
_FULL_DATE = re.compile(r"(20\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?")
_ASOF = re.compile(r"截至\s*(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YEAR_MONTH = re.compile(r"(20\d{2})\s*年\s*(\d{1,2})\s*月")
# "25Q3" or "3Q25" (a calendar quarter; "3Q25E" is a forecast, "4QFY25" a fiscal one)
_QUARTER = re.compile(r"(?<![\dA-Za-z])(?:(\d{2})\s*Q([1-4])|([1-4])\s*Q\s*(\d{2}))(?![\dA-Za-z])")
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_DATE = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:(\d{1,2}),?\s+)?"
    r"(20\d{2})\b"
)
_YEARLESS_ASOF = re.compile(r"截至\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# a date the text looks forward to ("至2026年3月", "预计…", "…底前", "从…开始") says nothing
# about when the report was written
_FORWARD_BEFORE = re.compile(r"((?<!截)至|到|预计|计划|将于|将在|有望|目标|力争|争取)\s*$")
_FORWARD_AFTER = re.compile(r"^\s*(底前|前|之前|开始|起|以后|之后)")
_BROKER = re.compile(r"([\u4e00-\u9fff]{2,8}(?:证券|证券经济研究所|国际环球市场|研究所|资本))")


def _looks_forward(text: str, match: re.Match[str]) -> bool:
    """Whether a date mention is one the text looks forward to, not back on."""
    before = text[max(0, match.start() - 4) : match.start()]
    return bool(_FORWARD_BEFORE.search(before) or _FORWARD_AFTER.match(text[match.end() :]))


def _latest_month(text: str, asof: list[tuple[int, int, int]]) -> tuple[int, int] | None:
    """The latest (year, month) the text looks back on; see ``find_meta``."""
    months = [(y, m) for y, m, _ in asof]
    for pattern in (_FULL_DATE, _YEAR_MONTH):
        for match in pattern.finditer(text):
            year, month = int(match.group(1)), int(match.group(2))
            day = int(match.group(3)) if pattern is _FULL_DATE else 1
            if 1 <= month <= 12 and 1 <= day <= 31 and not _looks_forward(text, match):
                months.append((year, month))
    for match in _EN_DATE.finditer(text):  # "March 4, 2031", "Mar 2031"
        months.append((int(match.group(3)), _EN_MONTHS.index(match.group(1).lower()) + 1))
    for match in _QUARTER.finditer(text):
        yy, q = (match.group(1), match.group(2)) if match.group(1) else match.group(4, 3)
        if not _looks_forward(text, match):
            months.append((2000 + int(yy), int(q) * 3))
    if not months:
        return None
    latest = max(months)
    for match in _YEARLESS_ASOF.finditer(text):
        if text[max(0, match.start() - 1) : match.start()].isdigit():
            continue
        month, day = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12 and 1 <= day <= 31 and (latest[0], month) > latest:
            latest = (latest[0], month)
    return latest


def find_meta(doc: Document, lines: list[str]) -> ReportMeta:
    """Title, broker, period (the month the report covers) and language of a report.

    The period is what relative dates ("11月19日", "年内") are resolved against: the
    month of an "N 年 M 月投资策略" title, else the latest month the text looks back on:
    the latest of its "截至" (as-of) dates, full dates, year-months ("2025年9月") and
    calendar quarters ("25Q3"/"3Q25" count as the quarter's last month), leaving out
    dates it looks forward to ("预计…", "至2026年3月", "…底前"). A yearless as-of date
    ("截至11月13日") later in that year moves the period on to its month.
    """
    text = "\n".join(lines)
    # The first markdown heading, else the first line that reads like a report title;
    # never a citation (《…》), a banner with separators, or a byline.
    title = ""
    candidates = [ln.strip() for ln in lines[:60] if ln.strip()]
    for ln in [c for c in candidates if c.startswith("#")] + candidates:
        stripped = ln.lstrip("#").strip()
        if (
            stripped
            and not stripped.startswith("《")
            and "|" not in stripped
            and 4 <= display_width(stripped) <= 80
            and (ln.startswith("#") or re.search(_TITLE_WORDS, stripped))
            and not re.search(r"相关|资料来源|证券分析师|评级|目录", stripped)
        ):
            title = stripped
            break
    # No recognisable title line (a PDF without its cover page): leave it empty rather
    # than name the report after whatever line comes first.
    period = ""
    match = _TITLE_PERIOD.search(title) or next(
        (m for ln in lines[:40] if (m := _TITLE_PERIOD.search(ln)) and "《" not in ln), None
    )
    if match:
        period = f"{int(match.group(1)):04d}-{int(match.group(2)):02d}"
    elif english := _EN_DATE.search(title):  # "Global AI Monthly, March 2031"
        month = _EN_MONTHS.index(english.group(1).lower()) + 1
        period = f"{int(english.group(3)):04d}-{month:02d}"
    asof = sorted((int(y), int(m), int(d)) for y, m, d in _ASOF.findall(text) if 1 <= int(m) <= 12)
    published = ""
    if not period:
        month_strategy = next((m for ln in lines if (m := _MONTH_STRATEGY.match(ln.strip()))), None)
        latest = _latest_month(text, asof)
        if month_strategy and latest:
            month = int(month_strategy.group(1))
            year = latest[0] if month >= latest[1] else latest[0] + 1
            period = f"{year:04d}-{month:02d}"
        elif latest:
            period = f"{latest[0]:04d}-{latest[1]:02d}"
    if asof:
        published = "{:04d}-{:02d}-{:02d}".format(*asof[-1])
    brokers = Counter(b for b in _BROKER.findall(text) if not b.startswith(("中国证", "证券")))
    broker = brokers.most_common(1)[0][0] if brokers else ""
    broker = re.sub(r"(经济研究所|研究所)$", "", broker)
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    language = "zh" if cjk > len(text) * 0.05 else "en"
    return ReportMeta(
        report_id=doc.report_id,
        title=title,
        broker=broker,
        period=period,
        published=published,
        language=language,
        path=doc.path,
    )


def _toc_entry(line: str) -> bool:
    """Whether a line reads as a table-of-contents entry: text, then a page number."""
    text = re.sub(r"</?\w+>", "", line).strip()  # stray markup around an entry
    if _TOC_ENTRY.search(text):
        return True
    return bool(re.search(r"\D\d{1,3}$", text)) and display_width(text) <= 80


def segment(doc: Document) -> SegmentedReport:
    """Split a document into metadata, sections and tables."""
    text = normalise_text(doc.text)
    raw_lines = text.split("\n")
    numbers = list(range(1, len(raw_lines) + 1))
    tables = find_tables(raw_lines, numbers)
    width = wrap_width(raw_lines)
    if width:
        lines, numbers = reflow(raw_lines, numbers, width)
    else:
        lines = [ln.rstrip() for ln in raw_lines]
    meta = find_meta(doc, lines)

    sections: list[Section] = []
    current = Section(kind="front", heading="", lines=[], start_line=1, line_numbers=[])
    in_toc = False
    # once the closing legal text starts ("免责声明", "重要声明" in the back half), every
    # later section (addresses, more notices) is part of it
    sticky = re.compile(_rules()["sticky_disclaimer"])
    in_legal = False
    half = len(raw_lines) / 2
    for line, number in zip(lines, numbers, strict=True):
        kind = heading_kind(line)
        if in_toc and line.strip():
            if _toc_entry(line):
                kind = None  # a table-of-contents entry, not a heading
            elif kind is None:
                # the contents end: what follows is body text, not part of the toc
                in_toc = False
                sections.append(current)
                current = Section(kind="prose", heading="", lines=[], start_line=number)
        if kind is not None:
            if current.lines or current.heading:
                sections.append(current)
            heading = line.strip().lstrip("#").strip()
            if kind == "disclaimer" and number > half and sticky.match(heading):
                in_legal = True
            if in_legal:
                kind = "disclaimer"
            current = Section(kind=kind, heading=heading, lines=[], start_line=number + 1)
            in_toc = kind == "toc"
            continue
        if line.strip():
            current.lines.append(line)
            current.line_numbers.append(number)
    sections.append(current)
    for table in doc.pdf_tables:
        tables.append(normalise_table(table))
    return SegmentedReport(meta=meta, sections=sections, tables=tables, text=text)
