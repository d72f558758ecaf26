"""Paragraphs and sentences of prose sections, with the source line of each sentence.

Hard-wrapped sections arrive as one line per printed line; a paragraph is rebuilt by
joining lines until one ends a sentence. Sentences split on 。！？ and on ';' (a long
paragraph often lists several deals separated by semicolons); English sentences also
split on '.' followed by a space and a capital letter, a quote or a digit, unless the
word before the period is an abbreviation (``rules/english.json``:
Inc., Corp., Ltd., vs., Jan. ..., or dotted initials such as U.S. and e.g.). Decimals
(1.8) and tickers (GOOGL.O) have no space after their period and never split.

>>> [s.text for s in sentences("甲方向乙方投资;丙方采购芯片。Zeta buys chips. It pays.")]
['甲方向乙方投资', '丙方采购芯片', 'Zeta buys chips.', 'It pays.']
>>> [s.text for s in sentences("Zeta Inc. paid $1.8 billion to Borealis AI. Borealis AI agreed.")]
['Zeta Inc. paid $1.8 billion to Borealis AI.', 'Borealis AI agreed.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aikg.extractors.english import is_abbreviation
from aikg.schema import Section

_END = "。！？!?;；"
_SPLIT = re.compile(r"[。！？!?;；]|\.(?=\s+(?:[A-Z\"“'‘\d]|[a-z]+[A-Z]))")
_HEADING = re.compile(r"^(?:#+\s|■|●|◆|图\s*\d|表\s*\d|资料来源|注[:：])")


@dataclass(frozen=True)
class Sentence:
    text: str
    line: int  # 1-based source line where the sentence starts
    start: int = 0  # offset in its paragraph


@dataclass
class Paragraph:
    text: str
    starts: list[tuple[int, int]]  # (offset in text, source line) of each joined line

    def line_at(self, offset: int) -> int:
        line = self.starts[0][1] if self.starts else 0
        for start, lineno in self.starts:
            if start > offset:
                break
            line = lineno
        return line


def _joiner(left: str, right: str) -> str:
    """What goes between two joined lines: a space between Latin words, else nothing."""
    if left and right and left[-1].isascii() and right[0].isascii():
        if (left[-1].isalnum() or left[-1] in ".,;:") and right[0].isalnum():
            return " "
    return ""


def paragraphs(section: Section) -> list[Paragraph]:
    """The section's paragraphs; wrapped lines are joined, headings stand alone.

    A line continues the previous one when that one does not end a sentence, is long
    enough to have been wrapped, and neither looks like a heading or caption.
    """
    out: list[Paragraph] = []
    current: Paragraph | None = None
    prev = ""
    for i, raw in enumerate(section.lines):
        line = raw.strip()
        if not line:
            continue
        if "\t" in line:
            prev = ""
            continue  # a table row: the table extractors read those
        lineno = section.line_of(i)
        joinable = (
            current is not None
            and prev
            and (prev[-1] not in _END + ":：." or is_abbreviation(prev))
            and len(prev) >= 20
            and not _HEADING.match(line)
            and not _HEADING.match(prev)
            and "\t" not in line
        )
        if joinable and current is not None:
            sep = _joiner(current.text, line)
            current.starts.append((len(current.text) + len(sep), lineno))
            current.text += sep + line
        else:
            current = Paragraph(line, [(0, lineno)])
            out.append(current)
        prev = line
    return out


def sentences(text: str, line: int = 0) -> list[Sentence]:
    """Split a paragraph into sentences (offsets kept); see the module example."""
    out: list[Sentence] = []
    begin = 0
    for m in _SPLIT.finditer(text):
        if m.group(0) == "." and is_abbreviation(text[begin : m.end()]):
            continue
        _add(out, text, begin, m.end(), line)
        begin = m.end()
    _add(out, text, begin, len(text), line)
    return out


def _add(out: list[Sentence], text: str, begin: int, end: int, line: int) -> None:
    piece = text[begin:end]
    stripped = piece.strip().rstrip("。！？;；")
    if stripped.strip(_END + " "):
        out.append(Sentence(stripped, line, begin + len(piece) - len(piece.lstrip())))


def paragraph_sentences(paragraph: Paragraph) -> list[Sentence]:
    """The sentences of a paragraph, each with the source line where it starts."""
    return [
        Sentence(s.text, paragraph.line_at(s.start), s.start) for s in sentences(paragraph.text)
    ]
