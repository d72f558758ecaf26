"""Chinese policy sentences: a title (《...》, "关于…的通知", a numbered 公告, a quoted
“…计划”, a bare "…倡议/…计划", or the action of an untitled directive), a verb
(印发/发布/签署/施行/部署/征求意见) and the issuing bodies written before it or before the
title, perhaps before the date ("国家网信办、某部 3 月 14 日联合发布的《…》")."""

from __future__ import annotations

import re

from aikg.extractors.names.lexicon import lookup
from aikg.extractors.policy.rules import region_of, rx, scope_of, zh
from aikg.extractors.values.dates import DateValue, find_dates

_TITLE_KEYS = ("title_quoted", "title_about", "title_numbered", "title_named_doc")
_TITLE_KEYS += ("title_named", "title_bare", "title_directive")
# A date written between the issuer and the verb, perhaps with its year
# ("国务院2025年8月26日印发", "某部 12 月 3 日发布", "某局 8 月印发")
_DATE = re.compile(
    r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:\s*[上中下]旬)?\s*(?:起)?\s*[,:]?\s*"
    r"|\d{1,2}\s*日\s*(?:起)?\s*[,:]?\s*"
)


def find_titles(sentence: str) -> list[tuple[str, int, int]]:
    """The policy titles a sentence names (the first form that matches), with the span
    they share; a list of numbered notices gives one title per number.

    >>> [t for t, _, _ in find_titles("某部发布 2031 年第 7 号、第 8 号公告。")]
    ['2031年第7号公告', '2031年第8号公告']
    >>> find_titles("某市印发《某市算力券管理办法(2026年版)》。")[0][0]
    '某市算力券管理办法(2026年版)'
    >>> find_titles("某部发布《智能体互联参考架构》征求意见稿。")[0][0]
    '智能体互联参考架构(征求意见稿)'
    """
    for key in _TITLE_KEYS:
        m = rx("zh", key).search(sentence)
        if not m:
            continue
        title, start, end = m.group(1).strip(), m.start(1), m.end(1)
        draft = rx("zh", "draft_after_title").match(sentence[end:])
        if key == "title_quoted" and draft and "征求意见稿" not in title:
            title, end = f"{title}(征求意见稿)", end + len(draft.group(0))  # a draft's own act
        if key != "title_numbered":
            return [(title, start, end)]
        year = re.match(r"(\d{4})\s*年", title)
        kind = re.search(r"(公告|令)$", title).group(1)
        numbers = re.findall(r"第\s*(\d+)\s*号", title)
        lead = f"{year.group(1)}年" if year else ""
        return [(f"{lead}第{n}号{kind}", start, end) for n in numbers]
    return []


def find_title(sentence: str) -> tuple[str, int, int] | None:
    """The first policy title a sentence names, with its span, else None.

    >>> find_title("某局发布关于开展“人工智能+”交通试点工作的通知。")[0]
    '关于开展“人工智能+”交通试点工作的通知'
    >>> find_title("总统签署行政令, 启动人工智能“星火计划”")[0]
    '星火计划'
    >>> find_title("某办部署指导各平台规范直播打赏提示,明确要求")[0]
    '规范直播打赏提示'
    """
    titles = find_titles(sentence)
    return titles[0] if titles else None


def _body(piece: str) -> str:
    """The issuing body a piece of text names (its tail cut off: "等八部门"), else "".

    >>> _body("工信部等八部门"), _body("北辰市"), _body("某平台")
    ('工信部', '北辰市', '')
    """
    last = rx("zh", "issuer_tail").sub("", piece.strip()).strip()
    for person, office in zh()["person_issuers"].items():
        if last.endswith(person) and office:
            return office
    if last in zh()["country_issuers"]:
        return zh()["country_issuers"][last]
    if lookup(last, "Organization") or rx("zh", "official_issuer").fullmatch(last):
        return last
    if rx("zh", "place_issuer").fullmatch(last):
        return last
    m = rx("zh", "issuer").fullmatch(last)
    if m and not rx("zh", "not_issuer").match(last) and len(last) >= 3:
        return last
    return ""


