"""Chinese releases: the model and product names a release verb or a noun of release
stands beside, with the company that releases them, and the open-world names themselves.

A release verb (发布/推出/开源/上线/升级, ``rules``) with a name after it ("发布 X 模型") or
before it ("X 开源") gives (company, name, action), the action release|open_source|update
by the verb (``clause_releases``); so does a noun of release closing a list of names ("X、Y
和 Z 三款模型的升级", "X 的发布"; the action is the noun's), unless the words before it
mark a background mention ("随着 X 的发布", :mod:`.noun_releases`). The package's ``extract``
turns them into ``RELEASED`` and ``LAUNCHED`` relations.

A name is a run of Latin tokens with versions ("Gemini 3 Pro", "Seedance 1.5 pro"), a Chinese
brand with a version ("混元图像 3.0", "豆包大模型 1.8"), a quoted name (“航班优惠”) or a brand
with a product word ("豆包输入法"), typed by :mod:`.labels`; never a generic word or a size.
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.ai_dynamics.brands import (
    brand_alias,
    brand_before,
    leading_company,
    strip_company,
)
from aikg.extractors.ai_dynamics.labels import (
    NameHit,
    default_type,
    is_name,
    name_tokens,
    tidy,
    type_after,
    type_before,
    type_from_context,
    type_patterns,
)
from aikg.extractors.ai_dynamics.rules import common, rx, verb_action, zh
from aikg.extractors.ai_dynamics.subjects import (
    known_at_start,
    maker_before,
    strip_lead,
    team_before,
)
from aikg.extractors.names.lexicon import lookup
from aikg.extractors.text.script import CJK_CLASS

_JOINER = r",?\s*(?:及|和|与|、|以及|&)"
_POSTFIX_FIRST = ("open_source", "update")
_NAME_END = r"\s*(?:版本|版|系列)?\s*(?:\d+\s*款\s*)?(?:大?模型)?"  # "X 4.5 系列 10 款模型"


@lru_cache(maxsize=1)
def _latin() -> re.Pattern[str]:
    tok = zh()["name_token"]
    conn, eds = "|".join(zh()["name_connectors"]), "|".join(zh()["name_editions"])
    w = "A-Za-z0-9_"
    nxt = rf"(?:[A-Z0-9][{w}.\-+/]*|v\d[{w}.\-]*|(?:{conn})(?=\s[A-Z])|(?:{eds})(?![{w}]))"
    return re.compile(rf"(?<![A-Za-z0-9]){tok}(?:\s?(?<=[\s{w}]){nxt})*(?![A-Za-z0-9])")


def _candidates(text: str) -> list[tuple[int, int, str]]:
    """Name-shaped spans in ``text``: (start, end, kind) with kind latin|cjk|quoted|typed."""
    keep = "|".join(sorted(zh()["keep_type_in_cjk_name"], key=len, reverse=True))
    found = [(m.start(), m.end(), "latin") for m in _latin().finditer(text)]
    cjk = (*re.finditer(zh()["cjk_name"], text), *re.finditer(zh()["cjk_hyphen_name"], text))
    for m in cjk:
        head = re.match(rf"{CJK_CLASS}+", m.group(0)).group(0)
        tail = m.group(0)[len(head) :].strip()
        letters = re.match("[A-Za-z]*", tail).group(0)
        bad_tail = tail in ("AI", "API") or len(letters) > zh()["cjk_latin_tail_max"]
        if bad_tail:
            continue
        if not re.search(zh()["cjk_name_banned"], head) and not rx(None, "unit_token").match(tail):
            if not type_patterns()[0].search(head) and not type_patterns()[1].search(head):
                found.append((m.start(), m.end(), "cjk"))
    found += [(m.start(1), m.end(1), "quoted") for m in rx("zh", "quoted_name").finditer(text)]
    typed = rf"{CJK_CLASS}{{2,6}}?\s?(?:{keep})(?!{CJK_CLASS})"
    patterns = (typed, zh()["brand_model_version"], zh()["brand_version_after_type"],
                zh()["latin_brand_model_version"], zh()["quoted_brand_model_version"])  # fmt: skip
    for pattern in patterns:  # "豆包大模型 1.8", "可灵 2.6 Turbo", "TQ-Ops 大模型 2.0"
        found += [(m.start(), m.end(), "typed") for m in re.finditer(pattern, text)]
    found = [c for c in found if not _descriptor_only(text[c[0] : c[1]])]  # "推理模型 M1"
    found.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    return found


def _descriptor_only(span: str) -> bool:
    """Whether a span's Chinese head is a type descriptor, no brand ("推理模型 M1")."""
    head = re.match(rf"{CJK_CLASS}+", span)
    return bool(head and rx("zh", "descriptor_head").fullmatch(head.group(0)))


