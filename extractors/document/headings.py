"""Headings: which lines open a section, and of what kind.

The kinds (``rules/sections/``: summary, AI dynamics, policy, industry, rating, prose,
disclaimer, table of contents; the schema's ``SECTION_KINDS``) are told by the words a
heading starts with; a markdown heading of no known kind opens prose.
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.rules import load
from aikg.extractors.text.script import display_width

_TOC_ENTRY = re.compile(r"(\t|\.{3,}|…+|\s)\s*\d{1,3}\s*$")
_SPACED = re.compile(r"[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,5}")
# a dot leader to a page number ("1.1 价格走势 ........ 5"), wherever the line ends
_LEADER = re.compile(r"(?:\.{5,}|…{2,}|·{5,})\s*\d{1,3}(?!\d)")


def leader_entry(line: str) -> bool:
    """Whether a line is a contents entry by its dot leader to a page number, even
    where a converter ran the next line into it ("… 15图目录").

    >>> leader_entry("1.1 价格走势 ........ 5"), leader_entry("3. 总结 ...... 15图目录")
    (True, True)
    >>> leader_entry("营收增长...后续可期"), leader_entry("价格 5.0...")
    (False, False)
    """
    return bool(_LEADER.search(line))


@lru_cache(maxsize=1)
def section_rules() -> dict:
    """The section rules (``rules/sections/{zh,en,common}.toml``), heading patterns
    compiled. A report of one language often heads a section in the other ("Risks" in a
    Chinese note, "风险提示" in a bilingual one), so each kind's Chinese and English
    heading words are tried as one pattern, in the order ``common.toml`` gives.

    >>> [kind for kind, _ in section_rules()["compiled"]][:3]
    ['toc', 'summary', 'ai_dynamics']
    """
    common, zh, en = load("sections"), load("sections", "zh"), load("sections", "en")
    whole = set(common["whole_line"])
    heads_zh, heads_en = zh["headings"], en["headings"]
    kinds = [
        (kind, f"^({heads_zh[kind]}|{heads_en[kind]})" + (r"\s*$" if kind in whole else ""))
        for kind in common["order"]
    ]
    return {
        "compiled": [(kind, re.compile(pattern, re.I)) for kind, pattern in kinds],
        "emoji_heading": re.compile(common["emoji_heading"]),
        "glyph_heading": re.compile(common["glyph_heading"]),
        "heading_number": re.compile(common["heading_number"], re.I),
        "heading_max_width": common["heading_max_width"],
        "sticky_disclaimer": f"^({zh['sticky_disclaimer']}|{en['sticky_disclaimer']})",
    }


@lru_cache(maxsize=1)
def _series_labels() -> list[re.Pattern[str]]:
    """The series-label patterns of both languages (``rules/sections/*.toml``): a
    Chinese cover may carry an English label and the reverse."""
    zh, en = load("sections", "zh")["series_label"], load("sections", "en")["series_label"]
    return [re.compile(zh), re.compile(en, re.I)]


def is_series_label(line: str) -> bool:
    """Whether a line is a cover's series label and nothing more ("证券研究报告",
    "行业月报", "Equity Research | Industry Update"): a banner, not a title.

    >>> is_series_label("# 行业月报"), is_series_label("Industry Update"), is_series_label("算力")
    (True, True, False)
    """
    text = line.strip().lstrip("#").strip(" *_")
    return any(p.fullmatch(text) for p in _series_labels())


# what parts a series label from the title printed after it on the same line: a bar,
# dot, bullet, slash or dash ("行业月报 | 算力…", "证券研究报告·行业深度 …", "Industry
# Update — Asia memory"), or a wide gap (a converter's run of spaces). Never a colon:
# "行业周报：算力需求跟踪" is a title whose topic the label word starts.
_LABEL_SEPARATOR = re.compile(r"\s*[|｜┃·•●/／—–]\s*|\s+-\s+|\s{2,}")


def title_like(text: str) -> bool:
    """Whether what follows a series label reads as a title: a topic and its claim
    parted by a colon, or 16 columns or more. Shorter, it names the sector or the kind
    of note ("Semiconductors", "China Internet", "机器人/人工智能", "行业月度策略"), as
    covers print beside the label; the title is then on a line of its own.

    >>> title_like("Asia memory: pricing turns"), title_like("China Internet")
    (True, False)
    """
    text = text.strip()
    return bool(re.search(r"\S\s*[:：]\s*\S", text)) or display_width(text) >= 16


def split_series_label(line: str) -> tuple[str, str]:
    """(label, title) of a line that prints a series label and then the title
    ("行业月报 算力租赁：需求与价格双升", "Equity Research | Aurora Chips: demand holds"),
    else ("", the line). A single space parts them after a Chinese label (Chinese
    parts no words by spaces) or an upper-case one ("EQUITY RESEARCH Aurora …"); the
    title must be more than a label or a separator.

    >>> split_series_label("# 行业月报 算力租赁：需求与价格双升")
    ('行业月报', '算力租赁：需求与价格双升')
    >>> split_series_label("Equity Research | Company Update | Aurora Chips: demand holds")
    ('Equity Research | Company Update', 'Aurora Chips: demand holds')
    >>> split_series_label("行业周报：算力需求跟踪"), split_series_label("Strategy for 2032")
    (('', '行业周报：算力需求跟踪'), ('', 'Strategy for 2032'))
    """
    # emphasis marks round the label ("**行业深度报告**  具身…") say nothing
    text = re.sub(r"\*\*|__", "", line.strip().lstrip("#")).strip(" *_")
    # the longest label the line starts with, cut where a space or separator begins
    cuts = sorted({m.start() for m in re.finditer(r"\s|[|｜┃·•●/／—–]", text)}, reverse=True)
    for cut in cuts:
        label, rest = text[:cut].strip(), text[cut:]
        # a bare "公司" / "Research" before a space is a word of the title, not a label
        if display_width(label) < 6 or not is_series_label(label):
            continue
        sep = _LABEL_SEPARATOR.match(rest)
        cjk_label = bool(re.search(r"[\u4e00-\u9fff]$", label))
        upper = label.isupper() and " " in label and not rest.isupper()
        spaced = rest[:1] == " " and (cjk_label or upper)
        if not (sep and (sep.group(0).strip() or " " in label or cjk_label)) and not spaced:
            continue
        title = (rest[sep.end() :] if sep else rest).strip(" *_|｜┃·•●/／—–-")
        if title_like(title) and not is_series_label(title):
            return label, title
    return "", line.strip().lstrip("#").strip()


def bare_heading(line: str) -> bool:
    """Whether a line is a section heading and nothing more ("内容目录", "风险提示").

    Such a line opens a block even after a line that reaches the wrap width; so does a
    heading led by an emoji (``emoji_title``).
    """
    text = line.strip().lstrip("#").strip()
    if emoji_title(text) is not None:  # "🚀 模型发布": an emoji and a short title
        return True
    return any(
        (m := p.match(text)) and m.end() == len(text) for _, p in section_rules()["compiled"]
    )


def heading_kind(line: str) -> str | None:
    """The section kind a line opens, or None if it is not a heading.

    >>> heading_kind("行业政策:中美 AI 政策布局")
    'policy'
    >>> heading_kind("## 中美AI产业链的全链协同") is None
    False
    >>> heading_kind("人工智能动态:1) 谷歌:发布新模型;2) 腾讯:上线新应用。") is None
    True
    >>> heading_kind("📜 政策速览"), heading_kind("🚀 模型发布"), heading_kind("🔥 甲公司:发布 X")
    ('policy', 'prose', None)
    >>> heading_kind("二、人工智能动态"), heading_kind("## 3. AI 动态"), heading_kind("2. Policy")
    ('ai_dynamics', 'ai_dynamics', 'policy')
    """
    stripped = line.strip()
    markdown = stripped.startswith("#")
    text = stripped.lstrip("#").strip().lstrip("■●▪ ").strip()
    if not text:
        return None
    rules = section_rules()
    emoji = emoji_title(text)
    if emoji is not None:  # "🚀 模型发布", "## 📜 政策": the words after the emoji
        for kind, pattern in rules["compiled"]:
            if pattern.match(emoji):
                return kind
        return "prose"
    glyph = None if markdown else rules["glyph_heading"].match(stripped)
    if glyph is not None:  # "■ 甲乙控股（0700.HK）：…", "【一、国内融资事件】"
        words = glyph.group("title") or glyph.group("bracket")
        return heading_kind(words.strip()) or "prose"
    if _SPACED.fullmatch(text):
        text = re.sub(r"\s+", "", text)  # a heading set letter-spaced: "目 录", "摘  要"
    if not markdown:
        if display_width(text) > rules["heading_max_width"] or text.endswith(("。", ";", "；")):
            return None
        if text.endswith(".") and len(text.split()) >= 4:
            return None  # an English sentence ("Artificial Intelligence", directing … laws.")
        if _TOC_ENTRY.search(text) and not re.fullmatch(r"[\w ]*", text):
            return None
        if re.search(r"[:：]\s*1\s*[)）]", text):
            return None  # a headline list, not a heading
    number = rules["heading_number"].match(text)  # "二、人工智能动态": its words too
    forms = (text, text[number.end() :]) if number and number.end() < len(text) else (text,)
    for kind, pattern in rules["compiled"]:
        if any(pattern.match(form) for form in forms):
            return kind
    return "prose" if markdown else None


def run_in_legal(line: str) -> bool:
    """Whether a line opens legal text with a run-in heading ("免责声明：本报告…",
    "Disclaimer: This report…"): the words before its first colon head a legal section.

    >>> run_in_legal("免责声明：本报告仅供参考。"), run_in_legal("风险提示：需求不及预期")
    (True, True)
    >>> run_in_legal("事件：公司发布三季报。"), run_in_legal("免责声明")
    (False, False)
    """
    words, colon, rest = re.sub(r"[:：]", "：", line.strip()).partition("：")
    if not colon or not rest.strip() or display_width(words) > 20:
        return False
    return heading_kind(words) == "disclaimer"


def emoji_title(text: str) -> str | None:
    """The words of a heading led by an emoji ("🚀 模型发布" -> "模型发布", ``emoji_heading``),
    else None: digests head their parts so, in text and PDF dumps with no "#".

    >>> emoji_title("📜 政策速览"), emoji_title("✅ 甲公司开源 Zyra-5"), emoji_title("政策")
    ('政策速览', None, None)
    """
    m = section_rules()["emoji_heading"].match(text.strip())
    return m.group("title").strip() if m else None


def toc_entry(line: str) -> bool:
    """Whether a line reads as a table-of-contents entry: text, then a page number."""
    text = re.sub(r"</?\w+>", "", line).strip()  # stray markup around an entry
    if _TOC_ENTRY.search(text):
        return True
    return bool(re.search(r"\D\d{1,3}$", text)) and display_width(text) <= 80


# numbered headings: "一、", "（一）", "1.", "1、", "1.2", "1.2.3", "第一章"
_NUMBERED = re.compile(
    r"^(?:(?P<cn>[一二三四五六七八九十]{1,3})\s*[、.．]"
    r"|[(（](?P<cnp>[一二三四五六七八九十]{1,3})[)）]"
    r"|第(?P<chap>[一二三四五六七八九十\d]{1,3})[章节部分]+"
    r"|(?P<arabic>\d{1,2}(?:\s*[.．]\s*\d{1,2}){0,3})(?:\s*[.．、](?!\d)|\s+(?=\D)))"
    r"\s*(?P<rest>\S.*)$"
)
STYLE_ORDER = ("chap", "cn", "cnp", "arabic")


def numbering(line: str) -> tuple[str, int] | None:
    """The numbering style of a heading line and its depth within that style, or None.

    >>> numbering("一、行业回顾"), numbering("（二）算力"), numbering("2.3 价格波动")
    (('cn', 1), ('cnp', 1), ('arabic', 2))
    >>> numbering("1. Market review"), numbering("2031 年营收") is None, numbering("3.5%")
    (('arabic', 1), True, None)
    """
    match = _NUMBERED.match(line.strip().lstrip("#").strip())
    if not match:
        return None
    if match.group("arabic"):
        parts = re.split(r"\s*[.．]\s*", match.group("arabic"))
        if int(parts[0]) == 0 or len(parts[0]) > 2:
            return None
        return "arabic", len(parts)
    for style in ("chap", "cn", "cnp"):
        if match.group(style):
            return style, 1
    return None


def strip_number(line: str) -> str:
    """A numbered heading without its number ("一、行业政策" -> "行业政策").

    >>> strip_number("（一）算力"), strip_number("2.1 Licensing"), strip_number("正文")
    ('算力', 'Licensing', '正文')
    """
    match = _NUMBERED.match(line.strip().lstrip("#").strip())
    return match.group("rest") if match and numbering(line) else line.strip()


def numbered_heading(line: str) -> bool:
    """Whether a line reads as a numbered heading and nothing more: the number, then a
    short title (at most 40 display columns) with no sentence punctuation, not a
    figure, not a table-of-contents entry.

    >>> numbered_heading("1.1 价格走势"), numbered_heading("二、投资建议")
    (True, True)
    >>> numbered_heading("1. 谷歌发布新模型，性能提升 30%。"), numbered_heading("2.5 亿元")
    (False, False)
    """
    text = line.strip()
    match = _NUMBERED.match(text)
    if not match or numbering(text) is None or toc_entry(text):
        return False
    rest = match.group("rest").strip()
    if _headline_heading(text, rest):
        return True
    if display_width(rest) > 40 or re.search(r"[。；;，,！？!?]", rest):
        return False
    if re.search(r"[:：]\S", rest) and heading_kind(rest) is None:
        return False  # "1. 谷歌：发布…" is a list item; "一、行业政策：…" a heading
    if re.match(r"[\d%％.亿万元美倍xX]", rest) or not re.search(r"[^\W\d_]", rest):
        return False
    return True


def _headline_heading(text: str, rest: str) -> bool:
    """A chapter of a broker note numbered "一、" that states its finding after the topic
    ("一、行情回顾：10 月恒生科技指数回落 8.6%", "二、人工智能动态：X 连签大单，Y 密集发布"):
    Chinese strategy reports title their chapters so. A topic, a colon, a headline of
    one line (no full stop); news lists number with digits, not "一、".

    >>> _headline_heading("二、人工智能动态：甲连签大单，乙密集发布", "人工智能动态：甲连签大单")
    True
    >>> _headline_heading("1. 谷歌：发布新模型，性能提升", "谷歌：发布新模型")
    False
    """
    if numbering(text) != ("cn", 1):
        return False
    topic, colon, headline = rest.partition("：") if "：" in rest else rest.partition(":")
    return bool(
        colon
        and 2 <= len(topic) <= 12
        and headline.strip()
        and display_width(rest) <= 90
        and not re.search(r"[。；;！？!?]\s*$", rest)
    )


def heading_level(line: str, styles: list[str]) -> int:
    """The depth of a heading: a markdown heading's "#" count; a numbered heading's
    place in ``styles`` (the numbering styles the report uses, in ``STYLE_ORDER``) plus
    its depth within its style; 0 when the heading shows none.

    >>> heading_level("## 行业动态", []), heading_level("（一）算力", ["cn", "cnp", "arabic"])
    (2, 2)
    >>> heading_level("1.2 价格", ["arabic"]), heading_level("1.2 价格", ["cn", "arabic"])
    (2, 3)
    """
    stripped = line.strip()
    if stripped.startswith("#"):
        return len(stripped) - len(stripped.lstrip("#"))
    found = numbering(stripped)
    if found is None:
        return 0
    style, depth = found
    before = [s for s in styles if STYLE_ORDER.index(s) < STYLE_ORDER.index(style)]
    return len(before) + depth
