"""The analysts who sign a report, from its contact lines (a PDF's sidebar or cover
contact block, a text report's cover lines).

A name counts where a report lists its analysts: after a role word ("证券分析师：林一鸣",
"Analyst: Dana Whitlow"), at the start of a contact line ("Dana Whitlow, CFA  SAC No.
S…  dana@…", "林一鸣 执业证书编号：S…"), or alone on a line right above a role word or a
contact line (a sidebar's or a side-by-side block's stack: name, role, number, e-mail).
A name in the prose is never taken.
"""

from __future__ import annotations

import re

_CJK_NAME = r"[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}"
_LATIN_NAME = r"[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2}"
_ROLE = (
    r"(?:证券分析师|首席分析师|分析师|研究助理|联系人|分析员|研究员|Research Analysts?|Analysts?)"
)
_AFTER_ROLE = re.compile(
    rf"{_ROLE}\s*[:：]\s*({_CJK_NAME}|{_LATIN_NAME})(?![\u4e00-\u9fffa-z])", re.IGNORECASE
)
_CONTACT = re.compile(
    r"@|\bS\d{12,13}\b|执业证书|证书编号|执证编号|\bSAC\b|\bCE\s*Ref|电话|\bTel\b|\+\d{1,3}[\s-]?\d"
    r"|(?<!\d)0\d{2,3}-\d{7,8}(?!\d)",
    re.IGNORECASE,
)
_LEADING = re.compile(rf"^({_CJK_NAME}|{_LATIN_NAME})(?:,\s*(?:CFA|CPA|PhD))*[\s,，]+(?=\S)")
_ALONE = re.compile(rf"^({_CJK_NAME}|{_LATIN_NAME})(?:,\s*(?:CFA|CPA|PhD))*$")
_ROLE_LINE = re.compile(rf"^{_ROLE}(?:\s|$|[:：])", re.IGNORECASE)
# words that open a contact line and are no name ("执业证书编号", "Hong Kong")
_NOT_NAME = re.compile(
    r"执业|证书|编号|电话|邮箱|分析|研究|联系|地址|评级|投资|证券|公司|报告|Hong Kong|New York"
    r"|^(?:Tel|Phone|Email|Source|Rating|Price|Target|Research|Equity|Company)\b",
    re.IGNORECASE,
)


def find_analysts(lines: list[str], listed: bool = True) -> list[str]:
    """The analysts the lines list, in order, each once. ``listed``: the lines are a
    contact list (a sidebar, a contact block), where a name may open a line; else (a
    text report's cover lines, prose among them) only a role word introduces a name.

    >>> find_analysts(["证券分析师：林一鸣 执业证书编号：S0010520000001", "正文。"])
    ['林一鸣']
    >>> find_analysts(["Dana Whitlow, CFA  SAC No. S0010520000011  dana@example.com"])
    ['Dana Whitlow']
    >>> find_analysts(["周若涵", "分析师", "执业证书编号：S0010521000002", "Omar Reyes", "x@y.com"])
    ['周若涵', 'Omar Reyes']
    >>> find_analysts(["星河芯片第三季度营收增长，分析师认为需求旺盛。"])
    []
    >>> find_analysts(["星河芯片 电话会议纪要", "分析师：林一鸣"], listed=False)
    ['林一鸣']
    """
    found: list[str] = []
    stripped = [ln.strip() for ln in lines]
    for k, line in enumerate(stripped):
        names = [m.group(1) for m in _AFTER_ROLE.finditer(line)]
        if names or not listed:
            pass
        elif _CONTACT.search(line) and (lead := _LEADING.match(line)):
            names = [lead.group(1)]
        elif (alone := _ALONE.match(line)) and k + 1 < len(stripped):
            after = stripped[k + 1]
            if _ROLE_LINE.match(after) or (_CONTACT.search(after) and not _ALONE.match(after)):
                names = [alone.group(1)]
        for name in names:
            name = re.sub(r"(?<=[\u4e00-\u9fff])\s(?=[\u4e00-\u9fff])", "", name).strip()
            if not _NOT_NAME.search(name) and name not in found:
                found.append(name)
    return found
