"""Open-world names by their shape and context, for the mentions reader.

Names no list holds are recognised here only by clear shapes (rules in
``rules/names/``, sections ``mentions``):

- versioned names (:mod:`.versions`, with the rules compiled here);
- Latin companies and organisations: capitalised runs ending in a company word
  ("Halvorsen Compute", "Marlowe Capital Partners") or an office word ("European
  Commission"), or opened by one ("Department of Energy"), not next to a person's title;
- Chinese companies ending in a trade word (智算, 游戏, 创投 ...) and issuers ending in
  an office word (部, 局, 委员会 ...), with the boundaries of :mod:`aikg.extractors.names`.

Every finder returns :class:`~aikg.extractors.names.mentions.Mention` spans that avoid
``taken``.

>>> [(m.name, m.label) for m in latin_parties("Marlowe Capital Partners backs Pellucid Bio", [])]
[('Marlowe Capital Partners', 'Company'), ('Pellucid Bio', 'Company')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from aikg.extractors import rules
from aikg.extractors.names.mentions import Mention, _chinese_names, _latin_names
from aikg.extractors.names.open_world import free
from aikg.extractors.names.pos import word_freq, words_of
from aikg.extractors.text.patterns import alternation

__all__ = [
    "chinese_parties",
    "latin_parties",
    "listed_companies",
    "quoted_names",
    "shape_rules",
]


_END = r"(?![A-Za-z])"  # a Latin noun ends a word; a Chinese one may run on ("推理卡与")


@lru_cache(maxsize=1)
def shape_rules() -> dict[str, Any]:
    """The ``mentions`` rules of the three files, compiled."""
    common, zh, en = (rules.load("names", lang)["mentions"] for lang in (None, "zh", "en"))
    zh_gate, en_all = rules.load("names", "zh")["gate"], rules.load("names", "en")
    return {
        "chip_context": re.compile(alternation(common["chip_context"]), re.I),
        "model_context": re.compile(alternation(common["model_context"]), re.I),
        "versioned": re.compile(en["versioned"]),
        "not_heads": {w.casefold() for w in [*en["version_not_heads"], *en_all["stopwords"]]},
        "skip": re.compile(rules.load("names")["chip_code_skip"]),
        "cjk_versioned": re.compile(zh["cjk_versioned"]),
        "cjk_numbered": re.compile(zh["cjk_numbered"]),
        "version_after": re.compile(common["version_after"]),
        "system_names": re.compile(common["system_names"]),
        "version_stop": set(zh_gate["version_stop"]),
        "company_heads": {w.casefold() for w in en["company_heads"]},
        "glued_arm": re.compile(en["glued_arm"]),
        "org_heads": {w.casefold() for w in en["org_heads"]},
        "org_openers": tuple(en["org_openers"]),
        "person": {w.casefold() for w in rules.load("names", "en")["gate"]["person_titles"]},
        "cn_company": re.compile(f"(?:{alternation(zh['suffixes'])})"),
        "cn_org": re.compile(f"(?:{alternation(zh['org_suffixes'])})"),
        "cn_org_names": re.compile(f"(?:{alternation(zh['org_names'])})"),
        "org_compounds": tuple(zh["org_compounds"]),
        "version_bad": set(zh["version_bad_chars"]),
        "version_unit": re.compile(zh["version_unit"]),
        "brand_head": zh["brand_head"],
        "site_nouns": tuple(common["site_nouns"]),
        "site_after": re.compile(common["site_after"]),
        "site_code": re.compile(common["site_code"]),
        "site_sentence": re.compile(common["site_sentence"]),
        "arm_nouns": tuple(common["arm_nouns"]),
        "quoted": re.compile(zh["quoted"]),
        "kind_list": re.compile(zh["kind_list"]),
        "quoted_model": re.compile(rf"(?:{alternation(zh['quoted_model_words'])})"),
        "quoted_product": re.compile(rf"(?:{alternation(zh['quoted_product_words'])})"),
        "chip_in_name": re.compile(common["chip_in_name"]),
        "noun_after": [
            (label, re.compile(rf"^\s*(?:[A-Za-z\-]+\s)?(?:{alternation(common[key])}){_END}"))
            for label, key in (
                ("Chip", "noun_after_chip"),
                ("Product", "noun_after_product"),
                ("Model", "noun_after_model"),
            )
        ],
        "product": re.compile(
            rf"(?:^|[\s\-])(?:{alternation(common['product_words'])})(?:$|[\s\-])"
        ),
    }


def _near_person(text: str, start: int, end: int) -> bool:
    """A person's title or a reporting verb right before or after the span."""
    words = shape_rules()["person"]
    before = re.findall(r"[A-Za-z\-]+", text[max(0, start - 12) : start])
    after = re.findall(r"[A-Za-z\-]+", text[end : end + 12])
    return bool(
        (before and before[-1].casefold() in words) or (after and after[0].casefold() in words)
    )


