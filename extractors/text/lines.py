"""Hard-wrapped lines joined back: paragraphs of prose sections, pieces of headlines.

Hard-wrapped sections arrive as one line per printed line. :func:`paragraphs` rebuilds
a prose section's paragraphs (joining lines until one ends a sentence, a space only
between Latin words) and :func:`paragraph_sentences` gives each sentence the line it
starts on; :func:`join_lines` joins the pieces of one headline or news item (a space
between Latin ends, and after a comma that ends English words). The two joins differ
where the line break falls after a hyphen, a plus sign or an opening bracket; they are
kept apart because the readers of each were written against their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aikg.extractors.text.english import is_abbreviation
from aikg.extractors.text.script import is_english
from aikg.extractors.text.sentences import MARKS, Sentence, prose_sentences
from aikg.schema import Section

_HEADING = re.compile(r"^(?:#+\s|■|●|◆|图\s*\d|表\s*\d|资料来源|注[:：])")
# a line opening a list item ("- ", "* ", "1. ", "2) ") never continues the line before
_ITEM = re.compile(r"^(?:[-*+•▪]\s|\(?\d{1,2}(?:\.\s|[)、]))")
_LATIN_END = re.compile(r"[A-Za-z0-9.\-+]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9(]")


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
    enough to have been wrapped, no blank line comes between (``Section.breaks``: the
    reader leaves those out where the text has one after every printed line), and
    neither looks like a heading or caption.
    """
    out: list[Paragraph] = []
    current: Paragraph | None = None
    prev = ""
    for i, raw in enumerate(section.lines):
        line = raw.strip()
        if not line:
            continue
        if i in section.breaks:
            prev = ""
        if "\t" in line:
            prev = ""
            continue  # a table row: the table extractors read those
        lineno = section.line_of(i)
        joinable = (
            current is not None
            and prev
            and (prev[-1] not in MARKS + ":：." or is_abbreviation(prev))
            and len(prev) >= 20
            and not _HEADING.match(line)
            and not _HEADING.match(prev)
            and not _ITEM.match(line)
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


def paragraph_sentences(paragraph: Paragraph) -> list[Sentence]:
    """The sentences of a paragraph, each with the source line where it starts."""
    return [
        Sentence(s.text, paragraph.line_at(s.start), s.start)
        for s in prose_sentences(paragraph.text)
    ]


def join_lines(parts: list[str]) -> str:
    """Join hard-wrapped pieces: a space between Latin ends, nothing between CJK ones.

    >>> join_lines(["推出 Hunyuan-Large 大", "模型,发布 Siri", "Apple Intelligence"])
    '推出 Hunyuan-Large 大模型,发布 Siri Apple Intelligence'
    """
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        latin_end = _LATIN_END.search(out) or (out[-1:] in ",;:" and is_english(out[-30:]))
        if out and latin_end and _LATIN_START.match(part):
            out += " "
        out += part
    return out
