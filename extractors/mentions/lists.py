"""Companies a report lists: stock picks after their intro word ("重点推荐：寒武纪、海光信息",
"相关标的：腾讯控股(0700.HK)、美团-W(3690.HK)") and the companies of an industry map under
a segment label ("GPU/GPGPU：摩尔线程、沐曦、曜芒图形", "整机：优必选、宇树科技、云帆具身").
Each item is a company whatever its name ends in, with its share-class mark (-W, -SW,
-U) and without its bracket (a ticker there becomes its alias, :mod:`.pairs`). Rules:
``mentions.pick_list``, ``mentions.pick_intro_strong``, ``mentions.label_list`` and
``mentions.item_head`` of ``rules/names/zh.toml`` (the last: the company heading an item
of a notice digest, "- 衡鲸数据：全资子公司拟…").
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors import rules
from aikg.extractors.names.gate import is_entity
from aikg.extractors.names.mentions import Mention
from aikg.extractors.names.open_world import free, is_generic

__all__ = ["headed_company", "labelled_companies", "picked_companies"]

_ITEM = re.compile(r"\s*([^、，,\s(（][^、，,(（]*?)\s*(?:[(（][^()（）]*[)）])?\s*(?:等.*)?$")


@lru_cache(maxsize=1)
def _rules() -> dict[str, re.Pattern[str]]:
    zh = rules.load("names", "zh")["mentions"]
    return {
        key: re.compile(zh[key])
        for key in ("pick_list", "pick_intro_strong", "label_list", "item_head")
    }


def _items(text: str, offset: int, separators: str) -> list[tuple[int, str]]:
    """(start, name) of each item of a list, its bracket and a closing 等 left off."""
    out = []
    for piece in re.finditer(f"[^{separators}]+", text):
        m = _ITEM.match(piece.group())
        if m and m.group(1):
            out.append((offset + piece.start() + m.start(1), m.group(1).strip()))
    return out


def picked_companies(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """The items of a list of stock picks ("重点推荐：寒武纪、海光信息", "相关标的：腾讯控股
    (0700.HK)、美团-W(3690.HK)"): each a company, with its share-class mark and without
    its ticker bracket (which :mod:`.pairs` makes its alias). After a weak intro (推荐,
    关注) one item must be a name found already or carry a ticker.

    >>> [m.name for m in picked_companies("相关标的：岫川科技(688001.SH)、澜屿-W、汀岚数据等", [])]
    ['岫川科技', '澜屿-W', '汀岚数据']
    >>> picked_companies("推荐关注：液冷、光模块", [])
    []
    """
    r = _rules()
    out = []
    for m in r["pick_list"].finditer(text):
        items = [
            (m.start("items") + i.start(), i.group(1), bool(i.group(2)))
            for i in re.finditer(r"([^、，,\s(（]+)\s?([(（][^)）]*[)）])?", m.group("items"))
        ]
        strong = r["pick_intro_strong"].search(m.group("intro"))
        known = any(not free(taken, start, start + len(name)) for start, name, _ in items)
        if not (strong or known or any(ticker for _, _, ticker in items)):
            continue
        for start, name, _ in items:
            if free(taken, start, start + len(name)) and is_entity(name, "Company"):
                out.append(Mention(start, start + len(name), name, "Company"))
    return out


def labelled_companies(
    text: str, taken: list[tuple[int, int]], companies: list[tuple[int, int]]
) -> list[Mention]:
    """The companies of a segment of an industry map: a short label and a colon, then
    three names or more a 、 parts, at least half of them companies found already
    (``companies``, spans; the others are companies no list holds: "存储：长鑫存储、长江
    存储、岚光存储"); ``taken`` are the spans of every mention found.

    >>> known = [(5, 10), (11, 15)]
    >>> [m.name for m in labelled_companies("- 整机：优必选科技、宇树科技、澜汀具身", known, known)]
    ['澜汀具身']
    >>> labelled_companies("- 应用：文心一言、豆包、澜汀助手", [(5, 9), (10, 12)], [])
    []
    """
    out = []
    for m in _rules()["label_list"].finditer(text):
        items = _items(m.group("items"), m.start("items"), "、")
        known = sum(not free(companies, start, start + len(name)) for start, name in items)
        if len(items) < 3 or known * 2 < len(items):
            continue
        for start, name in items:
            end = start + len(name)
            if not free(taken, start, end) or is_generic(name):
                continue
            if re.fullmatch(r"[\u4e00-\u9fff]{2,8}", name) and is_entity(name, "Company"):
                out.append(Mention(start, end, name, "Company"))
    return out


def headed_company(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """The company that heads an item of a notice digest (``item_head``).

    >>> [m.name for m in headed_company("- 澜汀数据：全资子公司拟收购栖川云 60% 股权", [])]
    ['澜汀数据']
    >>> headed_company("- 风险提示：宏观经济波动", [])
    []
    """
    m = _rules()["item_head"].match(text)
    if not m or not free(taken, m.start("name"), m.end("name")):
        return []
    name = m.group("name")
    if is_generic(name) or not is_entity(name, "Company"):
        return []
    return [Mention(m.start("name"), m.end("name"), name, "Company")]
