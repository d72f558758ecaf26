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
from aikg.extractors.values.amounts import Amount, parse_amount

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
    >>> header_roles(["Company", "Round", "Amount (US$ mn)", "Lead", "Participants"])
    {0: 'investee', 1: 'round', 2: 'amount', 3: 'investor', 4: 'investor'}
    """
    out: dict[int, str] = {}
    words = _column_words()
    for j, cell in enumerate(cells):
        cell = clean_cell(cell)
        for role in ("index", "investor", "date", "round", "amount", "profile", "investee"):
            # a round's lead and its other investors are two columns of investors
            free = role not in out.values() or role == "investor"
            if cell and words[role].search(cell) and free:
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
        if role == "index" and named.get(j) == "amount":
            continue  # "Amount (US$ mn)" over 140, 18, 310: figures, no row numbers
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


# The unit an amount column's header gives its bare numbers: "Value (US$bn)", "TCV
# ($ m)", "金额（亿元）", "Amount (US$ mn)". Deal trackers, funding tables and capex
# tables print figures so.
_HEADER_UNIT = re.compile(r"[(（]\s*([^()（）\d]{1,12}?)\s*[)）]")


def header_unit(cell: str) -> str:
    """The unit in an amount column's header cell ("US$bn"), else "".

    >>> header_unit("Value (US$bn)"), header_unit("Amount (US$ mn)"), header_unit("Amount")
    ('US$bn', 'US$ mn', '')
    """
    m = _HEADER_UNIT.search(clean_cell(cell))
    return m.group(1) if m else ""


def amount_in_unit(cell: str, unit: str) -> Amount | None:
    """A bare number ("5.5") read in its column's unit ("US$bn"): the currency before
    the number and the scale after it, or the whole unit after it ("12 亿元").

    >>> amount_in_unit("5.5", "US$bn").props()["amount"]
    5500000000.0
    >>> amount_in_unit("0.6", "$bn").props()["amount"]
    600000000.0
    >>> amount_in_unit("140", "US$ mn").props()["amount"]
    140000000.0
    >>> amount_in_unit("1,100", "RMB mn").props()["currency"]
    'CNY'
    >>> amount_in_unit("n/a", "US$bn") is None
    True
    """
    number = cell.strip()
    if not unit or not re.fullmatch(r"\d[\d,]*(?:\.\d+)?", number):
        return None
    m = re.fullmatch(r"([^\w\s]*[A-Za-z]{0,3}\$?|[A-Z]{3})\s*([A-Za-z]+)?", unit.strip())
    tries = [f"{m.group(1)}{number}{m.group(2) or ''}"] if m else []
    if split := re.fullmatch(r"([^\w\s]+)\s*([A-Za-z]+)", unit.strip()):  # "$bn": $ and bn
        tries.append(f"{split.group(1)}{number}{split.group(2)}")
    for text in [*tries, f"{number} {unit}"]:
        amount = parse_amount(text)
        if amount is not None and amount.props().get("currency"):
            return amount
    return None


# The same unit given once in a table's caption: "Deal table (US$bn, as announced)",
# "Exhibit 4: Contracts signed ($bn)", "Largest rounds (US$ mn unless stated)" (morning
# notes, exhibits and funding trackers print it there).
_CAPTION_UNIT = re.compile(
    r"[(（]\s*((?:US|HK|NT|A|C)?\$\s?(?:bn|mn|m|tn)|EUR\s?(?:bn|m)|€\s?(?:bn|m))\b"
)


def caption_unit(caption: str) -> str:
    """The unit a table's caption gives its bare numbers ("US$bn"), else "".

    >>> caption_unit("Deal table (US$bn, as announced)"), caption_unit("Deals (Nov)")
    ('US$bn', '')
    >>> caption_unit("Exhibit 1: Largest rounds (US$ mn unless stated)")
    'US$ mn'
    """
    m = _CAPTION_UNIT.search(caption or "")
    return m.group(1) if m else ""
