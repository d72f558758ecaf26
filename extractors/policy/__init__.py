"""Policies: each policy a report states, in any section but its disclaimers, becomes a
``Policy`` event node.

A policy sentence names a title (《...》, "关于…的通知", a numbered 公告, a quoted “…计划”,
a bare "…倡议/…计划", or the action of an untitled directive, "部署指导平台规范 X", which
needs a regulator as issuer) and a verb (印发/发布/签署/施行/部署/征求意见,
``rules/policy/``). The issuers are the government bodies written before the verb or the
title (several joined by "、"; "等八部门" cut off), recognised by their ending
(…委/…局/…部/…政府/…办公室/…院/…署/白宫), as a city or province, or by the office a named
person acts for (特朗普 -> 美国总统); "《X》发布" names none, and then the Policy has no
``ISSUED`` edge. The region is a country code from the issuer or title (国家 -> CN, 广东省
-> CN, 美国 -> US, European -> EU), else from the section's heading; the scope from an
"人工智能+X" phrase. The date is the sentence's own, else the first date of its item.
English sentences read alike (:mod:`.english`): "the European Commission published the X
Guidelines", "The X Act was passed by Y", "The X Act took effect on ..."; a numbered
roundup item's heading names one too (:mod:`.items`): "3. Apply AI Strategy (European
Commission, 8 Oct 2025)."; so does each row of a policy table (:mod:`.tables`). Outside
the policy sections a policy needs an issuer, a date and a title that names a kind of
policy (read strictly).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from aikg.extractors.names.lexicon import lookup
from aikg.extractors.policy.chinese import chinese_policy, find_issuer, find_title
from aikg.extractors.policy.english import english_policy, find_issuer_en, find_title_en
from aikg.extractors.policy.items import heading_policy, restates
from aikg.extractors.policy.regions import region_of, scope_of
from aikg.extractors.policy.rules import common, rx
from aikg.extractors.policy.tables import table_policies
from aikg.extractors.text.script import CJK, is_english
from aikg.extractors.text.sentences import split_sentences
from aikg.extractors.text.surface import clean_surface
from aikg.extractors.values.dates import DateValue, find_dates
from aikg.schema import EntityRef, EventFact, Evidence, Fact, Participant, SegmentedReport

__all__ = [
    "PHASE",
    "extract",
    "find_issuer",
    "find_issuer_en",
    "find_title",
    "find_title_en",
    "region_of",
    "scope_of",
]

PHASE = "structured"

_ENDS = "。；;！!？?：:"  # a line ending with one of these ends its sentence


def _lead() -> re.Pattern[str]:
    """A list item's opening number or bullet (``rules/policy/common.toml``)."""
    return rx(None, "list_lead")


def _continue(sentences: list[tuple[str, int]], text: str, no: int) -> list[tuple[str, int]]:
    """The item's sentences with a continuation line added: a line that wraps inside a
    sentence (a PDF's fixed-width lines cut "《…若" / "干措施》") is joined to it without a
    space between two Chinese characters, then split again at the first line's number."""
    if not sentences or sentences[-1][0].endswith(tuple(_ENDS)):
        return sentences + split_sentences(text, no)
    last, line = sentences[-1]
    glue = "" if CJK.match(last[-1:]) and CJK.match(text[:1]) else " "
    return sentences[:-1] + split_sentences(last + glue + text, line)


def _wraps(sentences: list[tuple[str, int]], text: str) -> bool:
    """Whether an English line goes on with the sentence the line above left open: a
    hard-wrapped Markdown paragraph ("... published its AI Growth Lab response on" /
    "18 December, confirming ..."), the line above long and open, this one opening in
    lower case or with a number, or the line above ending with a word no sentence ends
    with ("on", "the").

    >>> _wraps([("The Office published its Compute Access Plan response on", 4)], "18 May, x")
    True
    >>> _wraps([("The Office launched the Compute Sandbox for start-ups on", 4)], "Tuesday, x")
    True
    >>> _wraps([("The Office published its plan.", 4)], "18 May"), _wraps([("短", 4)], "18 日")
    (False, False)
    """
    last = sentences[-1][0] if sentences else ""
    if not is_english(last) or len(last) < 40 or last.endswith(tuple(_ENDS + ".")):
        return False
    open_word = re.search(r"\b(?:on|of|the|to|and|in|by|for|a|an|with|from|its|their)$", last)
    return bool(open_word or re.match(r"[a-z0-9(]", text))