def _with_place(text: str, m: Mention) -> Mention:
    """The office word with the capitalised words before it ("European Commission").

    >>> _with_place("The European Commission said", Mention(13, 23, "Commission", "Company")).name
    'European Commission'
    """
    before = re.search(r"((?:[A-Z][A-Za-z.]+\s)+)$", text[: m.start])
    if not before:
        return m
    lead = re.sub(r"^(?:The|A|An)\s", "", before.group(1))
    start = m.start - len(lead)
    return Mention(start, m.end, text[start : m.end], m.label)


def _without_desk_words(m: Mention) -> Mention:
    """The name without two or more desk words a joined cover line put before it
    ("Technology Hardware Corvane Systems": "Corvane Systems"), when two words are left,
    and without desk words after a company word.

    >>> _without_desk_words(Mention(0, 35, "Technology Hardware Corvane Systems", "Company")).name
    'Corvane Systems'
    >>> _without_desk_words(Mention(0, 13, "China Telecom", "Company")).name
    'China Telecom'
    >>> _without_desk_words(Mention(0, 34, "Pemberton Hale Securities Research", "Company")).name
    'Pemberton Hale Securities'
    """
    desk = {w.casefold() for w in rules.load("names", "en")["gate"]["desk_words"]}
    words = m.name.split(" ")
    lead = 0
    while lead < len(words) and words[lead].casefold() in desk:
        lead += 1
    heads = shape_rules()["company_heads"]
    tail = len(words)
    while tail > 2 and words[tail - 1].casefold() in desk and words[tail - 2].casefold() in heads:
        tail -= 1  # "Pemberton Hale Securities Research": the desk after the house
    if tail < len(words):
        name = " ".join(words[:tail])
        m = Mention(m.start, m.start + len(name), name, m.label, loose=m.loose)
        words = words[:tail]
    if lead < 2 or len(words) - lead < 2:
        return m
    cut = len(" ".join(words[:lead])) + 1
    return Mention(m.start + cut, m.end, m.name[cut:], m.label, loose=m.loose)


