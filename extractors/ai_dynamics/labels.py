"""What an open-world name is (:func:`is_name`, :func:`tidy`), and its label (Model or
Product) and product category.

Type words beside a name (模型/大模型 -> Model; App/功能/工具/智能体/眼镜 -> Product) decide
its label; failing those, the type words beside its other mentions in the report; failing
those, the alias list's label, else a version number means a model (unless its paragraph
speaks of products and not models). :mod:`.releases` and :mod:`.english` find the names. Word lists
live in ``rules/ai_dynamics/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from aikg.extractors.ai_dynamics.rules import common, rx, zh
from aikg.extractors.names.lexicon import lookup
from aikg.extractors.text.script import CJK_CLASS
from aikg.extractors.text.surface import clean_surface

_DESC = rf"(?:(?![的是为在以与和及了中]){CJK_CLASS})"  # a descriptor character
_SIZE = re.compile(r"^\d+(?:\.\d+)?[BMKT]$")


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


def name_tokens(name: str) -> list[str]:
    return name.split()


def is_name(name: str) -> bool:
    """Whether a candidate is a name rather than a generic word, size or number.

    >>> [is_name(n) for n in ["Gemini 3 Pro", "AI", "7B", "1.58-bit", "Agent 365", "图像 3.0"]]
    [True, False, False, False, True, False]
    """
    name = name.strip()
    if not name or len(name) > 40:
        return False
    generic = set(common()["generic_latin"]) | set(zh()["generic_cjk"])
    if name in generic:
        return False
    tokens = name_tokens(name)
    measure = rx(None, "measure_token")
    if len(tokens) == 1 and measure.match(name):
        return False
    if all(t in generic or measure.match(t) for t in tokens) and not any(
        re.fullmatch(r"\d+(?:\.\d+)?", t) for t in tokens[1:]
    ):
        return False
    head = re.match(rf"^({CJK_CLASS}+)", name)
    if head and head.group(1) in generic and len(tokens) <= 2:
        return False
    products = "|".join(zh()["product_types"])
    bare = re.sub(rf"(?:{products})$", "", name).strip()
    if not bare or bare in generic or re.search(zh()["name_banned_chars"], name):
        return False
    return not re.search(r"\d\s*[年月日]|[,。;:]", name)


def tidy(name: str) -> str:
    """Drop sizes, trailing generic words, version words and descriptors from a name.

    >>> [tidy(n) for n in ["7B-Spirit LM", "Lance 3B", "Qwen2.5-Turbo AI", "元宝 2.0 版本"]]
    ['Spirit LM', 'Lance', 'Qwen2.5-Turbo', '元宝 2.0']
    """
    name = clean_surface(name).strip("“”\"'‘’「」《》 ")
    name = re.sub(r"^([^”\"」]{1,16})[”\"」](?=\s?[\u4e00-\u9fff])", r"\1", name)  # “观澜”行业…
    name = re.sub(zh()["descriptor_prefixes"], "", name)
    name = re.sub(r"^\d+(?:\.\d+)?[BMKT]-(?=[A-Za-z])", "", name)
    trailing = set(common()["trailing_generic_latin"])
    tokens = name_tokens(name)
    while len(tokens) > 1 and (tokens[-1] in trailing or _SIZE.match(tokens[-1])):
        tokens.pop()
    name = " ".join(tokens)
    return re.sub(zh()["name_suffixes_to_strip"], "", name).strip()


@lru_cache(maxsize=1)
def type_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    models = zh()["model_types"]
    products = "|".join(sorted(zh()["product_types"], key=len, reverse=True))
    return re.compile(models), re.compile(products)


def type_after(text: str) -> tuple[str, str, int]:
    """The type word right after a name: (label, category, chars it spans) or ('', '', 0).

    >>> type_after(" 编码模型, 其它")
    ('Model', '', 5)
    >>> type_after(" 群聊功能")
    ('Product', 'feature', 5)
    """
    models, products = type_patterns()
    lead = r"^[”\"'’」》]?\s?(?:的)?"
    m = re.match(rf"{lead}(?:[A-Za-z]+\s)?({_DESC}{{0,6}})\s?(?:{models.pattern})", text)
    p = re.match(rf"{lead}({_DESC}{{0,6}})\s?({products.pattern})", text)
    if m and (not p or m.end() <= p.end()):
        return "Model", "", m.end()
    if rx("zh", "model_api_after").match(text):
        return "Model", "", 0  # "X 质量模式 API": an API serves a model
    if p:
        return "Product", zh()["product_types"][p.group(2)], p.end()
    return "", "", 0


def type_before(prefix: str) -> tuple[str, str]:
    """The type a descriptor phrase before a name gives ("视频生成模型 " -> Model, and
    before a quoted name: "金融大模型“" -> Model)."""
    models, products = type_patterns()
    tail = prefix.rstrip(' —-:“"「『‘')
    p = re.search(rf"({products.pattern})$", tail)
    if re.search(rf"(?:{models.pattern})$", tail):
        return "Model", ""
    if p:
        return "Product", zh()["product_types"][p.group(1)]
    return "", ""


def _places(name: str, text: str) -> list[int]:
    """Where ``name`` starts in ``text``, each place after the end of the one before.

    >>> _places("aa", "aaaa"), _places("b", "abcb")
    ([0, 2], [1, 3])
    """
    found, at = [], text.find(name)
    while at >= 0:
        found.append(at)
        at = text.find(name, at + max(1, len(name)))
    return found


def type_from_context(name: str, context: str) -> tuple[str, str]:
    """Label a name by the type words beside its other mentions in ``context``.

    >>> type_from_context("Ernie5.1", "某公司推出新的语言模型 Ernie5.1,速度更快")
    ('Model', '')
    >>> type_from_context("Ernie5.1", "Ernie5.1 已被多家应用接入")
    ('', '')
    """
    votes: dict[tuple[str, str], int] = {}
    # the places of the name by plain search (re.finditer of the escaped name, without
    # compiling a pattern per name into re's cache)
    for start in _places(name, context):
        end = start + len(name)
        label, category = type_before(context[max(0, start - 12) : start])
        after = context[end : end + 12]
        if re.match(r"\s*(?:已经?|也|还)?\s*被", after):
            continue  # "X 已被多家应用接入": the words after name its users, not its type
        if not label and not after.lstrip().startswith("的"):
            label, category, _ = type_after(after)
        if label:
            votes[(label, category)] = votes.get((label, category), 0) + 1
    brand = re.match(rf"^({CJK_CLASS}{{2,6}})\s?\d", name)
    if brand and re.search(rf"{brand.group(1)}\s?(?:App|APP|app)", context):
        votes[("Product", "app")] = votes.get(("Product", "app"), 0) + 1  # "元宝 APP2.0"
    if not votes:
        return "", ""
    return max(votes, key=lambda k: (votes[k], k[0] == "Model"))


def default_type(name: str, local: str = "") -> tuple[str, str]:
    """The label of a name no type word qualifies: the alias list's, else Model when it
    has a version number, unless its own paragraph speaks of products and not models.

    >>> default_type("Zyra 2.0"), default_type("Zyra 2.0", "一款产品,面向开发者的 IDE")
    (('Model', ''), ('Product', ''))

    The brand's own app where the model went live ("Zyra 2.0 已在 Zyra App 上线") is no
    sign of a product: digests say where a model can be used so.

    >>> default_type("Zyra 2.0", "甲公司推出 Zyra 2.0,已在 Zyra App 上线")
    ('Model', '')
    """
    entry = lookup(name)
    if entry and entry.label in ("Model", "Product"):
        return entry.label, ""
    if re.search(r"\d", name) and not re.search(r"(?i)app(?=\d|\b)", name):
        brand = re.match(r"[A-Za-z]+|[\u4e00-\u9fff]{2,6}", name)
        if brand:  # "已在 Zyra App 上线": the model's venue, not a product of its own
            local = re.sub(rf"{re.escape(brand.group(0))}\s?(?:App|APP|app)", "", local)
        products = re.search(common()["product_hint_words"], local)
        if products and not re.search(common()["model_hint_words"], local):
            return "Product", ""
        return "Model", ""
    return "Product", ""
