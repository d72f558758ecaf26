"""The key-data box of a company note: the rating of the company the note is about.

A company note opens with its subject and ticker ("TeraWulf Inc. (WULF US)",
"极曜半导体（688719.SH）…点评") and a box of key data, as "key: value" lines, a
two-column table or a sidebar interleaved with the prose: the rating ("Rating:
Outperform", "投资评级 | 买入（维持）"), the price target and the last price ("Price (Oct
28 close): $13.42", "收盘价（11 月 19 日）：66.85 港元"). Without a rating key, the rating
is the word after the title's ticker ("(9988 HK)   BUY (Maintain)") or the one the note
says it keeps ("reiterate Overweight", "维持“买入”评级"). Words and patterns:
``rules/tables/`` "keydata"; an industry rating ("行业评级") is no company's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from aikg.extractors.rules import load
from aikg.extractors.tables.calls import in_house_voice
from aikg.extractors.tables.common import (
    common,
    is_name,
    is_ticker,
    source_lines,
    ticker_currency,
)
from aikg.extractors.tables.rating import leading_rating, price, rating_word
from aikg.extractors.text.surface import clean_cell
from aikg.schema import Evidence, SegmentedReport


@lru_cache(maxsize=1)
def _rules() -> dict:
    """The key-data rules: common ones and both languages' key words, side by side."""
    common, zh, en = (load("tables", lang)["keydata"] for lang in (None, "zh", "en"))
    out: dict = {k: common[k] for k in ("front_lines", "subject_lines", "subject")}
    # a sentence that changes a view ("上调X（代码）至…") is no title naming the subject
    out["lead_verb"] = re.compile(load("tables", None)["prose"]["lead_zh"])
    keys = ("rating_key", re.I), ("close_key", re.I), ("target_key", re.I), ("subject_rating", 0)
    for key, flags in keys:
        out[key] = [re.compile(zh[key], flags), re.compile(en[key], flags)]
    return out


def subject(line: str) -> tuple[str, str, str] | None:
    """(name, ticker, what follows) of a title line naming a listed company, or None.

    >>> subject("# **Advanced Micro Devices (AMD US)**")[:2]
    ('Advanced Micro Devices', 'AMD US')
    >>> subject("星河半导体（688777.SH）三季报点评：放量")[:2]
    ('星河半导体', '688777.SH')
    >>> subject("Orbis Group (9999 HK / ORBS US)    BUY (Maintain)")[2].strip()
    'BUY (Maintain)'
    >>> subject("相关标的：甲公司") is None, subject("上调星河半导体（688777.SH）至买入") is None
    (True, True)
    >>> subject("We maintain Buy on Kowloon Data (1179 HK) with a HK$182 target.") is None
    True
    """
    m = re.match(_rules()["subject"], clean_cell(line).lstrip("# "))
    if not m or not is_ticker(m["ticker"]) or not is_name(m["name"]):
        return None
    name = m["name"].strip()
    # a Chinese sentence is no title: one with a comma before the name ("据报道，某机构将
    # X（代码）…"), a verb that changes a view, or a full stop at its end
    sentence = re.search(r"[\u4e00-\u9fff][^,，]*[,，]", name) or re.search(r"[。！？]\s*$", line)
    # nor is an English sentence in the house's voice ("We maintain Buy on X (T) with a
    # HK$182 target.") or one that ends on a full stop after a word or a figure
    sentence = sentence or in_house_voice(name) or re.search(r"[a-z0-9%)]\.\s*$", line)
    if _rules()["lead_verb"].match(name) or sentence:
        return None
    return m["name"].strip(), m["ticker"].strip(), m["after"]


def _value(patterns: list[re.Pattern[str]], line: str) -> str | None:
    """What follows a key in a line ("Rating: X", "| 评级 | X |", "Price  HK$1"), or None.

    >>> _value(_rules()["close_key"], "| 当前股价(2025-10-30) | 68.15 元 |")
    '68.15 元 |'
    >>> _value(_rules()["close_key"], "Price target: $19.00") is None
    True
    >>> _value(_rules()["close_key"], "Price as of 27 Nov 2031: HK$157.30")
    'HK$157.30'
    """
    m = next((m for m in (p.search(line) for p in patterns) if m), None)
    if not m:
        return None
    rest = line[m.end() :]
    rest = re.sub(r"^\s*\([^)]{0,40}\)", "", rest)  # "(Oct 28, 2025 close)", "(11 月 19 日)"
    rest = re.sub(r"^\s+(?:as of|as at|at|on)\s+[^:|]{3,25}(?=:)", "", rest)  # "as of 27 Nov"
    sep = re.match(r"\s*(?:[:|]\s*|\s)", rest)
    return rest[sep.end() :] if sep else None


