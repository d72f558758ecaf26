"""Where a policy applies: its region (from the issuer or title) and its "人工智能+X" scope."""

from __future__ import annotations

import re

from aikg.extractors.policy.rules import rules, rx
from aikg.extractors.text.script import is_english


def region_of(*texts: str) -> str:
    """The region the first text that starts with one names (issuer, then title).

    >>> region_of("国家卫生健康委"), region_of("", "南通市若干措施"), region_of("美国白宫")
    ('中国', '南通市', '美国')
    >>> region_of("广电总局"), region_of("江川省工业和信息化厅"), region_of("European Commission")
    ('中国', '江川省', 'EU')
    """
    for text in texts:
        for pattern, region in rules()["regions"]:
            m = re.match(pattern, text or "")
            if m:
                return m.expand(region.replace("$1", r"\1"))
    if texts and texts[0] and rx("national_issuer").search(texts[0]):
        return "中国"  # a national body named without "国家" ("广电总局", "工信部")
    for text in filter(is_english, texts):  # the earliest region word ("U.S. Department")
        hits = [(m.start(), r) for p, r in rules()["en_regions"] for m in re.finditer(p, text)]
        if hits:
            return min(hits)[1]
    return ""


def scope_of(text: str) -> str:
    """The "人工智能+X" scope a title or sentence names, else "".

    >>> scope_of("关于促进“人工智能+医疗卫生”应用发展"), scope_of("开展“人工智能+”能源试点")
    ('人工智能+医疗卫生', '人工智能+能源')
    """
    m = rx("scope").search(text)
    if not m:
        return ""
    domain = re.split(rules()["scope_stop"], m.group(1) or "")[0]
    return f"人工智能+{domain}"
