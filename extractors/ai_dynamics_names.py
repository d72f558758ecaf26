"""Open-world names of models and products, found by their shape and typed by context.

A name is a run of Latin tokens with versions ("Gemini 3 Pro", "Qwen 3.7-Max-Preview",
"MiniCPM-V 4.6", "ChatGPT for PowerPoint"), a Chinese brand with a version ("混元图像 3.0",
"混元 3D"), a quoted name (“航班优惠”) or a Chinese brand with a product word ("豆包输入法").
Type words beside it (模型/大模型 -> Model; App/功能/工具/智能体/眼镜 -> Product) decide its
label; failing those, other mentions of the name in the report; failing those, a version
number means a model (``ai_dynamics_labels``). Generic words ("AI", "API", "图像 3.0") and
sizes ("7B", "1.58-bit") are never names. Word lists live in ``rules/ai_dynamics.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from aikg.extractors.ai_dynamics_labels import (
    default_type,
    type_after,
    type_before,
    type_from_context,
    type_patterns,
)
from aikg.extractors.ai_dynamics_layout import rules, rx
from aikg.extractors.lexicon import clean_surface, known_mentions

_CJK = r"[\u4e00-\u9fff]"
_SIZE = re.compile(r"^\d+(?:\.\d+)?[BMKT]$")
_JOINER = r",?\s*(?:及|和|与|、|以及|&)"


@dataclass(frozen=True)
class NameHit:
    """A name found in a text: its surface, label, product category, span and alias."""

    name: str
    label: str  # "Model" | "Product"
    category: str = ""
    start: int = 0
    end: int = 0
    alias: str = ""
    maker: str = ""  # a company written before the name ("腾讯混元图像 3.0" -> 腾讯)
    typed: bool = False  # the label comes from a type word beside this very mention


@lru_cache(maxsize=1)
def _latin() -> re.Pattern[str]:
    tok = rules()["name_token"]
    conn = "|".join(rules()["name_connectors"])
    w = "A-Za-z0-9_"
    nxt = rf"(?:[A-Z0-9][{w}.\-+/]*|v\d[{w}.\-]*|(?:{conn})(?=\s[A-Z]))"
    return re.compile(rf"(?<![A-Za-z0-9]){tok}(?:\s?(?<=[\s{w}]){nxt})*(?![A-Za-z0-9])")


def _tokens(name: str) -> list[str]:
    return name.split()


def is_name(name: str) -> bool:
    """Whether a candidate is a name rather than a generic word, size or number.

    >>> [is_name(n) for n in ["Gemini 3 Pro", "AI", "7B", "1.58-bit", "Agent 365", "图像 3.0"]]
    [True, False, False, False, True, False]
    """
    name = name.strip()
    if not name or len(name) > 40:
        return False
    generic = set(rules()["generic_latin"]) | set(rules()["generic_cjk"])
    if name in generic:
        return False
    tokens = _tokens(name)
    measure = rx("measure_token")
    if len(tokens) == 1 and measure.match(name):
        return False
    if all(t in generic or measure.match(t) for t in tokens) and not any(
        re.fullmatch(r"\d+(?:\.\d+)?", t) for t in tokens[1:]
    ):
        return False
    head = re.match(rf"^({_CJK}+)", name)
    if head and head.group(1) in generic and len(tokens) <= 2:
        return False
    products = "|".join(rules()["product_types"])
    bare = re.sub(rf"(?:{products})$", "", name).strip()
    if not bare or bare in generic or re.search(rules()["name_banned_chars"], name):
        return False
    return not re.search(r"\d\s*[年月日]|[,。;:]", name)


def tidy(name: str) -> str:
    """Drop sizes, trailing generic words, version words and descriptors from a name.

    >>> [tidy(n) for n in ["7B-Spirit LM", "Lance 3B", "Qwen2.5-Turbo AI", "元宝 2.0 版本"]]
    ['Spirit LM', 'Lance', 'Qwen2.5-Turbo', '元宝 2.0']
    """
    name = clean_surface(name).strip("“”\"'‘’「」《》 ")
    name = re.sub(rules()["descriptor_prefixes"], "", name)
    name = re.sub(r"^\d+(?:\.\d+)?[BMKT]-(?=[A-Za-z])", "", name)
    trailing = set(rules()["trailing_generic_latin"])
    tokens = _tokens(name)
    while len(tokens) > 1 and (tokens[-1] in trailing or _SIZE.match(tokens[-1])):
        tokens.pop()
    name = " ".join(tokens)
    return re.sub(rules()["name_suffixes_to_strip"], "", name).strip()


def _candidates(text: str) -> list[tuple[int, int, str]]:
    """Name-shaped spans in ``text``: (start, end, kind) with kind latin|cjk|quoted|typed."""
    keep = "|".join(sorted(rules()["keep_type_in_cjk_name"], key=len, reverse=True))
    found = [(m.start(), m.end(), "latin") for m in _latin().finditer(text)]
    for m in re.finditer(rules()["cjk_name"], text):
        head = re.match(rf"{_CJK}+", m.group(0)).group(0)
        tail = m.group(0)[len(head) :].strip()
        letters = re.match("[A-Za-z]*", tail).group(0)
        bad_tail = tail in ("AI", "API") or len(letters) > rules()["cjk_latin_tail_max"]
        if bad_tail:
            continue
        if not re.search(rules()["cjk_name_banned"], head) and not rx("unit_token").match(tail):
            if not type_patterns()[0].search(head) and not type_patterns()[1].search(head):
                found.append((m.start(), m.end(), "cjk"))
    found += [(m.start(1), m.end(1), "quoted") for m in rx("quoted_name").finditer(text)]
    typed = rf"{_CJK}{{2,6}}?\s?(?:{keep})(?![\u4e00-\u9fff])"
    found += [(m.start(), m.end(), "typed") for m in re.finditer(typed, text)]
    found.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    return found


def _strip_company(text: str) -> tuple[str, str]:
    """Split a leading known company off a name ("腾讯混元图像 3.0" -> 腾讯, 混元图像 3.0)."""
    for start, end, alias, surface in known_mentions(text):
        if start == 0 and alias.label in ("Company", "Organization") and text[end:].strip():
            return surface, text[end:].lstrip()
    return "", text


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
    if rx("not_name_after").match(text[end:]):
        return None  # "Apache2.0 协议"
    if re.search(r"\s(?:API|SDK)$", raw) and re.match(rf"^\s?(?!的){_CJK}", text[end:]):
        return None  # "Gemini API 文件搜索": a feature of an API, not a release
    run = re.match(rf"^\s?({_CJK}+)", text[end : end + type_len])
    described = run and not type_patterns()[1].fullmatch(run.group(1)) and "的" not in run.group(1)
    if category in ("feature", "tool", "device") and described and re.match("[A-Za-z]", raw):
        if not set(_tokens(raw)) <= set(rules()["generic_latin"]):
            raw = text[start : end + type_len]  # "ChatGPT 群聊功能", "HSTN 人工智能眼镜"
        else:
            return None  # "AI 搜索功能"
    name = tidy(raw)
    if not is_name(name):
        return None
    own = re.search(rf"({'|'.join(rules()['keep_type_in_cjk_name'])})$", name)
    if not label and own:
        label, category = "Product", rules()["product_types"].get(own.group(1), "")
    voted, voted_category = type_from_context(name, context)
    if voted and voted != label:
        by_type = False
        label, category = voted, voted_category  # one label for a name across the report
    if not label:
        label, category = default_type(name, local)
    alias = ""
    par = re.match(r"^\s?\(([A-Za-z][\w .\-]{1,30})\)", after)
    if par and _latin().fullmatch(par.group(1).strip()):
        alias = par.group(1).strip()
    var = re.match(rf"^\s?{rules()['variant_suffixes']}", text[end:])
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
    particles = re.match(rules()["verb_particles_after"], clause)
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
            len(prefix) > rules()["max_descriptor_chars"]
            or re.search("[、,;:]" if commas else "、", prefix)
            or re.search(r"[A-Za-z]{2,}", prefix.strip()[-3:])
        ):
            if not hits:
                return []
            break
        company, rest = _strip_company(clause[start:end])
        offset = end - len(rest) if company and re.match(_CJK, company) else start
        hit = _finish(clause, offset, end, prefix, context, local)
        if hit is None:
            continue
        if offset != start:
            hit = NameHit(**{**hit.__dict__, "maker": company})
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
    text = re.sub(r"[“\"'‘「][^”\"'’」]{1,10}[”\"'’」]", "", text).strip()
    text = re.sub(rules()["descriptor_prefixes"], "", text)
    if not text or re.search(rules()["whole_name_blockers"], text) or re.search("[,。;]", text):
        return None
    for start, end, _kind in _candidates(text):
        if start > 0:
            break
        hit = _finish(text, start, end, "", context, local)
        if hit and re.fullmatch(r"\s*(?:版本|版|系列)?\s*", text[hit.end :]):
            return hit
    return None
