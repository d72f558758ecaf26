"""English lines of an AI dynamics section: which line is a company subheading ("Zentrix
Labs: released X"), a bare company heading ("Veltro Systems"), or opens a paragraph;
the layout reader (:mod:`.layout`) asks these of a section most of whose lines are
English."""

from __future__ import annotations

import re

from aikg.extractors.ai_dynamics.rules import en, rx
from aikg.extractors.text.script import is_english
from aikg.extractors.text.sentences import split_sentences
from aikg.extractors.values.dates import find_dates, lead_span
from aikg.schema import Section


def english_company_line(text: str, name: str, rest: str) -> tuple[str, str] | None:
    """An English subheading "Zentrix Labs: released X, launched Y": one sentence, a
    capitalised name before the colon, and no date ("Mar. 20: ...")."""
    if len(text) > en()["subheading_max_chars"] or len(split_sentences(text)) > 1:
        return None
    if not rx("en", "company_heading").fullmatch(name) or find_dates(name, "2000-12"):
        return None
    return name, rest


def english_heading(line: str) -> bool:
    """Whether an English line is a bare capitalised name ("Veltro Systems"), a heading.

    >>> english_heading("Veltro Systems"), english_heading("Veltro released Zyra 2.")
    (True, False)
    """
    text = line.strip()
    short = len(text.split()) <= 5 and not re.search(r"[.!?:;,]$", text)
    heading = bool(rx("en", "company_heading").fullmatch(text))
    return short and heading and not find_dates(text, "2000-12")


def english_section(section: Section) -> bool:
    """Whether most lines of a section are English."""
    lines = [line for line in section.lines if line.strip()]
    return 2 * sum(is_english(line) for line in lines) > len(lines)


def english_opens(line: str, bare: str, pending: list[tuple[str, int]]) -> bool:
    """Whether an English line opens a paragraph: an item mark, a leading date, or a
    capital after a finished sentence (else it continues a hard-wrapped one)."""
    if not pending or bare != line.strip() or lead_span(bare):
        return True
    return bool(re.search(r"[.!?:][\"”')]?$", pending[-1][0]) and re.match(r"[A-Z0-9\"“(]", bare))
