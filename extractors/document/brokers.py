"""The house that wrote a report, from the places a report signs itself.

A name counts only where a report names its author: the front matter (``broker:``,
``source:``, ``author:``), the cover lines, a ``证券研究报告`` / "Equity Research" banner,
the ``资料来源: … XX证券研究所`` / "Source: … XX Research estimates" lines, the lines
around an analyst's registration number (``执业证书编号: S…``), a disclaimer that says
who made the report ("本报告由 XX证券 制作", "XX does and seeks to do business with
companies covered in its research reports"), and a line that is a house name and
nothing else. There a house is recognised from the curated list
(``extractors/rules/document/brokers.tsv``, Chinese and English names) or by its shape
("XX证券", "XX Securities", "XX Capital Markets"); a name in the running prose
("2019 年加入华创证券", "高盛预计…", "据华安证券测算", "华安证券认为…") is never taken,
nor an exchange, newspaper or trade body ("上海证券交易所", "证券时报", "中国证券业协会"),
nor the houses a brokerage sector report lists one a line; with no signal the broker
stays empty. A PDF whose text names no house may sign itself in its running head or
sidebar (:func:`aikg.extractors.document.meta.find_meta` reads those next).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from aikg.extractors.rules import table
from aikg.extractors.text.script import CJK_CLASS

BROKERS_TABLE = "document/brokers.tsv"  # rules.table: house, tab, "|"-separated aliases
_BOUNDARY = r"(?:^|(?<=[\s|｜·•,，、;；:：(（/*#【\[]))"
# what follows "XX证券" when it names an exchange, a newspaper or the trade, not a house
# ("上海证券交易所", "证券时报", "中国证券业协会", "证券市场")
_NOT_AFTER = r"(?!交易所|报|日报|时报|业|市场|登记|监督|期货|投资基金|化)"
_ZH_HOUSE = re.compile(
    _BOUNDARY + rf"({CJK_CLASS}{{2,4}}证券){_NOT_AFTER}(?:股份有限公司|有限责任公司|有限公司)?"
    r"(?:经济研究所|研究所|研究院|研究部|研究中心)?"
)
# words that make a "XX证券" a phrase, not a house ("相关证券", "该等证券", "加入华创证券",
# "据某某证券测算", "援引…", "来自…")
_NOT_HOUSE = re.compile(
    r"[的了在入其该等述何本于为和与及或以对从向被将所有价关任职曾买卖持发行投资据援引称自来]"
    r"|^中国|^上述"
)
# a house that speaks in the text ("华安证券认为…", "…测算") is cited, not signing
_SAYS_AFTER = re.compile(
    r"^\s*(?:认为|预计|预测|测算|指出|表示|称|数据显示|统计|估计|says|said|expects|estimates that)"
)
_EN_HOUSE = re.compile(
    r"^([A-Z][\w&.'\-]*(?:\s+(?:&\s+)?[A-Z][\w&.'\-]*){0,4}?)"
    r"\s+(Securities|Capital Markets|Partners|& Co\.?|(?:Equity |Global |Policy |Securities )?"
    r"Research)(?:\s+(?:Limited|Ltd\.?|LLC|Inc\.?|Co\.?))?(?=$|\s{2,}|\s*[|·•—\-–,:*(])"
)
_GENERIC = set(
    "asia pacific global americas us u.s. united states china chinese europe european "
    "emerging markets equity industry technology internet semiconductors software policy "
    "thematic company sector hong kong the our ai week weekly monthly daily macro strategy "
    "credit investment independent quantitative hardware media telecom".split()
)
_REGISTRATION = re.compile(
    r"执业证书编号|证书编号|SAC\s*(?:No|编号)|登记编号|\bS\d{13}\b|\bCE\s*Ref", re.I
)
_BANNER = re.compile(r"证券研究报告|Equity Research|Research Report|研究报告", re.I)
_SOURCE = re.compile(r"^\s*[*_(（]*\s*(?:资料来源|数据来源|来源|Sources?)\s*[:：]", re.I)
_MADE_BY = re.compile(
    r"本报告(?:由|仅供|是)\s*(.{2,12}?证券)|由\s*(.{2,12}?证券)(?:股份)?有限公司\s*(?:制作|撰写|发布)|"
    r"([A-Z][\w&.'\- ]{1,40}?)\s+(?:does and seeks to do business|and its affiliates? (?:do|does) "
    r"and seek)|(?:prepared|produced|issued|published) by\s+([A-Z][\w&.'\- ]{1,40}?)[,.;(]|"
    r"©\s*(?:\d{4}\s*)?([A-Z][\w&.'\- ]{1,40}?)(?:[,.;]|\s+All rights)"
)
_BIO = re.compile(
    r"(加入|任职于?|就职于?|曾任|曾在|入职|来自|离开|加盟|joined|formerly|previously|ex-)\s*$", re.I
)


@lru_cache(maxsize=1)
def houses() -> list[tuple[str, str]]:
    """(name, house) for every name of the curated list, longest names first."""
    out: list[tuple[str, str]] = []
    for _, cells in table(BROKERS_TABLE):
        house, aliases = cells[0].strip(), cells[1] if len(cells) > 1 else ""
        names = [house] + [a.strip() for a in aliases.split("|") if a.strip()]
        out += [(name, house) for name in names]
    return sorted(out, key=lambda pair: -len(pair[0]))


@lru_cache(maxsize=1)
def _any_listed_name() -> re.Pattern[str]:
    """A pattern that matches where any name of the curated list is written (literal
    names, one alternation: the re module skips the positions no name starts with)."""
    return re.compile("|".join(re.escape(name) for name, _ in houses()))


def _houses_in(text: str) -> list[tuple[str, str]]:
    """The (name, house) pairs of :func:`houses` whose name ``text`` contains, in the
    order of :func:`houses`. Most lines hold no listed name: one search of the combined
    pattern tells, instead of a search for each of the listed names.

    >>> _houses_in("据 Morgan Stanley 与华泰证券")[:2]
    [('Morgan Stanley', 'Morgan Stanley'), ('华泰证券', '华泰证券')]
    >>> _houses_in("市场认为订单增长较快。")
    []
    """
    if not _any_listed_name().search(text):
        return []
    return [pair for pair in houses() if pair[0] in text]


def cover_house(line: str) -> str:
    """A listed house that opens a cover line or follows a separator in it ("Equity
    Research | Morgan Stanley"); a sentence ("高盛预计…。") names no author.

    >>> cover_house("招商证券 | 行业周报"), cover_house("市场认为高盛的判断偏乐观。")
    ('招商证券', '')
    """
    text = line.strip()
    if re.search(r"[。！？!?]$|[。；]|[a-z]{2}\.\s+[A-Z]", text):
        return ""
    for name, house in _houses_in(text):
        at = text.find(name)
        if at < 0:
            continue
        before = text[:at]
        if not before.strip("#*_> ") or re.search(r"(?:[|｜·•—:：]|\s{2})\s*$", before):
            if _SAYS_AFTER.match(text[at + len(name) :]):
                return ""
            if known_house(text[at:]) == house:
                return house
    return ""


def known_house(text: str) -> str:
    """The first house of the curated list ``text`` names as itself (not after "加入",
    "joined", …), or "".

    >>> known_house("华泰证券研究所 | 计算机"), known_house("2019 年加入华创证券"), known_house("x")
    ('华泰证券', '', '')
    >>> known_house("Source: FactSet, Morgan Stanley Research estimates")
    'Morgan Stanley'
    """
    best: tuple[int, str] | None = None
    # every pattern holds the name as written: most lines hold no listed name, and the
    # re module's cache is not flooded with every house
    for name, house in _houses_in(text):
        latin = name.isascii()
        pattern = (
            (r"(?<![A-Za-z])" + re.escape(name) + r"(?![A-Za-z])")
            if latin
            else re.escape(name) + (_NOT_AFTER if name.endswith("证券") else "")
        )
        for match in re.finditer(pattern, text):
            before = text[max(0, match.start() - 30) : match.start()]
            if _BIO.search(before) or (latin and re.search(r"[A-Z][\w&.'\-]*\s+$", before)):
                continue  # "加入华创证券", or part of a longer name ("Kuroshio Pacific …")
            if best is None or match.start() < best[0]:
                best = (match.start(), house)
            break
    return best[1] if best else ""


def shaped_house(text: str) -> str:
    """A house named by its shape at the start of a line or after a separator:
    "XX证券(研究所)", "XX Securities", "XX Capital Markets", "XX & Co.", "XX Research".

    >>> shaped_house("**观澜证券 TMT 研究团队**｜行业周报"), shaped_house("相关证券研究报告")
    ('观澜证券', '')
    >>> shaped_house("ASHCOMBE & REYES SECURITIES | US EQUITY RESEARCH")
    'Ashcombe & Reyes Securities'
    >>> shaped_house("Asia Pacific Equity Research"), shaped_house("Fenwick Lowry Research | x")
    ('', 'Fenwick Lowry')
    """
    line = text.strip().lstrip("#*_> ").strip()
    for match in _ZH_HOUSE.finditer(line):
        if _is_zh_house(match.group(1)) and not _SAYS_AFTER.match(line[match.end() :]):
            return match.group(1)
    letters = [c for c in line if c.isalpha() and c.isascii()]
    if letters and all(c.isupper() for c in letters):
        line = line.title().replace("& Co.", "& Co.")
    match = _EN_HOUSE.match(line)
    if match:
        name, kind = match.group(1).strip(), match.group(2)
        if all(w.lower() in _GENERIC for w in name.replace("&", " ").split()):
            return ""
        return name if kind.endswith("Research") else f"{name} {kind}"
    return ""


@lru_cache(maxsize=1)
def _zh_names() -> frozenset[str]:
    """The Chinese names of the curated list."""
    return frozenset(name for name, _ in houses() if not name.isascii())


def _is_zh_house(name: str) -> bool:
    """Whether a "XX证券" of the right shape is a house, not a phrase: no phrase word in
    its head, and no listed house behind a word of prose ("据华安证券" is 据 + a house).

    >>> _is_zh_house("澄岭证券"), _is_zh_house("据华安证券"), _is_zh_house("中国银河证券")
    (True, False, True)
    """
    listed = _zh_names()
    if name in listed:
        return True
    return not _NOT_HOUSE.search(name[:-2]) and not any(name.endswith(n) for n in listed)


def _house(text: str) -> str:
    return known_house(text) or shaped_house(text)


def _from_sources(line: str) -> str:
    """The house of a source line: "资料来源: Wind, XX证券研究所", "Source: …, XX Research"."""
    # "XX证券研究所", "XX证券经济研究所", "XX证券经济与金融研究院"
    for match in re.finditer(rf"({CJK_CLASS}{{2,4}}证券)(?:{CJK_CLASS}{{0,6}}?)研究[所院]", line):
        if _is_zh_house(match.group(1)):
            return known_house(match.group(0)) or match.group(1)
    for part in re.split(r"[,，、;；]", _SOURCE.sub("", line)):
        own = re.search(r"\s+(?:estimates|analysis|calculations|forecasts)\.?$", part.strip())
        part = part.strip()[: own.start()] if own else part.strip()
        if own or re.search(r"\b(?:Research|Securities)$", part):
            house = known_house(part) or shaped_house(part)
            if house:
                return house
    return ""


def _bare_house(line: str) -> str:
    """The house a line is and nothing else ("华安证券", "东兴证券股份有限公司"), or ""."""
    bare = line.strip("*#_ ")
    match = _ZH_HOUSE.fullmatch(bare)
    if match and _is_zh_house(match.group(1)):
        return known_house(bare) or match.group(1)
    house = known_house(bare)
    return house if house and len(bare) <= len(house) + 12 and bare.isascii() else ""


def _house_lists(body: list[str]) -> set[int]:
    """Lines that are bare house names next to a bare name of another house: the names
    of a stock list (a brokerage sector report's covered houses, one a line), which sign
    nothing.

    >>> sorted(_house_lists(["澄岭证券", "行业月报", "中信证券", "华泰证券", "东吴证券"]))
    [2, 3, 4]
    """
    bare = {n: house for n, line in enumerate(body) if (house := _bare_house(line))}
    return {
        n for n, house in bare.items() if any(bare.get(m, house) != house for m in (n - 1, n + 1))
    }


def find_broker(lines: list[str], front: dict[str, str] | None = None) -> str:
    """The house that wrote the report, or "" when nothing signs it.

    >>> find_broker(["景川证券", "证券研究报告 · 公司快评", "正文。"])
    '景川证券'
    >>> find_broker(["# 周报", "张三，2019 年加入华创证券，负责传媒行业研究。"])
    ''
    >>> find_broker(["# AI weekly"], {"source": "Goldman Sachs Global Investment Research"})
    'Goldman Sachs'
    """
    front = front or {}
    if front.get("broker"):
        return _house(front["broker"]) or front["broker"].strip()[:40]
    for key in ("source", "publisher", "author"):
        value = front.get(key, "")
        if value and not re.match(r"https?://", value):
            house = _house(value)
            if house:
                return house
    votes: Counter[str] = Counter()
    body = [(k, ln.strip()) for k, ln in enumerate(lines) if ln.strip()]
    listed = _house_lists([line for _, line in body])
    for n, (k, line) in enumerate(body):
        if n in listed:
            continue
        cover = n < 15 and len(line) <= 120
        if cover or _BANNER.search(line) and len(line) <= 120:
            house = cover_house(line) or shaped_house(line)
            if house:
                votes[house] += 3 if cover else 2
        if _SOURCE.match(line):
            house = _from_sources(line)
            if house:
                votes[house] += 2
        if _REGISTRATION.search(line):
            for near in lines[max(0, k - 2) : k + 3]:
                house = _house(near) if len(near.strip()) <= 80 else ""
                if house:
                    votes[house] += 2
                    break
        for match in _MADE_BY.finditer(line):
            named = next(g for g in match.groups() if g)
            house = _house(named) or (named if named.endswith("证券") else "")
            if house and not _NOT_HOUSE.search(house[:-2] if house.endswith("证券") else ""):
                votes[house] += 2
        if _ZH_HOUSE.fullmatch(line.strip("*#_ ")) and not cover:
            house = shaped_house(line)
            if house:
                votes[house] += 1
    if not votes:
        return ""
    return votes.most_common(1)[0][0]