def _finish(
    text: str, start: int, end: int, prefix: str, context: str, local: str = ""
) -> NameHit | None:
    """Build a hit from a candidate span: tidy it, type it, take a parenthesised alias."""
    raw = text[start:end]
    label, category, type_len = type_after(text[end:])
    after = text[end + type_len :] if type_len else text[end:]
    if not label:
        label, category = type_before(prefix)
    by_type = bool(label)
    if rx("zh", "not_name_after").match(text[end:]) or rx("zh", "not_name_before").search(prefix):
        return None  # "Apache2.0 协议", "智能体支付协议(AP2)"
    if re.search(r"\s(?:API|SDK)$", raw) and re.match(rf"^\s?(?!的){CJK_CLASS}", text[end:]):
        return None  # "Gemini API 文件搜索": a feature of an API, not a release
    run = re.match(rf"^\s?({CJK_CLASS}+)", text[end : end + type_len])
    described = run and not type_patterns()[1].fullmatch(run.group(1)) and "的" not in run.group(1)
    if category in ("feature", "tool", "device") and described and re.match("[A-Za-z]", raw):
        if not set(name_tokens(raw)) <= set(common()["generic_latin"]):
            raw = text[start : end + type_len]  # "ChatGPT 群聊功能", "HSTN 人工智能眼镜"
        else:
            return None  # "AI 搜索功能"
    name = tidy(raw)
    if not is_name(name):
        return None
    quoted = re.match(r"^[“\"「][^”\"」]+[”\"」](?=\s?\S)", raw)  # “观澜”行业大模型2.0
    own = re.search(rf"({'|'.join(zh()['keep_type_in_cjk_name'])})$", name)
    if not label and own:
        label, category = "Product", zh()["product_types"].get(own.group(1), "")
    voted, voted_category = type_from_context(name, context)
    if voted and voted != label:
        by_type = False
        label, category = voted, voted_category  # one label for a name across the report
    if not label:
        label, category = default_type(name, local)
    alias = raw.strip() if quoted else ""
    par = re.match(r"^\s?\(([A-Za-z][\w .\-]{1,30})\)", after)
    if par and _latin().fullmatch(par.group(1).strip()):
        alias = par.group(1).strip()
    var = re.match(rf"^\s?{zh()['variant_suffixes']}", text[end:])
    if var and label == "Model":
        name, type_len = f"{name} {var.group(0).strip()}", len(var.group(0))
    return NameHit(name, label, category, start, end + type_len, alias, typed=by_type)


def names_after(
    text: str, context: str = "", local: str = "", commas: bool = False
) -> list[NameHit]:
    """Names a release verb introduces: the first name-shaped span after a short
    descriptor phrase, and any joined to it by 及/和/与/、 (and by a bare comma when
    ``commas``: a list that a noun of release closes, see ``names_before``).

    >>> [(h.name, h.label) for h in names_after("新一代视频模型 Zyra-2 Pro 和 Zyra-2 Lite,更快")]
    [('Zyra-2 Pro', 'Model'), ('Zyra-2 Lite', 'Model')]
    >>> [(h.name, h.label, h.category) for h in names_after("了一款名为 Quokka 的浏览器插件")]
    [('Quokka', 'Product', 'tool')]
    """
    cut = r"[;。!?]" if commas else r"[,;。!?](?!\s*(?:以及|及|和)\s*\S)"
    clause = re.split(cut, text, maxsplit=1)[0]
    particles = re.match(zh()["verb_particles_after"], clause)
    pos = particles.end() if particles else 0
    hits: list[NameHit] = []
    base = pos
    joined = r"(?:,\s*(?:及|和|与|、|以及|&)?|及|和|与|、|以及|&)" if commas else _JOINER
    for rel_start, rel_end, _kind in _candidates(clause[base:]):
        start, end = rel_start + base, rel_end + base
        if start < pos:
            continue
        prefix = clause[pos:start]
        if (
            len(prefix) > zh()["max_descriptor_chars"]
            or re.search("[、,;:]" if commas else "、", prefix)
            or re.search(r"[A-Za-z]{2,}", prefix.strip()[-3:])
        ):
            if not hits:
                return []
            break
        company, rest = strip_company(clause[start:end])
        offset = end - len(rest) if company and re.match(CJK_CLASS, company) else start
        hit = _finish(clause, offset, end, prefix, context, local)
        if hit is None:
            continue
        if offset != start:  # "讯飞星火X2": 星火X2 of 讯飞, the whole name its alias
            whole = hit.alias or tidy(clause[start:end])
            hit = NameHit(**{**hit.__dict__, "maker": company, "alias": whole})
        brand = brand_before(clause[:start])
        if brand and rx("zh", "version_tail").fullmatch(hit.name):
            hit = NameHit(**{**hit.__dict__, "name": f"{brand} {hit.name}"})  # 可灵 O1
        hits.append(hit)
        joiner = re.match(rf"^\s*(?:\([^()]{{1,30}}\))?\s*{joined}\s*", clause[hit.end :])
        if not joiner:
            break
        pos = hit.end + joiner.end()
    return hits


