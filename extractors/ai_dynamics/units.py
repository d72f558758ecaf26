"""Units of AI news: the pieces the layout reader (:mod:`.layout`) cuts a section into,
and the two it makes of one line alone: a timeline entry and a section heading that
states news."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from aikg.extractors.ai_dynamics.rules import common, rx
from aikg.extractors.document.headings import strip_number
from aikg.extractors.text.script import is_english
from aikg.extractors.values.dates import DateValue
from aikg.schema import Section


@dataclass
class Unit:
    """A piece of an AI dynamics section.

    ``kind``: "headline" (one item of a headline list), "subheading" (a company line
    inside the section) or "paragraph" (one news item). ``company`` is the company the
    headline item or subheading names (for a paragraph: its subheading's company).
    ``sentences`` are (text, source line) pairs; a paragraph's first one is its title.
    ``section`` tells the paragraphs of one news or prose section apart from the next's.
    """

    kind: str
    company: str
    sentences: list[tuple[str, int]] = field(default_factory=list)
    section: int = -1  # index of the report section a news or prose paragraph is in
    listed: bool = False  # a news or prose paragraph opened by a bullet or an item number
    day: DateValue | None = None  # the day a day heading or day line above it gives

    @property
    def text(self) -> str:
        return "".join(s for s, _ in self.sentences)


def timeline_unit(line: str, number: int, company: str) -> Unit:
    """One dated line of a timeline as a prose unit of the heading's company: a prose
    unit takes its date from its own text ("2024 年 6 月: X 上线")."""
    bare = line.strip().lstrip(common()["bullet_chars"] + " ")
    return Unit("prose", company, [(bare, number)])


def heading_units(section: Section, index: int) -> list[Unit]:
    """The heading of a section as a prose unit when it states news ("### 1. 甲公司开源
    Zyra-5", "## [乙公司上线 Lumo 3](https://…)", ``news_heading``): digests title each
    item so, the paragraph under it often naming the model no more. Read for model
    releases only, as prose is; its line is the one before the section's first.

    >>> s = Section("prose", "2. 甲公司开源新一代旗舰模型 Zyra-5", ["该模型……"], 8)
    >>> [(u.kind, u.sentences) for u in heading_units(s, 0)]
    [('prose', [('甲公司开源新一代旗舰模型 Zyra-5', 7)])]
    >>> heading_units(Section("prose", "模型发布", [], 3), 0)
    []
    """
    title = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", strip_number(section.heading)).strip()
    if not rx("zh", "news_heading").search(title) or is_english(title):
        return []
    return [Unit("prose", "", [(title, section.start_line - 1)], section=index)]