def latin_parties(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Capitalised runs that are companies or organisations by their last or first word."""
    r = shape_rules()
    out = []
    for m in _latin_names(text, taken):
        words = m.name.split()
        last = words[-1].casefold()
        if _near_person(text, m.start, m.end) or words[0].casefold() in r["person"]:
            continue
        m = _without_desk_words(m)
        words = m.name.split()
        if len(words) == 1 and last in r["org_heads"]:  # "European Commission": a place
            m = _with_place(text, m)  # word the name finder trims opens an office's name
            words = m.name.split()
        if len(words) == 1 and r["glued_arm"].fullmatch(m.name):  # "NVentures"
            out.append(Mention(m.start, m.end, m.name, "Company"))
        if len(words) < 2:
            continue
        if last in r["org_heads"] or m.name.startswith(r["org_openers"]):
            out.append(Mention(m.start, m.end, m.name, "Organization"))
        elif last in r["company_heads"]:
            out.append(Mention(m.start, m.end, m.name, "Company"))
    return out


def chinese_parties(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Chinese companies ending in a trade word, and issuers ending in an office word.

    >>> [(m.name, m.label) for m in chinese_parties("据悉，明渠智算与国家能源局、国务院有关", [])]
    [('明渠智算', 'Company'), ('国家能源局', 'Organization'), ('国务院', 'Organization')]
    """
    r = shape_rules()
    out = [
        m
        for m in _chinese_names(text, taken, r["cn_org"], "Organization")
        if not any(c in text[max(0, m.end - 2) : m.end + 2] for c in r["org_compounds"])
    ]
    for m in r["cn_org_names"].finditer(text):
        if free(taken + [(o.start, o.end) for o in out], m.start(), m.end()):
            out.append(Mention(m.start(), m.end(), m.group(), "Organization"))
    spans = taken + [(m.start, m.end) for m in out]
    out += [
        m
        for m in _chinese_names(text, spans, r["cn_company"], "Company")
        if not _trade_phrase(text, m)
    ]
    return sorted(out, key=lambda m: m.start)


def _trade_phrase(text: str, m: Mention) -> bool:
    """Whether a name ending in a trade word (智算, 游戏) is a phrase about a kind of thing:
    its stem only places the dictionary knows (two, or one it counts place_freq times:
    "江西南昌智算", "韩国游戏"; a rare one may be a brand: "汀洲供应链") or a common word
    ("区域智算", "城市智算"), or a facility noun right after it ("液冷智算一体机", "…智算中心"
    after a stem no name holds). Rules: ``mentions.trade_stem`` of ``rules/names/zh.toml``.

    >>> names = ("江西智算", "城市智算", "汀岳智算")
    >>> [_trade_phrase(t, Mention(0, 4, t, "Company")) for t in names]
    [True, True, False]
    >>> _trade_phrase("液冷智算一体机", Mention(0, 4, "液冷智算", "Company"))
    True
    """
    rule = rules.load("names", "zh")["mentions"]["trade_stem"]
    suffix = shape_rules()["cn_company"].search(m.name)
    stem = m.name[: suffix.start()] if suffix else m.name
    words = words_of(stem)
    freq = word_freq()
    places = [w for w, f in words if f in rule["place_tags"] and freq(w) is not None]
    if len(places) == len(words) and (len(words) > 1 or (freq(stem) or 0) >= rule["place_freq"]):
        return True  # "江西南昌", "上海临港", "韩国": places alone, no brand ("汀洲": rare)
    if (freq(stem) or 0) >= rule["common_freq"]:
        return True
    return any(text.startswith(w, m.end) for w in rule["facility_after"])


def quoted_names(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Quoted names with a model, product or chip word right before or after the quotes.

    >>> text = "上线 AI 写作功能“墨言”，并发布大模型「青岚-2」与训练芯片“邃思 4.0”"
    >>> found = quoted_names(text, [])
    >>> [(m.name, m.label) for m in found]
    [('墨言', 'Product'), ('青岚-2', 'Model'), ('邃思 4.0', 'Chip')]
    >>> quoted_names("从“可用”走向“好用”", [])
    []
    """
    r = shape_rules()
    out = []
    for m in r["quoted"].finditer(text):
        before, after = text[max(0, m.start() - 6) : m.start()], text[m.end() : m.end() + 6]
        near = re.search(rf"(?:{r['quoted_model'].pattern})\s*$", before) or re.match(
            rf"\s*[\u4e00-\u9fff]{{0,3}}?(?:{r['quoted_model'].pattern})", after
        )  # "“澜舟灵犀”营销大模型": a modifier may come between
        label = "Model" if near else ""
        if re.search(r"(?:芯片|加速卡|推理卡|训练卡|GPU|NPU)\s*$", before):
            label = "Chip"  # "第四代训练芯片“邃思 4.0”"
        if not label and (
            re.search(rf"(?:{r['quoted_product'].pattern})\s*$", before)
            or re.match(rf"\s*(?:{r['quoted_product'].pattern})", after)
        ):
            label = "Product"
        name = m.group(1).strip()
        if label and free(taken, m.start(1), m.end(1)):
            out.append(Mention(m.start(1), m.start(1) + len(m.group(1)), name, label))
    return out


def listed_companies(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """The items of a list a count of companies closes ("穹宇纪元、栖鹿智造和砚川智能等
    三家机器人企业"), the first cut after the clause's verb.

    >>> [m.name for m in listed_companies("本周共有穹宇纪元、栖鹿智造和砚川智能等三家企业", [])]
    ['穹宇纪元', '栖鹿智造', '砚川智能']
    """
    out = []
    for m in shape_rules()["kind_list"].finditer(text):
        items = list(re.finditer(r"[^、和及与\s]+", m.group(1)))
        for k, item in enumerate(items):
            start, name = m.start(1) + item.start(), item.group()
            if k == 0:
                cut = _name_tail(name)
                start, name = start + cut, name[cut:]
            if len(name) >= 2 and free(taken, start, start + len(name)):
                out.append(Mention(start, start + len(name), name, "Company"))
    return out


def _name_tail(stem: str) -> int:
    """Where the name in a list's first item starts: after its last word jieba tags as a
    verb, number, time word or particle ("本周共有穹宇纪元": after 共有), else 0."""
    cut, pos = 0, 0
    for word, flag in words_of(stem):
        pos += len(word)
        if flag[:1] in ("v", "m", "t", "p", "u", "r", "d", "c"):
            cut = pos
    return cut if len(stem) - cut >= 2 else 0
