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

_TERMINAL = tuple("。！？；;.!?:：)）》」”\"")
_BLOCK_START = re.compile(
    r"^\s*([(（]\d+[)）]|\d+[)）.、]|[-•■●▪]\s|#|图\s*\d|表\s*\d|资料来源|来源|注[:：]|《|"
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


def reflow(lines: list[str], numbers: list[int], width: int) -> tuple[list[str], list[int]]:
    """Join the physical lines of a hard-wrapped document back into paragraphs.

    A line that reaches the wrap width without ending a sentence continues on the next
    non-blank line, unless that line starts a new block (a list item, a figure, a date).
    Latin words broken across lines are joined with a space, Chinese without.
    """
    out: list[str] = []
    out_numbers: list[int] = []
    pending = ""
    pending_no = 0
    for line, number in zip(lines, numbers, strict=True):
        stripped = line.strip()
        if not stripped:
            continue
        if pending:
            if _BLOCK_START.match(stripped):
                out.append(pending)
                out_numbers.append(pending_no)
                pending = ""
            else:
                sep = " " if re.search(r"[A-Za-z0-9]$", pending) and stripped[0].isascii() else ""
                pending = pending + sep + stripped
                if display_width(stripped) < width - 8 or stripped.endswith(_TERMINAL):
                    out.append(pending)
                    out_numbers.append(pending_no)
                    pending = ""
                continue
        if display_width(stripped) >= width - 8 and not stripped.endswith(_TERMINAL):
            pending, pending_no = stripped, number
        else:
            out.append(stripped)
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
                    rows.append([c.strip() for c in lines[i].rstrip("\n").split("\t")])
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


_TITLE_PERIOD = re.compile(r"(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(投资策略|月报|策略|报告)")
_MONTH_STRATEGY = re.compile(r"^(\d{1,2})\s*月\s*(投资策略|策略)")
_FULL_DATE = re.compile(r"(20\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?")
_ASOF = re.compile(r"截至\s*(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_BROKER = re.compile(r"([\u4e00-\u9fff]{2,8}(?:证券|证券经济研究所|国际环球市场|研究所|资本))")


def find_meta(doc: Document, lines: list[str]) -> ReportMeta:
    """Title, broker, period (the month the report covers) and language of a report.

    The period is what relative dates ("11月19日", "年内") are resolved against: the
    month of an "N 年 M 月投资策略" title, else the latest "截至" (as-of) date, else the
    latest full date the text gives.
    """
    text = "\n".join(lines)
    title = ""
    for ln in lines[:60]:
        stripped = ln.strip().lstrip("#").strip()
        if (
            stripped
            and not stripped.startswith("《")
            and 4 <= display_width(stripped) <= 80
            and re.search(r"投资策略|研究|专题|报告|策略|变化与机会|Research|Report", stripped)
            and not re.search(r"相关|资料来源|证券分析师|评级", stripped)
        ):
            title = stripped
            break
    if not title:
        title = next((ln.strip().lstrip("#").strip() for ln in lines if ln.strip()), "")
    period = ""
    match = _TITLE_PERIOD.search(title) or next(
        (m for ln in lines[:40] if (m := _TITLE_PERIOD.search(ln)) and "《" not in ln), None
    )
    if match:
        period = f"{int(match.group(1)):04d}-{int(match.group(2)):02d}"
    asof = sorted(
        (int(y), int(m), int(d)) for y, m, d in _ASOF.findall(text) if 1 <= int(m) <= 12
    )
    full = sorted(
        (int(y), int(m), int(d))
        for y, m, d in _FULL_DATE.findall(text)
        if 1 <= int(m) <= 12 and 1 <= int(d) <= 31
    )
    published = ""
    if not period:
        month_strategy = next(
            (m for ln in lines if (m := _MONTH_STRATEGY.match(ln.strip()))), None
        )
        latest = asof[-1] if asof else (full[-1] if full else None)
        if month_strategy and latest:
            month = int(month_strategy.group(1))
            year = latest[0] if month >= latest[1] else latest[0] + 1
            period = f"{year:04d}-{month:02d}"
        elif latest:
            period = f"{latest[0]:04d}-{latest[1]:02d}"
        else:
            months = re.findall(r"(20\d{2})\s*年\s*(\d{1,2})\s*月", text)
            ym = sorted((int(y), int(m)) for y, m in months if 1 <= int(m) <= 12)
            if ym:
                period = f"{ym[-1][0]:04d}-{ym[-1][1]:02d}"
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
    for line, number in zip(lines, numbers, strict=True):
        kind = heading_kind(line)
        if in_toc and line.strip() and _TOC_ENTRY.search(line.strip()):
            kind = None  # a table-of-contents entry, not a heading
        elif in_toc and line.strip() and kind is None and not _TOC_ENTRY.search(line.strip()):
            in_toc = False
        if kind is not None:
            if current.lines or current.heading:
                sections.append(current)
            heading = line.strip().lstrip("#").strip()
            current = Section(kind=kind, heading=heading, lines=[], start_line=number + 1)
            in_toc = kind == "toc"
            continue
        if line.strip():
            current.lines.append(line)
            current.line_numbers.append(number)
    sections.append(current)
    for table in doc.pdf_tables:
        tables.append(table)
    return SegmentedReport(meta=meta, sections=sections, tables=tables, text=text)
