"""Company names that a deal's own wording delimits, where neither the alias list nor
the open-world shapes know the name (an invented or small company: "与客户北溟数据签订",
"云桥信息 12 月 2 日公告", "曜衡信息以 9.86 亿元中标", "收购云垣数据 60% 股权", "由汀兰投资
独家投资").

Funding digests and the 重要公告 lists of broker weeklies name most parties this way: a
description noun before the name (客户, 子公司, 运营商, 开发商 ...), a trigger right after
it, or an item that opens with the announcing company. The patterns are the
``context_names`` rules of ``rules/deals/`` (each with a ``name`` group); a surface
found is a company for this report once the entity gate (:mod:`aikg.extractors.names.
gate`) accepts it, and :func:`aikg.extractors.deals.read_sentence` passes it to the
mention finder with the names the report typed elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from aikg.extractors.deals.frames import cue
from aikg.extractors.names.gate import is_entity
from aikg.extractors.names.mentions import Mention
from aikg.extractors.rules import load

# The characters a delimited name may not start with: function words and verbs that a
# pattern's description noun is sometimes followed by ("公司与 …", "公司拟 …").
_BAD_START = re.compile(
    r"^(?:与|和|向|从|以|由|在|对|为|将|拟|已|被|中标|获|完成|宣布|签|于|其|该|本|公司"
    r"|近日|日前|正式|此前|目前|今年|此次|同日|当日|共同|联合|再次|首次|同时|随后|此外|另外"
    r"|近期|正在|已经|今日|昨日"
    # verbs a notice puts after 公司 ("公司终止与 X 签订的 …", "公司决定与 …")
    r"|终止|解除|取消|继续|决定|同意|计划|预计|确定|确认|成为|入选)"
)


# A full registered name ("上海澜问智能科技有限公司") may be this long
_MAX_LEN = 20


@lru_cache(maxsize=1)
def _patterns() -> list[re.Pattern[str]]:
    """The ``context_names`` patterns of both languages' deal rules."""
    out = []
    for lang in ("zh", "en"):
        out += [re.compile(p) for p in load("deals", lang)["context_names"].values()]
    return out


# The separators of a list of parties ("A、B 及 C", "A 与 B"), and what may close one ("A、B
# 等机构"); a list ends at the clause's end (text read from reports has ASCII commas).
_LIST_SEP = re.compile(r"\s*(?:、|以及|及|和|与)\s*")
_LIST_TAIL = re.compile(
    r"\s*(?:等(?:多家|知名|头部)?(?:机构|投资方|投资机构|基金|股东)?|共同|联合|分别|参与|跟投|领投).*$"
)
_CLAUSE_END = re.compile(r"[，,。；;！？!?]|——")


@lru_cache(maxsize=1)
def _list_head() -> re.Pattern[str]:
    return re.compile(load("deals", "zh")["investor_list_head"])


def listed_names(text: str) -> list[str]:
    """The items of every investor list in ``text`` ("投资方包括 A、B、C，…"), each a name the
    entity gate accepts; an item that holds a space-free run longer than a name is no name.

    >>> listed_names("完成 Pre-A 轮融资，投资方包括明湖资本、远川投资、鸿鹄天使，所得将用于研发")
    ['明湖资本', '远川投资', '鸿鹄天使']
    >>> listed_names("投资方为奇点创投与云栖天使基金等机构。")
    ['奇点创投', '云栖天使基金']
    >>> listed_names("投资方包括明湖资本,融资所得将用于研发")
    ['明湖资本']
    """
    out: list[str] = []
    for head in _list_head().finditer(text):
        rest = text[head.end() :]
        clause = rest[: m.start()] if (m := _CLAUSE_END.search(rest)) else rest
        for item in _LIST_SEP.split(clause):
            name = _LIST_TAIL.sub("", item).strip()
            ok = 2 <= len(name) <= 12 and not _BAD_START.match(name)
            if ok and name not in out and is_entity(name):
                out.append(name)
    return out


def context_names(text: str) -> dict[str, str]:
    """Surface -> "Company" for the names the deal patterns delimit in ``text``.

    >>> context_names("全资子公司澜曦智算与客户北溟数据签订《算力服务合同》")
    {'澜曦智算': 'Company', '北溟数据': 'Company'}
    >>> context_names("公司与启明星算签订协议")
    {}
    """
    found: dict[str, str] = dict.fromkeys(listed_names(text), "Company")
    for regex in _patterns():
        pos = 0
        while (m := regex.search(text, pos)) is not None:
            name = m.group("name").strip()
            ok = 2 <= len(name) <= _MAX_LEN and not name.endswith("的")
            ok = ok and not _BAD_START.match(name)
            if ok and is_entity(name):
                found.setdefault(name, "Company")
                pos = m.end()
            else:  # "公司与客户北溟数据": a refused match may hide one that starts later
                pos = m.start() + 1
    return found


def without_verb_tail(mentions: list[Mention], delimited: dict[str, str]) -> list[Mention]:
    """The mentions, one that swallowed the verb 投资 after a delimited name ("由拾穗创投
    投资。" read as "拾穗创投投资") cut back to that name.

    >>> m = Mention(1, 7, "拾穗创投投资", "Company")
    >>> [x.name for x in without_verb_tail([m], {"拾穗创投": "Company"})]
    ['拾穗创投']
    >>> [x.name for x in without_verb_tail([m], {})]
    ['拾穗创投投资']
    """
    out = []
    for m in mentions:
        head = m.name.removesuffix("投资")
        if m.is_company and head != m.name and head in delimited:
            m = replace(m, end=m.end - 2, name=head)
        out.append(m)
    return out


def without_continuation_lead(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, less a loose one (an open-world shape, no listed name) inside the
    words that open a sentence restating the deal before ("Gross proceeds are …": the
    shapes may read "Gross" as a name, which would hide the amount).

    >>> m = Mention(0, 5, "Gross", "Company", loose=True)
    >>> without_continuation_lead("Gross proceeds are expected to be $200 million", [m])
    []
    """
    lead = cue("continuation").match(text)
    return [m for m in mentions if not (lead and m.loose and m.end <= lead.end())]
