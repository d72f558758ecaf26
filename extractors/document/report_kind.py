"""What kind of report a text is, from its title and cover lines (both languages).

The kinds (``ReportMeta.report_type``): ``monthly_strategy``, ``weekly_digest``,
``thematic``, ``company_note``, ``flash_comment``, ``news_digest``, ``other``. The title
is read first; only when it says nothing are the cover lines (banners such as
"证券研究报告 · 行业周报", "Company note | 20 November 2025") read. Titles of other
reports (``《…》``) never count.
"""

from __future__ import annotations

import re

# first match wins, so the narrower kinds come first
KINDS: list[tuple[str, re.Pattern[str]]] = [
    (
        "flash_comment",
        re.compile(
            r"快评|简评|事件点评|点评报告|速评|Flash|First take|Quick take|Instant view", re.I
        ),
    ),
    (
        "weekly_digest",
        re.compile(
            r"周报|周观察|周度|一周|周刊|第\s*\d+\s*周|\bWeekly\b|"
            r"\bweek (?:to|of|ahead|in review)\b|\bAI Week\b|\bWrap\b",
            re.I,
        ),
    ),
    (
        "news_digest",
        re.compile(
            r"要闻|速递|汇总|简报|资讯|快讯|Newsletter|Digest|Roundup|Round-up|News\b", re.I
        ),
    ),
    (
        "company_note",
        re.compile(
            r"公司点评|公司研究|公司深度|公司报告|首次覆盖|季报点评|年报点评|业绩点评|"
            r"\((?:\d{4,6}\.(?:HK|SH|SZ)|[A-Z]{1,5}(?:\.[A-Z]{1,2}| US| HK))\)|"
            r"（\d{4,6}\.(?:HK|SH|SZ)）|"
            r"Company (?:note|update|report)|Initiat(?:e|ing|ion)|results (?:note|review)|"
            r"Earnings (?:review|note)",
            re.I,
        ),
    ),
    (
        "monthly_strategy",
        re.compile(r"月报|月度|投资策略|月策略|Monthly|month ahead|Strategy|Outlook", re.I),
    ),
    (
        "thematic",
        re.compile(
            r"专题|深度|产业链|主题研究|行业研究|Thematic|Deep[ -]dive|Industry (?:report|primer)|"
            r"Primer|Sector (?:report|review)|THEMATIC",
            re.I,
        ),
    ),
]


def kind_of(text: str) -> str:
    """The kind one line names, or "".

    >>> kind_of("互联网行业 2025 年 11 月投资策略"), kind_of("人工智能周报（25年第45周）")
    ('monthly_strategy', 'weekly_digest')
    >>> kind_of("青岚科技（688901.SH）三季报点评"), kind_of("Northwind (NWND US)")
    ('company_note', 'company_note')
    >>> kind_of("具身智能专题：长出身体"), kind_of("10 月 AI 要闻汇总"), kind_of("港股公司快评")
    ('thematic', 'news_digest', 'flash_comment')
    """
    for kind, pattern in KINDS:
        if pattern.search(text):
            return kind
    return ""


def report_type(title: str, lines: list[str]) -> str:
    """The report's kind: from its title, else its first cover lines, else "other".

    >>> report_type("", ["景川证券", "证券研究报告 · 港股公司快评", "正文"])
    'flash_comment'
    >>> report_type("Notes on things", ["Some text."])
    'other'
    """
    kind = kind_of(title)
    if kind:
        return kind
    cover = [ln.strip() for ln in lines if ln.strip()][:10]
    for line in cover:
        if "《" in line or len(line) > 120:
            continue
        kind = kind_of(line)
        if kind:
            return kind
    return "other"