def names_before(text: str, context: str = "", local: str = "") -> list[NameHit]:
    """The list of names ``text`` ends with: the words before a noun of release ("...的
    发布"), names joined by 、/,/和/及/与/&, each with its descriptor, the last one
    perhaps with a counted type word ("三款模型"). Empty when ``text`` ends otherwise.

    >>> [h.name for h in names_before("宣布了 Zyra 3, Zyra 3 Mini 及 Zyra Voice 三款模型")]
    ['Zyra 3', 'Zyra 3 Mini', 'Zyra Voice']
    >>> [h.name for h in names_before("而语音模型 Zyra-Talk 和绘图模型 Zyra-Paint")]
    ['Zyra-Talk', 'Zyra-Paint']
    >>> names_before("Zyra 3 在多项测试中的表现")
    []
    """
    text = text.rstrip()
    for start, _end, _kind in _candidates(text):
        hits = names_after(text[start:], context, local, commas=True)
        if hits and (hits[0].start == 0 or hits[0].maker) and start + hits[-1].end >= len(text):
            # one type word of the list ("三款模型", "语音模型 X 和 Y") types all its names
            typed = any(h.typed for h in hits) or bool(type_before(text[:start])[0])
            return [
                NameHit(
                    **{
                        **h.__dict__,
                        "start": h.start + start,
                        "end": h.end + start,
                        "typed": h.typed or typed,
                    }
                )
                for h in hits
            ]
    return []


def whole_name(text: str, context: str = "", local: str = "") -> NameHit | None:
    """The name that ``text`` consists of (descriptors and type words aside), else None.

    >>> whole_name("Zyra 助手 2.0 版本") is None
    True
    >>> whole_name("Quokka-Vid 1.5").name
    'Quokka-Vid 1.5'
    >>> whole_name("焰影输入法").name
    '焰影输入法'
    """
    typed = rx("zh", "type_prefix").match(text)  # "视频生成模型 Step-Video-2"
    brand = re.sub(rf"(?:{zh()['model_types']})\s*$", "", typed.group(0)) if typed else ""
    rest = text[typed.end() :].strip() if typed else ""
    if re.fullmatch(rf"{CJK_CLASS}{{2,4}}", brand) and rx("zh", "version_tail").fullmatch(rest):
        return NameHit(text.strip(), "Model", "", 0, len(text), typed=True)  # 文心大模型 4.0 Turbo
    prefix, text = (typed.group(0), text[typed.end() :]) if typed else ("", text)
    text = re.sub(r"\s*\(\s*[A-Za-z][\w .\-]{1,30}\)\s*$", "", text)  # “快意”(KwaiYii)
    entry = lookup(text.strip())
    if entry and entry.label == "Model":  # a model the alias list holds ("文心一言")
        return NameHit(text.strip(), "Model", "", 0, len(text), typed=True)
    quoted = re.fullmatch(r"\s*[“\"「]([^”\"」]{2,24})[”\"」]\s*", text)  # 「天工 Mureka V8」
    if quoted and not re.search(zh()["whole_name_blockers"], quoted.group(1)):
        return _finish(quoted.group(1), 0, len(quoted.group(1)), prefix, context, local)
    text = re.sub(r"[“\"'‘「][^”\"'’」]{1,10}[”\"'’」]", "", text).strip()
    text = re.sub(zh()["descriptor_prefixes"], "", text)
    if not text or re.search(zh()["whole_name_blockers"], text) or re.search("[,。;]", text):
        return None
    for start, end, _kind in _candidates(text):
        if start > 0:
            break
        hit = _finish(text, start, end, prefix, context, local)
        if hit and re.fullmatch(_NAME_END, text[hit.end :]):
            return hit
    return None


