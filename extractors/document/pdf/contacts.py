"""The analysts' contact block of a PDF's first page, when it runs across the page.

Many houses print the analysts not in a sidebar but in a block across page 1 (under
the summary or at its foot): one analyst a line ("证券分析师：林一 执业证书编号：S… 电话：…
邮箱：…", "Dana Whitlow, CFA  SAC No. S…  +852 …  dana@…"), or the analysts side by
side, each a stack of lines (name, role, registration number, phone, e-mail). Such a
block is metadata, like a sidebar: its lines leave the running text (no prose, no
table, no entity) and are handed to the sidebar, a side-by-side block read one analyst
after the other.

A contact line carries a contact signal (an e-mail, a registration number
"S" + 12 or 13 digits, "执业证书编号" / "SAC" / "CE Ref", a phone number) and no sentence;
a block is a run of contact lines, with the role lines ("分析师", "Analysts") and the
name rows right above or among them.
"""

from __future__ import annotations

import re

from aikg.extractors.document.pdf.columns import ink
from aikg.extractors.document.pdf.layout import Line

CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bS\d{12,13}\b|执业证书|证书编号|执证编号|登记编号"
    r"|\bSAC\b|\bCE\s*Ref|(?:电话|\b(?:Tel|Phone|T))\s*[:：]|\+\d{1,3}[\s-]?\(?\d{1,4}\)?[\s-]?\d{3,4}"
    r"[\s-]?\d{3,4}\b|(?<!\d)0\d{2,3}-\d{7,8}(?!\d)",
    re.IGNORECASE,
)
ROLE = re.compile(
    r"^(?:(?:证券|首席)?分析师|研究助理|联系人|分析员|研究员|Analysts?|Associates?"
    r"|Research Analysts?)(?:\s*[:：]|\s|$)",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[。；！？]|[a-z]{2}[.!?](?:\s|$)|[,，]\s*(?:and|but|which|我们|公司)")
_NAME = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,4}|[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]+){1,2}(?:,\s*(?:CFA|CPA|PhD))?)$"
)


def is_contact_line(text: str) -> bool:
    """A line that gives contacts and says nothing.

    >>> is_contact_line("证券分析师：林一 执业证书编号：S0010520000001 邮箱：lin@example.com")
    True
    >>> is_contact_line("SAC No. S0010520000011  +852 2000 0011")
    True
    >>> is_contact_line("公司电话会议于 3 月 4 日召开，管理层表示需求旺盛。")
    False
    """
    return bool(CONTACT.search(text)) and not _SENTENCE.search(text)


def _is_role_line(text: str) -> bool:
    """A line of role words only ("分析师 分析师", "Analyst Analyst", "Analysts")."""
    words = text.split()
    return bool(words) and all(ROLE.match(w) for w in words)


def _is_name_row(line: Line) -> bool:
    """A line of person names only, one a cell ("林一鸣 周若涵", "Dana Whitlow, CFA")."""
    cells = _cells(line) or [line.text]
    return all(_NAME.match(c.strip()) for c in cells) and not _SENTENCE.search(line.text)


def _cells(line: Line) -> list[str]:
    """The texts of a line's ink spans, left to right (cells parted by wide gaps)."""
    out = []
    for a, b in _wide_spans(line):
        chars = [c for c in line.chars if a - 0.5 <= (c["x0"] + c["x1"]) / 2 <= b + 0.5]
        out.append("".join(c["text"] for c in sorted(chars, key=lambda c: c["x0"])).strip())
    return [c for c in out if c]


def _wide_spans(line: Line) -> list[tuple[float, float]]:
    """The line's ink spans, those closer than two ems joined (words stay together)."""
    spans: list[list[float]] = []
    for a, b in ink(line):
        if spans and a - spans[-1][1] < 2 * line.size:
            spans[-1][1] = b
        else:
            spans.append([a, b])
    return [(a, b) for a, b in spans]


def contact_block(lines: list[Line]) -> tuple[list[Line], list[str]]:
    """Page 1's lines without its contact block, and the block's text as sidebar lines
    (a side-by-side block one analyst after the other)."""
    taken: set[int] = {k for k, ln in enumerate(lines) if is_contact_line(ln.text)}
    if not taken:
        return lines, []
    # role lines and name rows above or between contact lines belong to the block
    for k in sorted(taken):
        j = k - 1
        while j >= 0 and j not in taken and k - j <= 3 and _joins(lines[j], lines[j + 1]):
            if not (_is_role_line(lines[j].text) or _is_name_row(lines[j])):
                break
            taken.add(j)
            j -= 1
    block = [lines[k] for k in sorted(taken)]
    kept = [ln for k, ln in enumerate(lines) if k not in taken]
    return kept, _block_text(block)


def _joins(upper: Line, lower: Line) -> bool:
    """Whether two lines sit close enough to be one block (no paragraph gap)."""
    return 0 <= lower.top - upper.bottom <= 1.5 * max(upper.size, lower.size)


def _block_text(block: list[Line]) -> list[str]:
    """The block's text: line by line when each line is one analyst, else (the analysts
    side by side) cell by cell, one analyst's stack after the other."""
    rows = [_cells(ln) for ln in block]
    columns = max((len(r) for r in rows), default=0)
    uniform = [r for r in rows if len(r) == columns and len({_kind(c) for c in r}) == 1]
    if columns < 2 or len(uniform) < 0.6 * len(rows):
        return [ln.text for ln in block]
    return [row[c] for c in range(columns) for row in rows if len(row) == columns]


def _kind(cell: str) -> str:
    """What a cell of a contact block gives: mail, registration, phone, role or name.

    >>> _kind("lin@example.com"), _kind("执业证书编号：S0010520000001"), _kind("分析师")
    ('mail', 'registration', 'role')
    """
    if "@" in cell:
        return "mail"
    if re.search(r"\bS\d{12,13}\b|执业证书|证书编号|执证编号|SAC|CE\s*Ref", cell, re.I):
        return "registration"
    if CONTACT.search(cell):
        return "phone"
    return "role" if _is_role_line(cell) else "name"
