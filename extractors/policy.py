"""Policies: each dated item of a "行业政策" section becomes a ``Policy`` event node.

A policy sentence names a title (《...》, "关于…的通知", a quoted “…计划”, a bare
"…倡议/…计划", or the action of an untitled directive, "部署指导平台规范 X", which needs a
regulator as issuer) and a verb (印发/发布/签署/施行/部署, ``rules/policy.json``). The issuer
is the government body written before the verb, recognised by its ending (…委/…局/…部/…政府/
…办公室/…院/…署/…联盟/白宫) or by the office a named person acts for (特朗普 -> 美国白宫);
"《X》发布" names none, and then the Policy has no ``ISSUED`` edge. The region comes from
the start of the issuer or title (国家 -> 中国, 广东省, 北京市, 美国); the scope from an
"人工智能+X" phrase. The date is the sentence's own, else the first date of its item.
English sentences read alike (``_policy_en``): "the European Commission published the X
Guidelines", "the U.S. Department of Commerce issued new export rules on Y" (an issuer
named with Commission/Department/Ministry/..., a title with Guidelines/Act/Rules/...,
``en_*`` in the rules), "The X Act was passed by Y", "The X Act took effect on ...".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from aikg.extractors.ai_dynamics_text import is_english, split_sentences
from aikg.extractors.dates import DateValue, find_dates, lead_span
from aikg.extractors.lexicon import clean_surface, lookup
from aikg.schema import EntityRef, EventFact, Evidence, Fact, Participant, SegmentedReport

_TITLE_KEYS = ("title_quoted", "title_about", "title_named_doc", "title_named", "title_bare")
_TITLE_KEYS += ("title_directive",)
_LEAD = re.compile(r"^\s*(?:\(?\d{1,2}[)、.]|[(（]\d{1,2}[)）]|[-•■●▪])\s*")


@cache
def _rules() -> dict:
    raw = resources.files("aikg.extractors").joinpath("rules/policy.json").read_text("utf-8")
    return json.loads(raw)


@cache
def _rx(key: str) -> re.Pattern[str]:
    return re.compile(_rules()[key])


def find_title(sentence: str) -> tuple[str, int, int] | None:
    """The policy title a sentence names, with its span, else None.

    >>> find_title("某市印发《某市算力券管理办法(2026年版)》。")[0]
    '某市算力券管理办法(2026年版)'
    >>> find_title("某局发布关于开展“人工智能+”交通试点工作的通知。")[0]
    '关于开展“人工智能+”交通试点工作的通知'
    >>> find_title("总统签署行政令, 启动人工智能“星火计划”")[0]
    '星火计划'
    >>> find_title("某办部署指导各平台规范直播打赏提示,明确要求")[0]
    '规范直播打赏提示'
    """
    for key in _TITLE_KEYS:
        m = _rx(key).search(sentence)
        if m:
            return m.group(1).strip(), m.start(1), m.end(1)
    return None


def find_issuer(before: str) -> str:
    """The issuing body at the end of the text before a policy verb, else "".

    >>> find_issuer("5月10日,某省经济和信息化厅正式")
    '某省经济和信息化厅'
    >>> find_issuer("特朗普")
    '美国白宫'
    >>> find_issuer("据了解")
    ''
    """
    text = re.sub(r"^.*?\d{1,2}\s*[日月]\s*(?:起)?\s*[,:]?\s*", "", before)
    parts = [p.strip() for p in re.split(_rules()["issuer_stop"], text) if p.strip()]
    if not parts:
        return ""
    last = parts[-1]
    for person, office in _rules()["person_issuers"].items():
        if last.endswith(person) and office:
            return office
    if last in _rules()["country_issuers"]:
        return _rules()["country_issuers"][last]
    entry = lookup(last, "Organization")
    if entry:
        return last
    m = _rx("issuer").fullmatch(last)
    if m and not _rx("not_issuer").match(last) and len(last) >= 3:
        return last
    return ""


def is_directive(sentence: str, title: str) -> bool:
    """Whether ``title`` is the action of an untitled directive (no other title form).

    >>> is_directive("某办部署指导各平台规范直播打赏提示。", "规范直播打赏提示")
    True
    >>> is_directive("某局印发《规范直播打赏提示》。", "规范直播打赏提示")
    False
    """
    found = find_title(sentence)
    m = _rx("title_directive").search(sentence)
    return bool(found and m and found[1] == m.start(1) and found[0] == title)


def _titled_or_directive(sentence: str, title: str) -> bool:
    return bool(_rx("policy_title_end").search(title)) or is_directive(sentence, title)


def region_of(*texts: str) -> str:
    """The region the first text that starts with one names (issuer, then title).

    >>> region_of("国家卫生健康委"), region_of("", "南通市若干措施"), region_of("美国白宫")
    ('中国', '南通市', '美国')
    >>> region_of("广电总局"), region_of("江川省工业和信息化厅"), region_of("European Commission")
    ('中国', '江川省', 'EU')
    """
    for text in texts:
        for pattern, region in _rules()["regions"]:
            m = re.match(pattern, text or "")
            if m:
                return m.expand(region.replace("$1", r"\1"))
    if texts and texts[0] and _rx("national_issuer").search(texts[0]):
        return "中国"  # a national body named without "国家" ("广电总局", "工信部")
    for text in filter(is_english, texts):  # the earliest region word ("U.S. Department")
        hits = [(m.start(), r) for p, r in _rules()["en_regions"] for m in re.finditer(p, text)]
        if hits:
            return min(hits)[1]
    return ""


def scope_of(text: str) -> str:
    """The "人工智能+X" scope a title or sentence names, else "".

    >>> scope_of("关于促进“人工智能+医疗卫生”应用发展"), scope_of("开展“人工智能+”能源试点")
    ('人工智能+医疗卫生', '人工智能+能源')
    """
    m = _rx("scope").search(text)
    if not m:
        return ""
    domain = re.split(_rules()["scope_stop"], m.group(1) or "")[0]
    return f"人工智能+{domain}"


def _items(report: SegmentedReport) -> Iterator[tuple[bool, str, list[tuple[str, int]]]]:
    """(strict, item text, [(sentence, line)]) for each line of the policy sections and,
    strictly read (an issuer and a policy title required), of the industry news ones."""
    for section in report.sections_of("policy", *_rules()["news_sections"]):
        strict = section.kind != "policy"
        for i, line in enumerate(section.lines):
            text = _LEAD.sub("", line.strip())
            if not text:
                continue
            yield strict, text, split_sentences(text, section.line_of(i))


def _policy(sentence: str, lead: DateValue | None, period: str, strict: bool) -> dict | None:
    """The props and issuer of the policy a sentence states, else None. An undated one
    needs an issuer; a ``strict`` one (read outside policy sections) needs an issuer, a
    date and a title that names a kind of policy (…意见/…方案/…通知/…专项治理)."""
    if is_english(sentence):
        return _policy_en(sentence, lead, period, strict)
    title = find_title(sentence)
    if not title:
        return None
    name, t_start, t_end = title
    outside = sentence[:t_start] + " " * (t_end - t_start) + sentence[t_end:]
    verbs = [
        v
        for v in _rx("verbs").finditer(outside)
        if not _rx("verb_blockers_after").match(outside[v.end() :]) or v.end() <= t_start
    ]
    if not verbs:
        return None
    verb = verbs[0]
    dates = [d for _, _, d in find_dates(outside, period) if d.precision != "year"]
    date = dates[0] if dates else lead
    issuer = find_issuer(sentence[: verb.start()]) if verb.start() < t_start else ""
    if (date is None or strict) and not issuer:
        return None
    if is_directive(sentence, name) and not _rx("directive_issuer").search(issuer):
        return None  # "平台部署…规范 X": a company's own rule, not a regulator's directive
    if strict and (date is None or not _titled_or_directive(sentence, name)):
        return None
    props = {"title": name, **(date.props() if date else {})}
    opening = re.sub(
        r"^\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月底?)\s*(?:起)?[,:]?\s*", "", sentence
    )
    region = region_of(issuer, name, opening)
    if region:
        props["region"] = region
    scope = scope_of(name) or scope_of(sentence)
    if scope:
        props["scope"] = scope
    return {"props": props, "issuer": issuer}


def find_title_en(after: str) -> str:
    """The title an English policy verb's object names (a quoted or capitalised title,
    else a short noun phrase with a title word, ``en_title_words``), else "".

    >>> find_title_en(" the AI Compute Access Guidelines."), find_title_en(" a statement.")
    ('AI Compute Access Guidelines', '')
    >>> find_title_en(" new export rules on AI accelerators, citing risks.")
    'export rules on AI accelerators'
    """
    text = after[re.match(_rules()["en_title_lead"], after).end() :]
    quoted = re.match(r"[\"“]([^\"”]{4,80})[\"”]", text)
    if quoted:
        return quoted.group(1).strip()
    words = _rules()["en_title_words"]
    dated = find_dates(text, "2000-12")
    text = re.sub(r"\s+(?:on|in|by|from|of)?\s*$", "", text[: dated[0][0]]) if dated else text
    cap = _rx("en_title_cap").match(text)
    if cap and re.search(rf"\b(?:{words})\b", cap.group(0)):
        return cap.group(0).rstrip(".")
    end = _rx("en_title_end").search(text)
    phrase = (text[: end.start()] if end else text).strip()
    count = len(phrase.split())
    fits = 2 <= count <= _rules()["en_title_max_words"]
    return phrase if fits and re.search(rf"(?i)\b(?:{words})\b", phrase) else ""


def find_issuer_en(before: str) -> str:
    """The issuing body an English sentence names before its verb, else "": a name with
    an issuer word (``en_issuer_words``), a known organisation, a country, or the office
    of a person (``en_person_issuers``).

    >>> find_issuer_en("On March 25, 2031, the U.S. Department of Commerce has")
    'U.S. Department of Commerce'
    >>> find_issuer_en("On March 4, Zentrix Labs"), find_issuer_en("U.S. President Trump")
    ('', 'White House')
    """
    text = re.sub(r"\s*\([^()]{0,40}\)", "", before[lead_span(before) :])  # "(FTC)"
    for start, end, _ in reversed(find_dates(text, "2000-12")):
        text = text[:start] + text[end:]
    text = re.sub(_rules()["en_issuer_trailing"], "", text).strip().rstrip(",:;").strip()
    m = re.search(rf"(?:{_rules()['en_issuer_run']})$", text)
    tokens = m.group(0).split() if m else []
    while tokens and tokens[0] in _rules()["en_issuer_stopwords"]:
        tokens.pop(0)
    run = " ".join(tokens)
    office = next((o for p, o in _rules()["en_person_issuers"] if re.fullmatch(p, run)), "")
    words = "|".join(_rules()["en_issuer_words"])
    country = len(tokens) <= 3 and any(re.fullmatch(p, run) for p, _ in _rules()["en_regions"])
    if office or not run:
        return office
    if lookup(run, "Organization") or re.search(rf"\b(?:{words})\b", run) or country:
        return run
    return ""


def _policy_en(sentence: str, lead: DateValue | None, period: str, strict: bool) -> dict | None:
    """``_policy`` for an English sentence: "the European Commission published the X
    Guidelines", "The X Act was passed by Y", "The X Act took effect on ..."."""
    verb = _rx("en_verbs").search(sentence) or _rx("en_effect_verbs").search(sentence)
    if not verb:
        return None
    before, after = sentence[: verb.start()], sentence[verb.end() :]
    issuer, name = find_issuer_en(before), find_title_en(after)
    passive = _rx("en_passive_before").search(before)
    if passive or _rx("en_effect_verbs").fullmatch(verb.group(0)):
        words = _rules()["en_title_words"]
        titles = [t.group(0) for t in _rx("en_title_cap").finditer(before)]
        name = next((t for t in titles[::-1] if re.search(rf"\b(?:{words})\b", t)), "")
        name = re.sub(r"^The\s+", "", name)
        by = re.match(r"\s*by\s+(?:the\s+)?([^,;.]+)", after) if passive else None
        issuer = find_issuer_en(by.group(1)) if by else ""
    if not name:
        return None
    dates = [d for _, _, d in find_dates(sentence.replace(name, ""), period)]
    date = next((d for d in dates if d.precision != "year"), lead)
    if (date is None or strict) and not issuer or strict and date is None:
        return None
    props = {"title": name, **(date.props() if date else {})}
    region = region_of(issuer, name)
    return {"props": {**props, "region": region} if region else props, "issuer": issuer}


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
