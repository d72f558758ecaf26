"""Chinese policy sentences: a title (《...》, "关于…的通知", a quoted “…计划”, a bare
"…倡议/…计划", or the action of an untitled directive), a verb (印发/发布/签署/施行/部署)
and the issuing body written before it."""

from __future__ import annotations

import re

from aikg.extractors.names.lexicon import lookup
from aikg.extractors.policy.regions import region_of, scope_of
from aikg.extractors.policy.rules import rules, rx
from aikg.extractors.values.dates import DateValue, find_dates

_TITLE_KEYS = ("title_quoted", "title_about", "title_named_doc", "title_named", "title_bare")
_TITLE_KEYS += ("title_directive",)


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
        m = rx(key).search(sentence)
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
    parts = [p.strip() for p in re.split(rules()["issuer_stop"], text) if p.strip()]
    if not parts:
        return ""
    last = parts[-1]
    for person, office in rules()["person_issuers"].items():
        if last.endswith(person) and office:
            return office
    if last in rules()["country_issuers"]:
        return rules()["country_issuers"][last]
    entry = lookup(last, "Organization")
    if entry:
        return last
    m = rx("issuer").fullmatch(last)
    if m and not rx("not_issuer").match(last) and len(last) >= 3:
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
    m = rx("title_directive").search(sentence)
    return bool(found and m and found[1] == m.start(1) and found[0] == title)


def _titled_or_directive(sentence: str, title: str) -> bool:
    return bool(rx("policy_title_end").search(title)) or is_directive(sentence, title)


def chinese_policy(sentence: str, lead: DateValue | None, period: str, strict: bool) -> dict | None:
    """The props and issuer of the policy a sentence states, else None. An undated one
    needs an issuer; a ``strict`` one (read outside policy sections) needs an issuer, a
    date and a title that names a kind of policy (…意见/…方案/…通知/…专项治理)."""
    title = find_title(sentence)
    if not title:
        return None
    name, t_start, t_end = title
    outside = sentence[:t_start] + " " * (t_end - t_start) + sentence[t_end:]
    verbs = [
        v
        for v in rx("verbs").finditer(outside)
        if not rx("verb_blockers_after").match(outside[v.end() :]) or v.end() <= t_start
    ]
    if not verbs:
        return None
    verb = verbs[0]
    dates = [d for _, _, d in find_dates(outside, period) if d.precision != "year"]
    date = dates[0] if dates else lead
    issuer = find_issuer(sentence[: verb.start()]) if verb.start() < t_start else ""
    if (date is None or strict) and not issuer:
        return None
    if is_directive(sentence, name) and not rx("directive_issuer").search(issuer):
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
