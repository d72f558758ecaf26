"""The simpler readings of a masked sentence that the deal frames are tried on first:
without parentheticals, appositives and "X 旗下子公司" owners (then the sentence as is).

A parenthetical is left out unless it is a date ("(Oct 31)"); a full-width one
("（简称"岳衡云算"）", "（以下简称"甲方"）") only when it holds no digit, so that notice
dates, tickers and stakes in brackets ("（公告日 11/12）", "（688531.SH）", "（持股 12%）")
stay where the frames and the dates read them.
"""

from __future__ import annotations

import re

from aikg.extractors.values.dates import is_date_phrase

_PAREN = re.compile(r"\s*\([^()]*\)")
# Chinese brackets holding no digit (but perhaps a masked name): a short name or a
# description, never a date
_WIDE_PAREN = re.compile(r"\s*（(?:[^（）\d⟨⟩]|⟨\d+⟩)*）")
# A mention alone in brackets: the abbreviation of the noun before it ("购电协议（PPA）")
_GLOSS = re.compile(r"[（(]\s*⟨\d+⟩\s*[）)]")
# "X 旗下子公司 Y" and appositions ("主权基金 PIF") read as Y for the deal frames, and
# "Y, a subsidiary of X," as Y
_OWNED = re.compile(
    r"⟨\d+⟩\s*(?:(?:的)?\s*(?:旗下|下属)(?:的)?\s*(?:全资|控股)?\s*(?:子公司|公司)?\s*)?(?=⟨)"
    r"|,\s*(?:a|an|the)\s+(?:wholly[- ]owned\s+)?(?:subsidiary|unit|division|affiliate)\s+of"
    r"\s+⟨\d+⟩\s*,"
)
# "B, an analytics software maker, was acquired by A": an appositive between a name and
# its verb (no comma or full stop inside; a place may be a name: "a London lab") is left
# out of the simple variant
_APPOSITIVE = re.compile(r"(?<=⟩),\s+(?:a|an)\s+(?:[^⟨⟩,;.]|⟨\d+⟩){2,60}?,(?=\s)")


# Chinese words and a digit in brackets: a notice date or a term ("(公告日 12/15)"); report
# text is NFKC-normalised, so full-width brackets arrive as ASCII ones
_CJK_WITH_DIGIT = re.compile(r"(?=.*[\u4e00-\u9fa5])(?=.*\d)")


def _unless_date(m: re.Match[str]) -> str:
    """A parenthetical left out of the simple variant, unless it is a date ("(Oct 31)") or
    holds Chinese words and a digit ("(公告日 12/15)").

    >>> _PAREN.sub(_unless_date, "⟨0⟩签订合同(含税),服务期 5 年(公告日 12/15)")
    '⟨0⟩签订合同,服务期 5 年(公告日 12/15)'
    >>> _PAREN.sub(_unless_date, '⟨1⟩(简称"⟨2⟩")已与')
    '⟨1⟩已与'
    >>> _PAREN.sub(_unless_date, "⟨1⟩ (⟨2⟩持股 7%) 已与")
    '⟨1⟩ 已与'
    """
    inner = m.group().strip()[1:-1]
    if is_date_phrase(inner):
        return m.group()
    # a bracket naming a company ("(英伟达持股 7%)", "(简称"⟨2⟩")") is read by the full variant
    named = re.search(r"[⟨⟦]\d+[⟩⟧]", inner)
    return m.group() if not named and _CJK_WITH_DIGIT.match(inner) else ""


def variants(masked: str) -> list[str]:
    """The masked sentence without parentheticals, appositives and "X 旗下子公司" owners,
    then as is.

    >>> variants("⟨0⟩, a robotics start-up, was acquired by ⟨1⟩")[0]
    '⟨0⟩ was acquired by ⟨1⟩'
    >>> variants("控股子公司⟨1⟩（简称\\"岳衡云算\\"）已与⟨2⟩签署")[0]
    '控股子公司⟨1⟩已与⟨2⟩签署'
    >>> len(variants("⟨0⟩（公告日 11/12）拟收购⟨1⟩"))
    1
    """
    simple = _PAREN.sub(_unless_date, _WIDE_PAREN.sub("", masked))
    simple = _APPOSITIVE.sub("", _OWNED.sub("", simple))
    return [simple, masked] if simple != masked else [masked]


def states_parenthetical(text: str) -> bool:
    """Whether a match in the full sentence spans a parenthetical (then it adds what the
    parenthetical states to the simple reading's facts)."""
    bare = _GLOSS.sub("", text)  # "购电协议（⟨2⟩）": an abbreviation's gloss states nothing
    return "(" in bare or "（" in bare


# An exchange code after a six-digit ticker ("300812.SZ"): the mention finder may read "SZ"
_TICKER_CODE = re.compile(r"\d{6}\s*\.\s*$")


def is_ticker_code(text: str, start: int) -> bool:
    """Whether the mention at ``start`` is the exchange code of a ticker ("（300812.SZ）"),
    no party of any deal.

    >>> is_ticker_code("澜汐股份（300812.SZ）", 12)
    True
    """
    return bool(_TICKER_CODE.search(text[:start]))
