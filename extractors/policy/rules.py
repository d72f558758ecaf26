"""The policy rules (``rules/policy/``): titles, verbs, issuers; and where a policy
applies, its region (from the issuer or title) and its "人工智能+X" scope."""

from __future__ import annotations

import re
from functools import cache

from aikg.extractors.rules import Rules, load
from aikg.extractors.text.patterns import kept
from aikg.extractors.text.script import is_english


def zh() -> Rules:
    """Chinese policy rules (``rules/policy/zh.toml``): titles, verbs, issuers, regions."""
    return load("policy", "zh")


def en() -> Rules:
    """English policy rules (``rules/policy/en.toml``)."""
    return load("policy", "en")


def common() -> Rules:
    """What holds in both languages (``rules/policy/common.toml``): sections, columns."""
    return load("policy")


@cache
def rx(language: str | None, key: str) -> re.Pattern[str]:
    """The compiled regex stored under ``key`` in the rules of ``language`` ("zh", "en";
    None: common.toml)."""
    return re.compile(load("policy", language)[key])


def region_of(*texts: str) -> str:
    """The region, as a country code, the first text that starts with one names (issuer,
    then title); else the earliest English region word of any text (the last text may be
    the section's heading, "## United Kingdom"); else CN for a Chinese body.

    >>> region_of("国家卫生健康委"), region_of("", "南通市若干措施"), region_of("美国白宫")
    ('CN', 'CN', 'US')
    >>> region_of("广电总局"), region_of("江川省工业和信息化厅"), region_of("European Commission")
    ('CN', 'CN', 'EU')
    >>> region_of("十四届全国人大常委会"), region_of("", "", "United Kingdom")
    ('CN', 'UK')
    """
    for text in texts:
        for rule in zh()["regions"]:
            m = kept(rule["re"]).match(text or "")
            if m:
                return m.expand(rule["region"].replace("$1", r"\1"))
    if texts and texts[0] and rx("zh", "national_issuer").search(texts[0]):
        return "CN"  # a national body named without "国家" ("广电总局", "工信部")
    for text in filter(is_english, texts):  # the earliest region word ("U.S. Department")
        rules = en()["regions"]
        hits = [(m.start(), r["region"]) for r in rules for m in kept(r["re"]).finditer(text)]
        if hits:
            return min(hits)[1]
    first = texts[0] if texts else ""
    if first and not is_english(first) and not rx("zh", "foreign_issuer").search(first):
        return "CN"  # a Chinese body with no foreign country before it ("十四届全国人大常委会")
    return ""


def scope_of(text: str) -> str:
    """The "人工智能+X" scope a title or sentence names, else "".

    >>> scope_of("关于促进“人工智能+医疗卫生”应用发展"), scope_of("开展“人工智能+”能源试点")
    ('人工智能+医疗卫生', '人工智能+能源')
    """
    m = rx("zh", "scope").search(text)
    if not m:
        return ""
    domain = re.split(zh()["scope_stop"], m.group(1) or "")[0]
    return f"人工智能+{domain}"
