"""Markdown as reports and converters write it: front matter, markup, list items.

- :func:`front_matter`: the YAML block between ``---`` lines at the top, read as plain
  ``key: value`` lines (no YAML library: only the flat keys matter here);
- :func:`clean_line`: a prose line without image links, HTML tags and anchors, link
  targets, emphasis markers, blockquote marks and escapes (``\\$``);
- :func:`list_item`: whether a line opens a bullet or numbered list item.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^\s*(---|\.\.\.)\s*$")
_KEY = re.compile(r"^([A-Za-z_][\w\-]*)\s*:\s*(.*)$")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"(?<!!)\[([^\]]+)\]\((?:[^)(]|\([^)]*\))*\)")
_FOOTNOTE = re.compile(r"<sup>\s*[\d,*†‡\-\s]{1,8}\s*</sup>", re.I)
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
_ESCAPE = re.compile(r"\\([$*_#\[\]()|~`>+\-.!{}])")
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)"
)
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+•▪●■◆]\s+|\(?\d{1,2}(?:\.\s+|[)、]\s*)|[(（]\d{1,2}[)）]\s*)\S")


def front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """The front matter's flat ``key: value`` pairs (keys lower-cased, quotes dropped)
    and the index of the first line after it (0 when there is none).

    >>> front_matter(["---", 'title: "AI 周报"', "date: 2031-03-04", "tags: [a, b]",
    ...               "---", "# 正文"])
    ({'title': 'AI 周报', 'date': '2031-03-04', 'tags': '[a, b]'}, 5)
    >>> front_matter(["# no front matter"])
    ({}, 0)
    """
    first = next((k for k, ln in enumerate(lines[:3]) if ln.strip()), None)
    if first is None or lines[first].strip() != "---":
        return {}, 0
    out: dict[str, str] = {}
    for k in range(first + 1, min(len(lines), first + 80)):
        if _FENCE.match(lines[k]):
            return out, k + 1
        match = _KEY.match(lines[k])  # indented lines (nested values) are skipped
        if match:
            value = match.group(2).strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            out.setdefault(match.group(1).lower(), value.strip())
    return {}, 0  # no closing fence: a rule, not front matter


def clean_line(line: str) -> str:
    r"""A prose line as a reader sees it: markup gone, text kept.

    >>> clean_line('![](images/a1b2.jpg)<span id="page-3-0"></span>营收 \\$5bn<sup>1</sup>')
    '营收 $5bn'
    >>> clean_line("> 据 [公司公告](https://x.cn/a) 显示，*预计* 2031 年<br>量产")
    '据 公司公告 显示，预计 2031 年 量产'
    >>> clean_line("---"), clean_line("- 第一项"), clean_line("3 * 4 * 5")
    ('', '- 第一项', '3 * 4 * 5')
    """
    if _RULE.match(line):
        return ""
    text = _IMAGE.sub("", line)
    text = _LINK.sub(r"\1", text)
    text = _FOOTNOTE.sub("", text)
    text = re.sub(r"<br\s*/?>", " ", text, flags=re.I)
    text = _TAG.sub("", text)
    text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    text = _ESCAPE.sub(r"\1", text)
    text = re.sub(r"^\s*(?:>\s*)+", "", text)
    return text.rstrip() if text.strip() else ""


def list_item(line: str) -> bool:
    """Whether a line opens a list item ("- …", "* …", "1. …", "(2) …", "3、…").

    >>> list_item("- 第一项"), list_item("2. Second"), list_item("25.3 亿元"), list_item("正文")
    (True, True, False, False)
    """
    return bool(_ITEM.match(line))