def _bodies(text: str) -> list[str]:
    """The bodies the end of a text names: the last piece, or a list of them joined by
    "、" ("国家网信办、工业和信息化部、公安部"); a foreign ministry whose name lists its
    fields with "、" stays one body.

    >>> _bodies("英国科学、创新和技术部"), _bodies("国家网信办、公安部")
    (['英国科学、创新和技术部'], ['国家网信办', '公安部'])
    >>> _bodies("国家数据局会同国家网信办等六部门")
    ['国家数据局', '国家网信办']
    """
    stops = zh()["issuer_stop"].replace("、", "")
    parts = [p for p in re.split(stops, text) if p.strip()]
    if not parts:
        return []
    found: list[str] = []
    enumerated = rx("zh", "foreign_enumerated_name")
    for piece in reversed(rx("zh", "issuer_joiner").split(parts[-1])):
        body = _body(piece)
        if not body and found and enumerated.fullmatch(piece.strip()):
            found[0] = f"{piece.strip()}、{found[0]}"  # "英国科学、创新和技术部": one ministry
            continue
        if not body:
            break
        found.insert(0, body)
    return found


def find_issuers(before: str) -> list[str]:
    """The issuing bodies written before a policy verb (or title), else []: after the
    sentence's date, or before it ("某局、某部 3 月 14 日联合发布的"), or the subject of a
    reporting clause ("某局表示, 暂缓执行此前发布的").

    >>> find_issuers("5月10日,某省经济和信息化厅正式")
    ['某省经济和信息化厅']
    >>> find_issuers("国家网信办、工业和信息化部 3 月 14 日联合")
    ['国家网信办', '工业和信息化部']
    >>> find_issuers("特朗普"), find_issuers("据了解")
    (['美国总统'], [])
    """
    text = re.sub(r"\s*\([A-Za-z0-9 .&\-]{1,16}\)", "", before)  # "(BIS)"
    date = _DATE.search(text)
    after = text[date.end() :] if date else text
    found = _bodies(after)
    if not found and date:
        found = _bodies(text[: date.start()])
    if not found:
        m = rx("zh", "reporting_subject").match(after)
        found = _bodies(m.group(1)) if m else []
    return found


def find_issuer(before: str) -> str:
    """The last issuing body written before a policy verb, else "".

    >>> find_issuer("5月10日,某省经济和信息化厅正式"), find_issuer("据了解")
    ('某省经济和信息化厅', '')
    """
    found = find_issuers(before)
    return found[-1] if found else ""


def is_directive(sentence: str, title: str) -> bool:
    """Whether ``title`` is the action of an untitled directive (no other title form).

    >>> is_directive("某办部署指导各平台规范直播打赏提示。", "规范直播打赏提示")
    True
    >>> is_directive("某局印发《规范直播打赏提示》。", "规范直播打赏提示")
    False
    """
    found = find_title(sentence)
    m = rx("zh", "title_directive").search(sentence)
    return bool(found and m and found[1] == m.start(1) and found[0] == title)


def _titled_or_directive(sentence: str, title: str) -> bool:
    return bool(rx("zh", "policy_title_end").search(title)) or is_directive(sentence, title)


def _verb(outside: str, t_start: int) -> re.Match[str] | None:
    """The first policy verb outside the title ("发布的" counts only before the title)."""
    for v in rx("zh", "verbs").finditer(outside):
        if v.end() <= t_start or not rx("zh", "verb_blockers_after").match(outside[v.end() :]):
            return v
    return None


def _issue_date(
    outside: str, lead: DateValue | None, period: str, in_force: bool = True
) -> DateValue | None:
    """The date a policy was issued: the sentence's first date that is no effective or
    deadline date; with none, the report's month when a recency word dates it ("近日"),
    else the effective date when the sentence states the coming into force (``in_force``),
    else the item's ``lead`` date.

    >>> _issue_date("近日,某局公布《办法》,自 2032 年 3 月 1 日起施行。", None, "2031-11")
    DateValue(iso='2031-11', precision='month')
    >>> _issue_date("《某条例》自 2032 年 3 月 1 日起施行。", None, "2031-11").iso
    '2032-03-01'
    >>> _issue_date("11 月 18 日,某部印发《办法》,自 12 月 1 日起施行。", None, "2031-11").iso
    '2031-11-18'
    """

    def dated(text: str) -> list[DateValue]:
        return [d for _, _, d in find_dates(text, period) if d.precision != "year"]

    own = dated(rx("zh", "not_issue_date").sub(" ", outside))
    if own:
        return own[0]
    if rx("zh", "recency_words").search(outside) and re.fullmatch(r"\d{4}-\d{2}", period or ""):
        return DateValue(period, "month")
    if in_force:
        return (dated(outside) or [lead])[0]
    put_off = {d.iso for d in dated(outside)}  # the item's lead may be the effective date
    return lead if lead and lead.iso not in put_off else None


