"""Policies: each dated item of a "行业政策" section becomes a ``Policy`` event node.

A policy sentence names a title (《...》, "关于…的通知", a quoted “…计划”, a bare
"…倡议/…计划", or the action of an untitled directive, "部署指导平台规范 X", which needs a
regulator as issuer) and a verb (印发/发布/签署/施行/部署, ``rules/policy/``). The issuer
is the government body written before the verb, recognised by its ending (…委/…局/…部/…政府/
…办公室/…院/…署/…联盟/白宫) or by the office a named person acts for (特朗普 -> 美国白宫);
"《X》发布" names none, and then the Policy has no ``ISSUED`` edge. The region comes from
the start of the issuer or title (国家 -> 中国, 广东省, 北京市, 美国); the scope from an
"人工智能+X" phrase. The date is the sentence's own, else the first date of its item.
English sentences read alike (:mod:`.english`): "the European Commission published the X
Guidelines", "the U.S. Department of Commerce issued new export rules on Y" (an issuer
named with Commission/Department/Ministry/..., a title with Guidelines/Act/Rules/...,
``en_*`` in the rules), "The X Act was passed by Y", "The X Act took effect on ...".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from aikg.extractors.names.lexicon import lookup
from aikg.extractors.policy.chinese import chinese_policy, find_issuer, find_title
from aikg.extractors.policy.english import english_policy, find_issuer_en, find_title_en
from aikg.extractors.policy.regions import region_of, scope_of
from aikg.extractors.policy.rules import rules
from aikg.extractors.text.script import is_english
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

_LEAD = re.compile(r"^\s*(?:\(?\d{1,2}[)、.]|[(（]\d{1,2}[)）]|[-•■●▪])\s*")


def _items(report: SegmentedReport) -> Iterator[tuple[bool, str, list[tuple[str, int]]]]:
    """(strict, item text, [(sentence, line)]) for each line of the policy sections and,
    strictly read (an issuer and a policy title required), of the industry news ones."""
    for section in report.sections_of("policy", *rules()["news_sections"]):
        strict = section.kind != "policy"
        for i, line in enumerate(section.lines):
            text = _LEAD.sub("", line.strip())
            if not text:
                continue
            yield strict, text, split_sentences(text, section.line_of(i))


def _policy(sentence: str, lead: DateValue | None, period: str, strict: bool) -> dict | None:
    """The props and issuer of the policy a sentence states, else None."""
    if is_english(sentence):
        return english_policy(sentence, lead, period, strict)
    return chinese_policy(sentence, lead, period, strict)


def extract(report: SegmentedReport) -> Iterator[Fact]:
    """Policy events, with their issuers, from the report's policy sections."""
    period = report.meta.period
    for strict, text, sentences in _items(report):
        leads = [d for _, _, d in find_dates(text, period) if d.precision != "year"]
        lead = leads[0] if leads else None
        seen: set[str] = set()
        for sentence, line in sentences:
            found = _policy(sentence, lead, period, strict)
            if not found or found["props"]["title"] in seen:
                continue
            seen.add(found["props"]["title"])
            parts = []
            if found["issuer"]:
                entry = lookup(found["issuer"])
                label = entry.label if entry else "Organization"
                ref = EntityRef(clean_surface(found["issuer"]), label)
                parts.append(Participant("ISSUED", "in", ref))
            ev = Evidence(report.meta.report_id, sentence, f"line {line}")
            yield EventFact("Policy", found["props"], parts, ev, key=("title",))
