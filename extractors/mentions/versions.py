"""Versioned names for the mentions reader: models, chips and products with a version
or part number, in Latin and Chinese ("Qwen3-Max", "GPT-5.1 Instant", "MI355X", "混元 2.0",
"昇腾 950PR", "深算三号"), a listed name with its version after it ("通义万相 2.5"), rack
systems and named projects ("GB300 NVL72", "Project Rainier"), and the company names
that open a model's name ("DeepSeek-V3.1", "Kimi K2 Thinking"). Chip, model or product
is decided by the name's shape, the noun right after it, a table's header, then the
sentence (rules in ``rules/names/``, sections ``mentions``).

>>> [(m.name, m.label) for m in versioned("阿里开源 Qwen3-Max，并推出 JX-680 芯片", [])]
[('Qwen3-Max', 'Model'), ('JX-680', 'Chip')]
"""

from __future__ import annotations

import re

from aikg.extractors.mentions.shapes import shape_rules
from aikg.extractors.names.gate import is_entity
from aikg.extractors.names.lexicon import lookup
from aikg.extractors.names.mentions import Mention
from aikg.extractors.names.open_world import free
from aikg.extractors.names.pos import word_freq, words_of

__all__ = ["hyphen_names", "model_heads", "systems", "versioned", "with_version"]

_CHIP_CODE = re.compile(r"^(?:[A-Z]{1,4}-?\d{2,4}|\d{3,4})[A-Z]{0,3}$")
_YEAR = re.compile(r"[\s-](?:19|20)\d{2}$")
_UNIT_AFTER = re.compile(
    r"^\s*(?:[年月日亿万元家个款倍台张块位名项次期号届代起套笔轮%]|(?:GB|TB|MB|GW|MW|kW|W|nm|TOPS|TFLOPS|PFLOPS)\b)"
)  # "显存 288 GB": a quantity, not a part number
_CONTEXTS = ("chip_context", "model_context")
_APP_AFTER = re.compile(r"\s*(?:版本|版|App|APP|app)")
_PERIOD = re.compile(r"^(?:F?Q[1-4]|[12]H|H[12]|FY\d{2,4}|CY\d{2,4})$")


def _listed_chip_line(code: str) -> bool:
    """Whether a versioned name's part before its version is a chip line of the alias
    list ("Trainium" of "Trainium 3")."""
    head = re.match(r"([A-Za-z][A-Za-z\s\-]*?)[\s\-]?v?\d", code)
    return bool(head) and lookup(head.group(1).strip(), "Chip") is not None


def _kind(code: str, sentence: str, cjk: bool, after: str = "", context: str = "") -> str:
    """Chip, model or product for a versioned name, by its shape, the noun right
    ``after`` it, then by the sentence.

    >>> _kind("H200", "", False), _kind("GPT-5.1", "", False), _kind("TJ-1", "TJ-1 芯片", False)
    ('Chip', 'Model', 'Chip')
    >>> _kind("LX-Agent 2.0", "", False), _kind("QX-1", "", False, " 人形机器人用于分拣")
    ('Product', 'Product')
    >>> _kind("LZ-1", "发布 LZ-1 推理卡与模型", False, " 推理卡与模型")
    'Chip'

    A version of a chip line the alias list holds is a chip ("Trainium 3", "TPU v8").

    >>> _kind("Trainium 3", "", False), _kind("TPU v8", "", False)
    ('Chip', 'Chip')
    """
    r = shape_rules()
    if r["product"].search(code):
        return "Product"
    if _listed_chip_line(code):
        return "Chip"
    for label, noun in r["noun_after"]:
        if noun.match(after):
            return label
    if r["chip_in_name"].search(code):
        return "Chip"
    chip_table, model_table = (r[k].search(context) is not None for k in _CONTEXTS)
    if chip_table != model_table:  # a table's header or caption says which it lists
        return "Chip" if chip_table else "Model"
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


