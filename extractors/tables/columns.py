"""Investment tables: which column holds what, and whether a table lists investments.

Column roles (index, investor, investee, profile, date, round, amount) come from header
words (``rules/tables/`` "investment" "columns") and from the shape of the cells: a
column of dates, a column of rounds, a column of row numbers; the first text column is
the investee and the next its profile. Held-out tables may order their columns otherwise
or have no header at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.tables.common import caption_words, cell_shape, common
from aikg.extractors.text.surface import clean_cell

ROLES = ("index", "investor", "investee", "profile", "date", "round", "amount")


@lru_cache(maxsize=1)
def _column_words() -> dict[str, re.Pattern[str]]:
    cols = common()["investment"]["columns"]
    return {role: re.compile("|".join(words), re.I) for role, words in cols.items()}


def header_roles(cells: list[str]) -> dict[int, str]:
    """Column index -> role, from header words.

    >>> header_roles(["被投公司简称", "一句话简介", "交易时间", "交易轮次"])
    {0: 'investee', 1: 'profile', 2: 'date', 3: 'round'}
    >>> header_roles(["序号", "投资公司", "", "轮次", "投资时间"])
    {0: 'index', 1: 'investee', 3: 'round', 4: 'date'}
    """
    out: dict[int, str] = {}
    words = _column_words()
    for j, cell in enumerate(cells):
        cell = clean_cell(cell)
        for role in ("index", "investor", "date", "round", "amount", "profile", "investee"):
            if cell and words[role].search(cell) and role not in out.values():
                out[j] = role
                break
    return out


def shape_roles(rows: list[list[str]]) -> dict[int, str]:
    """Column index -> role, from what the cells look like (dates, rounds, row numbers,
    then the first text column is the investee and the next the profile).

    >>> shape_roles([["1", "甲公司", "芯片设计", "B轮", "2024.04"],
    ...              ["2", "乙公司", "存储芯片", "战略投资", "2023/3/23"]])
    {0: 'index', 1: 'investee', 2: 'profile', 3: 'round', 4: 'date'}
    """
    width = max((len(r) for r in rows), default=0)
    share = common()["investment"]["min_shape_share"]
    out: dict[int, str] = {}
    for j in range(width):
        shapes = [cell_shape(r[j]) for r in rows if j < len(r)]
        filled = [s for s in shapes if s != "empty"] or ["empty"]
        for kind in ("date", "round", "index"):
            if filled.count(kind) / len(filled) >= share and kind not in out.values():
                out[j] = kind
                break
    text_cols = [j for j in range(width) if j not in out and _texty(rows, j)]
    for role, j in zip(("investee", "profile"), text_cols, strict=False):
        out[j] = role
    return dict(sorted(out.items()))


def _texty(rows: list[list[str]], j: int) -> bool:
    cells = [clean_cell(r[j]) for r in rows if j < len(r)]
    return sum(1 for c in cells if c and cell_shape(c) == "text") >= max(1, len(cells) // 2)


def column_roles(rows: list[list[str]], header: list[str] | None) -> dict[int, str]:
    """Roles from the header where it names them, the cells' shape for the rest; dates
    and rounds are taken from the cells when the two disagree."""
    shaped = shape_roles(rows)
    named = header_roles(header) if header else {}
    roles = dict(named)
    for j, role in shaped.items():
        if role in ("date", "round", "index"):
            roles = {k: v for k, v in roles.items() if v != role and k != j}
            roles[j] = role
    for role in ("investee", "profile"):
        if role not in roles.values():
            free = [j for j, r in shaped.items() if r in ("investee", "profile") and j not in roles]
            if free:
                roles[free[0]] = role
    return dict(sorted(roles.items()))


def is_investment_table(rows: list[list[str]], header: list[str] | None, caption: str) -> bool:
    """A table of investments: an investee column beside a column of rounds, or beside
    dates under an investment caption or header.

    >>> is_investment_table([["甲科技", "2025-01-02", "A 轮"]], None, "")
    True
    >>> head = ["厂商", "芯片", "类型", "制程"]
    >>> is_investment_table([["英伟达", "B200", "GPU", "4nm"]], head, "")
    False
    """
    roles = column_roles(rows, header).values()
    shaped = shape_roles(rows).values()
    if "investee" not in roles:
        return False
    if "round" in shaped:
        return True
    captioned = re.search(caption_words(), caption, re.I)
    said = captioned or (header and re.search("被投", " ".join(header)))
    return bool(said) and "date" in shaped


def has_header(rows: list[list[str]]) -> bool:
    first = [clean_cell(c) for c in rows[0]]
    if any(cell_shape(c) in ("date", "round") for c in first):
        return False
    return bool(header_roles(first))