def _subject_rating(lines: list[str], after: str) -> tuple[str, int]:
    """The subject's rating and the index of the line that states it ("", -1 if none):
    a rating key first, then the word after the title's ticker, then a rating the note
    says it keeps."""
    r = _rules()
    for i, line in enumerate(lines[: r["front_lines"]]):
        value = _value(r["rating_key"], clean_cell(line))
        if value is not None and leading_rating(value):
            return leading_rating(value), i
    if leading_rating(after):
        return leading_rating(after), -1
    alone = _rating_alone(lines[: r["front_lines"]])
    if alone[0]:
        return alone
    for i, line in enumerate(lines):
        if kept_rating(line):
            return kept_rating(line), i
    return "", -1


def kept_rating(line: str) -> str:
    """The rating a line says the house keeps or gives its company ("维持“买入”评级",
    "首次覆盖，给予“增持”评级", "We reiterate Outperform"); "" if it states none.

    >>> kept_rating("我们维持公司“买入”评级。"), kept_rating("维持行业评级不变")
    ('买入', '')
    """
    for m in (m for p in _rules()["subject_rating"] for m in p.finditer(clean_cell(line))):
        if rating_word(m["rating"]):
            return rating_word(m["rating"])
    return ""


def _rating_alone(lines: list[str]) -> tuple[str, int]:
    """A front-page line that is only a rating, maybe qualified ("Overweight", "BUY
    (Maintain)", "Neutral (unchanged)"): the house prints the subject's rating so, above
    its price target; ("", -1) if no line is.

    >>> _rating_alone(["Flash comment", "Overweight", "Price Target: $185.00"])
    ('Overweight', 1)
    >>> _rating_alone(["Buy the dip in AI names", "Ratings: Buy, Hold, Sell"])
    ('', -1)
    """
    for i, line in enumerate(lines):
        text = clean_cell(line).strip("*# ")
        if text and rating_word(text) and rating_word(text) == leading_rating(text):
            return rating_word(text), i
    return "", -1


def _key_price(lines: list[str], key: str) -> float | None:
    """The price after the first ``key`` ("close_key", "target_key") of the lines, or None;
    a close key inside a target key ("目标股价") is the target's.

    >>> _key_price(["目标股价：95.00 元", "当前股价：66.85 元"], "close_key")
    66.85
    >>> _key_price(["| Price target (12m) | $290.00 (from $235.00) |"], "target_key")
    290.0
    >>> _key_price(["Rating: Buy", "Upside to target 20%"], "target_key") is None
    True
    """
    r = _rules()
    for line in (clean_cell(s) for s in lines[: r["front_lines"]]):
        if key == "close_key" and _value(r["target_key"], line) is not None:
            target = next(m for m in (p.search(line) for p in r["target_key"]) if m)
            close = next((m for m in (p.search(line) for p in r["close_key"]) if m), None)
            if close and close.start() < target.end():
                continue
        value = _value(r[key], line)
        if value is not None and price(value) is not None:
            return price(value)
    return None


def keydata_rows(report: SegmentedReport) -> Iterator[tuple[dict, Evidence]]:
    """The rating of the company a note is about, from its title and key-data box.

    Yields nothing for a note whose front names no listed company with its ticker, or
    states no rating of it.
    """
    lines = unfold_boxes(source_lines(report))
    front = lines[: _rules()["subject_lines"]]
    found = next((s for s in map(subject, front) if s), None)
    if not found:
        return
    name, ticker, after = found
    rating, at = _subject_rating(_outside_disclaimers(report, lines), after)
    side = report.sidebar
    side_rating, side_at = _sidebar_rating(side) if not rating else ("", -1)
    if not rating and not side_rating:
        return
    props: dict = {"name": name, "ticker": ticker, "rating": rating or side_rating}
    props["price_currency"] = ticker_currency(ticker)
    for key, prop in (("close_key", "close_price"), ("target_key", "target_price")):
        value = _key_price(lines, key)
        value = _key_price(side, key) if value is None else value
        if value is not None:
            props[prop] = value
    if side_rating:
        text, where = clean_cell(side[side_at]), f"sidebar line {side_at + 1}"
    else:
        line = at + 1 if at >= 0 else next(i + 1 for i, s in enumerate(front) if subject(s))
        text, where = clean_cell(lines[line - 1]), f"line {line}"
    yield props, Evidence(report.meta.report_id, text, where)