def _latin_versioned(m: re.Match[str]) -> bool:
    """Whether a Latin versioned match is a name, not a figure, heading or company code."""
    r = shape_rules()
    name = m.group()
    words = re.split(r"[\s\-]", name)
    head, bare = words[0], re.sub(r"\d.*$", "", words[0])
    if {head.casefold(), bare.casefold()} & r["not_heads"] or (bare.isupper() and len(bare) > 5):
        return False
    if any(w.casefold() in r["company_heads"] | r["org_heads"] for w in words[1:]):
        return False  # "Hale Securities 7": a company and a number
    if any(w.casefold() in r["not_heads"] for w in words[1:2]) or _PERIOD.match(words[-1]):
        return False  # "Infrastructure October 29", "Oracle FQ2": a date or a period
    return not (r["skip"].match(name) or _YEAR.search(name) or len(name) < 2)


def _after_taken(text: str, m: re.Match[str], spans: list[tuple[int, int]]) -> re.Match | None:
    """The versioned name that starts after a taken name the match opens with ("Google
    Gemini 3": "Gemini 3" after Google), or None."""
    ends = [e for s, e in spans if s <= m.start() < e < m.end()]
    if not ends:
        return None
    pos = max(ends)
    pos += len(text[pos:]) - len(text[pos:].lstrip(" "))
    again = shape_rules()["versioned"].match(text, pos)
    return again if again and again.end() == m.end() else None


def versioned(text: str, taken: list[tuple[int, int]], context: str = "") -> list[Mention]:
    """Latin and Chinese names with a version or part number (see the module), the
    longest first where they overlap ("混元 T1", not "T1"); a table cell's ``context``
    (its row, header and caption) types them where the cell alone cannot.

    >>> [m.name for m in versioned("Google Gemini 3 and Meta's Llama 4 Maverick", [(0, 6)])]
    ['Gemini 3', 'Llama 4 Maverick']
    >>> [m.name for m in versioned("腾讯元宝接入混元 T1，跑赢 S&P 500；288 GB HBM3E", [])]
    ['混元 T1']
    """
    found = _latin_candidates(text, taken, context) + _cjk_candidates(text, context)
    out: list[Mention] = []
    for m in sorted(found, key=lambda m: (m.start - m.end, m.start)):
        if free(taken + [(o.start, o.end) for o in out], m.start, m.end):
            out.append(m)
    return sorted(out, key=lambda m: m.start)


def _latin_candidates(text: str, taken: list[tuple[int, int]], context: str) -> list[Mention]:
    """Latin versioned names, past a taken name they open with ("Google Gemini 3")."""
    out = []
    for m in shape_rules()["versioned"].finditer(text):
        if not free(taken, m.start(), m.end()):
            m = _after_taken(text, m, taken)
        if not m or not _latin_versioned(m) or not free(taken, m.start(), m.end()):
            continue
        if re.search(r"\d\s?$", text[: m.start()]) and not re.search(r"\d", m.group().split()[0]):
            continue  # "288 GB HBM3E": a quantity's unit, then a word
        if _status_count(m.group()) or _site(text, m.start(), m.end()):
            continue
        after = text[m.end() : m.end() + 24]
        kind = _kind(m.group(), text, False, after, context)
        kind = "Organization" if _venture_arm(text, m.start(), m.end()) else kind
        out.append(Mention(m.start(), m.end(), m.group(), kind))
    return out


def _status_count(name: str) -> bool:
    """Whether a versioned match is a status or a participle and a count ("Signed 3",
    "Pending 2", "Contracted 12"): a table's status cell, never a name.

    >>> _status_count("Signed 3"), _status_count("Pending 2"), _status_count("Gemini 3")
    (True, True, False)
    """
    return bool(re.fullmatch(r"[A-Z][a-z]+(?:ed|ing)\s\d{1,3}", name))


def _site(text: str, start: int, end: int) -> bool:
    """Whether the code at ``start:end`` names a fab or plant (``mentions.site_nouns``,
    ``mentions.site_after`` of ``rules/names/common.toml``).

    >>> _site("the M15X fab in Cheongju", 4, 8), _site("Fab M16 capacity", 4, 7)
    (True, True)
    >>> _site("M15X will add 20k wafers per month", 0, 4), _site("the MI355X GPU", 4, 10)
    (True, False)
    >>> _site("M16 capacity is sold out", 0, 3), _site("MI355X capacity is sold out", 0, 6)
    (True, False)
    """
    r = shape_rules()
    before = re.findall(r"[A-Za-z]+|[\u4e00-\u9fff]+", text[max(0, start - 16) : start])
    after = re.findall(r"[A-Za-z]+|[\u4e00-\u9fff]+", text[end : end + 16])
    nouns = {n.casefold() for n in r["site_nouns"]}
    near = [w.casefold() for w in before[-1:] + after[:1]]
    if any(w in nouns or any(w.startswith(n) for n in nouns if not n.isascii()) for w in near):
        return True
    if r["site_code"].match(text[start:end]) and r["site_sentence"].search(text):
        return True  # "M16 capacity is sold out": a fab's short code
    return bool(r["site_after"].match(text[end:]))


