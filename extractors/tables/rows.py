"""Investment tables: reading rows into investments.

A row gives an investee, its profile, a date, a round and sometimes an amount or its
investors. Rows wrapped onto the next line are joined back, cells merged or shifted are
read by their shape, and rows flattened into space-separated words are split by shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from aikg.extractors.tables.common import (
    cell_shape,
    common,
    is_date_cell,
    is_index_cell,
    is_name,
    split_name_profile,
)
from aikg.extractors.text.surface import clean_cell
from aikg.extractors.values.rounds import normalise_round


@lru_cache(maxsize=1)
def _role_mark() -> re.Pattern[str]:
    """A lead or follow-on mark in an investor cell, bracketed or run on after the name
    ("星河资本（领投）", "红杉中国领投"): ``rules/tables/`` "investment.investor_role"."""
    return re.compile(common()["investment"]["investor_role"], re.I)


@dataclass
class Row:
    """One investment as a row gives it."""

    investee: str
    profile: str = ""
    date: str = ""
    round_text: str = ""
    amount: str = ""
    investors: tuple[str, ...] = ()


def read_rows(rows: list[list[str]], roles: dict[int, str]) -> list[tuple[int, Row]]:
    """(row index, Row) for each investment the rows give; wrapped lines are joined to
    the row they continue, merged cells split by their shape.

    >>> roles = {0: "investee", 1: "profile", 2: "date", 3: "round"}
    >>> rows = [["甲科技", "芯片", "2025-01-02", "A 轮"], ["", "研发商", "", ""],
    ...         ["乙智能", "", "", ""], ["", "机器人研发商", "2024-03-04", "天使轮"]]
    >>> [(i, r.investee, r.profile) for i, r in read_rows(rows, roles)]
    [(0, '甲科技', '芯片研发商'), (3, '乙智能', '机器人研发商')]
    """
    out: list[tuple[int, Row]] = []
    pending: Row | None = None
    for index, cells in enumerate(rows):
        row = _read_cells(cells, roles)
        if not row.date and not row.round_text:
            if not row.investee and row.profile and out and pending is None:
                out[-1][1].profile += row.profile  # a profile wrapped onto the next line
            elif is_name(row.investee):
                pending = row  # a name wrapped above its dated line
            continue
        if not row.investee and pending:
            row.investee, row.profile = pending.investee, pending.profile + row.profile
        pending = None
        if is_name(row.investee):
            out.append((index, row))
    return out


def _read_cells(cells: list[str], roles: dict[int, str]) -> Row:
    cells = [clean_cell(c) for c in cells]
    get = {role: cells[j] for j, role in roles.items() if j < len(cells)}
    row = Row(get.get("investee", ""), get.get("profile", ""), get.get("date", ""))
    row.round_text, row.amount = get.get("round", ""), get.get("amount", "")
    if get.get("investor"):
        parts = re.split(r"[、,，;；/]|及|和", get["investor"])
        names = (_role_mark().sub("", n).strip() for n in parts)
        row.investors = tuple(n for n in names if is_name(n))
    if len(cells) <= max(roles, default=0) or not _consistent(row):
        row = _bycell_shape(cells) or row
    return row


def _consistent(row: Row) -> bool:
    ok_date = not row.date or is_date_cell(row.date)
    ok_round = not row.round_text or normalise_round(row.round_text)
    return bool(ok_date and ok_round)


def _bycell_shape(cells: list[str]) -> Row | None:
    """Read a row whose cells do not line up with the columns (merged or shifted)."""
    dates = [c for c in cells if is_date_cell(c)]
    rounds = [c for c in cells if normalise_round(c)]
    texts = [c for c in cells if c and cell_shape(c) == "text"]
    if not texts or not (dates or rounds):
        return None
    if len(texts) == 1:
        name, profile = split_name_profile(texts[0].split())
    else:
        name, profile = texts[0], " ".join(texts[1:])
    return Row(name, profile, dates[0] if dates else "", rounds[0] if rounds else "")


def flat_row(line: str) -> Row | None:
    """An investment row flattened into space-separated words, or None.

    >>> r = flat_row("3 青鸾机器 仿生机器人研发商 Pre-A 轮 2024.04")
    >>> r.investee, r.profile, r.round_text, r.date
    ('青鸾机器', '仿生机器人研发商', 'Pre-A 轮', '2024.04')
    >>> flat_row("2024/5/6 天使轮 Helio Robotics 协作机器人").investee
    'Helio Robotics'
    >>> flat_row("公司在 2024-05-06 完成 B轮 融资。") is None
    True
    """
    tokens = clean_cell(line).split()
    if "。" in line or len(tokens) > 16:
        return None
    date = round_ = ""
    kinds: list[str] = []  # "text", or "cell" for the date and the round
    k = 0
    while k < len(tokens):
        token, nxt = tokens[k], tokens[k + 1] if k + 1 < len(tokens) else ""
        if not date and is_date_cell(token):
            date = token
        elif not round_ and nxt.startswith("轮") and normalise_round(token + nxt):
            round_ = f"{token} {nxt}"
            tokens[k : k + 2] = [round_]
        elif not round_ and normalise_round(token) and (len(token) > 1 or not token.isalpha()):
            round_ = token
        kinds.append("cell" if tokens[k] in (date, round_) else "text")
        k += 1
    first = kinds.index("cell") if "cell" in kinds else len(kinds)
    last = len(kinds) - kinds[::-1].index("cell") if "cell" in kinds else 0
    text = tokens[:first] or tokens[last:]
    if text and is_index_cell(text[0]):
        text = text[1:]
    name, profile = split_name_profile(text)
    if not (date and round_) or not is_name(name):
        return None
    return Row(name, profile, date, round_)
