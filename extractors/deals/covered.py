"""The covered company of a Chinese company note, named by a bare 公司 (read by the deals
and the relations extractors alike: a helper of neither, importing no sibling module).

Company flash notes and 公告点评 name the company they cover in the title ("X（688xxx.SH）：
…", "X 点评：…") and then call it 公司 ("公司与 Y 签订 …", "公司拟以 3 亿元收购 …"). A clause
whose words before its verb say 公司 before naming any company has the covered company
as its subject (``covered_word`` of ``rules/deals/zh.toml``); a frame's unnamed investee
written 公司 ("X 拟受让公司 5% 股份") is the covered company too (``covered_object``).
Imports no sibling module.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from aikg.extractors.names.gate import is_entity
from aikg.extractors.names.mentions import Mention, find_mentions
from aikg.extractors.rules import load
from aikg.schema import SegmentedReport

__all__ = [
    "covered_object",
    "covered_subject",
    "note_company",
    "report_note_company",
    "title_company",
]


@lru_cache(maxsize=1)
def _covered_word() -> re.Pattern[str]:
    return re.compile(load("deals", "zh")["covered_word"])


@lru_cache(maxsize=1)
def _covered_object() -> re.Pattern[str]:
    return re.compile(load("deals", "zh")["covered_object"])


@lru_cache(maxsize=1)
def _note_title() -> re.Pattern[str]:
    return re.compile(load("deals", "zh")["note_title"])


@lru_cache(maxsize=1)
def _title_series() -> re.Pattern[str]:
    return re.compile(load("deals", "en")["title_series"])


def title_company(title: str, names: Mapping[str, str]) -> Mention | None:
    """The company a report's title opens with, as a company note's does ("Ironvale
    Compute (IRNV.O): Initiating …"); None when the title opens otherwise ("Monthly …"),
    or on its series label ("Earnings Call Digest: …", ``title_series``): no party.

    >>> title_company("Earnings Call Digest: Corvane Q3", {}) is None
    True
    """
    series, found = _title_series(), [m for m in find_mentions(title, dict(names)) if m.is_company]
    if not found or found[0].start != 0 or not is_entity(found[0].name):
        return None
    return None if series.fullmatch(found[0].name) else found[0]


def report_note_company(report: SegmentedReport, names: Mapping[str, str]) -> Mention | None:
    """The company a Chinese company note calls 公司: :func:`note_company` of its title, else
    the company one of its first lines opens with before its ticker."""
    meta = report.meta
    opening = title_company(meta.title, names)
    if opening is not None and _is_broker(opening.name, meta.broker):
        opening = None  # "X 证券 传媒行业公司点评：Y": the house that signs, not the company
    found = note_company(meta.title, meta.report_type, opening)
    if found is not None or meta.report_type not in _NOTES:
        return found
    lines = [line.strip() for line in report.text.splitlines() if line.strip()]
    return next(filter(None, map(_ticker_line, lines[:_COVER_LINES])), None)


def _is_broker(name: str, broker: str) -> bool:
    """Whether a title's opening name is the publishing house (its broker, or a name in
    a house's form).

    >>> _is_broker("汀洲证券", ""), _is_broker("澄峤信息", "汀洲证券")
    (True, False)
    """
    return bool(broker) and (name in broker or broker in name) or name.endswith(_HOUSE_WORDS)


_HOUSE_WORDS = ("证券", "研究所", "研究院", "国际", "期货")


# the kinds of report whose 公司 is the company they cover, and how many lines open one
_NOTES = ("company_note", "flash_comment")
_COVER_LINES = 4


def _ticker_line(line: str) -> Mention | None:
    """The company a cover line opens with before its ticker ("X(688xxx.SH)｜公司点评").

    >>> _ticker_line("千屿文娱(300999.SZ)｜传媒｜公司点评").name
    '千屿文娱'
    >>> _ticker_line("投资要点:公司签订合同") is None
    True
    """
    m = _note_title().match(line.lstrip("#* "))
    if m is None or not m.group("ticker") or not is_entity(m.group("name")):
        return None
    return Mention(m.start("name"), m.end("name"), m.group("name"), "Company")


def note_company(title: str, report_type: str, opening: Mention | None) -> Mention | None:
    """The company a company note or flash comment covers: the one its title opens with
    (``opening``, read by the mention finder), else the name before the title's ticker
    or the note's kind; None for other reports.

    >>> note_company("拓穹信息(603999.SH)点评:获大额订单", "company_note", None).name
    '拓穹信息'
    >>> note_company("拓远证券 传媒行业公司点评:千屿文娱", "company_note", None).name
    '千屿文娱'
    >>> note_company("人工智能周报:算力", "weekly_digest", None) is None
    True
    """
    m = _note_title().search(title)  # read for every report: the rule is in use
    if report_type not in _NOTES:
        return None
    if m is not None and m.group("named") and is_entity(m.group("named")):
        return Mention(m.start("named"), m.end("named"), m.group("named"), "Company")
    if opening is not None:
        return opening
    if m is None or not m.group("name") or not is_entity(m.group("name")):
        return None
    return Mention(m.start("name"), m.end("name"), m.group("name"), "Company")


def covered_subject(covered: Mention | None, masked: str, before: int) -> Mention | None:
    """``covered`` when the clause of the verb at ``before`` calls its subject 公司 before
    it names a company; else None.

    >>> x = Mention(0, 4, "岚峤信息", "Company")
    >>> covered_subject(x, "12 月 8 日,公司发布公告,与⟨0⟩签订", 19).name
    '岚峤信息'
    >>> covered_subject(x, "⟨0⟩表示,公司将与⟨1⟩签订", 14) is None
    True
    >>> covered_subject(x, "⟨0⟩:公司与⟨1⟩签订", 10) is None
    True
    >>> covered_subject(None, "公司与⟨0⟩签订", 6) is None
    True
    """
    said = _covered_word()  # read for every report: the rule is in use
    if covered is None:
        return None
    start = max(masked.rfind(c, 0, before) for c in "。;；") + 1  # "⟨0⟩：公司 …" is ⟨0⟩'s
    window = masked[start:before]
    first = window.find("⟨")
    window = window if first < 0 else window[:first]
    return covered if said.search(window) else None


def covered_object(covered: Mention | None, span: str) -> Mention | None:
    """``covered`` when a frame's match says 公司 where its investee stands ("⟨0⟩拟受让公司
    5% 股份", "认购公司本次发行的股票"); else None.

    >>> x = Mention(0, 4, "岚峤信息", "Company")
    >>> covered_object(x, "⟨0⟩拟向公司增资 3 亿元").name
    '岚峤信息'
    >>> covered_object(x, "⟨0⟩拟向子公司增资") is None, covered_object(None, "向公司增资") is None
    (True, True)
    """
    said = _covered_object()  # read for every report: the rule is in use
    if covered is None:
        return None
    return covered if said.search(span) else None