def _venture_arm(text: str, start: int, end: int) -> bool:
    """Whether a venture noun introduces the code or its bracket explains it ("Microsoft's
    venture fund M12", "M12 (Microsoft's venture arm)"): an organisation.

    >>> _venture_arm("Microsoft's venture fund M12 led", 25, 28)
    True
    >>> _venture_arm("M12 (Microsoft's venture arm) led", 0, 3), _venture_arm("M12 chips", 0, 3)
    (True, False)
    """
    nouns = shape_rules()["arm_nouns"]
    before = text[max(0, start - 32) : start].rstrip(" ,，")
    bracket = re.match(r"\s*(?:[(（]([^()（）]{0,48})[)）]|,\s([^,.;]{0,48}))", text[end:])
    inside = next((g for g in bracket.groups() if g), "") if bracket else ""
    return before.casefold().endswith(nouns) or any(n in inside.casefold() for n in nouns)


def _cjk_candidates(text: str, context: str) -> list[Mention]:
    """Chinese brands with a version ("混元 2.0", "昇腾 950PR") or a generation number
    ("深算三号": a chip unless the sentence speaks of models only)."""
    r = shape_rules()
    out = []
    for m in r["cjk_versioned"].finditer(text):
        name = m.group()
        at = max(name.rfind("·"), name.rfind("・")) + 1  # "青穹·织锦 2.0": the line after the dot
        stem, version = name[at : at + 2], name[at + 2 :].replace("大模型", "").strip()
        if stem in r["version_stop"] or set(stem) & r["version_bad"] or not _brand(stem):
            continue
        if _UNIT_AFTER.match(text[m.end() :]) or r["version_unit"].match(version):
            continue
        if not re.search(r"[.A-Za-z]|\d{3}", version) or _YEAR.search(" " + version):
            continue
        if re.fullmatch(r"\d{5,}", version):
            continue  # "周报 20251117", "代码 600519": a date or a code, never a version
        if re.search(r"[A-Za-z]", version) and not is_entity(version, "Model"):
            continue  # "单卡 FP16": a precision, not a version
        after = text[m.end() : m.end() + 24]
        out.append(Mention(m.start(), m.end(), name, _kind(version, text, True, after, context)))
    for m in r["cjk_numbered"].finditer(text):
        head = m.group()[:2]
        if head in r["version_stop"] or set(head) & r["version_bad"] or not _brand(head):
            continue
        words = f"{text} {context}"
        model = r["model_context"].search(words) and not r["chip_context"].search(words)
        out.append(Mention(m.start(), m.end(), m.group(), "Model" if model else "Chip"))
    return out


def _brand(head: str) -> bool:
    """Whether the two characters before a version can be a brand: not a time word, a
    function word, a common verb or a very common noun ("本周 DDR5", "签订 DDR5", "事件
    142", "服务 800", "公司 HBM4": the word before a code or a count). Brands are rare
    words or none the dictionary holds ("文心", "混元", "昇腾", "昆仑"). Rules:
    ``mentions.brand_head`` of ``rules/names/zh.toml``.

    >>> [_brand(w) for w in ("本周", "签订", "事件", "公司", "文心", "昆仑", "昇腾", "可灵")]
    [False, False, False, False, True, True, True, True]
    """
    rule = shape_rules()["brand_head"]
    words = words_of(head)
    if len(words) != 1:
        return True
    flag, freq = words[0][1], word_freq()(head) or 0
    if flag[:1] in rule["bad_tags"] or flag in rule["bad_tags"]:
        return False
    verb = flag[:1] == "v"
    return freq < (rule["verb_freq"] if verb else rule["common_freq"])


