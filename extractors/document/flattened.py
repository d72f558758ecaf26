"""Text dumps of PDFs that lost their layout: page furniture run into sentences, and whole
pages or reports on one line.

Repost sites and some converters give a broker's PDF as text with its line breaks gone,
so the page footer every page prints ("请务必阅读正文之后的免责声明…") sits inside the
text and a page of sentences, bullets and the cover's analyst lines is one line. Left
as it is, the one line reads as the cover and yields nothing. :func:`unflatten` cuts it
back into lines, each keeping the number of the source line it came from, before the
document is segmented. The rules are ``run_in_furniture``, ``flattened_min_chars``,
``flattened_min_sentences`` and ``flattened_cut`` in ``rules/sections/common.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.rules import load

_SENTENCE_END = re.compile(r"[。!?](?![”’」』)\]])|[。!?][”’」』)\]]")


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern[str], re.Pattern[str], int, int]:
    rules = load("sections")
    return (
        re.compile(rules["run_in_furniture"]),
        re.compile(rules["flattened_cut"]),
        rules["flattened_min_chars"],
        rules["flattened_min_sentences"],
    )


def is_flattened(line: str) -> bool:
    """Whether a line is a run of sentences that lost its line breaks: far longer than
    any paragraph, with many sentence ends, and no table row.

    >>> is_flattened("一句话。" * 10), is_flattened("好。" * 500), is_flattened("| a | b |" * 200)
    (False, True, False)
    """
    _, _, min_chars, min_sentences = _rules()
    if len(line) < min_chars or "|" in line or "<td" in line.lower():
        return False
    return len(_SENTENCE_END.findall(line)) >= min_sentences


def cut_line(line: str) -> list[str]:
    """The lines one source line stands for: split where page furniture was run into it
    (the furniture itself dropped), and, where what is left is flattened, after every
    sentence end and before every bullet. The whole line is judged, not each piece: a
    page's footer cuts a flattened dump into pieces shorter than a page.

    >>> cut_line("增速放缓。请务必阅读正文之后的免责声明及其项下所有内容核心观点")
    ['增速放缓。', '核心观点']
    >>> cut_line("普通的一句话。")
    ['普通的一句话。']
    """
    furniture, cut, _, _ = _rules()
    parts = furniture.split(line)
    pieces = [line] if len(parts) == 1 else [p.strip() for p in parts if p.strip()]
    if not is_flattened(" ".join(pieces)):
        return pieces or [""]  # a line that was nothing but furniture is left blank
    return [s.strip() for piece in pieces for s in cut.split(piece) if s.strip()]


def unflatten(lines: list[str], numbers: list[int]) -> tuple[list[str], list[int]]:
    """Every line cut by :func:`cut_line`, each piece keeping its source line's number.
    Lines that need no cut come back as they were.

    >>> unflatten(["标题", "甲。请务必阅读正文之后的免责条款部分乙。"], [1, 2])
    (['标题', '甲。', '乙。'], [1, 2, 2])
    """
    _, _, min_chars, _ = _rules()
    out_lines: list[str] = []
    out_numbers: list[int] = []
    for line, number in zip(lines, numbers, strict=True):
        # the furniture opens with "请": a line without it that is short needs no look
        pieces = cut_line(line) if "请" in line or len(line) >= min_chars else [line]
        out_lines.extend(pieces)
        out_numbers.extend([number] * len(pieces))
    return out_lines, out_numbers
