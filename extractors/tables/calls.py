"""Rating calls as news wraps and digests write them: a named house's rating change.

"X (NYSE: T) was upgraded to Buy from Neutral at Y", "Y cut X (T) to Underperform from
Market Perform", "Y initiated X (T) at Outperform", "X (T): Y reiterated Buy", "Y
downgraded X (T) from 'equal weight' to 'underweight'". The rating is the one the call
moves to ("to R from R'", "from R' to R"), else the first rating word after a call cue;
the close is often in the next sentence ("The stock closed at $97.40", "shares at
$92.60", "($198.85 close)"), never the price target. Whether a call is the report's own
view or a quoted one is told by the house's voice ("we", "our"). Patterns: ``rules/
tables/en.toml`` "calls"; the rating words are those of both languages' rating scales.
"""

from __future__ import annotations

import re
from functools import lru_cache

from aikg.extractors.rules import load
from aikg.extractors.tables.common import rating_words


@lru_cache(maxsize=1)
def _rules() -> dict[str, re.Pattern[str]]:
    r = load("tables", "en")["calls"]
    out = {k: re.compile(r[k], re.I) for k in ("cue", "close", "not_before")}
    out["house"] = re.compile(r["house"])  # "we", "our"; "US" is an exchange code
    return out


@lru_cache(maxsize=1)
def _word_pattern() -> re.Pattern[str]:
    """Any Latin rating word, maybe quoted, maybe followed by "rating" (groups ``q``,
    ``word``, ``tail``); spaces and hyphens inside a word are interchangeable."""
    latin = sorted((w for w in rating_words() if re.fullmatch(r"[A-Za-z \-]+", w)), key=len)
    alts = [r"[ \-]".join(map(re.escape, re.split(r"[ \-]", w))) for w in latin[::-1]]
    return re.compile(
        rf"(?P<q>[\"“‘']?)(?<![A-Za-z])(?P<word>{'|'.join(alts)})(?![A-Za-z])[\"”’']?"
        r"(?P<tail>\s+rating)?",
        re.I,
    )


def _ratings_in(clause: str) -> list[tuple[int, str]]:
    """(start, rating) of each rating word in a clause: capitalised as a house writes
    it, or any case when quoted or followed by "rating" ("a 'buy' rating"); "to buy" is
    a verb.

    >>> _ratings_in("moved to Overweight from Equal Weight and did not buy more")
    [(9, 'Overweight'), (25, 'Equal-weight')]
    >>> _ratings_in("from a “neutral” rating to a “buy” rating")
    [(7, 'Neutral'), (29, 'Buy')]
    """
    out = []
    for m in _word_pattern().finditer(clause):
        word = m["word"]
        if not (word[0].isupper() or m["q"] or m["tail"]):
            continue
        found = _canonical().get(re.sub(r"[ \-]", " ", word).casefold(), "")
        if found:
            out.append((m.start(), found))
    return out


@lru_cache(maxsize=1)
def _canonical() -> dict[str, str]:
    """Each Latin rating word as a house writes it, by its case-folded, unhyphenated form
    ("equal weight" -> "Equal Weight"; a listed spelling wins over another's)."""
    out: dict[str, str] = {}
    for word in rating_words():
        out.setdefault(re.sub(r"[ \-]", " ", word).casefold(), word)
    return out


def call_rating(clause: str, before: str = "") -> str:
    """The rating a call clause gives: where it moves to, else the first rating word
    after a call cue (in the clause, or in ``before``, the words before the company)
    that no "from" or consensus word stands before; "" if none.

    >>> call_rating(" was upgraded to Buy from Neutral at Thornbury Capital")
    'Buy'
    >>> call_rating(" - Halvard & Greene moved to Overweight from Equal Weight")
    'Overweight'
    >>> call_rating(" from a 'neutral' rating to a 'buy' rating", before="BofA upgraded ")
    'Buy'
    >>> call_rating(": Redwater reiterated Buy"), call_rating(" stays at Neutral at Cantor")
    ('Buy', 'Neutral')
    >>> call_rating(" at Outperform with a $140 target", before="Redwater started coverage of ")
    'Outperform'
    >>> call_rating(" from Neutral to Buy, raising the target", before="Hollins Bay upgraded ")
    'Buy'
    >>> call_rating(" signed a deal with Buy Co"), call_rating(" has a consensus rating of Buy")
    ('', '')
    """
    r = _rules()
    cue, cued_before = r["cue"].search(clause), bool(r["cue"].search(before))
    if not cue and not cued_before:
        return ""
    for start, rating in _ratings_in(clause):
        if cue and start < cue.start() and not cued_before:
            continue
        if r["not_before"].search(clause[max(0, start - 24) : start]):
            continue
        return rating
    return ""


def called_before(before: str) -> bool:
    """Whether the words before a stock name make a call ("We maintain Buy on X", "Y
    reiterated Outperform on X"): the price the sentences give is then the stock's.

    >>> called_before("We maintain Buy on "), called_before("Street consensus on ")
    (True, False)
    """
    return bool(_rules()["cue"].search(before))


def call_close(text: str) -> float | None:
    """The share price a call's sentences state ("closed at $97.40", "shares at $92.60",
    "($198.85 close)", "last traded at $348.10"); never a target ("target to $125").

    >>> call_close("with the target lifted to $125 from $90. The stock closed at $97.40.")
    97.4
    >>> call_close("kept Equal Weight with a $220 target ($198.85 close)")
    198.85
    >>> call_close("target $45."), call_close("the shares ended Thursday at $406.37")
    (None, 406.37)
    >>> call_close("PT raised to HK$182 from HK$165. The stock closed at HK$141.20.")
    141.2
    """
    m = _rules()["close"].search(text)
    if not m:
        return None
    number = m["number"] or m["number2"] or m["number3"]
    return float(number.replace(",", ""))


def in_house_voice(sentence: str) -> bool:
    """Whether a sentence speaks for the house ("We upgrade", "our PT"): a call in it is
    the report's own view, one without it a call quoted from another house.

    >>> in_house_voice("We upgrade Orbis (ORBS US) to Buy"), in_house_voice("Y cut X (T)")
    (True, False)
    """
    return bool(_rules()["house"].search(sentence))