def systems(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Rack systems, superpods and named projects as products, past a company name they
    open with ("NVIDIA GB300 NVL72": "GB300 NVL72").

    >>> [m.name for m in systems("NVIDIA GB300 NVL72 racks; Project Rainier", [(0, 6)])]
    ['GB300 NVL72', 'Project Rainier']
    """
    pattern = shape_rules()["system_names"]
    out = []
    for m in pattern.finditer(text):
        if not free(taken, m.start(), m.end()):
            ends = [e for s, e in taken if s <= m.start() < e < m.end()]
            m = pattern.match(text, max(ends) + 1) if ends else None
        if m and free(taken + [(o.start, o.end) for o in out], m.start(), m.end()):
            out.append(Mention(m.start(), m.end(), m.group(), "Product"))
    return out


def with_version(text: str, known: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """A listed model, product or chip name with the version written after it: one
    versioned name of the same kind ("通义万相 2.5", "文心一言 5.0", "豆包大模型 1.6",
    "Ascend 950PR"); a listed app with a version is its model ("可灵 2.5 Turbo") unless
    the version is the app's ("2.0 版本").

    >>> k = [Mention(0, 4, "通义万相", "Model"), Mention(9, 13, "文心一言", "Model")]
    >>> [(m.name, m.label) for m in with_version("通义万相 2.5、文心一言 5.0 预览版", k, [])]
    [('通义万相 2.5', 'Model'), ('文心一言 5.0', 'Model')]
    """
    r = shape_rules()
    out = []
    for k in known:
        if k.is_company:
            continue
        v = r["version_after"].match(text, k.end)
        if not v or _UNIT_AFTER.match(text[v.end() :]) or _YEAR.search(v.group()):
            continue
        if r["version_unit"].match(v.group().strip()) or not free(taken, k.start, v.end()):
            continue
        name = text[k.start : v.end()]
        label = k.label
        if label == "Product" and not _APP_AFTER.match(text, v.end()):
            label = "Model"  # "可灵 2.5 Turbo": a versioned app name is its model ...
        out.append(Mention(k.start, v.end(), name, label))  # ... unless "2.0 版本", "App"
    return out


def model_heads(text: str, companies: list[Mention]) -> list[Mention]:
    """The Latin company names that open a model's name rather than name a party: joined
    to it by a hyphen ("DeepSeek-V3.1", "DeepSeek-OCR") or followed by a short version
    ("Kimi K2 Thinking", "DeepSeek V3.2"); never before a part number ("AMD MI355X").

    >>> c = [Mention(0, 8, "DeepSeek", "Company"), Mention(20, 23, "AMD", "Company")]
    >>> [m.name for m in model_heads("DeepSeek-V3.1 runs; AMD MI355X", c)]
    ['DeepSeek']
    """
    rest = re.compile(r"-[A-Z0-9]|\s(?!F?[QH]\d)[A-Z]{1,2}\d(?:\.\d+)?(?![\w%.])")  # not "Q3"
    out = []
    for m in companies:
        token = re.split(r"[\s\-,，;；。)）]", text[m.end + 1 :], maxsplit=1)[0]
        latin_end = re.search(r"[A-Za-z0-9]$", m.name)  # "月之暗面 Kimi": a Latin tail
        if latin_end and rest.match(text, m.end) and not _CHIP_CODE.match(token):
            if text[m.end] == "-" or is_entity(token, "Model"):  # "TSMC N3": a process node
                out.append(m)
    return out


def hyphen_names(text: str, heads: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """A company name and a capitalised word joined by a hyphen, with no version: a model
    or product of that company ("DeepSeek-OCR", "Hunyuan-GameCraft").

    >>> heads = [Mention(0, 8, "DeepSeek", "Company")]
    >>> [(m.name, m.label) for m in hyphen_names("DeepSeek-OCR 开源", heads, [])]
    [('DeepSeek-OCR', 'Model')]
    """
    out = []
    for h in heads:
        m = re.compile(r"-[A-Z][A-Za-z]+(?:-[A-Z0-9][A-Za-z0-9]*)*(?![\w.\-])").match(text, h.end)
        if m and free(taken, h.start, m.end()):
            name = text[h.start : m.end()]
            label = "Product" if shape_rules()["product"].search(name) else "Model"
            out.append(Mention(h.start, m.end(), name, label))
    return out