def _open_title(sentences: list[tuple[str, int]]) -> bool:
    """Whether the line above left a 《title》 open: a PDF's fixed-width text wraps a long
    title over two lines ("…印发《关于推动人工智能赋能新型工业化的" / "实施意见》"), and the
    next line closes it.

    >>> _open_title([("某部印发《关于推动某产业发展的", 3)]), _open_title([("某部印发《办法》", 3)])
    (True, False)
    """
    last = sentences[-1][0] if sentences else ""
    return last.count("《") > last.count("》")


@dataclass
class _Item:
    """A list item or paragraph: its first line and the lines that continue it."""

    strict: bool  # read outside a policy section
    listed: bool  # opened by a number or a bullet
    heading: str  # the section's heading
    sentences: list[tuple[str, int]]
    headed: bool = False  # under a numbered news headline ("### 8. 网信办…")

    @property
    def text(self) -> str:
        return " ".join(s for s, _ in self.sentences)


def _items(report: SegmentedReport) -> Iterator[_Item]:
    """The items of every section but the skipped ones (disclaimers): a line; a numbered
    or bulleted one with the unlisted lines right below it (the next source line) that
    continue it."""
    skip = set(common()["skip_sections"])
    for section in report.sections:
        if section.kind in skip:
            continue
        headed = bool(_lead().match(section.heading or ""))  # "### 8. 网信办…": a news item
        item: _Item | None = None
        last = -2
        for i, line in enumerate(section.lines):
            no, listed = section.line_of(i), bool(_lead().match(line))
            text = _lead().sub("", line.strip())
            if not text:
                continue
            wrapped = item is not None and (
                item.listed or _wraps(item.sentences, text) or _open_title(item.sentences)
            )
            if item and wrapped and not listed and no == last + 1:
                item.sentences = _continue(item.sentences, text, no)
            else:
                if item:
                    yield item
                strict = section.kind != "policy"
                item = _Item(strict, listed, section.heading, split_sentences(text, no), headed)
            last = no
        if item:
            yield item


def _policies(item: _Item, lead: DateValue | None, period: str) -> Iterator[tuple[dict, int]]:
    """(policy, index of its sentence) for each policy the item states."""
    headed = heading_policy([s for s, _ in item.sentences], lead, period, item.heading)
    if item.listed and headed and is_english(item.sentences[0][0]):
        yield headed, 0
    for k, (sentence, _) in enumerate(item.sentences):
        if is_english(sentence):  # "X published A, and Y issued B": one act per clause
            clauses = rx("en", "act_clause_break").split(sentence)
            found = [
                f
                for clause in clauses
                for f in english_policy(clause, lead, period, item.strict, item.heading)
            ]
            if headed and item.listed:
                title = headed["props"]["title"]
                found = [f for f in found if not restates(f["props"]["title"], title)]
        else:
            opening = (item.listed or item.headed) and k == 0  # the act a news item opens with
            found = chinese_policy(sentence, lead, period, item.strict, opening)
        for policy in found:
            yield policy, k


def _participants(issuers: list[str]) -> list[Participant]:
    parts = []
    for issuer in dict.fromkeys(issuers):
        entry = lookup(issuer)
        label = entry.label if entry else "Organization"
        parts.append(Participant("ISSUED", "in", EntityRef(clean_surface(issuer), label)))
    return parts


def extract(report: SegmentedReport) -> Iterator[Fact]:
    """Policy events, with their issuers, from every section but the disclaimers."""
    period = report.meta.period
    for item in _items(report):
        if item.text.strip() == report.meta.title.strip():
            continue  # the report's own title names what it reviews, it issues nothing
        dated = find_dates(item.text, period, report.meta.published)  # "On Monday": the week's
        leads = [d for _, _, d in dated if d.precision != "year"]
        lead = leads[0] if leads else None
        seen: set[str] = set()
        for found, k in _policies(item, lead, period):
            if found["props"]["title"] in seen:
                continue
            seen.add(found["props"]["title"])
            sentence, line = item.sentences[k]
            ev = Evidence(report.meta.report_id, sentence, f"line {line}")
            parts = _participants(found["issuers"])
            yield EventFact("Policy", found["props"], parts, ev, key=("title",))
    for table in report.tables:  # policy tables: one row per policy
        for found, k in table_policies(table, period):
            ev = Evidence(report.meta.report_id, " | ".join(table.rows[k]), table.locator(k))
            parts = _participants(found["issuers"])
            yield EventFact("Policy", found["props"], parts, ev, key=("title",))