@lru_cache(maxsize=1)
def _verbs() -> re.Pattern[str]:
    verbs = {**zh()["release_verbs"], **zh()["postfix_only_verbs"]}
    return re.compile("|".join(sorted(verbs, key=len, reverse=True)))


def _strip_modifiers(text: str) -> str:
    """The words before a verb without the adverbs, venue and date between the name and
    the verb, in any order ("Y 于 11 月 27 日正式", "X 随后在 11 月 25 日")."""
    mods = zh()["verb_modifiers"]
    before = None
    while before != text:
        before = text
        text = re.sub(r"(?:将|已|即将|拟)?\s*(?:在|于)[^\s,;]{1,8}$", "", text.strip())
        text = rx("zh", "date_before_verb").sub("", text)  # "xAI 于 11 月 17 日上线 X"
        text = rx("zh", "venue_before_verb").sub("", text)  # "X 于 … 在 Hugging Face 开源"
        text = re.sub(rf"(?:\s*(?:{mods}|据悉|今日|日前|近日))+\s*$", "", text.strip())
    return re.sub(rf"^(?:(?:{mods})\s*)+", "", text).strip()


def _reported(x: str, context: str, local: str) -> list[NameHit]:
    """The typed or versioned names a reporting verb's complement ends with ("X 宣布旗下
    某实验室的音乐生成大模型 Y 开启公测": Y; "X 宣布 Y-4.7 正式上线"), read after the last
    reporting word, a possessive cut off."""
    tail = re.split(zh()["subject_markers"], x)[-1]
    tail = rx("zh", "maker_possessive").sub("", _strip_modifiers(tail))
    hits = names_before(tail, context, local) if tail else []
    return [h for h in hits if h.typed or re.search(r"\d", h.name)]  # typed or versioned


