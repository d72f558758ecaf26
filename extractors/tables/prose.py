"""Ratings stated in prose: peer views packed into parentheses.

"We rate Orbis Data (ORBS US, $14.10, Outperform; PT $18)", "keep Zentrix (ZTX US,
$61.25) at Neutral", "Orbis Data Buy (ORBS US, $27.40)", "we are Neutral on Zentrix
(ZTX US, $61.25)", "星河半导体（688777.SH，买入）". A company named before a ticker in
parentheses is rated when a rating word stands inside the parentheses, right before
them, right after them ("at Neutral", "remains Not Rated") or before the name ("Neutral
on"); the first price inside is its close, never the target ("PT $18"). A ticker
without a rating ("相关标的：甲（688777.SH）") rates no one. Patterns: ``rules/tables/``
"prose".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from aikg.extractors.rules import load
from aikg.extractors.tables.calls import call_close, call_rating, called_before, in_house_voice
from aikg.extractors.tables.common import is_name, is_ticker, ticker_currency
from aikg.extractors.tables.rating import leading_rating, price, rating_word
from aikg.extractors.text.surface import clean_surface
from aikg.schema import Evidence, SegmentedReport


@lru_cache(maxsize=1)
def _rules() -> dict:
    r = load("tables", None)["prose"]
    keys = ("group", "after", "before", "target", "bare_ticker", "after_zh", "lead_zh")
    out = {k: re.compile(r[k]) for k in keys}
    for key in ("street_view", "other_house"):
        out[key] = re.compile(r[key], re.I)
    return out


def _rating_inside(pieces: list[str]) -> str:
    return next((rating_word(p) for p in pieces if rating_word(p)), "")


def _close_inside(pieces: list[str]) -> float | None:
    for piece in pieces:
        if not _rules()["target"].search(piece) and price(piece) is not None:
            return price(piece)
    return None


def _target_inside(pieces: list[str]) -> float | None:
    """The price target among the pieces ("PT $18", "target HK$85", "目标价 95 元").

    >>> _target_inside(["$14.10", "Outperform", "PT $18"]), _target_inside(["$14.10"])
    (18.0, None)
    """
    for piece in pieces:
        m = _rules()["target"].search(piece)
        if m and price(re.sub(r"^[\s:：价]+", "", piece[m.end() :])) is not None:
            return price(re.sub(r"^[\s:：价]+", "", piece[m.end() :]))
    return None


def _name_and_rating(name: str) -> tuple[str, str]:
    """Split a rating word off the end of a name ("Orbis Data Buy" -> Orbis Data, Buy).

    >>> _name_and_rating("Orbis Data Buy"), _name_and_rating("Zentrix")
    (('Orbis Data', 'Buy'), ('Zentrix', ''))
    """
    words = name.split()
    for k in (2, 1):
        if len(words) > k and rating_word(" ".join(words[-k:])):
            return " ".join(words[:-k]), rating_word(" ".join(words[-k:]))
    return name, ""


def views(sentence: str, following: str = "", later: list[str] | None = None) -> Iterator[dict]:
    """The ratings one sentence states, each as name, ticker, rating and maybe close;
    a call quoted from another house (:func:`_quoted`) is marked ``quoted``, one in the
    house's voice ("we", "our") ``own``, and a call's close may stand in the sentences
    that follow it in the paragraph (``following``, or the paragraph's ``later``
    sentences up to one that names another stock with its ticker).

    >>> [(v["name"], v["rating"], v.get("close_price")) for v in views(
    ...     "We rate Orbis Data (ORBS US, $14.10, Outperform; PT $18) and keep Zentrix "
    ...     "(ZTX US, $61.25) at Neutral with a $58 target.")]
    [('Orbis Data', 'Outperform', 14.1), ('Zentrix', 'Neutral', 61.25)]
    >>> [(v["name"], v["rating"]) for v in views("we are Neutral on Zentrix (ZTX US, $61.25).")]
    [('Zentrix', 'Neutral')]
    >>> list(views("Zentrix (ZTX US) signed a lease with Orbis Data (ORBS US)."))
    []
    >>> [(v["name"], v["ticker"], v["rating"]) for v in views("Nebius (NBIS, Buy) adds a client.")]
    [('Nebius', 'NBIS', 'Buy')]
    >>> [(v["name"], v["rating"], v["quoted"]) for v in views(
    ...     "Halsey & Co. downgraded Qorvane Labs (QRVL US) to Sell on Thursday.")]
    [('Qorvane Labs', 'Sell', True)]
    >>> [(v["name"], v["ticker"], v["rating"], v["close_price"]) for v in views(
    ...     "Marvell (NASDAQ:MRVL) was upgraded to Buy from Neutral at Thornbury Capital.",
    ...     "The stock closed at $97.40 before the note.")]
    [('Marvell', 'MRVL', 'Buy', 97.4)]
    >>> list(views("Street consensus on Qorvane Labs (QRVL US) is Buy."))
    []
    >>> [(v["name"], v["rating"]) for v in views("上调澄川信息(603077.SH)至“买入”评级。")]
    [('澄川信息', '买入')]
    """
    r = _rules()
    matches = list(r["group"].finditer(sentence))
    for k, m in enumerate(matches):
        pieces = [p.strip() for p in re.split(r"[,;–]", m["rest"]) if p.strip()]
        # the clause up to the name's end: a Chinese name run holds its verb ("某投行将甲")
        before = _clause(sentence[: m.start()] + m["name"], last=True)
        if r["street_view"].search(before):
            continue
        end = matches[k + 1].start() if k + 1 < len(matches) else len(sentence)
        after = sentence[m.end() : end]
        name, rating = _name_and_rating(r["lead_zh"].sub("", m["name"].strip()))
        rating = _rating_inside(pieces) or rating
        called = call_rating(_clause(after), before)
        if not called and (tail := _list_tail(sentence, matches, k)) != after:
            called = call_rating(_clause(tail), before)  # "X (T), Y (U) and Z (V) at Buy"
        rating = rating or _rating_after(after, sentence[: m.start()]) or called
        bare = r["bare_ticker"].match(m["ticker"]) and (
            _rating_inside(pieces) or m["exchange"] or called
        )
        if not (is_ticker(m["ticker"]) or bare) or not rating or not is_name(name):
            continue
        view: dict = {"name": name, "ticker": m["ticker"], "rating": rating}
        view["quoted"] = _quoted(before + " " + _clause(after))
        view["own"] = not view["quoted"] and in_house_voice(sentence)
        close = _close_inside(pieces)
        if close is None and (called or (rating and called_before(before))):
            rest = following if later is None else _following(later, ticker=m["ticker"])
            close = call_close(after if k + 1 < len(matches) else f"{after} {rest}")
        if close is not None:
            view["close_price"] = close
        if _target_inside(pieces) is not None:
            view["target_price"] = _target_inside(pieces)
        yield view


def _list_tail(sentence: str, matches: list[re.Match[str]], k: int) -> str:
    """The words after the last of a list of named stocks the ``k``-th opens or goes on
    ("initiated X (T), Y (U) and Z (V) at Buy": " at Buy" for each of them), so that one
    call rates every stock of its list; the ``k``-th's own words when it ends no list.

    >>> t = "Brenner initiated Orbis (ORBS), Lumo (LUMO) and Zentrix (ZTX) at Buy."
    >>> ms = list(_rules()["group"].finditer(t))
    >>> _list_tail(t, ms, 0), _list_tail(t, ms, 2)
    (' at Buy.', ' at Buy.')
    """
    j = k
    while j + 1 < len(matches) and _LIST_JOIN.fullmatch(
        sentence[matches[j].end() : matches[j + 1].start()]
    ):
        j += 1
    end = matches[j + 1].start() if j + 1 < len(matches) else len(sentence)
    return sentence[matches[j].end() : end]


# what joins the stocks of a list: a comma, "and", "&"
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s*and|&)\s*")


def _rating_after(after: str, before: str) -> str:
    """The rating the words right after the parentheses ("at Neutral", "至“买入”评级")
    or right before the name ("Neutral on") give; "" if none."""
    r = _rules()
    m = r["after"].match(after)
    if m and leading_rating(m["rating"]):
        return leading_rating(m["rating"])
    m = r["after_zh"].match(after)
    if m and rating_word(m["rating"]):
        return rating_word(m["rating"])
    m = r["before"].search(before)
    return rating_word(m["rating"]) if m else ""


def _clause(text: str, last: bool = False) -> str:
    """The first (or ``last``) clause of a text, cut at ";", ":" and sentence ends.

    >>> _clause(" to Sell on Thursday; we do not cover it"), _clause("We like it. X cut ", True)
    (' to Sell on Thursday', ' X cut ')
    """
    parts = re.split(r"[;。；]|(?<=[a-z)])[.:](?=\s)|：", text)
    return parts[-1] if last else parts[0]


def _quoted(clause: str) -> bool:
    """Whether a view's clause makes it a call quoted from another house ("Halsey & Co.
    downgraded", "was upgraded to Buy at Thornbury"), not the report's own.

    >>> _quoted("Halsey & Co. downgraded "), _quoted("We upgrade ")
    (True, False)
    """
    return bool(_rules()["other_house"].search(clause))


# a markdown or text list item's bullet or number
_ITEM = re.compile(r"^\s*(?:[-*•·▪]|\d{1,2}[.)])\s+")


def _paragraphs(lines: list[str]) -> Iterator[tuple[int, str]]:
    """(index of the first line, text) of each run of non-blank lines, joined: a view
    in parentheses may wrap over a line end.

    >>> list(_paragraphs(["We rate Orbis (ORBS US,", "$14.10, Buy).", "", "Next."]))
    [(0, 'We rate Orbis (ORBS US, $14.10, Buy).'), (3, 'Next.')]

    A list item starts a paragraph of its own: a rating wrap's items follow each other
    with no blank line and often no full stop, and one item's close is not the next's.

    >>> [i for i, _ in _paragraphs(["- Orbis (ORBS US) to Buy", "- **Zentrix** (ZTX) to Sell"])]
    [0, 1]
    """
    start, run = 0, []
    for i, line in enumerate([*lines, ""]):
        if run and _ITEM.match(line):
            yield start, " ".join(run)
            run = []
        if line.strip():
            start = i if not run else start
            run.append(line.strip())
        elif run:
            yield start, " ".join(run)
            run = []


def _following(sentences: list[str], most: int = 2, ticker: str = "") -> str:
    """The next sentences of a paragraph up to the first that names another company with
    its ticker (another view's), at most ``most``: where a call's close may stand. One
    that names the call's own stock again (its ``ticker``) goes on with it ("Cisco (CSCO)
    closed at $118.46").

    >>> _following(["The stock closed at $9.", "Orbis (ORBS US) fell.", "Shares at $3."])
    'The stock closed at $9.'
    >>> _following(["Orbis (ORBS US) closed at $9.", "Shares at $3."], ticker="ORBS US")
    'Orbis (ORBS US) closed at $9. Shares at $3.'
    """
    kept = []
    for sentence in sentences[:most]:
        named = [m["ticker"] for m in _rules()["group"].finditer(sentence)]
        if named and any(t != ticker for t in named):
            break
        kept.append(sentence)
    return " ".join(kept)


def prose_rows(report: SegmentedReport) -> Iterator[tuple[dict, Evidence]]:
    """The ratings the prose of a report states, outside its disclaimers."""
    for section in report.sections:
        if section.kind == "disclaimer":
            continue
        for i, paragraph in _paragraphs(section.lines):
            text = clean_surface(paragraph)
            sentences = re.split(r"(?<=[.!?。])\s+(?=[A-Z\u4e00-\u9fff])", text)
            for k, sentence in enumerate(sentences):
                for view in views(sentence, later=sentences[k + 1 :]):
                    view["price_currency"] = ticker_currency(view["ticker"])
                    where = f"line {section.line_of(i)}"
                    yield view, Evidence(report.meta.report_id, sentence, where)
