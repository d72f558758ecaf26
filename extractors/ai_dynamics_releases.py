"""Releases a clause or sentence states: the model and product names a release verb or a
noun of release stands beside, with the company that releases them.

A release verb (发布/推出/开源/上线/升级, ``rules``) with a name after it ("发布 X 模型") or
before it ("X 开源") gives (company, name, action), the action release|open_source|update
by the verb (``clause_releases``); so does a noun of release closing a list of names ("X、Y
和 Z 三款模型的升级", "X 的发布"; the action is the noun's), unless the words before it
mark a background mention ("随着 X 的发布", ``noun_releases``). ``ai_dynamics`` turns them
into ``RELEASED`` and ``LAUNCHED`` relations.
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.ai_dynamics_layout import rules, rx
from aikg.extractors.ai_dynamics_names import NameHit, names_after, names_before, whole_name
from aikg.extractors.ai_dynamics_parties import known_at_start, strip_lead
from aikg.extractors.lexicon import lookup

_POSTFIX_FIRST = ("open_source", "update")


@lru_cache(maxsize=1)
def _verbs() -> re.Pattern[str]:
    verbs = {**rules()["release_verbs"], **rules()["postfix_only_verbs"]}
    return re.compile("|".join(sorted(verbs, key=len, reverse=True)))


def _action(verb: str) -> str:
    return {**rules()["release_verbs"], **rules()["postfix_only_verbs"]}[verb]


def _strip_modifiers(text: str) -> str:
    mods = rules()["verb_modifiers"]
    text = re.sub(r"(?:将|已|即将|拟)?\s*(?:在|于)[^\s,;]{1,8}$", "", text.strip())
    text = re.sub(rf"(?:\s*(?:{mods}|据悉|今日|日前|近日))+\s*$", "", text.strip())
    return re.sub(rf"^(?:(?:{mods})\s*)+", "", text).strip()


def clause_releases(
    clause: str, subject: str, context: str, local: str = ""
) -> list[tuple[str, NameHit, str]]:
    """(company, name, action) for each release verb of a clause with a name beside it.

    >>> [(c, h.name, a) for c, h, a in clause_releases("甲公司开源 Zyra-2 模型", "甲公司", "")]
    [('甲公司', 'Zyra-2', 'open_source')]
    >>> [(c, h.name, a) for c, h, a in clause_releases("Zyra-3 正式上线", "甲公司", "")]
    [('甲公司', 'Zyra-3', 'release')]
    """
    out: list[tuple[str, NameHit, str]] = []
    seg = 0
    for m in _verbs().finditer(clause):
        after = clause[m.end() :]
        dated = re.search(r"\d\s*[月日]\s*$", clause[: m.start()])  # "2025 年 6 月发布的 X"
        if re.match(rules()["verb_blockers_after"], after) and not (dated and after[:1] == "的"):
            continue
        if re.search(rules()["verb_blockers_before"], clause[: m.start()].rstrip()):
            continue
        adjective = rules()["adjective_verbs"].get(m.group(0))
        if adjective and re.match(adjective, after):
            continue  # "开源模型 X": an open model, not an act of open-sourcing
        pre = strip_lead(clause[seg : m.start()])
        seg = m.end()
        found = known_at_start(pre.strip())
        company = found[0] if found else subject
        x = pre.strip()[found[1] :] if found else pre.strip()
        if not found and subject and x.startswith(subject):
            x = x[len(subject) :]  # a new company: "云岫科技灵犀图像 2.0 上线"
        # "X 今日宣布上线 Y": X is an actor; "X 上线 Y" with X no name: Y is a platform
        actor = bool(re.search(rules()["subject_markers"], x))
        x = "" if actor else _strip_modifiers(x)
        x = re.sub(r"^(?:在|于)\S{0,6}?(?=\S)", "", x) if x.startswith(("在", "于")) else x
        action = _action(m.group(0))
        postfix_ok = not re.match(rules()["postfix_blockers_after"], after)
        before = whole_name(x, context, local) if x and postfix_ok else None
        if m.group(0) in rules()["postfix_only_verbs"]:
            hits = [before] if before and before.label == "Product" else []
        elif m.group(0) == "上线" and rx("product_object_after").match(after):
            hits = names_after(after, context, local)  # "X 上线 AI 助手": the object is the product
        elif before and (action in _POSTFIX_FIRST or m.group(0) == "上线"):
            hits = [before]
        elif m.group(0) == "上线" and x:
            hits = []
        else:
            hits = names_after(after, context, local) or ([before] if before else [])
        if "开源" in after[:12] and action == "release":
            action = "open_source"
        out.extend((h.maker or company, h, action) for h in hits if company)
    return out


def noun_releases(
    sentence: str, subject: str, context: str, local: str = ""
) -> list[tuple[str, NameHit, str]]:
    """(company, name, action) for each list of names a noun of release closes ("X 和 Y
    的发布", "宣布了 X, Y 两款模型的升级"); the action is the noun's.

    >>> found = noun_releases("甲公司宣布了 Zyra 3 及 Zyra Mini 两款模型的升级。", "甲公司", "")
    >>> [(c, h.name, a) for c, h, a in found]
    [('甲公司', 'Zyra 3', 'update'), ('甲公司', 'Zyra Mini', 'update')]
    >>> noun_releases("随着 Zyra 3 的发布, 需求上升。", "甲公司", "")
    []
    """
    out: list[tuple[str, NameHit, str]] = []
    start = 0
    for m in rx("release_nouns").finditer(sentence):
        before = sentence[start : m.start()]
        start = m.end()
        hits = names_before(before, context, local)
        lead = before[: hits[0].start].rstrip() if hits else ""
        lead = lead.removesuffix(hits[0].maker) if hits else ""
        if not hits or rx("noun_release_blockers_before").search(lead):
            continue  # "随着 X 的发布": a background mention, not news of a release
        for hit in hits:
            company = hit.maker or subject
            if company and not _company_or_api(hit, before[hit.start : hit.end]):
                out.append((company, hit, _action(m.group(1))))
    return out


def _company_or_api(hit: NameHit, raw: str) -> bool:
    """A listed name that is a company ("Zentrix 的发布会") or an API ("X API 的升级")."""
    entry = lookup(hit.name)
    return bool(entry and entry.label in ("Company", "Organization")) or bool(
        re.search(r"\b(?:API|SDK)\b", raw)
    )
