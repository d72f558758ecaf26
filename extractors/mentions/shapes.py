"""Open-world names by their shape and context, for the mentions reader.

Names no list holds are recognised here only by clear shapes (rules in
``rules/names/``, sections ``mentions``):

- versioned names: a capitalised or Chinese name with a version or part number
  ("Qwen3-Max", "GPT-5.1", "Kuafu-2.5", "混元 2.0", "MI355X", "QX-900", "昇腾 950PR"):
  a chip when it has a part number's shape ("H200", "JX-680", three or more digits after
  a Chinese line) or the sentence speaks of chips, else a model;
- Latin companies and organisations: capitalised runs ending in a company word
  ("Halvorsen Compute", "Marlowe Capital Partners") or an office word ("European
  Commission"), or opened by one ("Department of Energy"), not next to a person's title;
- Chinese companies ending in a trade word (智算, 游戏, 创投 ...) and issuers ending in
  an office word (部, 局, 委员会 ...), with the boundaries of :mod:`aikg.extractors.names`.

Every finder returns :class:`~aikg.extractors.names.mentions.Mention` spans that avoid
``taken``.

>>> [(m.name, m.label) for m in versioned("阿里开源 Qwen3-Max，并推出 JX-680 芯片", [])]
[('Qwen3-Max', 'Model'), ('JX-680', 'Chip')]
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
from aikg.extractors.text.patterns import alternation

__all__ = ["chinese_parties", "latin_parties", "quoted_names", "versioned"]

_CHIP_CODE = re.compile(r"^(?:[A-Z]{1,4}-?\d{2,4}|\d{3,4})[A-Z]{0,3}$")
_YEAR = re.compile(r"[\s-](?:19|20)\d{2}$")
_UNIT_AFTER = re.compile(r"^\s*[年月日亿万元家个款倍台张块位名项次期号届代%]")


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
        "version_stop": set(zh_gate["version_stop"]),
        "company_heads": {w.casefold() for w in en["company_heads"]},
        "org_heads": {w.casefold() for w in en["org_heads"]},
        "org_openers": tuple(en["org_openers"]),
        "person": {w.casefold() for w in rules.load("names", "en")["gate"]["person_titles"]},
        "cn_company": re.compile(f"(?:{alternation(zh['suffixes'])})"),
        "cn_org": re.compile(f"(?:{alternation(zh['org_suffixes'])})"),
        "cn_org_names": re.compile(f"(?:{alternation(zh['org_names'])})"),
        "org_compounds": tuple(zh["org_compounds"]),
        "version_bad": set(zh["version_bad_chars"]),
        "version_unit": re.compile(zh["version_unit"]),
        "quoted": re.compile(zh["quoted"]),
        "quoted_model": re.compile(rf"(?:{alternation(zh['quoted_model_words'])})"),
        "quoted_product": re.compile(rf"(?:{alternation(zh['quoted_product_words'])})"),
        "product": re.compile(
            rf"(?:^|[\s\-])(?:{alternation(common['product_words'])})(?:$|[\s\-])"
        ),
    }


def _kind(code: str, sentence: str, cjk: bool) -> str:
    """Chip, model or product for a versioned name, by its shape, then by the sentence.

    >>> _kind("H200", "", False), _kind("GPT-5.1", "", False), _kind("TJ-1", "TJ-1 芯片", False)
    ('Chip', 'Model', 'Chip')
    >>> _kind("LX-Agent 2.0", "", False)
    'Product'
    """
    r = shape_rules()
    if r["product"].search(code):
        return "Product"
    chip_words = bool(r["chip_context"].search(sentence))
    model_words = bool(r["model_context"].search(sentence))
    if "." in code:
        return "Model"
    if cjk:
        return "Chip" if re.search(r"\d{3}", code) or (chip_words and not model_words) else "Model"
    last = code.split()[-1]
    if _CHIP_CODE.match(last) and not re.search(r"[a-z]", last):
        return "Chip" if re.search(r"\d{2}", last) or chip_words else "Model"
    return "Chip" if chip_words and not model_words and " " not in code else "Model"


def versioned(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Latin and Chinese names with a version or part number (see the module)."""
    r = shape_rules()
    out: list[Mention] = []
    for m in r["versioned"].finditer(text):
        name = m.group()
        words = re.split(r"[\s\-]", name)
        head, bare = words[0], re.sub(r"\d.*$", "", words[0])
        if {head.casefold(), bare.casefold()} & r["not_heads"] or (
            bare.isupper() and len(bare) > 5
        ):
            continue
        if any(w.casefold() in r["company_heads"] | r["org_heads"] for w in words[1:]):
            continue  # "Hale Securities 7": a company and a number
        if r["skip"].match(name) or _YEAR.search(name) or len(name) < 2:
            continue
        if free(taken + [(o.start, o.end) for o in out], m.start(), m.end()):
            out.append(Mention(m.start(), m.end(), name, _kind(name, text, cjk=False)))
    for m in r["cjk_versioned"].finditer(text):
        name = m.group()
        stem, version = name[:2], name[2:].replace("大模型", "").strip()
        if stem in r["version_stop"] or set(stem) & r["version_bad"]:
            continue
        if _UNIT_AFTER.match(text[m.end() :]) or r["version_unit"].match(version):
            continue
        if not re.search(r"[.A-Za-z]|\d{3}", version) or _YEAR.search(" " + version):
            continue
        if free(taken + [(o.start, o.end) for o in out], m.start(), m.end()):
            out.append(Mention(m.start(), m.end(), name, _kind(version, text, cjk=True)))
    return out


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


def latin_parties(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Capitalised runs that are companies or organisations by their last or first word."""
    r = shape_rules()
    out = []
    for m in _latin_names(text, taken):
        words = m.name.split()
        last = words[-1].casefold()
        if _near_person(text, m.start, m.end) or words[0].casefold() in r["person"]:
            continue
        if len(words) == 1 and last in r["org_heads"]:  # "European Commission": a place
            m = _with_place(text, m)  # word the name finder trims opens an office's name
            words = m.name.split()
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
    out += _chinese_names(text, spans, r["cn_company"], "Company")
    return sorted(out, key=lambda m: m.start)


def quoted_names(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Quoted names with a model or product word right before or after the quotes.

    >>> found = quoted_names("上线 AI 写作功能“墨言”，并发布大模型「青岚-2」", [])
    >>> [(m.name, m.label) for m in found]
    [('墨言', 'Product'), ('青岚-2', 'Model')]
    >>> quoted_names("从“可用”走向“好用”", [])
    []
    """
    r = shape_rules()
    out = []
    for m in r["quoted"].finditer(text):
        before, after = text[max(0, m.start() - 6) : m.start()], text[m.end() : m.end() + 6]
        near = re.search(rf"(?:{r['quoted_model'].pattern})\s*$", before) or re.match(
            rf"\s*(?:{r['quoted_model'].pattern})", after
        )
        label = "Model" if near else ""
        if not label and (
            re.search(rf"(?:{r['quoted_product'].pattern})\s*$", before)
            or re.match(rf"\s*(?:{r['quoted_product'].pattern})", after)
        ):
            label = "Product"
        name = m.group(1).strip()
        if label and free(taken, m.start(1), m.end(1)):
            out.append(Mention(m.start(1), m.start(1) + len(m.group(1)), name, label))
    return out
