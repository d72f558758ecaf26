"""Parties a partnership frame lists, typed before a sentence's names are read.

A weekly's signing news lists parties no alias list holds and no suffix marks ("燧原科技与
庆阳市人民政府、弘信电子及中电万维签署了《…框架协议》", "A、B、C 与 D 四家企业正式签署战略合作
协议"). In a sentence that names a cooperation, each item of a list in a signing frame
(``rules/relations/zh.toml``, ``party_lists``) that the entity gate accepts is typed as
a party, so that the partner patterns see it as a name. Names inside a 《title》 are part
of the title, not parties.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from aikg.extractors.names.gate import junk_reason
from aikg.extractors.names.mentions import Mention
from aikg.extractors.names.open_world import is_generic
from aikg.extractors.rules import load

_SEP = re.compile(r"\s*(?:、|以及|及|和|与)\s*")
# characters no party name holds: particles, verbs of the frame, dates
_NOT_IN_NAME = re.compile(
    r"[的了在将于为是对把被这那其每等个们日月年季度第]"
    r"|签署|达成|举行|共建|合作|扩大|加强|推进|拓展|深化|开展|建立|携手|宣布"
)
_TITLE = re.compile(r"《[^《》]*》")
_PAREN = re.compile(r"\s*[（(][^（）()]*[)）]")
# a pronoun or a description, no name: "我公司", "国内知名银行", "某头部汽车零部件企业"
_DESCRIPTION = re.compile(
    r"^(?:我|本|该|贵|某|国内|海外|全球|多家|一家|数家|各大|相关|有关)|知名|领先|头部|龙头"
)
_PLACE = re.compile(r"[省市区县州]$")  # "北京市海淀区"; "庆阳市人民政府" ends in a body
# a listed unit that holds its owner's name: "中国电信甘肃公司", "中国移动青海公司"
_UNIT_TAILS = ("公司", "研究院", "分院")


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    rules = load("relations", "zh")["party_lists"]
    return {
        "cue": re.compile(rules["cue"]),
        "frames": [re.compile(rules["object"]), re.compile(rules["subject"])],
        "bodies": tuple(rules["body_words"]),
        "suffixes": tuple(load("names", "zh")["suffixes"]) + _UNIT_TAILS,
    }


def listed_parties(text: str) -> list[Mention]:
    """The parties the sentence's signing frames list, as mentions.

    >>> [m.name for m in listed_parties("途深智合、镁伽科技与紫金星宇三家企业正式签署战略合作协议")]
    ['途深智合', '镁伽科技', '紫金星宇']
    >>> listed_parties("国家信息中心与摩尔线程在北京举行了战略合作协议签约仪式")[0].label
    'Organization'
    >>> listed_parties("寒武纪与海光信息在国产训练卡市场展开竞争")
    []
    """
    rules = _rules()
    if not rules["cue"].search(text):
        return []
    out: dict[int, Mention] = {}
    for n, frame in enumerate(rules["frames"]):
        for m in frame.finditer(text):
            start = m.start("list")
            pieces = re.split(f"({_SEP.pattern})", m.group("list"))
            lone = n == 0 and len(pieces) == 1  # "与 Y 签署": Y only when it is named so
            for piece in pieces:
                name = _PAREN.sub("", piece).strip()  # "赛默飞世尔科技（以下简称：赛默飞）"
                if name and not _SEP.fullmatch(piece) and _is_party(name, lone):
                    label = "Organization" if name.endswith(rules["bodies"]) else "Company"
                    out.setdefault(start, Mention(start, start + len(name), name, label))
                start += len(piece)
    return sorted(out.values(), key=lambda x: x.start)


def with_listed(mentions: list[Mention], listed: list[Mention]) -> list[Mention]:
    """The sentence's mentions with each listed unit in the place of its owner's name it
    holds ("中国电信甘肃公司" over "中国电信"), and each listed party added where no mention
    overlaps it."""

    def held(m: Mention, p: Mention) -> bool:  # a unit named after its owner
        inside = p.start <= m.start and m.end <= p.end and p.end - p.start > m.end - m.start
        return inside and p.name.endswith(_UNIT_TAILS)

    kept = [m for m in mentions if not any(held(m, p) for p in listed)]
    for p in listed:
        if not any(m.start < p.end and p.start < m.end for m in kept):
            kept.append(p)
    return sorted(kept, key=lambda x: x.start)


def _is_party(item: str, lone: bool = False) -> bool:
    """Whether a list item names a party: the entity gate takes it, it is no place and no
    bare suffix, and no generic word ("行业大模型", "本周") unless it ends in an
    organisation's word ("庆阳市人民政府", "中国生物制药"); a lone object must end so."""
    rules = _rules()
    named = item.endswith(rules["bodies"]) or item.endswith(rules["suffixes"])
    bare = any(item.startswith(w) for w in rules["suffixes"])
    return (
        len(item) >= 2
        and not item[0].isdigit()
        and not bare
        and not _DESCRIPTION.search(item)
        and not _PLACE.search(item)
        and not _NOT_IN_NAME.search(item)
        and junk_reason(item, "Company") is None
        and (named or (not lone and not is_generic(item)))
    )


def outside_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions not inside a 《title》 ("《共建算力网络和系统战略合作框架协议》")."""
    titles = [(t.start(), t.end()) for t in _TITLE.finditer(text)]
    return [m for m in mentions if not any(s < m.start and m.end < e for s, e in titles)]