def _announced(sentence: str, t_start: int, t_end: int, verb: re.Match[str]) -> bool:
    """Whether the sentence opens with the title and the verb follows it right away
    ("修订后的《某规定》公布", "《某条例》自 5 月起施行"): the act is the sentence's news."""
    before = rx("zh", "title_first_opening").fullmatch(sentence[:t_start].rstrip("《"))
    return bool(before) and not sentence[t_end : verb.start()].strip("》 ")


def chinese_policy(
    sentence: str, lead: DateValue | None, period: str, strict: bool, opening: bool = False
) -> list[dict]:
    """The props and issuers of the policies a sentence states ([] if none). An undated
    one needs an issuer; a ``strict`` one (read outside policy sections) needs an
    issuer, a date and a title that names a kind of policy (…意见/…方案/…通知/…公告),
    but a news item's ``opening`` sentence needs no date (a daily digest's items carry
    none, and an undated item takes no month)."""
    titles = find_titles(sentence)
    if not titles:
        return []
    name, t_start, t_end = titles[0]
    outside = sentence[:t_start] + " " * (t_end - t_start) + sentence[t_end:]
    verb = _verb(outside, t_start)
    if not verb:
        return []
    effect = bool(rx("zh", "effect_verbs").fullmatch(verb.group(0)))
    if not effect and rx("zh", "plan_before_verb").search(outside[: verb.start()]):
        return []  # "某委表示, 将加快出台《…》": a plan; "将于 … 起施行" still states the act
    date = _issue_date(outside, lead, period, effect)
    raw = sentence[: min(verb.start(), t_start)].rstrip('《“"「 ')
    issuers = find_issuers(raw)
    passive = rx("zh", "passive_issuer").match(sentence[t_end : verb.start()])
    if not issuers and passive:  # "《X》由某委、某局于 11 月 7 日联合印发"
        issuers = find_issuers(passive.group(1))
    law = rx("zh", "title_quoted").search(sentence) and rx("zh", "law_title_end").search(name)
    in_force = law and rx("zh", "effect_verbs").fullmatch(verb.group(0))  # "《X条例》自 5 月起施行"
    in_force = in_force or law and _announced(sentence, t_start, t_end, verb)
    undated_ok = opening and (issuers or in_force)  # "1、某局印发《…》" in a daily digest
    if not issuers and (date is None and not undated_ok or strict and not in_force):
        return []
    last_issuer = (issuers or [""])[-1]
    if is_directive(sentence, name) and not rx("zh", "directive_issuer").search(last_issuer):
        return []  # "平台部署…规范 X": a company's own rule, not a regulator's directive
    if strict and (date is None and not undated_ok or not _titled_or_directive(sentence, name)):
        return []
    if not issuers and not _titled_or_directive(sentence, name):
        return []  # "11 月 20 日,《某白皮书》提出 …": no body and no kind of policy
    opening = re.sub(
        r"^\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月底?)\s*(?:起)?[,:]?\s*", "", sentence
    )
    foreign = rx("zh", "country_before_title").search(sentence[:t_start].rstrip('《“"「 '))
    if not issuers and foreign:  # "欧盟《人工智能法》…生效": the union's act
        region = region_of(foreign.group(1))
    else:  # a title: CN unless foreign
        region = region_of(issuers[0] if issuers else name, name, opening)
    names = [rx("zh", "country_before_place").sub("", b) for b in issuers]  # "美国加州州长…"
    out = []
    for title, _, _ in titles:
        props = {"title": title, **(date.props() if date else {})}
        if region:
            props["region"] = region
        scope = scope_of(title) or scope_of(sentence)
        if scope:
            props["scope"] = scope
        out.append({"props": props, "issuers": names})
    return out
