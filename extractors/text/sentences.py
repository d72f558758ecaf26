"""Sentences: one set of end marks, one cut, and the two English full-stop rules.

Every extractor cuts text after the same end marks (``MARKS``: 。 ; ； ! ? ！ ？), with
:func:`pieces`. What differs is what a reader does with a piece:

- :func:`marked_pieces`: the pieces as they stand, with their offsets (chip specs,
  supply chains, unit names read sentence by sentence);
- :func:`split_sentences`: pieces stripped, their marks kept, and a piece in Latin script
  cut again at an English full stop (the ``headline`` rule: a capital or digit after the
  stop, no initial or listed abbreviation before it); AI dynamics and policies;
- :func:`prose_sentences`: pieces stripped of their marks, and every piece cut again at
  an English full stop (the ``prose`` rule: a capital, quote, digit or "iPhone" after
  the stop, no listed abbreviation or dotted initials before it); deals and relations.

The two full-stop rules are kept apart because unifying them would change what is read:
the headline rule cuts only a piece without Chinese characters, after a letter, digit,
bracket, quote or % and before a capital or digit, and holds a single-letter initial
("J. Smith"), which the prose rule cuts; the prose rule cuts any piece, also before a
quote or a word like "iPhone". On the seeds they cut 2 of 654 paragraphs differently
("CMBI (Singapore) Pte. Limited ... 在新加坡分发").
Abbreviations are ``rules/text/en.toml`` (:mod:`aikg.extractors.text.english`).

>>> [s for _, s in marked_pieces("甲发布了 A。乙跟进;丙")]
['甲发布了 A。', '乙跟进;', '丙']
>>> split_sentences("发布 A。推出 B;")
[('发布 A。', 0), ('推出 B;', 0)]
>>> [s.text for s in prose_sentences("甲方向乙方投资;丙方采购芯片。Zeta buys chips. It pays.")]
['甲方向乙方投资', '丙方采购芯片', 'Zeta buys chips.', 'It pays.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aikg.extractors.text.english import is_abbreviation, is_abbreviation_word
from aikg.extractors.text.script import is_english

MARKS = "。;；!?！？"
_MARK = re.compile(f"[{MARKS}]")
# the headline rule: a stop after a letter, digit, bracket, quote or % before a capital
_HEADLINE_STOP = re.compile(r"(?<=[A-Za-z0-9)\"”'%])[.!?](?=[\"”']?\s+[\"“(]?[A-Z0-9])")
# the prose rule: a stop before a capital, quote, digit or a word like "iPhone"
_PROSE_STOP = re.compile(r"\.(?=\s+(?:[A-Z\"“'‘\d]|[a-z]+[A-Z]))")


def pieces(text: str) -> list[tuple[int, str]]:
    """(offset, piece) of ``text`` cut after every end mark (the mark stays with its
    piece); the rest after the last mark is the last piece, perhaps empty.

    >>> pieces("甲。。乙")
    [(0, '甲。'), (2, '。'), (3, '乙')]
    """
    out, start = [], 0
    for m in _MARK.finditer(text):
        out.append((start, text[start : m.end()]))
        start = m.end()
    out.append((start, text[start:]))
    return out


def marked_pieces(text: str) -> list[tuple[int, str]]:
    """The pieces that hold more than end marks and white space, as they stand.

    >>> marked_pieces("甲。。乙 ")
    [(0, '甲。'), (3, '乙 ')]
    """
    return [
        (start, piece)
        for start, piece in pieces(text)
        if piece.strip() and any(c not in MARKS for c in piece)
    ]


def _initial_or_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or an initial."""
    word = re.search(r"[A-Za-z.]+$", text[:dot])
    if not word:
        return False
    token = word.group(0)
    # A single-letter initial ("J. Smith") too, beside the shared list.
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", token)) or is_abbreviation_word(
        token.rstrip(".")
    )


def _headline_stops(text: str) -> list[int]:
    """Offsets just after each English sentence end of ``text`` (the headline rule).

    >>> _headline_stops("Zentrix Inc. released Zyra 2. The U.S. Department cheered.")
    [29, 58]
    """
    ends = [
        m.end()
        for m in _HEADLINE_STOP.finditer(text)
        if not _initial_or_abbreviation(text, m.start())
    ]
    return [*ends, len(text)] if text.strip() and (not ends or ends[-1] < len(text)) else ends


def split_sentences(text: str, line: int = 0) -> list[tuple[str, int]]:
    """Sentences of ``text``, marks kept (a Latin-script piece cut again at English full
    stops, the headline rule), each with the given line.

    >>> [s for s, _ in split_sentences("Mar. 4: Zentrix released Zyra 2. It is fast.")]
    ['Mar. 4: Zentrix released Zyra 2.', 'It is fast.']
    """
    out = []
    for _, piece in pieces(text):
        cuts = _headline_stops(piece) if is_english(piece) else [len(piece)]
        begin = 0
        for cut in cuts:
            if piece[begin:cut].strip():
                out.append((piece[begin:cut].strip(), line))
            begin = cut
    return out


@dataclass(frozen=True)
class Sentence:
    text: str
    line: int  # 1-based source line where the sentence starts
    start: int = 0  # offset in its paragraph


def prose_sentences(text: str, line: int = 0) -> list[Sentence]:
    """Sentences of a paragraph without their end marks, offsets kept (every piece cut
    again at English full stops, the prose rule). Decimals (1.8) and tickers (GOOGL.O)
    have no space after their period and never split.

    >>> [s.text for s in prose_sentences("Zeta Inc. paid $1.8 billion to Borealis AI. It agreed.")]
    ['Zeta Inc. paid $1.8 billion to Borealis AI.', 'It agreed.']
    """
    out: list[Sentence] = []
    for start, piece in pieces(text):
        begin = 0
        for m in _PROSE_STOP.finditer(piece):
            if is_abbreviation(piece[begin : m.end()]):
                continue
            _add(out, piece, start, begin, m.end(), line)
            begin = m.end()
        _add(out, piece, start, begin, len(piece), line)
    return out


def _add(out: list[Sentence], piece: str, offset: int, begin: int, end: int, line: int) -> None:
    part = piece[begin:end]
    stripped = part.strip().rstrip("。！？;；")
    if stripped.strip(MARKS + " "):
        out.append(Sentence(stripped, line, offset + begin + len(part) - len(part.lstrip())))
