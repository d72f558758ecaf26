"""Entity names that look like junk: dates, numbers, captions, sentences, boilerplate."""

from __future__ import annotations

import re

import networkx as nx

from aikg.extractors.names import clean_surface
from aikg.graph.evaluation.match import ratio

JUNK_LABELS: tuple[str, ...] = ("Company", "Model", "Chip", "Policy")
_MAX_CHARS = {"Company": 30, "Model": 40, "Chip": 30, "Policy": 90}
_SECTION_WORDS = tuple(
    "人工智能动态 行业动态 行业政策 行情回顾 投资建议 投资策略 风险提示 核心观点 内容目录 "
    "图表目录 相关研究 盈利预测 投资评级 重点公司 市场走势 公司新闻".split()
)
_DISCLAIMER_WORDS = tuple(
    "免责声明 请务必阅读 本报告 证券研究报告 分析师声明 重要声明 资料来源 仅供参考 "
    "证券投资咨询 版权 不构成 招银国际 国信证券 研究所".split()
)
_GENERIC = {"公司", "模型", "大模型", "芯片", "ai", "人工智能", "平台", "集团", "我们", "政策"}
_DATE = re.compile(
    r"^\d{2,4}\s*[年\-/.]\s*\d{1,2}(\s*[月\-/.]\s*(\d{1,2}\s*[日号]?)?)?$"
    r"|^\d{1,2}\s*月(\s*\d{1,2}\s*[日号])?$|^\d{4}\s*年$|^\d{1,2}\s*[qQhH]\s*\d{2}$"
)
_DATE_INSIDE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日|\b\d{4}-\d{2}-\d{2}\b")
_NUMBER = re.compile(r"^[+-]?[\d.,\s]+(%|x|倍|亿|万|元|美元|nm|w|tflops|gw|mw|pct)?$", re.I)
_CAPTION = re.compile(
    r"^(图表?|表|figure|fig\.?|table|chart|exhibit)\s*\d+|^(资料来源|来源|注)\s*[:：]", re.I
)
_VERB_START = re.compile(r"^(发布|推出|开源|上线|宣布|升级|携手|联合|与|将|在|于|对|向|据|截至)")


def junk_reason(name: str, label: str = "Company") -> str | None:
    """Why a node name looks like junk, or None if it looks like a name.

    >>> [junk_reason(n) for n in ["Gemini 3 Pro", "昇腾 910B", "阿里巴巴（中国）网络技术有限公司"]]
    [None, None, None]
    >>> junk_reason("11月19日"), junk_reason("2025年11月"), junk_reason("5,642,395")
    ('a date', 'a date', 'a number')
    >>> junk_reason("图 3"), junk_reason("人工智能动态"), junk_reason("请务必阅读正文")
    ('a figure caption', 'a section title', 'a disclaimer phrase')
    >>> junk_reason("谷歌发布 Gemini 3，与 OpenAI 竞争持续升级。")
    'a sentence'
    """
    text = clean_surface(name)
    if not text or text.casefold() in _GENERIC:
        return "empty or generic"
    if _DATE.match(text) or _DATE_INSIDE.search(text):
        return "a date"
    if _NUMBER.match(text):
        return "a number"
    if _CAPTION.match(text):
        return "a figure caption"
    if any(w in text for w in _DISCLAIMER_WORDS):
        return "a disclaimer phrase"
    if any(w in text for w in _SECTION_WORDS):
        return "a section title"
    clauses = len(re.findall(r"[，,；;。！？!?]", text))
    if text.endswith(("。", "！", "？")) or clauses >= (2 if label == "Policy" else 1):
        return "a sentence"
    if len(text) > _MAX_CHARS.get(label, 40):
        return "too long"
    if label != "Policy" and _VERB_START.match(text):
        return "starts with a verb"
    return None


def junk_report(G: nx.MultiDiGraph, labels: tuple[str, ...] = JUNK_LABELS) -> dict:
    """The Company, Model, Chip and Policy nodes whose names look like junk.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("company:a", label="Company", name="腾讯")
    >>> G.add_node("company:b", label="Company", name="图 3")
    >>> r = junk_report(G)
    >>> r["checked"], r["junk"], r["ratio"], r["items"][0]["reason"]
    (2, 1, 0.5, 'a figure caption')
    """
    items = []
    checked = 0
    by_label: dict[str, dict[str, int]] = {}
    for node, attrs in G.nodes(data=True):
        label = attrs.get("label")
        if label not in labels:
            continue
        checked += 1
        counts = by_label.setdefault(label, {"checked": 0, "junk": 0})
        counts["checked"] += 1
        name = attrs.get("title") if label == "Policy" and attrs.get("title") else attrs.get("name")
        reason = junk_reason(str(name or ""), label)
        if reason:
            counts["junk"] += 1
            items.append({"id": node, "label": label, "name": name, "reason": reason})
    return {
        "checked": checked,
        "junk": len(items),
        "ratio": ratio(len(items), checked, 0.0),
        "by_label": by_label,
        "items": items,
    }