def unfold_boxes(lines: list[str]) -> list[str]:
    """The lines with each key-data box laid out as a row read as "key: value" pairs.

    Some houses print the box as a table of one row under a header of keys ("| Rating |
    Price target | Price (12 Dec) |" over "| Outperform | $61.00 | $43.20 |"); its header
    line becomes "Rating: Outperform; Price target: $61.00; ...", the separator and value
    lines are blanked, so line numbers stay. A header counts when two of its cells are
    keys (rating, close, target) and one value row follows.

    >>> unfold_boxes(["| Rating | Price target | Price (12 Dec) |", "|---|---|---|",
    ...               "| Outperform | $61.00 | $43.20 |", ""])[0]
    'Rating: Outperform; Price target: $61.00; Price (12 Dec): $43.20'
    """
    out = list(lines)
    r = _rules()
    keys = [*r["rating_key"], *r["close_key"], *r["target_key"]]
    for i, line in enumerate(lines[: r["front_lines"]]):
        if i + 2 >= len(lines) or not re.match(r"\s*\|[\s:|-]+\|\s*$", lines[i + 1]):
            continue
        head, value = _cells(line), _cells(lines[i + 2])
        more = i + 3 < len(lines) and lines[i + 3].lstrip().startswith("|")
        keyed = sum(1 for c in head if any(p.search(c) for p in keys))
        if keyed < 2 or more or len(head) != len(value) or any(is_ticker(c) for c in value):
            continue
        out[i] = "; ".join(f"{k}: {v}" for k, v in zip(head, value, strict=True))
        out[i + 1] = out[i + 2] = ""
    return out


def _cells(line: str) -> list[str]:
    """The cells of a pipe-table line ("| a | b |" -> ["a", "b"])."""
    return [clean_cell(c) for c in line.strip().strip("|").split("|")]


def _sidebar_rating(lines: list[str]) -> tuple[str, int]:
    """The rating a PDF's sidebar box states under its rating key, with its line index
    ("", -1 if none): the house prints the note's rating there and nowhere else.

    >>> _sidebar_rating(["分析师：林一", "投资评级：买入（维持）", "目标价：95.00 元"])
    ('买入', 1)
    >>> _sidebar_rating(["行业评级：增持", "Ratings: Buy, Hold, Sell"])
    ('', -1)
    """
    for i, line in enumerate(lines):
        value = _value(_rules()["rating_key"], clean_cell(line))
        if value is not None and leading_rating(value):
            return leading_rating(value), i
    return "", -1


def _outside_disclaimers(report: SegmentedReport, lines: list[str]) -> list[str]:
    """The lines with those of disclaimer sections blanked (rating definitions)."""
    out = list(lines)
    starts = [s.start_line for s in report.sections] + [len(lines) + 1]
    for section, end in zip(report.sections, starts[1:], strict=False):
        if section.kind == "disclaimer":
            for n in range(section.start_line, min(end, len(lines) + 1)):
                out[n - 1] = ""
    return out


# --------------------------------------------------------------------------------------
# Ratings of the companies a note's headings name: one view per company heading.
#
# Morning notes and weekly digests of Chinese houses (晨会纪要, 公司点评 digests) give each
# company a heading of its own with its ticker ("### 星河半导体（688777.SH）：三季报点评",
# "（二）澄川信息（300999.SZ）：订单放量") and close its paragraph with the view the house
# keeps ("维持“买入”评级", "首次覆盖，给予“增持”评级"); English digests do the same ("Orbis
# Data (ORBS US): ... We reiterate Outperform."). The view is the heading company's; its
# target price is no close. A heading is a line that names a listed company with its
# ticker first (``subject`` above), after a heading mark or number
# (``rules/tables/`` "keydata.heading_mark"); its paragraph runs to the next heading.

# A company heading's paragraph is read this many lines on at most.
_BODY_LINES = 30


@lru_cache(maxsize=1)
def _mark() -> re.Pattern[str]:
    return re.compile(common()["keydata"]["heading_mark"])


def heading_subject(line: str) -> tuple[str, str] | None:
    """(name, ticker) of a heading line naming a listed company first, or None.

    >>> heading_subject("### （二）澄川信息（300999.SZ）：订单放量")
    ('澄川信息', '300999.SZ')
    >>> heading_subject("2. Orbis Data (ORBS US): lease signed")
    ('Orbis Data', 'ORBS US')
    >>> heading_subject("澄川信息（300999.SZ）发布三季报，收入增长 30%。") is None
    True
    """
    text = _mark().sub("", clean_cell(line).strip("*# "))
    found = subject(text)
    if not found or "。" in text or len(found[2]) > 60:
        return None
    return found[0], found[1]


def _is_heading(line: str) -> bool:
    return line.lstrip().startswith("#") or heading_subject(line) is not None


def headed_rows(report: SegmentedReport) -> Iterator[tuple[dict, Evidence]]:
    """(props, evidence) of each company heading whose paragraph states the view the
    house keeps of it."""
    lines = source_lines(report)
    disclaimers = {s.start_line for s in report.sections if s.kind == "disclaimer"}
    for i, line in enumerate(lines):
        found = heading_subject(line)
        if not found or i + 1 in disclaimers:
            continue
        for j in range(i + 1, min(len(lines), i + 1 + _BODY_LINES)):
            if _is_heading(lines[j]):
                break
            rating = kept_rating(lines[j])
            if rating:
                name, ticker = found
                props = {"name": name, "ticker": ticker, "rating": rating}
                props["price_currency"] = ticker_currency(ticker)
                text = clean_cell(lines[j])
                yield props, Evidence(report.meta.report_id, text, f"line {j + 1}")
                break
