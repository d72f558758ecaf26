"""Money amounts and percentages in report prose: "至多 1000 亿美元", "$6.5 billion".

The words (scale units, currencies, hedges) live in ``rules/amounts/``. An amount is
a value in currency units (``1000 亿美元`` -> ``1e11``), an ISO 4217 currency, the words
as written and a qualifier: ``up_to`` (至多, up to), ``over`` (超, more than), ``about``
(近, 约, nearly) or ``exact``. Undisclosed amounts ("数十亿美元", "multi-billion") have
no value (``None``) and the qualifier ``about``. A range ("100-150 亿元") gives its upper
bound with ``up_to``.

>>> parse_amount("至多 1000 亿美元").props()
{'amount': 100000000000.0, 'currency': 'USD', 'amount_text': '至多 1000 亿美元', \
'amount_qualifier': 'up_to'}
>>> [a.text for _, _, a in find_amounts("投资 65 亿美元, 合同总额 224 亿美元")]
['65 亿美元', '224 亿美元']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

from aikg.extractors.rules import Rules, load
from aikg.extractors.text.patterns import word_alternation

_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Amount:
    """A money amount: value in currency units (None when undisclosed), ISO currency
    ("" when the text gives none), the original words and the qualifier."""

    value: float | None
    currency: str
    text: str
    qualifier: str = "exact"

    def props(self) -> dict[str, Any]:
        """The schema's amount properties (``amount`` left out when undisclosed).

        >>> parse_amount("数十亿美元").props()
        {'currency': 'USD', 'amount_text': '数十亿美元', 'amount_qualifier': 'about'}
        """
        out: dict[str, Any] = {}
        if self.value is not None:
            out["amount"] = self.value
        if self.currency:
            out["currency"] = self.currency
        out["amount_text"] = self.text
        out["amount_qualifier"] = self.qualifier
        return out


def _zh() -> Rules:
    return load("amounts", "zh")


def _en() -> Rules:
    return load("amounts", "en")


@lru_cache(maxsize=1)
def _both() -> dict[str, Any]:
    """The words of both languages that one amount pattern tries together, merged: an
    amount reads alike in either language's prose ("人民币 100 亿元", "US$65 亿", "约
    $5 billion"), so every currency, hedge and filler is tried everywhere. Chinese words
    come first: of two words of one length the one listed first is tried first.

    >>> _both()["suffix_currencies"]["美元"], _both()["suffix_currencies"]["dollars"]
    ('USD', 'USD')
    """
    common, zh, en = load("amounts"), _zh(), _en()
    qualifiers = {qual: [*words] for qual, words in zh["qualifiers"].items()}
    for qual, words in en["qualifiers"].items():
        qualifiers[qual] = [*qualifiers.get(qual, []), *words]
    return {
        "prefix_currencies": {**common["prefix_currencies"], **zh["prefix_currencies"]},
        "suffix_currencies": {**zh["suffix_currencies"], **en["suffix_currencies"]},
        "qualifiers": qualifiers,
        "qualifier_fillers": f"{zh['qualifier_fillers']}|{en['qualifier_fillers']}",
    }


def _escaped_dollar(alternation: str) -> str:
    r"""Let a "$" of a currency prefix be escaped as PDF-to-markdown converters write it
    ("NT\$9.8bn", "US\$5bn").

    >>> bool(re.fullmatch(_escaped_dollar(r"NT\$|\$"), r"NT\$"))
    True
    """
    return alternation.replace(r"\$", r"\\?\$")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    zh, en, both = _zh(), _en(), _both()
    cn_num = "[" + "".join(zh["digits"]) + "".join(zh["multipliers"]) + "]+"
    num = rf"(?:(?<![\d.,])\d+(?:,\d{{3}})*(?:\.\d+)?(?:\s?[十百千](?=\s?[万亿]))?|{cn_num})"
    amount = (
        rf"(?P<pcur>{_escaped_dollar(word_alternation(list(both['prefix_currencies'])))})?\s*"
        rf"(?P<num>{num})"
        rf"(?:\s*(?:-|~|–|—|至|到|to)\s*(?P<num2>{num}))?"
        rf"\s*(?P<more>多|余)?\s*"
        rf"(?:(?P<cunit>{word_alternation(list(zh['units']))})"
        rf"|(?P<eunit>\s*{word_alternation(list(en['units']))}))?"
        rf"\s*(?P<scur>{word_alternation(list(both['suffix_currencies']))})?"
    )
    vague_cn = (
        rf"(?P<vq>{word_alternation(list(zh['vague_prefix']))})"
        rf"(?P<vm>{word_alternation(list(zh['multipliers']))})?"
        rf"(?P<vu>{word_alternation(list(zh['units']))})"
        rf"\s*(?P<vcur>{word_alternation(list(both['suffix_currencies']))})?"
    )
    quals = [w for words in both["qualifiers"].values() for w in words]
    suffix_quals = [w for words in zh["suffix_qualifiers"].values() for w in words]
    return {
        "amount": re.compile(amount, re.I),
        "vague_cn": re.compile(vague_cn),
        "vague_en": re.compile("|".join(f"(?:{v['regex']})" for v in en["vague"]), re.I),
        "qual_before": re.compile(
            rf"({word_alternation(quals)})(?:{both['qualifier_fillers']})*$", re.I
        ),
        "qual_after": re.compile(rf"^\s*({word_alternation(suffix_quals)})"),
        "percent": re.compile(rf"(?<![\d.])(\d+(?:\.\d+)?)\s*%|百分之\s*(\d+(?:\.\d+)?|{cn_num})"),
        "yen_context": re.compile(en["yen_context"]),
        "yen_china": re.compile(en["yen_china"]),
    }


def _cn_number(text: str) -> float | None:
    """A number in digits, Chinese numerals or both ("1,000", "百", "两千", "3千").

    >>> [_cn_number(t) for t in ["1,000", "百", "两千", "3千", "一千二百", "十五"]]
    [1000.0, 100.0, 2000.0, 3000.0, 1200.0, 15.0]
    """
    digits, mults = _zh()["digits"], _zh()["multipliers"]
    text = re.sub(r"\s", "", text)
    m = re.match(r"(\d+(?:,\d{3})*(?:\.\d+)?)(.*)$", text)
    if m:
        base = float(m.group(1).replace(",", ""))
        return base * mults[m.group(2)] if m.group(2) in mults else base
    total, current = 0.0, None
    for ch in text:
        if ch in digits:
            current = float(digits[ch])
        elif ch in mults:
            total += (current if current is not None else 1.0) * mults[ch]
            current = None
        else:
            return None
    return total + (current or 0.0)


def _scale(value: float, unit: float) -> float:
    """``value * unit`` without binary noise (313.59 亿 is 31359000000.0, not ...99.99).

    >>> _scale(313.59, 1e8)
    31359000000.0
    """
    return float(Decimal(repr(value)) * Decimal(repr(unit)))


def _lookup(table: dict[str, Any], word: str | None) -> Any:
    """Case-insensitive lookup of a matched word in a rules table."""
    if not word:
        return None
    folded = {k.casefold(): v for k, v in table.items()}
    return folded.get(word.strip().casefold())


def _qualifier_word(word: str, table: dict[str, list[str]]) -> str:
    for qual, words in table.items():
        if word.casefold() in (w.casefold() for w in words):
            return qual
    return "exact"


def _hedge(text: str, start: int, end: int, qualifier: str) -> tuple[int, int, str]:
    """Extend a match over a hedge word before or after it; return span and qualifier."""
    pats = _patterns()
    before = pats["qual_before"].search(text[max(0, start - 24) : start])
    if before:
        qualifier = _qualifier_word(before.group(1), _both()["qualifiers"])
        start = start - len(before.group(0))
    after = pats["qual_after"].match(text[end:])
    if after and qualifier == "exact":
        qualifier = _qualifier_word(after.group(1), _zh()["suffix_qualifiers"])
        end += len(after.group(0))
    return start, end, qualifier


def _from_match(m: re.Match[str]) -> tuple[float, str, str] | None:
    """(value, currency, qualifier) of a numeric match, or None if it is no amount."""
    value = _cn_number(m.group("num"))
    if value is None:
        return None
    digits_given = m.group("num")[0].isdigit()
    unit = m.group("cunit") or m.group("eunit")
    if not digits_given and not m.group("cunit"):
        return None  # bare Chinese numerals ("十元") are words, not amounts
    qualifier = "exact"
    if m.group("num2"):
        upper = _cn_number(m.group("num2"))
        if upper is None:
            return None
        value, qualifier = max(value, upper), "up_to"
    if m.group("more"):
        qualifier = "over"
    if m.group("eunit"):
        word = m.group("eunit").strip()
        # The unit word stands apart from what precedes it ("5 m", not "5m"); the spaces
        # belong to the pattern's "\s*" before the unit group, not to the group itself.
        spaced = m.string[m.end("eunit") - len(word) - 1].isspace()
        if word.casefold() in _en()["unit_needs_no_space"] and spaced:
            return None
        value = _scale(value, _lookup(_en()["units"], word))
    elif unit:
        value = _scale(value, _zh()["units"][unit])
    pcur = (m.group("pcur") or "").replace("\\", "")
    currency = _lookup(_both()["prefix_currencies"], pcur) or _lookup(
        _both()["suffix_currencies"], m.group("scur")
    )
    return value, currency or "", qualifier


def find_amounts(text: str, require_currency: bool = True) -> list[tuple[int, int, Amount]]:
    """All money amounts in ``text`` as (start, end, Amount), in order of position.

    Without ``require_currency`` a bare scaled number ("50 亿") is an amount too, with
    currency "" (the caller decides from context whether it is money).

    >>> [(a.value, a.currency, a.qualifier) for _, _, a in find_amounts("超 330 亿美元")]
    [(33000000000.0, 'USD', 'over')]
    >>> [(a.value, a.qualifier) for _, _, a in find_amounts("将花费近百亿美元从")]
    [(10000000000.0, 'about')]
    >>> [a.value for _, _, a in find_amounts("raised up to $6.5 billion and USD 300bn")]
    [6500000000.0, 300000000000.0]
    >>> find_amounts("35 万块 GPU, 10 万颗芯片")
    []
    """
    pats, zh, both = _patterns(), _zh(), _both()
    found: list[tuple[int, int, Amount]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, value: float | None, currency: str, qual: str) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        start, end, qual = _hedge(text, start, end, qual)
        taken.append((start, end))
        found.append((start, end, Amount(value, currency, text[start:end].strip(), qual)))

    for m in pats["vague_en"].finditer(text):
        spec = next(v for v in _en()["vague"] if re.fullmatch(v["regex"], m.group(0), re.I))
        currency = spec["currency"]
        if not currency:
            cur = pats["amount"].match(text, m.end())
            currency = _lookup(both["suffix_currencies"], cur and cur.group("scur")) or ""
        if currency or not require_currency:
            add(m.start(), m.end(), None, currency, spec["qualifier"])
    for m in pats["vague_cn"].finditer(text):
        currency = _lookup(both["suffix_currencies"], m.group("vcur")) or ""
        if not currency and require_currency:
            continue
        vague = zh["vague_prefix"][m.group("vq")]
        qual, floor = vague["qualifier"], vague["floor"]
        mult = zh["multipliers"].get(m.group("vm") or "", 1)
        value = mult * zh["units"][m.group("vu")] if floor else None
        add(m.start(), m.end(), value, currency, qual)
    for m in pats["amount"].finditer(text):
        parsed = _from_match(m)
        if parsed is None:
            continue
        value, currency, qual = parsed
        if not currency and (require_currency or not (m.group("cunit") or m.group("eunit"))):
            continue
        start = m.start("num") if not m.group("pcur") else m.start()
        if not m.group("num")[0].isdigit() and text[m.end() : m.end() + 1] in ("/", ")", "、"):
            continue  # a unit caption ("(百万美元/%)"), not an amount
        if not m.group("pcur") and start > 0 and _LATIN.match(text[start - 1]):
            continue  # a digit run inside a name ("H100")
        if start > 0 and text[start - 1] == "/":
            continue  # one of a slash-separated list of figures
        add(start, m.end(), value, currency, qual)
    found.sort(key=lambda t: t[0])
    return _yen(text, found)


def about_japan(text: str) -> bool:
    """Whether a text says Japan and not China: its "¥" is the yen (``yen_context``).

    >>> about_japan("Kanrin, the Tokyo-based arm maker")
    True
    >>> about_japan("a Tokyo unit of a Chinese group")
    False
    """
    pats = _patterns()
    return bool(pats["yen_context"].search(text)) and not pats["yen_china"].search(text)


def _yen(text: str, found: list[tuple[int, int, Amount]]) -> list[tuple[int, int, Amount]]:
    """ "¥" amounts of a sentence about Japan are yen, not yuan (``yen_context``).

    >>> [a.currency for _, _, a in find_amounts("Tokyo-based Kanrin raised ¥4.2bn")]
    ['JPY']
    >>> [a.currency for _, _, a in find_amounts("Hangzhou-based Lianchuang raised ¥4.2bn")]
    ['CNY']
    """
    yen = [i for i, (_, _, a) in enumerate(found) if a.currency == "CNY" and "¥" in a.text]
    if not yen or not about_japan(text):
        return found
    out = list(found)
    for i in yen:
        start, end, amount = found[i]
        out[i] = (start, end, replace(amount, currency="JPY"))
    return out


def parse_amount(text: str) -> Amount | None:
    """The first money amount in ``text`` (a bare scaled number if none has a currency).

    >>> a = parse_amount("11.6亿欧元"); (a.value, a.currency)
    (1160000000.0, 'EUR')
    >>> a = parse_amount("1.38万亿元"); (a.value, a.currency)
    (1380000000000.0, 'CNY')
    >>> parse_amount("multi-billion dollar").props()["amount_qualifier"]
    'about'
    >>> parse_amount("约 75 亿").currency
    ''
    """
    found = find_amounts(text) or find_amounts(text, require_currency=False)
    return found[0][2] if found else None


def find_percents(text: str) -> list[tuple[int, int, float]]:
    """Percentages as (start, end, value): "持股 7%" -> 7.0.

    >>> [p[2] for p in find_percents("持股 26.32%, 另持百分之五")]
    [26.32, 5.0]
    """
    out = []
    for m in _patterns()["percent"].finditer(text):
        value = float(m.group(1)) if m.group(1) else _cn_number(m.group(2))
        if value is not None:
            out.append((m.start(), m.end(), value))
    return out


@lru_cache(maxsize=1)
def _role_patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    """(role, side, regex) of both languages' ``role_before`` / ``role_after`` rules;
    a text may mix the languages ("公告当日股价收于 $18.65")."""
    out = []
    for rules in (_zh(), _en()):
        for side in ("role_before", "role_after"):
            for role, regex in rules[side].items():
                out.append((role, side, re.compile(regex)))
    return out


def amount_role(text: str, start: int, end: int) -> str:
    """What the amount ``text[start:end]`` is: "deal" (a price paid, a round's size, a
    contract's value) unless the words next to it make it a price, a valuation, a market
    size, a running total, a per-unit cost or a capex budget (``rules/amounts``).

    >>> t = "收购深湾数据 51% 股权,公告当日股价收于 38.20 元"
    >>> [(a.text, amount_role(t, s, e)) for s, e, a in find_amounts(t)]
    [('38.20 元', 'price')]
    >>> t = "for $42.50 per share in cash, in a deal valued at about $3.1 billion"
    >>> [amount_role(t, s, e) for s, e, _ in find_amounts(t)]
    ['unit', 'deal']
    """
    before, after = text[max(0, start - 60) : start], text[end : end + 40]
    for role, side, regex in _role_patterns():
        if regex.search(before if side == "role_before" else after):
            return role
    return "deal"