def clause_releases(
    clause: str, subject: str, context: str, local: str = "", day_dated: bool = False
) -> list[tuple[str, NameHit, str]]:
    """(company, name, action) for each release verb of a clause with a name beside it.
    In a sentence dated to a day (``day_dated``), "X 发布后" (``after_release``) is X's release of
    that day, what followed it the news.

    >>> [(c, h.name, a) for c, h, a in clause_releases("甲公司开源 Zyra-2 模型", "甲公司", "")]
    [('甲公司', 'Zyra-2', 'open_source')]
    >>> [(c, h.name, a) for c, h, a in clause_releases("Zyra-3 正式上线", "甲公司", "")]
    [('甲公司', 'Zyra-3', 'release')]
    >>> [h.name for _, h, _ in clause_releases("Zyra-3 发布后", "甲公司", "", day_dated=True)]
    ['Zyra-3']
    """
    out: list[tuple[str, NameHit, str]] = []
    seg = 0
    for m in _verbs().finditer(clause):
        after = clause[m.end() :]
        dated = re.search(
            r"(?:\d\s*[月日]|新)\s*$", clause[: m.start()]
        )  # "6 月发布的 X", "新推出的 X"
        told = day_dated and rx("zh", "after_release").match(after)  # "X 发布后, …"
        if re.match(zh()["verb_blockers_after"], after) and not (dated and after[:1] == "的"):
            if not told:
                continue
        if re.search(zh()["verb_blockers_before"], clause[: m.start()].rstrip()):
            continue
        if rx("zh", "plan_words").search(clause[seg : m.start()]):
            continue  # "预计谷歌将推出 X", "计划于明年发布": a plan, not a release
        if m.group(0) == "发表" and rx("zh", "publication_after").match(after):
            continue  # "发表论文": a paper or a statement, not a release
        adjective = zh()["adjective_verbs"].get(m.group(0))
        if adjective and re.match(adjective, after):
            continue  # "开源模型 X": an open model, not an act of open-sourcing
        pre = rx("zh", "lead_adverb").sub("", strip_lead(clause[seg : m.start()]))
        seg = m.end()
        found = known_at_start(pre.strip())
        glued = "" if found else leading_company(pre.strip())  # "腾讯混元大模型升级至 X"
        found = found or ((glued, len(glued)) if glued and not subject else None)
        maker = None if found else maker_before(pre.strip())
        if maker:  # "星衡智能在大会上发布": a maker no list holds, found by its shape
            found = (maker[0], maker[1] + len(maker[0]))
        company = found[0] if found else subject or team_before(pre)  # "Seed 团队开源 X"
        x = pre.strip()[found[1] :] if found else pre.strip()
        if found and rx("zh", "version_tail").fullmatch(x.strip()) and brand_alias(found[0]):
            x = pre.strip()  # "Kimi K2 Thinking 开源": the brand is part of the name
        elif found and x.startswith("-"):
            x = pre.strip()  # "DeepSeek-V3.3 正式上线": the maker's name opens the model's
        x = rx("zh", "maker_possessive").sub("", x)  # "阿里云的通义万相 2.6", "旗下 X 于 … 发布"
        x = x if found else rx("zh", "pronoun_possessive").sub("", x)  # "公司自研的 X"
        if not found and subject and x.startswith(subject) and _ends_name(x, len(subject)):
            x = x[len(subject) :]  # a new company: "云岫科技灵犀图像 2.0 上线"
        # "X 今日宣布上线 Y": X is an actor; "X 上线 Y" with X no name: Y is a platform
        actor = bool(re.search(zh()["subject_markers"], x))
        reported = _reported(x, context, local) if actor else []
        x = "" if actor else _strip_modifiers(x)
        x = re.sub(r"^(?:在|于)\S{0,6}?(?=\S)", "", x) if x.startswith(("在", "于")) else x
        action = verb_action(m.group(0))
        postfix_ok = not re.match(zh()["postfix_blockers_after"], after)
        befores = _names_before_verb(x, context, local) if x and postfix_ok else reported
        before = befores[0] if befores else None
        upgraded = rx("zh", "update_to").match(after) if action == "update" else None
        if upgraded:  # "将 X 更新至 Y": Y is the release, X the model it replaces
            hits = names_after(after[upgraded.end() :], context, local)
        elif m.group(0) in zh()["postfix_only_verbs"]:
            hits = [before] if before and before.label == "Product" else []
        elif m.group(0) == "上线" and rx("zh", "product_object_after").match(after):
            hits = names_after(after, context, local)  # "X 上线 AI 助手": the object is the product
        elif before and (action in _POSTFIX_FIRST or m.group(0) == "上线"):
            hits = befores
        elif m.group(0) == "上线" and x:
            hits = []
        else:
            hits = names_after(after, context, local) or befores
        if "开源" in after[:12] and action == "release":
            action = "open_source"
        out.extend((h.maker or company, h, action) for h in hits if company)
    return out


def _ends_name(text: str, at: int) -> bool:
    """Whether a name that ``text`` opens may end at ``at``: not inside a Latin word or
    its version ("DeepSeek" in "DeepSeekMath-V2", "Zyra" in "Zyra-3"), whose maker's name
    opens the model's.

    >>> _ends_name("云岫科技灵犀图像 2.0", 4), _ends_name("DeepSeekMath-V2", 8)
    (True, False)
    """
    latin_end = re.match("[A-Za-z0-9]", text[at - 1 : at])
    return not (latin_end and re.match(r"[A-Za-z0-9\-]", text[at:]))


def _names_before_verb(text: str, context: str, local: str) -> list[NameHit]:
    """The names (joined by 与/和/及/、) the words before a verb are ("X 与 Y 发布"), or [].

    >>> [h.name for h in _names_before_verb("文心大模型 4.5 Turbo 与文心 X1 Turbo", "", "")]
    ['文心大模型 4.5 Turbo', '文心 X1 Turbo']
    """
    parts = re.split(r"\s*(?:与|和|及|、)\s*", text.strip())
    hits = [whole_name(part, context, local) for part in parts]
    return [h for h in hits if h] if all(hits) else []
